"""Issue 15, QC331/QC330 precision: reported clauses the
narration missed, each beside the narrator's own use, which keeps its warning:

- a verb of saying whose that-less clause opens with a gerund subject ('Critics said hiring a
  cousin is an egregious abuse');
- a noun of allegation with a pronoun clause and no 'that' ('over accusations he used city
  funds to smear a rival'); not a relative clause on the noun ('the claims he made');
- a listener named by a joint poll ('told the Reuters/Ipsos pollsters that');
- an accuser's list of charges going on after ', while' and a gerund.

Snippets of our own."""
import pytest

from framing_helpers import flagged


@pytest.mark.parametrize("text, code, word", [
    ("Critics said hiring a cousin for the post is an egregious abuse of power.", "QC331",
     "egregious"),
    ("Senators argued closing the only clinic in the valley would be shameful.", "QC331",
     "shameful"),
    ("The mayor faces a vote over accusations he used city funds to smear a rival.", "QC331",
     "smear"),
    ("The board met amid allegations she quietly paid trolls to harass the council.", "QC331",
     "trolls"),
    ("Most voters told the Acme/Vale pollsters that the mayor is trying to smear his rival.",
     "QC331", "smear"),
    ("Lee has accused the mayor of stoking division, while aligning himself with developers, "
     "and cozying up to dictators abroad.", "QC330", "dictators"),
])
def test_reported_clause_without_that_is_the_speakers(ruleset, text, code, word):
    assert (code, word) not in flagged(ruleset, text, code)


@pytest.mark.parametrize("text, code, word", [
    ("Hiring a cousin for the post is an egregious abuse of power.", "QC331", "egregious"),
    ("The mayor said nothing about the brutal cuts that were announced.", "QC331", "brutal"),
    ("The claims he made against the mayor were a smear.", "QC331", "smear"),
    ("The accusations they leveled at him were a smear.", "QC331", "smear"),
    ("The mayor used city funds to smear a rival.", "QC331", "smear"),
    ("Lee accused the mayor of lying, while the dictators he courted went unmentioned.",
     "QC330", "dictators"),
])
def test_the_narrators_own_use_keeps_the_warning(ruleset, text, code, word):
    assert (code, word) in flagged(ruleset, text, code)
