"""Numbers spelled out against figures: 'twenty-sixth' / '26th', 'twenty-one' / '21', 'one' / '1'.

One outlet's house style spells a number out where another prints its figure; the value is
the same, so the difference is orthographic (number-format), never a change of meaning.
:func:`compound_number` gives a hyphenated tens-and-unit word its figure for the canonical
form (:func:`quotecheck.align.orthography.canonical`); :func:`spelled_variants` tells whether
an edit region is one value written in words on one side and as a figure on the other (the
words the canonical form leaves alone: 'one', 'first', 'second', 'twenty six').
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.align.meaningwords import lexicon
from quotecheck.resources.ruledata import number_words

# the unit words the canonical form leaves as words (a pronoun, 'FirstGroup', 'a second'):
# only inside a compound or against a figure of the same value are they numbers
_AMBIGUOUS_UNITS = {"one": "1", "first": "1st", "second": "2nd"}
_FIGURE = re.compile(r"^(\d+)(st|nd|rd|th)?$")


@lru_cache(maxsize=1)
def _units_and_tens() -> tuple[dict, dict]:
    """(unit word -> (value, ordinal suffix)), (tens word -> value) from the number words."""
    words = number_words()
    units: dict = {}
    tens: dict = {}
    for word, form in {**words, **_AMBIGUOUS_UNITS}.items():
        m = _FIGURE.match(form)
        if not m:
            continue
        value, suffix = int(m.group(1)), m.group(2) or ""
        if 1 <= value <= 9:
            units[word] = (value, suffix)
        elif value % 10 == 0 and 20 <= value <= 90 and not suffix:
            tens[word] = value
    return units, tens


def compound_number(fold: str) -> str | None:
    """The figure of a hyphenated tens-and-unit number word ('twenty-six' -> '26',
    'twenty-first' -> '21st'), else None."""
    head, sep, tail = fold.partition("-")
    if not sep:
        return None
    units, tens = _units_and_tens()
    if head not in tens or tail not in units:
        return None
    value, suffix = units[tail]
    return f"{tens[head] + value}{suffix}"


def _spelled(forms: list[str]) -> str | None:
    """The figure a region's canonical words spell ('20', '6' -> '26'; 'first' -> '1st'), or
    None when they are no spelled number."""
    if len(forms) == 1 and forms[0] in _AMBIGUOUS_UNITS:
        return _AMBIGUOUS_UNITS[forms[0]]
    if len(forms) != 2:
        return None
    units, _ = _units_and_tens()
    head, tail = _FIGURE.match(forms[0]), forms[1]
    unit = units.get(tail)
    if unit is None:
        m = _FIGURE.match(tail)   # a canonical unit word is already its figure ('6', '6th')
        unit = (int(m.group(1)), m.group(2) or "") if m else None
    if head is None or head.group(2) or unit is None or not 1 <= unit[0] <= 9:
        return None
    if int(head.group(1)) % 10 or not 20 <= int(head.group(1)) <= 90:
        return None
    return f"{int(head.group(1)) + unit[0]}{unit[1]}"


def _figure(forms: list[str]) -> str | None:
    """The figure a region's canonical words print ('26', '26th', or '26' 'th': the tokenizer
    ends a figure before its letters), or None."""
    joined = "".join(forms) if len(forms) == 2 and forms[1] in ("st", "nd", "rd", "th") \
        else (forms[0] if len(forms) == 1 else "")
    return joined if forms[0][:1].isdigit() and _FIGURE.match(joined) else None


def spelled_variants(a: list[str], b: list[str]) -> bool:
    """True when edit region ``a`` -> ``b`` (canonical forms) is one number written as a figure
    on one side and spelled out on the other ('1' / 'one', '2nd' / 'second', '21st' /
    'twenty first')."""
    if not a or not b or len(a) > 2 or len(b) > 2:
        return False
    fa, fb = _figure(a), _figure(b)
    return (fa is not None and _spelled(b) == fa) or (fb is not None and _spelled(a) == fb)


_ONE = ("a", "one")     # a sum's figure said as a word ('a million')


def _sum_value(forms: list[str], names: frozenset, scales: frozenset) -> tuple | None:
    """(figure, scale word, currency named) of a sum region: 'a'/'one'/a figure, one scale
    word, an optional currency name after it ('a million dollars' -> ('1', 'million', True)),
    else None."""
    named = bool(forms) and forms[-1] in names
    core = forms[:-1] if named else forms
    if len(core) != 2 or core[1] not in scales:
        return None
    head = "1" if core[0] in _ONE else core[0].replace(",", "")
    return (head, core[1], named) if _FIGURE.match(head) else None


def spoken_sum_variants(a: list[str], b: list[str], a_win: list[str], b_win: list[str]) -> bool:
    """True when edit region ``a`` -> ``b`` is one sum said in words on one side and printed on
    the other ('a million dollars' / '$1 million', whose sign is no word; 'a million' / '1
    million'): the figure and the scale agree and one side only says 'a' or 'one'. The scale
    may lie just past the region, in the windows ``a_win`` / ``b_win`` (region plus a word)."""
    lex = lexicon()
    names, scales = lex.currency_names, lex.magnitudes
    if len(a) == len(b) == 1 and a_win[-1:] == b_win[-1:] and a_win[-1:] != a[-1:]:
        a, b = a + a_win[-1:], b + b_win[-1:]    # 'a' / '1' before one scale word
    va, vb = _sum_value(a, names, scales), _sum_value(b, names, scales)
    if va is None or vb is None or va[:2] != vb[:2]:
        return False
    return (a[0] in _ONE) != (b[0] in _ONE)
