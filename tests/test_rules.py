"""Rule files: schema validation with file, line and key; families; RuleSet selection."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.errors import ConfigError
from quotecheck.rules.ruleset import SCOPES, RuleSet
from quotecheck.rules.ruletypes import RuleType, builtin_rule_types
from quotecheck.rules.schema import load_rules


class Words(RuleType):
    """A test type with a regex option (compiled safely) and a list option."""

    name = "words"
    options = {"pattern": str, "words": list[str], "limit": float}

    def compile(self, rule):
        super().compile(rule)
        if "pattern" in rule.options:
            return self.compile_regex(rule, rule.options["pattern"], "pattern")
        return None


TYPES = {t.name: t for t in [*builtin_rule_types(), Words()]}

RULE = """\
code = "{code}"
name = "{name}"
type = "words"
severity = "warning"
scope = "narration"
message = "found {{text}}"
what = "What the rule finds."
why = "Why it matters."
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def load(folder: Path, builtin: bool = False):
    return load_rules([folder], TYPES, builtin_roots=[folder] if builtin else [])


def one_error(folder: Path, builtin: bool = False) -> ConfigError:
    _, errors = load(folder, builtin)
    assert len(errors) == 1, [str(e) for e in errors]
    return errors[0]


def test_single_rule_file_loads(tmp_path):
    write(tmp_path, "a.toml", RULE.format(code="AB1", name="ab-one") + 'words = ["x"]\n')
    rules, errors = load(tmp_path)
    assert not errors
    rule = rules.get("AB1")
    assert rule.name == "ab-one" and rule.options["words"] == ["x"]
    assert rule.path.endswith("a.toml") and rule.line == 1
    assert rules.get("ab-one") is rule and rules.get("ab1") is rule


def test_family_file_with_defaults_and_examples(tmp_path):
    write(tmp_path, "fam.toml", """\
        type = "words"
        severity = "info"
        scope = "narration"
        licence = "MIT"

        [[rule]]
        code = "AB1"
        name = "ab-one"
        message = "m"
        what = "w"
        why = "y"
        [[rule.examples]]
        invalid = "bad text"
        valid = "good text"

        [[rule]]
        code = "AB2"
        name = "ab-two"
        severity = "error"
        message = "m"
        what = "w"
        why = "y"
        """)
    rules, errors = load(tmp_path)
    assert not errors
    one, two = rules.get("AB1"), rules.get("AB2")
    assert one.licence == "MIT" and one.severity == "info" and two.severity == "error"
    assert one.examples == ({"invalid": "bad text", "valid": "good text"},)
    assert (one.line, two.line) == (6, 16)


def test_data_folders_are_skipped(tmp_path):
    write(tmp_path, "data/words.toml", "words = ['a']\n")
    write(tmp_path, "sub/a.toml", RULE.format(code="AB1", name="ab-one"))
    rules, errors = load(tmp_path)
    assert not errors and [r.code for r in rules] == ["AB1"]


def test_malformed_toml_names_file_and_line_and_others_still_load(tmp_path):
    write(tmp_path, "a.toml", RULE.format(code="AB1", name="ab-one"))
    write(tmp_path, "b.toml", 'code = "AB2"\nname = = "x"\n')
    rules, errors = load(tmp_path)
    assert [r.code for r in rules] == ["AB1"]
    assert len(errors) == 1
    assert errors[0].path.endswith("b.toml") and errors[0].line == 2
    assert "b.toml:2" in str(errors[0])


@pytest.mark.parametrize("extra,key,line,fragment", [
    ("colour = 'red'\n", "colour", 9, "unknown key"),
    ("limit = 'high'\n", "limit", 9, "must be float"),
    ("words = [1, 2]\n", "words", 9, "must be list[str]"),
    ("pattern = '(a+)+b'\n", "pattern", 9, "nested quantifiers"),
    ("pattern = '(ab'\n", "pattern", 9, "invalid regular expression"),
    ("pattern = '(a)\\1'\n", "pattern", 9, "backreferences"),
    ("[[examples]]\nvalid = 'x'\nbogus = 1\n", "examples", 9, "unknown key 'bogus'"),
    ("[[examples]]\nnote = 'x'\n", "examples", 9, "neither valid nor invalid"),
])
def test_rule_errors_name_file_line_and_key(tmp_path, extra, key, line, fragment):
    write(tmp_path, "r.toml", RULE.format(code="AB1", name="ab-one") + extra)
    err = one_error(tmp_path)
    assert err.key == key and err.line == line and fragment in err.message, str(err)
    assert str(err).startswith(str(tmp_path / "r.toml") + f":{line}: {key}: ")


@pytest.mark.parametrize("field,value,fragment", [
    ("severity", "fatal", "one of error, warning, info"),
    ("scope", "everywhere", "one of " + ", ".join(SCOPES)),
    ("name", "NotKebab", "kebab-case"),
    ("type", "nonesuch", "unknown rule type"),
    ("code", "QC101", "reserved"),
    ("code", "abc1", "capital letters"),
    ("message", "bad {", "invalid template"),
    ("message", "bad {0}", "plain name"),
    ("what", "  ", "must not be empty"),
])
def test_common_key_validation(tmp_path, field, value, fragment):
    text = RULE.format(code="AB1", name="ab-one")
    lines = [f'{field} = "{value}"' if ln.startswith(field + " =") else ln
             for ln in text.splitlines()]
    write(tmp_path, "r.toml", "\n".join(lines) + "\n")
    err = one_error(tmp_path)
    assert err.key == field and fragment in err.message, str(err)
    assert err.line == next(i for i, ln in enumerate(lines, 1) if ln.startswith(field))


def test_missing_key_and_wrong_type(tmp_path):
    write(tmp_path, "a.toml", RULE.format(code="AB1", name="ab-one").replace(
        'why = "Why it matters."\n', ""))
    err = one_error(tmp_path)
    assert err.key == "why" and "missing" in err.message
    write(tmp_path, "a.toml", RULE.format(code="AB1", name="ab-one").replace(
        'severity = "warning"', "severity = 3"))
    err = one_error(tmp_path)
    assert err.key == "severity" and "must be a str" in err.message


def test_builtin_rules_must_use_qc(tmp_path):
    write(tmp_path, "a.toml", RULE.format(code="AB1", name="ab-one"))
    err = one_error(tmp_path, builtin=True)
    assert err.key == "code" and "QC" in err.message
    write(tmp_path, "a.toml", RULE.format(code="QC1", name="ab-one"))
    rules, errors = load(tmp_path, builtin=True)
    assert not errors and rules.get("QC1")


def test_duplicate_code_and_name_across_files(tmp_path):
    write(tmp_path, "a.toml", RULE.format(code="AB1", name="ab-one"))
    write(tmp_path, "b.toml", RULE.format(code="AB1", name="ab-two"))
    write(tmp_path, "c.toml", RULE.format(code="AB3", name="ab-one"))
    rules, errors = load(tmp_path)
    assert [r.code for r in rules] == ["AB1"]
    assert {(Path(e.path).name, e.key) for e in errors} == {("b.toml", "code"),
                                                             ("c.toml", "name")}
    assert all("duplicate" in e.message and "a.toml" in e.message for e in errors)


def test_one_broken_rule_in_a_family_keeps_the_others(tmp_path):
    write(tmp_path, "fam.toml", """\
        [[rule]]
        code = "AB1"
        name = "ab-one"
        type = "words"
        severity = "warning"
        scope = "narration"
        message = "m"
        what = "w"
        why = "y"

        [[rule]]
        code = "AB2"
        name = "ab-two"
        type = "words"
        severity = "loud"
        scope = "narration"
        message = "m"
        what = "w"
        why = "y"
        """)
    rules, errors = load(tmp_path)
    assert [r.code for r in rules] == ["AB1"]
    assert errors[0].line == 15 and errors[0].key == "severity"


def test_rule_type_compile_errors_get_file_and_line(tmp_path):
    write(tmp_path, "r.toml", """\
        code = "AB1"
        name = "ab-one"
        type = "substitution"
        severity = "info"
        scope = "document"
        message = "m"
        what = "w"
        why = "y"
        variants = "no-such-map"
        """)
    err = one_error(tmp_path)
    assert err.key == "variants" and err.line == 9 and "no data file" in err.message


def test_missing_file_is_an_error(tmp_path):
    _, errors = load_rules([tmp_path / "absent.toml"], TYPES)
    assert errors and "absent.toml" in str(errors[0])


def _set(*specs) -> RuleSet:
    from quotecheck.rules.ruleset import Rule

    rules = [Rule(code=c, name=n, type=t, severity=s, scope="quote", message="m",
                  what="w", why="y", category=cat, kinds=tuple(kinds))
             for c, n, t, s, cat, kinds in specs]
    return RuleSet(rules, types=TYPES)


def test_select_and_ignore_take_codes_prefixes_and_names():
    rs = _set(("QC101", "a-one", "quote-drift", "info", "orthographic", ()),
              ("QC103", "a-three", "quote-drift", "warning", "wording", ()),
              ("QC201", "b-one", "garble", "warning", "garble", ()),
              ("EX1", "ex-one", "words", "info", None, ()))
    assert [r.code for r in rs.enabled()] == ["QC101", "QC103", "QC201", "EX1"]
    assert [r.code for r in rs.with_selection("QC1").enabled()] == ["QC101", "QC103"]
    assert [r.code for r in rs.with_selection(["QC1"], "a-three").enabled()] == ["QC101"]
    assert [r.code for r in rs.with_selection(None, "QC,EX1").enabled()] == []
    assert [r.code for r in rs.with_selection("b-one,EX1").enabled()] == ["QC201", "EX1"]
    assert [r.code for r in rs.with_selection("ALL", "qc201").enabled()] == \
        ["QC101", "QC103", "EX1"]
    assert not rs.with_selection("QC10").is_enabled("QC201")
    assert rs.unknown_selectors("QC1,QC9,nonesuch,a-one") == ["QC9", "nonesuch"]
    assert [r.code for r in rs.by_type("quote-drift")] == ["QC101", "QC103"]


def test_match_by_type_category_and_kind():
    rs = _set(("QC101", "orth", "quote-drift", "info", "orthographic", ()),
              ("QC103", "word", "quote-drift", "warning", "wording", ()),
              ("QC201", "frag", "garble", "warning", "garble", ("orphaned-fragment",)),
              ("QC202", "debris", "garble", "info", "garble", ("bracket-debris",)),
              ("QC401", "num", "number", "warning", "number", ()))
    assert rs.match("quote-drift", "wording").code == "QC103"
    assert rs.match("quote-drift", "meaning") is None  # two rules, none of that category
    assert rs.match("garble", "garble", "bracket-debris").code == "QC202"
    assert rs.match("garble", "garble", "orphaned-fragment").code == "QC201"
    assert rs.match("garble", "orphaned-fragment").code == "QC201"  # kind as category
    assert rs.match("garble", "garble", "something-new").code == "QC202"  # least severe
    assert rs.match("number", "anything").code == "QC401"  # the only rule of its type
    assert rs.match("nonesuch", "x") is None


def test_shipped_rules_are_documented_and_load_cleanly():
    from quotecheck.plugins.manager import build_plugin_manager, load_ruleset

    pm = build_plugin_manager(autoload=False)
    rules, errors = load_ruleset(None, pm)
    assert not errors, [str(e) for e in errors]
    assert len(rules) >= 15
    for rule in rules:
        assert len(rule.what) >= 30 and len(rule.why) >= 30, f"{rule.code} lacks what/why"
        assert rule.examples, f"{rule.code} has no examples"
        assert rule.code.startswith("QC"), rule.code
    orth = [r for r in rules if r.category == "orthographic" or r.type == "substitution"]
    assert orth and all(r.severity == "info" for r in orth)


def test_documentation_check_catches_a_rule_without_why(tmp_path):
    write(tmp_path, "a.toml", RULE.format(code="AB1", name="ab-one").replace(
        'why = "Why it matters."', 'why = ""'))
    assert one_error(tmp_path).key == "why"


def test_binary_rule_file_is_an_error_not_a_crash(tmp_path):
    (tmp_path / "bin.toml").write_bytes(b"code = \"\xff\xfe\"\n")
    err = one_error(tmp_path)
    assert err.path.endswith("bin.toml") and "UTF-8" in err.message


_PIECES = ['code = "AB1"\n', 'name = "ab-one"\n', 'type = "words"\n', 'severity = "info"\n',
           'scope = "quote"\n', 'message = "m {x}"\n', 'what = "w"\n', 'why = "y"\n',
           "[[rule]]\n", "[[rule.examples]]\n", "[[examples]]\n", 'valid = "v"\n',
           "pattern = '(a+)+'\n", "words = [1, 2]\n", "limit = 2\n", "= broken\n",
           'code = 5\n', '[rule]\n', 'kinds = ["k"]\n', 'sources = ["s"]\n', '"\n']


@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_loading_arbitrary_rule_text_never_raises(tmp_path_factory, pieces):
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "r.toml").write_text("".join(pieces), encoding="utf-8")
    rules, errors = load_rules([folder], TYPES, builtin_roots=[])
    for err in errors:
        assert isinstance(err, ConfigError) and err.path.endswith("r.toml")
        assert err.line is None or 1 <= err.line <= max(1, len(pieces))
    for rule in rules:
        assert rule.code and rule.name and rule.what and rule.why
