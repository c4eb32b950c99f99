"""The heaviest order-preserving chain of sentence matches, in O(m log m) for typical input.

Kept exactly equal to the plain O(m^2) scan (update on a strictly greater sum, so the first
best predecessor wins): a Fenwick tree over ``y`` gives the heaviest earlier chain ``B``
below ``y``; every predecessor whose sum rounds to ``B + sim`` is then looked up by value,
so float ties resolve to the same predecessor as the scan.
"""
from __future__ import annotations

import math
from bisect import bisect_left


def heaviest_chain(matches: list) -> list:
    """Weighted longest chain of ``(x, y, sim)`` matches increasing in both indices."""
    if not matches:
        return []
    matches = sorted(matches)
    best = [m[2] for m in matches]
    back = [-1] * len(matches)
    ys = sorted({m[1] for m in matches})
    tree = [-1.0] * (len(ys) + 1)        # prefix maxima of chain weight by y rank
    by_value: dict = {}                   # chain weight -> [(p, y)] in index order
    group_x = None
    done = 0
    for k, (x, y, sim) in enumerate(matches):
        if x != group_x:                  # earlier x groups are final: index them
            group_x = x
            for p in range(done, k):
                _insert(tree, bisect_left(ys, matches[p][1]) + 1, best[p])
                by_value.setdefault(best[p], []).append((p, matches[p][1]))
            done = k
        top = _query(tree, bisect_left(ys, y))   # heaviest chain among earlier y
        if top < 0:
            continue
        total = top + sim
        if not total > sim:
            continue
        p = _first_with_sum(by_value, top, sim, total, y)
        best[k] = total
        back[k] = p
    k = max(range(len(matches)), key=best.__getitem__)
    out = []
    while k >= 0:
        out.append(matches[k])
        k = back[k]
    return out[::-1]


def _first_with_sum(by_value: dict, top: float, sim: float, total: float, y: int) -> int:
    """Smallest index of an indexed match below ``y`` whose weight plus ``sim`` is ``total``
    (weights at and just below ``top`` that round to the same sum)."""
    first = None
    value = top
    while value + sim == total:
        for p, py in by_value.get(value, ()):
            if py < y:
                if first is None or p < first:
                    first = p
                break
        value = math.nextafter(value, -math.inf)
    return first


def _insert(tree: list, i: int, value: float) -> None:
    while i < len(tree):
        if tree[i] < value:
            tree[i] = value
        i += i & -i


def _query(tree: list, i: int) -> float:
    """Maximum over ranks ``1..i`` (-1.0 when empty)."""
    out = -1.0
    while i > 0:
        if tree[i] > out:
            out = tree[i]
        i -= i & -i
    return out
