"""Testimony: accounts told to a listener or as a 'how' clause, the witness's words.

Court copy reports a witness's account as 'told the court he had endured months of cruel
taunts', 'told the jury how ...' or 'described how officers had obscene names for ...' more
often than with 'said that'. The clause is the account of the one who told it, so a label or
an evaluative word there is theirs, not the narrator's (issue 15). The listener nouns and the
account verbs are data (``[testimony]`` of ``rules/data/framing-verbs.toml``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from quotecheck.framing.verbcontext import verb_data
from quotecheck.resources.regexprefilter import guard
from quotecheck.text.lexicon import word_alternation

_PRONOUN = r"(?:him|her|them|us|me|you)"
_DETERMINER = r"(?:the|a|an|his|her|their|its|our|my|your|[A-Z][\w'\-]*'s)"
_NAME = r"(?:[A-Z][\w'.\-]*\s+){0,3}[A-Z][\w'.\-]*"


@lru_cache(maxsize=1)
def _patterns() -> tuple:
    """(told-a-listener, account-verb-how) patterns built from the ``[testimony]`` lists."""
    data = verb_data().get("testimony", {})
    nouns = sorted(data.get("listeners", ()), key=len, reverse=True)
    noun = word_alternation(nouns)
    # the determiner may be left out before a listener noun: wire copy's "told reporters
    # yesterday the amount included ..." (eval20, first-exposure reading)
    listener = (r"(?:%s|(?:%s\s+(?:[\w'\-]+\s+){0,2}?)?(?:%s)|%s)"
                % (_PRONOUN, _DETERMINER, noun, _NAME))
    told = re.compile(r"\b(?:told|tells|tell|telling)\s+%s\b(?=(?:\s+(?:on\s+)?\w+day|"
                      r"\s+\w+ly)?,?\s+(?:how\b|that\b|(?:he|she|they|it|we|i|there|the|"
                      r"his|her|their|its)\b))" % listener)
    verbs = word_alternation(data.get("account_verbs", ()))
    how = re.compile(r"\b(?:%s)(?:\s+%s)?,?\s+how\b(?!\s+(?:much|many|long|far|often)\b)"
                     % (verbs, listener))
    return guard(told), guard(how)   # behind their literal prefilters (each scans every
    # narration; one without 'told'/'tell' or 'how' needs neither)


def testimony_spans(nar: Any, clause_end) -> list[tuple[int, int]]:
    """Narration spans of accounts told to a listener or as a 'how' clause (module
    docstring); ``clause_end(nar, pos, sentence_end)`` bounds each clause."""
    told, how = _patterns()
    spans = []
    for pattern in (told, how):
        for m in pattern.finditer(nar.text):
            spans.append((m.end(), clause_end(nar, m.end(), nar.sentence(m.start())[1])))
    return spans
