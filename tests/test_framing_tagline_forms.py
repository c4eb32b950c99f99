"""More of a column's furniture (issue 15/11): the tagline's disclaimer ending on the pronoun
("The views expressed in this essay are hers."); the piece's own reprint line ("This
column first appeared in ..."), an opinion page's panel ("a member of the Ledger's Board of
Contributors") and an editorial's signature line ("The Editorial Board"). A report's body
under them reads as opinion; the same body with a report's own lines stays news. Snippets of
our own."""
import pytest

from framing_helpers import closing_bio_report, narration_opinion as read, with_foot

TAGLINE = "a columnist's tagline"
LINES = "a column's reprint line, an opinion panel or an editorial board's signature"
SIGNOFF = "a sign-off naming the piece a column printed before ('This column first appeared in ...')"
BODY = closing_bio_report()


@pytest.mark.parametrize("line", [
    "The views expressed in this essay are hers.",
    "The views expressed here are the author\u2019s."])
def test_a_disclaimer_ending_on_the_pronoun_is_a_tagline(line):
    assert read(with_foot(BODY, line)) == TAGLINE


@pytest.mark.parametrize("line", [
    "This column first appeared in the Dale Ledger.",
    "An earlier version of this column originally appeared in the Dale Ledger.",
    "Jane Roe writes for the Dale Ledger, where this column was first published.",
    "Jane Roe, a member of the Ledger’s Board of Contributors, teaches law."])
def test_a_reprint_line_or_a_panel_marks_a_column(line):
    # a reprint line at the foot may be read first by the column sign-off test: either reason
    assert read(with_foot(BODY, line)) in (LINES, SIGNOFF)


@pytest.mark.parametrize("line", [
    "This article was originally published in May.",
    "The board said the opinions expressed at the meeting were mixed.",
    "The column that angered the board appeared in the Ledger on Monday.",
    "The editorial board of the Ledger met on Monday."])
def test_a_reports_own_lines_stay_news(line):
    assert read(with_foot(BODY, line)) is None


def test_an_editorials_signature_line_marks_it():
    head, _, rest = BODY.partition("\n\n")
    assert read(head + "\n\nThe Editorial Board\n\n" + rest + "\n") == LINES
