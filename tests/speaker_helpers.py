"""Helpers of the speaker tests: the quotations of a short text and the speaker of one."""
from __future__ import annotations

from quotecheck.load.loader import load_text
from quotecheck.model import Document
from quotecheck.quotes.extract import extract_quotes
from quotecheck.text.quotemarks import find_quote_spans
from quotecheck.text.textview import TextView


def span_texts(text):
    """The text of each quote-mark span of ``text`` (the pairing alone, no speakers)."""
    return [text[q.start:q.end] for q in find_quote_spans(text)]


def quotes_of(text):
    """The quotations extracted from ``text`` as one document."""
    return extract_quotes(Document("t", "t.txt", text, TextView.identity(text)))


def quote_with(text, piece):
    """The one quotation of ``text`` that holds ``piece``."""
    (q,) = [q for q in quotes_of(text) if piece in q.text]
    return q


def speaker_of(text, piece):
    """The speaker of the one quotation of ``text`` that holds ``piece``."""
    return quote_with(text, piece).speaker


def first_quote(quotes, words):
    """The first of ``quotes`` whose text starts with ``words``."""
    return next(q for q in quotes if q.text.startswith(words))


def speakers_of(text):
    """The speaker of each quotation of ``text`` loaded as a document (its front matter read)."""
    return [q.speaker for q in extract_quotes(load_text(text, id="x"))]
