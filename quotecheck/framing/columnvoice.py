"""A columnist's asides to the reader: the narrator tells the reader what to think.

A column without a label or a tagline still marks its genre in its own sentences: the
narrator turns to the reader with an imperative of persuasion ("Make no mistake, ...",
"rest assured that ...", "but remember: ...", "Here's a prediction: ...", "Let's face it,
...", "Mark my words", "Despite what you may have heard, ...": the reader told what to
discount). A news report leaves such asides to the people it quotes (inside
quotation marks or a transcript turn, which the voice sentences leave out), so one such
aside in the narrator's own sentences marks the piece as a column (issue 15, the columns
without furniture on the open sets: a syndicated business column, a sports blog, a
commentary under a wire slug). The aside must open its clause (sentence start, or after a
comma, colon or a joining 'but'/'and'/'so'): 'tennis can rest assured' is a verb, not an
aside. The same test applies to every outlet.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

from quotecheck.resources.regexprefilter import guard
from quotecheck.resources.ruledata import load_data

# the narration is the lower-cased matching view; apostrophes straight or curly
_A = "['\u2019]"
# a clause's start: the sentence's, or after a comma, a colon, a dash or a joining conjunction
_CLAUSE_START = r"(?:^|[,;:(\u2014]|\b(?:but|and|so|yet)\b)\W*"
_ASIDE = re.compile(
    _CLAUSE_START +
    rf"(?:(?:make no mistake|rest assured|mark my words|here{_A}s (?:my |a |one )?prediction|"
    rf"let{_A}s face it|let{_A}s be (?:clear|honest|frank|real)|don{_A}t be fooled|"
    rf"never mind what (?:they|you) (?:hear|read)|"
    rf"(?:despite|contrary to) what you (?:may |might )?(?:have )?(?:heard|read|been told))\b|"
    rf"remember\s*:)")
# tried at every character of every sentence of the narrator's: behind its literal prefilter
# (the asides' own words), which most sentences hold none of
_ASIDE = guard(_ASIDE)


def reader_imperative(sentences: Iterable[str]) -> bool:
    """Whether one of the narrator's own ``sentences`` (quotations and turns already left
    out) turns to the reader with a columnist's imperative aside (:data:`_ASIDE`)."""
    return any(_ASIDE.search(s.strip()) for s in sentences)


@lru_cache(maxsize=1)
def _argument_mark() -> "re.Pattern":
    """The narrator's argument markers of ``[argument_marks]`` (rule data): the clause
    openers after the same clause start as :data:`_ASIDE`, the phrases anywhere."""
    data = load_data("opinion-voice")["argument_marks"]
    openers = "|".join(data["clause_openers"])
    phrases = "|".join(data["phrases"])
    return guard(re.compile(rf"{_CLAUSE_START}(?:{openers})(?!\w)|\b(?:{phrases})\b"))


def argument_mark(sentences: Iterable[str]) -> Optional[str]:
    """The first argument marker ("the irony here is", "one wonders", "too bad ...", "I'll
    leave you with", "pun intended") in one of the narrator's own ``sentences``, or None: the
    author steps out of the account to comment on it (issue 11/15); news leaves such remarks
    to the people it quotes."""
    pattern = _argument_mark()
    for sentence in sentences:
        m = pattern.search(sentence.strip())
        if m:
            return m.group().strip(" ,;:(\u2014")
    return None


def argument_mark_reason(sentences: Iterable[str]) -> Optional[str]:
    """Why the narrator's own ``sentences`` read as an argued piece (:func:`argument_mark`),
    or None."""
    mark = argument_mark(sentences)
    return f"the narrator comments on its own account ({mark!r}): an argued piece" if mark else None
