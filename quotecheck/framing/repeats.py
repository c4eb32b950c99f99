"""A finding the page prints twice is read once (issue 11, baly_201904).

Some captures print a passage twice: a teaser or summary block above the body that repeats
the body's sentences (lightly edited), or a scrape that doubled a paragraph. Every word in
them was flagged twice, and a copy editor queries it once. A detection of a rule whose word
and the words around it (:data:`WINDOW` either side, case and punctuation ignored) repeat an
earlier detection of the same rule in the same document (not itself lowered) is lowered to info, with the offset
of the copy it repeats; offsets stay those of the original text.

Why at the findings and not as a layout region: the copies are rarely verbatim (a summary's
sentence and the body's differ by a clause), which copy is the page's body is unclear (the
teaser comes first), and a region removes quotations and derivation evidence too. The same
word in other words (two stories called 'infamous' in different sentences) is two findings.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Iterable

WINDOW = 4
"""Words either side of the flagged span that must repeat (with the span itself)."""
_WORD = re.compile(r"\w+")
_REACH = 200    # characters searched for the window's words either side


def _key(text: str, start: int, end: int) -> tuple:
    before = _WORD.findall(text[max(0, start - _REACH):start])[-WINDOW:]
    after = _WORD.findall(text[end:end + _REACH])[:WINDOW]
    return (" ".join(_WORD.findall(text[start:end])).casefold(),
            " ".join(before).casefold(), " ".join(after).casefold())


def read_once(detections: Iterable[Any], text: str) -> list:
    """``detections`` (of one rule, one document, original offsets into ``text``) with each
    that repeats an earlier one's words and context lowered to info; order kept."""
    out = list(detections)
    first: dict = {}
    for i in sorted(range(len(out)), key=lambda i: (out[i].start, out[i].end)):
        d = out[i]
        key = _key(text, d.start, d.end)
        if not key[0] or len(key[1].split()) + len(key[2].split()) < WINDOW:
            continue        # too little context to tell a repeat from a reuse
        if d.severity == "info":
            continue        # only a copy that was reported is repeated (not one lowered)
        if key not in first:
            first[key] = d.start
            continue
        args = dict(d.args or {})
        args["note"] = (f" (info: the page repeats these words, first at offset {first[key]}:"
                        " a doubled passage is read once)")
        out[i] = replace(d, severity="info", args=args)
    return out
