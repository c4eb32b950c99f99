"""Issue 12, speakers (spk34): "family" as a speaker noun. Snippets are written for the test
in the shape of what was seen (never corpus text)."""
import pytest

from speaker_helpers import quote_with

TEXT = "Crash\n\nThe crash was on Friday.\n\n\u201cHe was our light,\u201d {} said in a statement.\n"


@pytest.mark.parametrize("who, speaker", [
    ("the family", "family"),               # "family" was taken for an adverb (-ly)
    ("Lee's family", "Lee's family"),
    ("the Lee family", "Lee family"),
    ("the assembly", "assembly"),
])
def test_a_family_before_said_is_the_speaker(who, speaker):
    assert quote_with(TEXT.format(who), "our light").speaker == speaker


def test_an_adverb_before_said_is_still_skipped():
    # guard: "Tom Lee quietly said" keeps Tom Lee
    text = TEXT.format("Tom Lee quietly")
    assert quote_with(text, "our light").speaker == "Tom Lee"


def test_a_possessive_family_subject_takes_its_fragment():
    # "Scott's family has called on police to release … “as a matter of …”": the family is a
    # group role, the subject of the fragment's sentence
    text = ("Shooting\n\nThe video came out on Friday.\n\n"
            "Lee's family has called on police to release the videos \u201cas a matter of the "
            "greater good\u201d and called on people to protest.\n")
    assert quote_with(text, "greater good").speaker == "Lee's family"
