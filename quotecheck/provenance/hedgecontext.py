"""What a hedge qualifies, for hedge drift between a copy and its parent (QC205).

Two hedges are no claim's certainty: "so-called" before a term it introduces ("so-called
implicit-bias training", "so-called “modular” assembly") names the term and vouches for no
claim (whether a "so-called" doubts a name is the framing rules' question, read in each text
on its own); and a hedge whose sentence in the other text carries an attribution instead
("Lane apparently had money troubles" / "Lane was said by friends to have had
money troubles") leaves the claim as hedged as it was.
"""
from __future__ import annotations

import re

# after "so-called": a quotation mark, or two lower-case words in one phrase
_TERM_AFTER = re.compile(r"[ \t]*(?:([\"'`\u201c\u2018])|([a-z][a-z\-]+)[ \t]+([a-z][a-z\-]+)\b)")


def names_a_term(text: str, end: int, stopwords) -> bool:
    """Whether the "so-called" ending at ``end`` introduces a term: a quoted word follows, or
    two lower-case words neither of which is a stopword ("so-called regional fishery ...");
    not a capitalised name ("so-called Islamic State"), two words one of which is a stopword
    ("so-called experts say": the stopwords hold the common reporting verbs, not every
    verb, so "so-called experts warn" still reads as a term), nor a phrase a comma closes
    ("so-called rebels, who")."""
    m = _TERM_AFTER.match(text, end)
    if m is None:
        return False
    return bool(m.group(1)) or not (m.group(2) in stopwords or m.group(3) in stopwords)


def attributed_instead(hedged, other, cues: frozenset) -> bool:
    """Whether the sentence ``other`` (without the hedge) attributes the claim where the
    hedged sentence does not: a cue of ``cues`` ("described", "according", "believed") in
    ``other``'s words and not in ``hedged``'s."""
    return bool((set(other.folded_words()) - set(hedged.folded_words())) & cues)
