"""The archive on Dask gives what the local engine gives, even when a worker dies mid-stage.

A generated archive (bench/archive_synth.py: copies, spun quotations, translations, filler)
is built three times: ``quotecheck archive update --engine local``, ``--engine dask
--workers 2`` (a LocalCluster), and through the library on a LocalCluster whose workers
are killed in the middle of two stages. ``stats``, ``copies``, a ``quote`` query for every
planted quotation and a ``story`` query for a document of every planted story must come out
byte-identical.
"""
import os
import subprocess
import sys

import pytest

pytest.importorskip("distributed")
pytest.importorskip("duckdb")

from quotecheck.archive import queries  # noqa: E402
from quotecheck.archive.dask_engine import DaskEngine  # noqa: E402
from quotecheck.archive.render import render  # noqa: E402
from archive_helpers import load_synth  # noqa: E402

DAYS, PER_DAY, SEED = 12, 200, 11   # 2,400 articles: three builds and the queries in CI time



@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("generated")
    truth = load_synth().write_archive(out, DAYS, PER_DAY, seed=SEED, outlets=150)
    return sorted(str(p) for p in out.glob("day-*.jsonl")), truth


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "quotecheck", "archive", *args],
                          capture_output=True, text=True, timeout=600)


def _built(tmp_path_factory, inputs, name, *engine):
    root = tmp_path_factory.mktemp(name) / "archive"
    run = _cli("update", str(root), *inputs, "--quiet", *engine)
    assert run.returncode == 0, run.stderr
    assert run.stderr == "", "a quiet update says nothing, even when workers are started"
    return root


@pytest.fixture(scope="module")
def local_archive(tmp_path_factory, generated):
    return _built(tmp_path_factory, generated[0], "local", "--engine", "local")


@pytest.fixture(scope="module")
def dask_archive(tmp_path_factory, generated):
    return _built(tmp_path_factory, generated[0], "dask", "--engine", "dask", "--workers", "2")


def _answers(root, truth) -> dict:
    """Every query's JSON output, by query."""
    out = {}
    for fmt in ("json", "csv"):
        for name in ("stats", "copies"):
            run = _cli(*(["stats", str(root)] if name == "stats"
                         else ["query", str(root), "copies"]), "--format", fmt)
            assert run.returncode == 0, run.stderr
            out[f"{name}.{fmt}"] = run.stdout
    for family in truth["quotations"]:
        out["quote " + family["family"]] = render(queries.query_quote(root, family["text"]),
                                                  "json")
    firsts = {}
    for doc, story in sorted(truth["story_of"].items()):
        firsts.setdefault(story, doc)
    for doc in sorted(firsts.values()):
        out["story " + doc] = render(queries.query_story(root, doc), "json")
    return out


@pytest.fixture(scope="module")
def local_answers(local_archive, generated):
    answers = _answers(local_archive, generated[1])
    stats = queries.stats(local_archive)
    assert stats["documents"] == DAYS * PER_DAY
    assert stats["edges"] > 50 and stats["families"] > 100, "a test that can fail"
    return answers


def _differences(got: dict, expected: dict) -> list:
    return [k for k in sorted(expected) if got.get(k) != expected[k]]


def test_dask_with_two_workers_answers_every_query_as_the_local_engine(
        dask_archive, local_answers, generated):
    got = _answers(dask_archive, generated[1])
    assert set(got) == set(local_answers)
    assert _differences(got, local_answers) == []


class KillOnce:
    """A stage function that kills its worker process at the stage's second task, once."""

    def __init__(self, fn, folder: str, label: str):
        self.fn, self.folder, self.label = fn, folder, label

    def __call__(self, task):
        started = os.path.join(self.folder, self.label + ".started")
        died = os.path.join(self.folder, self.label + ".died")
        if not _claim(started):   # not the stage's first task: the first of the rest dies
            if _claim(died):
                os._exit(1)
        return self.fn(task)


def _claim(path: str) -> bool:
    """True for the one caller that creates ``path`` (atomic across processes)."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    return True


class KillingEngine(DaskEngine):
    """Dask, with a worker killed in the middle of each stage named in ``stages``."""

    def __init__(self, folder: str, stages: tuple, **kwargs):
        super().__init__(**kwargs)
        self.folder, self.stages = folder, stages

    def map(self, fn, tasks, *, label="", progress=None) -> list:
        if label in self.stages and len(tasks) >= 3:
            fn = KillOnce(fn, self.folder, label)
        return super().map(fn, tasks, label=label, progress=progress)


def test_workers_killed_in_the_middle_of_stages_change_nothing(
        tmp_path, local_answers, generated):
    from quotecheck.archive.driver import update

    markers = tmp_path / "markers"
    markers.mkdir()
    stages = ("articles", "stories")
    with KillingEngine(str(markers), stages, workers=2, dashboard=False) as engine:
        result = update(tmp_path / "archive", generated[0], engine=engine)
    assert result.errors == []
    for stage in stages:
        assert (markers / f"{stage}.died").exists(), f"no worker died in the {stage} stage"
    got = _answers(tmp_path / "archive", generated[1])
    assert _differences(got, local_answers) == []
