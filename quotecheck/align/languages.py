"""Was a quotation translated? Two renderings in other words are translations only then.

Between two English-language reports that quote the same words differently, the difference
is an independent rendering (a paraphrase, another transcription), not a translation. It is a
translation only where the evidence says so, read from ``rules/data/alignment.toml``
``[translation]``:

- the documents' declared languages differ (``Document.meta.language``, primary subtags);
- the sentence around either quote says so ("translated", "through an interpreter", "said in
  Russian");
- somewhere in the story set the speaker is introduced with the nationality of a country
  whose public language is not English ("Russian President Vladimir Putin").

Between translations, ``retranslated`` tells a phrase two translators rendered each in their
own words, a modal or a tense among them ("should remember" / "must keep in mind"), from a
changed modal alone.
"""
from __future__ import annotations

import re
import weakref
from functools import lru_cache
from typing import Optional

from quotecheck.align.meaningwords import is_content
from quotecheck.model import Document, Segment
from quotecheck.resources.regexprefilter import guard
from quotecheck.resources.ruledata import load_data

_SURNAME = re.compile(r"[A-Z][\w'\u2019-]+")
_INTRODUCED: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_WINDOW = 240   # characters read on each side of a quote for a translation cue
_WORDS = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def settings() -> dict:
    """The ``[translation]`` word lists of ``rules/data/alignment.toml``."""
    return dict(load_data("alignment").get("translation", {}))


@lru_cache(maxsize=1)
def _cue_regex() -> re.Pattern:
    cfg = settings()
    # longest first, ties in name order: a set's order changes with the hash seed, and so
    # would the pattern, which the warm-start store then saved anew on every run
    langs = sorted({str(x).lower() for x in cfg.get("language_names", ())},
                   key=lambda x: (-len(x), x))
    cues = sorted((str(x).lower() for x in cfg.get("cues", ())), key=len, reverse=True)
    alts = [re.escape(c) for c in cues]
    if langs:
        alts.append(r"(?:in|from) (?:" + "|".join(re.escape(x) for x in langs) + r")\b")
    if not alts:
        return re.compile(r"(?!x)x")
    return re.compile(r"\b(?:" + "|".join(alts) + r")", re.IGNORECASE)


@lru_cache(maxsize=1)
def _introduction_regex() -> re.Pattern:
    """Nationality, then title words, then the name: "Russian President Vladimir Putin"."""
    cfg = settings()
    nats = sorted((str(x) for x in cfg.get("non_english_nationalities", ())), key=len,
                  reverse=True)
    titles = sorted((str(x) for x in cfg.get("titles", ())), key=len, reverse=True)
    if not nats:
        return re.compile(r"(?!x)x")
    title = r"(?:" + "|".join(re.escape(t) for t in titles) + r")" if titles else r"(?!x)x"
    # a capitalised word, or initials ("V.", "U.S."): a word's closing point ends the sentence
    # ("... Russian President Ivan Orlov. Talks resumed ..."), the next name is no part of it
    word = r"(?:" + title + r"|(?:[A-Z]\.)+|[A-Z][\w'\u2019-]*)"
    # searched through its lead (regexprefilter.guard): the nationalities' opening letters
    # let the engine skip ahead, where a leading \b had it try every position of every text
    return guard(re.compile(r"\b(?:" + "|".join(re.escape(n) for n in nats) + r")[ \t]+"
                            r"((?:" + word + r"[ \t]+){0,5})" + r"([A-Z][\w'\u2019-]+)\b"
                            r"(?![ \t]+[A-Z])"))


def introduced_abroad(doc: Document) -> frozenset:
    """Folded surnames the document introduces with a non-English-speaking nationality."""
    hit = _INTRODUCED.get(doc)
    if hit is None:
        found = set()
        for m in _introduction_regex().finditer(doc.text):
            found.add(_fold_name(m.group(2)))
        hit = _INTRODUCED[doc] = frozenset(found)
    return hit


def _fold_name(name: str) -> str:
    return _POSSESSIVE.sub("", name.lower())


def retranslated(seg: Segment) -> bool:
    """Whether a changed region of two translations of one utterance is one phrase rendered
    twice: a kind of ``retranslated_kinds`` (a modal or a tense read from the words) with a
    content word on each side that the other side lacks ("we should remember" / "we must keep
    in mind"). A modal swapped between the same words stays a change."""
    if seg.category != "meaning" or seg.kind not in settings().get("retranslated_kinds", ()):
        return False
    a = {w.lower() for w in _WORDS.findall(seg.a_text)}
    b = {w.lower() for w in _WORDS.findall(seg.b_text)}
    return any(is_content(w) for w in a - b) and any(is_content(w) for w in b - a)


def _primary(tag: Optional[str]) -> Optional[str]:
    return tag.split("-")[0].lower() if tag else None


def languages_differ(a: Document, b: Document) -> bool:
    """Both documents declare a language and the primary subtags differ."""
    la, lb = _primary(a.meta.language), _primary(b.meta.language)
    return bool(la and lb and la != lb)


def says_translated(doc: Document, start: int, end: int) -> bool:
    """The sentence around a quote (same paragraph) says the words were translated."""
    text = doc.text
    lo = text.rfind("\n", max(0, start - _WINDOW), start) + 1 or max(0, start - _WINDOW)
    hi = text.find("\n", end, end + _WINDOW)
    hi = min(len(text), end + _WINDOW) if hi < 0 else hi
    return bool(_cue_regex().search(text, max(lo, start - _WINDOW), hi))


class TranslationEvidence:
    """Whether two renderings of one utterance in a story set are translations."""

    def __init__(self, docs: list[Document]):
        self._docs = docs
        self._abroad: Optional[frozenset] = None
        self._said: dict = {}       # quote id -> a translation cue around it
        self._speakers: dict = {}   # speaker -> introduced as non-English-speaking

    def speakers_abroad(self) -> frozenset:
        """Surnames introduced anywhere in the story set as non-English-speaking."""
        if self._abroad is None:
            out: set = set()
            for d in self._docs:
                out |= introduced_abroad(d)
            self._abroad = frozenset(out)
        return self._abroad

    def speaker_abroad(self, speaker: Optional[str]) -> bool:
        """The speaker's surname (the last capitalised word) was introduced as foreign."""
        if not speaker:
            return False
        hit = self._speakers.get(speaker)
        if hit is None:
            names = _SURNAME.findall(speaker)
            hit = self._speakers[speaker] = bool(names) and \
                _fold_name(names[-1]) in self.speakers_abroad()
        return hit

    def _cue(self, r) -> bool:
        hit = self._said.get(r.quote.id)
        if hit is None:
            hit = self._said[r.quote.id] = says_translated(r.doc, r.quote.start, r.quote.end)
        return hit

    def translated(self, a, b, speaker: Optional[str] = None) -> bool:
        """True when renderings ``a`` and ``b`` (Rendering) are, on the evidence, translations."""
        if languages_differ(a.doc, b.doc):
            return True
        if self._cue(a) or self._cue(b):
            return True
        return any(self.speaker_abroad(s) for s in (a.quote.speaker, b.quote.speaker, speaker))
