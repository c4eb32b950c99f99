"""Issue 12, speakers (spk34): "family" as a speaker noun. Snippets are written for the test
in the shape of what was seen (never corpus text)."""
import pytest

from speaker_helpers import quote_with

TEXT = "Crash\n\nThe crash was on Friday.\n\n\u201cHe was our light,\u201d {} said in a statement.\n"


@pytest.mark.parametrize("who, speaker", [
    ("the family", "family"),               # "family" was taken for an adverb (-ly)
    ("the Lee family", "Lee family"),
    ("the assembly", "assembly"),
])
def test_a_family_before_said_is_the_speaker(who, speaker):
    assert quote_with(TEXT.format(who), "our light").speaker == speaker


def test_an_adverb_before_said_is_still_skipped():
    # guard: "Tom Lee quietly said" keeps Tom Lee
    text = TEXT.format("Tom Lee quietly")
    assert quote_with(text, "our light").speaker == "Tom Lee"



def test_family_is_no_group_mention_before_another_noun():
    # guard: "family" as a group role made "made family visits impossible, by saying
    # “…”" give the fragment to "family" (then dropped as junk) instead of the administration
    text = ("Prisons\n\nThe rule came in May.\n\nThe change came in May, when the Lee "
            "administration made family visits impossible, by saying there would be "
            "\u201cno exceptions\u201d for inmates who fight.\n")
    assert quote_with(text, "no exceptions").speaker == "Lee administration"
