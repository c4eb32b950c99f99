"""'claim' and 'allege' reporting a party's account: info unless the report weighs it or
another rendering of the same report says 'said' (issue 15).

A narrator who writes 'the minister claimed that the fund had been looted' or 'the group
alleged the vote was rigged' reports what a party says; on real news most such uses are the
account of one side, which the outlet neither endorses nor doubts further (a copy editor would
prefer 'said', so the finding stays, at info). The verb is the narrator's doubt, and stays a
warning, where:

- the report weighs the account (:mod:`quotecheck.framing.weighing`, the cues that already
  decide for 'insist' and 'maintain': a contrast after the verb, evidence against which it is
  made, a next sentence that opens with a contrast or denies it, a suspicion before it); or
- another document of the story renders the same report with a neutral verb ('Putin said
  that foreign forces organised the protests' where this outlet writes 'Putin claimed ...'):
  the outlet chose the doubt verb over the plain one its peers used (verb drift). In
  ``compare`` the peers are the other outlets; in ``check`` the sources of the draft, so a
  draft that turns a source's 'said' into 'claimed' keeps its warning. A draft is written
  from its sources, so there a source sentence that gives the same claimant with a neutral
  verb and shares one content word with the claim suffices.

A claim whose contest the report itself sets out, an answer after it or a two-sided dispute
before it (:mod:`quotecheck.framing.contests`), is one side's account and info, drift or not,
unless the narrator's own verdict weighs it in the verb's clause; so is a claim that states a
party's position rather than a fact (:mod:`quotecheck.framing.stances`: a forecast, a party's
own tally, a claim relayed from another report).

The same report is read from the words: the claim's content words (after the verb, to the
end of its sentence; stop words dropped, stems compared) must mostly recur in one sentence of
another document that attributes with a neutral verb (``[drift]`` of
rules/data/framing-verbs.toml: the verbs, the minimum shared words and share). The existing
reasons of :mod:`quotecheck.framing.usage` and :mod:`quotecheck.framing.courts` come first.
"""
from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from functools import lru_cache
from typing import Any

from quotecheck.framing.accusations import accusation_story
from quotecheck.framing.contests import contested, set_against
from quotecheck.framing.courts import court_usage
from quotecheck.framing.positions import threat_claimed
from quotecheck.framing.refutations import SENTENCE_STOP, flat_denial, own_counter
from quotecheck.framing.stances import stance_usage
from quotecheck.framing.usage import headline_usage, previous_sentence, standard_usage
from quotecheck.framing.verbcontext import verb_data
from quotecheck.framing.weighing import narrator_verdict, unweighed_account
from quotecheck.text.lexicon import word_alternation
from quotecheck.text.sentences import sentence_end

_INDEX: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
# a word, or a number of two digits or more ('2014', '20,000'): figures a report repeats
_WORD = re.compile(r"\d[\d,.]*\d|[^\W\d_][\w'\u2019\-]*")


_DEFAULT_NOTES = {"dispute": "one side of a dispute the report itself presents",
                  "question": "one side of a dispute the report itself presents",
                  "falsified": "a claim the report itself shows to be false"}


def doubt_usage(nar: Any, story: Any, start: int, end: int, lemma: str) -> str:
    """Why the doubt verb at narration ``[start, end)`` is not the narrator's doubt ('' when
    it is): a standard usage, a court report, a headline's lead, 'allege' in a report of an
    accusation or an inquiry (:mod:`quotecheck.framing.accusations`), a threat claimed ('claimed to
    have a bomb'), a contest the report sets out around it (:mod:`quotecheck.framing.contests`),
    or a party's account the report does not weigh and no peer renders with
    'said' (module docstring)."""
    text = nar.text
    s0 = nar.sentence(start)[0]
    usage = (standard_usage(text, s0, start, end, lemma) or court_usage(text, lemma)
             or next((headline_usage(text, e, lemma) for s, e in nar.headlines
                      if s <= start < e), ""))
    if usage:
        return usage
    verdict: list = []              # the narrator's own verdict, read once when asked

    def weighed() -> bool:
        if not verdict:
            verdict.append(narrator_verdict(text, s0, start, end))
        return verdict[0]

    accused = accusation_story(nar, start, lemma)
    if accused and not weighed():
        return accused          # 'allege' in a report of an accusation or an inquiry,
                                # unless the narrator weighs it ('alleged, without evidence,')
    data = verb_data().get("standard_usage", {})
    if lemma == "claim" and threat_claimed(nar.doc.text, nar.original(start, end)[1]):
        return data.get("threat_note", "a threat someone made")
    if lemma in data.get("stance_lemmas", ()):
        stance = stance_usage(text, s0, start, end, lemma, previous_sentence(text, s0))
        if stance and not weighed():
            return stance           # a forecast, a party's own tally, a relayed report
    if lemma in data.get("account_lemmas", ()):
        # a contest the report sets out around the claim, or the claim's own sentence sets it
        # against another side before the verb, or the verb stands in another's question
        # ('While X claims ..., Y has ...'; 'asked how anyone could still claim'; qc301_29);
        # else the report's own flat denial in the next sentence, read in the original text
        # (a quotation masked in the narration hides the claim's stop and its words), or its
        # own counter within a few sentences ('runs counter to the findings')
        claim_end = nar.original(start, end)[1]
        found = ("dispute" if contested(text, s0, start, end, _keys)
                 else set_against(text, s0, start, end)) or (
            "falsified" if flat_denial(nar.doc.text, claim_end)
            or own_counter(nar.doc.text, claim_end) else "")
        if found and not weighed():
            return data.get(found + "_note", _DEFAULT_NOTES[found])
    note = unweighed_account(text, s0, start, end, previous_sentence(text, s0), lemma)
    if note and story is not None and (_settings()["between_outlets"] or getattr(
            nar.doc, "role", "") == "checked") and said_elsewhere(story, nar, start, end):
        return ""               # verb drift ([drift] between_outlets: in 'compare' too)
    return note


def said_elsewhere(story: Any, nar: Any, start: int, end: int) -> bool:
    """Whether another document of ``story`` has a sentence with a neutral reporting verb
    that renders the claim at narration ``[start, end)``: it shares enough of the claim's
    content words (after the verb to the sentence's end) and names the claimant (the word
    before the verb), or shares most of them where the claimant is not named on both sides
    (a pronoun or a relative before the verb, a pronoun speaker in the other sentence)."""
    o0, o1 = nar.original(end, sentence_end(nar.text, SENTENCE_STOP, end, end + 400))
    cfg = _settings()
    index = _story_index(story)
    claim = set(_keys(nar.doc.text[o0:o1])[:cfg["max_words"]])
    # enough shared words: min_shared, and min_share of the claim's; where the claimant is
    # not named on both sides (a pronoun or a relative before the verb, or a pronoun speaker
    # in the other sentence) nothing but the words ties the two to one report, so most of
    # the claim's words (min_share_unnamed) must recur
    need = max(cfg["min_shared"], int(cfg["min_share"] * len(claim) + 0.999))
    need_unnamed = max(need, int(cfg["min_share_unnamed"] * len(claim) + 0.999))
    subject = _subject(nar, start)
    counts: dict = {}
    for key in claim:
        for sid in index["postings"].get(key, ()):
            if index["docs"][sid] != nar.doc.id:
                counts[sid] = counts.get(sid, 0) + 1
    if any(c >= need if subject is not None and subject in index["keys"][sid]
           else (subject is None or index["pronoun"][sid]) and c >= need_unnamed
           for sid, c in counts.items()):
        return True
    # a draft against its sources ('check'): the draft is written from them, so a source
    # that gives the same claimant with 'said' on a shared point is the rendering replaced
    return bool(subject and getattr(nar.doc, "role", "") == "checked" and any(
        index["roles"][sid] == "source" and subject in index["keys"][sid]
        for sid in counts))


_PRONOUNS = frozenset(("he", "she", "they", "it", "we", "i", "who", "which", "that"))
_SKIP = frozenset(("has", "have", "had", "also", "again", "repeatedly", "long", "still",
                   "then", "later", "previously", "once", "both", "all"))


def _subject(nar: Any, start: int):
    """The stem of the claimant's word right before the verb ('Putin', 'ministry'; auxiliaries
    and adverbs skipped), or None for a pronoun or nothing there."""
    s0 = nar.sentence(start)[0]
    o0, o1 = nar.original(s0, start)
    for w in reversed(_WORD.findall(nar.doc.text[o0:o1])):
        low = w.lower()
        if low in _SKIP or low.endswith("ly"):
            continue
        keys = [] if low in _PRONOUNS else _keys(low)
        return keys[0] if keys else None
    return None


def _keys(text: str) -> list:
    """Stems of the content words of ``text``, in order (stop words and short words out)."""
    return [k for k in map(_key, _WORD.findall(text)) if k]


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    """A word's stem, or '' for a stop word, a short word or a neutral verb form."""
    low = word.lower()
    if len(low) <= 2:
        return ""
    skip, stem = _key_tools()
    return "" if low in skip else stem(low)


@lru_cache(maxsize=1)
def _key_tools() -> tuple:
    """The words :func:`_key` drops (stop words and neutral verb forms, one set) and the
    stemmer: looked up once, not at each new word of a story (most words are new once)."""
    from quotecheck.provenance.derivation import settings, stem

    return settings()["stopwords"] | _neutral_forms(), stem


def _story_index(story: Any) -> dict:
    """Sentences of the story's documents that attribute with a neutral verb: their
    document and its role, content stems, whether a pronoun speaks ('he said'), and an index
    from stem to sentence; built once per story, the first time a claim asks."""
    try:
        cached = _INDEX.get(story)
    except TypeError:       # a story object that cannot be weakly referenced
        cached = None
    if cached is not None:
        return cached
    from quotecheck.text.sentences import split_sentences

    verbs, pronoun = _neutral_pattern(), _pronoun_pattern()
    docs, roles, keys, pronouns, postings = [], [], [], [], {}
    for doc in getattr(story, "documents", ()):
        text = doc.text
        hits = [m.start() for m in verbs.finditer(text)]     # one pass per document
        if not hits:
            continue
        for s, e in split_sentences(text):
            i = bisect_left(hits, s)
            if i == len(hits) or hits[i] >= e:
                continue
            sentence = set(_keys(text[s:e]))
            sid = len(docs)
            docs.append(doc.id)
            roles.append(getattr(doc, "role", ""))
            keys.append(sentence)
            pronouns.append(bool(pronoun.search(text, s, e)))
            for key in sentence:
                postings.setdefault(key, []).append(sid)
    index = {"docs": docs, "roles": roles, "keys": keys, "pronoun": pronouns,
             "postings": postings}
    try:
        _INDEX[story] = index
    except TypeError:
        pass
    return index


@lru_cache(maxsize=1)
def _settings() -> dict:
    data = verb_data().get("drift", {})
    return {"min_shared": int(data.get("min_shared", 3)),
            "min_share": float(data.get("min_share", 0.25)),
            "min_share_unnamed": float(data.get("min_share_unnamed", 0.5)),
            "max_words": int(data.get("max_words", 12)),
            "between_outlets": bool(data.get("between_outlets", True))}


@lru_cache(maxsize=1)
def _neutral_forms() -> frozenset:
    return frozenset(w.lower() for w in verb_data().get("drift", {}).get("verbs", ()))


@lru_cache(maxsize=1)
def _neutral_pattern() -> "re.Pattern":
    """The neutral forms, first letter in either case (case-sensitive is several times
    faster than IGNORECASE over a whole story), as one trie of both spellings."""
    forms = _neutral_forms()
    both = forms | {w[:1].upper() + w[1:] for w in forms}
    return re.compile(r"\b(?:%s)\b" % word_alternation(sorted(both, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _pronoun_pattern() -> "re.Pattern":
    """A pronoun speaker of a neutral verb: 'he said', 'she told', '..., he added'."""
    verbs = word_alternation(sorted(_neutral_forms(), key=len, reverse=True))
    return re.compile(r"\b(?:he|she|they)\s+(?:(?:also|later|then)\s+)?(?:%s)\b|\b(?:%s)\s+"
                      r"(?:he|she|they)\b" % (verbs, verbs), re.IGNORECASE)
