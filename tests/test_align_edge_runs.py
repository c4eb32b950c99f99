"""A partial quotation of the end of a long statement whose phrases repeat ("I could not in
good conscience ..." three times) had its opening word matched at the statement's start, so
the statement's whole opening, negators and all, read as words changed inside the quotation
(a dropped or added negation). The short matched run slides to the occurrence nearest the rest
of the alignment, and the longer opening stays apart from a word left out beside the edge
word. Our own snippets."""
import pytest
from align_fixtures import rendering_changes

from quotecheck.align.wordalign import align, matched

PART = ("I could not in good conscience vote for the plan because removal of the mayor must "
        "not be the end of a partisan process in our town")
WHOLE = ("After reading the whole report, I came to the view that I could not in good "
         "conscience vote either yes or no. I am standing in the center. I could not in good "
         "conscience vote against the plan because I believe the mayor did wrong. I also "
         "could not in good conscience vote for the plan because removal of the mayor must "
         "not be the end of a partisan process in our town")


@pytest.mark.parametrize("relation", ["derived", "independent"])
def test_a_partial_quote_of_a_statement_end_is_no_negation_change(relation):
    for a, b in ((PART, WHOLE), (WHOLE, PART)):
        assert not [k for c, k in rendering_changes(a, b, relation) if c == "meaning"]


def test_a_word_left_out_beside_the_edge_word_is_still_reported_in_a_copy():
    assert ("wording", "added") in rendering_changes(PART, WHOLE, "derived")


def _words(text):
    return text.lower().replace(",", "").replace(".", "").split()


def test_the_edge_run_slides_next_to_the_rest_keeping_the_matched_count():
    a, b = _words(PART), _words(WHOLE)
    also = b.index("also")
    ops = align(a, b)
    assert matched(ops) == len(a)
    assert ("equal", 0, 1, also - 1, also) in ops      # "i" right before "also could"
    ra, rb = a[::-1], b[::-1]
    back = align(ra, rb)                              # the same at the other end
    assert matched(back) == len(a)
    at = len(b) - also                                # "i" right after "also", read backwards
    assert ("equal", len(a) - 1, len(a), at, at + 1) in back
