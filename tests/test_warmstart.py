"""The warm start (quotecheck.resources.warmstart.WarmStart): stored regex programs and parsed
TOML give exactly what compiling and parsing afresh give, and a run with it reports the same."""
from __future__ import annotations

import re

import pytest

from quotecheck.resources import ruledata
from quotecheck.resources.warmstart import WarmStart

PATTERNS = [
    (r"(?P<verb>said|told|added)\s+(?P<who>[A-Z]\w+)", 0),
    (r"\b(?:colou?r|revolution)s?\b", re.IGNORECASE),
    (r"^\s*#+\s*(.*)$", re.MULTILINE),
    (r"(?<!\w)«([^»]{1,200})»", re.UNICODE | re.DOTALL),
    (rb"\x00+[a-f0-9]{2,8}", 0),
    (r"(?x) a  b # comment\n c", 0),
    (r"(?i)straße|stras(?=se)", 0),
]


def _fresh(pattern, flags):
    re.purge()
    return re.compile(pattern, flags)


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_replayed_regex_equals_fresh_compile(tmp_path, pattern, flags):
    expected = _fresh(pattern, flags)
    with WarmStart(tmp_path):  # first process: derives and stores
        first = _fresh(pattern, flags)
    with WarmStart(tmp_path) as warm:  # second process: replays
        assert warm.regex, "nothing was stored"
        second = _fresh(pattern, flags)
        assert not warm.dirty  # a replay, not a fresh derivation
    assert first == expected and second == expected  # Pattern equality compares the program
    assert second.groupindex == expected.groupindex and second.groups == expected.groups
    assert second.flags == expected.flags
    subject = b"\x00\x00ab12" if isinstance(pattern, bytes) else "Colour said Putin « x »"
    assert [m.span() for m in second.finditer(subject)] == \
        [m.span() for m in expected.finditer(subject)]


def test_invalid_pattern_still_raises(tmp_path):
    with WarmStart(tmp_path):
        re.purge()
        with pytest.raises(re.error):
            re.compile(r"(unclosed")


def test_toml_replay_is_a_fresh_equal_object(tmp_path):
    path = tmp_path / "x.toml"
    path.write_text('a = [1, 2]\n[b]\nc = "d"\n', encoding="utf-8")
    expected = ruledata.parse_toml(path)
    with WarmStart(tmp_path / "cache"):
        assert ruledata.parse_toml(path) == expected
    with WarmStart(tmp_path / "cache") as warm:
        got = ruledata.parse_toml(path)
        got["a"].append(3)
        assert ruledata.parse_toml(path) == expected  # callers' changes do not leak
        assert not warm.dirty
    assert ruledata._toml_memo is None  # uninstalled on exit


def test_toml_errors_unchanged(tmp_path):
    from quotecheck.errors import ConfigError

    path = tmp_path / "bad.toml"
    path.write_text("a = \n", encoding="utf-8")
    with WarmStart(tmp_path / "cache"):
        with pytest.raises(ConfigError) as err:
            ruledata.parse_toml(path)
    assert "bad.toml" in str(err.value)


def test_corrupt_store_is_ignored(tmp_path):
    with WarmStart(tmp_path) as warm:
        path = warm.path
        _fresh(r"abc+", 0)
    path.write_bytes(b"not marshal data")
    with WarmStart(tmp_path) as warm:
        assert _fresh(r"abc+", 0) == re.compile(r"abc+")
    assert path.stat().st_size > len(b"not marshal data")  # rewritten


def test_check_same_output_with_and_without_warm_start(tmp_path, monkeypatch, capsys):
    import shutil
    from pathlib import Path

    from quotecheck.cli import main

    root = Path(__file__).resolve().parent.parent
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    monkeypatch.chdir(tmp_path)
    draft = str(root / "tests" / "drafts" / "problems.md")
    args = ["check", draft, "--sources", str(root / "seeds"), "--format", "json", "--no-cache"]
    code0 = main(args)
    cold = capsys.readouterr().out
    outs = []
    for _ in range(2):  # the first run stores, the second replays
        re.purge()
        shutil.rmtree(tmp_path / ".quotecheck_cache", ignore_errors=True)  # no run replay
        code = main(args[:-1] + ["--quiet"])
        outs.append((code, capsys.readouterr().out))
    assert (tmp_path / "user-cache" / "quotecheck").is_dir()
    assert outs[0] == outs[1] == (code0, cold)


def test_a_store_of_another_format_is_removed_on_save(tmp_path):
    stale = tmp_path / "check-cpython-0-0-0.marshal"
    stale.write_bytes(b"old")
    other = tmp_path / "compare-cpython-0-0-0.marshal"
    other.write_bytes(b"other command")
    with WarmStart(tmp_path, "check") as warm:
        _fresh(r"x+y", 0)
    assert warm.path.exists() and not stale.exists() and other.exists()


def test_past_the_size_cap_a_save_keeps_only_what_the_run_used(tmp_path, monkeypatch):
    import quotecheck.resources.warmstart as warmstart

    with WarmStart(tmp_path) as warm:
        _fresh(r"old(?:er)+", 0)
    monkeypatch.setattr(warmstart, "WARM_MAX_BYTES", 1)
    with WarmStart(tmp_path) as warm:
        _fresh(r"new(?:er)+", 0)
    with WarmStart(tmp_path) as warm:
        assert {p for p, _ in warm.regex} == {r"new(?:er)+"}


def test_derived_values_are_dropped_when_the_code_changes(tmp_path, monkeypatch):
    from quotecheck.resources import signature
    from quotecheck.resources.warmstart import remembered

    with WarmStart(tmp_path):
        assert remembered("k", lambda: [1]) == [1]
        _fresh(r"kept(?:er)+", 0)
    with WarmStart(tmp_path):
        assert remembered("k", lambda: [2]) == [1]  # replayed
    monkeypatch.setattr(signature, "code_signature", lambda: "edited")
    with WarmStart(tmp_path) as warm:
        assert remembered("k", lambda: [3]) == [3]  # derived afresh
        assert (r"kept(?:er)+", 0) in warm.regex  # programs depend on Python only


def test_missing_regex_internals_fall_back_to_re(tmp_path, monkeypatch):
    import types

    import quotecheck.resources.warmstart as warmstart

    compiler, parser, sre = warmstart._regex_internals()
    without_code = types.SimpleNamespace(SRE_FLAG_DEBUG=compiler.SRE_FLAG_DEBUG)  # no _code
    monkeypatch.setattr(warmstart, "_regex_internals", lambda: (without_code, parser, sre))
    warm = WarmStart(tmp_path)
    warm._saved_compile = compiler.compile
    assert warm.compile(r"fall(?:back)+", re.I) == re.compile(r"fall(?:back)+", re.I)
    assert not warm.dirty  # re's own compile answered; nothing stored
    with pytest.raises(re.error):
        warm.compile(r"(unclosed", 0)


# -- issue 17, defect 4: a poisoned store must not change a result ---------------------------
def _never_matching_program() -> list:
    from quotecheck.resources.warmstart import _regex_internals

    compiler, parser, _sre = _regex_internals()
    return [int(c) for c in compiler._code(parser.parse("(?!)", 0), 0)]


def _poison(store) -> int:
    """Replace every stored regex program by one that never matches (in the store's own
    format: signed JSON now, marshal before issue 17); returns how many were altered."""
    import base64
    import json
    import marshal
    from array import array

    program = _never_matching_program()
    if store.suffix == ".marshal":
        data = marshal.loads(store.read_bytes())
        data["regex"] = {k: (e[0], program, e[2], e[3], e[4]) for k, e in data["regex"].items()}
        store.write_bytes(marshal.dumps(data))
        return len(data["regex"])
    header, line, values = store.read_bytes().split(b"\n", 2)
    doc = json.loads(line)
    code = base64.b64encode(array("I", program).tobytes()).decode()
    for entry in doc["regex"]:
        entry[4] = code
    store.write_bytes(header + b"\n" + json.dumps(doc).encode() + b"\n" + values)
    return len(doc["regex"])


def test_an_altered_store_entry_gives_the_findings_of_a_fresh_run(tmp_path):
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "user-cache"))
    args = [sys.executable, "-m", "quotecheck", "check", str(root / "tests" / "drafts" /
                                                            "problems.md"),
            "--sources", str(root / "seeds"), "--format", "json"]

    def run(*extra):
        shutil.rmtree(tmp_path / ".quotecheck_cache", ignore_errors=True)  # no run replay
        proc = subprocess.run(args + list(extra), cwd=tmp_path, env=env, capture_output=True,
                              text=True, timeout=120)
        return proc.returncode, proc.stdout

    fresh = run("--no-cache")
    assert fresh[0] == 1 and len(__import__("json").loads(fresh[1])["findings"]) == 6
    assert run() == fresh  # stores
    stores = [p for p in (tmp_path / "user-cache" / "quotecheck").iterdir()
              if p.name.startswith("check-")]
    assert stores and sum(_poison(p) for p in stores) > 10
    assert run() == fresh


def test_stored_values_keep_tuples_and_skip_what_json_cannot_hold(tmp_path):
    from quotecheck.resources.warmstart import remembered

    value = {"a": (1, ("x", None)), "b": [1.5, True]}
    with WarmStart(tmp_path):
        assert remembered("t", lambda: value) == value
        assert remembered("s", lambda: {1, 2}) == {1, 2}
    with WarmStart(tmp_path):
        got = remembered("t", lambda: pytest.fail("not replayed"))
        assert got == value and type(got["a"][1]) is tuple
        assert remembered("s", lambda: {3}) == {3}  # never stored: computed again


def test_without_a_usable_key_nothing_is_replayed(tmp_path):
    from quotecheck.resources import userkey
    from quotecheck.resources.warmstart import remembered

    with WarmStart(tmp_path):
        remembered("k", lambda: [1])
    key = tmp_path / userkey.KEY_NAME
    key.chmod(0o644)  # readable by others: not a secret any more
    userkey.forget_keys()
    try:
        with WarmStart(tmp_path):
            assert remembered("k", lambda: [2]) == [2]
    finally:
        userkey.forget_keys()


def test_a_remembered_digest_still_sees_an_edit_with_the_same_size_and_mtime(tmp_path,
                                                                             monkeypatch):
    import os

    from quotecheck.resources import signature

    monkeypatch.setattr(signature, "RACY_NS", -1)  # remember even a fresh file's digest
    path = tmp_path / "words.txt"
    path.write_text("bombshell\n")
    memo: dict = {}
    signature.set_digest_memo(memo)
    try:
        before = signature.file_digest(str(path))
        assert str(path) in memo and signature.file_digest(str(path)) == before
        st = path.stat()
        path.write_text("bombshelx\n")
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
        assert signature.file_digest(str(path)) != before
    finally:
        signature.set_digest_memo(None)


def test_a_safe_pattern_is_checked_once_and_an_unsafe_one_every_time(tmp_path, monkeypatch):
    """compile_safe remembers a safe verdict across processes (the furniture, chrome and
    rule patterns are checked once, not by every run); an unsafe pattern still raises."""
    from quotecheck.resources import regexsafe

    checked = []
    real = regexsafe.check_pattern
    monkeypatch.setattr(regexsafe, "check_pattern",
                        lambda p, f=0: checked.append(p) or real(p, f))
    for _ in range(2):   # two processes
        with WarmStart(tmp_path):
            assert regexsafe.compile_safe(r"\bby\s+\w+", re.I).search("Story by Ann")
            with pytest.raises(regexsafe.UnsafePattern):
                regexsafe.compile_safe(r"(a+)+$")
    assert checked == [r"\bby\s+\w+", r"(a+)+$", r"(a+)+$"]
