"""Issue #11 (compare speed): provenance's ``_stem`` reads the folded word from the shared
fold table and returns early when no inflection suffix can end the word; the same key as
the code it replaced, for every word."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.provenance.derivation import _stem
from quotecheck.text.normalize import fold_text


def _stem_before(word: str) -> str:
    w = fold_text(word).replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'")
    if len(w) > 5 and w.endswith("our"):
        w = w[:-3] + "or"
    w = w.replace("isation", "ization").replace("ise", "ize") if len(w) > 5 else w
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            return w[: len(w) - len(suffix)] + repl
    return w


LETTERS = st.sampled_from(list("aeiosdgnyrlu'’SDG") + ["ies", "ing", "ed", "es", "ss", "our",
                                                      "ise", "isation", "É", "ß", "ǅ", "Σ"])


@settings(max_examples=3000)
@given(st.lists(LETTERS, max_size=8).map("".join))
def test_stem_as_before(word):
    assert _stem(word) == _stem_before(word)


def test_stem_examples():
    for word in ("troops", "colour", "organisation", "studies", "reading", "voted", "boxes",
                 "class", "press's", "Kingdom’s", "is", "GS", "ZAG", "x", ""):
        assert _stem(word) == _stem_before(word), word
