"""Views the narrator gives as some people's, and a reported clause cut by a number's label
(issue 15, loaded21's reading of QC331's false rows on baly_202002 and baly_201811): an
audience heading the sentence ("To Lee and other fans, ..."), a word of feeling a linking verb
gives as some people's reaction ("abhorrent to many parents"), and a 'noted that' clause that
runs through "Prop. 9," (the period of the label ended the sentence there). Snippets of our
own; the narrator's own use of the same words stays a warning."""
import pytest

from framing_helpers import flagged


@pytest.mark.parametrize("text", [
    "To Lee and other fans, the host is a fearless critic of an unelected cabal of academics.",
    "To his listeners, the host is a fearless critic of an unelected cabal of academics.",
])
def test_an_audience_heading_the_sentence_holds_its_view(ruleset, text):
    assert ("QC331", "cabal") not in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("text", [
    "To its credit, the cabal of academics is small.",
    "The host spoke to his fans, and an unelected cabal of academics answered.",
])
def test_no_audience_heading_the_sentence_leaves_the_narrators_word(ruleset, text):
    assert ("QC331", "cabal") in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("text", [
    "Cole backed measures that are abhorrent to many parents in the district.",
    "The plan seemed deeply abhorrent to some residents.",
])
def test_a_word_of_feeling_given_as_some_peoples_reaction_is_theirs(ruleset, text):
    assert ("QC331", "abhorrent") not in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("text", [
    "Cole pushed for abhorrent policies that hurt many voters.",
    "The abhorrent plan was sent to many voters.",
])
def test_the_narrators_word_of_feeling_stays_a_warning(ruleset, text):
    assert ("QC331", "abhorrent") in flagged(ruleset, text, "QC331")


def test_a_reported_clause_runs_through_a_numbers_label(ruleset):
    text = ("Turnout fell, said Ruiz, a strategist who noted that the county's Democrats are "
            "still climbing back from Prop. 9, a ballot fight that eviscerated their base.")
    assert ("QC331", "eviscerated") not in flagged(ruleset, text, "QC331")


def test_a_sentence_still_ends_after_a_lower_case_word_before_a_capital(ruleset):
    # no number after "prop.": the sentence ends there, so the clause 'noted that' opens stops
    text = ("Ruiz, a strategist, noted that the mayor used the flag as a prop. The shameful "
            "decision left thousands homeless.")
    assert ("QC331", "shameful") in flagged(ruleset, text, "QC331")
