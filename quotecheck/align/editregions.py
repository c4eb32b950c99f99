"""Edit regions of a word alignment: neighbouring changed opcodes joined into one region
that :mod:`quotecheck.align.difftype` types as a whole ("had been" / "was" across one equal
word is one rewrite), and the differences kept apart that are two, not one rewrite (words
one side quotes beyond the other's edge, beside a swap). ``ops`` are the word opcodes of
:mod:`quotecheck.align.wordalign` (difflib's tags and ranges); a region is a list of their
indices.
"""
from __future__ import annotations


def edit_regions(ops, gap: int, edges_apart: bool = False) -> list[list]:
    """Neighbouring changed opcodes joined across at most ``gap`` equal words. With
    ``edges_apart`` words one side quotes beyond the other's end stay apart from a swap next
    to them ("situation in Ukraine" / "situation with Ukraine, they say ...")."""
    regions: list[list] = []
    for idx, op in enumerate(ops):
        if op[0] == "equal":
            continue
        if regions:
            prev_end = regions[-1][-1]
            between = ops[prev_end + 1:idx]
            apart = edges_apart and (
                (_beyond_edge(ops, prev_end) and op[0] == "replace") or
                (_beyond_edge(ops, idx) and ops[prev_end][0] == "replace"))
            if len(between) == 1 and between[0][2] - between[0][1] <= gap and not apart:
                regions[-1].append(idx)
                continue
        regions.append([idx])
    return regions


def _beyond_edge(ops, idx: int) -> bool:
    """Words only one side has, before the other's first word or after its last."""
    return ops[idx][0] in ("insert", "delete") and idx in (0, len(ops) - 1)
