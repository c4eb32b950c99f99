"""A lede's verdict on a figure's claim in the narrator's own voice reads as opinion (issue
11/15, disc30, judge27b): the examples of ``[lede_verdict]`` in ``rules/data/opinion-voice.toml``
run; a past-tense verdict, one inside a quotation and one far below the lede stay news.
Snippets of our own (never corpus text)."""
import pytest

from framing_helpers import assert_opinion_example, narration_opinion as read
from quotecheck.resources.ruledata import load_data

VERDICT = "the narrator's verdict on a figure's claim in the lede"


@pytest.mark.parametrize("example", load_data("opinion-voice")["lede_verdict"]["examples"])
def test_lede_verdict_examples(example):
    assert_opinion_example(example, VERDICT)


_HEAD = "Harbour Board Weighs Dredging Plan\n\n"
_REPORT = ("The harbour board met on Thursday to discuss the dredging plan for the coming "
           "year, officials said. The work would cost about four million. Board members heard "
           "from fishermen, ferry crews and two boatyard owners. The board is expected to vote "
           "on the plan at its next meeting in May.")


def test_a_verdict_after_a_claim_in_the_lede():
    text = (_HEAD + 'The harbour master said the channel "is silting up faster every year." '
            "He's right about that. " + _REPORT + "\n")
    assert read(text).startswith(VERDICT)


@pytest.mark.parametrize("verdict", [
    # a quoted speaker's verdict, a past tense about a prediction, a longer clause
    '"He is right," the mayor said.', "He was right.", "He's right that the channel is shallow."])
def test_other_verdicts_stay_news(verdict):
    text = (_HEAD + "The harbour master said the channel would silt up by spring. " + verdict
            + " " + _REPORT + "\n")
    assert read(text) is None


def test_a_verdict_far_below_the_lede_is_not_read():
    text = _HEAD + (_REPORT + "\n\n") * 6 + "The harbour master says the cost will double. " \
        "He's right.\n"
    assert read(text) is None
