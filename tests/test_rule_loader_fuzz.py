"""The rule loader never raises on hostile rule files (issue 17): arbitrary TOML-ish text and
arbitrary regular expressions give either a loaded rule or a ConfigError naming the file."""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.errors import ConfigError

HEADER = ('code = "XQ7"\nname = "fuzzed"\ntype = "existence"\nseverity = "info"\n'
          'scope = "narration"\nmessage = "m"\nwhat = "w"\nwhy = "y"\n')
FUZZ = settings(max_examples=1000, derandomize=True, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow])
TEXT = st.characters(blacklist_categories=("Cs",))
REGEX_CHARS = st.sampled_from(list("ab.*+?|()[]{}^$\\-,0123456789wsdSWDbB:=!<>P'\" \n\t"))
TOML_TOKENS = st.lists(st.sampled_from(list("abc=[]{}\"'\\.,#\n \t0123456789-_+:")
                                       + ["patterns", "code", "true", "'" * 3, '"' * 3]),
                        max_size=40).map("".join)


def toml_string(value: str) -> str:
    """A TOML basic string holding ``value`` exactly."""
    out = []
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


_TYPES: list = []
_FOLDER: list = []


def fresh_file(kind: str) -> Path:
    """A new file name per example in one folder (a folder per example is slow)."""
    import tempfile

    if not _FOLDER:
        _FOLDER.append(Path(tempfile.mkdtemp(prefix="qc-fuzz-")))
    _FOLDER.append(None)
    return _FOLDER[0] / f"{kind}-{len(_FOLDER)}.toml"


def load(path: Path):
    from quotecheck.plugins.manager import get_plugin_manager
    from quotecheck.rules.schema import load_rules

    if not _TYPES:
        _TYPES.append(get_plugin_manager().rule_types())
    return load_rules([path], _TYPES[0], builtin_roots=[])


@FUZZ
@given(pattern=st.one_of(st.text(REGEX_CHARS, max_size=40), st.text(TEXT, max_size=20)))
def test_arbitrary_patterns_load_or_fail_cleanly(pattern):
    path = fresh_file("pattern")
    path.write_text(HEADER + f"patterns = [{toml_string(pattern)}]\n", encoding="utf-8")
    rules, errors = load(path)
    assert len(rules) + len(errors) == 1
    for err in errors:
        assert isinstance(err, ConfigError)
        text = str(err)
        assert path.name in text and "patterns" in text and "\n" not in text


@FUZZ
@given(body=st.one_of(TOML_TOKENS, st.text(TEXT, max_size=60)))
def test_arbitrary_rule_files_load_or_fail_cleanly(body):
    path = fresh_file("rule")
    path.write_text(HEADER + body, encoding="utf-8")
    rules, errors = load(path)
    for err in errors:
        assert isinstance(err, ConfigError)
        assert path.name in str(err) and "\n" not in str(err)
    assert errors or len(rules) == 1
