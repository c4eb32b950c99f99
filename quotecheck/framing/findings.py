"""Findings: what an inquiry, a report or a court found, the finder's words.

Reports of an official finding say 'a public inquiry found the force institutionally racist'
or 'the force was found to be racist' more often than 'the inquiry said that'. The
complement of 'found' (its object and one word, or the one word after 'found to be') is the
finder's verdict, so a label or an evaluative word there is the finder's, not the
narrator's; a word after it ('found to be racist following its bungled inquiry') stays the
narrator's. The finder nouns and the verbs are data (``[findings]`` of
``rules/data/framing-verbs.toml``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from quotecheck.framing.verbcontext import verb_data
from quotecheck.resources.regexprefilter import guard
from quotecheck.text.lexicon import word_alternation
from quotecheck.text.wordled import WordLed

# the verdict: an optional adverb and one word closing the phrase ("institutionally racist,")
_VERDICT = (r"(?:[a-z]+ly\s+)?(?P<c>[\w\-]+)(?=\s*(?:[,.;:!?)]|$|\s+(?:and|but|after|"
            r"following|prompting|because|when|while|in|for|over|since)\b))")


@lru_cache(maxsize=1)
def _patterns() -> tuple:
    """(passive, finder-subject) patterns built from the ``[findings]`` lists."""
    data = verb_data().get("findings", {})
    verbs = word_alternation(data.get("verbs", ()))
    finders = word_alternation(sorted(data.get("finders", ()), key=len, reverse=True))
    passive = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?(?:%s)\s+"
                         r"(?:to\s+(?:be|have\s+been)\s+)?%s" % (verbs, _VERDICT))
    active = re.compile(r"\b(?:%s)\b(?:\s+[\w'.\-]+){0,8}?\s+(?:%s)\s+(?:that\s+(?P<t>)|"
                        r"(?:[\w'.\-]+\s+){1,3}?(?:to\s+be\s+)?%s)" % (finders, verbs, _VERDICT))
    # behind their literal prefilters: each scans every narration, and a narration without a
    # finding verb needs neither; the finder's tried only where a finder occurs (speed34)
    return guard(passive), WordLed(guard(active), data.get("finders", ()))


def finding_spans(nar: Any, clause_end) -> list[tuple[int, int]]:
    """Narration spans of an official finding (module docstring): the verdict word, or the
    that-clause (bounded by ``clause_end(nar, pos, sentence_end)``)."""
    passive, active = _patterns()
    spans = []
    for pattern in (passive, active):
        for m in pattern.finditer(nar.text):
            if m.group("c") is not None:
                spans.append((m.start("c"), m.end("c")))
            else:
                spans.append((m.end(), clause_end(nar, m.end(), nar.sentence(m.start())[1])))
    return spans
