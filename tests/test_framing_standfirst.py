"""A thesis standfirst under the picture's credit over a narration that attributes and quotes
little reads as opinion (issue 11/15): the examples of ``[essay.standfirst]`` in
``rules/data/opinion-voice.toml`` run; the same narration without the standfirst, with an
anchored or attributed one, or with no credit above it stays news, and so does a report under
the same layout. Snippets of our own (never corpus text)."""
import pytest

from framing_helpers import assert_opinion_example, narration_opinion as read
from quotecheck.framing.standfirst import standfirst
from quotecheck.resources.ruledata import load_data

STANDFIRST = "a standfirst stating a thesis"
EXAMPLES = load_data("opinion-voice")["essay"]["standfirst"]["examples"]
COLUMN = next(e["text"] for e in EXAMPLES if e["opinion"])
CREDIT = "Harbour cranes stand idle at the old quay in Port Alder. (Jane Roe/Coastal Press)"
DEK = "Shelving the harbour plan now would cost the town far more than finishing it."


@pytest.mark.parametrize("example", EXAMPLES)
def test_standfirst_rule_examples(example):
    assert_opinion_example(example, STANDFIRST)


def test_without_the_standfirst_the_same_narration_stays_news():
    assert read(COLUMN.replace(DEK + "\n\n", "", 1)) is None


def test_without_the_credit_the_short_paragraph_is_no_standfirst():
    assert read(COLUMN.replace(CREDIT + "\n\n", "", 1)) is None


@pytest.mark.parametrize("dek", [
    "The board voted on Tuesday to shelve the plan to deepen the channel.",
    "Shelving the plan will cost the town 40 jobs, the dockers' union says.",
    "\u201cWe cannot afford it,\u201d the board chair told the meeting.",
    "The board shelved the plan in March."])
def test_an_anchored_or_attributed_standfirst_stays_news(dek):
    assert read(COLUMN.replace(DEK, dek, 1)) is None


@pytest.mark.parametrize("head, expected", [
    ("Title\n\nA caption. (Ann Lee/Agency)\n\nA thesis in one short sentence here.\n\nBody.",
     "A thesis in one short sentence here."),
    ("Title\n\n(Ann Lee/Agency)\n\nThe plan may fail. In many ways, it already has.\n\nBody.",
     "The plan may fail. In many ways, it already has."),
    # three sentences: a lede, not a standfirst
    ("Title\n\n(Ann Lee/Agency)\n\nThe plan failed. It was costly. Nobody asked why.\n\nBody.",
     None),
    # a caption with no credit
    ("Title\n\nA caption of the quay.\n\nA thesis in one short sentence here.\n\nBody.", None),
    # a standfirst with no body after it
    ("Title\n\n(Ann Lee/Agency)\n\nA thesis in one short sentence here.", None),
    # too short to state anything
    ("Title\n\n(Ann Lee/Agency)\n\nRead on.\n\nBody.\n\nMore.", None)])
def test_standfirst_layout(head, expected):
    assert standfirst(head) == expected
