"""QC331 forms that judge no one (issue 15, q331_29): 'racist' in a list of adjectives on a
kind of content, 'racist' under a lowered intensifier ('less overtly racist'), the severity of
a setback ('a brutal blow to' a side), a negated word ('not terrible'), and a word inside a
speaker's argument in the gerund ('in arguing the dissent clouds ...'). Snippets of our own."""
import pytest

from framing_helpers import warnings


@pytest.mark.parametrize("text, word", [
    ("The firms still struggle to remove the vile, racist, and grossly violent content "
     "shared on their sites.", "racist"),
    ("The mascot's drawing was redone over the years to look less overtly racist, and it "
     "outlived the rest.", "racist"),
    ("The verdict deals another brutal blow to the premier, who has had a rough autumn.",
     "brutal"),
    ("The failed appeal was a terrible setback for the campaign.", "terrible"),
    ("Her ratings have held in the low 40s for a year: not great, not terrible.", "terrible"),
])
def test_a_word_that_judges_no_one_is_no_warning(ruleset, text, word):
    assert ("QC331", word) not in warnings(ruleset, text, "QC331")


@pytest.mark.parametrize("text, word", [
    ("The firms still struggle to remove the vile, racist, and grossly violent content "
     "shared on their sites.", "vile"),
    ("The senator's openly racist policy drew protests.", "racist"),
    ("The guard dealt a brutal blow to his head with a baton.", "brutal"),
    ("The rollout was not only terrible but costly.", "terrible"),
])
def test_the_same_words_on_a_person_or_an_act_stay_warnings(ruleset, text, word):
    assert ("QC331", word) in warnings(ruleset, text, "QC331")


@pytest.mark.parametrize("text", [
    "The justice cited a scholar in arguing Vane's dissent clouds the question with "
    "hyperbolic rhetoric.",
    "The justice cited a scholar in arguing the dissent clouds the question with hyperbolic "
    "rhetoric.",
])
def test_a_gerund_speech_clause_in_the_present_is_the_speakers(ruleset, text):
    """The that-less clause of a speech verb in the gerund after a preposition, its subject
    opened by a determiner or a possessive and its verb in the present: the speaker's
    argument, not the narrator's verdict."""
    assert ("QC331", "hyperbolic") not in warnings(ruleset, text, "QC331")


def test_a_gerund_of_no_speech_keeps_the_narrators_word(ruleset):
    text = "The justice spent a year in drafting the rules with hyperbolic zeal."
    assert ("QC331", "hyperbolic") in warnings(ruleset, text, "QC331")
