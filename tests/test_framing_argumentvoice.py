"""A shorter argument piece told to the reader reads as opinion (issue 11/15, genre31): the
examples of ``[essay.argument]`` in ``rules/data/opinion-voice.toml`` run; a report on the
same subject, anchored and attributed, stays news, and so does the argued page without a
personal mark that attributes its claims. Snippets of our own (never corpus text)."""
import pytest

from framing_helpers import assert_opinion_example, narration_opinion as read
from quotecheck.resources.ruledata import load_data

ARGUMENT = "the narrator argues a thesis to the reader"


@pytest.mark.parametrize("example", load_data("opinion-voice")["essay"]["argument"]["examples"])
def test_argument_rule_examples(example):
    assert_opinion_example(example, ARGUMENT)


def _parks(marked: bool, attributed: bool = False) -> str:
    """A short piece on closing parks: argued in general terms; ``marked`` adds the
    narrator's 'we' and a question, ``attributed`` hangs most sentences on a speaker."""
    said = ", the mayor said" if attributed else ""
    lines = [f"Closing the small parks is the wrong way to save money{said}.",
             f"A park costs very little to keep open{said}.",
             "Any town that sells its green spaces cannot buy them back.",
             f"The savings are tiny, because the mowing is already contracted{said}.",
             "Children need somewhere to play that is not a car park.",
             "Nothing in the budget forces this choice.",
             f"The council should find the money elsewhere{said}.",
             "Such cuts only move the cost to the clinics and the schools.",
             "The parks were given to the town by the families who built it.",
             "They were meant to stay open for every generation after them.",
             "Selling them for a single year's relief would be a very poor bargain.",
             "The benches and the old bandstand were paid for by subscription.",
             "Each of them carries the name of a street that gave a few pennies a week.",
             "The trees along the eastern edge are older than the town hall.",
             "A car park built over their roots would last thirty years at most.",
             "The meadow behind the pond floods every spring and drains by summer.",
             "It holds the water that would otherwise run into the cellars of the high street.",
             "That alone is worth more than the sale would raise."]
    if marked:
        lines[5] = "Why should we accept it?"
        lines[9] = "We owe the next generation the same open gates."
    return "Keep the Parks Open\n\n" + " ".join(lines) + "\n"


def test_an_argued_page_with_we_and_a_question_reads_as_opinion():
    assert (read(_parks(True)) or "").startswith(ARGUMENT)


def test_the_argued_page_without_a_personal_mark_is_not_the_marked_argument():
    # without 'we' or a question it is not this test's argument; attributing nothing at all,
    # it is the unattributed argument of [essay.unattributed] (opin24)
    reason = read(_parks(False)) or ""
    assert not reason.startswith(ARGUMENT)
    assert reason.startswith("the narrator argues in general terms and attributes almost")


def test_the_unmarked_page_that_attributes_its_claims_stays_news():
    assert read(_parks(False, attributed=True)) is None


def test_the_marked_page_that_attributes_its_claims_stays_news():
    assert read(_parks(True, attributed=True)) is None
