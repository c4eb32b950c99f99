"""Severity follows confidence (issue 15): loaded labels and evaluative words whose loaded
reading depends on the referent are info in a context of plain use and warnings where the
context shows a side taken. The examples of every ``[[contexts]]`` table of
rules/data/framing-referents.toml run here (snippets of our own)."""
import pytest

from framing_helpers import (assert_context_example, assert_contexts_documented, at_info_only,
                             context_cases, flagged, infos)


def test_every_context_is_documented_and_has_both_kinds_of_example():
    assert_contexts_documented("framing-referents")


@pytest.mark.parametrize("kind, text, word, policy", list(context_cases("framing-referents")))
def test_context_examples(ruleset, kind, text, word, policy):
    """A context's info example is info; its warning example is a word the context does not
    lower (framing_helpers.assert_context_example)."""
    assert_context_example(ruleset, kind, text, word, policy)


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
