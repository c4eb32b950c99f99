"""Interview transcripts: each turn is its speaker's words, not the narrator's voice.

A transcript (a broadcast interview, a Q&A) prints each turn after its speaker's label
("BOB SMITH Thank you.", "SMITH: We filed ...", "Q: ...") instead of in quotation marks, so
a guest's "it was all a sham" would otherwise read as the outlet's own words. A document is
a transcript when at least two labels each open two or more turns; every turn, up to the
next label, is then attributed speech, the host's included (a named person talking, as in a
quotation); only text outside the turns (an introduction) is narration. The same test
applies to every outlet.
"""
from __future__ import annotations

import re
from collections import Counter

MIN_TURNS = 4
"""Fewest labelled turns that make a transcript."""

_NAME_WORD = r"[A-Z][A-Z'\u2019.\-]*"
# "NAME:" or "NAME, ROLE:" (one to four capitalised words), "Q:", a name of two to four
# capitalised words then the turn itself on the same line ("BOB SMITH Thank you"), or the
# "Q" of a Q&A glued to its question by a text capture ("QWhat happened?").
_LABEL = re.compile(
    rf"(?m)^[ \t]*(?P<label>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})"
    rf"(?P<role>,[ \t]*[A-Z][A-Z \t]{{1,30}})?[ \t]*:[ \t]*"
    rf"|^[ \t]*(?P<bare>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}})[ \t]+(?=[A-Z][a-z])"
    r"|^[ \t]*(?P<q>Q)(?=[A-Z][a-z'\u2019])")     # a bold "Q" glued to the question


def _key(label: str) -> str:
    """The speaker a label names, by surname ("TERRY GROSS" and "GROSS" are one speaker)."""
    return label.split()[-1].strip(".'\u2019-")


def transcript_turns(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of the labelled turns of a transcript (label included), in
    order; empty when ``text`` is not a transcript."""
    labels = []
    for m in _LABEL.finditer(text):
        label = m.group("label") or m.group("bare") or m.group("q")
        if not any(c.isalpha() for c in label) or len(label) > 60:
            continue
        labels.append((m.start(), _key(label)))
    if len(labels) < MIN_TURNS:
        return []
    counts = Counter(k for _, k in labels)
    if sum(1 for n in counts.values() if n >= 2) < 2:
        return []
    starts = [s for s, _ in labels] + [len(text)]
    return list(zip(starts, starts[1:]))
