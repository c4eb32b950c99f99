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
EDGE_RUN = 2  # a matched run of at most this many words at an edge may slide (_slide_edge_runs)


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
        return _slide_edge_runs(_merge(_direct(a, b, 0, 0)), a, b)
    ops: list[Opcode] = []
    pi = pj = 0
    for i, j in anchors(a, b):
        ops.extend(_direct(a[pi:i], b[pj:j], pi, pj))
        ops.append(("equal", i, i + 1, j, j + 1))
        pi, pj = i + 1, j + 1
    ops.extend(_direct(a[pi:], b[pj:], pi, pj))
    return _slide_edge_runs(_merge(ops), a, b)


def _slide_edge_runs(ops: list[Opcode], a: Sequence[str], b: Sequence[str]) -> list[Opcode]:
    """Move a short matched run at an edge of one side to the other side's occurrence that
    is nearest the rest of the alignment, at both ends.

    difflib matches the longest block first and then the side's first word ("I") with the
    other side's first "I", leaving a long gap before the rest: a partial quotation of the
    end of a long statement ("I could not ...", the statement's third "I could not") gets
    its opening word matched at the statement's start. Moved, the gap stands at the edge,
    where it is the other rendering's longer opening, and only the words between the run and
    the rest are left over. The matched count is unchanged (scores do not move)."""
    ops = _slide_start(ops, a, b)
    na, nb = len(a), len(b)
    rev = [(t, na - i2, na - i1, nb - j2, nb - j1) for t, i1, i2, j1, j2 in reversed(ops)]
    rev = _slide_start(rev, a[::-1], b[::-1])
    return [(t, na - i2, na - i1, nb - j2, nb - j1) for t, i1, i2, j1, j2 in reversed(rev)]


def _slide_start(ops: list[Opcode], a: Sequence[str], b: Sequence[str]) -> list[Opcode]:
    """:func:`_slide_edge_runs` at the start: ``[gap] equal(<= EDGE_RUN words) gap equal``
    with both gaps on one side, the run moved to its last occurrence in the second gap."""
    k = 1 if ops and ops[0][0] in ("insert", "delete") else 0
    if k + 2 >= len(ops) or ops[k][0] != "equal" or ops[k + 2][0] != "equal":
        return ops
    tag = ops[k + 1][0]
    if tag not in ("insert", "delete") or (k and ops[0][0] != tag):
        return ops
    _, i1, i2, j1, j2 = ops[k]
    n = i2 - i1
    if n > EDGE_RUN:
        return ops
    if tag == "insert":   # the gap is on b: look for the run in b, nearest the next block
        long_, at, end = b, j1, ops[k + 2][3]
    else:
        long_, at, end = a, i1, ops[k + 2][1]
    run = list(long_[at:at + n])
    best = next((p for p in range(end - n, at, -1) if list(long_[p:p + n]) == run), None)
    if best is None:
        return ops
    if tag == "insert":
        new = [("insert", 0, 0, 0, best), ("equal", i1, i2, best, best + n),
               ("insert", i2, i2, best + n, end)]
    else:
        new = [("delete", 0, best, 0, 0), ("equal", best, best + n, j1, j2),
               ("delete", best + n, end, j2, j2)]
    return _merge(new + list(ops[k + 2:]))


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
