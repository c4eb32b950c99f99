"""A quotation in a list of quoted terms is a term like its neighbours, not speech with no
speaker.

"With signs reading “Quebec first,” “Build it” and “The plan is a sham,”", "banned “toxic
assets” and “bring the evil-doers to justice”", "entries: “Most important vote of our time” and
“POTUS”": the short items no one was given are scare quotes (:func:`quotecheck.quotes.kinds.
unclaimed_fragments`), but an item of five words or more was listed as a direct or partial
quotation with no speaker (issue 12: signs, banned-word lists). An unattributed quotation of up
to eight words, with no stop inside, joined to a scare-quote neighbour by "and", "or" or a
comma alone, takes the neighbour's kind. Run after unclaimed_fragments.
"""
from __future__ import annotations

import re

_JOIN = re.compile(r"[ \t\u00a0]*[,;]?[ \t\u00a0]*(?:(?:and|or)[ \t\u00a0]+)?\Z")
_MAX_WORDS = 8


def _item(f, text: str) -> bool:
    """True for an unattributed speech quotation short enough to be a list's item."""
    q = f.span
    if f.kind not in ("direct", "partial") or f.att is not None or q.close_end is None:
        return False
    words = text[q.start:q.end].rstrip(" ,.;").split()
    return 0 < len(words) <= _MAX_WORDS and not any(w[-1:] in ".?!" for w in words[:-1])


def _joined(a, b, text: str) -> bool:
    """True when quotation ``b`` follows ``a`` with only a list's joiner between them."""
    gap_start, gap_end = a.span.close_end, b.span.open_start
    if gap_start is None or text[gap_start - 2:gap_start - 1] in (".", "?", "!"):
        return False        # "“sham.” “We will …”": the list ended with its sentence
    return 0 <= gap_end - gap_start <= 8 and "\n" not in text[gap_start:gap_end] and \
        _JOIN.match(text[gap_start:gap_end]) is not None


def list_items(found: list, text: str) -> None:
    """Give each unattributed short quotation joined to a scare-quote neighbour the kind
    scare, forward then backward, so a chain of items follows its first term."""
    order = sorted(found, key=lambda f: f.span.open_start)
    pairs = list(zip(order, order[1:]))
    for a, b in pairs + pairs[::-1]:
        if not _joined(a, b, text):
            continue
        if a.kind == "scare" and _item(b, text):
            b.kind = "scare"
        elif b.kind == "scare" and _item(a, text):
            a.kind = "scare"
