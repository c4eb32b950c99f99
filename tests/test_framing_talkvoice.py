"""A narrator who talks to someone reads as opinion (issue 11/15, opin27): the examples of
``[conversational]`` in ``rules/data/opinion-voice.toml`` run; one interjection alone, a
vocative inside a quotation, and a place after its city stay news. Snippets of our own
(never corpus text)."""
import pytest

from framing_helpers import assert_opinion_example, narration_opinion as read
from quotecheck.resources.ruledata import load_data

TALKS = "the narrator talks to someone"


@pytest.mark.parametrize("example", load_data("opinion-voice")["conversational"]["examples"])
def test_conversational_rule_examples(example):
    assert_opinion_example(example, TALKS)


_BODY = ("The county board met on Thursday to discuss the new water rates for the coming year. "
         "The rates would rise by about four percent for most homes under the plan. "
         "Board members heard from farmers, shop owners and two school principals. "
         "The water authority has not raised its rates since the drought ended. "
         "Its reserve fund fell by a third during the dry years, the authority's report shows. "
         "The board is expected to vote on the plan at its next meeting in May. "
         "Several members asked for a smaller rise spread over two years. "
         "A public hearing on the rates will be held at the county library. ")


def _story(extra: str) -> str:
    return "County Weighs Water Rates\n\n" + _BODY * 3 + extra


def test_one_interjection_is_not_a_voice():
    # news analysis may open one sentence with 'Well,'
    assert read(_story("Well, the vote will not be simple. The board meets again in May.\n")) is None


def test_vocative_inside_a_quotation_is_the_speaker_s():
    text = _story("\"Well, that is not your call, Jane,\" one farmer shouted. "
                  "\"Look, folks, we cannot pay more,\" another said.\n")
    assert read(text) is None


def test_a_place_after_its_city_is_no_vocative():
    text = _story("The authority's engineers trained in Austin, Texas. "
                  "Your water bill can be paid online in Dayton, Ohio. "
                  "Customers in Salem, Oregon.\n")
    assert read(text) is None


def test_two_talking_sentences_mark_a_blog():
    text = _story("Well, that is not your call, Jane. Oh, and the farmers will remember. "
                  "Just watch.\n")
    assert read(text) is not None and read(text).startswith(TALKS)


def test_an_aside_telling_the_reader_to_remember_it_next_time():
    """'Remember this the next time ...' is an aside to the reader: with a
    vocative it marks a blog; alone, or as advice without 'the next time', it does not."""
    aside = "Remember this the next time a board promises lower rates. "
    text = _story("This is not a crisis, folks. " + aside + "\n")
    assert read(text) is not None and read(text).startswith(TALKS)
    assert read(_story(aside + "\n")) is None
    assert read(_story("This is not a crisis, folks. Keep the receipts until the hearing.\n")) \
        is None
