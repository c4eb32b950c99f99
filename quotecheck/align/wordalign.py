"""Word-level alignment of two token sequences (difflib with anchors for long spans).

difflib's ``SequenceMatcher`` runs with ``autojunk=False`` (autojunk silently drops frequent
words) on word forms, not characters. Long spans are first cut at exact rare-token anchors
(words that occur once on each side, kept in order by a longest increasing subsequence) and
aligned between anchors, so cost stays near-linear in the length of the texts.
"""
from __future__ import annotations

from bisect import bisect_left
from difflib import SequenceMatcher
from typing import Sequence

Opcode = tuple  # (tag, i1, i2, j1, j2) as in difflib; tag in equal/replace/delete/insert

DEFAULT_ANCHOR_MIN = 120  # used when rules/data/alignment.toml cannot be read


def anchor_min_tokens() -> int:
    """Length (both sides, in words) above which spans are cut at anchors (rule data)."""
    global _ANCHOR_MIN
    if _ANCHOR_MIN is None:
        try:
            from quotecheck.resources.ruledata import load_data

            _ANCHOR_MIN = int(load_data("alignment").get("wordalign", {}).get(
                "anchor_min_tokens", DEFAULT_ANCHOR_MIN))
        except Exception:  # pragma: no cover - rule data missing: keep the default
            _ANCHOR_MIN = DEFAULT_ANCHOR_MIN
    return _ANCHOR_MIN


_ANCHOR_MIN = None


def _direct(a: Sequence[str], b: Sequence[str], ao: int, bo: int) -> list[Opcode]:
    if not a and not b:
        return []
    if not a:
        return [("insert", ao, ao, bo, bo + len(b))]
    if not b:
        return [("delete", ao, ao + len(a), bo, bo)]
    sm = SequenceMatcher(None, a, b, autojunk=False)
    return [(tag, i1 + ao, i2 + ao, j1 + bo, j2 + bo) for tag, i1, i2, j1, j2 in sm.get_opcodes()]


def anchors(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int]]:
    """Positions (i, j) of words found exactly once on each side, in order on both sides."""
    count_a: dict = {}
    for i, w in enumerate(a):
        count_a[w] = -1 if w in count_a else i
    count_b: dict = {}
    for j, w in enumerate(b):
        count_b[w] = -1 if w in count_b else j
    pairs = sorted((i, count_b[w]) for w, i in count_a.items()
                   if i >= 0 and count_b.get(w, -1) >= 0)
    # longest increasing subsequence of j (patience sorting), pairs already sorted by i
    tails: list[int] = []
    tail_idx: list[int] = []
    prev = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_idx.append(k)
        else:
            tails[pos] = j
            tail_idx[pos] = k
        prev[k] = tail_idx[pos - 1] if pos else -1
    out = []
    k = tail_idx[-1] if tail_idx else -1
    while k >= 0:
        out.append(pairs[k])
        k = prev[k]
    out.reverse()
    return out


def align(a: Sequence[str], b: Sequence[str], anchor_min: int | None = None) -> list[Opcode]:
    """Opcodes turning ``a`` into ``b``; they cover both sides in order, adjacent tags merged."""
    if anchor_min is None:
        anchor_min = anchor_min_tokens()
    if len(a) + len(b) <= anchor_min:
        return _merge(_direct(a, b, 0, 0))
    ops: list[Opcode] = []
    pi = pj = 0
    for i, j in anchors(a, b):
        ops.extend(_direct(a[pi:i], b[pj:j], pi, pj))
        ops.append(("equal", i, i + 1, j, j + 1))
        pi, pj = i + 1, j + 1
    ops.extend(_direct(a[pi:], b[pj:], pi, pj))
    return _merge(ops)


def _merge(ops: list[Opcode]) -> list[Opcode]:
    """Join neighbouring opcodes with the same tag (and delete+insert into replace)."""
    out: list[list] = []
    for tag, i1, i2, j1, j2 in ops:
        if i1 == i2 and j1 == j2:
            continue
        if out:
            last = out[-1]
            if last[0] == tag or (last[0] != "equal" and tag != "equal"):
                if last[0] != tag:
                    last[0] = "replace"
                last[2], last[4] = i2, j2
                continue
        out.append([tag, i1, i2, j1, j2])
    for op in out:
        if op[0] == "replace" and op[1] == op[2]:
            op[0] = "insert"
        elif op[0] == "replace" and op[3] == op[4]:
            op[0] = "delete"
    return [tuple(op) for op in out]


def matched(ops: list[Opcode]) -> int:
    """Number of words aligned as equal."""
    return sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")


def ratio(ops: list[Opcode], len_a: int, len_b: int) -> float:
    """2·matches / (len a + len b): 1.0 for equal sequences, 0.0 for nothing shared."""
    total = len_a + len_b
    return 2.0 * matched(ops) / total if total else 1.0


def containment(ops: list[Opcode], len_a: int, len_b: int) -> float:
    """Share of the shorter side matched: 1.0 when one is a fragment of the other."""
    shorter = min(len_a, len_b)
    return matched(ops) / shorter if shorter else 0.0


def longest_run(ops: list[Opcode]) -> int:
    """Most words matched in a row: one utterance rendered twice keeps phrases of its words;
    two statements on one topic share words here and there."""
    return max((i2 - i1 for t, i1, i2, _, _ in ops if t == "equal"), default=0)


def gap_positions(side: Sequence, k1: int, k2: int, at: int) -> range:
    """Where else in the other rendering a gap could stand: ``side[k1:k2]`` is left out there
    at position ``at``, and the alignment could put that gap as many words left or right as
    the words around it repeat the gap's own ends (a delete of "the town social ... of"
    before "the town" is the same as one of "social ... the town" after it). The range
    of the other side's positions the gap may take."""
    n, left, right = k2 - k1, 0, 0
    while k1 - left - 1 >= 0 and left < n and side[k1 - left - 1] == side[k2 - left - 1]:
        left += 1
    while k2 + right < len(side) and right < n and side[k1 + right] == side[k2 + right]:
        right += 1
    return range(at - left, at + right + 1)
