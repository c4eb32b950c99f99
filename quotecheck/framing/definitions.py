"""'So-called' introducing a term, told by what follows it or by the field it is used in
(issue 15): a definition right after the term ('so-called horizontal mergers, that is, those
between companies in one line of business', 'the so-called "Plan A", which involves
reconciliation'), or a lower-case technical term where the sentence or the one beside it
names scientists or research ('all these so-called exoplanets' after 'scientists found the
first evidence'). Reference works introduce jargon this way; the outlet doubts no one's name.
A capitalised name ('so-called "Federation of ... Unions"') is never a technical term here.
The cue lists are ``definition_cues``, ``science_cues`` and ``science_against`` of
rules/framing/so-called.toml.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.framing.narration import words_of

SCIENCE_WINDOW = 300
"""Characters read on each side of the marker for a science cue (about a sentence)."""


def defined_term(text: str, term_end: int, cues: tuple) -> bool:
    """A definition opens right after the term: ', that is,', ', which involves', ', meaning'."""
    pattern = _definition(cues)
    return bool(pattern and pattern.match(text, term_end, min(len(text), term_end + 40)))


def science_term(text: str, start: int, term: str, cues: tuple, against: tuple = ()) -> bool:
    """A term of one or two lower-case words (no quotation, no capital) with a science cue
    within about a sentence on either side of the marker at ``start``; not a word for a
    claimed status (``against``: 'so-called experts', 'so-called cures' doubt the claim)."""
    words = words_of(term)
    if (not 1 <= len(words) <= 2 or not all(w.islower() for w in words)
            or term[:1] in "\"'\u201c\u2018" or any(w in against for w in words)):
        return False
    pattern = _science(cues)
    return bool(pattern and pattern.search(
        text, max(0, start - SCIENCE_WINDOW), min(len(text), start + SCIENCE_WINDOW)))


@lru_cache(maxsize=4)
def _definition(cues: tuple) -> "re.Pattern | None":
    if not cues:
        return None
    return re.compile(r"""["'\u201d\u2019]?[ \t]*,?[ \t]*(?:%s)\b""" % "|".join(
        re.escape(c) for c in sorted(cues, key=len, reverse=True)), re.IGNORECASE)


@lru_cache(maxsize=4)
def _science(cues: tuple) -> "re.Pattern | None":
    if not cues:
        return None
    return re.compile(r"\b(?:%s)\b" % "|".join(
        re.escape(c) for c in sorted(cues, key=len, reverse=True)), re.IGNORECASE)
