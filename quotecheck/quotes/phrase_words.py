"""Word-level limits of a speaker's noun phrase, for :mod:`quotecheck.quotes.mentions`: where a
description stops at a verb ("The Ohio senator emailed supporters" is "The Ohio senator"), and
the generic description right after an inverted verb ("said a planner for one campaign",
"said the 46-year-old"), which names a speaker though its noun is on no role list.

Plain spans and kinds, so the mention module builds its own mentions from them.
"""
from __future__ import annotations

import re
from typing import Optional

from quotecheck.quotes.adverbs import PRE_VERB_WORDS
from quotecheck.quotes.attribution_words import Lexicon

# finite verbs that no description holds ("the party meeting began", "I am glad reporters")
FINITE = frozenset(("am", "began", "begins", "do", "may", "shall"))
DETERMINERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "my", "our", "this",
                          "that", "one", "another"))
_WORD = re.compile(r"\S+")
# -ing words that are role adjectives, not verbs, before a name ("Budget ranking Democrat
# Jo Lee", "acting director Ana Ruiz"): a role, where other -ing words end the phrase
ROLE_PARTICIPLES = frozenset(("ranking", "acting", "outgoing", "incoming", "presiding",
                              "managing", "founding", "reigning", "sitting"))

# past tenses that no -ed ending shows: a verb after a subject ("Bo Sands met Ana Ruiz")
IRREGULAR_PAST = frozenset((
    "went", "got", "took", "made", "gave", "came", "began", "ran", "held", "kept", "left", "met",
    "put", "set", "sent", "spent", "stood", "brought", "thought", "found", "felt", "lost", "won",
    "spoke", "struck", "threw", "drew", "fought", "hit", "led", "saw", "sought", "shot", "stuck",
    "tore", "rose", "broke", "chose", "dug", "flew", "grew", "knew", "paid", "sat", "laid",
    "built", "bought", "caught", "sold", "heard", "meant", "became", "wore", "swore", "fled",
    "lent", "bent", "sang", "rang", "slept", "dealt", "forgot", "forgave", "overcame", "cut",
    "shut", "let", "cast", "beat", "spread", "split", "quit", "bid", "stole", "shook", "woke",
    "froze", "hung", "swung", "slid", "lit", "fed", "fell", "drove", "rode", "ate", "wept", "sank",
    "bore", "blew", "bound", "clung", "crept", "fit", "forbade", "hurt", "leapt", "sped", "spun",
    "stung", "strove", "swept", "taught", "thrust", "upheld", "withdrew", "withheld"))


def verb_after_noun(word: str, before: str, lex: Lexicon) -> bool:
    """A verb inside what looked like a description's modifiers: a finite verb, a reporting
    verb after a name ("Vane said"), or an -ed verb after a role noun ("the senator emailed").
    The noun after it is the verb's object, no speaker; "the retired welder" and "the noted
    author" keep their participles (a determiner stands before them)."""
    if word in FINITE:
        return True
    low = before.lower()
    if before[:1].isupper() and low not in DETERMINERS and lex.is_verb_form(word):
        return True
    return word.endswith("ed") and (low in lex.person_roles or low in lex.group_roles)


def cut_at_verb(text: str, lex: Lexicon) -> Optional[tuple]:
    """None for a description without a verb inside; else (end, kind) of the part before the
    verb when a role noun ends it ("The Ohio senator", a description), or (0, "") when not."""
    spans = [w.span() for w in _WORD.finditer(text)]
    for i in range(1, len(spans) - 1):
        before = text[spans[i - 1][0]:spans[i - 1][1]]
        if verb_after_noun(text[spans[i][0]:spans[i][1]].lower(), before, lex):
            head = before.lower()
            if head in lex.group_roles:
                return spans[i - 1][1], "group"
            return (spans[i - 1][1], "description") if head in lex.person_roles else (0, "")
    return None


_GENERIC_AFTER = re.compile(
    r"[ \t\u00a0]*((?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Mm]y|[Oo]ur|[Tt]heir)"
    r"(?:[ \t\u00a0]+(?:[a-z]|\d{1,3}-year-old)"
    r"[\w\-\u2019']*){1,4}?"
    r"|(?:[Aa]n?|[Oo]ne|[Aa]nother)(?:[ \t\u00a0]+[A-Za-z][\w\-\u2019']*){1,3}?)"
    r"(?=[ \t\u00a0]*(?:[,.;:)\u2014\u2013]|\Z)|[ \t\u00a0]+(?:who|whose|with|for|of|at|from|in|"
    r"familiar|close|involved|speaking|on|working)\b)")
PARTY_NOUNS = frozenset(("democrat", "republican", "conservative", "liberal", "tory",
                          "independent", "libertarian", "socialist", "green"))


def generic_span(text: str, pos: int, lex: Lexicon, limit: int, function_words) -> Optional[tuple]:
    """(start, end, kind) of a determiner and a noun right after ``pos`` ("a planner for one
    campaign", "the 46-year-old", "my two-year-old"; plural nouns are groups), or None."""
    m = _GENERIC_AFTER.match(text, pos, min(limit, pos + 80))
    if m is None:
        return None
    raw = m.group(1).rsplit(None, 1)[-1]
    head = raw.lower()
    if raw[:1].isupper() and head.rstrip("s") not in PARTY_NOUNS:
        return None         # "said an Iowa Democrat"; not "said a Trump"
    if head in function_words or head in PRE_VERB_WORDS or head in lex.pronoun_info \
            or head.endswith(("ly", "ing", "ed")) or lex.is_verb_form(head):
        return None
    kind = "group" if head.endswith("s") and not head.endswith("ss") else "description"
    return m.start(1), m.end(1), kind
