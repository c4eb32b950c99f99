"""An abbreviation against its expansion ("UK" / "the United Kingdom's", "the IG" / "the
inspector general", "DOJ" / "the Justice Department"): one name in two house styles, no
change of the quotation (an outlet may spell out, or shorten, a name inside a quoted
statement).

The rule is general (``meaning-words.toml [initialisms]``): the abbreviation is one word of
``min_letters`` to ``max_letters`` letters written in capitals or with full points ("IG",
"F.B.I.", never the pronoun "us"), and its letters are the initial letters of the other side's
words in order, the content words each giving one and a function word of ``function_words``
("of", "and") giving its initial or none ("FBI" / "Federal Bureau of Investigation", "DOJ" /
"Department of Justice"). The expansion opens with a content word, holds two or more of them,
letters only. English also puts a name's head noun last ("the Justice Department" / "DOJ"):
when every content word of the expansion is capitalised (a name), its last word read first,
with an "of", counts too. A leading "the" and a possessive ending are aside.
Known exceptions are data: letter runs that are no initialism (``never``: roman numerals), and
abbreviations whose expansion does not spell them (``[abbreviation_expansions]``: "USA" / "the
United States").
"""
from __future__ import annotations

from functools import lru_cache

from quotecheck.align.meaningkinds import without_possessive
from quotecheck.align.meaningwords import is_content
from quotecheck.align.orthography import canonical
from quotecheck.resources.ruledata import load_data


@lru_cache(maxsize=1)
def _expansions() -> dict:
    """abbreviation -> its irregular expansions, each a tuple of canonical words."""
    table = load_data("meaning-words").get("abbreviation_expansions", {})
    return {k: frozenset(tuple(canonical(w) for w in e.split()) for e in v)
            for k, v in table.items() if isinstance(v, list) and k != "examples"}


@lru_cache(maxsize=1)
def _initialisms() -> tuple[frozenset, int, int, frozenset]:
    """``function_words``, ``min_letters``, ``max_letters`` and ``never`` of
    ``[initialisms]``."""
    data = load_data("meaning-words").get("initialisms", {})
    return (frozenset(data.get("function_words", ())), int(data.get("min_letters", 2)),
            int(data.get("max_letters", 6)), frozenset(data.get("never", ())))


def _bare(words: list) -> list:
    """``words`` without a leading "the" and the possessive ending of the last word."""
    out = list(words[1:] if words[:1] in (["the"], ["The"]) else words)
    if out:
        out[-1] = without_possessive(out[-1])
    return out


def abbreviation_expanded(a: list, b: list, a_caps: list, b_caps: list) -> bool:
    """One side is an abbreviation of the irregular table, written in capitals or with full
    points ("US", "U.S.", not the pronoun "us"), the other that abbreviation's expansion
    (canonical words; ``a_caps``/``b_caps``: each word capitalised mid-sentence)."""
    table = _expansions()
    for short, caps, long_ in ((a, a_caps, b), (b, b_caps, a)):
        bare = _bare(short)
        if len(bare) != 1:
            continue
        word = bare[0]
        at = len(short) - 1
        if not ("." in word or (at < len(caps) and caps[at])):
            continue
        expansion = tuple(_bare(long_))
        if len(expansion) > 1 and expansion in table.get(word.replace(".", ""), ()):
            return True
    return False


def _letters(raw: str) -> str | None:
    """The letters of an abbreviation as printed ("IG", "F.B.I.", "NYPD's"), lower case, or
    None when the word is no abbreviation: not all capitals nor dotted single letters, too
    short or too long, or a letter run of ``never``."""
    _, least, most, never = _initialisms()
    word = without_possessive(raw).rstrip(".")
    if "." in word:
        parts = word.split(".")
        if not all(len(p) == 1 and p.isalpha() for p in parts):
            return None
        word = "".join(parts)
    if not (word.isalpha() and word.isupper() and least <= len(word) <= most):
        return None
    word = word.lower()
    return None if word in never else word


def _spells(letters: str, words: list[str], function_words: frozenset) -> bool:
    """``letters`` are the initials of ``words`` in order: each content word gives its
    initial, a function word of ``function_words`` its initial or none."""
    if not words:
        return not letters
    head, rest = words[0], words[1:]
    if head in function_words and _spells(letters, rest, function_words):
        return True
    return bool(letters) and letters[0] == head[:1] and _spells(letters[1:], rest, function_words)


def initialism_expanded(raw_a: list[str], raw_b: list[str], a: list[str], b: list[str]) -> bool:
    """One side (original words ``raw_*``, canonical ``a``/``b``) is one abbreviation, a
    leading "the" aside, whose letters are the initials of the other side's words (see the
    module's rule); either side may be the short one."""
    function_words = _initialisms()[0]
    for raw_short, short, long_, raw_long in ((raw_a, a, b, raw_b), (raw_b, b, a, raw_a)):
        bare = _bare(short)
        if len(bare) != 1 or len(raw_short) != len(short):
            continue
        letters = _letters(raw_short[-1])
        words = [w.lower() for w in _bare(long_)]
        if letters is None or not words or not all(w.isalpha() for w in words):
            continue
        content = [w for w in words if w not in function_words]
        if len(content) < 2 or not is_content(words[0]) or not is_content(words[-1]) or \
                any(not is_content(w) for w in content):
            continue
        orders = [words]
        if all(w[:1].isupper() for w in _bare(raw_long) if w.lower() not in function_words):
            orders.append(words[-1:] + ["of"] + words[:-1])   # a name's head noun put last
        for order in orders:
            if _spells(letters, order, function_words):
                return True
    return False
