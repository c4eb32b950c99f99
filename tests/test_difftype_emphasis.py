"""One word of emphasis added or dropped in a quotation (a paper's rewrite of agency copy:
"is obviously going" / "is going", "have absolutely nothing" / "have nothing") stresses the
same claim: a change of wording (warning), not of meaning (error). A dropped hedge, a
replaced scalar word, stress on another scalar word and a degree word qualifying anything but
a negator ("highly probable" / "probable") still change the claim. Honorifics
swapped by house style (Miss / Ms) are orthographic. Our own snippets."""
from __future__ import annotations

import pytest

from quotecheck.align.difftype import type_region


def _typed(a: str, b: str, before: str = "", after: str = "", relation: str = "derived"):
    ra, rb = a.split(), b.split()
    ctx_b, ctx_a = before.split()[-1:], after.split()[:1]
    return type_region(ra, rb, ctx_b + ra + ctx_a, ctx_b + rb + ctx_a,
                       [False] * len(ra), [False] * len(rb), relation)


@pytest.mark.parametrize("word, before, after", [
    ("obviously", "the inquiry is", "going to look at the tapes"),
    ("absolutely", "we have", "nothing to hide"),
    ("clearly", "the judgment", "states that the trust acted unlawfully"),
    ("certainly", "he will", "resign"),
])
def test_emphasis_added_or_dropped_is_wording(word, before, after):
    for relation in ("derived", "shared"):
        assert _typed(word, "", before, after, relation) == ("wording", "emphasis")
        assert _typed("", word, before, after, relation) == ("wording", "emphasis")


def test_a_dropped_hedge_or_a_replaced_scalar_still_changes_the_meaning():
    assert _typed("slightly", "", "they will sleep", "more")[0] == "meaning"
    assert _typed("possibly", "", "he was", "there")[0] == "meaning"
    assert _typed("certainly", "probably", "it is", "true")[0] == "meaning"
    # stress on another scalar word changes that word's strength
    assert _typed("very", "", "it is", "likely")[0] == "meaning"
    assert _typed("very", "", "there were", "few")[0] == "meaning"
    # a degree word changes the degree of what it qualifies, unless that is a negator
    assert _typed("highly", "", "it is", "probable")[0] == "meaning"
    assert _typed("totally", "", "that is", "wrong")[0] != "wording"


def test_house_style_honorifics_are_orthographic():
    assert _typed("miss", "ms", "the court heard", "Pryce") == ("orthographic", "honorific")
    assert _typed("mrs", "ms", "", "Pryce") == ("orthographic", "honorific")
    # another person's title is no house style
    assert _typed("mr", "mrs", "", "Pryce")[0] != "orthographic"
