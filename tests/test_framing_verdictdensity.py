"""A narration that passes its own verdicts in many of its sentences, attributes little and
leaves the news anchors out reads as opinion (issue 11/15): the examples of
``[verdict_density]`` in ``rules/data/opinion-voice.toml`` run; the same column without its
verdict words, or anchored in days, dates and officials, stays news, and so does a report
whose verdicts are attributed. Snippets of our own (never corpus text)."""
import pytest

from framing_helpers import assert_opinion_example, narration_opinion as read
from quotecheck.resources.ruledata import load_data

VERDICTS = "the narrator passes its own verdicts"
EXAMPLES = load_data("opinion-voice")["verdict_density"]["examples"]
COLUMN = next(e["text"] for e in EXAMPLES if e["opinion"])


@pytest.mark.parametrize("example", EXAMPLES)
def test_verdict_density_rule_examples(example):
    assert_opinion_example(example, VERDICTS)


def test_the_column_reads_as_opinion_by_its_verdicts():
    reason = read(COLUMN)
    assert reason is not None and reason.startswith(VERDICTS)


def test_the_column_without_its_verdict_words_stays_news():
    plain = COLUMN.replace("Shameful", "Costly").replace("shameful", "costly") \
        .replace("laughable", "odd").replace("cynical", "clumsy")
    assert read(plain) is None


def test_the_column_anchored_in_days_and_officials_stays_news():
    anchored = COLUMN.replace("The regional council has approved",
                              "On Tuesday the regional council approved") \
        .replace("The councillors who voted", "Sen. Roe and the councillors who voted") \
        .replace("Its authors warn", "Last week its authors warned") \
        .replace("The council should publish", "In March the council published") \
        .replace("Until it does", "Until the vote in August") \
        .replace("Any engineer can see", "An inspection in January found") \
        .replace("Such an arrangement would be laughable if it were not so costly.",
                 "The arrangement cost the public $2 million last year, a laughable sum to them.")
    assert read(anchored) is None


def test_an_exception_phrase_is_no_verdict():
    """'lame duck' is in the lexicon's exceptions: the second word it would add is no verdict."""
    lame = "The warning comes from a lame duck council that wants commuters to pay."
    cynical = "The warning is a cynical attempt to frighten commuters into paying."
    # (the headline's own verdict, 'Shameful', lowers the argument bar now: left out)
    spared = COLUMN.replace(cynical, lame).replace("laughable", "odd") \
        .replace("Are a Shameful Bargain", "Are a Bargain")
    assert lame in spared and read(spared) is None
