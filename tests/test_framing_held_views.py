"""Views the narrator gives as a group's (issue 15, rn27's reading of QC331's false rows on
baly07 and baly_201610): a sentence that an attribution to unnamed holders closes ("...,
some argue.") and one that a group of people heads ("To the GOP populists, ..."). Snippets of
our own; the narrator's own use of the same words, and a place heading a sentence, stay
warnings."""
import pytest

from framing_helpers import flagged


@pytest.mark.parametrize("tail", ["some argue", "many say", "most believe"])
def test_a_sentence_closed_by_unnamed_holders_is_their_view(ruleset, tail):
    text = f"The old mascot gave cover to clubs that use imagery in a less overtly racist way, {tail}."
    assert ("QC331", "racist") not in flagged(ruleset, text, "QC331")


def test_a_quantifier_before_a_noun_in_the_narration_is_no_attribution(ruleset):
    # "some claims" is a noun here (no comma before it): the narrator's word stays a warning
    text = "The shameful decision left thousands without homes and drew some claims."
    assert ("QC331", "shameful") in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("text", [
    "To the party's populists, the delays were more evidence of nefarious connections.",
    "To Reyes and other establishment figures, the delays were something less nefarious.",
])
def test_a_group_heading_the_sentence_holds_its_view(ruleset, text):
    assert ("QC331", "nefarious") not in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("text", [
    "To the east, nefarious smugglers crossed the border every night.",
    "The mayor spoke to the voters, and nefarious smugglers crossed the border.",
    "The delays were evidence of nefarious connections, to the populists' delight.",
])
def test_a_place_or_a_group_not_heading_the_sentence_leaves_the_narrators_word(ruleset, text):
    assert ("QC331", "nefarious") in flagged(ruleset, text, "QC331")
