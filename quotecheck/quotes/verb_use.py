"""Whether a reporting-verb match is used as a verb whose subject speaks: not a noun ("the state",
"a phone call", "Republican claims", "the police report says"), not inside a word or a name
("unsaid", "United States"), not passive ("was told").

Split from :mod:`quotecheck.quotes.attribution`, which walks a sentence's verbs to their
speakers; these word-level tests on one verb are a responsibility of their own.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.quotes.adverbs import PRE_VERB_WORDS, WEEKDAYS
from quotecheck.quotes.attribution_words import Lexicon
from quotecheck.quotes.subjects import OPENERS
from quotecheck.resources.ruledata import load_data


def _is_nominal(text: str, s: int) -> bool:
    """True when the verb-looking word at ``s`` is used as a noun ("the state", "a call")."""
    before = text[max(0, s - 40):s].rstrip().rsplit(None, 2)
    if not before:
        return False
    w = before[-1].lower()
    if len(before) >= 2 and before[-1][:1].isupper() and before[-1][-1:].isalnum() and \
            before[-2].lower() in ("a", "an", "his", "her", "its", "their", "our", "my") and \
            not (w in WEEKDAYS and text.startswith("ed", s + _word_len(text, s) - 2)):
        return True         # "a Twitter comment", "a Trump-style retort": a noun; not "Ruiz
        #                     during a Sunday thanked" (a past tense after a weekday)
    if len(before) >= 2 and w in _PARTY_ADJECTIVES and before[-2] in _FUNCTION_WORDS:
        return True         # "32% of Republican claims", "to Democratic charges": a noun
    if len(before) >= 2 and before[-1][:1].isupper() and \
            before[-2].lower().replace("\u2019", "'").endswith(_TIME_POSSESSIVES):
        return True         # "last week’s Paris attack", "Monday's Senate vote": a noun
    return w in _NOMINAL_DETS


_WORD = re.compile(r"\w+")


def _word_len(text: str, s: int) -> int:
    m = _WORD.match(text, s)
    return m.end() - s if m else 0


_PARTY_ADJECTIVES = frozenset(("republican", "democratic", "gop", "conservative", "liberal",
                               "progressive", "libertarian", "socialist", "partisan"))
_FUNCTION_WORDS = frozenset(("of", "to", "for", "about", "on", "against", "with", "by", "from",
                             "in"))     # not "the": "the Republican said" is a verb
_TIME_POSSESSIVES = tuple(w + "'s" for w in (
    "week", "weekend", "day", "month", "year", "night", "morning", "evening", "afternoon",
    "today", "yesterday", "tonight") + WEEKDAYS)
_NOMINAL_DETS = ("the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my",
                 "whose", "of", "those", "these", "any", "no", "every", "to")


_CALL_NOUN = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)"
                        r"[ \t\u00a0]+[a-z]+(?<!s)|\w-[a-z]+|\b(?:phone|press|conference))"
                        r"[ \t\u00a0]+\Z")
_NOUN_VERBS = frozenset(("state", "states", "order", "orders"))
_VERB_NEXT = re.compile(r"[ \t\u00a0]*(?:[,.;:!?\u2014\u2013\"\u201c\u2063]|(?:that|in|on|to|as|"
                        r"it|this|the)\b)")


def document_subject(text: str, vm, nxt, lex: Lexicon) -> bool:
    """True for a document noun right before a reporting verb ("the civil claim said", "the
    police report says"): the noun heads the subject, it is no verb."""
    return not text[vm.end():nxt.start()].strip(" \t\u00a0") and \
        vm.group().lower() in lex.documents


def noun_use(text: str, vm) -> bool:
    """True for "state" or "order" used as a noun ("his home state of Ohio", "an executive order
    signed by", "state Sen. Vale"): the verb is followed by a clause, a quote, "that" or "in"
    ("the Saudis state in a paper", "the memo states: …")."""
    if vm.group() == "call":    # "during a phone call", "a wake-up call", "on a press call"
        return _CALL_NOUN.search(text, max(0, vm.start() - 40), vm.start()) is not None
    if vm.group().lower() not in _NOUN_VERBS:
        return False
    if vm.group() in ("order", "state") and \
            _CALL_NOUN.search(text, max(0, vm.start() - 40), vm.start()) is not None:
        return True         # "a court order to treat", "the home state to": a singular noun
        #                     before the base form is no subject of it (not "the courts order")
    prev = text[max(0, vm.start() - 30):vm.start()].rsplit(None, 2)[-2:]
    if vm.group()[-1:] == "s" and any(w.lower() in _PLURAL_QUANTIFIERS for w in prev):
        return True         # "in many Asian states,", "several states": a plural noun
    prev = prev[-1:]
    if prev and prev[0].isalpha() and prev[0].islower() and len(prev[0]) > 4 and \
            prev[0].endswith(("est", "ed", "ing")) and prev[0] not in _ING_SUBJECTS:
        return True         # "the nation’s largest state —", "her depressed state, “…”"
    return _VERB_NEXT.match(text, vm.end()) is None


# words that take a plural noun: "states" after them is no verb ("many Asian states,")
_PLURAL_QUANTIFIERS = frozenset(("many", "several", "some", "other", "few", "all", "both",
                                 "these", "those", "most", "various", "two", "three", "four",
                                 "five", "member", "neighboring", "neighbouring"))


# -ing nouns that head a document subject ("the filing states that"), no adjectives
_ING_SUBJECTS = frozenset(("filing", "ruling", "briefing", "posting", "listing", "recording",
                           "reading", "writing", "warning", "finding", "hearing", "meeting",
                           "proceeding", "wording", "heading", "opening", "bidding"))


def verb_ok(text: str, vm, s0: int) -> bool:
    """True when the match at ``vm`` stands as a word of its own and is used as a verb."""
    vs = vm.start()
    if vs > 0 and (text[vs - 1].isalnum() or text[vs - 1] in "-_\u2019'"):
        return False                                            # inside a word ("unsaid")
    if _is_nominal(text, vs):
        return False
    if vm.group()[0].isupper() and text[max(s0, vs - 4):vs].strip(OPENERS) and \
            text[s0:vs].strip(OPENERS):
        return False                                            # "United States", not "States"
    if vm.group().lower() in ("says", "say") and reveals_idiom(text, vm.end()):
        return False            # "The ad says much about the brand": it shows, no one speaks
    return True


@lru_cache(maxsize=1)
def _reveals() -> tuple:
    """``attribution.toml [reveals_idiom]``: the idiom after "says" ("a lot about"), the
    finite verbs that make its amount a clause's subject, and the words opening a clause
    inside its "about" phrase."""
    entry = load_data("attribution")["reveals_idiom"]
    amounts = sorted(entry["amounts"], key=len, reverse=True)
    idiom = re.compile(r"[ \t\u00a0]+(?:%s)[ \t\u00a0]+about\b" % "|".join(
        a.replace(" ", r"[ \t\u00a0]+") for a in amounts), re.IGNORECASE)
    return idiom, frozenset(entry["clause_verbs"]), frozenset(entry["inner_clause"])


_CLAUSE_WORDS = re.compile(r"[^\s,;:.!?\"\u201c\u201d\u2014\u2013()]+|[,;:.!?\"\u201c\u201d\u2014\u2013()]")


def reveals_idiom(text: str, end: int) -> bool:
    """"says a lot/little/something about X" after ``end`` (the verb's end) is the idiom of
    showing, no speech; "says something about the plan is wrong" is speech: a finite verb
    follows in the same clause, before any wh-word or relative pronoun of the "about" phrase."""
    idiom, verbs, inner = _reveals()
    m = idiom.match(text, end)
    if not m:
        return False
    for w in _CLAUSE_WORDS.finditer(text, m.end(), min(len(text), m.end() + 120)):
        low = w.group().lower()
        if low in inner or not w.group()[0].isalnum():
            return True         # the clause ends, or a clause of its own opens: the idiom
        if low in verbs:
            return False        # "something about the plan is wrong": its subject, speech
    return True


_BE = frozenset(("be", "been", "being", "was", "were", "is", "are", "am", "get", "got", "gets"))


def is_passive(before: str, form: str) -> bool:
    """True for "have been accused", "was told": the subject is not the speaker."""
    if form.endswith(("ing", "s")) and form not in ("was",):
        return False
    words = before.rsplit(None, 3)[-3:]
    for w in reversed(words):
        low = w.lower()
        if low in _BE:
            return True
        if low not in PRE_VERB_WORDS and not (low.endswith("ly") and len(low) > 4):
            return False
    return False
