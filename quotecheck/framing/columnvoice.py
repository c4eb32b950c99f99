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
from typing import Iterable

from quotecheck.resources.regexprefilter import guard

# the narration is the lower-cased matching view; apostrophes straight or curly
_A = "['\u2019]"
_ASIDE = re.compile(
    rf"(?:^|[,;:(\u2014]|\b(?:but|and|so|yet)\b)\W*"
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
