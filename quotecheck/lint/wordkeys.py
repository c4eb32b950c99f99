"""Canonical word keys: a text as the draft check compares it, with original spans.

Words are folded, contractions expanded, spelling variants mapped to one form (VarCon),
thousands separators and number words normalised, so that house style never counts as a
change. Word lists and thresholds come from ``rules/data/lint-match.toml``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from quotecheck.model import Document


class Key(NamedTuple):
    """A canonical word with the original span of the word it comes from (a named tuple:
    thousands of them are rebuilt from the source cache's JSON on every run)."""

    key: str
    start: int
    end: int


# -- word lists and thresholds --------------------------------------------------------------
@lru_cache(maxsize=1)
def match_data() -> dict:
    """The parsed rules/data/lint-match.toml (word lists and thresholds of the check)."""
    from quotecheck.resources.ruledata import load_data

    return load_data("lint-match")


_SPELLING: dict = {}


def use_spelling(mapping: dict) -> None:
    """Install a spelling map read from the cache (saves parsing the VarCon pack)."""
    _SPELLING.clear()
    _SPELLING.update(mapping)


def _spelling() -> dict:
    """Variant -> American form, from the VarCon pack (parsed once per process)."""
    if not _SPELLING:
        _SPELLING.update(read_spelling())
    return _SPELLING


def read_spelling() -> dict:
    """The spelling-variant pairs of rules/data/spelling-variants.toml, one spelling to another."""
    from quotecheck.resources.ruledata import load_data

    try:
        pairs = load_data("spelling-variants").get("pairs", "")
    except Exception:  # a missing pack only weakens normalisation
        return {}
    out = {}
    for line in pairs.splitlines():
        parts = line.split()
        if len(parts) == 2:
            out[parts[1]] = parts[0]
    return out


@lru_cache(maxsize=1)
def word_sets() -> dict:
    """The word lists of ``lint-match.toml`` (negators, scalars, ...) as sets."""
    words = match_data()["words"]
    return {k: frozenset(v) for k, v in words.items() if isinstance(v, list)}


def threshold(name: str):
    """A threshold from ``lint-match.toml``."""
    return match_data()["thresholds"][name]


@lru_cache(maxsize=1)
def elision_pattern() -> re.Pattern:
    """Elision marks and bracketed insertions that cut a quotation into pieces."""
    return re.compile(match_data()["elision"]["pattern"])


# -- canonical keys --------------------------------------------------------------------------
@lru_cache(maxsize=65536)
def canonical(word: str) -> tuple:
    """Canonical keys of one folded word (a contraction gives two)."""
    data = match_data()
    whole = data["contractions"]["whole"]
    if word in whole:
        return tuple(whole[word].split())
    for suffix, expansion in data["contractions"]["suffixes"].items():
        if word.endswith(suffix) and len(word) > len(suffix):
            return canonical(word[: -len(suffix)]) + (expansion,)
    if word.endswith("'s") and word[:-2] in data["contractions"]["s-words"]:
        return (word[:-2], "'s")
    if "." in word and len(word) <= 6 and word.replace(".", "").isalpha():
        return (word.replace(".", ""),)  # U.S. = US
    if word[:1].isdigit():
        if word.endswith("%"):
            return (word[:-1].replace(",", ""), "percent")
        return (word.replace(",", ""),)
    numbers = data["numbers"]["words"]
    if word in numbers:
        return (numbers[word],)
    parts = word.split("-")
    if len(parts) == 2 and all(p in numbers for p in parts) and len(numbers[parts[0]]) == 2:
        return (str(int(numbers[parts[0]]) + int(numbers[parts[1]])),)  # eighty-five
    spelling = _spelling()
    word = spelling.get(word, word)
    if "-" in word:
        joined = "".join(spelling.get(part, part) for part in word.split("-"))
        word = spelling.get(joined, joined)
    return (word,)


def keys_of(doc: Document) -> list:
    """Canonical keys of a whole document's readable text."""
    from quotecheck.text.normalize import matching_view, tokenize

    out: list = []
    for tok in tokenize(matching_view(doc.view)):
        for k in canonical(tok.text):
            out.append(Key(k, tok.start, tok.end))
    return out


def keys_in(keys: list, start: int, end: int) -> list:
    """The keys whose original span lies inside ``[start, end)`` (a bisection on the keys
    themselves: a list of every start built per call was quadratic over many quotations)."""
    from bisect import bisect_left

    i = bisect_left(keys, start, key=lambda k: k.start)
    out = []
    while i < len(keys) and keys[i].end <= end:
        out.append(keys[i])
        i += 1
    return out


def pieces(text: str, start: int, end: int, keys: list) -> list:
    """The quoted words ``text[start:end]`` cut at elisions and bracketed insertions: lists
    of keys, with the elision between two pieces recorded as the second piece's ``gap``."""
    cuts = [(m.start(), m.end()) for m in elision_pattern().finditer(text, start, end)]
    return _cut(keys, start, end, cuts)


def _cut(keys: list, start: int, end: int, cuts: list) -> list:
    """The keys of ``[start, end)`` in runs between the ``cuts`` (original spans)."""
    out, pos = [], start
    for c0, c1 in cuts + [(end, end)]:
        ks = keys_in(keys, pos, c0)
        if ks:
            out.append(ks)
        pos = c1
    return out


def pieces_of(doc, start: int, end: int, keys: list) -> list:
    """:func:`pieces` of a document's quotation, with elisions and bracketed insertions found
    in its readable view (a Markdown link's brackets are markup, not an editor's insertion:
    ``"groups of [fighters](https://...)"`` compares its visible word)."""
    view = doc.view
    if view.parent is not None or view.text == doc.text:
        return pieces(doc.text, start, end, keys)
    v0, v1 = view.from_original(start), view.from_original(end)
    cuts = [view.span(m.start(), m.end())
            for m in elision_pattern().finditer(view.text, v0, v1)]
    return _cut(keys, start, end, cuts)


def is_content(key: str) -> bool:
    """Whether a canonical word carries content (is not a stop word)."""
    return key not in word_sets()["stopwords"]


def singular(w: str) -> str:
    """A rough singular of a plural noun, for comparing referents and head nouns."""
    for suf, rep in (("ies", "y"), ("es", ""), ("s", "")):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            return w[: -len(suf)] + rep
    return w
