"""Whole-process timing of ``quotecheck check DRAFT --sources seeds/`` (the pre-commit case).

Prints the median wall time over several runs of each command, side by side with
``python -c pass`` (the interpreter's own start) and proselint on the same draft, and their
ratios. Target: the check of an edited draft (sources cached) at most 150 ms median on the
development machine (byte-code compiled, PYTHONDONTWRITEBYTECODE removed for the runs).

    python bench/bench_check.py [--runs 15] [--draft tests/drafts/faithful.md]

Scenarios: ``cached`` (unchanged draft: the whole-run result cache answers), ``edited``
(the draft changes every run: sources come from the cache, the draft is checked afresh),
``no-cache`` (everything parsed and extracted every run). proselint is timed only when it is
installed (``pip install proselint``); it is not a quotecheck dependency.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


ENV: dict = dict(os.environ)


def timed(cmd: list, cwd: Path, before=None) -> float:
    if before:
        before()
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def median_ms(cmd: list, cwd: Path, runs: int, before=None, warmup: int = 1) -> float:
    for _ in range(warmup):
        timed(cmd, cwd, before)
    return 1000 * statistics.median(timed(cmd, cwd, before) for _ in range(runs))


def script(name: str):
    """The console script next to this interpreter (not a pyenv shim), or None."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return [str(candidate)]
    found = shutil.which(name)
    return [found] if found else None


def snapshot(dest: Path) -> dict:
    """Copy the code and rule packs to ``dest`` (as the installed package layout) and return
    an environment that imports them first: edits to the work tree during the measurement
    then neither slow the runs nor invalidate the cache (whose salt covers the code)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "quotecheck", dest / "quotecheck", ignore=ignore)
    shutil.copytree(ROOT / "rules", dest / "quotecheck_rules", ignore=ignore)
    shutil.copytree(ROOT / "plugins" / "builtin", dest / "quotecheck_plugins", ignore=ignore)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(dest)], check=False)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(dest), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--draft", default=str(ROOT / "tests" / "drafts" / "faithful.md"))
    ap.add_argument("--sources", default=str(ROOT / "seeds"))
    ap.add_argument("--live", action="store_true",
                    help="run the work tree's code instead of a frozen copy")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="qc-bench-"))
    if not args.live:
        ENV.update(snapshot(work / "code"))
    # byte-code is compiled once and read after (as in a normal install); a private user
    # cache holds the warm start's regex programs and parsed rule files, warmed by the
    # first runs
    bytecode_off = ENV.pop("PYTHONDONTWRITEBYTECODE", None)
    ENV["XDG_CACHE_HOME"] = str(work / "user-cache")
    draft = work / "draft.md"
    original = Path(args.draft).read_text(encoding="utf-8")
    draft.write_text(original, encoding="utf-8")
    sources = str(Path(args.sources).resolve())
    py = [sys.executable]
    # The console script imports quotecheck like -m does; with a frozen copy on PYTHONPATH
    # both run the copy.
    qc = script("quotecheck") or py + ["-m", "quotecheck"]
    check = ["check", "draft.md", "--sources", sources, "--quiet"]
    counter = {"n": 0}

    def edit_draft():
        counter["n"] += 1
        draft.write_text(original + f"\nEdit number {counter['n']}.\n", encoding="utf-8")

    def restore_draft():
        if draft.read_text(encoding="utf-8") != original:
            draft.write_text(original, encoding="utf-8")

    rows = [("python -c pass", median_ms(py + ["-c", "pass"], work, args.runs))]
    rows.append(("quotecheck check (cached)",
                 median_ms(qc + check, work, args.runs, restore_draft, warmup=2)))
    rows.append(("python -m quotecheck check (cached)",
                 median_ms(py + ["-m", "quotecheck"] + check, work, args.runs, restore_draft)))
    rows.append(("quotecheck check (draft edited, sources cached)",
                 median_ms(qc + check, work, max(3, args.runs // 3), edit_draft)))
    rows.append(("quotecheck check --no-cache",
                 median_ms(qc + check + ["--no-cache"], work, max(3, args.runs // 3))))
    prose = script("proselint")
    restore_draft()
    if prose:
        rows.append(("proselint check draft.md",
                     median_ms(prose + ["check", "draft.md"], work, args.runs)))
    else:
        print("proselint is not installed: pip install proselint to compare", file=sys.stderr)
    base = rows[0][1]
    prose_ms = rows[-1][1] if prose else None
    print(f"{'command':52} {'median ms':>10} {'x python':>9} {'x proselint':>12}")
    for name, ms in rows:
        vs_prose = f"{ms / prose_ms:12.2f}" if prose_ms else f"{'-':>12}"
        print(f"{name:52} {ms:10.1f} {ms / base:9.2f} {vs_prose}")
    print(f"runs per command: {args.runs} (edited/no-cache: {max(3, args.runs // 3)}); "
          f"draft {args.draft}; {os.cpu_count()} CPUs; load average "
          f"{os.getloadavg()[0]:.1f}; code {'work tree' if args.live else 'frozen copy'}; "
          f"PYTHONDONTWRITEBYTECODE {'removed for the runs' if bytecode_off else 'unset'}, "
          f"{sum(1 for _ in (work / 'code').rglob('*.pyc'))} .pyc files in the frozen copy")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
