"""A headline that passes its own verdict ('... Is a Liar', 'The Idiotic Fight over ...') over
a narration that argues in general terms and attributes little reads as opinion (issue 11/15):
the examples of ``[essay.verdict_headline]`` in ``rules/data/opinion-voice.toml`` run;
the same narration under a plain headline, or one that quotes the verdict, stays news.
Snippets of our own (never corpus text)."""
import pytest

from framing_helpers import assert_opinion_example, narration_opinion as read
from quotecheck.framing.essayvoice import headline_verdict
from quotecheck.resources.ruledata import load_data

VERDICT = "a headline passing its own verdict"
EXAMPLES = load_data("opinion-voice")["essay"]["verdict_headline"]["examples"]
COLUMN = next(e["text"] for e in EXAMPLES if e["opinion"])
TITLE = "The Mayor's Shameful Levy"


@pytest.mark.parametrize("example", EXAMPLES)
def test_verdict_headline_rule_examples(example):
    assert_opinion_example(example, VERDICT)


@pytest.mark.parametrize("headline", ["Jane Roe Is a Liar, Not a Rescuer",
                                      "The Idiotic Fight over the Ferry Levy"])
def test_other_verdict_headlines_read_as_a_thesis(headline):
    reason = read(COLUMN.replace(TITLE, headline, 1))
    assert reason is not None and reason.startswith(VERDICT)


@pytest.mark.parametrize("headline", ["Council Passes the Ferry Levy",
                                      "Islanders Call Ferry Levy \u2018Shameful\u2019",
                                      "Islanders call ferry levy \"shameful\""])
def test_a_plain_or_quoted_headline_stays_news(headline):
    assert read(COLUMN.replace(TITLE, headline, 1)) is None


@pytest.mark.parametrize("headline,found", [
    ("The Mayor's Shameful Levy", True),
    ("Roe takes war on 'fake news' to the island \u2013 and tells easily debunked lies", True),
    ("Roe's 'shameful' levy passes", False),
    ("Ferry levy passes\nA shameful day, islanders say", False)])
def test_headline_verdict_reads_the_first_line_outside_quotations(headline, found):
    assert headline_verdict(headline) is found
