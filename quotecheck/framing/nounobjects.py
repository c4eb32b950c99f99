"""A reporting verb's form read as a noun from what follows it (the right context).

``verbcontext.is_verb_use`` reads the word before a form ('his claims'); some nouns show only
after the form: 'claims he has denied' (the object of a denial), 'claims emerged' (the subject
of a verb of appearing), and 'a claim to the throne', 'lay claim to Native American ancestry'
(issue 15, misc23: a noun of entitlement with 'to' and a noun phrase, never a verb with its
infinitive). The heads and words are data (``[noun_guard]`` of ``rules/data/framing-verbs.toml``).
A verb of taking, not of saying, shows there too: 'claimed a refund', 'claiming deferments',
'claimed the lives of' (sense28: a benefit, a prize or lives as the object; ``[taking]``).
A noun that names a kind of thing reads as one before the head it modifies: 'red state
governors', 'state lawmakers' (``modifier_lemmas``, ``modifier_heads``): no verb of saying.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.text.lexicon import word_alternation

_DENIED_NOUN = re.compile(r"\s+(?:which\s+|that\s+)?(?:he|she|they|it|the\s+\w+)\s+"
                          r"(?:has\s+|have\s+|had\s+|also\s+|repeatedly\s+)*"
                          r"(?:denied|denies|deny|rejected|rejects|disputed|disputes)\b")
_NOUN_SUBJECT = re.compile(r"\s+(?:(?:also|quickly|soon|later|then|first)\s+)?(?:emerged|surfaced|"
                           r"circulated|spread|appeared|arose|mounted|swirled|persisted|were|"
                           r"have\s+been|had\s+been)\b")


@lru_cache(maxsize=1)
def _entitlement() -> tuple:
    """(lemmas, 'to' + up to three words + a listed head, a verb of taking before the form)."""
    from quotecheck.resources.ruledata import load_data

    data = load_data("framing-verbs").get("noun_guard", {})
    heads = word_alternation(sorted(data.get("to_heads", ()), key=len, reverse=True))
    verbs = word_alternation(sorted(data.get("to_infinitives", ()), key=len, reverse=True))
    # no infinitive first ('claimed to be of Cherokee descent'), no clause or punctuation
    # between 'to' and the head ('claim to know that the title ...')
    gap = r"(?!(?:%s|that|whether)\b)[\w'\u2019\-]+\s+" % verbs
    after = re.compile(r"\s+to\s+(?!(?:%s)\b)(?:%s){0,3}?(?:%s)\b" % (verbs, gap, heads),
                       re.IGNORECASE)
    takers = word_alternation(sorted(data.get("to_takers", ()), key=len, reverse=True))
    before = re.compile(r"\b(?:%s)\s+$" % takers, re.IGNORECASE)
    return frozenset(data.get("to_lemmas", ())), after, before


def noun_by_right_context(text: str, start: int, end: int, form: str, lemma: str) -> bool:
    """True when what follows ``text[start:end]`` (a form of ``lemma``) makes it a noun."""
    if form.endswith("s") and _DENIED_NOUN.match(text, end, min(len(text), end + 60)):
        return True             # "accused him of misconduct, claims he has denied"
    if form.endswith("s") and _NOUN_SUBJECT.match(text, end, min(len(text), end + 30)):
        return True             # "claims emerged on social media": the noun as a subject
    if _modifier_noun(text, end, form, lemma):
        return True             # "red state governors have ...": a noun before its head
    lemmas, after, before = _entitlement()
    if lemma not in lemmas or form.lower() not in (lemma, lemma + "s"):
        return False
    window = min(len(text), end + 60)
    return bool(before.search(text, max(0, start - 20), start) and text.startswith(" to", end)
                or after.match(text, end, window))   # "lay claim to", "a claim to the title"


@lru_cache(maxsize=1)
def _modifiers() -> tuple:
    """(lemmas, the pattern of a listed head right after the form) of ``[noun_guard]``."""
    from quotecheck.resources.ruledata import load_data

    data = load_data("framing-verbs").get("noun_guard", {})
    heads = word_alternation(sorted(data.get("modifier_heads", ()), key=len, reverse=True))
    return frozenset(data.get("modifier_lemmas", ())), re.compile(
        r"[ \t]+(?:%s)\b(?![\-'\u2019])" % heads, re.IGNORECASE)


def _modifier_noun(text: str, end: int, form: str, lemma: str) -> bool:
    """The bare form of a ``modifier_lemmas`` verb right before a ``modifier_heads`` noun
    ('state governors', 'state lawmakers'): a noun modifying its head."""
    lemmas, head = _modifiers()
    return lemma in lemmas and form.lower() == lemma and bool(
        head.match(text, end, min(len(text), end + 40)))


@lru_cache(maxsize=1)
def _taking() -> tuple:
    """(lemmas, the object of a verb of taking: an opener or two, up to four other words,
    then a listed head with no clause going on after it) of ``[taking]``."""
    from quotecheck.resources.ruledata import load_data

    data = load_data("framing-verbs").get("taking", {})
    heads = word_alternation(sorted(data.get("heads", ()), key=len, reverse=True))
    openers = word_alternation(sorted(data.get("openers", ()), key=len, reverse=True))
    stops = word_alternation(sorted(data.get("stops", ()), key=len, reverse=True))
    after = word_alternation(sorted(data.get("clause_after", ()), key=len, reverse=True))
    word = r"(?!(?:%s)\b)(?![\w'\u2019\-]*ed\b)[\w'\u2019\-$%%.]+,?" % stops
    obj = re.compile(r"\s+(?:(?:%s|[\d,.$%%]+)\s+){0,3}?(?:%s\s+){0,4}?(?:%s)\b(?![\-'\u2019])"
                     r"(?!\s+(?:%s)\b)" % (openers, word, heads, after), re.IGNORECASE)
    return frozenset(data.get("lemmas", ())), obj


def takes_object(text: str, end: int, lemma: str) -> bool:
    """True when the form of ``lemma`` ending at ``end`` takes a benefit, a prize, a seat or
    lives as its object ('claiming college and medical deferments', 'claimed the title'):
    the verb of taking, which reports no words (``[taking]``)."""
    lemmas, obj = _taking()
    return lemma in lemmas and bool(obj.match(text, end, min(len(text), end + 80)))
