"""The words of a readable text, found in one scan that two stages share.

The report's framing spread counts each document's words, and the spelling-variant rule
reads the same document's distinct words: two whole-text scans of one pattern (each about
1.2M instructions per real article under callgrind, speed30). :func:`distinct_words` scans
once and remembers the count that :func:`word_count` then returns.
"""
from __future__ import annotations

import re

WORD = re.compile(r"[^\W_]+(?:['\u2019\-][^\W_]+)*")
"""A word: letters and digits, inner apostrophes and hyphens ("don't", "covid-19")."""

_COUNTS: dict = {}      # text -> its number of words (texts stay alive in their documents)
_KEEP = 4096            # counts remembered at most (a long archive run starts again after)


def distinct_words(text: str) -> set:
    """The distinct :data:`WORD` matches of ``text`` (their count kept for :func:`word_count`)."""
    words = WORD.findall(text)
    if len(_COUNTS) >= _KEEP:
        _COUNTS.clear()
    _COUNTS[text] = len(words)
    return set(words)


def word_count(text: str) -> int:
    """How many :data:`WORD` matches ``text`` holds."""
    n = _COUNTS.get(text)
    return len(WORD.findall(text)) if n is None else n
