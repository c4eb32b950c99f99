"""frame23 (issue 15): 'claims' as the object of a third-person verb is a noun; the claimant
of a participle after a comma is the main clause's subject, not the word before the comma."""
from __future__ import annotations

import pytest

from quotecheck.framing.accounts import _clause_subject
from quotecheck.framing.verbcontext import is_verb_use
from test_framing_accounts import story_findings


def _use(text, word="claims"):
    start = text.index(" " + word) + 1
    return is_verb_use(text, start, word, "claim")


@pytest.mark.parametrize("text", [
    "Budget reversal fuels claims that the agency overstated the cuts",
    "New memo sparks claims that the count was rushed",
    "The ministry denies claims that troops fired first.",
    "The council rejects claims that the park will close.",
    "The regulator investigates claims that prices were fixed.",
    "Report dismisses claims that the bridge is unsafe",
])
def test_claims_after_a_third_person_verb_is_a_noun(text):
    assert _use(text) is False


@pytest.mark.parametrize("text", [
    "The minister claims that the fund was looted.",
    "Mayor Roe claims that the bridge is unsafe.",
    "The company now claims that prices were fixed.",
    "A new report claims that the count was rushed.",
])
def test_a_subject_before_claims_keeps_the_verb(text):
    assert _use(text) is True


@pytest.mark.parametrize("head, subject", [
    ("He also declined to attend the opening of a new embassy in Oslo", None),
    ("The owners of the river lease oppose the dam", "owner"),
    ("Earlier Monday, Finance Minister Jan Roe vowed a swift response to the union", "roe"),
    ("Farmers blocked the road to the port", "farmer"),
])
def test_the_claimant_of_a_participle_is_the_clause_subject(head, subject):
    assert _clause_subject(head) == subject


def test_a_participle_after_a_place_does_not_take_the_place_as_claimant(ruleset):
    # a peer gives Oslo as speaker of the same words: before frame23 the claimant of
    # 'claiming' was 'oslo' (the word before the comma) and matched it as drift
    peer = "Oslo said on Tuesday that the new bridge had been built with cheap steel."
    ours = ("The senator declined to visit the new bridge in Oslo, claiming the new bridge "
            "had been built with cheap steel.")
    found = story_findings(ruleset, [peer, ours])
    assert found == [(1, "info", "claiming")]
