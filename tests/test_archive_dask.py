"""The Dask engine on a real LocalCluster of 2 worker processes: task order, progress, errors.

One cluster serves the module (it takes a second or two to start). A task that kills its
own worker process the first time it runs (a marker file says it already did) stands for a
worker lost in the middle of a stage: Dask reruns it, and the results are the same.
"""
import os
import sys

import pytest

pytest.importorskip("distributed")

from quotecheck.archive.dask_engine import DaskEngine, WorkerLostError  # noqa: E402
from quotecheck.archive.engine import LocalEngine, make_engine  # noqa: E402
from quotecheck.errors import UsageError  # noqa: E402

MEMORY_LIMIT = "600MiB"


@pytest.fixture(scope="module")
def engine():
    with DaskEngine(workers=2, memory_limit=MEMORY_LIMIT, dashboard=False) as dask_engine:
        yield dask_engine


def square(n):
    return n * n


def fail_on_three(n):
    if n == 3:
        raise ValueError(f"task {n} failed")
    return n


def die_once(task):
    """Kills this worker process the first time task 4 runs (a marker file remembers)."""
    n, marker = task
    if n == 4 and not os.path.exists(marker):
        with open(marker, "w", encoding="utf-8") as out:
            out.write(str(os.getpid()))
        os._exit(1)
    return n * 10, os.getpid()


def test_results_come_back_in_task_order(engine):
    tasks = list(range(40))
    assert engine.map(square, tasks, label="square") == [n * n for n in tasks]


def test_progress_counts_every_finished_task(engine):
    seen = []
    engine.map(square, list(range(12)), label="square",
               progress=lambda done, total: seen.append((done, total)))
    assert seen == [(i, 12) for i in range(1, 13)]


def test_an_empty_stage_returns_nothing(engine):
    assert engine.map(square, [], label="nothing") == []


def test_a_task_error_is_raised_in_the_driver(engine):
    with pytest.raises(ValueError, match="task 3 failed"):
        engine.map(fail_on_three, list(range(6)), label="fail")
    # the engine is still usable after a failed stage
    assert engine.map(square, [2, 3]) == [4, 9]


def test_a_rerun_stage_with_the_same_label_is_computed_again(engine, tmp_path):
    marker = str(tmp_path / "marker")
    first = engine.map(die_once, [(n, marker) for n in range(3)], label="same")
    second = engine.map(die_once, [(n, marker) for n in range(3)], label="same")
    assert [r[0] for r in first] == [r[0] for r in second] == [0, 10, 20]


def test_a_worker_killed_in_the_middle_of_a_stage_is_retried(engine, tmp_path):
    marker = tmp_path / "died"
    tasks = [(n, str(marker)) for n in range(10)]
    results = engine.map(die_once, tasks, label="die")
    assert marker.exists(), "the task did kill its worker"
    assert int(marker.read_text()) != results[4][1], "task 4 finished in another process"
    with LocalEngine(1) as local:   # marker present: the local run does not die
        expected = local.map(die_once, tasks)
    assert [r[0] for r in results] == [r[0] for r in expected] == [n * 10 for n in range(10)]
    assert engine.map(square, [5]) == [25], "the cluster works after losing a worker"


def always_die(n):
    os._exit(3)


def test_a_task_that_keeps_killing_workers_is_one_line_naming_the_stage():
    import dask

    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        with DaskEngine(workers=1, dashboard=False) as fragile:
            with pytest.raises(WorkerLostError, match="stage 'doomed': task 1 of 1 was lost") \
                    as info:
                fragile.map(always_die, [1], label="doomed")
    assert "\n" not in str(info.value)


def test_memory_limit_reaches_every_worker(engine):
    from dask.utils import parse_bytes

    engine.client.wait_for_workers(2, timeout=60)   # a killed worker may be restarting
    workers = engine.client.scheduler_info()["workers"].values()
    assert len(workers) == 2
    assert {w["memory_limit"] for w in workers} == {parse_bytes(MEMORY_LIMIT)}
    assert {w["nthreads"] for w in workers} == {1}


def test_an_existing_scheduler_is_joined_and_left_running(engine):
    address = engine.cluster.scheduler_address
    with make_engine("dask", scheduler=address) as joined:
        assert joined.cluster is None
        assert joined.map(square, [1, 2, 3], label="joined") == [1, 4, 9]
        assert address in joined.describe()
    assert engine.map(square, [4]) == [16], "leaving did not stop the cluster"


def test_no_dashboard_when_none_was_asked_for(engine):
    assert engine.dashboard is None
    assert "dashboard" not in engine.describe()


def test_a_missing_extra_is_one_line_naming_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(UsageError, match=r"quotecheck\[dask\]") as info:
        make_engine("dask", workers=2)
    assert "\n" not in str(info.value)


def test_an_unparsable_memory_limit_is_a_usage_error():
    with pytest.raises(UsageError, match="--memory-limit 'lots'"):
        DaskEngine(workers=1, memory_limit="lots", dashboard=False)


def test_the_dask_engine_has_the_engine_interface():
    import inspect

    from quotecheck.archive.engine import Engine

    assert (list(inspect.signature(DaskEngine.map).parameters)
            == list(inspect.signature(Engine.map).parameters))
    for method in ("map", "close", "__enter__", "__exit__"):
        assert callable(getattr(DaskEngine, method)), method
    assert DaskEngine.name == "dask" and Engine.name != DaskEngine.name


def _cli_update(tmp_path, *options, env=None):
    import subprocess

    articles = tmp_path / "articles.jsonl"
    articles.write_text('{"id": "a1", "text": "Words.", "outlet": "The Post", '
                        '"published": "2026-03-01T08:00:00Z"}\n', encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "quotecheck", "archive", "update",
                           str(tmp_path / "archive"), str(articles), "--engine", "dask",
                           *options], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


@pytest.mark.parametrize("options, message", [
    (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler tcp://127.0.0.1:1: Timed out"),
    (["--scheduler", "nonsense://x"], "--scheduler nonsense://x: unknown address scheme"),
    (["--memory-limit", "lots"], "--memory-limit 'lots'"),
])
def test_cli_engine_errors_are_one_line_with_status_2(tmp_path, options, message):
    run = _cli_update(tmp_path, *options,
                      env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert run.returncode == 2
    assert run.stderr.startswith("quotecheck: error: ") and message in run.stderr
    assert run.stderr.count("\n") == 1, run.stderr


def test_cli_without_the_extra_says_what_to_install(tmp_path):
    fake = tmp_path / "fake"
    (fake / "distributed").mkdir(parents=True)
    (fake / "distributed" / "__init__.py").write_text(
        'raise ImportError("No module named \'distributed\'")\n', encoding="utf-8")
    path = os.pathsep.join([str(fake), os.environ.get("PYTHONPATH", "")])
    run = _cli_update(tmp_path, "--workers", "2", env={"PYTHONPATH": path})
    assert run.returncode == 2
    assert "pip install 'quotecheck[dask]'" in run.stderr
    assert run.stderr.count("\n") == 1, run.stderr


def test_on_a_terminal_the_update_says_which_cluster_runs_it(engine, tmp_path, monkeypatch):
    """Issue 14: progress on a terminal names the cluster (and its dashboard when one is up);
    piped, nothing."""
    import io

    from quotecheck.cli import main

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    articles = tmp_path / "articles.jsonl"
    articles.write_text('{"id": "a1", "text": "Words.", "outlet": "The Post", '
                        '"published": "2026-03-01T08:00:00Z"}\n', encoding="utf-8")
    address = engine.cluster.scheduler_address
    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    code = main(["archive", "update", str(tmp_path / "shown"), str(articles),
                 "--engine", "dask", "--scheduler", address])
    assert code == 0 and f"running on Dask cluster {address}" in screen.getvalue()
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    assert main(["archive", "update", str(tmp_path / "piped"), str(articles),
                 "--engine", "dask", "--scheduler", address]) == 0
    assert "running on" not in piped.getvalue()
