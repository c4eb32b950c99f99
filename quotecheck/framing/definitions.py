"""'So-called' introducing a term, told by what follows it or by the field it is used in
(issue 15): a definition right after the term ('so-called horizontal mergers, that is, those
between companies in one line of business', 'the so-called "Option B", which calls for
mediation'), or a lower-case technical term where the sentence or the one beside it
names scientists or research ('all these so-called exoplanets' after 'scientists found the
first evidence'). Reference works introduce jargon this way; the outlet doubts no one's name.
A capitalised name ('so-called "Federation of ... Unions"') is never a technical term here.
A capitalised nickname or coined name of one to three words ('John Gotti, the so-called "Teflon
Don"', 'the so-called Oddfather') is a term too (:func:`nickname`); a name with the head of an
organisation or an office ('the so-called "Federation of ... Unions"', 'the so-called Islamic
State') is not: there the marker disputes a group's claim to its name.
The cue lists are ``definition_cues``, ``science_cues``, ``science_against`` and
``nickname_against`` of rules/framing/so-called.toml.
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


# (issue 15) the members named in a dash's apposition after the term's phrase ('the so-called
# quartet of lenders -- the two banks, the fund and the treasury'): defined
_APPOSITION = re.compile(r"[^,;.!?\n\u2014\u2013]{0,60}?[ \t](?:\u2014|\u2013|--)[ \t]*"
                         r"(?:the[ \t]+)?[A-Z]")
# ... or a kind set against another kind of the same head ('a so-called working visit rather
# than a full state visit'): a category named, not a party's name disputed
_CONTRAST = re.compile(r"[ \t]*(?:[\w\-]+[ \t]+){0,2}?(\w+)[ \t]+(?:rather[ \t]+than|as[ \t]+"
                       r"opposed[ \t]+to|instead[ \t]+of)[ \t]+(?:(?:an?|the)[ \t]+)?"
                       r"((?:[\w\-]+[ \t]+){0,2}[\w\-]+)")


def apposed_term(text: str, term_start: int, term_end: int) -> bool:
    """The term is defined by the members a dash names after its phrase, or set against
    another kind of the same head ('working visit rather than state visit'); offsets into
    the original ``text``."""
    if _APPOSITION.match(text, term_end):
        return True
    m = _CONTRAST.match(text, term_start)
    return bool(m and m.group(1).lower() in m.group(2).lower().split())


# (issue 15, tac2011b untuned) a thing defined by its use right after its lower-case words:
# 'a so-called breeding rack used to hold animals still', 'so-called scrubbers designed to
# clean the smoke'; 'used to' only after 'a'/'an' before the marker (a kind introduced), since 'the
# so-called rebels used to hold the town' is the habitual past of a disputed name
_FUNCTION = re.compile(r"[ \t]*(?:[a-z][\w\-]*[ \t]+){1,2}(?:(designed|built|meant|intended)"
                       r"[ \t]+(?:to|for)|used[ \t]+for|(used[ \t]+to))[ \t]+\w")
_INDEFINITE = re.compile(r"\b(?:a|an)[ \t]+$", re.IGNORECASE)


def function_defined(text: str, marker_start: int, term_start: int) -> bool:
    """The lower-case term of one or two words after 'so-called' (``term_start`` into the
    original ``text``, the marker at ``marker_start``) is defined by what it is used or
    designed for ('a so-called breeding rack used to hold animals'): a device or a kind introduced,
    no party's name disputed."""
    m = _FUNCTION.match(text, term_start)
    return bool(m) and (m.group(2) is None
                        or bool(_INDEFINITE.search(text, max(0, marker_start - 4), marker_start)))


# a relative pronoun or a verb after the term's words opens its clause, no word of the term
_CLAUSE_OPENERS = frozenset("that which who whom whose are is was were have has had".split())


def science_term(text: str, start: int, term: str, cues: tuple, against: tuple = ()) -> bool:
    """A term of one or two lower-case words (no quotation, no capital) with a science cue
    within about a sentence on either side of the marker at ``start``; not a word for a
    claimed status (``against``: 'so-called experts', 'so-called cures' doubt the claim)."""
    words = words_of(term)
    while len(words) > 1 and words[-1] in _CLAUSE_OPENERS:
        words.pop()         # 'so-called polybrominated compounds that are used': the term
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


_QUOTES = "\"'\u201c\u201d\u2018\u2019"
NICKNAME = "'so-called' before a nickname or a coined name: a term, no doubt cast on a party"


def nickname(term: str, against: frozenset) -> str:
    """The note of a nickname: the capitalised words opening ``term`` (its original text,
    quotation marks allowed) are one to three ('the so-called Million Mom March'), and neither they nor the lower-case word after
    them is the head of an organisation, an office or a plan (``against``: 'union', 'state',
    'government', 'plan'); '' otherwise."""
    words = words_of(term.strip(_QUOTES))
    caps = []
    for w in words:
        if not w[:1].isupper():
            break
        caps.append(w)
    head = words[len(caps):len(caps) + 1]   # 'the so-called Conservative government'
    if not 1 <= len(caps) <= 3 or any(w.lower() in against for w in caps + head):
        return ""
    return NICKNAME
