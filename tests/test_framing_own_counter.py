"""Issue 15: the report's own counter within a few sentences after a claim ('...
runs counter to the findings', 'did, however, ...', 'not a shred of evidence supporting ...')
makes 'claimed' the accurate verb (info), read outside quotation marks; a counter inside a
party's quotation or past the reach keeps the warning. And 'their own claims to ...' is a
noun. Snippets of our own, each built as a drift pair so that the baseline is a warning."""
from __future__ import annotations

import pytest
from framing_helpers import pair_findings as _pair

from quotecheck.framing.verbcontext import is_verb_use

PEER = "The ferry captain said on Friday that he had never seen the warning lights on the pier."
CLAIM = "The ferry captain claimed on Friday that he had never seen the warning lights on the pier."


@pytest.mark.parametrize("counter", [
    "His account runs counter to the harbour inquiry's findings.",
    "The harbour log, however, lists two calls from the pier that night. He did, however, "
    "sign the lamp register at nine.",
    "Whatever the captain's reasons, there is not a shred of evidence supporting his story "
    "about the lamps.",
    "But there is no rule that lamps be lit before the tide turns.",
])
def test_the_reports_own_counter_mutes_the_claim(ruleset, counter):
    assert _pair(ruleset, PEER, CLAIM + " " + counter) == [(1, "info", "claimed")]


def test_a_counter_after_a_quotation_with_its_own_stops_is_still_within_reach(ruleset):
    text = (CLAIM + ' "I did NOT! I was on the U.S. side of the bay," he added.\n\n'
            "The captain did, however, moor at the pier an hour later.")
    assert _pair(ruleset, PEER, text) == [(1, "info", "claimed")]


def test_a_counter_inside_a_partys_quotation_keeps_the_warning(ruleset):
    text = CLAIM + ' "That runs counter to the findings," a ferry union official said.'
    assert _pair(ruleset, PEER, text) == [(1, "warning", "claimed")]


def test_a_counter_past_the_reach_keeps_the_warning(ruleset):
    text = (CLAIM + " The pier was rebuilt in the spring. Its lamps are new. The tide was low. "
            "His account runs counter to the harbour inquiry's findings.")
    assert _pair(ruleset, PEER, text) == [(1, "warning", "claimed")]


def test_claims_after_a_possessive_and_own_is_a_noun():
    text = "The other mayors on the panel pointed out their own claims to thrift."
    start = text.index(" claims") + 1
    assert is_verb_use(text, start, "claims", "claim") is False
