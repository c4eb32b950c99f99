"""Orthographic normalisation of word tokens: spelling variants, contractions, numbers, hyphens.

Two renderings that differ only in house style (colour/color, won't/will not, 2,030/2030,
well-organised/well organised, Ibáñez/Ibanez, curly/straight quotes) must compare equal; this
module gives each token the canonical form used for alignment and names the kind of
orthographic difference between two spellings.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.align.gluedlinks import unglue_links
from quotecheck.align.masking import mask_form
from quotecheck.align.numberforms import compound_number
from quotecheck.resources.ruledata import load_data, number_words
from quotecheck.text.normalize import Token


# "No. 1", "Art. I": an abbreviated label before its figure or Roman numeral (a Roman numeral
# never after "no": "No. I think" is a reply)
_SIGN_FIGURE = re.compile(r"\.[ \t\u00a0]?\d")
_SIGN_ROMAN = re.compile(r"\.[ \t\u00a0]?[IVXLC]+\b")
# "Oct 6": a capitalised month abbreviation before a day's figure with no full point (a house
# style too; "the ship Dec sailed", "mar" the verb stay words)
_MONTH_FIGURE = re.compile(r"[ \t\u00a0]\d")


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
# a decimal comma is unambiguous only with one or two digits after it (5,5 / 5,25): three
# digits (5,500) read as a thousands group
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")
# dotted initials (U.S., U.K., U.N., D.C.): the points are house style
_DOTTED = re.compile(r"^(?:[a-z]\.){1,4}[a-z]\.?$")
# a figure written with spaces between thousands groups ("1 000", "20\u202f000")
_SPACED_GROUPS = re.compile(r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d,.]\d)")


@lru_cache(maxsize=65536)
def canonical(fold: str) -> str:
    """Canonical form of one folded word: American spelling, no hyphens or digit groups,
    small numbers as digits."""
    value = number_words().get(fold)
    if value is not None:
        return value
    if fold.isalpha():  # most words: no digit, point, hyphen or apostrophe for the tests below
        return spelling_map().get(fold, fold)   # (speed35: the same forms, three matches spared)
    if _NUMBER.match(fold):
        return fold.replace(",", "")
    if _DECIMAL_COMMA.match(fold):
        return fold.replace(",", ".")
    if _DOTTED.match(fold):
        return fold.replace(".", "")
    if fold[:1].isdigit():
        return fold
    if "-" in fold:
        figure = compound_number(fold)   # "twenty-sixth" / "26th"
        if figure is not None:
            return figure
        return "".join(canonical(part) for part in fold.split("-") if part)
    if fold.endswith("'s") and len(fold) > 2:
        return canonical(fold[:-2]) + "'s"
    return spelling_map().get(fold, fold) if not fold.isascii() or fold.isalpha() else fold


def words(tokens: list[Token], text: str | None = None) -> list[Word]:
    """Alignable words of a token list: contractions expanded, forms canonical.

    With the original ``text``, the parts of one figure that the tokenizer splits become one
    word: thousands groups set off by spaces ("1 000") and an unambiguous decimal comma
    ("5,5", where three digits would be a thousands group).
    """
    if text is not None:
        tokens = unglue_links(_join_figures(tokens, text), text)   # '#MAGAhttps://t.co/x'
    out: list[Word] = []
    before = None
    for t in tokens:
        parts = expand_contraction(t.text)
        if len(parts) == 1:
            norm = canonical(t.text)
            if text is not None and norm in _function_words() and _initials(text, t):
                norm += "."   # "U.S."/"US" is a country, never the pronoun "us"
            elif text is not None and before is not None and before.text[-1:].isdigit():
                norm = _scale_word(norm, before, t, text)   # only after a figure
            if text is not None:
                norm = _number_sign(norm, t, text, out[-1].norm if out else "")
                norm = mask_form(norm, t.start, t.end, text, _function_words())  # 'sh—'
            out.append(Word(norm, t.text, t.start, t.end, t.index))
        else:
            for p in parts:
                out.append(Word(canonical(p), t.text, t.start, t.end, t.index, True))
        before = t
    return out


@lru_cache(maxsize=1)
def _scales() -> tuple[dict, dict, str]:
    data = load_data("meaning-words")
    return (dict(data.get("scale_abbreviations", {})),
            dict(data.get("currency_scale_abbreviations", {})), data.get("currency_signs", ""))


def _scale_word(norm: str, before: Token, t: Token, text: str) -> str:
    """The scale word a short scale after a figure stands for ("\u20ac118m" -> million), else
    ``norm``: "bn" after any figure (a space allowed), "m" only right after a figure with a
    currency sign in front of it ("120m of water" keeps its metres)."""
    plain, currency, signs = _scales()
    if not before.text[:1].isdigit() or not before.text[-1:].isdigit():
        return norm
    gap = text[before.end:t.start]
    if norm in plain and gap in ("", " "):
        return plain[norm]
    if norm in currency and gap == "" and before.start > 0 and text[before.start - 1] in signs:
        return currency[norm]
    return norm


@lru_cache(maxsize=1)
def _sign_words() -> dict:
    return dict(load_data("meaning-words").get("numbered_labels", {}))


@lru_cache(maxsize=1)
def _months() -> dict:
    return dict(load_data("meaning-words").get("month_abbreviations", {}))


def _number_sign(norm: str, t: Token, text: str, prev: str) -> str:
    """An abbreviated label or month in either house style ("No. 1" / "number one", "Art. I" /
    "Article I", "Oct. 6" / "October 6"): "no" is "number" and "oct" is "october" when a full
    point and a figure follow it (a capitalised month before a figure needs no point: "Oct 6"),
    and "one" after "number" is the figure 1. Else ``norm``."""
    signs = _sign_words()
    if norm in _months() and (_SIGN_FIGURE.match(text, t.end) or (
            text[t.start:t.start + 1].isupper() and _MONTH_FIGURE.match(text, t.end))):
        return _months()[norm]    # "Oct. 6" / "Oct 6" / "October 6"
    if norm in signs and (_SIGN_FIGURE.match(text, t.end) or (
            not signs[norm].startswith("number") and _SIGN_ROMAN.match(text, t.end)) or (
            _pointless_label(norm, t, text))):
        return signs[norm]
    if norm == "one" and prev == "number":
        return "1"
    return norm


@lru_cache(maxsize=1)
def _pointless() -> frozenset:
    return frozenset(load_data("meaning-words").get("pointless_labels", ()))


def _pointless_label(norm: str, t: Token, text: str) -> bool:
    """"No 5" in the house style that drops the full point: the label capitalised ("No", not
    "no" or "NO") before a figure inside a sentence ("the No 5 seed"); at a sentence's start
    "No 12-year-old was hurt" keeps the negator."""
    raw = text[t.start:t.end]
    if norm not in _pointless() or not (raw[:1].isupper() and raw[1:].islower()) or \
            not _MONTH_FIGURE.match(text, t.end):
        return False
    before = text[max(0, t.start - 3):t.start].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in ",;")


@lru_cache(maxsize=1)
def _function_words() -> frozenset:
    from quotecheck.align.meaningwords import lexicon

    return lexicon().function_words


def _initials(text: str, t: Token) -> bool:
    """True when a token is written as initials: dotted (U.S.) or capitals (US)."""
    raw = text[t.start:t.end]
    return bool(_DOTTED.match(t.text)) or (raw.isupper() and raw.isalpha() and len(raw) > 1)


def _join_figures(tokens: list[Token], text: str) -> list[Token]:
    """Tokens with the pieces of one spaced or decimal-comma figure joined into one."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        j = k
        if t.text.isdigit() and k + 1 < len(tokens):
            m = _SPACED_GROUPS.match(text, t.start)
            if m and len(t.text) <= 3:
                while j + 1 < len(tokens) and tokens[j + 1].end <= m.end():
                    j += 1
            elif tokens[k + 1].text.isdigit() and len(tokens[k + 1].text) <= 2 and \
                    text[t.end:tokens[k + 1].start] == "," and \
                    not text[tokens[k + 1].end:tokens[k + 1].end + 2].lstrip(",.")[:1].isdigit():
                j = k + 1
        if j == k:
            out.append(t)
        else:
            last = tokens[j]
            raw = text[t.start:last.end]
            fold = re.sub(r"\s", "", raw) if "," not in raw else raw
            out.append(Token(fold, t.start, last.end, t.index))
        k = j + 1
    return out


def figure_form(raw: str) -> str:
    """One figure's canonical digits: groups (1,000 / 1 000) and decimal commas (5,5) undone."""
    compact = re.sub(r"[\s\u00a0\u2009\u202f]", "", raw)
    if _DECIMAL_COMMA.match(compact):
        return compact.replace(",", ".")
    return compact.replace(",", "") if _NUMBER.match(compact) else compact


def squash(forms) -> str:
    """Forms joined without spaces or hyphens: equal for well-organised / well organised."""
    return "".join(f.replace("-", "") for f in forms)


def orthographic_kind(raw_a: str, raw_b: str) -> str | None:
    """The kind of orthographic difference between two original spellings, None if none.

    Kinds: typography (quotes, dashes, spacing), case, diacritics, encoding (UTF-8 read as
    cp1252), contraction, abbreviation (U.S./US), number-format (1,000 / 1 000 / 1000,
    5,5 / 5.5), hyphenation, spelling.
    Returns None when the words differ in substance.
    """
    from quotecheck.text.mojibake import repair
    from quotecheck.text.normalize import fold_text

    if raw_a == raw_b:
        return None
    fa_nd, fb_nd = fold_text(raw_a, diacritics=False), fold_text(raw_b, diacritics=False)
    fa, fb = fold_text(raw_a), fold_text(raw_b)
    if fa_nd == fb_nd:
        return "case" if raw_a.lower() == raw_b.lower() else "typography"
    if fa == fb:
        return "diacritics"
    if fold_text(repair(raw_a)) == fold_text(repair(raw_b)):
        return "encoding"        # UTF-8 read as cp1252 on one side ('todayâ€™s')
    wa = [w for t in fa.split() for w in expand_contraction(t)]
    wb = [w for t in fb.split() for w in expand_contraction(t)]
    if wa == wb:
        return "contraction"
    if fa.replace(".", "") == fb.replace(".", "") and (
            _DOTTED.match(fa) or _DOTTED.match(fb)):
        return "abbreviation"
    if figure_form(fa) == figure_form(fb) and fa[:1].isdigit() and fb[:1].isdigit():
        return "number-format"
    signs = _sign_words()
    signs = {**signs, **_months()}
    if signs.get(fa.rstrip(".")) == fb or signs.get(fb.rstrip(".")) == fa:
        return "abbreviation"    # an abbreviated label or month: "No." / "number" (words())
    if {fa, fb} == {"one", "1"}:
        return "number-format"   # the sign's figure ("No. 1" / "number one")
    plain, currency, _ = _scales()
    if {fa, fb} & {**plain, **currency}.keys() and (
            plain.get(fa, currency.get(fa)) == fb or plain.get(fb, currency.get(fb)) == fa):
        return "number-format"   # a short scale read as its word in context (words())
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


def possessive_variants(a: list, b: list) -> bool:
    """Canonical words ``a`` and ``b`` differ only where a word ending in s stands against its
    possessive with 's, which house style also writes with a lone apostrophe ("Thomas'"):
    the tokenizer cannot tell that apostrophe from a closing single quote, so the lone form
    arrives bare. One spelling, never a change of entity."""
    return len(a) == len(b) and a != b and all(
        x == y or (x.endswith("s") and y == x + "'s") or (y.endswith("s") and x == y + "'s")
        for x, y in zip(a, b))


# a final consonant doubled before an ending (benefitting/benefiting, travelled/traveled,
# labelling/labeling): the stem has two syllables or more, so the doubling is house style;
# one-syllable stems are left alone (planing/planning, filing/filling are other words)
_DOUBLING = re.compile(r"^([a-z]*?[aeiouy]+[^aeiouy]+[aeiouy]+)([bdglmnprt])(\2?)(ing|ed|er|ers)$")


def _undoubled(word: str):
    """(stem, ending, doubled) of a word that may double its stem's last consonant, or None."""
    m = _DOUBLING.match(word)
    return (m.group(1) + m.group(2), m.group(4), bool(m.group(3))) if m else None


def doubling_variants(a: list, b: list) -> bool:
    """Canonical words ``a`` and ``b`` differ only where one doubles the last consonant of a
    stem of two syllables or more before an ending and the other does not (benefitting /
    benefiting): VarCon lists some such pairs, not all; either way one word in two house
    styles, never a change of wording."""
    if len(a) != len(b) or a == b:
        return False
    for x, y in zip(a, b):
        if x == y:
            continue
        ux, uy = _undoubled(x), _undoubled(y)
        if not (ux and uy and ux[:2] == uy[:2] and ux[2] != uy[2]):
            return False
    return True


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
