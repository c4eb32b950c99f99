"""A marked cut that leaves out 'not just X' or 'not only X' (rn25, issue 11, baly_201310
reading): the focus phrase names who else is meant and negates no clause, so the ellipsis
declares the cut; a cut that drops a clause's 'not' stays a change of meaning."""
import pytest
from align_fixtures import doc, hand_quotes

from quotecheck.align.analyse import align_renderings
from quotecheck.align.meaningwords import polar


def _changes(a_text, b_text, relation="independent"):
    da = doc("a.txt", f"Intro. The governor said \u201c{a_text}\u201d on Monday.")
    db = doc("b.txt", f"Intro. The governor said \u201c{b_text}\u201d on Monday.")
    pa = align_renderings(hand_quotes(da)[0], da, hand_quotes(db)[0], db, relation)
    return [(s.category, s.kind) for s in pa.segments if s.category != "equal"]


@pytest.mark.parametrize("full, cut", [
    ("then any governor who follows me, not just me, will find the office hard to run",
     "then any governor who follows me ... will find the office hard to run"),
    ("the cuts will hurt every town, not only the capital, for a decade to come",
     "the cuts will hurt every town \u2026 for a decade to come"),
])
@pytest.mark.parametrize("relation", ["independent", "derived"])
def test_a_focus_phrase_left_out_at_an_ellipsis_is_a_declared_cut(full, cut, relation):
    assert ("meaning", "elision") not in _changes(full, cut, relation)
    assert ("meaning", "elision") not in _changes(cut, full, relation)


def test_a_clauses_not_left_out_at_an_ellipsis_stays_meaning():
    changes = _changes("any governor who follows me will not find the office hard to run",
                       "any governor who follows me ... find the office hard to run",
                       "derived")
    assert any(c == "meaning" for c, _ in changes)


def test_polar_reads_the_focus_word_after_not():
    assert not polar(["not", "just", "me"])
    assert not polar(["not", "only", "the", "capital"])
    assert polar(["will", "not", "find"])
    assert polar(["not", "even", "me"])
    assert polar(["never"])
