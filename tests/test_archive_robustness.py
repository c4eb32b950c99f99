"""Archive robustness: kill -9 mid-update, concurrent updaters, readers during an update,
corrupt store files, progress only on a terminal, data-only files."""
import io
import json
import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from archive_articles import articles, write_all
from archive_helpers import SETTING_ARGS, SETTINGS, run_cli, snapshot, start_cli

from quotecheck.archive import stats, update
from quotecheck.archive.driver import terminal_progress
from quotecheck.archive.store import UpdateLock, open_archive


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    base = tmp_path_factory.mktemp("src")
    return write_all(base / "all.jsonl", articles(24))


@pytest.fixture(scope="module")
def reference(tmp_path_factory, source):
    """The archive of one uninterrupted update."""
    root = tmp_path_factory.mktemp("ref") / "archive"
    assert not update(root, [source], settings=SETTINGS).errors
    return root


def _wait_for(predicate, proc, limit=300.0) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if predicate():
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.005)
    return False


def test_kill_9_mid_update_then_rerun_equals_an_uninterrupted_run(tmp_path, source, reference):
    root = tmp_path / "archive"
    open_archive(root, create=True, settings=SETTINGS)
    proc = start_cli("update", root, source, "-q")
    stories = root / "stories"
    started = _wait_for(lambda: stories.is_dir() and any(stories.rglob("*.json")), proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert started and proc.returncode == -signal.SIGKILL, "the update ended before the kill"
    # the index is as it was before the update: empty
    assert stats(root)["documents"] == 0
    rerun = run_cli("update", root, source, "-q")
    assert rerun.returncode == 0, rerun.stderr
    assert snapshot(root) == snapshot(reference)


def test_a_second_updater_is_refused_and_nothing_changes(tmp_path, source, reference):
    root = tmp_path / "archive"
    more = write_all(tmp_path / "more.jsonl", articles(3))
    with UpdateLock(root):   # another updater holds the archive
        proc = run_cli("update", root, more, *SETTING_ARGS)
    assert proc.returncode == 2
    assert f"another update is running (pid {os.getpid()})" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (root / "index.sqlite").exists()


def test_concurrent_updaters_the_second_is_refused_the_first_completes(tmp_path, source,
                                                                            reference):
    root = tmp_path / "archive"
    open_archive(root, create=True, settings=SETTINGS)
    first = start_cli("update", root, source, "-q")
    lock = root / "update.lock"
    assert _wait_for(lambda: lock.exists() and lock.read_text().strip() == str(first.pid),
                     first)
    second = run_cli("update", root, source, "-q")
    assert second.returncode == 2 and "another update is running" in second.stderr
    assert first.wait(timeout=600) == 0
    assert snapshot(root) == snapshot(reference)


def test_readers_keep_their_snapshot_while_an_update_writes(tmp_path, source):
    root = tmp_path / "archive"
    records = articles(24)
    update(root, [write_all(tmp_path / "a.jsonl", records[:20])], settings=SETTINGS)
    reader = sqlite3.connect(str(root / "index.sqlite"), isolation_level=None)
    reader.execute("BEGIN")
    before = reader.execute("SELECT count(*) FROM documents").fetchone()[0]
    result = update(root, [write_all(tmp_path / "b.jsonl", records[20:])], settings=SETTINGS)
    assert result.added == len(records) - 20   # the writer was not blocked by the reader
    assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == before == 20
    reader.execute("COMMIT")
    assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == len(records)
    assert reader.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    reader.close()


def test_corrupt_stage_files_are_misses(tmp_path, source, reference):
    root = tmp_path / "archive"
    update(root, [source], settings=SETTINGS)
    day = sorted((root / "days").rglob("*.parquet"))[3]
    day.write_bytes(day.read_bytes()[:100])
    pairs = sorted((root / "pairs").glob("*.parquet"))[5]
    pairs.write_bytes(b"PAR1 not really")
    story = sorted((root / "stories").rglob("*.json"))[0]
    story.write_text('{"version": "1", "documents": [')
    family = next((root / "families").glob("*.jsonl"))
    family.write_text('{"broken": ')
    for part in (root / "families").glob("renderings-*.parquet"):   # every story is read
        part.unlink()
    result = update(root, [], settings=SETTINGS)
    assert result.stories_analysed == 1 and not result.errors
    assert snapshot(root) == snapshot(reference)


def test_corrupt_index_or_settings_is_a_clear_error(tmp_path, source):
    root = tmp_path / "archive"
    update(root, [write_all(tmp_path / "a.jsonl", articles(4))], settings=SETTINGS)
    for suffix in ("-wal", "-shm"):
        try:
            os.unlink(str(root / "index.sqlite") + suffix)
        except OSError:
            pass
    (root / "index.sqlite").write_bytes(b"this is not a database" * 100)
    proc = run_cli("query", root, "copies")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "index.sqlite: archive index unreadable or corrupt" in proc.stderr
    (root / "archive.json").write_text("{")
    proc = run_cli("stats", root)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "archive.json: archive settings file is unreadable or corrupt" in proc.stderr


def test_corrupt_raw_batch_is_a_clear_error(tmp_path):
    root = tmp_path / "archive"
    update(root, [write_all(tmp_path / "a.jsonl", articles(4))], settings=SETTINGS)
    batch = next((root / "raw").rglob("*.jsonl"))
    batch.write_bytes(b"\xff\xfe{{{")
    for f in (root / "days").rglob("*.parquet"):
        f.unlink()
    proc = run_cli("update", root, tmp_path / "a.jsonl")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert f"{batch}: archive batch file unreadable" in proc.stderr


def test_progress_only_on_a_terminal(tmp_path):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    assert terminal_progress(io.StringIO()) is None
    screen = Terminal()
    update(tmp_path / "archive", [write_all(tmp_path / "a.jsonl", articles(4))],
           settings=SETTINGS, progress=terminal_progress(screen))
    shown = screen.getvalue()
    assert "articles: 1/" in shown and "/s, " in shown and "s left" in shown
    proc = run_cli("update", tmp_path / "piped", tmp_path / "a.jsonl", *SETTING_ARGS)
    assert proc.returncode == 0 and "\r" not in proc.stderr and "tasks" not in proc.stderr


def test_store_files_are_data_only():
    """Never pickle: the archive's modules do not import pickle, marshal or shelve."""
    folder = Path(__file__).resolve().parent.parent / "quotecheck" / "archive"
    for path in folder.glob("*.py"):
        text = path.read_text()
        for module in ("pickle", "marshal", "shelve", "dill"):
            assert f"import {module}" not in text, (path, module)
    assert json.loads((folder.parent.parent / "tests" / "data" / "archive.schema.json"
                       ).read_text())["properties"]["schema"]["const"] == "quotecheck-archive/1"


def test_an_archive_that_cannot_be_written_is_one_error_line(tmp_path):
    src = write_all(tmp_path / "a.jsonl", articles(1))
    proc = run_cli("update", src / "archive", src)      # below a file: not a folder
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert f"{src / 'archive'}: Not a directory" in proc.stderr
