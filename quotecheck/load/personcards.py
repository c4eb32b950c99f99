"""A person's link card printed inside a sentence: another page's furniture, not the story.

Some outlets print, after a politician's name, a card of their own: the person's full name
(often with a middle name or a nickname), then that person's latest headlines from the site,
then a "MORE" link, all inside the sentence ("... Sen. Jane Roe Jane Q. RoeCouncil passes
budget Roe slams rival's 'awful' plan MORE (D-Ore.) said ..."). The headlines are those of the
day the page was captured, so they are the same on every page of that outlet in a run, and
they hold quoted words: left in, two unrelated stories of the outlet share "quote
renderings" and sentences. Cross-document chrome (``recurring``) cannot see the card: it
sits inside a body sentence, and headlines have no full stops to split it off.

A card is known by its shape, not by its words: a closing marker (``[person_card] markers``
of ``boilerplate.toml``, case as printed) and, before it on the same line, the name as the
story prints it followed by a longer form of the same name whose surname runs straight into
the first headline (or, spaced, is followed by one). The card's full name, its headlines and
the marker are the card; the name as the story prints it stays the story's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import jellyfish

from quotecheck.resources.ruledata import load_data

_OPENERS = "'\"\u2018\u201c"            # a headline may open with a quote mark
_NAME_CHARS = "'\u2019-"                # inside a surname besides letters (O'Hara, Lee-Roe)
_WORD = re.compile(r"[^ \n]+")


@dataclass(frozen=True)
class _Config:
    markers: tuple         # the closing markers as printed: a cheap test before any regex
    marker: re.Pattern
    max_chars: int
    max_name_words: int
    particles: frozenset
    suffixes: frozenset
    min_edit_length: int


@lru_cache(maxsize=1)
def _config() -> _Config:
    data = load_data("boilerplate")["person_card"]
    words = "|".join(re.escape(m) for m in data["markers"])
    return _Config(tuple(data["markers"]), re.compile(rf" (?:{words})(?![^\W\d_])"),
                   int(data["max_chars"]),
                   int(data["max_name_words"]),
                   frozenset(p.casefold() for p in data["particles"]),
                   frozenset(p.casefold() for p in data["suffixes"]),
                   int(data["min_edit_length"]))


def person_cards(text: str) -> list:
    """``(start, end)`` spans of ``text`` that are person link cards: from the card's full
    name to the end of the closing marker, sorted and disjoint."""
    cfg = _config()
    if not any(marker in text for marker in cfg.markers):
        return []       # most documents hold no marker: no regex pass over them
    out: list = []
    last = 0        # a card holds no marker: each stretch of text is searched once
    for mo in cfg.marker.finditer(text):
        line = text.rfind("\n", 0, mo.start()) + 1
        lo = max(line, mo.start() - cfg.max_chars, last)
        last = mo.end()
        start = _card_start(text, line, lo, mo.start(), cfg)
        if start is not None:
            out.append((start, mo.end()))
    return out


def _card_start(text: str, line: int, lo: int, hi: int, cfg: _Config):
    """Where the card's full name begins, for the last position in ``[lo, hi)`` where its
    headlines begin with a full name running straight into them (a card holds no second
    card: "Ea EaE said Ann Lee Ann Marie LeeCouncil" is the story's "EaE" before the card),
    else for the first where, a spaced card, they follow one; or None."""
    for p in range(hi - 1, max(lo, line + 1) - 1, -1):     # the last first: one found ends it
        before = text[p - 1]
        if before.isalpha() and before.islower() and _headline_opener(text[p]):
            name = _doubled_name(text, line, p, cfg, glued=True)
            if name is not None and name >= lo:
                return name
    for m in _WORD.finditer(text, max(lo, line + 1), hi):
        p = m.start()
        if text[p - 1] == " " and text[p - 2].isalpha() and _headline_opener(text[p]):
            name = _doubled_name(text, line, p - 1, cfg, glued=False)
            if name is not None and name >= lo:
                return _last_spaced(text, line, m.end(), hi, name, cfg)
    return None


def _last_spaced(text: str, line: int, after: int, hi: int, name: int, cfg: _Config) -> int:
    """The full name of the last spaced card start in the run of name words that follows:
    "Ann Lee Ann Marie Lee Council ..." is doubled at "Marie" (Ann ... Ann) and at
    "Council" (Lee ... Lee)."""
    for m in _WORD.finditer(text, after, hi):
        if not _name_word(m.group(), cfg):
            break
        later = _doubled_name(text, line, m.start() - 1, cfg, glued=False)
        if later is not None and _headline_opener(m.group()[0]):
            name = later
    return name


def _headline_opener(char: str) -> bool:
    """A headline opens with a capital, a figure or a quote mark."""
    return char.isupper() or char.isdigit() or char in _OPENERS


def _same_name(a: str, b: str, cfg: _Config) -> bool:
    """The same surname: equal once folded, or one edit apart when both are long enough (a
    card may double a letter the story's name has once)."""
    a, b = _fold(a), _fold(b)
    if a == b:
        return True
    return (min(len(a), len(b)) >= cfg.min_edit_length
            and jellyfish.damerau_levenshtein_distance(a, b) <= 1)


def _fold(word: str) -> str:
    """``word`` in lower case with a curly apostrophe as straight (O\u2019Hara = O'Hara)."""
    return word.casefold().replace("\u2019", "'")


def _name_word(word: str, cfg: _Config) -> bool:
    """A given name, a bracketed nickname, an initial or a particle ("de", "van")."""
    core = word.strip("()")
    if not core or core[-1] in ",;:!?" or (core[-1] == "." and len(core) > 3):
        return False        # a word that ends a clause is no name's ("Q.", "Jr." are)
    return core[0].isupper() or word.casefold() in cfg.particles


def _doubled_name(text: str, line: int, end: int, cfg: _Config, glued: bool):
    """Where the card's full name begins when the word ending at ``end`` is the surname of
    a full name that follows the same surname as the story prints it ("Roe Jane Q. Roe",
    "Lee Ann (Annie) Lee", or the story's name glued to the card's, "Jane RoeJane Roe"),
    else None."""
    i = end
    while i > line and (text[i - 1].isalpha() or text[i - 1] in _NAME_CHARS):
        i -= 1
    surname = text[i:end]
    if (len(surname) < 2 or not surname[0].isupper() or surname.isupper() or i == line
            or text[i - 1] != " "):      # a surname is printed in mixed case, after a space
        return None
    words = [(m.start(), m.group()) for m in
             _WORD.finditer(text, max(line, i - 40 * (cfg.max_name_words + 1)), i - 1)]
    for k in range(0 if glued else 1, min(cfg.max_name_words, len(words) - 1) + 1):
        if k and not _name_word(words[-k][1], cfg):
            return None
        at, word = words[-k - 1]
        short = word.lstrip("(\"\u201c\u2018")
        if _same_name(short, surname, cfg):
            if k > 1 and words[-k][1].casefold() in cfg.suffixes:   # "Roe Jr. Jane Q. Roe"
                return words[-k + 1][0]
            return words[-k][0] if k else i
        if k == 0 and glued and _fold(short[:len(surname)]) == _fold(surname) \
                and short[len(surname):len(surname) + 1].isupper():
            # the story's name glued to the card's: "Jane RoeJane Roe|City"
            return at + len(word) - len(short) + len(surname)
    return None
