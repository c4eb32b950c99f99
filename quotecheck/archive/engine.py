"""Engines that run an archive stage's tasks: in this process, in a process pool, or on Dask.

A stage is a module-level function applied to small, picklable task descriptors (a day, a
window, a story id) that writes its own output atomically and returns a small summary. The
engine only schedules: results come back in task order whatever order the tasks finished
in, so every engine (and any number of workers) gives the same archive.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Any, Callable, Optional, Sequence

Progress = Callable[[int, int], None]   # (tasks done, tasks in all)


class Engine:
    """Runs ``fn`` over ``tasks``; subclasses decide where. Use as a context manager."""

    name = "engine"

    def map(self, fn: Callable[[Any], Any], tasks: Sequence[Any], *, label: str = "",
            progress: Optional[Progress] = None) -> list:
        raise NotImplementedError

    def close(self) -> None:
        """Release workers; a closed engine is not used again."""

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class LocalEngine(Engine):
    """This machine: inline for one worker, else a pool of ``workers`` spawned processes.

    Spawned, not forked: the driver holds DuckDB and SQLite connections whose threads and
    locks must not be copied into a child.
    """

    name = "local"

    def __init__(self, workers: int = 1):
        self.workers = max(1, int(workers))
        self._pool: Optional[ProcessPoolExecutor] = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
        return self._pool

    def map(self, fn, tasks, *, label="", progress=None) -> list:
        tasks = list(tasks)
        total = len(tasks)
        results: list = [None] * total
        if self.workers == 1 or total <= 1:
            for i, task in enumerate(tasks):
                results[i] = fn(task)
                if progress:
                    progress(i + 1, total)
            return results
        pool = self._executor()
        futures = {pool.submit(fn, task): i for i, task in enumerate(tasks)}
        for done, future in enumerate(as_completed(futures), start=1):
            results[futures[future]] = future.result()
            if progress:
                progress(done, total)
        return results

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


ENGINES = ("local", "dask")


def make_engine(name: str = "local", *, workers: int = 1, scheduler: Optional[str] = None,
                memory_limit: Optional[str] = None) -> Engine:
    """The engine called ``name``; ``dask`` needs the extra ``quotecheck[dask]``."""
    if name == "local":
        return LocalEngine(workers)
    if name == "dask":
        from quotecheck.archive.dask_engine import DaskEngine

        return DaskEngine(workers=workers, scheduler=scheduler, memory_limit=memory_limit)
    raise ValueError(f"unknown engine {name!r}: choose one of {', '.join(ENGINES)}")
