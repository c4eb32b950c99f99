"""The report's own finding that a claim is false, in a short next sentence that denies it
flatly (issue 15, claim23, quotecheck.framing.refutations), and a party's reading or
counter-blame (quotecheck.framing.stances): 'claimed' is then the accurate verb or one
side's, info even where a peer's 'said' (verb drift) would keep the warning. Snippets of
our own, each built as a drift pair so that the baseline is a warning."""
from __future__ import annotations

from framing_helpers import pair_findings as _pair


PEER = "The spokesman said on Friday that the harbour fee doubled the cost of every crossing."
CLAIM = "The spokesman claimed on Friday that the harbour fee doubled the cost of every crossing."


def test_an_elliptical_denial_by_others_is_the_reports_finding(ruleset):
    text = CLAIM + " Ferry operators on both routes said that it did not."
    assert _pair(ruleset, PEER, text) == [(1, "info", "claimed")]


def test_there_was_no_and_the_claims_noun_is_the_reports_finding(ruleset):
    text = CLAIM + " There was no fee to begin with."
    assert _pair(ruleset, PEER, text) == [(1, "info", "claimed")]


def test_a_named_subject_denied_is_the_reports_finding(ruleset):
    peer = "On Tuesday the aide also said the board's letter was a warning to the striking crews."
    text = ("On Tuesday the aide also claimed the board's letter was a warning to the striking "
            "crews. The board did not warn anyone.")
    assert _pair(ruleset, peer, text) == [(1, "info", "claimed")]


def test_no_evidence_in_the_next_sentence_keeps_the_warning(ruleset):
    text = CLAIM + " There was no evidence for the fee figures."
    assert _pair(ruleset, PEER, text) == [(1, "warning", "claimed")]


def test_a_non_answer_keeps_the_warning(ruleset):
    text = CLAIM + " The harbour board did not return calls on Friday."
    assert _pair(ruleset, PEER, text) == [(1, "warning", "claimed")]


def test_a_characterisation_claimed_is_a_partys_reading(ruleset):
    peer = ("The nurses' union says charging residents for their own care amounts to "
            "privatisation by stealth.")
    text = ("The nurses' union claims charging residents for their own care amounts to "
            "privatisation by stealth.")
    assert _pair(ruleset, peer, text) == [(1, "info", "claims")]


def test_a_cleft_moving_the_blame_is_a_sides_counter_blame(ruleset):
    peer = ("Minutes later the majority leader said that it was the Speaker, not the "
            "governor, who had refused to move on the budget.")
    text = ("Minutes later the majority leader claimed that it was the Speaker, not the "
            "governor, who had refused to move on the budget.")
    assert _pair(ruleset, peer, text) == [(1, "info", "claimed")]
