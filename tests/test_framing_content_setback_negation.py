"""QC331 forms that judge no one (issue 15, q331_29): 'racist' in a list of adjectives on a
kind of content, 'racist' under a lowered intensifier ('less overtly racist'), the severity of
a setback ('a brutal blow to' a side) and a negated word ('not terrible'). Snippets of our own."""
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
