"""Adverbs, auxiliaries and times that stand between a speaker and its verb, and their removal.

"Ruiz has also said", "Ruiz later told", "Ruiz on Monday said", "Ruiz was quoted as saying":
the words between a subject and its reporting verb say nothing about who speaks, so
:func:`strip_adverbs` drops them from the text before a verb and the subject is read off what
remains (:mod:`quotecheck.quotes.subjects`). The word lists (:data:`WEEKDAYS`, :data:`PRE_VERB_WORDS`,
:data:`PRONOUN_AUX`) serve the mention and verb readers too. Kept apart from the lexicon
(:mod:`quotecheck.quotes.attribution_words`), which they do not need, so both stay small.
"""
from __future__ import annotations

import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The day names, lower-case: adverbs of time here, and a past tense after one is a verb
(:mod:`quotecheck.quotes.verb_use`)."""
PRE_VERB_WORDS = frozenset((
    "also", "later", "then", "has", "have", "had", "was", "were", "is", "are", "would", "will",
    "could", "may", "might", "once", "previously", "recently", "again", "further", "earlier",
    "reportedly", "allegedly", "not", "never", "himself", "herself", "themselves", "itself",
    "first", "last", *WEEKDAYS, "today", "yesterday", "tonight", "on", "just", "still",
    "already", "often", "frequently", "sometimes", "all", "both", "too", "had", "be", "been",
    "being",
))
"""Adverbs, auxiliaries and reflexives that may stand between a name and its verb ("Ruiz also
said", "Ruiz has said"), lower-case."""
_LY_NOUNS = frozenset(("family", "assembly", "bully"))    # "the family said": no adverb
_AUX_PHRASES = (" can be heard", " could be heard", " was heard", " were heard", " is heard",
                " was quoted as", " is quoted as", " were quoted as", " are quoted as",
                " is reported to have", " was reported to have", " is said to have",
                " was said to have", " is understood to have", " is believed to have")


# what a text must end with (before one final line break) for _TIME_TAIL to match: most
# don't, and skip the search (a weekday ends with "day", \d{4} with a digit)
_TIME_ENDS = ("time", "week", "month", "year", "weekend", "morning", "afternoon", "evening",
              "night", "day", "moment", "meeting", "briefing", "conference", "interview", "event",
              "rally", "speech")
_WEEKDAY = "|".join(f"[{d[0].upper()}{d[0]}]{d[1:]}" for d in WEEKDAYS)    # "[Mm]onday|…"
# "on Monday", "during a Sunday", "at a Sunday rally" ("Ruiz during a Sunday rally thanked")
_TIME_TAIL = re.compile(
    r"[ \t\u00a0]+(?:(?:at|on|in|during|over|for|earlier|later|last|this|next|that|each|every)"
    r"[ \t\u00a0]+)?(?:(?:the|an?)[ \t\u00a0]+)?(?:same[ \t\u00a0]+)?(?:(?:" + _WEEKDAY +
    r")[ \t\u00a0]+)?(?:" + "|".join(_TIME_ENDS) + "|" + _WEEKDAY + r"|\d{4})$")


def strip_adverbs(pre: str) -> str:
    """``pre`` without trailing adverbs and auxiliaries ("has also", "later", "on Monday")."""
    while True:
        pre = pre.rstrip(" \t\u00a0")
        end = pre[:-1] if pre.endswith("\n") else pre
        tm = _TIME_TAIL.search(pre, max(0, len(pre) - 45)) \
            if end.endswith(_TIME_ENDS) or end[-1:].isdigit() else None
        if tm and tm.start() > 0:
            pre = pre[:tm.start()]
            continue
        if pre.endswith(_AUX_PHRASES):
            for phrase in _AUX_PHRASES:
                if pre.endswith(phrase):
                    pre = pre[:len(pre) - len(phrase)]
                    break
            continue
        cut = max(pre.rfind(" "), pre.rfind("\t"), pre.rfind("\u00a0"))
        word = pre[cut + 1:]
        low = word.lower()
        if low in PRE_VERB_WORDS or (len(low) > 4 and low.endswith("ly") and low.isalpha()
                               and word[0].islower() and low not in _LY_NOUNS):
            if cut < 0:
                return ""
            pre = pre[:cut]
            continue
        aux = PRONOUN_AUX.fullmatch(word) if "'" in word or "\u2019" in word else None
        if aux:                 # "He’s claiming", "They’re saying": the pronoun is the subject
            return pre[:len(pre) - len(word) + aux.end(1)]
        return pre


# a pronoun with a contracted auxiliary ("He’s", "They’re", "I’m"): the pronoun, no name
PRONOUN_AUX = re.compile(r"((?i:he|she|it|they|we|i|you))['\u2019](?:s|re|ve|d|ll|m)")
