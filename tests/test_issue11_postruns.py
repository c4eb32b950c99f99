"""Issues 11 and 15: words the narrator does not say. An embedded post of several
paragraphs whose handle or first person stands in an upper paragraph only is the post's
from that paragraph down to its signature; a lone grave accent opening a single quotation
closed by a right single mark quotes; a "Read: <headline>" line between paragraphs is a
related link. Invented snippets; each test that finds a post, a quotation or a link failed
before the change, and the others hold its limits (narration, apostrophes, code spans and a
sentence stay what they were)."""
from __future__ import annotations

from quotecheck.load.furniture import classify, view_regions
from quotecheck.text.quotemarks import find_quote_spans

SIG = " \u2014 Ann Roe (@annroe_x) March 3, 2021"
NARRATION = ("The mayor and the harbour board traded words across the week about the ferry "
             "timetable and its winter gaps, and the row went on into Friday.\n\n")


def _posts(text):
    return [text[s:e] for kind, s, e in view_regions(text) if kind == "embedded-post"]


def _kind(text, line):
    start = text.index(line)
    return next(k for s, e, k in classify(text) if s == start)


def test_a_post_whose_handle_stands_two_paragraphs_up_claims_the_paragraphs_between():
    text = (NARRATION + "Thanks to @harbourcrew_x for the long nights.\n\n"
            "They kept the cowardly board honest all winter.\n\n"
            "This was the right call." + SIG + "\n")
    post = "".join(_posts(text))
    assert "Thanks to @harbourcrew_x" in post and "cowardly board honest" in post
    assert _kind(text, "The mayor and the harbour board") == "body"


def test_a_first_person_paragraph_above_a_first_person_post_is_the_post():
    text = (NARRATION + "We have waited three winters for the new lamps.\n\n"
            "How long must we wait for the board to act?" + SIG + "\n")
    assert "We have waited three winters" in "".join(_posts(text))


def test_a_narrators_we_above_a_post_without_first_person_stays_body():
    text = (NARRATION + "Somehow, we doubt the board was listening that night.\n\n"
            "Lamps out again on the north pier, what a disgrace" + SIG + "\n")
    assert _kind(text, "Somehow, we doubt") == "body"
    assert _posts(text)[0].startswith("Lamps out again")


def test_narration_without_a_mark_above_the_post_stays_body():
    text = (NARRATION + "The remark drew a sharp reply from the harbour board.\n\n"
            "Lamps out again on the north pier, what a disgrace" + SIG + "\n")
    assert _kind(text, "The remark drew a sharp reply") == "body"


def _quoted(text):
    return [text[q.start:q.end] for q in find_quote_spans(text)]


def test_a_grave_accent_closed_by_a_right_single_mark_quotes():
    assert _quoted("Harbour chief mocks `amateurs\u2019 on the board\n\nMore text.") == ["amateurs"]
    assert _quoted("He called it a `grand plan' of sorts.") == ["grand plan"]


def test_a_grave_accent_as_an_apostrophe_or_a_code_span_quotes_nothing():
    assert _quoted("We didn`t hear the horn.") == []
    assert _quoted("Run `make lamps` before the tide.") == []
    assert _quoted("``The lamps are out,'' she said.") == ["The lamps are out,"]


def test_a_read_line_between_paragraphs_is_a_related_link():
    text = (NARRATION + "Read: How the harbour lamps went dark\n\n"
            "The board met again on Monday and voted to buy new lamps for the pier.\n")
    assert _kind(text, "Read: How the harbour") == "related"


def test_a_read_line_ending_in_a_full_stop_stays_body():
    text = (NARRATION + "Read: the board's letter is printed in full below.\n\n"
            "The board met again on Monday and voted to buy new lamps for the pier.\n")
    assert _kind(text, "Read: the board's letter") == "body"
