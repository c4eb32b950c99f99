#!/usr/bin/env python3
"""The archive on Dask (issue 14): a LocalCluster of 2 workers against 1, and the local engine.

On one generated archive (bench/archive_synth.py), builds it afresh with ``--engine local``
(1 and 2 workers) and ``--engine dask`` (1 and 2 workers) and prints wall time, CPU time,
time per article and the speed-up of 2 Dask workers over 1. Then runs the update once more
in this process with every task timed (one worker, inline) and prints the cost of each
stage's partitions (days, windows, story batches) and of the driver's serial work, with a
plan for 64 cores: per stage, max(total task time / 64, longest task), plus the driver.

Usage: ``python bench/bench_dask.py [--days 20 --per-day 500] [--scale 10000]
[--runs local1,local2,dask1,dask2,dask2-1GiB] [--work DIR]`` (``--scale``: the archive size, in
articles, that the 64-core plan is extrapolated to, at the same daily volume).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import archive_benchlib as lib  # noqa: E402

from quotecheck.archive.engine import LocalEngine  # noqa: E402

RUNS = {"local1": ["--engine", "local"], "local2": ["--engine", "local", "--workers", "2"],
        "dask1": ["--engine", "dask", "--workers", "1"],
        "dask2": ["--engine", "dask", "--workers", "2"],
        "dask2-1GiB": ["--engine", "dask", "--workers", "2", "--memory-limit", "1GiB"]}


class TimedEngine(LocalEngine):
    """One worker, inline: each task's CPU time, by stage."""

    def __init__(self):
        super().__init__(1)
        self.costs: dict = {}

    def map(self, fn, tasks, *, label="", progress=None) -> list:
        out = []
        for task in tasks:
            started = time.process_time()
            out.append(fn(task))
            self.costs.setdefault(label, []).append(time.process_time() - started)
        return out


def engines(work: Path, inputs: list, runs: list, n: int) -> dict:
    measured = {}
    for name in runs:
        archive = work / f"arch-{name}"
        shutil.rmtree(archive, ignore_errors=True)
        run = lib.update(archive, inputs, *RUNS[name])
        measured[name] = run
        print(f"{name:10} {' '.join(RUNS[name]):53} {run['wall']:7.1f} s wall "
              f"{run['cpu']:7.1f} CPU s  {run['wall'] / n * 1000:6.2f} ms/article wall  "
              f"peak RSS {run['rss_mib']:.0f} MiB")
    if {"dask1", "dask2"} <= set(measured):
        print(f"speed-up of 2 Dask workers over 1: "
              f"{measured['dask1']['wall'] / measured['dask2']['wall']:.2f}x (2 cores)")
    if {"local1", "dask2"} <= set(measured):
        print(f"Dask 2 workers against the local engine, 1 worker: "
              f"{measured['dask2']['wall'] / measured['local1']['wall']:.2f}x the wall time")
    if {"local2", "dask2"} <= set(measured):
        print(f"Dask 2 workers against the local engine, 2 workers: "
              f"{measured['dask2']['wall'] / measured['local2']['wall']:.2f}x the wall time")
    return measured


def makespan(costs: list, workers: int) -> float:
    """The stage's time on ``workers`` workers, longest tasks first to the least loaded."""
    loads = [0.0] * workers
    for cost in sorted(costs, reverse=True):
        loads[loads.index(min(loads))] += cost
    return max(loads)


def plan(work: Path, inputs: list, n: int, days: int, scale: int) -> None:
    from quotecheck.archive.driver import update

    archive = work / "arch-timed"
    shutil.rmtree(archive, ignore_errors=True)
    engine = TimedEngine()
    started = time.process_time()
    update(archive, inputs, engine=engine)
    total = time.process_time() - started
    in_tasks = sum(sum(c) for c in engine.costs.values())
    k = scale / n
    print(f"per-partition costs at {n:,} articles ({days} days), one worker, CPU s:")
    projected = driver = (total - in_tasks) * k
    for label, costs in engine.costs.items():
        mean, longest = sum(costs) / len(costs), max(costs)
        # days and windows keep their size at a fixed daily volume, story batches too: their
        # number grows with the archive; a stage of one task (families) grows in place
        stage_64 = sum(costs) * k if len(costs) == 1 else max(sum(costs) * k / 64, longest)
        projected += stage_64
        tasks = f"{len(costs):4} task" + ("s" if len(costs) > 1 else " ")
        print(f"  {label:9} {tasks}  total {sum(costs):7.2f}  mean {mean:6.3f}  "
              f"longest {longest:6.3f}  -> at {scale:,} articles on 64 cores: "
              f"{stage_64:8.1f} s")
    print(f"  driver (ingest, stories by union-find, families, index; serial): "
          f"{total - in_tasks:.2f} CPU s -> {driver:.1f} s at {scale:,} articles")
    serial = total - in_tasks
    one, two = total, serial + sum(makespan(c, 2) for c in engine.costs.values())
    print(f"model from these costs (wall clock on a shared machine is no measure): 1 worker "
          f"{one:.1f} s, 2 workers {two:.1f} s: speed-up {one / two:.2f}x at {n:,} articles, "
          f"before Dask's own overhead per task")
    print(f"64-core plan at {scale:,} articles: about {projected:,.0f} s "
          f"({scale / projected:,.0f} articles/s); the serial driver is "
          f"{driver / projected:.0%} of it")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--days", type=int, default=20)
    p.add_argument("--per-day", type=int, default=500)
    p.add_argument("--scale", type=int, default=100_000_000)
    p.add_argument("--runs", default="local1,local2,dask1,dask2,dask2-1GiB")
    p.add_argument("--no-plan", action="store_true")
    p.add_argument("--work", type=Path, default=None)
    a = p.parse_args(argv)
    work = a.work or Path(tempfile.mkdtemp(prefix="bench-dask-"))
    work.mkdir(parents=True, exist_ok=True)
    inputs, _ = lib.generate(work / f"gen-{a.days}x{a.per_day}", a.days, a.per_day)
    n = a.days * a.per_day
    print(f"{n:,} generated articles ({a.days} days x {a.per_day})")
    started = time.perf_counter()
    from quotecheck.archive.dask_engine import DaskEngine

    with DaskEngine(workers=2, dashboard=False):
        up = time.perf_counter() - started
    print(f"a LocalCluster of 2 workers starts and stops in {time.perf_counter() - started:.1f} s "
          f"(up in {up:.1f} s)")
    engines(work, inputs, [r for r in a.runs.split(",") if r], n)
    if not a.no_plan:
        plan(work, inputs, n, a.days, a.scale)
    if a.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
