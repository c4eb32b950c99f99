"""frame22 (issue 15, framing precision): an emotive speech verb inside the clause of a doubt
verb is the claimant's characterisation ('She claimed he sneered: ...'), not the narrator's.
Snippets of our own; the narrator's own emotive verb, and one after a doubt verb's clause
has ended, stay warnings. (The referent contexts of this change are data, with examples run
by tests/test_framing_referents.py.)"""
import pytest

from framing_helpers import flagged


@pytest.mark.parametrize("text", [
    'She claimed he sneered: "Off you go, then" and she pushed him away in panic.',
    "The officer claimed that the sergeant had sneered at her before the fight.",
    "He alleged the manager scoffed at his complaint.",
])
def test_an_emotive_verb_in_a_claim_is_the_claimants(ruleset, text):
    assert not [w for c, w in flagged(ruleset, text, "QC302")], text


@pytest.mark.parametrize("text", [
    'The sergeant sneered: "Off you go, then," the officer said in court on Monday.',
    "She claimed the sergeant was late, but he sneered at her in reply.",
])
def test_the_narrators_emotive_verb_stays_a_warning(ruleset, text):
    assert [w for c, w in flagged(ruleset, text, "QC302")], text
