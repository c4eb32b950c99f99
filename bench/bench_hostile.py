"""Whole-process time of ``quotes``, ``compare`` and ``check`` on hostile inputs (issue 17).

Each shape is built at two sizes (50 KB and 200 KB by default) and run through the three
commands in subprocesses with a generous timeout (reported as TIMEOUT). Prints the time per
shape, command and size, and the ratio of the larger to the smaller time: near-linear code
gives about 4 for 4x the input. ``--huge`` adds ``compare`` on 10 MB of realistic text (the
seeds repeated with varied numbers). Targets: every command under 5 s at 200 KB, at most 5x
the time for 4x the input, ``compare`` on 10 MB under 60 s.

    python bench/bench_hostile.py [--sizes 50,200] [--timeout 120] [--shapes spaces,troops]
                                  [--commands quotes,check] [--huge] [--pythonpath DIR]

``--pythonpath`` runs another checkout (a folder holding ``quotecheck``, ``quotecheck_rules``
and ``quotecheck_plugins``), for before/after figures.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
QUOTE = "“We will not give up the fight,” the minister said on Tuesday.\n"


def _fill(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def _realistic(size: int) -> str:
    """Seed articles repeated, every number changed per copy, up to ``size`` characters."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("0*.txt"))]
    out, total, n = [], 0, 0
    while total < size:
        for text in texts:
            n += 1
            piece = re.sub(r"\d+", lambda m: str(int(m.group()) + n), text) + "\n\n"
            out.append(piece)
            total += len(piece)
    return "".join(out)[:size]


SHAPES = {
    # name: (builder of a text of about `size` characters, file suffix)
    "blank-lines": (lambda n: _fill("\n", n) + QUOTE, ".txt"),
    "spaces": (lambda n: _fill(" ", n) + QUOTE, ".txt"),
    "ellipses": (lambda n: _fill("... ", n) + QUOTE, ".txt"),
    "dots": (lambda n: _fill(".", n) + " " + QUOTE, ".txt"),
    "mr": (lambda n: _fill("Mr. ", n) + QUOTE, ".txt"),
    "troops": (lambda n: _fill("1,000 troops ", n) + QUOTE, ".txt"),
    "suppress": (lambda n: _fill("<!-- quotecheck: ignore[QC301] -->\n", n) + QUOTE, ".md"),
    "said": (lambda n: _fill("he said, she told, they claimed, ", n) + QUOTE, ".txt"),
    "quotes": (lambda n: _fill("“Yes,” he said. ", n), ".txt"),
    "realistic": (_realistic, ".txt"),
}


def command(name: str, path: Path) -> list:
    base = [sys.executable, "-m", "quotecheck"]
    if name == "quotes":
        return base + ["quotes", str(path), "--format", "json"]
    if name == "compare":
        return base + ["compare", str(path), str(sorted(SEEDS.glob("0*.txt"))[0]),
                       "--format", "json"]
    return base + ["check", str(path), "--sources", str(SEEDS), "--no-cache", "--format",
                   "json", "--fail-on", "never"]


def run(cmd: list, env: dict, timeout: float) -> tuple:
    """(seconds or None on timeout, exit status)."""
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, env=env, cwd=tempfile.gettempdir(), timeout=timeout,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    except subprocess.TimeoutExpired:
        return None, None
    return time.perf_counter() - t0, proc.returncode


def fmt(seconds) -> str:
    return "TIMEOUT" if seconds is None else f"{seconds:7.2f}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="50,200", help="sizes in KB, smallest first")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--commands", default="quotes,compare,check")
    ap.add_argument("--huge", action="store_true", help="also compare 10 MB realistic text")
    ap.add_argument("--pythonpath", help="run the quotecheck found in this folder")
    args = ap.parse_args(argv)
    env = dict(os.environ)
    env["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="qc-home-")  # a warm start of its own
    if args.pythonpath:
        env["PYTHONPATH"] = args.pythonpath
    sizes = [int(s) * 1000 for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="qc-hostile-"))
    print(f"{'shape':12} {'command':8} " + " ".join(f"{s // 1000:>6}KB" for s in sizes)
          + "   ratio")
    worst = 0.0
    for shape in args.shapes.split(","):
        build, suffix = SHAPES[shape]
        paths = []
        for size in sizes:
            path = work / f"{shape}-{size}{suffix}"
            path.write_text(build(size), encoding="utf-8")
            paths.append(path)
        for name in args.commands.split(","):
            times = [run(command(name, p), env, args.timeout)[0] for p in paths]
            ratio = (f"{times[-1] / times[0]:6.1f}" if None not in times and times[0] > 0
                     else "     -")
            worst = max([worst] + [t for t in times if t is not None])
            print(f"{shape:12} {name:8} " + " ".join(f"{fmt(t):>8}" for t in times)
                  + f"  {ratio}", flush=True)
    if args.huge:
        path = work / "realistic-10MB.txt"
        path.write_text(_realistic(10_000_000), encoding="utf-8")
        seconds, _ = run(command("compare", path), env, max(args.timeout, 600))
        print(f"{'realistic':12} {'compare':8} 10 MB: {fmt(seconds)}", flush=True)
    print(f"slowest run: {worst:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
