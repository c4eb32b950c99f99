"""Texts whose words are not the outlet's own news voice: a press digest, a fiction described.

Moved out of :mod:`quotecheck.framing.genre` (its line limit; issue 15): a press digest's
items are the summarised papers' reports, and a film's or an advert's plot is a fiction whose
villains and liars are characters, not real people the narrator judges. The same tests apply
to every outlet.
"""
from __future__ import annotations

import re

from quotecheck.resources.regexprefilter import guard

HEAD_CHARS = 1500
"""How far from the top a page's opening furniture is looked for: a press digest's opening
here, a section label, a byline or a bookseller's line in :mod:`quotecheck.framing.genre` and
:mod:`quotecheck.framing.opinionmarks`."""

# A press digest: "The following are the top stories in leading regional newspapers ...";
# each item is the summarised paper's report, not the outlet's own narration. (Behind its
# needles' test, speed27: re would try it at every character of most texts, which hold none.)
_DIGEST = guard(re.compile(
    r"\b(?:the )?following are (?:the )?(?:\w+ ){0,2}(?:news items|items|headlines|highlights|"
    r"stories|reports) (?:in|of|from) (?:\w+ ){0,3}(?:newspapers|press|dailies)\b"
    r"|(?m:^[ \t]*(?:press review|press digest|review of the press|what the papers say)\b)", re.I))


def press_digest(text: str) -> bool:
    """Whether ``text`` opens as a press digest (items summarising other newspapers), whose
    words are the summarised papers', not the outlet's; looked for within ``HEAD_CHARS``."""
    return bool(_DIGEST.search(text[:HEAD_CHARS]))


# A fiction described: a film's, an episode's or an advert's plot; its villains and liars are
# characters, not the narrator's verdict on real people.
_FICTION = re.compile(
    r"\b(?:voiced by|played by (?:the )?(?:actor|actress)|tells the story of|imagined scenario|"
    r"fictional|storyline|the plot|(?:film|movie|series|episode|novel|sequel|ads?|adverts?|"
    r"commercials?)(?: that)? follows?|"
    r"(?:ad|advert|advertisement|commercial|trailer) (?:shows|showing|depicts|depicting)|"
    # (issue 15, DUC 2007 main reading) a comedy's situations and characters: "the comedy of
    # the series is his reactions to the terrible situations", "a self-proclaimed loser from
    # a hit TV series"
    r"sitcoms?|(?:tv|television) (?:series|comedy|comedies|sitcoms?)|"
    r"the comedy of the (?:series|show|film|movie)|"
    # ... and a mock documentary's premise ("the film follows a fake band on tour")
    r"mock[ \-]documentar(?:y|ies)|mockumentar(?:y|ies))\b")
FICTION_CHARS = 300
"""How far around a word (within its paragraph) a fiction cue is looked for."""


def describes_fiction(text: str, start: int) -> bool:
    """Whether the word at ``start`` of the (lower-case) narration ``text`` sits in a
    paragraph describing a fiction, a cue within ``FICTION_CHARS`` of it."""
    lo = text.rfind("\n\n", max(0, start - FICTION_CHARS), start)
    hi = text.find("\n\n", start, start + FICTION_CHARS)
    lo = max(0, start - FICTION_CHARS) if lo < 0 else lo
    hi = min(len(text), start + FICTION_CHARS) if hi < 0 else hi
    return bool(_FICTION.search(text, lo, hi))
