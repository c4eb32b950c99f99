"""Archive mode on the tests' small synthetic stories: throughput, a one-day update, memory.

Builds an archive of DAYS days at PER_DAY articles a day (tests/archive_articles.py: a wire
report, its credited syndicated copy, an independent report and its uncredited spun rewrite
with a changed quotation, plus unrelated articles), then adds one more day. Prints articles
per CPU-second of the build, the one-day update's share of the build, the planted copies
found and the peak memory. The issue's larger acceptance runs use the synthetic archive
generator (bench/archive_synth.py) where present.

    python bench/archive_throughput.py --days 100 --per-day 100 [--workers N]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def articles_at(days: int, per_day: int) -> list:
    """The tests' articles, re-dated to ``per_day`` a day over ``days + 1`` days (in their
    original order, so an article's parent stays earlier than its copies)."""
    from archive_articles import articles

    records = sorted(articles((days + 1) * per_day * 10 // 23 + 4),
                     key=lambda r: r["published"])
    start = dt.date(2026, 3, 1)
    for n, r in enumerate(records):
        day = start + dt.timedelta(days=n // per_day)
        seconds = (n % per_day) * 86400 // per_day
        r["published"] = f"{day}T{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}Z"
    return records[: (days + 1) * per_day]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--days", type=int, default=50)
    ap.add_argument("--per-day", type=int, default=100)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    from quotecheck.archive import query_copies, update
    from quotecheck.archive.engine import LocalEngine

    records = articles_at(args.days, args.per_day)
    cut = args.days * args.per_day
    with tempfile.TemporaryDirectory() as tmp:
        base, last = Path(tmp) / "base.jsonl", Path(tmp) / "last.jsonl"
        base.write_text("".join(json.dumps(r) + "\n" for r in records[:cut]))
        last.write_text("".join(json.dumps(r) + "\n" for r in records[cut:]))
        archive = Path(tmp) / "archive"
        with LocalEngine(args.workers) as engine:
            c, t = time.process_time(), time.time()
            built = update(archive, [base], engine=engine)
            build_cpu, build_wall = time.process_time() - c, time.time() - t
            c, t = time.process_time(), time.time()
            one = update(archive, [last], engine=engine)
            day_cpu, day_wall = time.process_time() - c, time.time() - t
        edges = query_copies(archive)["edges"]
    ids = {r["id"] for r in records}
    planted = {(r["id"].replace(end, start), r["id"]) for r in records
               for end, start in (("-synd.txt", "-wire.txt"), ("-spun.txt", "-indep.txt"))
               if r["id"].endswith(end) and r["id"].replace(end, start) in ids}
    found = {(e["source"], e["derived"]) for e in edges}
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"build: {built.added} articles, {build_cpu:.1f} CPU s ({build_wall:.1f} s wall), "
          f"{built.added / build_cpu:.0f} articles per CPU-second (driver process; "
          f"workers' CPU {children.ru_utime + children.ru_stime:.1f} s)")
    print(f"one more day: {one.added} articles, {day_cpu:.1f} CPU s ({day_wall:.1f} s wall), "
          f"{day_cpu / build_cpu:.3f} of the build; {one.stories_analysed} stories analysed")
    print(f"planted copies found: {len(planted & found)} of {len(planted)}; "
          f"{len(found - planted)} other edges")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (driver): {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
