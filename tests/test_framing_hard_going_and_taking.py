"""Words in another sense (issue 15, the baly_201903 word-sense class): 'brutal' of an
election, its losses or a race for an office (hard going: info, no verdict on anyone), and
'claim' as a verb of taking (a benefit, a prize, a seat or lives as its object: no words
reported, so no doubt verb). The loaded and the reporting uses stay. Snippets of our own."""
import pytest

from framing_helpers import by_severity
from quotecheck.framing.verbcontext import verb_data


@pytest.mark.parametrize("text", [
    "Party donors met at a lakeside hotel to plan the next race after a brutal midterm election.",
    "The party is still counting the cost of its brutal midterm losses in the suburbs.",
    "A narrow result would have pointed to a brutal midterm next year for the party.",
    "In 1998 she ran for mayor against a longtime incumbent. She raised $2m, much of it from "
    "donors out of state, for a brutal campaign that a local film crew followed.",
    "After a brutal primary campaign the nominee turned to the general election voters.",
])
def test_brutal_of_an_election_or_a_race_for_an_office_is_info(ruleset, text):
    found = by_severity(ruleset, text, "QC331")
    assert not [w for _, w in found["warning"] if w == "brutal"], found
    assert [w for _, w in found["info"] if w == "brutal"], found


@pytest.mark.parametrize("text", [
    "Observers counted dozens of dead in the brutal election violence across the north.",
    "The army's brutal campaign in the valley went on for a year, and thousands fled before "
    "the election.",
    "The candidate ran a brutal campaign against his rival for the seat.",
    "The brutal campaign of arrests before the election silenced the opposition.",
])
def test_brutal_of_violence_or_of_a_campaign_someone_ran_stays_a_warning(ruleset, text):
    found = by_severity(ruleset, text, "QC331")
    assert [w for _, w in found["warning"] if w == "brutal"], found


def _doubt_words(rs, text):
    found = by_severity(rs, text, "QC301")
    return [w for sev in ("warning", "info") for _, w in found[sev]]


@pytest.mark.parametrize("text, word", [
    ("He never served, claiming student deferments that kept him at home.", "claiming"),
    ("She claimed tax credits that the office later took back.", "claimed"),
    ("He claimed expenses that he never incurred.", "claimed"),
])
def test_claim_with_a_benefit_as_its_object_reports_no_words(ruleset, text, word):
    assert word not in _doubt_words(ruleset, text)


@pytest.mark.parametrize("example", verb_data()["taking"]["examples"],
                         ids=lambda e: e.get("taking") or e.get("reporting"))
def test_taking_examples(ruleset, example):
    """``[taking]`` of framing-verbs.toml: a 'taking' example raises no QC301 on its word, a
    'reporting' one does."""
    text = example.get("taking") or example["reporting"]
    found = _doubt_words(ruleset, text)
    if "taking" in example:
        assert example["word"] not in found
    else:
        assert example["word"] in found


@pytest.mark.parametrize("phrase, taking", [
    ("claimed the title.", True),
    ("claimed more than 40 lives.", True),
    ("claiming college and medical deferments that", True),
    ("claimed victory in the runoff", True),
    ("claimed the seat was his", False),           # a reported clause goes on
    ("claimed Black Lives Matter marchers", False),  # 'lives matter' is a clause
    ("claim the terms benefit the ports", False),  # 'benefit' the verb
    ("claimed Smith won the title", False),        # a subject and a past verb
    ("claimed to have won the title", False),      # an infinitive
    ("claimed he won the title", False),           # a pronoun subject
])
def test_the_object_of_taking_and_a_reported_clause(phrase, taking):
    from quotecheck.framing.nounobjects import takes_object
    assert takes_object(phrase, phrase.index(" "), "claim") is taking
