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
from quotecheck.framing.referents import plain_use


class Sense(NamedTuple):
    """One other sense: its words, the raw ``[[senses]]`` entry (its cues are compiled when
    one of its words is first met: :func:`_cues`), whether a name must follow, whether the
    cues are read in its sentence alone, and the note of a standard use (info) or '' (silent)."""
    words: frozenset
    entry: dict
    before_name: bool
    sentence_only: bool
    note: str


# a name or a character noun right after the word: 'the evil Count Drago', 'sinister villain'
_NAME_AFTER = re.compile(r"[ \t]+(?:[A-Z][\w'\-]+|(?:character|characters|villain|villains|"
                         r"twin|stepmother|queen|king|lord|emperor|empire|wizard|witch|"
                         r"sorcerer|robot|robots|alien|aliens)\b)")


@lru_cache(maxsize=1)
def senses() -> tuple[Sense, ...]:
    """The ``[[senses]]`` of the data file, read once."""
    from quotecheck.resources.ruledata import load_data

    return tuple(Sense(frozenset(str(w).lower() for w in entry.get("words", ())), entry,
                       bool(entry.get("before_name", False)), entry.get("window") == "sentence",
                       str(entry.get("note", "")))
                 for entry in load_data("framing-senses").get("senses", ()))


@lru_cache(maxsize=None)
def _cues(index: int) -> tuple:
    """(cues, against, before, after, within) of the sense at ``index``, compiled on first
    use (``within``: a regular expression its window must contain, a scripture citation)."""
    entry = senses()[index].entry
    before, after, within = entry.get("before"), entry.get("after"), entry.get("within")
    return (words_pattern(entry.get("cues", ())), words_pattern(entry.get("against", ())),
            re.compile(before) if before else None, re.compile(after) if after else None,
            re.compile(within) if within else None)


def other_sense_word(nar: Any, start: int, end: int) -> "str | None":
    """The sense of the label or evaluative word at narration ``[start, end)`` where it is not
    the loaded one: None when it is; '' for another sense (silent); the note of a standard use
    (info). A ``[[senses]]`` entry lists it, its shape holds, a cue of the sense is in its
    sentence (or the sentences either side) and no cue of the loaded sense is; else a context
    of plain use (:func:`quotecheck.framing.referents.plain_use`) gives its note."""
    word = nar.text[start:end].lower()
    for index, sense in enumerate(senses()):
        if word not in sense.words:
            continue
        cues, against, before, after, within = _cues(index)
        s, e = nar.original(start, end)     # the original's case: the view is folded
        if before is not None and not before.search(nar.doc.text[max(0, s - 80):s]):
            continue
        if sense.before_name and not _NAME_AFTER.match(nar.doc.text, e):
            continue
        if after is not None and not after.match(nar.text, end):
            continue
        window = _window(nar, start, sense.sentence_only)
        if cues is not None and not cues.search(window):
            continue
        if within is not None and not within.search(window):
            continue
        if against is not None and against.search(window):
            continue
        return sense.note
    return plain_use(nar, start, end)      # "terrorists bombed the tower": info


def _window(nar: Any, start: int, sentence_only: bool) -> str:
    """The word's sentence, with the sentences before and after it unless ``sentence_only``
    (the view is lower-case)."""
    s0, s1 = nar.sentence(start)
    if sentence_only:
        return nar.text[s0:s1]
    lo = nar.sentence(s0 - 1)[0] if s0 > 0 else s0
    hi = nar.sentence(s1)[1] if s1 < len(nar.text) else s1
    return nar.text[lo:hi]
