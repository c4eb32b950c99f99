"""Helper of the credit tests: the declared credits of a short text."""
from __future__ import annotations

from quotecheck.model import Document, Metadata
from quotecheck.provenance.credits import parse_credits
from quotecheck.text.textview import TextView


def credits_of(text):
    """``(name, kind, reuse, credited text)`` of each credit parsed from ``text``."""
    doc = Document("d", "d", text, TextView.identity(text), Metadata())
    return [(c.name, c.kind, c.reuse, text[c.start:c.end]) for c in parse_credits(doc)]
