"""A rendering that joins two passages with an elision mark, against one that quotes the
second passage with the words the mark left out (issue 11): "The mayor had a reason to
end it ... a complete audit would turn up details" against "The evidence does show that a
complete audit would turn up details". The writer declared the cut: no change of meaning. A negator at
the seam still is one, and the same words without the mark are still reported. Our own
snippets, shaped like two outlets quoting one report."""
from align_fixtures import rendering_changes
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.align.elisions import seam_elision
from quotecheck.align.meaningwords import polar

TAIL = "a complete audit would turn up details of the contract that might be unlawful"
OTHER = f"The evidence does show that {TAIL}"


def test_a_passage_joined_by_a_mark_is_no_change_of_meaning():
    for mark in ("...", "\u2026", " [...]"):
        marked = f"The mayor had a reason to put the audit behind him{mark} {TAIL}"
        for relation in ("independent", "unknown", "derived"):
            assert ("meaning",) not in {c[:1] for c in rendering_changes(
                marked, OTHER, relation)}, (mark, relation)
            assert ("meaning",) not in {c[:1] for c in rendering_changes(
                OTHER, marked, relation)}, (mark, relation)


def test_the_seam_at_the_end_is_read_the_same_way():
    head = "The audit would turn up details of the contract"
    marked = f"{head} ... and the clerks ignored her requests"
    other = f"{head} that the mayor might have known to be unlawful"
    assert not any(c == "meaning" for c, _ in rendering_changes(marked, other, "independent"))
    # no change at all either way: the words after the mark are the ones it leaves out
    assert rendering_changes(marked, other, "independent") == []
    assert rendering_changes(other, marked, "independent") == []


def test_a_negator_at_the_seam_is_still_a_change_of_meaning():
    marked = f"The mayor had a reason to put the audit behind him... {TAIL}"
    negated = f"The evidence does not show that {TAIL}"
    assert ("meaning", "elision") in rendering_changes(marked, negated, "independent")


def test_without_the_mark_the_change_is_reported():
    unmarked = f"The mayor had a reason to put the audit behind him {TAIL}"
    assert any(c in ("meaning", "wording", "translation", "rendering")
               for c, _ in rendering_changes(unmarked, OTHER, "unknown"))


_WORDS = st.sampled_from("the a review found motive facts not never would said".split())
_MORE = st.lists(_WORDS, max_size=12)


class _Cut:
    def __init__(self, marks):
        self.elided_before = frozenset(marks)
        self.sentence_starts = frozenset()


@given(_MORE, _MORE, st.data())
def test_a_seam_reading_needs_a_mark_and_never_hides_a_negator(fa, fb, data):
    """seam_elision reads nothing without a mark at the region's edge nor for a short or
    negating stretch on the marked side; a negator in the other's words is a change of
    meaning."""
    i1 = data.draw(st.integers(0, len(fa)))
    i2 = data.draw(st.integers(i1, len(fa)))
    j1 = data.draw(st.integers(0, len(fb)))
    j2 = data.draw(st.integers(j1, len(fb)))
    marks = data.draw(st.sets(st.integers(0, len(fa))))
    got = seam_elision(_Cut(marks), _Cut(()), fa, fb, (i1, i2, j1, j2))
    if got is None:
        return
    assert i1 in marks or i2 in marks
    assert i2 - i1 > 3 and not polar(fa[i1:i2])
    assert got == (("meaning", "elision") if polar(fb[j1:j2]) else ("equal", "elided"))


def test_a_joined_passage_that_negates_is_typed_as_before():
    marked = "These rulings are blows to the party ... Do you get the feeling they do not like me?"
    other = "These rulings are blows to the faces of people who are proud to be in the party"
    assert ("meaning", "elision") not in rendering_changes(other, marked)
    # the region runs from the mark to both edges: the seam reading is reached, and the
    # negator in the joined passage leaves it to the ordinary typing
    other = "These rulings are blows to the party and to every member who is proud to be in it"
    assert ("meaning", "elision") not in rendering_changes(other, marked)


def test_both_sides_negating_at_the_seam_is_typed_as_before():
    changes = rendering_changes("No answer. You are the one,", "Nope. \u2026 you\u2019re the one.")
    assert ("meaning", "elision") not in changes     # one word at the mark: a swap
    changes = rendering_changes(f"We will not ever give this up... {TAIL}",
                                f"The evidence does not show that {TAIL}")
    assert ("meaning", "elision") not in changes
