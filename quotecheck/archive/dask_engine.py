"""The archive's stages on Dask: a LocalCluster of worker processes, or an existing scheduler.

Runs the same module-level stage functions as :class:`~quotecheck.archive.engine.LocalEngine`
over the same small task descriptors, and gives their results back in task order, so the
archive is the same whichever engine built it. A worker that dies is replaced and its tasks
rerun by Dask; a task that raises is retried, then its error is raised here, in the driver.
Dask is imported only when this engine is made: the base install does not need it.

It has the interface of :class:`~quotecheck.archive.engine.Engine` without subclassing it:
``engine.make_engine`` imports this module, and the package allows no import cycle, even
through a lazy import (tests/test_layout.py).
"""
from __future__ import annotations

import importlib.util
import logging
import uuid
from typing import Any, Optional

from quotecheck.errors import QuotecheckError, UsageError

RETRIES = 2   # reruns of a task that raised (a worker that died is rerun by the scheduler)
INSTALL_HINT = "the dask engine needs the extra: pip install 'quotecheck[dask]'"
# Loggers that report worker restarts, lost tasks and task errors (the driver raises those
# itself, once): a retried run says nothing on a terminal.
NOISY_LOGGERS = ("distributed", "distributed.nanny", "distributed.scheduler",
                 "distributed.worker", "distributed.core", "tornado")


class WorkerLostError(QuotecheckError):
    """A task whose workers kept dying (out of memory, killed): Dask gave up rerunning it."""


def _import_distributed():
    """The ``distributed`` module, or a one-line usage error naming the extra to install."""
    try:
        import distributed
    except ImportError as exc:   # missing, or a broken install: either way the same advice
        raise UsageError(f"{INSTALL_HINT} ({exc})") from None
    return distributed


def _dashboard_wanted(dashboard: Optional[bool]) -> bool:
    """A dashboard only when asked, or by default when its web stack (bokeh) is installed."""
    if dashboard is not None:
        return dashboard
    return importlib.util.find_spec("bokeh") is not None


class DaskEngine:
    """Tasks on a Dask cluster: ``scheduler`` (an address) to join one, else a LocalCluster.

    The LocalCluster has ``workers`` single-threaded worker processes (the stages are
    CPU-bound Python), each limited to ``memory_limit`` (``"1GiB"``; ``"auto"`` when unset).
    ``dashboard`` holds the dashboard's address when one is up, for the CLI to print.
    """

    name = "dask"

    def __init__(self, workers: int = 1, scheduler: Optional[str] = None,
                 memory_limit: Optional[str] = None, *, dashboard: Optional[bool] = None,
                 retries: int = RETRIES):
        distributed = _import_distributed()
        self.workers = max(1, int(workers))
        self.retries = retries
        self.cluster = None
        self._as_completed = distributed.as_completed
        self._killed_worker = distributed.KilledWorker
        for name in NOISY_LOGGERS:
            logging.getLogger(name).setLevel(logging.CRITICAL)
        if scheduler:
            try:   # waits distributed.comm.timeouts.connect (30 s unless configured)
                self.client = distributed.Client(scheduler)
            except (OSError, TimeoutError, ValueError) as exc:
                raise UsageError(f"--scheduler {scheduler}: {exc}") from None
        else:
            try:
                self.cluster = distributed.LocalCluster(
                    n_workers=self.workers, threads_per_worker=1, processes=True,
                    memory_limit=memory_limit or "auto", dashboard_address=":0",
                    silence_logs=logging.CRITICAL)
            except ValueError as exc:   # a memory limit Dask cannot parse
                raise UsageError(f"--memory-limit {memory_limit!r}: {exc}") from None
            self.client = distributed.Client(self.cluster)
        # The scheduler's web server always runs (on a free port, never a fixed one another
        # cluster may hold); it is a dashboard only with bokeh, so it is reported only then.
        wanted = _dashboard_wanted(dashboard) if scheduler is None else dashboard is not False
        self.dashboard: Optional[str] = self._dashboard_link() if wanted else None

    def _dashboard_link(self) -> Optional[str]:
        try:
            return self.client.dashboard_link
        except Exception:   # no dashboard service on the scheduler
            return None

    def describe(self) -> str:
        """One line for the terminal: where the tasks run and where to watch them."""
        where = f"Dask cluster {self.client.scheduler.address}"
        return where + (f", dashboard {self.dashboard}" if self.dashboard else "")

    def map(self, fn, tasks, *, label="", progress=None) -> list:
        """``fn`` over ``tasks`` on the cluster; results in task order, the first error raised."""
        tasks = list(tasks)
        total = len(tasks)
        if not total:
            return []
        token = uuid.uuid4().hex[:12]   # a rerun stage never picks up an older call's results
        stem = label or getattr(fn, "__name__", "task")
        keys = [f"{stem}-{i}-{token}" for i in range(total)]
        futures = self.client.map(fn, tasks, key=keys, pure=False, retries=self.retries)
        index = {future.key: i for i, future in enumerate(futures)}
        results: list[Any] = [None] * total
        try:
            for done, future in enumerate(self._as_completed(futures), start=1):
                try:
                    results[index[future.key]] = future.result()
                except self._killed_worker:
                    raise WorkerLostError(
                        f"stage {stem!r}: task {index[future.key] + 1} of {total} was lost: "
                        "the workers running it died each time (out of memory? try a larger "
                        "--memory-limit)") from None
                future.release()
                if progress:
                    progress(done, total)
        except BaseException:
            self.client.cancel(futures)
            raise
        return results

    def __enter__(self) -> "DaskEngine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Disconnect; a LocalCluster this engine started is shut down with it."""
        client, cluster = getattr(self, "client", None), self.cluster
        self.client, self.cluster = None, None
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
