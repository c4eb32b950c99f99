"""Failure classes of the nineteenth framing session (issue 15): a column without a label or
a tagline whose narrator turns to the reader with an imperative aside ('make no mistake',
'rest assured that', 'but remember:', "here's a prediction"); the same words inside a
quotation, or 'rest assured' as a verb, leave a news report news. And a text that opens with
questions is no transcript: question sentences are no speaker labels. Snippets of our own."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing_helpers import at_info_only, warnings
from quotecheck.framing.turns import transcript_turns

_FILLER = ("The airline flies the route twice a day, and the plane was an older model that had "
           "been serviced the week before. Investigators have recovered both recorders from "
           "the water, and engineers in two countries are reading them. ")
_WORD = " This grim vision is fed by fears of terrorists committing horrific acts abroad.\n"


def _piece(aside: str) -> str:
    return "Crash inquiry widens\n\n" + _FILLER * 3 + "\n\n" + aside + "\n\n" + _FILLER + _WORD


@pytest.mark.parametrize("aside", [
    "Make no mistake, the airline knew.",
    "In the case of the crew, rest assured that the airline knew.",
    "Some may find this odd, but remember: the airline knew.",
    "Here\u2019s a prediction: the airline will pay.",
])
def test_a_columnists_aside_to_the_reader_reads_as_opinion(ruleset, aside):
    text = _piece(aside)
    assert at_info_only(ruleset, text, "QC331", "horrific")


@pytest.mark.parametrize("aside", [
    "The airline knew.",
    "If the crew is fine, can the airline rest assured it has no problem? Some say no.",
    'The chief said: "Make no mistake, we will find them."',
    "Investigators said the lesson to remember: check the engines.",
])
def test_news_without_the_aside_stays_a_warning(ruleset, aside):
    assert ("QC331", "horrific") in warnings(ruleset, _piece(aside), "QC331")


def test_a_short_brief_with_the_aside_is_not_judged(ruleset):
    text = "Make no mistake, the airline knew.\n\n" + _FILLER + _WORD
    assert ("QC331", "horrific") in warnings(ruleset, text, "QC331")


@pytest.mark.parametrize("opening", [
    "Why the intensity? How many pilots will look hard at the crew? Is the pilot tired?\n\n",
    "Why the intensity?\nHow many pilots work here?\nWho pays?\nWhen?\n\n",
])
def test_a_text_opening_with_questions_is_no_transcript(ruleset, opening):
    text = opening + _FILLER * 3 + _WORD
    assert transcript_turns(text) == []
    assert ("QC331", "horrific") in warnings(ruleset, text, "QC331")


_ENTRY = ("HOW IT WORKS: Arrives by e-mail and wipes the disk.\n\nIMPACT: Thousands of machines "
          "were hit.\n\nSTATUS: Police have arrested a student.\n\n")


def test_a_fact_boxs_recurring_headings_are_no_transcript():
    text = "Three viruses that struck this year:\n\n" + _ENTRY * 3
    assert transcript_turns(text) == []


def test_speakers_out_of_a_fixed_round_stay_a_transcript():
    turns = ["SMITH: We filed.", "ROE: Why?", "SMITH: Because.", "DOE: I agree.", "ROE: Fine.",
             "SMITH: Good.", "DOE: Yes."]
    assert len(transcript_turns("\n\n".join(turns) + "\n")) == len(turns)


@given(st.integers(min_value=2, max_value=6))
def test_two_alternating_speakers_stay_a_transcript(rounds):
    text = "".join(f"HOST: Question {i}?\n\nROE: Answer {i}.\n\n" for i in range(rounds))
    assert len(transcript_turns(text)) == 2 * rounds
