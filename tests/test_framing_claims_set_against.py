"""Issue 15: a claim whose own sentence sets it against another side before the
verb ('While X claims ..., Y has ...'; a contradiction the report states before the
claimant), a claim inside another's indirect question ('asked how anyone could still claim
...'), a classification ('falls under'), and the report's counter opening the last sentence
in sight, are not the narrator's doubt (info). Snippets of our own, each built as a drift
pair (a peer says 'said') or a 'claim to' so that the baseline is a warning."""
from __future__ import annotations

import pytest
from framing_helpers import pair_findings as _pair

PEER = ("The harbour chief said the budget is balanced and the board has not borrowed "
        "this year.")


@pytest.mark.parametrize("text", [
    "While the harbour chief claims the budget is balanced, the board has borrowed twice "
    "this year.",
    "Whereas the harbour chief claims the budget is balanced, the board has borrowed twice "
    "this year.",
    "The vote stood in sharp contrast to remarks last month from the harbour chief, who "
    "claimed the budget was balanced and the board had not borrowed this year.",
    "The ledger is at odds with the harbour chief, who claimed the budget was balanced and "
    "the board had not borrowed this year.",
])
def test_a_claim_the_sentence_sets_against_another_side_is_info(ruleset, text):
    assert _pair(ruleset, PEER, text) == [(1, "info", "claimed" if "claimed" in text
                                           else "claims")]


@pytest.mark.parametrize("text", [
    # the 'While' clause closes before the verb: the claim is the main clause
    "While in office, the harbour chief claimed the budget was balanced and the board had "
    "not borrowed this year.",
    # a main clause on a pronoun: the narrator's own hedge, no other side named
    "While the harbour chief claims the budget is balanced, it appears that the board has "
    "borrowed twice this year.",
    # no contradiction stated: the narrator's choice of verb
    "The vote came a month after remarks from the harbour chief, who claimed the budget was "
    "balanced and the board had not borrowed this year.",
    # the narrator's own verdict in the verb's clause keeps the warning
    "While the harbour chief claims, without evidence, that the budget is balanced, the "
    "board has borrowed twice this year.",
])
def test_the_narrators_claim_keeps_the_warning(ruleset, text):
    assert _pair(ruleset, PEER, text) == [(1, "warning", "claimed" if "claimed" in text
                                           else "claims")]


OTHER = "The river trust met on Monday to discuss the dredging plan for the estuary."


def test_a_claim_inside_anothers_question_is_the_questioners(ruleset):
    text = ("The trust's spokeswoman asked how anyone could back the dredging plan and still "
            "claim to care about the river.")
    assert _pair(ruleset, OTHER, text) == [(1, "info", "claim")]


def test_a_question_closed_before_the_claim_keeps_the_warning(ruleset):
    text = ("The trust's spokeswoman asked how the dredging plan would work. The mayor "
            "continues to claim to care about the river.")
    assert _pair(ruleset, OTHER, text) == [(1, "warning", "claim")]


def test_a_classification_falls_under_is_a_partys_reading(ruleset):
    peer = "The treasurer said that the dredging costs fall under the harbour grant this year."
    assert _pair(ruleset, peer, peer.replace(" said ", " claimed ")) == [(1, "info", "claimed")]


CAPTAIN = "The ferry captain said on Friday that he had never seen the warning lights on the pier."


def test_a_counter_opening_the_last_sentence_in_sight_mutes_the_claim(ruleset):
    # fewer sentence stops than the reach: the last sentence (no stop of its own) is read too
    text = (CAPTAIN.replace(" said ", " claimed ") + " The pier was rebuilt in the spring. "
            "But the warning lights on the pier were lit all that night")
    assert _pair(ruleset, CAPTAIN, text) == [(1, "info", "claimed")]


# Attribution scope (QC331): the that-less clause of 'in arguing' with a possessive subject and
# a verb in the present is the one arguing's, as after 'argued' ('argued the memo hides').
@pytest.mark.parametrize("subject", ["the senator\u2019s", "Senator Vane's", "Vane's"])
def test_a_thatless_clause_after_in_arguing_is_the_arguers(ruleset, subject):
    from framing_helpers import by_severity

    text = ("The mayor quoted an old harbour report in arguing " + subject + " memo hides the "
            "real costs of dredging behind hyperbolic talk.")
    assert by_severity(ruleset, text)["warning"] == []


def test_a_possessive_object_of_another_gerund_is_the_narrators(ruleset):
    from framing_helpers import by_severity

    text = ("The clerk was praised for requesting the mayor's tax returns. The hyperbolic "
            "rhetoric went on.")
    assert by_severity(ruleset, text)["warning"] == [("QC331", "hyperbolic")]
