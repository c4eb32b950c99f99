"""The matching view of a text: folded for comparison, mapped back to the original.

Folds Unicode compatibility forms (NFKC), curly and straight quotes, dashes, no-break and
zero-width spaces, soft hyphens, diacritics and case, and mends UTF-8 read as cp1252
('â€™'). Word tokens keep their original spans so that whatever matches on the folded text
is reported on the characters the user wrote.
"""
from __future__ import annotations

import re
import unicodedata
import weakref
from dataclasses import dataclass
from functools import lru_cache

from quotecheck.text.mojibake import damaged_runs
from quotecheck.text.textview import TextView, TextViewBuilder

_QUOTES = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u0060": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'",
}
_DASHES = {c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"}
_SPACES = {c: " " for c in "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                           "\u2008\u2009\u200a\u205f\u3000\t"}
_DROP = set("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_ELLIPSIS = {"\u2026": "..."}


@lru_cache(maxsize=4096)
def fold_char(ch: str, diacritics: bool = True) -> str:
    """The matching form of one character ('' when it is dropped)."""
    if ch in _DROP:
        return ""
    for table in (_QUOTES, _DASHES, _SPACES, _ELLIPSIS):
        if ch in table:
            return table[ch]
    out = unicodedata.normalize("NFKC", ch)
    if diacritics:
        decomposed = unicodedata.normalize("NFKD", out)
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
        if stripped:
            out = stripped
    return out.casefold()


def fold_text(text: str, diacritics: bool = True) -> str:
    """Fold a short string (a word, a lexicon entry) the same way as :func:`matching_view`."""
    if text.isascii():
        return text.lower().replace("`", "'")
    parts: list[str] = []
    pos = 0
    for m in _NON_ASCII.finditer(text):   # ASCII runs folded whole, as fold_char would
        parts.append(text[pos:m.start()].lower().replace("`", "'").replace("\t", " "))
        parts.extend(fold_char(c, diacritics) for c in m.group())
        pos = m.end()
    parts.append(text[pos:].lower().replace("`", "'").replace("\t", " "))
    return "".join(parts)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def matching_view(source: TextView | str, diacritics: bool = True) -> TextView:
    """Fold ``source`` for matching; the result maps back through ``source`` to the original.
    A run of UTF-8 read as cp1252 ('â€™') folds as the characters it stands for, each mapped
    to the characters it was damaged into (text.mojibake)."""
    if isinstance(source, str):
        source = TextView.identity(source)
    text = source.text
    builder = TextViewBuilder(text, parent=source)
    pos = 0
    for run in (damaged_runs(text).values() if not text.isascii() else ()):
        _fold_range(builder, text, pos, run[0][0], diacritics)
        for start, end, meant in run:
            builder.replace(start, end, fold_char(meant, diacritics))
        pos = run[-1][1]
    _fold_range(builder, text, pos, len(text), diacritics)
    return builder.build()


def _fold_range(builder: TextViewBuilder, text: str, start: int, n: int,
                diacritics: bool) -> None:
    """Append the folding of ``text[start:n]`` to ``builder``."""
    run_start = start
    for m in _FOLDED_ONE_BY_ONE.finditer(text, start, n):   # ASCII runs lowercased whole
        i = m.start()
        if i > run_start:
            builder.replace(run_start, i, text[run_start:i].lower())
        ch = m.group()
        builder.replace(i, i + 1, _LOST if ch == "\ufffd" else fold_char(ch, diacritics))
        run_start = i + 1
    if n > run_start:
        builder.replace(run_start, n, text[run_start:n].lower())


_DOCUMENT_VIEWS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def document_matching_view(doc) -> TextView:
    """The matching view of a document's readable view (``doc.view``), made once per document:
    quote alignment and the framing rules both read it (two foldings of every text were 1%
    of a real compare)."""
    view = _DOCUMENT_VIEWS.get(doc)
    if view is None:
        view = _DOCUMENT_VIEWS[doc] = matching_view(doc.view)
    return view


def forget_matching_view(doc) -> None:
    """Let go of a document's kept matching view (memory for large sets; its holders keep it)."""
    _DOCUMENT_VIEWS.pop(doc, None)


# a character lost in decoding (U+FFFD) matches as an apostrophe: on scraped pages it mostly
# stands for one or for a quote mark, so "Spain\ufffds" matches "Spain’s" (text.lostmarks reads
# it for the quotes). Only the matching view: fold_text, and with it the findings' fingerprints
# (lint.baseline), keep it as it is
_LOST = "'"

# the characters matching_view folds one at a time: non-ASCII, the backtick and the tab. One
# class (every character but the other ASCII ones), not the two branches
# "[^\x00-\x7f]|[`\t]": a pattern opening with a class is searched by a skip in C, the
# branches were tried at every character of every document (4x the time; the same matches,
# tests/test_derivation_patterns.py)
_FOLDED_ONE_BY_ONE = re.compile(r"[^\x00-\x08\x0a-\x5f\x61-\x7f]")


# A word: letters/digits with inner apostrophes, hyphens or periods (U.S.), or a number with
# thousands separators and decimals (2,030 / 8.5). Written as its first character and then
# the rest, "\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?%?|\w+(?:['\-.]\w+)*\.?" matches
# the same: every branch starts with a word character, a figure always matches one of the
# first two, a letter only the third. A pattern that starts with one character class is
# searched by skipping to its next word character in C, not by trying each branch at every
# position (a fifth of tokenizing a document; tests/test_word_pattern.py).
WORD_PATTERN = re.compile(r"\w(?:(?<=\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?%?)"
                   r"|\w*(?:['\-.]\w+)*\.?)", re.UNICODE)


@dataclass(frozen=True)
class Token:
    """A word of the matching view with its span in the original text."""

    text: str      # folded form
    start: int     # original offsets
    end: int
    index: int     # position in the token list


def tokenize(view: TextView, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of ``view.text[start:end]`` with original spans."""
    text = view.text
    end = len(text) if end is None else end
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in WORD_PATTERN.finditer(text, start, end):
        word = m.group()
        s, e = m.span()
        if word.endswith(".") and not is_dotted_abbreviation(word):
            word = word[:-1]
            e -= 1
        if not word:
            continue
        words.append(word)
        starts.append(s)
        ends.append(e)
    starts, ends = view.map_spans(starts, ends)
    return list(map(Token, words, starts, ends, range(len(words))))


def is_dotted_abbreviation(word: str) -> bool:
    """True for dotted abbreviations such as 'u.s.' whose final period belongs to the word."""
    return word.count(".") >= 2 and len(word) <= 6
