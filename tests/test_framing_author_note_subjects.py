"""A report's last line about a news subject is no op-ed author's note (issue 15/11).

"Name is the director of the agency.", "Name, 38, is the founder of ...", "Name is the
author of the bill.", "Name is expected to chair ...", a staff writer's bio: the short
author's-note test (:mod:`quotecheck.framing.authornotes`) read these as an op-ed's note, so
the report read as opinion and its framing findings were silenced. Snippets of our own."""
import pytest

from framing_helpers import closing_bio_report, narration_opinion as read, with_foot
from quotecheck.framing.authornotes import author_note, byline_note

NOTE_REASON = "an author's note closing the piece"
BODY = closing_bio_report()


@pytest.mark.parametrize("line", [
    "Sen. Ann Lee is the author of the bill.",
    "Ann Lee is the director of the agency.",
    "Ann Lee is the president of the company, which owns two of the freighters.",
    "Ann Lee is the author of the complaint the board received in March.",
    "Prime Minister Ann Lee is expected to chair the talks on Friday.",
    "Port Minister Ann Lee is reportedly to chair a crisis meeting on Saturday evening.",
    "John Doe, aged 38, is the founder of a shipping firm in the northern ports.",
    "John Doe, 38 and living in Port Alder, is the founder of a shipping firm.",
    "Jane Roe is a Coastal Courier staff writer. Email: jroe@example.com",
    "Jane Roe, the Courier's bureau chief, is the author of \u201cThe Quay.\u201d"])
def test_a_news_subjects_last_line_keeps_the_report_news(line):
    assert read(with_foot(BODY, line)) is None


@pytest.mark.parametrize("line", [
    "Jane Roe is a professor of law at Dale University.",
    "Jane Roe, a former harbour commissioner, is president of the Harbour Institute.",
    "Jane Roe is the author of \u201cThe Quay.\u201d Follow her on Twitter.",
    "Jane Roe is an author, and a fellow at the Harbour Institute.",
    "Jane Roe is the editor of the Harbour Review and author of the book The Quay.",
    "John Doe is a senior fellow at the Harbour Institute and a former port director."])
def test_an_authors_note_still_closes_an_op_ed(line):
    assert read(with_foot(BODY, line)) == NOTE_REASON


def test_only_the_role_after_the_name_is_read():
    """A lower-case definite noun elsewhere in the note (an apposition) is no news subject's
    role object."""
    assert author_note("Jane Roe, a veteran of the shipping trade, is co-founder of the "
                       "Harbour Forum, a group of pilots.")


def test_the_byline_note_reads_the_same_way():
    head = "Harbour Plan\n\nBy Jane Roe\n\n({})\n\nThe board voted.\n"
    assert byline_note(head.format("Jane Roe is president of the Harbour Institute."))
    assert not byline_note(head.format("Jane Roe, 38, is the founder of a shipping firm."))
