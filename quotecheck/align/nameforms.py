"""One name in two house styles inside two renderings of one quotation: a title against its
standard abbreviation before a name ("Senator Ortiz" / "Sen. Ortiz") and one foreign name
transliterated two ways ("Hrytsenkiy" / "Hrytsenkyy"). Each outlet writes names its own way
(an agency keeps its own romanisation, or the one of the statement it quotes), so either is
an orthographic difference, never a change of who is meant.

Both tests are narrow on purpose. A title counts only against that very title's
abbreviation and only before a capitalised word on both sides (``[title_abbreviations]``).
A spelling counts only when both words are capitalised, long enough, reduce to one skeleton
under the letter rewrites of ``[name_transliteration]`` (``meaning-words.toml``) and both
documents name that skeleton elsewhere, capitalised mid-sentence, or both renderings print
it right before one and the same capitalised name (a given name spelled two ways before the
bearer's surname, often printed only inside the quotation): "Clinton" / "Clayton" is another
name, and an ordinary word changed stays a change of wording.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.resources.ruledata import load_data
from quotecheck.text.normalize import fold_text

# a run of letters (a possessive ending or a hyphen splits it off)
_LETTERS = re.compile(r"[^\W\d_]+")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=1)
def _titles() -> dict:
    """Abbreviation -> full title (folded, no full point)."""
    table = load_data("meaning-words").get("title_abbreviations", {})
    return {short: full for full, shorts in table.items()
            if full != "examples" and isinstance(shorts, list) for short in shorts}


@lru_cache(maxsize=1)
def _transliteration() -> tuple[tuple, int, bool]:
    """The ``(old, new)`` letter rewrites of ``[name_transliteration]``, in order, its
    ``min_length`` and ``beside_next_name``."""
    data = load_data("meaning-words").get("name_transliteration", {})
    return tuple((old, new) for old, new in data.get("rewrites", ())), \
        int(data.get("min_length", 5)), bool(data.get("beside_next_name", False))


def title_abbreviated(x: str, y: str) -> bool:
    """One folded word is a title and the other that title's standard abbreviation."""
    titles = _titles()
    x, y = x.rstrip("."), y.rstrip(".")
    return x != y and (titles.get(x) == y or titles.get(y) == x)


@lru_cache(maxsize=4096)
def skeleton(name: str) -> str:
    """A name folded (lower case, no diacritics), the letter groups transliterations render
    variously rewritten in order and doubled letters made single."""
    out = fold_text(name)
    for old, new in _transliteration()[0]:
        out = out.replace(old, new)
    return _DOUBLED.sub(r"\1", out)


def transliterated(x: str, y: str) -> bool:
    """Two original spellings that may be one name transliterated two ways: both capitalised,
    letters only and at least ``min_length`` long, different, with one skeleton."""
    least = _transliteration()[1]
    return x != y and all(w[:1].isupper() and w.isalpha() and len(w) >= least
                          for w in (x, y)) and skeleton(x) == skeleton(y)


def named_elsewhere(text: str, key: str, start: int, end: int) -> bool:
    """``text`` holds, outside ``[start, end)``, a capitalised word of skeleton ``key``
    inside a sentence (after a word or a comma, not at a sentence's start)."""
    for m in _LETTERS.finditer(text):
        s = m.start()
        if start <= s < end or not m.group()[:1].isupper() or skeleton(m.group()) != key:
            continue
        before = text[max(0, s - 40):s].rstrip()
        if before and (before[-1].isalnum() or before[-1] in ",;:"):
            return True
    return False


def _bare(raw: str) -> str:
    """An original word without a possessive ending ("Ortiz's" -> "Ortiz")."""
    return raw[:-2] if raw[-2:] in ("'s", "\u2019s") else raw


def _before_name(side, k: int) -> bool:
    """The word after word ``k`` of a rendering is capitalised (a name follows the title)."""
    return k + 1 < len(side.raw) and side.raw[k + 1][:1].isupper()


def _same_name(a, b, i: int, j: int) -> bool:
    """Word ``i`` of ``a`` and word ``j`` of ``b`` are one name spelled two ways: each
    document names it elsewhere too, or both renderings print it beside one and the same
    other name (a given name before the bearer's surname)."""
    x, y = _bare(a.raw[i]), _bare(b.raw[j])
    if not transliterated(x, y):
        return False
    if _beside_same_name(a, b, i, j):
        return True
    key = skeleton(x)
    wa, wb = a.words[i], b.words[j]
    return named_elsewhere(a.text, key, wa.start, wa.end) and \
        named_elsewhere(b.text, key, wb.start, wb.end)


def _beside_same_name(a, b, i: int, j: int) -> bool:
    """The word after word ``i`` of ``a`` and after word ``j`` of ``b`` is one capitalised
    word, capitalised mid-sentence on both sides ("Josef Marek" / "Joseph Marek"): the
    spelling variant is a name of that bearer in both renderings. Only the word after counts
    (a given name before a surname, ``[name_transliteration] beside_next_name``): a word
    before may be a title or a sentence's opening word."""
    if not _transliteration()[2]:
        return False
    i2, j2 = i + 1, j + 1
    if i2 >= len(a.words) or j2 >= len(b.words):
        return False
    if a.words[i2].norm != b.words[j2].norm or _bare(a.raw[i2]) != _bare(b.raw[j2]):
        return False
    caps = all(len(side.capital) > k and side.capital[k] for side, k in ((a, i2), (b, j2)))
    return caps and _bare(a.raw[i2]).isalpha()


def name_house_style(a, b, box) -> str | None:
    """``"title"`` or ``"transliteration"`` when the region ``box`` (i1, i2, j1, j2) of two
    renderings (``difftype.Side``) pairs its words one to one, each pair equal or one name in
    two house styles; else None."""
    i1, i2, j1, j2 = box
    if i2 - i1 != j2 - j1 or i2 == i1 or len(a.raw) != len(a.words) or \
            len(b.raw) != len(b.words):
        return None
    kind = None
    for k in range(i2 - i1):
        i, j = i1 + k, j1 + k
        x, y = a.words[i].norm, b.words[j].norm
        if x == y:
            continue
        if title_abbreviated(x, y) and _before_name(a, i) and _before_name(b, j):
            kind = kind or "title"
        elif a.text and b.text and _same_name(a, b, i, j):
            kind = kind or "transliteration"
        else:
            return None
    return kind
