"""Captions a line's own pattern cannot tell: a photo credit printed before its caption on one
line, and a caption's text printed twice (used by :mod:`quotecheck.load.furniture`)."""
from __future__ import annotations

import re
from bisect import bisect_right

from quotecheck.resources.regexsafe import compile_safe

_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")
_STOP = ".!?\u2026"
_CLOSE = "'\"\u2019\u201d"


def credit_prefix(credits: list) -> re.Pattern:
    """The pattern of a credit printed before a caption: one of ``credits`` (longest first,
    case as printed), up to two more joined by ``- / : | •`` or "or" (or a handle such as
    "@jdoe"), then space and the caption's capital."""
    one = "(?:" + "|".join(re.escape(c) for c in sorted(credits, key=len, reverse=True)) + ")"
    more = r"(?:\s{0,3}(?:[-/:|\u2022]|\bor)\s{0,3}(?:" + one + r"|@\w{1,30}))?"
    return compile_safe(one + more + more + "\\s{1,3}(?=[A-Z0-9\u2018\u201c'\"])")


def credited_caption(prefix: re.Pattern, line: str, min_words: int = 4) -> bool:
    """A photo credit, then the caption's sentence, on one line ("Reuters Police stand guard
    outside the embassy", "Getty - Contributor Fans queue for the doors", "Twitter / @jdoe
    Staff said the fence was safe"): a scraped page glues the credit to the caption. The
    rest is a sentence in sentence case (a lower-case word of four letters or more: never a
    title-case headline, "YouTube Music Isn't Even Close"), of ``min_words`` words or more,
    and stops without a full stop, as captions do (a body sentence naming the agency first,
    "Reuters first reported the offer on Sunday.", ends like a sentence)."""
    m = prefix.match(line)
    if not m:
        return False
    rest = line[m.end():]
    end = line.rstrip(_CLOSE)[-1:]
    return (end not in _STOP and len(rest.split()) >= min_words
            and _LOWER_WORD.search(rest) is not None)


def caption_texts(text: str, lines: list, kinds: list, body: str = "body") -> None:
    """A caption's own text, repeated as a plain line (galleries and "hide caption" widgets
    print it twice): a line that begins a caption line, or that recurs in the document with
    one copy next to a caption or credit, is caption text."""
    captions = sorted(text[s:e] for (s, e), k in zip(lines, kinds) if k == "caption")
    if not captions:
        return
    texts = [text[s:e] for s, e in lines]
    copies: dict = {}
    for i, line in enumerate(texts):
        copies.setdefault(line, []).append(i)
    beside = set()      # texts of lines with a copy next to a caption line (kept up to date)

    def caption(j: int) -> None:
        kinds[j] = "caption"
        beside.update(texts[j + d] for d in (-1, 1) if 0 <= j + d < len(lines))

    for j, k in enumerate(kinds):
        if k == "caption":
            caption(j)
    for i, line in enumerate(texts):
        if kinds[i] != body or len(line) < 20:
            continue
        longer = bisect_right(captions, line)   # captions that start with the line follow it
        if longer < len(captions) and captions[longer].startswith(line):
            caption(i)
        elif len(copies[line]) > 1 and line in beside:
            for j in copies[line]:
                caption(j)
