"""A stand-in for a prepared sentence of the lifted-sentence check (provenance/lifted): its
folded words, their quoted flags and a memo, without loading a document (the speed tests
compare the new code with the old on generated word lists)."""
from __future__ import annotations


class FakeWords:
    """The word view of a sentence: only the quoted flags."""

    def __init__(self, quoted: bytes):
        self._quoted = quoted

    def quoted_flags(self) -> bytes:
        return self._quoted


class FakeSentence:
    """Folded ``words``, their ``quoted`` flags (one byte per word) and a per-sentence memo."""

    def __init__(self, words: list, quoted: bytes):
        self.words = FakeWords(quoted)
        self._folded = words
        self._memo = {}

    def folded_words(self) -> list:
        return self._folded

    def memo(self) -> dict:
        return self._memo
