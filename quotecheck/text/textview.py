"""Derived text with a map back to the original characters.

Every stage that changes text for matching (HTML stripping, front-matter removal, Unicode and
case folding) builds a :class:`TextView` instead of rewriting the document, so any span found
in the derived text converts back to code-point offsets into the original.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Optional


class TextView:
    """A derived string whose characters map to ranges of an original string.

    The map is a list of pieces ``(derived_start, original_start, original_end, exact)``.
    An exact piece copies the original one code point for one code point; an inexact piece
    (an entity decoded, a ligature expanded) maps every derived character to the whole
    original range. Original characters covered by no piece were dropped.
    """

    __slots__ = ("text", "original_length", "parent", "_dstarts", "_pieces", "_oends")

    def __init__(self, text: str, pieces: list, original_length: int,
                 parent: Optional["TextView"] = None):
        self.text = text
        self.original_length = original_length
        self.parent = parent
        self._pieces = pieces
        self._dstarts = [p[0] for p in pieces]

    # -- construction -------------------------------------------------------------------
    @classmethod
    def identity(cls, text: str) -> "TextView":
        """A view that is the original itself."""
        return cls(text, [(0, 0, len(text), True)] if text else [], len(text))

    # -- mapping ------------------------------------------------------------------------
    def _piece_at(self, d: int):
        i = bisect_right(self._dstarts, d) - 1
        return self._pieces[i] if i >= 0 else None

    def _local_start(self, d: int) -> int:
        if not self._pieces:
            return 0
        if d >= len(self.text):
            return self._local_end(len(self.text)) if self.text else 0
        d0, o0, o1, exact = self._piece_at(d)
        return o0 + (d - d0) if exact else o0

    def _local_end(self, d: int) -> int:
        if d <= 0 or not self._pieces:
            return self._local_start(0) if self.text else 0
        d0, o0, o1, exact = self._piece_at(d - 1)
        return o0 + (d - d0) if exact else o1

    def to_original(self, d: int) -> int:
        """Original offset of derived offset ``d`` taken as a span start."""
        o = self._local_start(d)
        return self.parent.to_original(o) if self.parent else o

    def to_original_end(self, d: int) -> int:
        """Original offset of derived offset ``d`` taken as an exclusive span end."""
        o = self._local_end(d)
        return self.parent.to_original_end(o) if self.parent else o

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the derived span ``[start, end)``."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original_end(end)

    def from_original(self, o: int) -> int:
        """Derived offset of the first derived character at or after local original ``o``.

        Only the local (one level) map is inverted; used for locating original marks such as
        suppression comments in the derived text. A bisection when the pieces' original ends
        rise (they do for every view quotecheck builds), else a scan.
        """
        oends = getattr(self, "_oends", None)
        if oends is None:
            ends = [p[2] for p in self._pieces]
            oends = ends if all(a <= b for a, b in zip(ends, ends[1:])) else []
            self._oends = oends
        if oends or not self._pieces:
            i = bisect_right(oends, o)
            if i == len(self._pieces):
                return len(self.text)
            d0, o0, o1, exact = self._pieces[i]
            if o < o0:
                return d0
            return d0 + (o - o0) if exact else d0
        for d0, o0, o1, exact in self._pieces:
            if o < o1:
                if o < o0:
                    return d0
                return d0 + (o - o0) if exact else d0
        return len(self.text)

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"TextView({self.text[:40]!r}…, {len(self._pieces)} pieces)"


class TextViewBuilder:
    """Accumulates a derived text piece by piece from an original string."""

    def __init__(self, original: str, parent: Optional[TextView] = None):
        self.original = original
        self.parent = parent
        self._chunks: list[str] = []
        self._pieces: list = []
        self._length = 0

    def copy(self, o0: int, o1: int) -> None:
        """Append ``original[o0:o1]`` unchanged."""
        if o1 > o0:
            self._add(self.original[o0:o1], o0, o1, True)

    def replace(self, o0: int, o1: int, text: str) -> None:
        """Append ``text`` standing for ``original[o0:o1]`` (exact when lengths agree)."""
        if text:
            self._add(text, o0, o1, len(text) == o1 - o0)

    def _add(self, text: str, o0: int, o1: int, exact: bool) -> None:
        if exact and self._pieces:
            d0, po0, po1, pexact = self._pieces[-1]
            if pexact and po1 == o0:
                self._pieces[-1] = (d0, po0, o1, True)
                self._chunks.append(text)
                self._length += len(text)
                return
        self._pieces.append((self._length, o0, o1, exact))
        self._chunks.append(text)
        self._length += len(text)

    def build(self) -> TextView:
        return TextView("".join(self._chunks), self._pieces, len(self.original), self.parent)
