"""Split text into sentences with a regex scan: offsets, no rewriting, no model.

A boundary is a run of . ! ? … (with any closing quote marks or brackets) followed by space and
a capital, digit or opening mark, unless the word before is a known abbreviation or an initial;
line breaks that end a paragraph are boundaries too. Used by attribution and by other stages.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from quotecheck.resources.ruledata import load_data

# A run of . ! ? … not preceded by another (a search never restarts inside a run of dots:
# quadratic) with its closing marks before a space, or a line break ending a paragraph. The
# pattern opens with the class of its first character, so ``re`` skips to the next candidate
# in C instead of trying the pattern at every offset (5x faster); the look-behinds then tell
# which branch the character opens: same matches as
# (?<![.!?…])[.!?…]+[closers]*(?=…)|\n[ \t\r]*\n|\n(?=…)
_BOUNDARY = re.compile(
    "[.!?\u2026\n](?:"
    "(?<=[.!?\u2026])(?<![.!?\u2026].)[.!?\u2026]*"
    "[\"'\u201c\u201d\u2018\u2019\u00bb\u203a)\\]]*"
    "(?=[ \t\u00a0]+[\"'\u201c\u2018\u00ab(\\[\\d\\w])"
    "|(?<=\\n)[ \t\r]*\\n|(?<=\\n)(?=[ \t\r]*[\"'\u201c\u2018\u00ab\\w]))"
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
    for m in _boundaries(text):
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


def sentence_end(text: str, stop: "re.Pattern", begin: int, limit: int,
                 fallback: Optional[int] = None) -> int:
    """Where the sentence read from ``begin`` ends: the start of the first match of ``stop``
    (the caller's sentence-stop pattern) in the window ``[begin, limit)``, else ``fallback``
    (default ``limit``), never past the text's end. The framing cues that read a claim's
    sentence and the one after it each keep their own pattern and window; this is the one
    lookup they share."""
    found = stop.search(text, begin, min(len(text), limit))
    if found:
        return found.start()
    return min(len(text), limit if fallback is None else fallback)


_STOPS = ".!?\u2026"
_AFTER_STOP = _STOPS + "\"'\u201c\u201d\u2018\u2019\u00bb\u203a)] \t\u00a0"   # what may follow a run's first stop


def _boundaries(text: str):
    """``_BOUNDARY.finditer(text)``, tried only where its first character stands (found by a
    ``str.find`` per character, in order): a search opening with a class tests every
    character of the text in the regex engine, about four times the cost of the finds; the
    look-behinds see the text before the position as in a search."""
    hits = []
    for c in ".!?\u2026\n":
        i = text.find(c)
        while i >= 0:
            hits.append(i)
            i = text.find(c, i + 1)
    hits.sort()
    match = _BOUNDARY.match
    end = 0
    last = len(text) - 1
    for i in hits:
        # a stop inside a run, or followed by a character no run, closer or space can be
        # ("U.S", "3.5", the text's end), ends nothing: not tried
        if i >= end and (text[i] == "\n" or (i < last and text[i + 1] in _AFTER_STOP and not (
                i and text[i - 1] in _STOPS))):
            m = match(text, i)
            if m is not None:
                end = m.end()
                yield m


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
