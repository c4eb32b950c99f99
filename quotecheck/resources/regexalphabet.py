"""The sample alphabet :mod:`~quotecheck.resources.regexshape` compares character classes on.

Two classes overlap when some sample character is in both: ASCII, Latin-1 and Latin
Extended, common typographic punctuation and spaces, a few letters of other scripts, and
every literal and range end of the pattern at hand (so two ranges that overlap always share a
sample character).
"""
from __future__ import annotations

import re
from functools import lru_cache

_CATEGORIES = {
    "DIGIT": r"\d", "NOT_DIGIT": r"\D", "SPACE": r"\s", "NOT_SPACE": r"\S", "WORD": r"\w",
    "NOT_WORD": r"\W", "LINEBREAK": r"\n", "NOT_LINEBREAK": r"[^\n]",
}
_BASE_SAMPLE = tuple(range(0x250)) + tuple(
    ord(c) for c in "\u2009\u200b\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2028\u3000"
    "\u00a0\u0416\u0436\u05d0\u0627\u4e2d\u00e9\u1e9e\U0001f600")


@lru_cache(maxsize=256)
def category(name: str, sample: tuple) -> frozenset:
    """The sample characters in an ``re`` category (``\\d``, ``\\w``, ``\\s`` and negations)."""
    key = name.replace("UNI_", "").replace("LOC_", "").replace("CATEGORY_", "")
    rx = re.compile(_CATEGORIES.get(key, r"[\s\S]"))
    return frozenset(c for c in sample if rx.match(chr(c)))


def sample_of(parsed, subpattern: type) -> tuple:
    """The base alphabet plus every literal and range end of the pattern."""
    extra: set = set()

    def walk(items) -> None:
        for op, av in items:
            name = str(op).upper()
            if name in ("LITERAL", "NOT_LITERAL"):
                extra.add(av)
            elif name == "IN":
                for sop, sav in av:
                    if str(sop).upper() == "LITERAL":
                        extra.add(sav)
                    elif str(sop).upper() == "RANGE":
                        extra.update(sav)
            elif isinstance(av, (tuple, list)):
                for part in av:
                    if isinstance(part, subpattern):
                        walk(part)
                    elif isinstance(part, list):
                        for sub in part:
                            if isinstance(sub, subpattern):
                                walk(sub)
            elif isinstance(av, subpattern):
                walk(av)

    walk(parsed)
    return tuple(sorted(set(_BASE_SAMPLE) | extra))
