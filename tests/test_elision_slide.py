"""A cut an ellipsis marks, where the aligner puts the gap a few words away from the mark
(issue 11): "a heavy toll on the town -- social, political and for the good name of the
town. The council ..." abridged as "a heavy toll on the town. ... The council": the gap
left out before "the town" is the same gap as the one after it, at the mark. An
unmarked cut is still a truncation. Our own snippets, shaped like agency copy."""
from align_fixtures import doc, hand_quotes
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.align.analyse import align_renderings
from quotecheck.align.wordalign import gap_positions

FULL = ("Such strikes have taken a heavy toll on the town -- social, political and for the "
        "good name of the town. The council will make every effort to end them.")


def _changes(b_text):
    da = doc("a.txt", f"Intro. The minister said \u201c{FULL}\u201d on Monday.")
    db = doc("b.txt", f"Intro. The minister said \u201c{b_text}\u201d on Monday.")
    pa = align_renderings(hand_quotes(da)[0], da, hand_quotes(db)[0], db, "shared")
    return [(s.category, s.kind) for s in pa.segments if s.category != "equal"]


def test_a_marked_cut_the_aligner_puts_before_repeated_words_is_an_elision():
    marked = ("Such strikes have taken a heavy toll on the town. ... The council will "
              "make every effort to end them.")
    assert _changes(marked) == []


def test_the_same_cut_unmarked_is_still_reported():
    silent = ("Such strikes have taken a heavy toll on the town. The council will make "
              "every effort to end them.")
    assert ("truncation", "dropped") in _changes(silent)


def test_gap_positions_slide_over_repeated_words():
    side = "toll on the town social and the name of the town the council".split()
    # side[3:10] ("town ... the") left out at position 3 may slide right by one ("town")
    assert list(gap_positions(side, 3, 10, 3)) == [2, 3, 4]   # "the" repeats on the left too
    assert list(gap_positions(list("abcde"), 1, 3, 1)) == [1]


@given(st.lists(st.sampled_from("abc"), min_size=1, max_size=12), st.data())
def test_gap_positions_hold_the_gap_place(side, data):
    k1 = data.draw(st.integers(0, len(side) - 1))
    k2 = data.draw(st.integers(k1 + 1, len(side)))
    at = data.draw(st.integers(0, 20))
    r = gap_positions(side, k1, k2, at)
    assert at in r and len(r) <= 2 * (k2 - k1) + 1
