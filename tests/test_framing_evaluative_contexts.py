"""QC331 forms that judge no one (issue 15): a word inside the single marks a Title
Case headline quotes with, the strength of a feeling ('a dreadful fear'), the content of a
depiction ('a nefarious caricature'), a political camp's view heading the sentence ('In
liberal America, ...') and 'racist' of a figure of a past decade. Snippets of our own."""
import pytest

from framing_helpers import at_info_only, by_severity, flagged

_BODY = "\n\nThe senator drew criticism online on Monday after she backed the governor.\n"


def _all(ruleset, text):
    found = by_severity(ruleset, text, "QC331")
    return found["warning"] + found["info"]


@pytest.mark.parametrize("headline", [
    "Senator Lane Draws Fire For ‘Hypocritical Defense’ of the Governor Amid Probe: ‘You Are a Fake’",
    "Senator Lane Draws Fire For 'Hypocritical Defense' of the Governor Amid Probe: 'You Are a Fake'",
])
def test_a_word_in_a_title_case_headlines_single_marks_is_not_the_narrators(ruleset, headline):
    assert ("QC331", "Hypocritical") not in _all(ruleset, headline + _BODY)


def test_a_word_after_a_headlines_closed_single_marks_stays(ruleset):
    text = "Senator Lane Says ‘You Are a Fake’ to Hypocritical Governor’s Aides in Probe" + _BODY
    assert ("QC331", "Hypocritical") in _all(ruleset, text)


@pytest.mark.parametrize("text, word", [
    ("Cholera spread a dreadful fear through the port towns that summer.", "dreadful"),
    ("The terrible grief of the first week kept the families at home.", "terrible"),
    ("He rejects the more nefarious caricature of migrants who come to live off welfare.",
     "nefarious"),
    ("The camp was run by Abel Crane, a brutal, racist warden in 1930s Alabama.", "racist"),
])
def test_a_word_that_judges_no_one_is_info(ruleset, text, word):
    assert at_info_only(ruleset, text, "QC331", word)


@pytest.mark.parametrize("text, word", [
    ("The council made a dreadful decision on the port towns that summer.", "dreadful"),
    ("He rejects the nefarious scheme of the landlords who evict tenants.", "nefarious"),
    ("The racist housing rules of the council shaped the city.", "racist"),
])
def test_the_same_words_on_an_act_or_a_party_stay(ruleset, text, word):
    assert ("QC331", word) in flagged(ruleset, text, "QC331")


def test_a_political_camp_heading_the_sentence_holds_the_view(ruleset):
    text = "In conservative America, the judge will be remembered as a reckless demagogue."
    assert ("QC331", "demagogue") not in flagged(ruleset, text, "QC331")


def test_a_place_of_no_camp_keeps_the_narrators_word(ruleset):
    text = "In rural America, a reckless demagogue ran the county for a decade."
    assert ("QC331", "demagogue") in flagged(ruleset, text, "QC331")
