"""'says a lot/little/something/volumes about' is the idiom of showing, no speech, whatever
amount it names (bugs24; spk40 read 'a lot/much/volumes' only); but 'says something about the
plan is wrong' is speech: the amount and its 'about' phrase are a clause's subject. Snippets are
written for the test (never corpus text)."""
import pytest
from speaker_helpers import quote_with

from quotecheck.quotes.verb_use import reveals_idiom
from quotecheck.resources.ruledata import load_data

LEAD = "Ranger notes\n\nThe trail reopened after the storm.\n\n\u201cThe bridge sways in the wind.\u201d "


@pytest.mark.parametrize("example", load_data("attribution")["reveals_idiom"]["examples"])
def test_reveals_idiom_examples(example):
    assert reveals_idiom("says" + example["after"], 4) is example["idiom"]


@pytest.mark.parametrize("amount", ["little", "very little", "nothing", "more", "a good deal",
                                    "a lot", "something"])
def test_any_amount_about_is_no_speech(amount):
    text = LEAD + f"The old footage says {amount} about the mood of the rangers that winter.\n"
    assert quote_with(text, "bridge").speaker is None


@pytest.mark.parametrize("amount", ["something", "everything", "a lot"])
def test_an_amount_about_x_as_a_clause_subject_is_speech(amount):
    text = LEAD + f"The warden says {amount} about the bridge has changed since spring.\n"
    assert quote_with(text, "bridge").speaker == "warden"


def test_an_about_phrase_holding_a_clause_of_its_own_is_the_idiom():
    text = LEAD + "The old footage says something about how the rangers are coping.\n"
    assert quote_with(text, "bridge").speaker is None
