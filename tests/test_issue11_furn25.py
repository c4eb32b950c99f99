"""Issue 11 (baly_201906 untuned reading, furn25): a "Label: Headline" link to another story
set between a story's body paragraphs ("Trade deal:Minister claims ...", "BUDGET FIGHT:
Senator slams ...", or a run of such lines) is a related link, not the narrator's voice; a
story's own subhead of that shape standing alone, a writer's question after a colon, a
transcript's or live page's repeated label and a sentence stay what they were. The lines
are rule data (``[labelled_links]`` in furniture.toml); snippets of our own, never corpus text."""
import pytest

from framing_helpers import warnings
from furniture_helpers import block_kinds
from quotecheck.resources.ruledata import load_data

DATA = load_data("furniture")["labelled_links"]
HEAD = "Harbour council delays vote on freight levy"
P1 = ("The harbour council put off its vote on the freight levy on Tuesday after a long "
      "debate over the cost of the new docks.")
P2 = ("Members said they would meet again next month, once the port authority has sent its "
      "figures for the coming year.")


def _kinds(*lines):
    text = "\n\n".join((HEAD, P1) + lines + (P2,)) + "\n"
    return block_kinds(text)


@pytest.mark.parametrize("line", DATA["links"])
def test_a_labelled_link_between_paragraphs_is_related(line):
    kinds = _kinds(line)
    assert kinds[line] == "related"
    assert kinds[P1] == kinds[P2] == "body" and kinds[HEAD] == "headline"


def test_spaced_labelled_links_in_a_run_are_related():
    kinds = _kinds(*DATA["runs"])
    assert [kinds[x] for x in DATA["runs"]] == ["related"] * len(DATA["runs"])


@pytest.mark.parametrize("line", DATA["runs"][:1] + DATA["text"])
def test_a_lone_subhead_a_question_or_a_sentence_is_no_link(line):
    assert _kinds(line)[line] != "related"


def test_a_label_that_heads_other_lines_is_a_speaker_not_a_link():
    turn = "MAYOR: 'We will not pay this levy, not now and not ever' says the town"
    other = "MAYOR: We have said so for a year and we will say it again."
    kinds = _kinds(turn, P1.replace("Tuesday", "Monday"), other)
    assert kinds[turn] != "related"


def test_a_labelled_line_outside_the_body_stays_as_it_was():
    line = DATA["links"][0]
    text = "\n\n".join((HEAD, line, P1)) + "\n"
    assert block_kinds(text)[line] != "related"


def test_the_verb_of_a_linked_headline_raises_no_warning(ruleset):
    line = "Budget row:Senator slams council over 'reckless' freight levy plan"
    text = "\n\n".join((HEAD, P1, line, P2)) + "\n"
    assert [w for w in warnings(ruleset, text, "QC302") if w[0] == "QC302"] == []


@pytest.mark.parametrize("line", [
    "Earlier: Council Delays Freight Levy Vote Again",
    "Don\u2019t miss: Port trust calls the freight levy a mistake",
    "In case you missed it: Ferry crews walk out over the new rota",
])
def test_a_read_on_lead_word_makes_a_linked_headline(line):
    assert _kinds(line)[line] == "related"


def test_a_lead_word_before_lower_case_text_is_no_link():
    line = "Earlier: the council's own figures showed the levy pays for itself"
    assert _kinds(line)[line] != "related"


def test_a_story_headed_read_keeps_its_headline():
    head = "Read: The harbour trust's full statement on the freight levy"
    text = "\n\n".join((head, P1, P2)) + "\n"
    assert block_kinds(text)[head] == "headline"
