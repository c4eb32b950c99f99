"""The argued narrator's voice as opinion (issue 15, full scraped pages without a label):
the examples of ``rules/data/opinion-voice.toml`` run, and news that looks alike stays news.
Snippets of our own (never corpus text)."""
import pytest

from quotecheck.framing.narration import narration_for
from quotecheck.framing.voicescore import voice_features
from quotecheck.load.loader import load_text
from quotecheck.resources.ruledata import load_data
from quotecheck.story import Story

ARGUED = "the narrator argues in its own voice"


def voiced(text):
    doc = load_text(text, id="d")
    return narration_for(Story([doc]), doc).opinion


@pytest.mark.parametrize("example", load_data("opinion-voice")["argued"]["examples"])
def test_rule_examples(example):
    reason = voiced(example["text"])
    if example["opinion"]:
        assert reason is not None
    else:
        assert reason is None


def test_rule_data_says_what_and_why():
    data = load_data("opinion-voice")
    assert data["what"] and data["why"]
    assert {"min_voice", "max_attributions", "max_quoted", "min_marks"} <= set(data["argued"])


def _argued_text(quoted: bool) -> str:
    """An essay of 'we' and questions; with ``quoted`` the same words are an activist's,
    inside quotation marks, in a report that attributes them."""
    lines = ["Why do we wait? We have waited for years.", "The roads are worse than the schools.",
             "Is that too much to ask of us?", "We can fix the roads if we choose to."] * 6
    if quoted:
        lines = [f"\u201c{x}\u201d the organiser said at the rally on Monday." for x in lines]
    return "Roads Plan\n\n" + " ".join(lines) + " The vote is set for May."


def test_an_essay_of_we_and_questions_reads_as_argued():
    assert voiced(_argued_text(False)).startswith(ARGUED)


def test_the_same_words_quoted_in_a_report_stay_news():
    assert voiced(_argued_text(True)) is None


def test_a_commentary_promotion_at_the_foot():
    text = ("Roads Plan\n\nThe council met on Monday and the plan was set out in full. " * 3
            + "\n\nGet columns like this in your inbox every week.")
    assert voiced(text) == "a commentary page's promotion at the foot"


def test_features_count_quoted_share_and_attributions():
    f = voice_features("the mayor said \x00\x00\x00\x00. we wait?", ["we wait?"])
    assert f["we"] == 1.0 and f["question"] == 1.0
    assert 0 < f["quoted"] < 1 and f["attributions"] == 0.5
