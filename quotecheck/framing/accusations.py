"""'allege' in a report of an accusation or an inquiry: the standard verb, not the narrator's
doubt (issue 15).

On real news 'allege' in the narrator's voice was judged false every time it was read (26 of
26 rows over the judged sets): it reports an accuser's, a witness's or a filing's account
('several players allege the drills were run twice', 'in the filing, she alleges she saw
...', 'later, she alleged, she met the coach'), for which AP style makes it the careful verb
for a charge not proved. Where the report itself tells of an accusation or an
inquiry, with a word of ``accusation_story_words`` anywhere in its narration ('allegations',
'accuser', 'investigators', 'lawsuit', 'a signed declaration'), or where the verb stands in a
headline whose lead relays another report ('..., according to a Daily Courier report'),
'allege' is that standard verb and the finding is info, even where another outlet writes
'said' (verb drift keeps 'claim' a warning, not 'allege' there). A head of state's political
account in a report that tells of no accusation ('Putin alleged Monday that the unrest was
carried out by terrorists trained abroad') stays a warning where a peer writes 'said'. The
word lists are ``standard_usage`` of rules/data/framing-verbs.toml.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from quotecheck.framing.verbcontext import verb_data
from quotecheck.text.lexicon import word_alternation


def accusation_story(nar: Any, start: int, lemma: str) -> str:
    """The note for a doubt verb of ``accusation_story_lemmas`` ('allege') at narration
    ``start`` in a report of an accusation or an inquiry, or in a headline whose lead relays
    another report ('' otherwise; module docstring)."""
    data = verb_data().get("standard_usage", {})
    if lemma not in data.get("accusation_story_lemmas", ()):
        return ""
    if accusation_report(nar.text):
        return data.get("accusation_story_note", "'allege', the standard verb for an "
                                                 "accuser's or a witness's account in a "
                                                 "report of an accusation or an inquiry")
    according = _patterns()[1]
    for s, e in nar.headlines:
        if s <= start < e and according.search(nar.text, e, e + _LEAD_CHARS):
            return data.get("relayed_headline_note", "'allege' in a headline whose lead "
                                                     "relays another report")
    return ""


_LEAD_CHARS = 400       # the headline's lead: its first sentence or two


@lru_cache(maxsize=64)
def accusation_report(text: str) -> bool:
    """Whether the narration ``text`` tells of an accusation or an inquiry (a word of
    ``accusation_story_words``): read once a document, as
    :func:`~quotecheck.framing.courts.court_report` is, not once a verb."""
    return bool(_patterns()[0].search(text))


@lru_cache(maxsize=1)
def _patterns() -> tuple:
    """The accusation-story words as one case-insensitive pattern (never matching when none
    are listed) and the lead's relay cue ('according to a ... report')."""
    words = verb_data().get("standard_usage", {}).get("accusation_story_words", ())
    found = re.compile(r"\b(?:%s)\b" % word_alternation(sorted(
        {w.lower() for w in words}, key=len, reverse=True)), re.IGNORECASE)
    according = re.compile(r"\baccording\s+to\s+(?:an?|the)\s+(?:[\w.'\u2019\-]+\s+){0,4}?"
                           r"(?:report|investigation|story|article)\b", re.IGNORECASE)
    return found, according
