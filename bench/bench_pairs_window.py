#!/usr/bin/env python3
"""Candidate pairs (archive stage 2) against the window's size: the rarity bound.

For each daily volume, generates 5 days (bench/archive_synth.py, seed 1), computes their
comparison keys (stage 1) and the candidate pairs of the middle day, whose window holds all
5 days, with the fixed bound (``min_weight`` 45 from a cap above ``key_cap``: archives made
before) and the bound scaled by the window (``weight_scaled``). Prints, per volume and
bound: the bound in nats, planted copies whose later article is on the middle day that the
pairs connect (as stories are made, over the middle day's pairs only: a lower bound of what
the whole archive connects), pairs and cross-story pairs per article, the largest group.

Usage: ``python bench/bench_pairs_window.py [--per-day 180,500,1000,2000] [--work DIR]``
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import archive_benchlib as lib  # noqa: E402

DAYS, MIDDLE = 5, 2


def _day(n: int) -> str:
    return f"2026-01-{n + 1:02d}"


def _groups(pairs: list) -> dict:
    parent: dict = {}

    def root(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[ra] = rb
    return {x: root(x) for x in list(parent)}


def measure(work: Path, per_day: int) -> None:
    from quotecheck.archive.daystage import (DayTask, PairsTask, analyse_day, duckdb_connect,
                                             sql_string, weight_bound, window_pairs)

    inputs, truth = lib.generate(work / f"gen-{DAYS}x{per_day}", DAYS, per_day)
    files = []
    for n, path in enumerate(inputs):
        out = work / f"keys-{per_day}" / f"{_day(n)}.parquet"
        if not out.is_file():
            analyse_day(DayTask(_day(n), (path,), str(out)))
        files.append(str(out))
    mid = f"d{MIDDLE:04d}-"
    copies = [tuple(sorted((d["source"], d["derived"]))) for d in truth["derived"]]
    copies = [(a, b) for a, b in copies if b.startswith(mid) and a[:6] <= mid]
    story = truth["story_of"]
    articles = per_day   # the middle day's
    print(f"per-day {per_day}: window of {DAYS * per_day:,} articles, {len(copies)} planted "
          f"copies ending on the middle day")
    for label, scaled in (("fixed bound", 0), ("scaled bound", 1)):
        task = PairsTask(_day(MIDDLE), _day(0), tuple(files), str(work / "pairs.parquet"),
                         key_cap=50, min_shared=8, top_k=5, min_share_pct=15, key_df_pct=10,
                         min_weight=45, weight_scaled=scaled)
        window_pairs(task)
        con = duckdb_connect()
        try:
            pairs = con.execute(f"SELECT a, b FROM read_parquet({sql_string(task.output)})"
                                ).fetchall()
            cap = max(50, DAYS * per_day * 10 // 100)
            bound = con.execute(f"SELECT {weight_bound(task)} FROM (SELECT {cap} AS c)"
                                ).fetchone()[0] / 100
        finally:
            con.close()
        root = _groups(pairs)
        linked = sum(a in root and root.get(a) == root.get(b) for a, b in copies)
        cross = sum(story.get(a) is None or story.get(a) != story.get(b) for a, b in pairs)
        sizes: dict = {}
        for r in root.values():
            sizes[r] = sizes.get(r, 0) + 1
        print(f"  {label} {bound:5.1f} nats: copies connected {linked / len(copies):.3f}, "
              f"{len(pairs) / articles:.2f} pairs per article, {cross / articles:.3f} "
              f"cross-story, largest group {max(sizes.values(), default=0)}")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--per-day", default="180,500,1000,2000")
    p.add_argument("--work", type=Path, default=None, help="keep generated data here")
    a = p.parse_args(argv)
    work = a.work or Path(tempfile.mkdtemp(prefix="bench-pairs-"))
    work.mkdir(parents=True, exist_ok=True)
    for per_day in (int(x) for x in a.per_day.split(",")):
        measure(work, per_day)
    if a.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
