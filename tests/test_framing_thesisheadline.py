"""An imperative thesis headline ('Stop Calling ...', 'Don't Count on ...') over a narration
that argues in general terms and attributes little reads as opinion (issue 11/15):
the examples of ``[essay.thesis_headline]`` in ``rules/data/opinion-voice.toml`` run; the same
narration under a plain or a quoted headline stays news. The opener 'Despite what you may
have heard, ...' is a columnist's aside to the reader. Snippets of our own (never corpus
text)."""
import pytest

from framing_helpers import assert_opinion_example, narration_opinion as read
from quotecheck.framing.columnvoice import reader_imperative
from quotecheck.resources.ruledata import load_data

THESIS = "an imperative thesis headline"
EXAMPLES = load_data("opinion-voice")["essay"]["thesis_headline"]["examples"]
COLUMN = next(e["text"] for e in EXAMPLES if e["opinion"])


@pytest.mark.parametrize("example", EXAMPLES)
def test_thesis_headline_rule_examples(example):
    assert_opinion_example(example, THESIS)


@pytest.mark.parametrize("headline", ["Don't Call the Bus Cuts a Crisis",
                                      "Let's Not Call the Bus Cuts a Crisis",
                                      "Forget the Talk of a Bus Crisis"])
def test_other_imperative_openers_read_as_a_thesis(headline):
    reason = read(COLUMN.replace("Stop Calling the Bus Cuts a Crisis", headline, 1))
    assert reason is not None and reason.startswith(THESIS)


@pytest.mark.parametrize("headline", ["City Trims Six Bus Routes",
                                      "\u2018Stop Calling It a Crisis\u2019: Riders Split on Bus Cuts",
                                      "Stopgap Plan Trims Six Bus Routes"])
def test_a_plain_or_quoted_headline_stays_news(headline):
    assert read(COLUMN.replace("Stop Calling the Bus Cuts a Crisis", headline, 1)) is None


@pytest.mark.parametrize("sentence", [
    "despite what you may have heard, the bridge will open on time.",
    "contrary to what you might have read, the tax fell last year.",
    "but despite what you have been told, the pool is not closing."])
def test_despite_what_you_heard_is_an_aside(sentence):
    assert reader_imperative([sentence])


@pytest.mark.parametrize("sentence", [
    "the mayor spoke despite what he had heard from the council.",
    "what you may have heard about the bridge came from the engineers."])
def test_no_aside_without_the_reader(sentence):
    assert not reader_imperative([sentence])
