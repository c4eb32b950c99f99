"""An argument marker in the narrator's own sentences ('The irony here is ...', 'Too bad ...', 'I'll leave you with ...') reads as an argued piece, read after every other reading (issue 11/15):
the examples of ``[argument_marks]`` in ``rules/data/opinion-voice.toml`` run; the same remark
inside a quotation, or a news form left out of the list, stays news. Snippets of our own
(never corpus text)."""
import pytest

from framing_helpers import assert_opinion_example, narration_opinion as read
from quotecheck.framing.columnvoice import argument_mark
from quotecheck.resources.ruledata import load_data

MARKED = "the narrator comments on its own account"
EXAMPLES = load_data("opinion-voice")["argument_marks"]["examples"]
POST = next(e["text"] for e in EXAMPLES if e["opinion"])
REMARK = ("The irony here is that the fee was sold as a way to help those same shops, "
          "by freeing spaces for their customers.")


@pytest.mark.parametrize("example", EXAMPLES)
def test_argument_mark_rule_examples(example):
    assert_opinion_example(example, MARKED)


@pytest.mark.parametrize("remark", [
    "So there you have it: a fee nobody paid, refunded to everybody.",
    "But here's the thing: the shops never asked for the spaces.",
    "Too bad the council only counted the spaces and not the customers.",
    "I'll leave you with the mayor's own words from the March meeting.",
    "There's a nuance here that the vote leaves out.",
    "It is fascinating watching the council defend a fee it has just repealed.",
    "We've seen this before: a fee passed in spring and dropped by autumn.",
    "Parting thought: will the council ever ask the shop owners first?",
    "(Disclaimer: I rent a parking space from one of the shop owners.)",
    "The council will now study the evening fee, god forbid it should ask the shops first.",
])
def test_other_marks_read_as_argued(remark):
    reason = read(POST.replace(REMARK, remark, 1))
    assert reason is not None and reason.startswith(MARKED)


@pytest.mark.parametrize("remark", [
    "Let's take a quick look at how the fee worked.",
    "In other words, the city will give the money back.",
    "The fee, of course, was approved by a vote of 5 to 4.",
    "Beware of letters asking for permit numbers, the budget office warned.",
    "The fee was approved in March by a vote of 5 to 4.",
    "She was right: the permits sold out within a week.",
    "Disclosure: the paper's owner sits on the board of the shop owners' group.",
    "One caveat: the refunds do not cover the late fees.",
    "The fee was meant to park more shoppers (pun intended) on Main Street.",
    "The irony is that the fee was sold as a help to the same shops.",
    "One wonders whether anyone on the council ever parked downtown.",
    "It is remarkable to see the downtown lots full again on a Saturday.",
])
def test_news_forms_stay_news(remark):
    assert read(POST.replace(REMARK, remark, 1)) is None


@pytest.mark.parametrize("sentence, mark", [
    ("the irony here is that nobody parked there.", "the irony here is"),
    ("the irony is that nobody parked there.", None),
    ("and she was right.", None),
    ("yet one can only wonder whether it mattered.", None),
    ("the shop owners were right to complain, the mayor said.", None),
    ("it was too bad to drive on, the crews said.", None),
])
def test_argument_mark_reads_the_narrator_sentence(sentence, mark):
    assert argument_mark([sentence]) == mark
