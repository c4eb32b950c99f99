"""Which rendering a change of wording or meaning belongs to, when three or more print it.

A pair's change is reported on its later (or copied) rendering. With three or more renderings
of one utterance that placement puts the finding on correct copies too: when one transcript
prints "cede" where three outlets print "accede", every later outlet that meets it gets a
"words changed" warning of its own. Here the renderings vote, every outlet equally: each
independent root (copies of one text count once, :meth:`Relations.roots`) that prints one
side's words in their place, with the words around them, supports that side; a family of
copies that prints both readings (two versions of one wire story) supports neither. When
the earlier rendering's reading has fewer such roots than the later one's, and at least two
agree on the later one, the change is the earlier rendering's and is reported there (the
agreeing copies are each other's evidence); on a tie (one against one, two against two)
nothing moves, so both stay in view. No outlet is ground truth: only agreement among
independent renderings decides. When each reading has ``_MIN_AGREEING`` independent roots of
its own, printed by ``_MIN_AGREEING`` outlets apart (:meth:`Agreement._apart`), and the pair is
two outlets' (not one outlet's two takes), the renderings form two consistent clusters: two
versions of the remark (a prepared text and the delivered words, two answers in one
interview), not one outlet's change, and the change is not reported at all.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Callable, Optional

from quotecheck.model import PairAlignment, Segment

PLACED = ("wording", "meaning")     # the categories placed by agreement (QC103, QC104)
_CONTEXT = 2                        # words kept on each side of a changed stretch
_MIN_AGREEING = 2                   # independent roots that must agree to outvote a reading


class Agreement:
    """The renderings of one group and how many independent roots print a reading."""

    def __init__(self, members: list, roots: Callable[[list], int],
                 linked: Callable[[str, str], bool]):
        self.words = [(r.doc.id, [w.norm for w in r.side.words]) for r in members]
        self.roots = roots
        self.linked = linked
        self.outlet = {r.doc.id: r.doc.meta.outlet or r.doc.id for r in members}

    def split(self, pa: PairAlignment, a, b) -> tuple[PairAlignment, Optional[PairAlignment]]:
        """``pa`` without the changes that belong to ``a`` (the earlier rendering, outvoted)
        and those of two versions (dropped), and ``a``'s changes as an alignment read from
        ``b`` to ``a`` (None when there are none)."""
        keep, move = [], []
        for seg in pa.segments:
            side = self._odd_side(seg, a, b) if seg.category in PLACED else None
            if side == "a":
                move.append(_swapped(seg))
            elif side != "versions":
                keep.append(seg)
        kept = pa if len(keep) == len(pa.segments) else replace(pa, segments=tuple(keep))
        if not move:
            return kept, None
        return kept, PairAlignment(pa.cluster, pa.b, pa.a, pa.verdict, pa.score, tuple(move))

    def _odd_side(self, seg: Segment, a, b) -> Optional[str]:
        """"a" when ``b``'s reading of ``seg`` has more independent roots of its own than
        ``a``'s and at least ``_MIN_AGREEING`` (module docstring): the change is ``a``'s;
        "versions" when each reading has ``_MIN_AGREEING`` roots of its own (two versions of
        the remark, no one's change); None otherwise."""
        ra = _reading(a, seg.a_start, seg.a_end)
        rb = _reading(b, seg.b_start, seg.b_end)
        if ra is None or rb is None or ra == rb:
            return None
        with_a, with_b = [], []
        for doc_id, words in self.words:
            has_a, has_b = _holds(words, ra), _holds(words, rb)
            if has_a != has_b:
                (with_a if has_a else with_b).append(doc_id)
        if not with_a or not with_b:
            return None
        ra, rb = self.roots(sorted(set(with_a))), self.roots(sorted(set(with_b)))
        both = self.roots(sorted(set(with_a) | set(with_b)))
        only_a, only_b = both - rb, both - ra     # a family printing both readings: no vote
        if min(only_a, only_b) >= _MIN_AGREEING and \
                self.outlet[a.doc.id] != self.outlet[b.doc.id] and self._apart(with_a, with_b):
            return "versions"
        return "a" if only_b > only_a and only_b >= _MIN_AGREEING else None

    def _apart(self, with_a: list, with_b: list) -> bool:
        """Each reading printed by ``_MIN_AGREEING`` outlets, and no document of one side
        linked by provenance to one of the other (a copy that rewords its parent's quotation
        changed it: the versions test is for independent outlets)."""
        oa, ob = {self.outlet[d] for d in with_a}, {self.outlet[d] for d in with_b}
        if min(len(oa), len(ob)) < _MIN_AGREEING:
            return False
        return not any(self.linked(x, y) for x in with_a for y in with_b)


def _reading(r, start: int, end: int) -> Optional[tuple]:
    """The changed words of a rendering (original span ``start``-``end``) with up to
    ``_CONTEXT`` words either side, as normalised words; None when no word stands beside
    them (nothing to tell the reading from another)."""
    ws = r.side.words
    starts = [w.start for w in ws]
    i1 = bisect_left(starts, start)
    i2 = i1
    while i2 < len(ws) and ws[i2].start < end:
        i2 += 1
    lo, hi = max(0, i1 - _CONTEXT), min(len(ws), i2 + _CONTEXT)
    if lo == i1 and hi == i2:
        return None
    return tuple(w.norm for w in ws[lo:hi])


def _holds(words: list, reading: tuple) -> bool:
    """True when ``reading`` stands as a run of ``words``."""
    n = len(reading)
    first = reading[0]
    for k in range(len(words) - n + 1):
        if words[k] == first and tuple(words[k:k + n]) == reading:
            return True
    return False


def _swapped(seg: Segment) -> Segment:
    """``seg`` read from the other side (its a and b spans and texts exchanged), so the
    change is reported on the earlier rendering."""
    return Segment(seg.category, seg.kind, seg.b_start, seg.b_end, seg.a_start, seg.a_end,
                   seg.b_text, seg.a_text)
