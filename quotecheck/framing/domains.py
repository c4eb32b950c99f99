"""Loaded labels and evaluative words in another sense, told by the words around them
('strongman' of a weightlifter among athletes, a 'cult' of a film's fans, the 'evil' of a
film's villain, 'monstrous' of a vehicle's size, a 'checking regime'): no judgement on anyone.

The senses and their cues are data (``[[senses]]`` of ``rules/data/framing-senses.toml``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from quotecheck.framing.quoteterms import words_pattern


class Sense(NamedTuple):
    """One other sense: its words, the cues of the sense and of the loaded sense, and the
    shape the word must have (a name after it, a pattern before it)."""
    words: frozenset
    cues: "re.Pattern | None"
    against: "re.Pattern | None"
    before_name: bool
    before: "re.Pattern | None"


# a name or a character noun right after the word: 'the evil Count Drago', 'sinister villain'
_NAME_AFTER = re.compile(r"[ \t]+(?:[A-Z][\w'\-]+|(?:character|characters|villain|villains|"
                         r"twin|stepmother|queen|king|lord|emperor|empire|wizard|witch|"
                         r"sorcerer|robot|robots|alien|aliens)\b)")


@lru_cache(maxsize=1)
def senses() -> tuple[Sense, ...]:
    """The ``[[senses]]`` of the data file, compiled once."""
    from quotecheck.resources.ruledata import load_data

    out = []
    for entry in load_data("framing-senses").get("senses", ()):
        before = entry.get("before")
        out.append(Sense(frozenset(str(w).lower() for w in entry.get("words", ())),
                         words_pattern(entry.get("cues", ())),
                         words_pattern(entry.get("against", ())),
                         bool(entry.get("before_name", False)),
                         re.compile(before) if before else None))
    return tuple(out)


def other_sense_word(nar: Any, start: int, end: int) -> bool:
    """Whether the label or evaluative word at narration ``[start, end)`` is in another sense:
    a ``[[senses]]`` entry lists it, its shape holds, a cue of the sense is in its sentence or
    the sentences either side and no cue of the loaded sense is."""
    word = nar.text[start:end].lower()
    window = None
    for sense in senses():
        if word not in sense.words:
            continue
        s, e = nar.original(start, end)     # the original's case: the view is folded
        if sense.before is not None and not sense.before.search(
                nar.doc.text[max(0, s - 40):s]):
            continue
        if sense.before_name and not _NAME_AFTER.match(nar.doc.text, e):
            continue
        if window is None:
            window = _window(nar, start)
        if sense.cues is not None and not sense.cues.search(window):
            continue
        if sense.against is not None and sense.against.search(window):
            continue
        return True
    return False


def _window(nar: Any, start: int) -> str:
    """The word's sentence with the sentences before and after it (the view is lower-case)."""
    s0, s1 = nar.sentence(start)
    lo = nar.sentence(s0 - 1)[0] if s0 > 0 else s0
    hi = nar.sentence(s1)[1] if s1 < len(nar.text) else s1
    return nar.text[lo:hi]
