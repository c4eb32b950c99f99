"""A note on a signed text's author near its end ("Jane Roe is a reporter for ...") is a
byline, but only its own sentences: a capture that glues it into a story paragraph keeps the
story's sentences after it as body (bugs24: the whole paragraph went). Snippets are invented."""
import pytest

from quotecheck.load.furniture import classify

HEAD = ("Council votes on harbour plan\n\nBy Tilda Marsh\n\n"
        "The council met on Tuesday to debate the harbour plan, which would close the pier.\n\n"
        "Residents packed the hall and many spoke against the closure.\n\n"
        "The mayor said the plan would save money over ten years.\n\n")


def _tail_kinds(tail):
    text = HEAD + tail + "\n"
    return [(k, text[s:e]) for s, e, k in classify(text)][5:]


def test_a_story_sentence_after_the_note_on_its_line_stays_body():
    assert _tail_kinds("Tilda Marsh is a reporter for the Evening Lantern. The council will "
                       "vote again next week, the clerk said.") == [
        ("byline", "Tilda Marsh is a reporter for the Evening Lantern."),
        ("body", "The council will vote again next week, the clerk said.")]


@pytest.mark.parametrize("tail", [
    "Tilda Marsh is a reporter for the Evening Lantern.",
    "Tilda Marsh is a reporter for the U.S. Lantern. She covers the council. Marsh\u2019s "
    "new book is out in May. Reach her at tmarsh@lantern.example.",
])
def test_a_note_of_several_sentences_is_one_byline(tail):
    assert _tail_kinds(tail) == [("byline", tail)]


def test_a_page_line_after_the_note_stays_with_it():
    tail = ("Tilda Marsh is a film critic for the Evening Lantern. Visit the Lantern's "
            "pages on the web: www.lantern.example)")
    assert _tail_kinds(tail) == [("byline", tail)]


def test_a_contributor_note_after_the_note_stays_with_it():
    tail = ("Tilda Marsh writes for the Evening Lantern, Kelso. Lantern staff writer Bo Wu "
            "contributed to this report.")
    assert _tail_kinds(tail) == [("byline", tail)]
