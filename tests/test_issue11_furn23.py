"""Issue 11 (baly_201801 untuned reading, furn23): a headline in capitals standing alone
between two body paragraphs of a page whose own headline is not in capitals is a link to
another story ("RIVAL SLAMS MAYOR OVER 'RECKLESS' LEVY"), not the narrator's voice; shouted
quotations, transcript speaker labels, short wire subheads and the opening headline stay what
they were. Snippets of our own, shaped like the copy read (never corpus text)."""
import pytest

from framing_helpers import warnings
from furniture_helpers import block_kinds
from quotecheck.load.lineshape import caps_headline

HEAD = "Harbour council delays vote on freight levy"
P1 = ("The harbour council put off its vote on the freight levy on Tuesday after a long "
      "debate over the cost of the new docks.")
P2 = ("Members said they would meet again next month, once the port authority has sent its "
      "figures for the coming year.")


def _kinds(line, head=HEAD):
    text = "\n\n".join((head, P1, line, P2)) + "\n"
    return block_kinds(text)


LINKS = [
    "DOCK WORKERS SLAM COUNCIL OVER 'RECKLESS' FREIGHT LEVY",
    "MAYOR BLASTS RIVALS AFTER VOTE, SAYING HARBOUR PLAN 'WILL SINK THE TOWN'",
    "PORT CHIEF WHO BACKED THE LEVY: 'I WOULD DO IT AGAIN', EVEN IF THE COUNCIL SAYS NO TO IT",
    "FERRY OPERATOR QUITS BOARD OF HARBOUR TRUST AFTER LONG ROW",
    "RIVAL SLAMS 'RECKLESS' LEVY",
]


@pytest.mark.parametrize("line", LINKS)
def test_a_capitals_headline_between_paragraphs_is_a_related_link(line):
    kinds = _kinds(line)
    assert kinds[line] == "related"
    assert kinds[P1] == kinds[P2] == "body" and kinds[HEAD] == "headline"


def test_the_emotive_verb_of_a_linked_headline_raises_no_warning(ruleset):
    text = "\n\n".join((HEAD, P1, LINKS[0], P2)) + "\n"
    assert [w for w in warnings(ruleset, text, "QC302") if w[0] == "QC302"] == []


@pytest.mark.parametrize("line", [
    "\u201cWE WILL NOT PAY THIS LEVY, NOT NOW AND NOT EVER\u201d",   # a shouted quotation
    "'NO LEVY, NO WAY' CHANTED THE CROWD OUTSIDE THE HALL",
    "JANE DOE, HOST:",                                             # a transcript's speaker
    "THE DOCK WORKERS ARE ANGRY AND THEY WILL STRIKE ON MONDAY.",  # a sentence
    "A CLOUD OVER THE DOCKS",                                      # a short wire subhead
    "- HARBOUR POLICE AND COAST GUARD ON THE SCENE",               # a list item
])
def test_quotations_labels_sentences_and_short_subheads_are_no_link(line):
    assert _kinds(line)[line] != "related"


def test_a_page_with_its_headline_in_capitals_keeps_its_capital_subheads():
    line = LINKS[3]
    assert _kinds(line, head=HEAD.upper())[line] != "related"


def test_the_opening_headline_in_capitals_stays_the_headline():
    head = "DOCK WORKERS SLAM COUNCIL OVER 'RECKLESS' FREIGHT LEVY"
    text = "\n\n".join((head, P1, P2)) + "\n"
    assert block_kinds(text)[head] == "headline"


def test_a_mixed_case_line_is_no_capitals_headline():
    assert not caps_headline("Dock workers slam council over 'reckless' freight levy")
    assert caps_headline(LINKS[0])


@pytest.mark.parametrize("line", [
    "SEE ALSO: Harbour chief: the levy is \u2018a tax on every shopper\u2019",
    "More:Port trust calls the freight levy 'a mistake'",
])
def test_a_labelled_link_line_is_related(line):
    assert _kinds(line)[line] == "related"


def test_see_also_inside_a_sentence_stays_text():
    line = "See also the port authority's figures, which show freight falling for a third year."
    assert _kinds(line)[line] == "body"


def test_a_short_line_over_a_labelled_link_stays_a_link():
    first = "Fact check: Port trust figures on freight are out of date"
    text = "\n\n".join((HEAD, P1, first, "More:Council names new harbour master", P2)) + "\n"
    assert block_kinds(text)[first] == "related"
