"""A headline that opens on the narrator's possessive and a verdict reads as opinion (issue
11/15, opin27): the examples of ``[headline_verdict]`` in ``rules/data/opinion-voice.toml``
run; a verdict later in the headline, a quoted one, or a possessive with a neutral word stay
news. Snippets of our own (never corpus text)."""
import pytest

from framing_helpers import assert_opinion_example, narration_opinion as read
from quotecheck.resources.ruledata import load_data

VERDICT = "a headline passing the author's own verdict"


@pytest.mark.parametrize("example", load_data("opinion-voice")["headline_verdict"]["examples"])
def test_headline_verdict_examples(example):
    assert_opinion_example(example, VERDICT)


_BODY = ("\n\nThe county board met on Thursday to discuss the new water rates for the coming "
         "year, officials said. The rates would rise by about four percent for most homes. "
         "Board members heard from farmers, shop owners and two school principals. "
         "The board is expected to vote on the plan at its next meeting in May.\n")


@pytest.mark.parametrize("headline", ["Our Town Weighs New Water Rates",
                                      "Farmers Call the Rate Rise 'Our Shameful Tax'",
                                      "Ourselves Alone: A Brutal Winter for Farmers"])
def test_other_headlines_stay_news(headline):
    assert read(headline + _BODY) is None


def test_possessive_verdict_headline_reads_as_opinion():
    assert read("My Ridiculous Water Bill" + _BODY).startswith(VERDICT)


@pytest.mark.parametrize("example", load_data("opinion-voice")["headline_labels"]["examples"])
def test_headline_label_examples(example):
    assert_opinion_example(example, "the desk's label on the headline")


@pytest.mark.parametrize("headline", ["Raise the water rates slowly | Column",
                                      "Endorsement: Ann Roe for the county board"])
def test_headline_labels_read_as_opinion(headline):
    assert read(headline + _BODY).startswith("the desk's label on the headline")


@pytest.mark.parametrize("headline", ["County weighs the view from the ridge: A new tower",
                                      "Opinion polls show a tight race for the county board"])
def test_headline_without_a_desk_label_stays_news(headline):
    assert read(headline + _BODY) is None
