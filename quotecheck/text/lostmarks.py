"""Quotation marks lost in decoding: U+FFFD read as a mark by where it stands.

A page decoded with the wrong encoding turns every curly quotation mark, apostrophe and
accent into U+FFFD. Its quotations then have no marks the pairing (``text.quotemarks``) can
see, so they lose their speakers and their words read as the narrator's. Where a document
shows that damage (U+FFFD occurs and no curly mark does), each U+FFFD is read by where it
stands: an opening mark before a word after a space, a paragraph's start, a colon, a bracket
or a dash; a closing mark after a word or a full stop, before a space or punctuation;
neither inside a word ("Spain\\ufffds", an apostrophe) nor between a word and a capitalised
one (a name's lost accent, "Jos\\ufffd Molina"). :func:`restore_marks` writes that reading
back one code point for one, so every offset into the restored text is an offset into the
original. The pairing stays bounded by the paragraph, so a mark misread costs at most one
quotation. Used by the quotes stage (through ``find_quote_spans``) and by provenance's own
region scan, one implementation for both.
"""
from __future__ import annotations

from typing import Optional

LOST = "\ufffd"
OPEN, CLOSE, APOSTROPHE = "\u201c", "\u201d", "\u2019"
_CURLY = "\u201c\u201d\u2018\u2019"
_OPEN_BEFORE = "([:\u2014-"


def damaged(text: str) -> bool:
    """Whether ``text`` shows lost marks: U+FFFD occurs and no curly quotation mark does (a
    page that kept its curly marks lost something else: a symbol, an emoji)."""
    return LOST in text and not any(c in text for c in _CURLY)


def lost_mark(text: str, i: int) -> Optional[str]:
    """The reading of the U+FFFD at ``i``: "open", "close", "apostrophe" (inside a word) or
    None (a lost accent or a character that is no mark)."""
    before = text[i - 1] if i else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isalnum() and (before.isspace() or before in _OPEN_BEFORE):
        return "open"
    if before.isalnum() and after.isalnum():
        return "apostrophe"
    if before.isalpha() and after == " " and text[i + 2:i + 3].isupper():
        return None   # a name's lost accent ("Jos\ufffd Molina"), not a quotation's end
    return "close" if not before.isspace() and not after.isalnum() else None


_WRITE = {"open": OPEN, "close": CLOSE, "apostrophe": APOSTROPHE}


def restore_marks(text: str) -> str:
    """``text`` with each U+FFFD read as a mark written as that curly mark (same length, so
    offsets hold); ``text`` itself unless it shows the damage (:func:`damaged`)."""
    if not damaged(text):
        return text
    chars = list(text)
    i = text.find(LOST)
    while i >= 0:
        reading = lost_mark(text, i)
        if reading is not None:
            chars[i] = _WRITE[reading]
        i = text.find(LOST, i + 1)
    return "".join(chars)
