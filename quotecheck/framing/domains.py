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
    """One other sense: its words, the cues of the sense and of the loaded sense, the shape
    the word must have (a name after it, patterns before and after it), whether the cues are
    read in its sentence alone, and the note of a standard use (info) or '' (silent)."""
    words: frozenset
    cues: "re.Pattern | None"
    against: "re.Pattern | None"
    before_name: bool
    before: "re.Pattern | None"
    after: "re.Pattern | None"
    sentence_only: bool
    note: str


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
        before, after = entry.get("before"), entry.get("after")
        out.append(Sense(frozenset(str(w).lower() for w in entry.get("words", ())),
                         words_pattern(entry.get("cues", ())),
                         words_pattern(entry.get("against", ())),
                         bool(entry.get("before_name", False)),
                         re.compile(before) if before else None,
                         re.compile(after) if after else None,
                         entry.get("window") == "sentence", str(entry.get("note", ""))))
    return tuple(out)


def other_sense_word(nar: Any, start: int, end: int) -> "str | None":
    """The sense of the label or evaluative word at narration ``[start, end)`` where it is not
    the loaded one: None when it is; '' for another sense (silent); the note of a standard use
    (info). A ``[[senses]]`` entry lists it, its shape holds, a cue of the sense is in its
    sentence (or the sentences either side) and no cue of the loaded sense is."""
    word = nar.text[start:end].lower()
    for sense in senses():
        if word not in sense.words:
            continue
        s, e = nar.original(start, end)     # the original's case: the view is folded
        if sense.before is not None and not sense.before.search(
                nar.doc.text[max(0, s - 40):s]):
            continue
        if sense.before_name and not _NAME_AFTER.match(nar.doc.text, e):
            continue
        if sense.after is not None and not sense.after.match(nar.text, end):
            continue
        window = _window(nar, start, sense.sentence_only)
        if sense.cues is not None and not sense.cues.search(window):
            continue
        if sense.against is not None and sense.against.search(window):
            continue
        return sense.note
    return None


def _window(nar: Any, start: int, sentence_only: bool) -> str:
    """The word's sentence, with the sentences before and after it unless ``sentence_only``
    (the view is lower-case)."""
    s0, s1 = nar.sentence(start)
    if sentence_only:
        return nar.text[s0:s1]
    lo = nar.sentence(s0 - 1)[0] if s0 > 0 else s0
    hi = nar.sentence(s1)[1] if s1 < len(nar.text) else s1
    return nar.text[lo:hi]
