"""Whether a described speaker ("the president") can be a group's named speaker.

A quotation attributed to a description joins a named group when the words match strongly
(``clustering.place``). A description made of a title ("the president", "the spokesman") says
more than nothing, though: when the documents being compared give that title to another
named person ("President Donald Trump") and never put it beside the group's speaker, the
description points at someone else, and the two renderings are two utterances. Issue #11: a
reply that quotes back someone's words ("These children are not animals" after "These are
animals") is a new utterance of another speaker, and a described speaker on one side must
not let it pass as a rendering of the first.

Only the documents of the two renderings are read (the evidence a copy editor holding both
would use); a description whose title no document gives to a named person decides nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Optional

from quotecheck.align.clustering import same_person
from quotecheck.model import Document
from quotecheck.quotes.attribution_words import lexicon

_NAME_WORD = r"[A-Z][\w\u2019'.-]*"
_NEAR_WORDS = 6   # a title this close to a surname describes its bearer (", Trump's lawyer,")
_WORD = re.compile(r"[\w\u2019'.-]+")
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<![A-Z][a-z])(?<![A-Z][a-z]{2})[.!?][\u201d\u2019\"')]*\s+(?=[A-Z\u201c\"])|\n")


@lru_cache(maxsize=4096)
def title_of(description: Optional[str]) -> Optional[str]:
    """The title a description names its speaker by ("the president" → "president",
    "senior administration official" → "official"), None when its last word is no title
    or only an abbreviation of one ("rep": "Rep. Ana Ruiz" is a representative, "the rep"
    a company's spokesperson)."""
    if not description or description[:1].isupper():
        return None
    words = description.lower().split()
    if not words or len(words) > 4:
        return None
    head = words[-1]
    titles = lexicon().titles
    return head if head in titles and head.isalpha() and head + "." not in titles else None


@lru_cache(maxsize=512)
def _holder_pattern(title: str) -> re.Pattern:
    return re.compile(rf"\b(?i:{re.escape(title)})[ \t\u00a0]+"
                      rf"({_NAME_WORD}(?:[ \t\u00a0]+{_NAME_WORD}){{0,2}})")


def holders(title: str, docs: Iterable[Document]) -> list[str]:
    """Names the documents write right after the title ("President Donald Trump")."""
    out: list[str] = []
    pat = _holder_pattern(title)
    for d in docs:
        for m in pat.finditer(d.text):
            name = m.group(1).rstrip(".")
            if name[:1].isupper() and name not in out:
                out.append(name)
    return out


def near(title: str, surname: str, docs: Iterable[Document]) -> bool:
    """The title (or its abbreviation: "Sen." for senator) stands within a few words of the
    surname, in its sentence, in one of the documents."""
    if not surname:
        return False
    pat = re.compile(rf"\b{re.escape(surname)}\b")
    for d in docs:
        for m in pat.finditer(d.text):
            left = _SENTENCE_END.split(d.text[max(0, m.start() - 80):m.start()])[-1]
            right = _SENTENCE_END.split(d.text[m.end():m.end() + 80])[0]
            words = _WORD.findall(left)[-_NEAR_WORDS:] + _WORD.findall(right)[:_NEAR_WORDS]
            if any(_is_title(w, title) for w in words):
                return True
    return False


def _is_title(word: str, title: str) -> bool:
    w = word.lower().rstrip(".")
    return w == title or (len(w) >= 3 and title.startswith(w))


def other_person(description: Optional[str], names: list[str], docs: list[Document],
                 same_person) -> bool:
    """True when the description's title belongs to another named person in ``docs`` and
    never to one of ``names`` (the group's named speakers): another speaker's utterance."""
    title = title_of(description)
    if title is None or not names:
        return False
    found = holders(title, docs)
    if not found:
        return False
    for n in names:
        if any(same_person(h, n) for h in found):
            return False
        if near(title, _surname(n), docs):
            return False
    return True


def _surname(name: str) -> str:
    parts = [w for w in _WORD.findall(name) if w[:1].isupper()]
    return parts[-1].rstrip(".") if parts else ""


def described_elsewhere(u, g) -> bool:
    """A unit (``clustering.Unit``) and a group that would join a described speaker ("the
    president") to a named one whom the documents of the two sides tell apart: an unnamed
    unit offered to a named group, or a named unit offered to a group holding described
    renderings (placed first when their words are as full)."""
    if u.name is None:
        others = [r for v in g.units if v.name for r in v.members] if g.names else ()
        return bool(others) and any(rendering_elsewhere(m, g.names, others) for m in u.members)
    return any(rendering_elsewhere(m, [u.name], u.members)
               for v in g.units if v.name is None for m in v.members)


def rendering_elsewhere(r, names: list, others: list) -> bool:
    """A rendering whose described speaker the documents of ``r`` and of the renderings
    ``others`` (those of the named speakers ``names``) give to another named person."""
    title = title_of(r.quote.speaker)
    if title is None or not definite(r.quote, r.doc.text, title):
        return False
    docs = list({id(x.doc): x.doc for x in [r, *others]}.values())
    return other_person(r.quote.speaker, names, docs, same_person)


_DEFINITE = frozenset(("the", "this", "that"))
_INDEFINITE = frozenset(("a", "an", "one", "another", "some", "any", "each", "every", "no"))
_GAP_WORDS = 4   # "the senior administration official": words between determiner and title


def definite(quote, text: str, title: str) -> bool:
    """The description is definite ("the president", "the senior official"): it points back
    at one person the reader knows. "One witness", "an official" name nobody: another
    witness named in the story says nothing about who this one is. Read at the speaker's
    mention when it holds the title, else (a pronoun) at the title's last use before the
    quotation."""
    end = quote.start
    if quote.speaker_start is not None and quote.speaker_end is not None and \
            title in text[quote.speaker_start:quote.speaker_end].lower():
        end = quote.speaker_end
    window = text[max(0, end - 2000):end]
    hits = [m for m in re.finditer(rf"\b{re.escape(title)}\b", window, re.IGNORECASE)]
    if not hits:
        return False
    before = _WORD.findall(_SENTENCE_END.split(window[:hits[-1].start()])[-1])
    for w in reversed(before[-_GAP_WORDS:]):
        w = w.lower()
        if w in _DEFINITE:
            return True
        if w in _INDEFINITE:
            return False
    return False
