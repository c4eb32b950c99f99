"""A prepared sentence and its words, stored compactly (the provenance stage keeps every
sentence of a story set alive while it aligns pairs; 1,000 real articles hold ~460,000 words).
"""
from __future__ import annotations

from array import array
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator, Optional

from quotecheck.text.normalize import fold_text


class Words:
    """The words of one sentence, read as ``(word, start, end, inside quote)`` tuples made on
    access: kept as offsets into the document text (32-bit) and one flag byte per word, not
    as tuples (a tuple, its string and two offsets cost ~230 bytes a word: 105 MB at 1,000
    articles). Read a sentence's words once into a list where they are indexed often."""

    __slots__ = ("_text", "_spans", "_quoted")

    def __init__(self, text: str, spans: array, quoted: bytes):
        self._text = text      # the document's text (shared, never copied)
        self._spans = spans    # start, end of each word, interleaved
        self._quoted = quoted  # 1 where the word is inside quotation marks

    def __len__(self) -> int:
        return len(self._quoted)

    def __bool__(self) -> bool:
        return bool(self._quoted)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self._quoted)))]
        q = self._quoted[k]   # IndexError and negative indexes as a list has them
        k = k % len(self._quoted)
        s, e = self._spans[2 * k], self._spans[2 * k + 1]
        return (self._text[s:e], s, e, bool(q))

    def __iter__(self) -> Iterator[tuple]:
        # the tuples a loop over the words made, zipped in C (no Python step per word)
        spans = self._spans
        starts, ends = spans[::2], spans[1::2]
        return zip(map(self._text.__getitem__, map(slice, starts, ends)), starts, ends,
                   map(bool, self._quoted))

    def offsets(self) -> Iterator[tuple]:
        """``(start, end, inside quote)`` of each word, without slicing out its text."""
        spans = self._spans
        return zip(spans[::2], spans[1::2], map(bool, self._quoted))

    def initials(self) -> Iterator[str]:
        """The first character of each word (a word is never empty), without slicing out
        the words."""
        return map(self._text.__getitem__, self._spans[::2])

    def quoted_flags(self) -> bytes:
        """One byte per word: 1 inside quotation marks, else 0."""
        return self._quoted

    def __eq__(self, other) -> bool:
        return list(self) == list(other) if isinstance(other, (Words, list)) else NotImplemented

    def __repr__(self) -> str:
        return f"Words({list(self)!r})"


NO_WORDS = Words("", array("I"), b"")
_NO_KEYS: frozenset = frozenset()   # one object: each frozenset() call makes a new one


@dataclass
class Sentence:
    """A sentence of a document's readable view with its word keys."""

    index: int
    start: int
    end: int
    words: Words           # (word, view start, view end, inside quote), made on access
    narration: frozenset   # content keys outside quotation marks
    keys: frozenset        # content keys of the whole sentence (``narration`` itself if equal)
    anchors: frozenset = frozenset()   # names and figures: what a copy keeps
    _folded: Optional[Counter] = None
    _mass: Optional[dict] = None
    _memo: Optional[dict] = field(default=None, compare=False, repr=False)

    def memo(self) -> dict:
        """Per-sentence store for derived data the integrity checks ask for once per pair."""
        if self._memo is None:
            self._memo = {}
        return self._memo

    def folded_words(self) -> list:
        """The folded form of each word of :attr:`words`, in order (computed once)."""
        memo = self.memo()
        if "folded_words" not in memo:
            memo["folded_words"] = [fold_text(w) for w, *_ in self.words]
        return memo["folded_words"]

    def folded(self) -> Counter:
        """Counts of the sentence's folded words (computed once)."""
        if self._folded is None:
            self._folded = Counter(self.folded_words())
        return self._folded

    def mass(self, field_name: str, weight) -> float:
        """Summed key weights of ``field_name`` under ``weight`` (cached per weight function)."""
        if self._mass is None or self._mass.get("w") is not weight:
            self._mass = {"w": weight}
        if field_name not in self._mass:
            # mapped in C, summed in the same order: the same float as a generator gave
            self._mass[field_name] = sum(map(weight, getattr(self, field_name)))
        return self._mass[field_name]

    def release(self) -> None:
        """Keep the span only: words, keys and caches go (see ``DocText.release``)."""
        self.words = NO_WORDS
        self.narration = self.keys = self.anchors = _NO_KEYS
        self._folded = self._mass = self._memo = None
