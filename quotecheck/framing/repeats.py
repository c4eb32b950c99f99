"""A finding the page prints twice is read once (issue 11, baly_201904).

Some captures print a passage twice: a teaser or summary block above the body that repeats
the body's sentences (lightly edited), a scrape that doubled a paragraph, a title line printed
twice, or the headline printed again after a photo caption and its credit on one line. Every
word in them was flagged twice, and a copy editor queries it once. A detection of a rule
whose words, with at least :data:`SHARED` words around them (before and after together,
case and punctuation ignored), repeat an earlier reported detection of the same rule in the
same document is lowered to info, with the offset of the copy it repeats; offsets stay those
of the original text.

Why at the findings and not as a layout region: the copies are rarely verbatim (a summary's
sentence and the body's differ by a clause, a repeated headline follows a caption on its
line), which copy is the page's body is unclear (the teaser comes first), and a region
removes quotations and derivation evidence too. The same word in other words (two events
called 'infamous' in different sentences) is two findings.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Iterable

SHARED = 8
"""Words around the flagged span (before and after together) two copies must share."""
_WORD = re.compile(r"\w+")
_REACH = 300    # characters searched for the words around a span, either side


def _context(text: str, start: int, end: int) -> tuple:
    """(span words, words before it nearest first, words after it) of a span, case-folded."""
    before = _WORD.findall(text[max(0, start - _REACH):start].casefold())[::-1][:SHARED]
    after = _WORD.findall(text[end:end + _REACH].casefold())[:SHARED]
    return " ".join(_WORD.findall(text[start:end].casefold())), before, after


def _shared(a: list, b: list) -> int:
    """How many words two contexts share from the span outwards (a common prefix)."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def read_once(detections: Iterable[Any], text: str) -> list:
    """``detections`` (of one rule, one document, original offsets into ``text``) with each
    that repeats an earlier reported one's words and context lowered to info; order kept. A
    copy already at info (a quotation's, an opinion's) repeats nothing."""
    out = list(detections)
    reported: dict = {}     # span words -> [(start, before, after)] of the reported copies
    for i in sorted(range(len(out)), key=lambda i: (out[i].start, out[i].end)):
        d = out[i]
        if d.severity == "info":
            continue
        words, before, after = _context(text, d.start, d.end)
        if not words:
            continue
        first = next((s for s, b, a in reported.get(words, ())
                      if _shared(before, b) + _shared(after, a) >= SHARED), None)
        if first is None:
            reported.setdefault(words, []).append((d.start, before, after))
            continue
        args = dict(d.args or {})
        args["note"] = (f" (info: the page repeats these words, first at offset {first}:"
                        " a doubled passage is read once)")
        out[i] = replace(d, severity="info", args=args)
    return out
