"""A party's reading and counter-blame (quotecheck.framing.stances, claim23) kept to their
shapes (rv26b review): a sum after 'amounts to' is a figure the report could check, and a
cleft moves the blame only with its 'who' or 'that' after the other side. Snippets of our
own, each a drift pair so that the baseline is a warning."""
from __future__ import annotations

import pytest

from framing_helpers import story_findings


def _claimed(ruleset, sentence: str):
    """The QC301 findings of ``sentence`` with 'claimed', beside a peer that says 'said'."""
    return story_findings(ruleset, [sentence, sentence.replace(" said ", " claimed ")])


@pytest.mark.parametrize("rest", ["amounted to $3 million.", "amounted to 3 million dollars.",
                                  "amounted to more than 40,000 pounds."])
def test_a_sum_after_amounts_to_keeps_the_warning(ruleset, rest):
    text = "The insurer said on Friday that the storm damage to the harbour sheds " + rest
    assert _claimed(ruleset, text) == [(1, "warning", "claimed")]


def test_a_characterisation_after_amounts_to_stays_a_reading(ruleset):
    text = ("The insurer said on Friday that the storm damage to the harbour sheds amounted "
            "to a betrayal of the crews.")
    assert _claimed(ruleset, text) == [(1, "info", "claimed")]


def test_it_was_x_not_y_without_a_cleft_keeps_the_warning(ruleset):
    text = ("The plant's owner said that it was safe, not harmful, for children to drink the "
            "well water.")
    assert _claimed(ruleset, text) == [(1, "warning", "claimed")]


def test_a_cleft_between_dashes_moves_the_blame(ruleset):
    text = ("Late on Tuesday the whip said that it was the Speaker -- not the governor or his "
            "allies in the house -- who has refused to move on the budget.")
    assert _claimed(ruleset, text) == [(1, "info", "claimed")]


# The report's flat denial (quotecheck.framing.refutations, claim23): the same for straight
# and curly apostrophes and quotation marks, and only where a next sentence is in sight.
PEER = "The ferry chief said on Friday that the harbour board wanted a fee on every crossing."
CLAIM = PEER.replace(" said ", " claimed ")


@pytest.mark.parametrize("denial", ["The board didn't want one.", "The board didn\u2019t want one."])
def test_a_named_denial_reads_alike_with_either_apostrophe(ruleset, denial):
    assert story_findings(ruleset, [PEER, CLAIM + " " + denial]) == [(1, "info", "claimed")]


@pytest.mark.parametrize("denial", ['"The board did not want one," its chair said.',
                                    "\u201cThe board did not want one,\u201d its chair said."])
def test_a_quoted_denial_is_a_partys_not_the_reports_finding(ruleset, denial):
    found = story_findings(ruleset, [PEER, CLAIM + " " + denial])
    assert found == [(1, "warning", "claimed")]


def test_no_next_sentence_is_read_from_inside_a_long_claim():
    from quotecheck.framing.refutations import flat_denial
    head = "The chief claimed the board wanted a fee on every crossing"
    end = len("The chief claimed")
    # no stop in the 600 characters after the verb: the window ends inside the claim itself,
    # whose tail ('board did not warn anyone') is no sentence after it
    filler = (" and on every pier" * 40)[:end + 600 - len(head)]
    text = head + filler + " board did not warn anyone."
    assert text.find(".") > end + 600
    assert not flat_denial(text, end)
