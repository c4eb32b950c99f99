"""A date long past next to a word: 'infamous for a 1914 scandal', 'an infamous incident 40
years ago', 'the 1970s, when he worked on the notorious committee'.

A reputation the report dates a generation back is a matter of record, not the narrator's
verdict on a present dispute (issue 15; bench/judging.md: a settled historical wrong). The
anchor must stand in the word's own clause, a few words off, and no recent year may stand
there (a past episode set against a present one stays the narrator's). A word that points
back to an episode the sentence before names ('in that notorious raid' after 'the 1988
break-in at the depot', 'the same infamous smuggler' after an arrest in 1973) takes its date
from there: a preposition and a demonstrative, or 'the same', right before the word, and no
anchor in its own clause. Years and decades are read against the document's ``published``
year; without one, only the spans the text states ('40 years ago', 'decades ago') and named
eras count.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from quotecheck.load.metadata import published_instant
from quotecheck.resources.ruledata import load_data, number_words

# the clause: a semicolon, a colon, a dash or a parenthesis ends it
_CLAUSE_END = re.compile(r"[;:\u2014\u2013()]|\s-\s|--")
_WORDS = re.compile(r"[\w'\u2019\-]+")
# a year with the word that dates it: 'in 1974', 'a 1914 scandal', "the 2000 recount"
_YEAR = re.compile(r"\b(?:in|of|since|from|until|by|during|before|after|the|a|an|its|early|"
                   r"late|mid|infamous|notorious|his|her|their|[A-Z][a-z]+(?:\s\d{1,2},)?|"
                   r"[\w]+['\u2019]s)\s(1[0-9]{3}|20[0-9]{2})\b(?![,.]?\d|\s?%)")
_DECADE = re.compile(r"\b(?:(1[0-9]{2}|20[0-9])0|['\u2019]([0-9])0)['\u2019]?s\b")
_DECADES = re.compile(r"\b(?:(?:several|many|two|three|four|five)\s+)?(?:decades|generations|"
                      r"a\s+century|centuries|half\s+a\s+century)\s+(?:ago|earlier|before)\b",
                      re.I)
_ERAS = re.compile(r"\b(?:(?:First|Second)\s+World\s+War|World\s+War\s+(?:I{1,2}|One|Two|[12])"
                   r"|Great\s+War|Cold\s+War|Great\s+Depression|Jim\s+Crow|(?:English|American)"
                   r"\s+Civil\s+War|Middle\s+Ages|Prohibition\s+era)\b")
# a possessive right before the word points at a party, perhaps a living one: 'his notorious
# 1990s deal', "the senator's infamous 1991 hearings"
_PARTY_BEFORE = re.compile(r"(?:\b(?:his|her|their|your|my|our)|\w['\u2019]s?)\s+"
                           r"(?:(?:most|now|once)\s+)?$", re.I)
# a demonstrative right before the word points back to what the sentence before named: 'in
# that notorious raid', 'the same infamous smuggler'; after a preposition only, since a bare
# 'that' may be the conjunction ('said that notorious gangs ...')
_POINTS_BACK = re.compile(r"(?:\b(?:in|of|at|from|by|after|with|on|during|for|to|since|like)\s+"
                          r"(?:that|this|those|these)|\bthe\s+same)\s+(?:(?:most|now|once)\s+)?$",
                          re.I)
# the one to three words a possessive names: "Ohio's", "the city's", "New York's"
_POSSESSOR = re.compile(r"([A-Za-z][\w.\-]*(?:\s+[A-Za-z][\w.\-]*){0,2})['\u2019]s?\s+"
                        r"(?:(?:most|now|once)\s+)?$")


@lru_cache(maxsize=1)
def _places() -> frozenset:
    """Possessors that name a place, not a party: the place names of the attribution data
    (states, cities) and the place nouns of ``[era_places]`` of the referents data."""
    names = load_data("attribution").get("place_names", {}).get("names", ())
    nouns = load_data("framing-referents").get("era_places", {}).get("nouns", ())
    return frozenset(str(w).lower() for w in (*names, *nouns))


def _party_before(text: str, lo: int, start: int) -> bool:
    """Whether a pronoun or a possessive right before ``start`` points at a party: a place's
    possessive ("Florida's infamous 2000 recount", "the city's notorious 1968 flood") does
    not."""
    if not _PARTY_BEFORE.search(text, lo, start):
        return False
    m = _POSSESSOR.search(text, lo, start)
    if m is None:
        return True
    words = m.group(1).lower().split()
    return not any(" ".join(words[i:]) in _places() for i in range(len(words)))


@lru_cache(maxsize=1)
def _cardinals() -> dict:
    """Cardinal number words and their values ('twenty' -> 20), from the one shared table
    (:func:`number_words`), with 'a hundred'."""
    table = {w: int(v) for w, v in number_words().items() if v.isdigit()}
    table["a hundred"] = 100
    return table


@lru_cache(maxsize=1)
def _span_pattern() -> "re.Pattern":
    """A stated span back: '40 years ago', 'forty-odd years earlier', 'twenty-five years
    before' (a tens word may take a unit word after a hyphen)."""
    words = sorted(_cardinals(), key=len, reverse=True)
    number = r"(?:%s)(?:-(?:%s))?" % ("|".join(words), "|".join(w for w in words
                                                              if _cardinals()[w] < 10))
    return re.compile(r"\b(\d{1,3}|" + number + r")(?:[ \-]odd)?\s+years?\s+"
                      r"(?:ago|earlier|before|after|since|later|on)\b", re.I)


def _span_years(number: str) -> int:
    """The value of a span's number: '40', 'forty', 'twenty-five', 'a hundred'."""
    if number.isdigit():
        return int(number)
    return sum(_cardinals()[part] for part in number.lower().split("-"))


def published_year(doc: Any) -> "int | None":
    """The year of the document's ``published`` date, None without one."""
    instant = published_instant(getattr(doc.meta, "published", None))
    return instant.year if instant else None


def _clause(text: str, s0: int, s1: int, start: int, end: int) -> tuple[int, int]:
    """Offsets of the clause of sentence ``[s0, s1)`` that holds the word at ``[start, end)``."""
    lo = s0
    for m in _CLAUSE_END.finditer(text, s0, start):
        lo = m.end()
    m = _CLAUSE_END.search(text, end, s1)
    return lo, (m.start() if m else s1)


def _near(text: str, lo: int, hi: int, start: int, end: int, reach: int) -> tuple[int, int]:
    """The clause ``[lo, hi)`` cut to ``reach`` words either side of the word."""
    before = [m.start() for m in _WORDS.finditer(text, lo, start)]
    after = [m.end() for m in _WORDS.finditer(text, end, hi)]
    return (before[-reach] if len(before) >= reach else lo,
            after[reach - 1] if len(after) >= reach else hi)


def _years_back(window: str, year: "int | None") -> list:
    """How many years back each dated anchor of ``window`` lies (None: its age unknown)."""
    ages: list = []
    for m in _span_pattern().finditer(window):
        ages.append(_span_years(m.group(1)))
    ages += [100] * len(_DECADES.findall(window)) + [100] * len(_ERAS.findall(window))
    if year is not None:
        ages += [year - int(m.group(1)) for m in _YEAR.finditer(window)]
        for m in _DECADE.finditer(window):
            first = int(m.group(1) + "0") if m.group(1) else 1900 + int(m.group(2) + "0")
            ages.append(year - (first + 9))
    return ages


def long_past(nar: Any, start: int, end: int, years: int, reach: int = 15) -> bool:
    """Whether the clause of the word at narration ``[start, end)`` dates what it names at
    least ``years`` back, within ``reach`` words of it, with no year of the last ``years``
    there and no pronoun or possessive of a party right before the word (a place's may be).
    A word that points back (:data:`_POINTS_BACK`: 'in that notorious raid') and finds no date in
    its clause reads the sentence before it and its own up to the word."""
    text = nar.doc.text                         # the original: its case and dashes
    n0, n1 = nar.sentence(start)
    s0, s1 = nar.original(n0, n1)
    o, oe = nar.original(start, end)
    if _party_before(text, max(s0, o - 30), o):
        return False
    lo, hi = _clause(text, s0, s1, o, oe)
    lo, hi = _near(text, lo, hi, o, oe, reach)
    year = published_year(nar.doc)
    ages = _years_back(text[lo:hi], year)
    if not ages and _POINTS_BACK.search(text, max(s0, o - 30), o):
        p0 = nar.original(*nar.sentence(n0 - 1))[0] if n0 > 0 else s0
        ages = _years_back(text[p0:o], year)
    return bool(ages) and all(age >= years for age in ages)
