"""A block quotation printed without marks after its lead-in ('In the letter, the mayor
wrote:'), and a post printed after its author's name and handle, are others' words: their
loaded words are not the narrator's (issue 15). Snippets of our own (never corpus text)."""
import pytest

from framing_helpers import warnings
from quotecheck.framing.blockquotes import block_quotations, is_lead_in
from quotecheck.resources.ruledata import load_data

_NEWS = ("The city council voted 7-2 on Tuesday to approve the new budget, officials said. "
         "The plan adds $4 million for road repairs, according to a city statement. ")
_AFTER = "Council members did not respond on Wednesday to requests for comment on the letter."


def _story(lead_in: str, paragraph: str) -> str:
    return "\n\n".join(["Budget Passes After Long Debate", _NEWS, lead_in, paragraph, _AFTER])


@pytest.mark.parametrize("example", load_data("opinion-voice")["block_quotes"]["examples"])
def test_block_quote_examples(example):
    text = example["text"]
    assert [text[s:e] for s, e in block_quotations(text)] == example["quoted"]


@pytest.mark.parametrize("lead_in", [
    "In a letter to the paper on Friday, the mayor wrote:",
    "The statement from her office reads, in part:",
    "Here is what the mayor had to say about the vote:",
    "The mayor's office said in a statement on Fri., Aug. 28:",
])
def test_the_paragraph_after_a_lead_in_is_the_quoted_authors(ruleset, lead_in):
    quoted = ("The council members who voted for this are gutless, and the whole city will "
              "pay for their cowardice for years to come.")
    assert warnings(ruleset, _story(lead_in, quoted), "QC331") == []


@pytest.mark.parametrize("lead_in", [
    "The plan has three parts, and the reaction from residents was swift:",
    "Read more:",
    "Here is what happened next:",
])
def test_a_colon_without_a_cue_of_saying_leaves_the_narrators_voice(ruleset, lead_in):
    text = _story(lead_in, "The gutless council members then left the chamber through a side "
                           "door before the crowd could reach them.")
    assert ("QC331", "gutless") in warnings(ruleset, text, "QC331")


def test_only_the_one_paragraph_after_the_lead_in_is_quoted(ruleset):
    text = "\n\n".join(["Budget Passes After Long Debate", _NEWS, "In the letter, the mayor wrote:",
                        "This budget is the best the city has seen in a decade, and it will "
                        "fix the roads.",
                        "The gutless council members then left the chamber through a side "
                        "door before the crowd could reach them.", _AFTER])
    assert ("QC331", "gutless") in warnings(ruleset, text, "QC331")


def test_an_embedded_post_with_its_author_first_is_the_posters(ruleset):
    post = "Ann Roe (@annroe) The council is gutless and this budget is a disgrace."
    assert warnings(ruleset, _story("The treasurer posted her reply on Tuesday.", post),
                    "QC331") == []


@pytest.mark.parametrize("lead_in, expected", [
    ("The minister added:", True),
    ("Trump tweeted twice, and the reaction was swift:", False),
    ("Check out some notes from the game:", False),
    ("A memo seen by the paper, dated Monday, says:", True),
])
def test_lead_in_cue_sits_in_the_clause_before_the_colon(lead_in, expected):
    assert is_lead_in(lead_in) is expected
