"""A negator that moved inside a reworded quotation is no change of meaning (rn25, issue 11,
baly_201310 reading): "There are not the seats in the chamber" and "The seats are not in the
chamber" say the same. A negator only one rendering holds, or one that another aligned clause
holds, still changes what is said."""
import pytest
from align_fixtures import rendering_changes

from quotecheck.align.meaningkinds import moved_negation


def _changes(a_text, b_text, relation="independent"):
    return rendering_changes(a_text, b_text, relation, speaker="The leader")


_SHORT = "There are not the seats in the chamber to pass a plain budget bill,"
_LONG = ("The seats are not in the chamber to pass a plain borrowing bill, and the mayor is "
         "risking a default by not talking to us.")


@pytest.mark.parametrize("first, second", [(_SHORT, _LONG), (_LONG, _SHORT)])
def test_a_negator_moved_in_a_reworded_sentence_is_no_change_of_meaning(first, second):
    assert ("meaning", "negation") not in _changes(first, second)


@pytest.mark.parametrize("first, second", [
    ("There are the seats in the chamber to pass a plain budget bill",
     "The seats are not in the chamber to pass a plain budget bill"),
    ("we will go to the talks and we will not stay for the vote",
     "we will not go to the talks and we will stay for the vote"),
])
def test_a_negator_added_or_swapped_between_clauses_stays_meaning(first, second):
    assert ("meaning", "negation") in _changes(first, second) + _changes(second, first)


def test_moved_negation_reads_only_unaligned_words_near_the_region():
    fa = "there are not the seats in".split()
    fb = "the seats are not in".split()
    ops = [("replace", 0, 3, 0, 0), ("equal", 3, 5, 0, 2), ("insert", 5, 5, 2, 4),
           ("equal", 5, 6, 4, 5)]
    assert moved_negation(fa, fb, (5, 5, 2, 4), ops, {"not"})
    assert not moved_negation(fa, fb, (5, 5, 2, 4), [("equal", 0, 3, 0, 3)] + ops[1:],
                              {"not"})
