"""Ideology nouns used as categories in analytic prose (issue 15): 'fascists typically ...',
'necessary for fascists to succeed', 'other fascist takeovers' are info; the same words
pinned on people the report names stay warnings. The examples of every ``[[contexts]]``
table of rules/data/framing-ideologies.toml run here (snippets of our own)."""
import pytest

from framing_helpers import (assert_context_example, assert_contexts_documented, context_cases,
                             flagged)


def test_every_context_is_documented_and_has_both_kinds_of_example():
    assert_contexts_documented("framing-ideologies")


@pytest.mark.parametrize("kind, text, word, policy", list(context_cases("framing-ideologies")))
def test_context_examples(ruleset, kind, text, word, policy):
    assert_context_example(ruleset, kind, text, word, policy)


@pytest.mark.parametrize("text, word", [
    ("About 50 fascists pushed toward the stage during the rally.", "fascists"),
    ("The governor's fascist allies met in the capital.", "fascist"),
    ("The governor and other fascist leaders met in the capital.", "fascist"),
])
def test_a_label_pinned_on_people_stays_a_warning(ruleset, text, word):
    assert word in [w for _, w in flagged(ruleset, text, "QC33")], text
