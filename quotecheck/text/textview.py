"""Derived text with a map back to the original characters.

Every stage that changes text for matching (HTML stripping, front-matter removal, Unicode and
case folding) builds a :class:`TextView` instead of rewriting the document, so any span found
in the derived text converts back to code-point offsets into the original.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import islice
from operator import le
from typing import Optional


def _rising(values: list) -> bool:
    """True when ``values`` never decrease."""
    return all(map(le, values, islice(values, 1, None)))


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

    def spans(self, spans: list) -> list:
        """Original ``(start, end)`` of many derived spans: :meth:`span` of each."""
        starts, ends = self.map_spans([s for s, _ in spans], [e for _, e in spans])
        return list(zip(starts, ends))

    def map_spans(self, starts: list, ends: list) -> tuple[list, list]:
        """Original starts and ends of the derived spans ``zip(starts, ends)``, as
        :meth:`span` gives them, mapped a whole list per level of views (a tokenizer maps
        every word of a document: one bisection per word and level was its main cost)."""
        empty = [k for k, (s, e) in enumerate(zip(starts, ends)) if e <= s]
        if empty:                 # an empty span maps its start to both ends
            ends = list(ends)
            for k in empty:
                ends[k] = starts[k]
        view: Optional[TextView] = self
        while view is not None:
            starts = view._local_starts(starts)
            ends = view._local_ends(ends)
            view = view.parent
        if empty:
            for k in empty:
                ends[k] = starts[k]
        return starts, ends

    def _local_starts(self, ds: list) -> list:
        """:meth:`_local_start` of every offset in ``ds``; rising offsets are mapped piece by
        piece (a slice each), any others one by one."""
        pieces, dstarts, n = self._pieces, self._dstarts, len(self.text)
        if not pieces:
            return [0] * len(ds)
        if not ds or ds[0] < 0 or dstarts[0] != 0 or not _rising(ds):
            return [self._local_start(d) for d in ds]
        out: list = []
        lo = 0
        for i, (d0, o0, _, exact) in enumerate(pieces):
            top = dstarts[i + 1] if i + 1 < len(pieces) else n
            hi = bisect_left(ds, top, lo)
            if hi > lo:
                out += [d + (o0 - d0) for d in ds[lo:hi]] if exact else [o0] * (hi - lo)
            lo = hi
        if lo < len(ds):                     # at or past the end of the text
            out += [self._local_end(n)] * (len(ds) - lo)
        return out

    def _local_ends(self, ds: list) -> list:
        """:meth:`_local_end` of every offset in ``ds`` (an end maps through the piece of
        the character before it), rising offsets piece by piece."""
        pieces, dstarts = self._pieces, self._dstarts
        if not pieces:
            return [0] * len(ds)
        if not ds or dstarts[0] != 0 or not _rising(ds):
            return [self._local_end(d) for d in ds]
        out: list = []
        lo = bisect_right(ds, 0)
        if lo:
            out += [self._local_end(0)] * lo   # offsets at or before the start
        for i, (d0, o0, o1, exact) in enumerate(pieces):
            hi = bisect_right(ds, dstarts[i + 1], lo) if i + 1 < len(pieces) else len(ds)
            if hi > lo:
                out += [d + (o0 - d0) for d in ds[lo:hi]] if exact else [o1] * (hi - lo)
            lo = hi
        return out

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
