"""A marked cut that leaves out 'not just X' or 'not only X' (rn25, issue 11, baly_201310
reading): the focus phrase names who else is meant and negates no clause, so the ellipsis
declares the cut; a cut that drops a clause's 'not' stays a change of meaning."""
import pytest
from align_fixtures import rendering_changes

from quotecheck.align.meaningwords import polar


def _changes(a_text, b_text, relation="independent"):
    return rendering_changes(a_text, b_text, relation)


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
