"""The source cache: hits on unchanged content, misses on a new salt, and nothing a repository
plants in ``.quotecheck_cache`` can run code, delete files or change a result (issue 17)."""
from __future__ import annotations

import functools
import json
import os
import pickle
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.cache import Cache, content_key, salt

ROOT = Path(__file__).resolve().parent.parent
DRAFT = ROOT / "tests" / "drafts" / "problems.md"
SEEDS = ROOT / "seeds"


pytestmark = pytest.mark.usefixtures("user_cache")  # a private key per test (conftest)


K1, K2 = content_key("one"), content_key("two")


def test_hit_after_put_and_miss_under_another_salt(tmp_path):
    cache = Cache(tmp_path / ".quotecheck_cache", "salt1")
    calls = []
    compute = lambda: calls.append(1) or {"keys": [1, 2, 3]}  # noqa: E731
    key = content_key("source", "a.txt", "text", "hello")
    assert cache.get_or_compute(key, compute) == {"keys": [1, 2, 3]}
    assert cache.get_or_compute(key, compute) == {"keys": [1, 2, 3]}
    assert len(calls) == 1 and cache.hits == 1 and cache.misses == 1
    other = Cache(tmp_path / ".quotecheck_cache", "salt2")
    assert other.get(key) is None
    assert (tmp_path / ".quotecheck_cache" / ".gitignore").exists()
    assert (tmp_path / ".quotecheck_cache" / "CACHEDIR.TAG").exists()


def test_content_key_depends_on_text_and_identity():
    assert content_key("a", "b") != content_key("a", "c")
    assert content_key("ab", "c") != content_key("a", "bc")


def test_corrupt_entry_is_ignored_and_rebuilt(tmp_path):
    cache = Cache(tmp_path / "c", "s")
    cache.put(K1, [1])
    (tmp_path / "c" / "s" / f"{K1}.json").write_bytes(b"\x80\x05garbage")
    assert cache.get(K1) is None
    assert cache.get_or_compute(K1, lambda: [2]) == [2]
    assert cache.get(K1) == [2]


def test_disabled_cache_never_writes(tmp_path):
    cache = Cache(tmp_path / "c", "s", enabled=False)
    cache.put(K1, 1)
    assert cache.get(K1) is None and not (tmp_path / "c").exists()


def test_unwritable_folder_is_not_an_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = Cache(blocker, "s")  # a file where the folder should be
    assert cache.get_or_compute(K1, lambda: 5) == 5


def test_salt_changes_with_plugins():
    assert salt(["a=1"]) != salt(["a=2"])
    assert len(salt()) == 16


def test_entries_round_trip_and_survive_garbage(tmp_path):
    cache = Cache(tmp_path / "c", "runs")
    cache.put(K1, ["out", "err", None, 1])
    assert cache.get(K1) == ["out", "err", None, 1]
    (tmp_path / "c" / "runs" / f"{K1}.json").write_bytes(b"\xff\x00junk")
    assert cache.get(K1) is None


def test_an_entry_moved_under_another_name_does_not_verify(tmp_path):
    cache = Cache(tmp_path / "c", "s")
    cache.put(K1, "for one")
    os.replace(tmp_path / "c" / "s" / f"{K1}.json", tmp_path / "c" / "s" / f"{K2}.json")
    assert cache.get(K2) is None


def test_run_key_changes_with_inputs_and_options(tmp_path):
    from quotecheck.cache import run_key

    draft = tmp_path / "d.md"
    draft.write_text("one")
    a = run_key(["--format=text"], [str(draft)], None)
    assert a == run_key(["--format=text"], [str(draft)], None)
    assert a != run_key(["--format=json"], [str(draft)], None)
    draft.write_text("two")
    assert a != run_key(["--format=text"], [str(draft)], None)


def test_entries_under_a_stale_salt_are_pruned(tmp_path):
    old = Cache(tmp_path / "c", "old-salt")
    old.put(K1, 1)
    runs = Cache(tmp_path / "c", "runs")
    runs.put("run-" + K2, ["o", "e", None, 0])
    Cache(tmp_path / "c", "new-salt").put(K1, 2)
    assert not (tmp_path / "c" / "old-salt").exists()
    assert (tmp_path / "c" / "runs" / f"run-{K2}.json").exists()
    assert (tmp_path / "c" / "new-salt").is_dir()


def test_run_results_are_capped(tmp_path, monkeypatch):
    import quotecheck.cache as qc

    monkeypatch.setattr(qc, "MAX_RUNS", 4)
    runs = Cache(tmp_path / "c", "runs")
    names = [f"run-{content_key(str(i))}" for i in range(6)]
    for i, name in enumerate(names):
        runs.put(name, [str(i), "", None, 0])
        os.utime(tmp_path / "c" / "runs" / f"{name}.json", (1000 + i, 1000 + i))
    assert len(list((tmp_path / "c" / "runs").glob("run-*.json"))) <= 4
    assert runs.get(names[5]) == ["5", "", None, 0]


# -- issue 17, defect 1: links and folders that are not the cache's own ----------------------
def _check(capsys, *extra):
    from quotecheck.cli import main

    code = main(["check", str(DRAFT), "--sources", str(SEEDS), *extra])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path, monkeypatch):
    folder = tmp_path / "project"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def _tree(folder: Path) -> dict:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.is_symlink()}


def test_a_cache_linked_to_the_parent_folder_deletes_nothing(tmp_path, project, capsys):
    expected = _check(capsys, "--no-cache")
    for name in ("sibling", "other"):
        (tmp_path / name / "deep").mkdir(parents=True)
        (tmp_path / name / "deep" / "keep.txt").write_text("keep me")
    (tmp_path / "note.txt").write_text("keep me too")
    (project / "docs").mkdir()
    (project / "docs" / "keep.txt").write_text("the project's own")
    (project / ".quotecheck_cache").symlink_to("..")
    before = _tree(tmp_path / "sibling"), _tree(tmp_path / "other"), _tree(project)
    code, out, err = _check(capsys)
    assert (code, out) == expected[:2]
    assert (_tree(tmp_path / "sibling"), _tree(tmp_path / "other"), _tree(project)) == before
    assert (project / ".quotecheck_cache").is_symlink()
    assert (tmp_path / "note.txt").read_text() == "keep me too"
    warnings = [line for line in err.splitlines() if "symbolic link" in line]
    assert len(warnings) == 1 and ".quotecheck_cache" in warnings[0]
    assert not any(p.name == "CACHEDIR.TAG" for p in tmp_path.iterdir())  # nothing written


def test_a_runs_link_to_another_folder_deletes_nothing(tmp_path, project, capsys, monkeypatch):
    import quotecheck.cache as qc

    monkeypatch.setattr(qc, "MAX_RUNS", 4)
    expected = _check(capsys)  # makes a real cache of quotecheck's own
    victim = tmp_path / "victim"
    victim.mkdir()
    for i in range(10):
        (victim / f"file{i}.txt").write_text(str(i))
        (victim / f"run-{content_key(str(i))}.json").write_text(str(i))  # entry-like names
    runs = project / ".quotecheck_cache" / "runs"
    for entry in runs.iterdir():
        entry.unlink()
    runs.rmdir()
    runs.symlink_to(victim)
    before = _tree(victim)
    code, out, err = _check(capsys, "--format", "json")  # another key: a fresh run
    assert code in (0, 1) and _tree(victim) == before
    assert sum("runs folder is a symbolic link" in line for line in err.splitlines()) == 1
    assert _check(capsys)[:2] == expected[:2]


def test_a_cache_folder_quotecheck_did_not_make_is_refused(project, capsys):
    expected = _check(capsys, "--no-cache")
    planted = project / ".quotecheck_cache"
    (planted / "important").mkdir(parents=True)
    (planted / "important" / "data.txt").write_text("precious")
    (planted / "runs").mkdir()
    (planted / "runs" / "mine.txt").write_text("precious too")
    code, out, err = _check(capsys)
    assert (code, out) == expected[:2]
    assert (planted / "important" / "data.txt").read_text() == "precious"
    assert (planted / "runs" / "mine.txt").read_text() == "precious too"
    assert sum("not made by quotecheck" in line for line in err.splitlines()) == 1
    assert sorted(p.name for p in planted.iterdir()) == ["important", "runs"]


def test_pruning_deletes_only_entry_files_in_marked_folders(tmp_path):
    Cache(tmp_path / "c", "old").put(K1, 1)
    (tmp_path / "c" / "old" / "notes.txt").write_text("mine")
    (tmp_path / "c" / "unmarked").mkdir()
    (tmp_path / "c" / "unmarked" / f"{K2}.json").write_text("not quotecheck's")
    Cache(tmp_path / "c", "new").put(K1, 2)
    assert (tmp_path / "c" / "old" / "notes.txt").read_text() == "mine"
    assert not (tmp_path / "c" / "old" / f"{K1}.json").exists()
    assert (tmp_path / "c" / "unmarked" / f"{K2}.json").read_text() == "not quotecheck's"


# -- issue 17, defect 2: entries are data, never code -------------------------------------
class _Planted:
    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_a_planted_pickle_entry_never_runs(tmp_path):
    from quotecheck.lint.drafts import prepare_source, prepare_sources
    from quotecheck.load.loader import load_paths

    doc = load_paths([str(SEEDS / sorted(os.listdir(SEEDS))[0])], role="source").documents[0]
    cache = Cache(tmp_path / "cache", "s")
    cache.put(content_key("unrelated"), 1)  # the folders are quotecheck's own
    marker = tmp_path / "pwned"
    key = content_key("source", doc.id, doc.format, doc.text)
    payload = pickle.dumps(_Planted(str(marker)))
    for name in (f"{key}.pickle", f"{key}.json"):
        (tmp_path / "cache" / "s" / name).write_bytes(payload)
    got = prepare_sources([doc], Cache(tmp_path / "cache", "s"))[doc.id]
    assert not marker.exists()
    assert got == prepare_source(doc)


def test_source_data_round_trips_through_json(tmp_path):
    from quotecheck.lint.drafts import prepare_source
    from quotecheck.lint.sourcecache import source_from_plain, source_to_plain
    from quotecheck.load.loader import load_paths

    for doc in load_paths([str(SEEDS)], role="source").documents:
        data = prepare_source(doc)
        cache = Cache(tmp_path / "c", "s")
        key = content_key(doc.id)
        cache.put(key, data, encode=source_to_plain)
        assert Cache(tmp_path / "c", "s").get(key, decode=source_from_plain) == data


def test_converter_fields_match_the_types():
    from dataclasses import fields

    from quotecheck.lint import sourcecache as sc
    from quotecheck.lint.figures import NounFigure
    from quotecheck.model import Quote
    from quotecheck.provenance.figures import Figure

    for cls, spec in ((Quote, sc.QUOTE_FIELDS), (Figure, sc.FIGURE_FIELDS),
                      (NounFigure, sc.NOUN_FIGURE_FIELDS)):
        assert [f.name for f in fields(cls)] == [name for name, _ in spec]


# -- issue 17, item 7: the reader never raises and gives a miss or a valid value --------------
_SCALAR = st.one_of(st.none(), st.booleans(), st.integers(-2, 3), st.floats(), st.text(max_size=4))


@functools.lru_cache(maxsize=1)
def _valid_plains() -> tuple:
    """A real source entry and a real run entry, as stored (the mutants' starting points)."""
    from quotecheck.lint.drafts import prepare_source
    from quotecheck.lint.sourcecache import source_to_plain
    from quotecheck.load.loader import load_text

    doc = load_text("\u201cWe will win,\u201d said Ann Smith. Nearly 40,000 rail workers "
                    "struck, up 4.5% on last year.", id="s")
    run = {"stdout": "out", "stderr": "", "output": None, "code": 1, "inputs": []}
    return source_to_plain(prepare_source(doc)), run


def _mutant(run: bool, where: int, value) -> bytes:
    """A valid entry with one value (chosen by ``where``) replaced by ``value``."""
    plain = json.loads(json.dumps(_valid_plains()[run]))
    slots, stack = [], [plain]
    while stack:
        node = stack.pop()
        for k in (range(len(node)) if isinstance(node, list) else list(node)):
            slots.append((node, k))
            if isinstance(node[k], (list, dict)):
                stack.append(node[k])
    node, k = slots[where % len(slots)]
    node[k] = value
    return json.dumps(plain).encode()


@settings(max_examples=1000, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(raw=st.binary(max_size=200), where=st.integers(-1, 500), value=_SCALAR,
       signed=st.booleans(), run=st.booleans())
def test_fuzz_the_entry_reader(tmp_path, raw, where, value, signed, run):
    from quotecheck.cache import HEADER
    from quotecheck.commands.replay import entry_from_plain
    from quotecheck.lint.sourcecache import SourceData, source_from_plain
    from quotecheck.lint.wordkeys import Key
    from quotecheck.resources.userkey import sign, user_key

    body = raw if where < 0 else _mutant(run, where, value)
    cache = Cache(tmp_path / "fuzz", "runs" if run else "s")
    name = f"run-{K1}" if run else K1
    if cache.folder and not cache.folder.exists():
        cache.put(K2, 0)
    mac = sign(user_key(), name, body) if signed else "0" * 64
    (cache.folder / f"{name}.json").write_bytes(HEADER + mac.encode() + b"\n" + body)
    got = cache.get(name, decode=entry_from_plain if run else source_from_plain)
    if got is None:
        return
    if run:
        assert got["code"] in (0, 1, 2) and isinstance(got["stdout"], str)
    else:
        assert isinstance(got, SourceData)
        assert all(type(k) is Key and type(k.start) is int for k in got.keys)


def test_a_figure_keeps_its_reporting_period_through_the_source_cache(tmp_path):
    """A cached source gives the same figures as a fresh one, their period included."""
    from quotecheck.lint.drafts import prepare_source
    from quotecheck.lint.sourcecache import source_from_plain, source_to_plain
    from quotecheck.load.loader import load_paths

    story = tmp_path / "claims.txt"
    story.write_text("Claims rose\n\nNew claims rose by 12,000 to 301,000 in the week ended "
                     "March 4, the ministry said on Thursday.\n", encoding="utf-8")
    doc = load_paths([str(story)], role="source").documents[0]
    data = prepare_source(doc)
    periods = [f.period for f, _context in data.figures]
    assert any(periods), periods
    assert source_from_plain(json.loads(json.dumps(source_to_plain(data)))) == data
