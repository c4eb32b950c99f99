"""Issue 15: an embedded post whose words end on its signature's line claims the
paragraph before it when that paragraph reads as the post (a handle, a hashtag or an
ampersand, or words of a quotation the report gave just before); a narration paragraph
before it stays body. Invented snippets."""
from __future__ import annotations

from quotecheck.load.furniture import view_regions

SIG = " \u2014 Ann Roe (@annroe_x) March 3, 2021"


def _posts(text):
    return [text[s:e] for kind, s, e in view_regions(text) if kind == "embedded-post"]


def test_a_post_paragraph_echoing_the_reports_quotation_is_the_post():
    text = ("The harbour master answered her critics in a post on Tuesday night, saying the "
            "\u201cferry lamps were never the problem at all\u201d and that crews had done well.\n\n"
            "The ferry lamps were never the problem at all. Blame the cowardly board.\n\n"
            "We will keep the boats running all winter." + SIG + "\n\n"
            "The board did not answer questions about the lamps on Wednesday.\n")
    posts = _posts(text)
    assert len(posts) == 1 and posts[0].startswith("The ferry lamps were never")


def test_a_post_paragraph_with_a_handle_or_ampersand_is_the_post():
    text = ("The mayor and the harbour board traded words across the week about the ferry "
            "timetable and its winter gaps.\n\n"
            "Crews & pilots deserve better than the board's cowardly silence.\n\n"
            "Ask @harbourboard_x why the lamps are out." + SIG + "\n")
    assert _posts(text)[0].startswith("Crews & pilots")


def test_a_narration_paragraph_before_the_post_stays_body():
    text = ("The mayor and the harbour board traded words across the week about the ferry "
            "timetable and its winter gaps.\n\n"
            "The board chose a cowardly silence on Tuesday.\n\n"
            "Ask the board why the lamps are out." + SIG + "\n")
    posts = _posts(text)
    assert len(posts) == 1 and posts[0].startswith("Ask the board")
