"""A pattern whose every match opens with a listed word, tried only where those words occur.

Many framing patterns open with ``\\b(?:word|word|...)`` (a trie of a word list): ``re`` finds
no single character to skip ahead to and tries the pattern at nearly every character of every
narration. A match opens at a word start with one of the list's first words (its leading run
of word characters, a whole run: the pattern goes on with a space, a hyphen or ``\\b``), so
the text's word set (:func:`~quotecheck.text.lexicon.text_words`, shared with the lexicons)
tells which of them are there, and the pattern is matched only where they occur, left to
right, never overlapping: the matches of ``finditer`` (speed34).
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from quotecheck.text.lexicon import offsets_of, text_words

_FIRST = re.compile(r"\w+")
_WORD_LED = re.compile(r"\w[\w\-' ]*")


class WordLed:
    """``pattern`` (a compiled or guarded pattern whose matches all open with one of
    ``words`` at a word start, case as in the text) with a ``finditer`` tried only where the
    words' first runs occur; ``search`` and ``match`` are the pattern's own."""

    __slots__ = ("pattern", "regex", "firsts", "search", "match")

    def __init__(self, pattern, words: Iterable[str]):
        words = list(words)
        bad = [w for w in words if not _WORD_LED.fullmatch(w)]
        regex = getattr(pattern, "regex", pattern)
        if bad or regex.flags & re.IGNORECASE or "(?i" in regex.pattern:   # (case as listed)
            raise ValueError(f"not word-led: {bad or regex.pattern[:40]}")
        self.pattern = pattern
        self.regex = regex
        self.firsts = frozenset(_FIRST.match(w).group() for w in words)
        self.search = pattern.search
        self.match = pattern.match

    def finditer(self, text: str) -> Iterator[re.Match]:
        present = self.firsts & text_words(text)
        if not present:
            return
        pos, match = 0, self.regex.match
        for p in offsets_of(text, present):     # every place one occurs (a superset of the starts)
            if p < pos:
                continue
            m = match(text, p)
            if m is not None:
                yield m
                pos = m.end()
