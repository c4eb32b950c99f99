"""frame23 (issue 15): 'claims' as the object of a third-person verb is a noun, not the verb
('Rollback fuels claims that ...'), while 'The minister claims that ...' stays a verb."""
from __future__ import annotations

import pytest

from quotecheck.framing.verbcontext import is_verb_use


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
