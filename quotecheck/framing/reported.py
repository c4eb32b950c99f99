"""More shapes of reported words and views, for the narration's reported clauses.

Besides the that-clause of a reporting verb (``narration.Narration.reported``), a label or an
evaluative word is someone else's where the narrator reports a view or a statement as such:

- the that-clause of a noun of saying or thinking after a possessive ('his contention that
  ...', 'the governor's fear that ...'; not 'the notion that', often the narrator's own);
- a sentence with a parenthetical attribution ('The question, she said, is not ...');
- the 'as' phrase of a verb of regarding ('what many voters view as dishonest', 'is treated
  as a bizarre aberration'): the viewer's characterisation.

The word lists are data (``[reported]`` of ``rules/data/framing-verbs.toml``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from quotecheck.framing.verbcontext import verb_data

_CLAUSE_STOP = re.compile(r"[;\x00]|\s[\u2014\u2013-]{1,2}\s")
_PARENTHESIS_BEFORE = re.compile(r",\s+(?:[\w'.\-]+\s+){1,4}$")
_PARENTHESIS_AFTER = re.compile(r"(?:\s+(?:on\s+)?\w+day|\s+\w+ly)?\s*,")


@lru_cache(maxsize=1)
def _data() -> tuple["re.Pattern", "re.Pattern"]:
    data = verb_data().get("reported", {})
    nouns = sorted(data.get("nouns", ()), key=len, reverse=True)
    regarding = sorted(data.get("regarding", ()), key=len, reverse=True)
    never = "(?!x)x"
    noun_that = re.compile(r"\b(?:his|her|their|its|our|[\w\-]+'s?|[\w\-]+s')\s+(?:[\w\-]+\s+)?"
                           r"(?:%s)\s+that\b" % ("|".join(map(re.escape, nouns)) or never))
    regard_as = re.compile(r"\b(?:%s)\b(?:\s+[\w'\-]+){0,4}?\s+as\b(?!\s+(?:well|much|many|"
                           r"soon|long|far|if|though|part|a\s+result|such|usual|to)\b)"
                           % ("|".join(map(re.escape, regarding)) or never))
    return noun_that, regard_as


def _clause_end(nar: Any, pos: int, s1: int) -> int:
    """The end of the clause from ``pos``: a semicolon, a dash, a quotation or the sentence."""
    m = _CLAUSE_STOP.search(nar.text, pos, s1)
    return m.start() if m else s1


def more_reported_spans(nar: Any) -> list[tuple[int, int]]:
    """Narration spans of views and statements reported as someone's (module docstring)."""
    noun_that, regard_as = _data()
    text = nar.text
    spans = []
    for pattern in (noun_that, regard_as):
        for m in pattern.finditer(text):
            s1 = nar.sentence(m.start())[1]
            spans.append((m.end(), _clause_end(nar, m.end(), s1)))
    for hit in nar.speech_verbs:
        cls = hit.value.split(":", 1)[0]
        s0, s1 = nar.sentence(hit.start)
        if (_PARENTHESIS_BEFORE.search(text, max(s0, hit.start - 60), hit.start)
                and _PARENTHESIS_AFTER.match(text, hit.end, s1) and cls != "cognition"):
            spans.append((s0, s1))    # "The question, she said, is not so cut and dried."
    return spans
