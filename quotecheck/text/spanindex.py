"""Which of many spans holds an offset, by bisection: asking ``any(s <= pos < e ...)`` for
each of many offsets is quadratic on a text with thousands of quotations or verbs."""
from __future__ import annotations

from bisect import bisect_right
from typing import Iterable


class SpanIndex:
    """Half-open ``(start, end)`` spans (any order, overlaps allowed), asked whether one of
    them holds an offset in O(log n)."""

    def __init__(self, spans: Iterable[tuple]) -> None:
        ordered = sorted((s, e) for s, e in spans)
        self._starts = [s for s, _ in ordered]
        self._reach = []  # largest end among the spans up to each index
        for _, e in ordered:
            self._reach.append(max(e, self._reach[-1]) if self._reach else e)

    def __len__(self) -> int:
        return len(self._starts)

    def holds(self, pos: int) -> bool:
        """Whether some span has ``start <= pos < end``."""
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and self._reach[i] > pos

    def covers(self, start: int, end: int) -> bool:
        """Whether some span ``(a, b)`` has ``a <= start`` and ``end <= b``."""
        i = bisect_right(self._starts, start) - 1
        return i >= 0 and self._reach[i] >= end
