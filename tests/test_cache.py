"""The source cache: hits on unchanged content, misses on a new salt, corrupt entries ignored."""
from quotecheck.cache import Cache, content_key, salt


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


def test_content_key_depends_on_text_and_identity():
    assert content_key("a", "b") != content_key("a", "c")
    assert content_key("ab", "c") != content_key("a", "bc")


def test_corrupt_entry_is_ignored_and_rebuilt(tmp_path):
    cache = Cache(tmp_path, "s")
    key = content_key("x")
    cache.put(key, [1])
    (tmp_path / "s" / f"{key}.pickle").write_bytes(b"\x80\x05garbage")
    assert cache.get(key) is None
    assert cache.get_or_compute(key, lambda: [2]) == [2]
    assert cache.get(key) == [2]


def test_disabled_cache_never_writes(tmp_path):
    cache = Cache(tmp_path / "c", "s", enabled=False)
    cache.put("k", 1)
    assert cache.get("k") is None and not (tmp_path / "c").exists()


def test_unwritable_folder_is_not_an_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = Cache(blocker, "s")  # a file where the folder should be
    assert cache.get_or_compute("k", lambda: 5) == 5


def test_salt_changes_with_plugins():
    assert salt(["a=1"]) != salt(["a=2"])
    assert len(salt()) == 16


def test_plain_entries_round_trip_and_survive_garbage(tmp_path):
    cache = Cache(tmp_path, "runs")
    cache.put("k", ("out", "err", None, 1), plain=True)
    assert cache.get("k", plain=True) == ("out", "err", None, 1)
    (tmp_path / "runs" / "k.pickle").write_bytes(b"\xff\x00junk")
    assert cache.get("k", plain=True) is None


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
    old = Cache(tmp_path, "old-salt")
    old.put("k", 1)
    runs = Cache(tmp_path, "runs")
    runs.put("r", ("o", "e", None, 0), plain=True)
    Cache(tmp_path, "new-salt").put("k", 2)
    assert not (tmp_path / "old-salt").exists()
    assert (tmp_path / "runs" / "r.pickle").exists() and (tmp_path / "new-salt").is_dir()


def test_run_results_are_capped(tmp_path, monkeypatch):
    import quotecheck.cache as qc

    monkeypatch.setattr(qc, "MAX_RUNS", 4)
    runs = Cache(tmp_path, "runs")
    for i in range(6):
        runs.put(f"r{i}", (str(i), "", None, 0), plain=True)
    assert len(list((tmp_path / "runs").iterdir())) <= 4
    assert runs.get("r5", plain=True) == ("5", "", None, 0)
