"""A note on a signed text's author near its end ("Jane Roe is the president of ...", "Jane
Roe writes about ..."): a byline, not the story. A capture may glue the note into a story
paragraph, so the note is its own sentences only: from the first sentence that is not about
the author ("Jane Roe is a reporter for the Courier. The council votes next week.") the line
is body again.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.resources.regexsafe import compile_safe
from quotecheck.resources.ruledata import load_data
from quotecheck.text.sentences import split_sentences

# "By JANE ROE", "By Jane Roe, Staff Writer": the signed name (two to four capitalised words)
_SIGNED = re.compile(r"(?i:by)\s{1,3}([A-Z][\w.\u2019'-]*(?:\s{1,3}[A-Z][\w.\u2019'-]*){1,3})"
                     r"\s*(?:[,|/]|$)")
_FIRST_WORD = re.compile(r"[\"'\u201c\u2018(]?([A-Za-z][\w\u2019'-]*)")
_POSSESSIVE = re.compile(r"[\u2019']s?$")


@lru_cache(maxsize=1)
def _note_data() -> tuple:
    """``furniture.toml [byline]``: the verbs opening a note after the name, the words a
    note's later sentence opens with, and the wording of its contact lines."""
    d = load_data("furniture")["byline"]
    verbs = compile_safe(r",?\s{1,3}(?:" + "|".join(d["note_verbs"]) + r")\b", re.IGNORECASE)
    contact = compile_safe("|".join(d["note_contact"]), re.IGNORECASE)
    return verbs, frozenset(d["note_openers"]), contact


def author_notes(text: str, lines: list, kinds: list, body: str = "body") -> None:
    """Mark as "byline" each ``body`` line in the second half of a signed text that opens
    with the signed name and a verb of being or writing: a columnist's pieces all close on
    it, so two of them share it word for word without one copying the other. A story
    sentence after the note on its line stays body (a line of its own is inserted)."""
    name = None
    for i, (s, e) in enumerate(lines[:8]):
        if kinds[i] == "byline":
            m = _SIGNED.match(text, s, e)
            if m:
                name = m.group(1)
                break
    if name is None:
        return
    folded, (verbs, _, _) = name.casefold(), _note_data()
    for i in range(len(lines) - 1, len(lines) // 2 - 1, -1):
        s, e = lines[i]
        if (kinds[i] == body and text[s:s + len(name)].casefold() == folded
                and verbs.match(text, s + len(name), e)):
            kinds[i] = "byline"
            cut = _note_end(text, s, e, name)
            if cut is not None:
                lines[i] = (s, cut[0])
                lines.insert(i + 1, (cut[1], e))
                kinds.insert(i + 1, body)


def _note_end(text: str, s: int, e: int, name: str):
    """``(end of the note, start of the story)`` in the line ``s:e`` opening with a note on
    ``name``, or None when the whole line is the note: its later sentences open with a
    pronoun or a word of the name ("She can be reached ...", "Roe's latest book ...") or give
    a contact; the first that does neither is the story's."""
    _, openers, contact = _note_data()
    names = {w.casefold() for w in name.split()}
    spans = split_sentences(text[s:e])
    for (_, prev_end), (start, end) in zip(spans, spans[1:]):
        sentence = text[s + start:s + end]
        word = _FIRST_WORD.match(sentence)
        first = _POSSESSIVE.sub("", word.group(1).casefold()) if word else ""
        if first in openers or first in names or contact.search(sentence):
            continue
        return s + prev_end, s + start
    return None
