"""An abbreviation against its expansion ("UK" / "the United Kingdom's", "U.N." / "United
Nations"): one name in two house styles, no change of the quotation. The pairs are data
(``meaning-words.toml [abbreviation_expansions]``): only the expansion of that very
abbreviation counts, a leading "the" and a possessive ending aside.
"""
from __future__ import annotations

from functools import lru_cache

from quotecheck.align.meaningkinds import without_possessive
from quotecheck.align.orthography import canonical
from quotecheck.resources.ruledata import load_data


@lru_cache(maxsize=1)
def _expansions() -> dict:
    """abbreviation -> its expansions, each a tuple of canonical words."""
    table = load_data("meaning-words").get("abbreviation_expansions", {})
    return {k: frozenset(tuple(canonical(w) for w in e.split()) for e in v)
            for k, v in table.items() if isinstance(v, list) and k != "examples"}


def _bare(words: list) -> list:
    """``words`` without a leading "the" and the possessive ending of the last word."""
    out = list(words[1:] if words[:1] == ["the"] else words)
    if out:
        out[-1] = without_possessive(out[-1])
    return out


def abbreviation_expanded(a: list, b: list, a_caps: list, b_caps: list) -> bool:
    """One side is an abbreviation of the table, written in capitals or with full points
    ("US", "U.S.", not the pronoun "us"), the other that abbreviation's expansion (canonical
    words; ``a_caps``/``b_caps``: each word capitalised mid-sentence)."""
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
