"""Seed acceptance: the quotations of the five seed articles with their speakers and verbs."""
from pathlib import Path

import pytest

from quotecheck.model import Document
from quotecheck.quotes.extract import extract_quotes, extract_story_quotes
from quotecheck.text.textview import TextView

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _doc(path: Path) -> Document:
    text = path.read_text(encoding="utf-8")
    return Document(path.name[:3], str(path), text, TextView.identity(text))


@pytest.fixture(scope="module")
def story():
    docs = [_doc(p) for p in sorted(SEEDS.glob("0*.txt"))]
    return docs, extract_story_quotes(docs)


def _find(quotes, doc_id, words):
    hits = [q for q in quotes if q.document == doc_id and words in q.text]
    assert hits, f"no quote containing {words!r} in {doc_id}"
    return hits


PUTIN_QUOTES = {
    "000": ["colour revolutions", "restore order", "normalise the situation",
            "we understand that the events", "Maidan technologies", "We won’t let anyone",
            "bravery", "destructive internal", "well-organised groups", "obviously trained",
            "terrorist attacks"],
    "001": ["color revolution", "normalize the situation", "we know that the events",
            "Maidan technology", "We will not let anyone", "courage", "well-organized armed"],
    "002": ["Color Revolutions", "realization of so-called", "outside forces",
            "in the internal affairs", "They used well-organized", "international terrorism",
            "limited"],
    "003": ["Of course, we understand", "The actions taken by the CSTO",
            "The threat to Kazakhstan’s statehood", "color revolutions"],
    "004": ["boat to be rocked", "destructive internal", "Of course, we understand",
            "The measures taken by the CSTO", "Well-organized and well-controlled",
            "had obviously received training"],
}


@pytest.mark.parametrize("doc_id", sorted(PUTIN_QUOTES))
def test_every_putin_quote_is_putins(story, doc_id):
    _, quotes = story
    for words in PUTIN_QUOTES[doc_id]:
        for q in _find(quotes, doc_id, words):
            assert q.speaker == "Vladimir Putin", (words, q)


@pytest.mark.parametrize("doc_id", ["000", "002"])
def test_tokayev_coup_quote(story, doc_id):
    _, quotes = story
    (q,) = [q for q in quotes if q.document == doc_id and "attempted coup" in q.text]
    assert q.speaker in ("Kassym-Jomart Tokayev", "Kassym Jomart-Tokayev")
    assert q.verb in ("described", "called")


def test_tokayev_one_canonical_name_across_documents(story):
    _, quotes = story
    names = {q.speaker for q in quotes if q.speaker and "Tokayev" in q.speaker}
    assert len(names) == 1


@pytest.mark.parametrize("words,speaker,verb", [
    ("has the ability to maintain law", "Antony Blinken", "said"),
    ("less an armed intervention", "Andrei Kortunov", "said"),
    ("if it drags on", "Andrei Kortunov", "told"),
    ("traded his country’s sovereignty", "Erica Marat", "told"),
    ("We should avoid getting involved", "Zhanybek Kydykbayev", "told"),
    ("The main goal was obvious", "Kassym-Jomart Tokayev", "said"),
])
def test_voa_speakers(story, words, speaker, verb):
    _, quotes = story
    (q,) = _find(quotes, "004", words)
    assert q.speaker == speaker
    assert q.verb == verb


def test_headline_colour_revolutions_found(story):
    docs, quotes = story
    hits = [q for q in quotes if q.document == "000" and q.text == "colour revolutions"]
    assert len(hits) >= 3
    headline = hits[0]
    assert docs[0].text[headline.open_start] == "\u2018"
    assert docs[0].text[headline.end] == "\u2019"


def test_apostrophes_are_not_quotes(story):
    _, quotes = story
    for q in quotes:
        assert not q.text.startswith(("s ", "t ")), q
    assert not [q for q in quotes if "outside Moscow" in q.text]


def test_scare_quotes_without_speaker(story):
    _, quotes = story
    (q,) = _find(quotes, "000", "father of the nation")
    assert q.speaker is None
    titles = [q for q in quotes if q.document == "004" and q.text == "This Week"]
    assert [(q.kind, q.speaker) for q in titles] == [("title", None)]   # a show, listed only


def test_spans_and_ids(story):
    docs, quotes = story
    by_id = {d.id: d for d in docs}
    for q in quotes:
        doc = by_id[q.document]
        assert doc.text[q.start:q.end] == q.text
        assert q.id.startswith(doc.id + ("#t" if q.kind == "title" else "#q"))
        assert q.open_start < q.start and (q.close_end is None or q.close_end > q.end)
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(doc.text)
        if q.verb is not None:
            assert doc.text[q.verb_start:q.verb_end] == q.verb


def test_partial_and_full_quotes(story):
    _, quotes = story
    (full,) = _find(quotes, "000", "We won’t let anyone")
    assert not full.partial
    (part,) = _find(quotes, "000", "Maidan technologies")
    assert part.partial


def test_extract_quotes_single_document_uses_document_names():
    text = "“We will win,” said Jane Doe. “It is certain,” Doe added."
    doc = Document("d", "d.txt", text, TextView.identity(text))
    quotes = extract_quotes(doc)
    assert [q.speaker for q in quotes] == ["Jane Doe", "Jane Doe"]
    assert [q.verb for q in quotes] == ["said", "added"]


def test_narrator_labels_in_chrome_have_no_speaker(story):
    _, quotes = story
    for words in ("foreign agent", "undesirable"):
        (q,) = _find(quotes, "002", words)
        assert q.speaker is None, q
