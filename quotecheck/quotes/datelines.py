"""Datelines at the head of a paragraph ("Washington (AFP) –", "RENO, Nev. (AP) —") blanked in
the masked text, so the place never acts as a speaker or an antecedent.

A dateline's place was taken as the subject of the first sentence ("Washington (AFP) –
Democrat Ana Ruiz has taken a swipe at ..., saying that “…”" gave Washington); an all-capitals
place was already no one, a mixed-case one with a wire credit was not. Only a place of one to
four capitalised words followed by a bracketed credit and a dash or colon is a dateline here
(issue 12).
"""
from __future__ import annotations

import re

_WORD = r"[A-Z][A-Za-z.'\u2019-]*"
_PLACE = rf"{_WORD}(?:,? {_WORD}){{0,3}} "     # up to four words, a space before the credit
# the place, an optional ", Nev." already inside the word run, the credit (two letters at
# least: "(AP)", "(Reuters)"; a one-letter party tag, "Ana Ruiz (D):", is a speaker), the dash
_DATELINE = re.compile(rf"{_PLACE}\([A-Z][A-Za-z][A-Za-z.&' ]{{0,23}}\)"
                       r" ?(?:[\u2014\u2013]|--?|:)")
# a line break and the line's spaces (group 1, kept), then a dateline: a literal first
# character, so the search skips to line breaks in C
_AFTER_BREAK = re.compile(rf"(\n[ \t\u00a0]*){_DATELINE.pattern}")


def _spaces(m: re.Match) -> str:
    return m.group(1) + " " * (m.end() - m.end(1))


def blank_datelines(masked: str) -> str:
    """``masked`` with each paragraph-opening dateline made spaces (offsets unchanged)."""
    if "(" not in masked:
        return masked
    m = _DATELINE.match(masked)     # no line break inside: the search below is unaffected
    if m is not None:
        masked = " " * m.end() + masked[m.end():]
    return _AFTER_BREAK.sub(_spaces, masked)
