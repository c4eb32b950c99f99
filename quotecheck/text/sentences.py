"""Split text into sentences with a regex scan: offsets, no rewriting, no model.

A boundary is a run of . ! ? … (with any closing quote marks or brackets) followed by space and
a capital, digit or opening mark, unless the word before is a known abbreviation or an initial;
line breaks that end a paragraph are boundaries too. Used by attribution and by other stages.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.resources.ruledata import load_data

# (?<!...): a search never restarts inside a run of dots (quadratic); looked back from after
# the first mark: the same matches as a leading lookbehind, tried at every character (2x time)
_BOUNDARY = re.compile(
    "[.!?\u2026](?<![.!?\u2026][.!?\u2026])[.!?\u2026]*"
    "[\"'\u201c\u201d\u2018\u2019\u00bb\u203a)\\]]*"
    "(?=[ \t\u00a0]+[\"'\u201c\u2018\u00ab(\\[\\d\\w])"
    "|\\n[ \t\r]*\\n|\\n(?=[ \t\r]*[\"'\u201c\u2018\u00ab\\w])"
)


_OPENERS = "(\"'\u201c\u2018"     # stripped from the front of the word before a dot


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset:
    data = load_data("attribution")
    words = list(data.get("sentences", {}).get("abbreviations", ()))
    words += data.get("names", {}).get("abbreviations", ())   # titles before a name: Const.
    return frozenset(a.lower().rstrip(".") for a in words)


@lru_cache(maxsize=1)
def _longest_abbreviation() -> int:
    """No word longer than this (nor than 5, the dotted-short rule) can be an abbreviation:
    lower-casing never shortens a string."""
    return max([5] + [len(a) for a in _abbreviations()])


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, trimmed of surrounding white space."""
    abbrev = _abbreviations()
    out: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    lead = len(text) - len(text.lstrip(_OPENERS))   # opening marks at the text's start
    for m in _BOUNDARY.finditer(text):
        b = m.end()
        if text[m.start()] == ".":
            if m.group() == "." and _is_abbreviation(text, m.start(), abbrev, lead):
                continue
            nxt = _next_char(text, b)
            if nxt.islower():
                continue
        elif text[m.start()] in "!?\u2026":
            nxt = _next_char(text, b)
            if nxt.islower():
                continue
        add_trimmed(text, out, start, b)
        start = b
    add_trimmed(text, out, start, n)
    return out


def _next_char(text: str, i: int) -> str:
    n = len(text)
    while i < n and text[i] in " \t\u00a0\n\"'\u201c\u2018\u00ab([":
        i += 1
    return text[i] if i < n else "A"


def _is_abbreviation(text: str, dot: int, abbrev: frozenset, lead: int = 0) -> bool:
    """True when the word before the single ``.`` at ``dot`` is an initial or abbreviation.

    The word starts after the last space or line break of the 20 characters before the dot,
    else at the text's start: that word is only read when it can be short enough to match
    (slicing and lower-casing the whole text before every such dot was quadratic)."""
    start = max(text.rfind(" ", max(0, dot - 20), dot), text.rfind("\n", max(0, dot - 20), dot)) + 1
    if start == 0 and dot - min(lead, dot) > _longest_abbreviation():
        return False                     # the word before the dot has no space before it
    word = text[start:dot].lstrip(_OPENERS)
    if not word:
        return False
    if len(word) == 1 and word.isupper():
        return True                      # an initial: J. Smith
    w = word.lower().rstrip(".")
    if w in abbrev:
        return True
    return "." in w and len(w) <= 5       # U.S, e.g, a.m


def add_trimmed(text: str, out: list, s: int, e: int) -> None:
    """Append ``(s, e)`` to ``out`` with surrounding white space trimmed, unless empty."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))
