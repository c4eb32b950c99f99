"""Issue 15, QC331 precision (attributed content outside marks): a framing word inside attributed
content printed without marks around it, each form beside the narrator's own use, which keeps
its warning:

- a gerund subject's clause after a speech verb, one word of it in marks and the rest after
  the closing mark ('said merging the bills would be a "cowardly" bait-and-switch');
- a view after 'worry' without 'that' ('Many tenants worry the union is too timid', 'worry
  it needs ...'); not a preposition's phrase after it;
- a paragraph that leaves a quoted passage open before its speaker's tag ('..., Roe said.'),
  then a paragraph without marks: the passage run on.

Snippets of our own."""
import pytest

from framing_helpers import flagged

from quotecheck.framing.blockquotes import block_quotations

_RUN_ON = ("The mayor has drawn fire from all sides, but \"that habit sits at the core "
           "of the council's politics, Ann Roe said.\n\nSo at present the council is trying "
           "two things at once. On one side you have the cranks selling insane theories about "
           "the levy.\n\nThe council meets again on Monday.")


@pytest.mark.parametrize("text, code, word", [
    ("Ortiz said merging the two levies would be a \"cowardly\" bait-and-switch and an "
     "insult to tenants.", "QC331", "bait-and-switch"),
    ("She argued folding the two bills together was a \"cynical\" bait-and-switch.", "QC331",
     "bait-and-switch"),
    ("Many tenant organisers worry the union is far too timid, and that what it lacks is a "
     "radical left wing.", "QC331", "radical left"),
    ("Many tenant organisers worry it lacks a truly radical left wing.", "QC331",
     "radical left"),
    (_RUN_ON, "QC331", "insane"),
])
def test_attributed_content_without_marks_is_the_speakers(ruleset, text, code, word):
    assert (code, word) not in flagged(ruleset, text, code)


@pytest.mark.parametrize("text, code, word", [
    ("The merger of the two levies was \"bold\" and a bait-and-switch.", "QC331",
     "bait-and-switch"),
    ("Ortiz said merging the two levies would be \"cowardly.\" It is a bait-and-switch.",
     "QC331", "bait-and-switch"),
    ("Ortiz said merging the two levies would be \"cowardly,\" a bait-and-switch.", "QC331",
     "bait-and-switch"),
    ("The new levy rules worry the radical left flank of the union.", "QC331", "radical left"),
    ("The union wants a more radical left flank.", "QC331", "radical left"),
    ("All the organisers are worried about is the radical left wing of the union.", "QC331",
     "radical left"),
    # the quotation closed: the next paragraph is the narrator's
    (_RUN_ON.replace("politics, Ann", "politics,\" Ann"), "QC331", "insane"),
    # a term whose closing mark a typo dropped is no passage left open
    ("The mayor called the levy \"bold, Ann Roe said.\n\nThe vote on Tuesday showed the "
     "council is full of cranks with insane theories about the levy.", "QC331", "insane"),
])
def test_narrators_own_word_keeps_its_warning(ruleset, text, code, word):
    assert (code, word) in flagged(ruleset, text, code)


def test_passage_left_open_runs_into_the_next_paragraph_only():
    spans = block_quotations(_RUN_ON)
    assert [_RUN_ON[s:e] for s, e in spans] == [_RUN_ON.split("\n\n")[1]]
