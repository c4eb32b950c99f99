"""Framing false-alarm classes of the ecbplus3 reading (issue 11, branch newset7): a word in a
clause someone else is reported to hold, in shapes the reported-clause scan missed. Each with a
snippet of our own and the narrator's use beside it that must stay a warning."""
import pytest

from framing_helpers import flagged


# -- the that-less clause of a charge or a denial with a pronoun subject ----------------------
@pytest.mark.parametrize("text", [
    "Prosecutors charged it was a brazen ploy to stay out of court, though no jury agreed then.",
    "The union charged they were reckless with the pension fund.",
    "Denying he was a gangster, the old boxer would shuffle around the square in a dressing gown.",
    "The minister denied it was a brazen land grab.",
])
def test_the_clause_of_a_charge_or_a_denial_is_the_speakers(ruleset, text):
    assert flagged(ruleset, text, "QC33") == []


@pytest.mark.parametrize("text, code, word", [
    # 'charged' with an object, not a clause: the narrator's word stays
    ("Police charged the brazen gang with six burglaries.", "QC331", "brazen"),
    ("The minister denied the claims, a brazen land grab by any measure.", "QC331", "brazen"),
    # a participle's clause ends at its comma: the main clause is the narrator's again
    ("Denying he had broken any rule, the brazen official kept the car.", "QC331", "brazen"),
])
def test_the_narrators_word_beside_a_charge_or_a_denial_stays(ruleset, text, code, word):
    assert (code, word) in flagged(ruleset, text, code)


# -- a named speaker's that-less clause: 'said Jones lied' ----------------------------------
@pytest.mark.parametrize("text", [
    "In a radio interview last spring, Hartley said Brennan lied when he described the deal.",
    "The retired clerk said Mayor Ortiz bungled the tender.",
])
def test_a_named_subjects_clause_after_said_is_the_speakers(ruleset, text):
    assert flagged(ruleset, text, "QC331") == []


def test_a_name_after_said_without_a_clause_leaves_the_narrators_word(ruleset):
    text = "Brennan lied when he described the deal, Hartley said Monday in a brazen statement."
    assert ("QC331", "brazen") in flagged(ruleset, text, "QC331")


# -- what people were convinced of -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Two juries were convinced that the defendant was indeed insane.",
    "The panel was convinced the scheme was a brazen fraud.",
])
def test_what_someone_was_convinced_of_is_their_view(ruleset, text):
    assert flagged(ruleset, text, "QC331") == []


def test_a_convincing_narrator_verdict_stays(ruleset):
    text = "The defendant was insane, and his lawyers had a convincing case."
    assert ("QC331", "insane") in flagged(ruleset, text, "QC331")
