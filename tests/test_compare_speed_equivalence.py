"""The faster steps of ``compare`` (issue 11, third pass) decide exactly what the plain ones did.

Each test keeps the plain computation as the reference and compares on hypothesis-generated
inputs made of our own words: the quote-score bound that spares an alignment never falls
below the score, and grouping with it gives the groups the exact score gives.
"""
from __future__ import annotations

from align_fixtures import doc, hand_quotes
from hypothesis import given, settings
from hypothesis import strategies as st

import quotecheck.align.grouping as grouping
from quotecheck.align.grouping import (_score_bound, copy_pairs, group, rarity,
                                       score_with_floor, text_score)
from quotecheck.align.renderings import prepare

# few words, so that quotes share some of them in and out of order; repeats included
_WORDS = ["we", "will", "not", "allow", "the", "colour", "color", "revolution", "scenario",
          "prices", "of", "bread", "rose", "sharply", "winter", "talks", "were", "useful",
          "frank", "1,000", "troops", "U.S.", "it's", "order"]
_SPEAKERS = [None, "Putin", "Lavrov", "he", "the ministry"]


@st.composite
def quote_docs(draw):
    """Two to six one-quote documents with drawn words and speakers."""
    out = []
    for k in range(draw(st.integers(2, 6))):
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12))
        text = f"Opening words {k} said \u201c{' '.join(words)}\u201d on the day."
        d = doc(f"d{k}", text)
        speaker = draw(st.sampled_from(_SPEAKERS))
        out += [prepare(q, d, k) for q in hand_quotes(d, speaker)]
    return out


@settings(max_examples=150, deadline=None)
@given(quote_docs(), st.sampled_from([0.2, 0.34, 0.8]))
def test_score_bound_is_never_below_the_score(rends, floor):
    rare = rarity(rends)
    for x in rends:
        for y in rends:
            exact = text_score(x, y, rare)
            assert _score_bound(x, y, grouping.rarity(rends)) >= exact
            fresh = grouping.rarity(rends)   # no memo: the bound path is taken
            got = score_with_floor(x, y, fresh, floor)
            assert (got < floor) == (exact < floor)
            if got >= floor:
                assert got == exact


@settings(max_examples=100, deadline=None)
@given(quote_docs())
def test_grouping_with_the_bound_as_with_the_exact_score(rends):
    def groups():
        found, preferred = group(list(rends))
        return [[r.id for r in g] for g in found], preferred

    fast = groups()
    plain = grouping.score_with_floor
    try:
        grouping.score_with_floor = lambda x, y, rare, floor: text_score(x, y, rare)
        exact = groups()
    finally:
        grouping.score_with_floor = plain
    assert fast == exact


@settings(max_examples=100, deadline=None)
@given(quote_docs(), quote_docs(), st.sampled_from([0.3, 0.5]))
def test_copy_pairs_with_the_bound_as_with_the_exact_score(parent, child, threshold):
    def pairs():
        found = copy_pairs(parent, child, rarity(parent + child), threshold)
        return [(p.id, c.id, s) for p, c, s in found]

    fast = pairs()
    plain = grouping._score_bound
    try:
        grouping._score_bound = lambda x, y, rare: 1.0   # never rules a pair out
        exact = pairs()
    finally:
        grouping._score_bound = plain
    assert fast == exact


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(_WORDS), st.integers(1, 40), min_size=2),
       st.integers(1, 60))
def test_a_word_sets_weight_does_not_depend_on_the_sets_order(df, extra):
    """Equal sets may iterate in different orders (built differently), and a plain float sum
    then differs in its last digit: a memoised weight and a fresh one disagreed, so a score
    and its bound did too. The weight is the exactly rounded sum, the same in any order."""
    import math
    rare = grouping.Rarity(max(df.values()) + extra, dict(df))
    words = sorted(df)
    got = rare.weight(frozenset(words))
    idf = [math.log(1.0 + rare.n_docs / df[w]) for w in words]
    assert got == math.fsum(idf) == math.fsum(reversed(idf))
