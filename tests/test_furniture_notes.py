"""Page furniture: lines that are furniture only by their contents (a syndicate's sales desks
wrapped over lines) or by their place (a closing note on the signed writer)."""
from __future__ import annotations

from tests.test_furniture import BODY, kinds, page


# -- a syndicate's sales desks wrapped over lines, and a columnist's closing note ----------
def test_contact_number_lines_are_chrome():
    for line in ("1-555-210-3344 or 555-210-8811, or fax her at 555-210-3399.",
                 "40-11-22-33 or 40-11-22-44; telex, 271-830.", "fax, 555-210-3399."):
        assert kinds(page("Headline Here", BODY, line))[line] == "chrome", line
    appeal = "Police asked anyone who saw the van to call the incident room on 555-210-3344."
    assert kinds(page("Headline Here", BODY, appeal))[appeal] == "body"


NOTE = ("Mara Quillfeather is the director of Harbour Trends, a research firm that surveys "
        "shoppers aged 18 to 30. Her firm publishes the Harbour Report twice a year.")


def test_a_closing_note_on_the_columnist_is_a_byline():
    text = page("Gifts For The New Graduate", "By MARA QUILLFEATHER", BODY, BODY[:60] + " again.",
                "The survey asked seniors what they wanted most this spring.", NOTE)
    assert kinds(text)[NOTE] == "byline"


def test_a_sentence_about_someone_else_or_without_a_byline_stays_body():
    other = NOTE.replace("Mara Quillfeather", "Tom Ashdown")
    text = page("Gifts For The New Graduate", "By MARA QUILLFEATHER", BODY,
                "The survey asked seniors what they wanted most this spring.", other)
    assert kinds(text)[other] == "body"
    unsigned = page("Gifts For The New Graduate", BODY,
                    "The survey asked seniors what they wanted most this spring.", NOTE)
    assert kinds(unsigned)[NOTE] == "body"
