"""Severity follows confidence (issue 15): loaded labels and evaluative words whose loaded
reading depends on the referent are info in a context of plain use and warnings where the
context shows a side taken. The examples of every ``[[contexts]]`` table of
rules/data/framing-referents.toml run here (snippets of our own)."""
import pytest

from framing_helpers import at_info_only, flagged, infos, warnings
from quotecheck.resources.ruledata import load_data


def _cases():
    data = load_data("framing-referents")
    for i, ctx in enumerate(data["contexts"]):
        for j, ex in enumerate(ctx.get("examples", ())):
            kind = "info" if "info" in ex else "warning"
            policy = ctx.get("policy") == "first-exposure"
            yield pytest.param(kind, ex[kind], ex["word"], policy, id=f"{i}-{j}-{kind}")


def test_every_context_is_documented_and_has_both_kinds_of_example():
    data = load_data("framing-referents")
    assert data["what"] and data["why"] and data["licence"] == "MIT"
    for ctx in data["contexts"]:
        assert ctx["name"] and ctx["what"] and ctx["why"] and ctx["note"] and ctx["words"]
        kinds = {("info" if "info" in ex else "warning") for ex in ctx["examples"]}
        assert kinds == {"info", "warning"}, ctx["name"]
        for ex in ctx["examples"]:       # an info example shows one of the table's words
            assert "info" not in ex or ex["word"].lower() in ctx["words"], ex


@pytest.mark.parametrize("kind, text, word, policy", list(_cases()))
def test_context_examples(ruleset, kind, text, word, policy):
    """A context's info example is info; its warning example is a word the context does not
    lower (a weak class's default, the first-exposure policy, counted as the warning it would
    otherwise be, except for that policy's own tables)."""
    warned = [w for _, w in (warnings if policy else flagged)(ruleset, text, "QC33")]
    if kind == "info":
        assert word not in warned, text
        assert word in [w for _, w in infos(ruleset, text, "QC33")], text
    else:
        assert word in warned, text


@pytest.mark.parametrize("text, code, word", [
    ("The regime released two prisoners on Monday.", "QC330", "regime"),
    ("The launch of the new ferry was a fiasco from the first day.", "QC331", "fiasco"),
    ("Critics mocked the so-called reforms as a sham.", "QC321", "so-called"),
])
def test_an_info_by_the_first_exposure_policy_alone_is_no_contexts_info(ruleset, text, code,
                                                                       word):
    """A word at info for no reason but its weak class's default (or a plain 'so-called',
    info by its rule) is what a context test must not mistake for its own info: flagged()
    lists it and at_info_only() is False, so a test of a context fails when the context stops
    applying, whatever the word's class."""
    assert (code, word) in infos(ruleset, text, code)
    assert (code, word) in flagged(ruleset, text, code)
    assert not at_info_only(ruleset, text, code, word)


@pytest.mark.parametrize("text", [
    'He beat the law more often than Marino, the so-called "Velvet Boss" who won two acquittals.',
    "Recordings in which the so-called Oddcount was heard talking calmly convinced the jury.",
    "During that so-called Harvest Revolution, the speaker pushed a tax plan.",
])
def test_so_called_before_a_nickname_is_a_term_at_info(ruleset, text):
    assert flagged(ruleset, text, "QC321") == []
    assert [w for _, w in infos(ruleset, text, "QC321")] == ["so-called"]


@pytest.mark.parametrize("text", [
    "The so-called Islamic State claimed the attack.",
    "The rebels set up a so-called Liberation Front in the hills.",
    "Critics mocked the so-called reforms as a sham.",
])
def test_so_called_before_a_group_or_a_common_noun_stays_a_warning(ruleset, text):
    assert [w for _, w in flagged(ruleset, text, "QC321")] == ["so-called"]


def test_a_ruler_the_report_calls_deposed_has_a_rule_on_the_record(ruleset):
    text = ("The orphanages are a legacy of Ion Marescu, the longtime dictator who was deposed "
            "in a revolt. Thousands of children were institutionalized during Marescu's regime.")
    assert flagged(ruleset, text, "QC330") == []
    assert ("QC330", "dictator") in flagged(
        ruleset, "The dictator who was elected in 2010 arrested the opposition.", "QC330")


@pytest.mark.parametrize("text", [
    "New rules brought in by the so-called Liberal government mean schools will change.",
    'Advisers have another way to cut pensions: the so-called "Falcon Plan," which would end them.',
])
def test_so_called_before_a_government_or_a_plan_stays_a_warning(ruleset, text):
    assert [w for _, w in flagged(ruleset, text, "QC321")] == ["so-called"]
