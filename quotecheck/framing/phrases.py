"""Where a phrase of someone's view ends, told by the original's case (issue 15).

The 'as' phrase of a verb of regarding ('what could be seen as an act of defiance') is
the viewer's words up to a comma that ends it; the narration is case-folded, so a comma before
the main clause's capitalised subject (', President Jane Roe ordered ...') is read in the
original text: the phrase ends there and the main clause is the narrator's again. Only where
the phrase is a fronted free relative ('In what ...', 'What many ...' opening the sentence):
inside a sentence a comma before a capital may part the names of a list ('urging them to hand
over Roe, Doe and other suspects').

The same case tells a named subject ('said Mayor Ortiz bungled ...') from a common noun: every
word of it capitalised in the original (:func:`capitalised`).
"""
from __future__ import annotations

import re
from typing import Any

_COMMA_WORD = re.compile(r",[ \t\u00a0]+(\S)")
_NAME_WORD = re.compile(r"[A-Z][\w'.\-]*$")    # "Ortiz", "O'Neill", "Jean-Pierre"; not "Dylan\u2014a"
_FRONT = re.compile(r"\W*(?:[a-z]+[ \t]+)?what\b[^,;:\n]{0,30}")
"""A fronted free relative opening the sentence up to the verb ('In what could be', 'What
many')."""


def comma_before_name(nar: Any, match: Any, end: int) -> int:
    """The narration offset of the first comma between ``match`` (of the verb and its 'as',
    over the narration) and ``end`` whose next word opens with a capital in the original (a
    name starting the main clause), when the phrase is fronted; else ``end``."""
    start = match.end()
    s0 = nar.sentence(match.start())[0]
    if _FRONT.fullmatch(nar.text, s0, match.start()) is None:
        return end
    for m in _COMMA_WORD.finditer(nar.text, start, end):
        s, _ = nar.original(m.start(1), m.end(1))
        if nar.doc.text[s:s + 1].isupper():
            return m.start()
    return end


def capitalised(nar: Any, start: int, end: int) -> bool:
    """Whether every word of narration ``[start, end)`` opens with a capital in the original
    (a name's words: the narration is case-folded)."""
    o0, o1 = nar.original(start, end)
    return all(_NAME_WORD.match(w) for w in nar.doc.text[o0:o1].split())
