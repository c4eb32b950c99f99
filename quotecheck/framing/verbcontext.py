"""Reporting verbs in context: which class a verb is in and whether it attributes words.

The verb classes are data (``rules/data/framing-verbs.toml``). A hit of the verb lexicon is
a reporting verb only when it is used as a verb (not 'his claims', 'the alleged plot') and
introduces or closes reported words (a that-clause, a quotation, 'he claimed' after one).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable, Optional

from quotecheck.framing.nounobjects import noun_by_right_context, takes_object
from quotecheck.text.lexicon import PhraseMatcher, matcher_from_lemmas, word_alternation

SPEECH_CLASSES = ("neutral", "doubt", "credence", "finding", "culpability", "commitment",
                  "emotive")
"""Verb classes that attribute words to a speaker (cognition and other do not)."""

PREV_WORD = re.compile(r"([\w'\-]+)[ \t]*$")
# the reversed window's last word (see prev_word)
_LAST_WORD_REVERSED = re.compile(r"[ \t]*[\w'\-]+")


def prev_word(text: str, pos: int, endpos: int) -> Optional["re.Match"]:
    """``PREV_WORD.search(text, pos, endpos)``, the same match: the word that ends the window
    (before blanks, and before a newline closing it, where ``$`` matches too). The search
    tried every position of the window, walking each word to its end and back; the word's
    start is found on the reversed window instead, and the pattern matched there (no
    earlier position can match: the word is the longest run of word characters before
    the blanks)."""
    window = text[pos:endpos]
    if window.endswith("\n"):
        window = window[:-1]
    m = _LAST_WORD_REVERSED.match(window[::-1])
    if m is None:
        return None
    return PREV_WORD.match(text, pos + len(window) - m.end(), endpos)


_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*)$")
# A that-clause, perhaps after a short adverbial ("alleged Monday that", "insisted in a
# statement that"); a gap opening with a determiner is an object ("revealed a plan that"), and
# one with a verb is a clause of its own ("said it would be naive to think that").
THAT_AFTER = re.compile(r"(?:(?![\s,]+(?:a|an|the|his|her|their|its|these|those)\b)"
                        r"(?:[\s,]+(?!(?:would|will|could|can|should|might|must|may|is|was|were|"
                        r"are|be|been|not)\b)[\w'\-]+){1,6}?)?[\s,]+that\b")
_SUBJECT_AFTER = re.compile(
    r"(?:,?\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
    r"yesterday|again|repeatedly)){0,2},?\s+(?:he|she|they|we|i|there)\b"
    r"|(?!\s+(?:of|for|about|in|on|over|against|from|with|by|to|at|as)\b)"
    r"(?:\s+[\w'\-]+){1,3}?\s+(?:is|was|were|are|had|has|have|would|will|could|can|did|"
    r"should|might|must|may)\b")
# aimed at someone: the preposition within the verb's own phrase, no subordinate clause
# before it ("lashed out when approached for a date": a blow, no words aimed at anyone),
# unless that clause puts a question ("lashed out when asked about the budget")
_MANNER_AFTER = re.compile(
    r"(?:\s+(?!(?:when|whenever|while|because|after|before|if|until|unless|since|though|"
    r"although|once|where|and|but|then)\b)[\w'\-]+){0,4}?\s+(?:at|against|as|for|over|about|of)\b"
    r"|\s+(?:when|whenever|after|once|if)\s+(?:[\w'\-]+\s+){0,2}?(?:asked|questioned|pressed|"
    r"challenged|quizzed|confronted)\b")
_QUOTE_AFTER = re.compile(r"\s*(?:[\w'\-]+\s+){0,3}?[:,]?\s*[\"'\u00ab]")
_TO_AFTER = re.compile(
    r"\s+to\s+(?!(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those|me|him|them|"
    r"us|it|hospital|court|prison|jail|office|reporters|journalists)\b)[a-z]{2,}\b")
_PARENTHETICAL = (re.compile(r"(?:,|\bas)\s+(?:[\w'.\-]+\s+){1,3}$"), re.compile(r"\s*,"))
_AFTER_QUOTE = re.compile(r"[\"'\u00bb][,.]?\s+(?:[\w'.\-]+\s+){0,3}$")
# a short quoted name or phrase run into the sentence, no punctuation closing it ("the
# league's 'Black Monday' claimed", "it was 'too late' to maintain"): no quotation ends there
# (a quotation the extractor took is masked, \x00, and never reads as a name)
_QUOTED_NAME = re.compile(r"(?:^|[\s(])[\"'\u2018\u201c][^\"'\u2018\u2019\u201c\u201d,.!?;:\n\x00]{1,40}"
                          r"[\"'\u2019\u201d]\s+(?:[\w'.\-]+\s+){0,3}$")


@lru_cache(maxsize=1)
def verb_data() -> dict:
    """The reporting-verb classes of ``rules/data/framing-verbs.toml``."""
    from quotecheck.resources.ruledata import load_data

    return load_data("framing-verbs")


def usage_alternation(key: str) -> str:
    """A regex alternation of a ``standard_usage`` word list of framing-verbs.toml, longest
    first (never matching when the list is empty)."""
    words = verb_data().get("standard_usage", {}).get(key, ())
    return word_alternation(sorted(words, key=len, reverse=True))


class LazyCues(dict):
    """Cue patterns compiled, case-insensitively, the first time each is read: a document
    needs few of them. ``sources`` gives every cue's regular expression by name."""

    def __init__(self, sources: Callable[[], dict]):
        super().__init__()
        self._sources = sources

    def __missing__(self, key: str) -> "re.Pattern":
        self[key] = re.compile(self._sources()[key], re.IGNORECASE)
        return self[key]


def verb_matcher(classes: Iterable[str]) -> PhraseMatcher:
    """A matcher of every form of the verbs of ``classes``; hit values are ``class:lemma``."""
    return _verb_matcher(tuple(sorted(classes)))


@lru_cache(maxsize=64)
def _verb_matcher(classes: tuple) -> PhraseMatcher:
    data = verb_data()
    groups = {c: data["classes"][c]["verbs"] for c in classes if c in data["classes"]}
    forms = {k: v for k, v in data.get("forms", {}).items() if isinstance(v, list)}
    bare = set(data.get("bare", {}).get("nouns", ()))
    return matcher_from_lemmas(groups, forms, exclude=bare)


@lru_cache(maxsize=1)
def noun_guard() -> frozenset:
    """Words after which a verb form is a noun or adjective ('his claims', 'the alleged')."""
    return frozenset(verb_data().get("noun_guard", {}).get("words", ()))


@lru_cache(maxsize=1)
def clausal_verbs() -> frozenset:
    """Verbs whose reported clause may come without 'that' ('said he would ...')."""
    return frozenset(verb_data().get("clausal", {}).get("verbs", ()))


@lru_cache(maxsize=1)
def naming_verbs() -> frozenset:
    """Verbs whose object is the subject's word for something ('calls them terrorists')."""
    return frozenset(verb_data().get("naming", {}).get("verbs", ()))


@lru_cache(maxsize=1)
def _legal() -> tuple[frozenset, PhraseMatcher]:
    data = verb_data().get("legal", {})
    subjects = data.get("subjects", ())
    return frozenset(data.get("verbs", ())), PhraseMatcher({x: x for x in subjects})


_LEGAL_GAP = re.compile(r"(?:\s+(?:have|has|had|also|previously|further|later|earlier|now))*"
                        r"\s+$")


def legal_allegation(text: str, start: int, lemma: str) -> bool:
    """True for 'prosecutors allege', 'the indictment alleged': the accurate legal verb."""
    verbs, subjects = _legal()
    if lemma not in verbs:
        return False
    w0 = max(0, start - 60)
    for hit in subjects.finditer(text, w0, start):
        if _LEGAL_GAP.match(text, hit.end, start):
            return True
    return False


def verb_form_kind(form: str, lemma: str) -> str:
    """'ing', 'base' (lemma or third person) or 'past' for a matched form of a lemma."""
    head = form.split()[0]
    lhead = lemma.split()[0]
    if head.endswith("ing") and not lhead.endswith("ing"):
        return "ing"
    if head == lhead or head in (lhead + "s", lhead + "es", lhead[:-1] + "ies"):
        return "base"
    return "past"


# a preposition, a determiner and one or two modifiers before an -s form: the head noun of a
# noun phrase ("of all auto theft claims"); no verb stands there
_PREPOSITION_PHRASE = re.compile(r"\b(?:of|for|about|on|with|from|against|over|among)\s+(?:all|"
                                 r"the|these|those|such|any|many|most|some|no)\s+"
                                 r"(?:[a-z][a-z\-]*\s+){1,2}$")
# ... closed by punctuation or a preposition, not an object ('Media with no better ideas calls
# it bigotry': a subject with its phrase, then the verb)
_NOUN_PHRASE_END = re.compile(r"\s*[,.;:)]|\s+(?:in|of|for|from|were|are|was|is|and|or|by|"
                              r"against|over|filed|made)\b")


def is_verb_use(text: str, start: int, form: str, lemma: str) -> bool:
    """False when the word before ``text[start:]`` makes the form a noun or adjective."""
    end = start + len(form)
    if noun_by_right_context(text, start, end, form, lemma):
        return False            # "claims he has denied", "claims emerged", "claim to a title"
    if takes_object(text, end, lemma):
        return False            # "claiming deferments", "claimed the title": taking, no words
    if (form.endswith("s") or form == "claim") and _OF_AFTER.match(text, end,
                                                                  min(len(text), end + 4)):
        return False            # "Republican claims of breakthroughs", "rebut claim of"
    if form.endswith("s") and _PREPOSITION_PHRASE.search(text, max(0, start - 50), start) \
            and _NOUN_PHRASE_END.match(text, end, min(len(text), end + 12)):
        return False            # "a fifth of the storm damage claims filed last year": a noun
    if form.endswith("s") and _GRADED_BEFORE.search(text, max(0, start - 40), start):
        return False            # "one of the less costly claims on the estate": a noun
    m = prev_word(text, max(0, start - 40), start)
    if not m:
        # first word of a sentence: "Claims of ..." is a noun; "Claimed" would be odd anyway
        return verb_form_kind(form, lemma) != "base" or not _SENTENCE_START.search(
            text, max(0, start - 40), start)
    prev = m.group(1)
    kind = verb_form_kind(form, lemma)
    if kind == "past" and prev.lower() in _QUANTIFIERS:
        return True             # "Abe and Mattis both called the launch ...": a verb
    if kind == "past" and prev.lower() in _RELATIVES and (
            not _NOUN_NEXT.match(text, end, end + 40)
            or (lemma in _CLAUSE_LEMMAS and _CLAUSE_NEXT.match(text, end, end + 60))):
        return True             # "an article that said he lied", "... that said Roe lied"
    if prev.lower() in _HOLDERS and _TAIL_HOLDERS.search(text, max(0, start - 8), start) \
            and _SENTENCE_END.match(text, end, end + 3):
        return True             # "..., some argue.": a sentence's attribution, a verb
    if prev in noun_guard() or _possessive(prev):
        return False            # "his claims", "a woman's claims"
    if kind != "ing" and len(prev) > 4 and prev.endswith("ing") and prev.lower() != "being":
        return False            # "amplifying claims", "rejecting alleged ..." (not the
                                # progressive passive "is being slammed by")
    if kind == "ing" and _DASH_BEFORE.search(text, max(0, start - 4), start) and \
            _DASH_AFTER.match(text, end, min(len(text), end + 4)):
        return False            # "a basic task in politics - bragging - conceding": a noun
    if kind == "base" and prev.isdigit():
        return False            # "to settle a 1981 claim that": a dated noun
    if kind == "base" and len(prev) > 3 and prev.endswith("ed"):
        return False            # "dismissed claims"
    if kind == "base" and form.endswith("s"):
        m2 = prev_word(text, max(0, m.start() - 40), m.start())
        if m2 and len(m2.group(1)) > 4 and m2.group(1).endswith(("ed", "ing")):
            return False        # "disputed Republican claims that"
        if m2 and (m2.group(1) in noun_guard() or _possessive(m2.group(1))) and (
                prev.lower() == "own" or "-" in prev or prev.endswith(_ADJECTIVE_ENDINGS)):
            return False        # "Trump's by-now-familiar claims", "his baseless claims",
                                # "their own claims to diversity": a possessive's noun
    if kind == "past" and prev.endswith("ly") and _NOUN_NEXT.match(text, end, end + 40) \
            and not _PERFECT_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
            and not _PREPOSITION_NEXT.match(text, end, end + 12) \
            and not _SUBJECT_PRONOUN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return False            # "newly discovered emails": a participle before a noun
                                # (not "has repeatedly boasted about": a perfect tense, nor
                                # "he vigorously ranted against": a subject and a preposition)
    return True


# (issue 15, babe19) after an adverb, a preposition or a subject pronoun makes the past form
# the clause's verb: "he vigorously ranted against", "they loudly complained about"
_PREPOSITION_NEXT = re.compile(r"\s+(?:against|about|over|into|at)\b")
_SUBJECT_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they|we|i|who)\s+$", re.IGNORECASE)


_OF_AFTER = re.compile(r"\s+of\b")
# a perfect auxiliary before an adverb and a past form: the verb's own tense
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had|'ve)\s+$", re.IGNORECASE)
# (issue 15) a determiner and a graded adjective before the form: "one of the less costly
# claims on the estate", "the most serious charges": a noun phrase, the form its head
_GRADED_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|whose)\s+(?:more|most|less|"
                            r"least)\s+[a-z][\w\-]*\s+$")
# a relative pronoun: a past form right after it is the verb of its clause ("a count that
# charged he lied"), not the determiner 'that' before a noun ("that alleged plot")
_RELATIVES = frozenset(("that", "which"))
# a neutral verb of saying after a relative pronoun, a subject and a past verb after it ("an
# article that said Clinton lied"): the clause is the article's; not 'alleged' or 'claimed'
# there, whose past form also describes a noun ("that alleged plot was foiled")
_CLAUSE_LEMMAS = frozenset(("say", "state", "report", "write"))
_CLAUSE_NEXT = re.compile(r"\s+(?:[a-z][\w'.\-]*\s+){1,3}?(?:[a-z]+ed|lied|was|were|had|has|"
                          r"would|will|is|are)\b")
# after these a past form is the verb of a plural subject ("both called", "all claimed")
_QUANTIFIERS = frozenset(("both", "all", "each"))
_HOLDERS, _TAIL_HOLDERS = frozenset(("some", "many", "most")), re.compile(r",\s+\w+\s+$")
_SENTENCE_END = re.compile(r"\s*[.!?]")
_DASH_BEFORE = re.compile(r"\s[\u2014\u2013-]{1,2}\s*$|\u2014$")
_DASH_AFTER = re.compile(r"\s*[\u2014\u2013-]{1,2}(?:\s|$)")
_ADJECTIVE_ENDINGS = ("ous", "ful", "ive", "less", "able", "ible", "iar", "est", "ic")
_OUT_AFTER = re.compile(r"\s+(?:out|off)\b")
_HEDGE_BEFORE = re.compile(r"\b(?:allegedly|purportedly)\s+$")  # a charge's content
_PRONOUN_IS = frozenset("he's she's it's that's who's there's what's let's here's".split())
_NOUN_NEXT = re.compile(
    r"\s+(?!(?:that|to|in|on|at|by|for|with|from|as|this|he|she|they|it|we|i|you|how|what|"
    r"why|whether|when|where|who|a|an|the|his|her|their|its|our|my|your|some|no|and|or|but|"
    r"earlier|later|last|on|during|after|before|again|also)\b)[a-z][a-z\-]+\b")


def _possessive(word: str) -> bool:
    """'woman's', 'administration's', 'critics'' (not 'he's' = he has)."""
    return (word.endswith("'s") and word not in _PRONOUN_IS) or (
        word.endswith("s'") and len(word) > 3)


def characterises_manner(text: str, start: int, end: int, lemma: str = "") -> bool:
    """True for an emotive verb used of speech: in a speech context, or aimed at someone or
    something ('lashed out at', 'slammed the plan as', 'boasted of'), or with a direct object
    that names a target of criticism ('blasted the plan on Tuesday'). A lemma of
    ``[manner] object_for_lemmas`` counts only as 'ripped the administration for ...'."""
    if _OUT_AFTER.match(text, end, min(len(text), end + 5)):
        return False            # "blasting out missives", "blasted off": no manner of speech
    if _HEDGE_BEFORE.search(text, max(0, start - 20), start):
        return False            # "a clerk who allegedly boasted of the scheme": the
                                # act someone alleges, not the narrator's colour
    if lemma in verb_data().get("manner", {}).get("speech_only_lemmas", ()):
        return attributes_speech(text, start, end) and not text.endswith("ing", start, end)
                                # not 'protesters jeered as', 'laughter and jeering by MPs'
    window = min(len(text), end + 60)
    manner, object_for, agent, titled = _manner_patterns()
    if agent.match(text, end, window) or titled.match(text, end, window):
        return True             # "was slammed by critics", "blasted Sen. Smith"
    if lemma in verb_data().get("manner", {}).get("object_for_lemmas", ()):
        return bool(object_for.match(text, end, window))    # not 'ripped jeans'
    return (attributes_speech(text, start, end)
            or bool(_MANNER_AFTER.match(text, end, window))
            or bool(manner.match(text, end, window)))


# words that may not stand inside a direct object: a particle or preposition makes the verb
# literal or the noun another phrase's ('slammed the door on the plan', 'ripped apart')
_PARTICLES = (r"on|in|at|to|into|through|off|from|with|by|for|of|over|against|down|up|out|"
              r"apart|open|away|across|onto|around|and|or|but|when|while|as|that")


@lru_cache(maxsize=1)
def _manner_patterns() -> tuple:
    """(direct object closed by its listed head, object + 'for', a passive's agent of
    ``passive_agents``, a direct object opening with one of ``object_titles``) of
    ``[manner]``."""
    data = verb_data().get("manner", {})
    heads = data.get("object_heads", ())
    head = word_alternation(sorted(heads, key=len, reverse=True))
    word = r"(?!(?:%s)\b)[\w\-.]+(?:['\u2019]s?)?" % _PARTICLES
    manner = re.compile(r"\s+(?:%s\s+){0,3}?(?:%s)(?=\s*[,.;:)\n]|\s+(?:on|in|as|for|over|at|"
                        r"after|during|while|and|but|this|last|earlier|yesterday|today|of|to|"
                        r"that)\b)"
                        % (word, head), re.IGNORECASE)
    object_for = re.compile(r"\s+(?:%s\s+){1,6}?for\b" % word, re.IGNORECASE)
    agents = word_alternation(sorted(data.get("passive_agents", ()), key=len, reverse=True))
    agent = re.compile(r"\s+by\s+(?:[\w\-]+\s+){0,2}?(?:%s)\b" % agents, re.IGNORECASE)
    titles = word_alternation(sorted(data.get("object_titles", ()), key=len, reverse=True))
    titled = re.compile(r"\s+(?:(?:former|fellow|then|republican|democratic|gop)\s+){0,2}"
                        r"(?:%s)\s+(?!(?:%s|of|the|a|an)\b)[a-z]" % (titles, _PARTICLES),
                        re.IGNORECASE)          # the matching view is case-folded
    return manner, object_for, agent, titled


def attributes_speech(text: str, start: int, end: int) -> bool:
    """True when the verb at ``text[start:end]`` introduces or closes reported words.

    A that-clause, a quotation or a to-infinitive after it, a quotation closed just before
    it ('..." he claimed'), or a parenthetical ('the unrest, he claimed, was ...').
    """
    after_end = min(len(text), end + 80)
    if (THAT_AFTER.match(text, end, after_end) or _QUOTE_AFTER.match(text, end, after_end)
            or _TO_AFTER.match(text, end, after_end) or _SUBJECT_AFTER.match(text, end, after_end)):
        return True
    before = max(0, start - 60)
    if _AFTER_QUOTE.search(text, before, start) and not _QUOTED_NAME.search(text, before,
                                                                             start):
        return True
    pre, post = _PARENTHETICAL
    return bool(pre.search(text, before, start) and post.match(text, end, after_end))


def presupposition_holds(text: str, start: int, end: int) -> bool:
    """False where a factive verb (confirm, admit, apologise) asserts nothing about the
    speaker's words: an infinitive after another verb ('forced her to apologise', 'declined
    to confirm') or the sourcing formula 'confirmed in a statement that ...'."""
    m = prev_word(text, max(0, start - 40), start)
    if m and m.group(1) == "to":
        return False
    return not _SOURCING.match(text, end, min(len(text), end + 60))


_SOURCING = re.compile(r"(?:\s+on\s+\w+)?\s+(?:in|by|via)\s+(?:an?\s+)?(?:\w+\s+)?"
                       r"(?:statement|email|e-mail|interview|news\s+release|press\s+release|"
                       r"text\s+message|post|tweet|letter)\b")


def document_subject(text: str, sentence_start: int, start: int) -> bool:
    """True when a credence verb reports what a document or evidence shows ('documents
    found on his hard drive revealed that', 'the study proved'): a finding, not an
    endorsement of a speaker."""
    data = verb_data().get("standard_usage", {})
    words = data.get("document_subjects", ())
    if not words:
        return False
    return bool(word_pattern(tuple(words)).search(text[max(sentence_start, start - 120):start]))


@lru_cache(maxsize=8)
def word_pattern(words: tuple) -> "re.Pattern":
    """A pattern matching any of ``words`` as a whole word, longest first (cached)."""
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"\b(?:%s)\b" % alternation)


def neutral_alternative(cls: str, lemma: str) -> str:
    """The neutral verb to offer instead of ``lemma`` of class ``cls`` ('' if none)."""
    data = verb_data().get("alternatives", {})
    return str(data.get("lemmas", {}).get(lemma) or data.get("classes", {}).get(cls) or "")


def verb_class(verb: str) -> Optional[str]:
    """The stance class of a reporting-verb form ('claimed' → doubt, 'said' → neutral)."""
    value = verb_matcher(verb_data()["classes"]).value(verb)
    return value.split(":", 1)[0] if value else None
