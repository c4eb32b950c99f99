"""Whole-process start-up figures: ``check`` on an unchanged and on an edited draft,
``check --no-cache`` and ``compare seeds/``, interleaved with ``python -c pass`` so that a busy shared machine slows
every command alike; medians, quartiles and ratios to the bare interpreter.

    python bench/bench_startup.py [--runs 21] [--draft tests/drafts/problems.md] [--imports]

Runs a frozen copy of the code (as ``bench_check.py`` does) with byte-code files compiled
beforehand and ``PYTHONDONTWRITEBYTECODE`` removed from the environment, and a private
user cache (the warm start's regex programs and parsed rule files) warmed by the first runs.
Targets: edited check at most 150 ms, compare at most 500 ms (median wall time).
``--imports`` also prints the slowest quotecheck imports of one edited run (-X importtime).
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
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_check import snapshot  # noqa: E402  (same frozen copy of the code)


def run(cmd: list, cwd: Path, env: dict) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def quartiles(values: list) -> tuple:
    q = statistics.quantiles(values, n=4) if len(values) > 1 else [values[0]] * 3
    return q[0], statistics.median(values), q[2]


def slowest_imports(cmd: list, cwd: Path, env: dict, top: int = 12) -> list:
    """(self ms, cumulative ms, module) of the slowest imports in one run."""
    done = subprocess.run([cmd[0], "-X", "importtime", *cmd[1:]], cwd=cwd, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        parts = line[len("import time:"):].split("|")
        try:
            rows.append((int(parts[0]) / 1000, int(parts[1]) / 1000, parts[2].rstrip()))
        except ValueError:
            continue
    top_level = sum(c for _, c, name in rows if not name.startswith("  "))
    rows.sort(reverse=True)
    return [(s, c, name.strip()) for s, c, name in rows[:top]], top_level


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=21)
    ap.add_argument("--draft", default=str(ROOT / "tests" / "drafts" / "problems.md"))
    ap.add_argument("--sources", default=str(ROOT / "seeds"))
    ap.add_argument("--imports", action="store_true")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="qc-startup-"))
    env = snapshot(work / "code")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["XDG_CACHE_HOME"] = str(work / "user-cache")
    pyc = sum(1 for _ in (work / "code").rglob("*.pyc"))
    draft = work / "draft.md"
    original = Path(args.draft).read_text(encoding="utf-8")
    sources = str(Path(args.sources).resolve())
    py = sys.executable
    check = [py, "-m", "quotecheck", "check", "draft.md", "--sources", sources, "--quiet"]
    commands = {
        "python -c pass": ([py, "-c", "pass"], 1),
        "check, draft unchanged (run replayed)": (check, 1),
        "check, draft edited (sources cached)": (check, 1),
        "check --no-cache": (check + ["--no-cache"], 3),  # every third round
        "compare seeds/": ([py, "-m", "quotecheck", "compare", sources, "--quiet"], 1),
    }
    times: dict = {name: [] for name in commands}
    draft.write_text(original, encoding="utf-8")
    for cmd, _every in commands.values():  # warm the caches and the page cache
        run(cmd, work, env)
        run(cmd, work, env)
    for i in range(args.runs):
        for name, (cmd, every) in commands.items():
            if i % every:
                continue
            edit = "" if "unchanged" in name else f"\nEdit number {i}.\n"
            draft.write_text(original + edit, encoding="utf-8")
            times[name].append(run(cmd, work, env))
    base = statistics.median(times["python -c pass"])
    print(f"{'command':40} {'median ms':>10} {'q1-q3 ms':>15} {'x python':>9}")
    for name, values in times.items():
        q1, med, q3 = quartiles(values)
        print(f"{name:40} {1000 * med:10.1f} {f'{1000 * q1:.0f}-{1000 * q3:.0f}':>15} "
              f"{med / base:9.2f}")
    print(f"rounds: {args.runs} (--no-cache every third); draft {args.draft}; "
          f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f}; Python "
          f"{sys.version.split()[0]}; {pyc} .pyc files compiled beforehand, "
          f"PYTHONDONTWRITEBYTECODE unset; frozen copy of the code in {work}")
    if args.imports:
        draft.write_text(original + "\nEdit for importtime.\n", encoding="utf-8")
        rows, total = slowest_imports(check, work, env)
        print(f"imports of one edited check: {total:.1f} ms in all (-X importtime); slowest "
              "by self time:")
        for s, c, name in rows:
            print(f"  {s:6.1f} ms self {c:7.1f} ms cumulative  {name}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
