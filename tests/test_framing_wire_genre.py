"""Genre marked in wire copy itself (issue 11, DUC 2007 newswire): a syndicated editorial,
review or column, and a press digest of other newspapers, whose framing words are at most
info; signed, datelined news under the same furniture stays a warning. Snippets of our own,
shaped like the wire copy (never corpus text)."""
import pytest

from framing_helpers import warnings
from test_framing_reading_sixth import lowered

BODY = ("The junta has jailed hundreds of dissidents and the notorious regime keeps the "
        "opposition leader under watch. Neighbours ought to press it to talk.")
ECHO = "The regime replied that the dissidents had broken the law."


@pytest.mark.parametrize("text", [
    # an unsigned piece with no dateline under a newspaper's copyright: its editorial
    "A BAD NEIGHBOUR\n\n(For use by Lakeside Herald News Service clients)\n\n"
    "c.2001 The Lakeside Herald\n\n" + BODY,
    # the editors' note names the piece a review
    "A DULL FILM ABOUT A JUNTA\n\n(Eds.: Credits are at end of review.)\n\nBy JANE ROE\n\n"
    "c.2001 N.Y. Times News Service\n\n" + BODY,
    # a books page
    "NEW BOOKS\n\nBy JANE ROE\n\n" + BODY + "\n\n_ Reviewed by JOHN DOE",
    # a critic's closing tagline, bracketed by the wire
    "THE YEAR ON SCREEN\n\nBy JANE ROE\n\nc.2001 The Lakeside Herald\n\n" + BODY + "\n\n"
    + ECHO + "\n\n(Jane Roe is TV critic for the Lakeside Herald. Visit its site.)",
])
def test_wire_copy_marked_as_opinion_is_info(ruleset, text):
    assert lowered(ruleset, text, "QC330", "notorious")


def test_a_press_digest_is_the_summarised_papers_words(ruleset):
    text = ("Major News Items in Leading Inland Newspapers\n\nRIVERTON, May 3 (Xinhua) -- The "
            "following are the chief news items in leading Inland newspapers published today:\n\n"
            "The Daily Post\n\n-- " + BODY + "\n\nThe Evening Star\n\n-- The port reopened.")
    assert lowered(ruleset, text, "QC330", "notorious")


@pytest.mark.parametrize("text", [
    # signed news under a copyright line
    "JUNTA JAILS DISSIDENTS\n\nBy JANE ROE\n\nc.2001 The Lakeside Herald\n\n" + BODY,
    # unsigned but datelined: a news report
    "JUNTA JAILS DISSIDENTS\n\nc.2001 N.Y. Times News Service\n\nBANGKOK, Thailand _ " + BODY,
    # a news story ending on a critic of the government
    "JUNTA JAILS DISSIDENTS\n\nBy JANE ROE\n\n" + BODY + "\n\n" + ECHO + "\n\nJohn Doe is a "
    "longtime critic of the generals.",
    # a news item that mentions a newspaper's report
    "BANGKOK (AP) -- " + BODY + " The following day, a newspaper reported the arrests.",
])
def test_news_under_wire_furniture_stays_a_warning(ruleset, text):
    assert ("QC330", "notorious") in warnings(ruleset, text, "QC330")
