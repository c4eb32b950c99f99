"""Orthographic normalisation of word tokens: spelling variants, contractions, numbers, hyphens.

Two renderings that differ only in house style (colour/color, won't/will not, 2,030/2030,
well-organised/well organised, Ibáñez/Ibanez, curly/straight quotes) must compare equal; this
module gives each token the canonical form used for alignment and names the kind of
orthographic difference between two spellings.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.resources.ruledata import load_data
from quotecheck.text.normalize import Token


class Word:
    """One alignable word: canonical form plus the original span it came from.

    A contraction expands to several words that share one span (``won't`` → will, not).
    """

    __slots__ = ("norm", "fold", "start", "end", "token", "expanded")

    def __init__(self, norm: str, fold: str, start: int, end: int, token: int,
                 expanded: bool = False):
        self.norm = norm          # canonical form compared by the aligner
        self.fold = fold          # folded surface form of the whole token
        self.start = start        # original offsets of the whole token
        self.end = end
        self.token = token        # index of the source token
        self.expanded = expanded  # produced by expanding a contraction

    def __repr__(self) -> str:
        return f"Word({self.norm!r}, {self.start}, {self.end})"


@lru_cache(maxsize=1)
def spelling_map() -> dict:
    """Variant spelling → American spelling, from the generated VarCon rule pack."""
    flat = load_data("spelling-variants").get("pairs", "").split()
    return dict(zip(flat[1::2], flat[0::2]))  # lines of "american variant"


@lru_cache(maxsize=1)
def _contractions() -> tuple[dict, tuple]:
    data = load_data("meaning-words")
    whole = {k: tuple(v.split()) for k, v in data.get("contractions", {}).items()}
    suffixes = tuple(sorted(data.get("contraction_suffixes", {}).items(),
                            key=lambda kv: -len(kv[0])))
    return whole, suffixes


def expand_contraction(fold: str) -> tuple[str, ...]:
    """The words a folded contraction stands for (``("will", "not")``), or ``(fold,)``."""
    if "'" not in fold and fold != "cannot":
        return (fold,)
    whole, suffixes = _contractions()
    if fold in whole:
        return whole[fold]
    for suffix, value in suffixes:
        if fold.endswith(suffix) and len(fold) > len(suffix):
            return (fold[: -len(suffix)], value)
    return (fold,)


_NUMBER = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


@lru_cache(maxsize=1)
def _number_words() -> dict:
    return dict(load_data("meaning-words").get("number_words", {}))


@lru_cache(maxsize=65536)
def canonical(fold: str) -> str:
    """Canonical form of one folded word: American spelling, no hyphens or digit groups,
    small numbers as digits."""
    value = _number_words().get(fold)
    if value is not None:
        return value
    if _NUMBER.match(fold):
        return fold.replace(",", "")
    if fold[:1].isdigit():
        return fold
    if "-" in fold:
        return "".join(canonical(part) for part in fold.split("-") if part)
    if fold.endswith("'s") and len(fold) > 2:
        return canonical(fold[:-2]) + "'s"
    return spelling_map().get(fold, fold) if not fold.isascii() or fold.isalpha() else fold


def words(tokens: list[Token]) -> list[Word]:
    """Alignable words of a token list: contractions expanded, forms canonical."""
    out: list[Word] = []
    for t in tokens:
        parts = expand_contraction(t.text)
        if len(parts) == 1:
            out.append(Word(canonical(t.text), t.text, t.start, t.end, t.index))
        else:
            for p in parts:
                out.append(Word(canonical(p), t.text, t.start, t.end, t.index, True))
    return out


def squash(forms) -> str:
    """Forms joined without spaces or hyphens: equal for well-organised / well organised."""
    return "".join(f.replace("-", "") for f in forms)


def orthographic_kind(raw_a: str, raw_b: str) -> str | None:
    """The kind of orthographic difference between two original spellings, None if none.

    Kinds: typography (quotes, dashes, spacing), case, diacritics, contraction,
    number-format, hyphenation, spelling. Returns None when the words differ in substance.
    """
    from quotecheck.text.normalize import fold_text

    if raw_a == raw_b:
        return None
    fa_nd, fb_nd = fold_text(raw_a, diacritics=False), fold_text(raw_b, diacritics=False)
    fa, fb = fold_text(raw_a), fold_text(raw_b)
    if fa_nd == fb_nd:
        return "case" if raw_a.lower() == raw_b.lower() else "typography"
    if fa == fb:
        return "diacritics"
    wa = [w for t in fa.split() for w in expand_contraction(t)]
    wb = [w for t in fb.split() for w in expand_contraction(t)]
    if wa == wb:
        return "contraction"
    ca, cb = [canonical(w) for w in wa], [canonical(w) for w in wb]
    if ca == cb:
        if any(w[:1].isdigit() for w in wa + wb):
            return "number-format"
        if [w.replace("-", "") for w in wa] == [w.replace("-", "") for w in wb]:
            return "hyphenation"
        return "spelling"
    if squash(ca) == squash(cb):
        return "hyphenation"
    return None


def is_variant(fold_a: str, fold_b: str) -> bool:
    """True when two folded words are the same word in another house style."""
    return canonical(fold_a) == canonical(fold_b)


_PLURAL_ES = ("ches", "shes", "sses", "xes", "zes")


@lru_cache(maxsize=1)
def _number_data() -> tuple[dict, frozenset]:
    data = load_data("meaning-words")
    return dict(data.get("irregular_plurals", {})), frozenset(data.get("not_plural", ()))


def singular(word: str) -> str | None:
    """The singular of a plural-looking noun form ('technologies' → 'technology'), else None."""
    irregular, not_plural = _number_data()
    if word in irregular:
        return irregular[word]
    if word in not_plural or len(word) < 4 or not word.isalpha() or not word.endswith("s"):
        return None
    if word.endswith(("ss", "us", "is")):
        return None
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(_PLURAL_ES):
        return word[:-2]
    return word[:-1]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem for grouping: singular of plurals, otherwise the word."""
    return singular(word) or word
