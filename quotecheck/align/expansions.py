"""An abbreviation against its expansion ("UK" / "the United Kingdom's", "U.N." / "United
Nations"): one name in two house styles, no change of the quotation. The pairs are data
(``meaning-words.toml [abbreviation_expansions]``): only the expansion of that very
abbreviation counts, a leading "the" and a possessive ending aside.
"""
from __future__ import annotations

from functools import lru_cache

from quotecheck.align.orthography import canonical
from quotecheck.resources.ruledata import load_data

_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")


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
        last = out[-1]
        for end in _POSSESSIVE:
            if last.endswith(end) and len(last) > len(end):
                out[-1] = last[:-len(end)]
                break
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
        if tuple(_bare(long_)) in table.get(word.replace(".", ""), ()) and len(_bare(long_)) > 1:
            return True
    return False
