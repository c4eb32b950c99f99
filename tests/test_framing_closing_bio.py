"""A syndicated column's byline box closing the page, the author's bio naming their book,
reads as opinion (issue 15): the examples of ``[closing_bio]`` in
``rules/data/opinion-voice.toml`` run; the same report without the bio, under a reporter's
bio, a staff post's bio naming a book, or a closing line about a news subject stays news.
Snippets of our own (never corpus text)."""
import pytest

from framing_helpers import assert_opinion_example, narration_opinion as read, with_foot
from quotecheck.framing.opinionmarks import NOTE_WORDS, book_bio, closing_note
from quotecheck.resources.ruledata import load_data

BIO_REASON = "an author's bio naming their book"
EXAMPLES = load_data("opinion-voice")["closing_bio"]["examples"]
COLUMN = next(e["text"] for e in EXAMPLES if e["opinion"])
BODY, _, BIO = COLUMN.rstrip("\n").rpartition("\n\n")


@pytest.mark.parametrize("example", EXAMPLES)
def test_closing_bio_rule_examples(example):
    assert_opinion_example(example, BIO_REASON)


def test_the_bio_is_longer_than_a_short_authors_note():
    assert len(BIO.split()) > NOTE_WORDS and book_bio(COLUMN)


def test_without_the_bio_the_same_report_stays_news():
    assert read(BODY + "\n") is None


@pytest.mark.parametrize("bio", [
    "John Doe is a reporter for the Coastal Courier. Follow him on Twitter.",
    "John Doe is the Courier's harbour correspondent. He is the author of a history of the port.",
    "Jane Roe, the Courier's bureau chief, is the co-author of a guide to the coast.",
    "The former mayor is the author of a memoir of the port, his aides said.",
    "Jane Roe has been a harbour pilot for thirty years and twice stood for the harbour board."])
def test_reporters_bios_subjects_and_bios_without_a_book_stay_news(bio):
    assert read(with_foot(BODY, bio)) is None


@pytest.mark.parametrize("bio", [
    "Jane Roe is the author of three books on the coast.",
    "Judge Jane Roe was a harbour commissioner. Her latest book is \u201cThe Quay.\u201d",
    "Jane Roe, a former harbour commissioner, is co-author of a history of the port.",
    "John Doe has been a fellow of a maritime institute. His new book, The Quay, is out."])
def test_book_bio_forms(bio):
    assert book_bio(with_foot(BODY, bio))


def test_book_bio_reads_only_the_last_paragraph():
    assert not book_bio("Jane Roe is the author of a book.\n\n" + BODY + "\n")


def test_closing_note_word_cap():
    text = "Head\n\nOne.\n\nTwo.\n\n" + " ".join(["word"] * 80) + "\n"
    assert closing_note(text, by_line=True) == ""
    assert closing_note(text, by_line=True, max_words=100).startswith("word")


@pytest.mark.parametrize("line", [
    "Sen. Ann Lee is the author of the bill.",
    "Ann Lee is the author of the complaint the board received in March.",
    "Rep. Ann Lee is the author of HB 12.",
    "Ann Lee, a harbour commissioner, is the author of Senate Bill 9.",
    "Ann Lee is the co-author of the 2019 report on the harbour."])
def test_the_author_of_a_bill_or_a_document_is_no_book_bio(line):
    """A report's last line naming a news subject as the author of a bill, a complaint or a
    report names no book: it is no column's byline box."""
    assert not book_bio(with_foot(BODY, line))
