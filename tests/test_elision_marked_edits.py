"""An editor's MARKED edit in one rendering is no change of the quotation (issue 11): a
rendering that starts later with a bracketed word standing for the words it leaves out
("mainly [about] the fact that ..." against "It was mainly praise ... It was mainly the fact
that ..."), and an ellipsis over a phrase headed by a negating preposition ("freely ... so as
to" against "freely this week, without the need for a summons, so as to"). An elided "not"
and a comma-set-off "under no circumstances" still flip what the kept words say. Our own
snippets, shaped like two outlets quoting one remark."""
from align_fixtures import rendering_changes
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.align.elisions import scope_inside
from quotecheck.align.meaningwords import lexicon
from quotecheck.align.orthography import Word

RELATIONS = ("independent", "unknown", "derived", "shared")
TAIL = "the fact that we want our roads repaired before the winter comes to the valley"
LONG = f"It was mainly praise, all of the praise they gave. It was mainly {TAIL}"


def _meaning(a: str, b: str, relation: str) -> bool:
    return any(c == "meaning" for c, _ in rendering_changes(a, b, relation))


def test_a_bracketed_word_where_the_quote_starts_later_is_no_change():
    for bracket in ("[about]", "(about)"):
        marked = f"mainly {bracket} {TAIL}"
        for relation in RELATIONS:
            assert not _meaning(marked, LONG, relation), (bracket, relation)
            assert not _meaning(LONG, marked, relation), (bracket, relation)


def test_a_bracketed_word_does_not_hide_a_changed_edge_word():
    marked = f"never [about] {TAIL}"
    other = f"It was mainly {TAIL}"
    for relation in ("derived", "shared"):
        assert _meaning(marked, other, relation), relation


SUMMONS = ("The clerk had agreed to testify freely this week, without the need for a "
           "summons, so as to answer the panel's questions quickly")
CUT = "to testify freely ... so as to answer the panel's questions quickly"


def test_a_negating_preposition_left_out_with_its_phrase_is_no_change():
    for relation in RELATIONS:
        assert not _meaning(CUT, SUMMONS, relation), relation
        assert not _meaning(SUMMONS, CUT, relation), relation
    dashed = SUMMONS.replace(", without", " \u2014 without").replace("summons,", "summons \u2014")
    assert not _meaning(CUT, dashed, "independent")


def test_an_elided_not_or_a_set_off_clause_negation_is_still_a_change():
    for full in ("The clerk will not testify before the panel next week",
                 "The clerk will, under no circumstances, testify before the panel next week",
                 "The clerk will, not for a moment, testify before the panel next week"):
        cut = "The clerk will ... testify before the panel next week"
        assert ("meaning", "elision") in rendering_changes(cut, full, "independent"), full


def test_a_negating_preposition_whose_phrase_runs_past_the_mark_is_still_a_change():
    # no break shows where the phrase of "without" ends: it may reach the kept words
    full = "The clerk had agreed to testify freely without the need for a summons so as to answer"
    cut = "to testify freely ... so as to answer"
    assert ("meaning", "elision") in rendering_changes(cut, full, "independent")


_WORDS = st.sampled_from("the a summons without not no never answer clerk".split())


class _Full:
    """A rendering's side as ``scope_inside`` reads it: words printed with a comma before
    each word of ``breaks`` and one space before the others."""

    def __init__(self, fw, breaks):
        self.words, self.text, at = [], "", 0
        for k, w in enumerate(fw):
            gap = "" if k == 0 else (", " if k in breaks else " ")
            self.text += gap + w
            at += len(gap)
            self.words.append(Word(w, w, at, at + len(w), k))
            at += len(w)
        self.sentence_starts = self.elided_before = frozenset()


@given(st.lists(_WORDS, max_size=10), st.data())
def test_only_a_negating_preposition_before_a_break_is_read_as_inside(fw, data):
    """Without sentence starts, a stretch holding 'not', 'no' or 'never' is never read as
    negating nothing kept (a slid stretch holds the same words); one holding 'without' is
    read so when each 'without' has a break one word or more after it, by the stretch's end,
    and only with such a break somewhere after a 'without'."""
    k1 = data.draw(st.integers(0, len(fw)))
    k2 = data.draw(st.integers(k1, len(fw)))
    breaks = data.draw(st.sets(st.integers(1, max(1, len(fw) - 1))))
    inside = scope_inside(_Full(fw, breaks), fw, k1, k2)
    stretch = fw[k1:k2]
    if {"not", "no", "never"} & set(stretch):
        assert not inside
    elif "without" in stretch:
        ends = [any(q in breaks or q == len(fw) for q in range(k + 2, k2 + 1))
                for k in range(k1, k2) if fw[k] == "without"]
        if all(ends):
            assert inside          # each phrase ends inside the stretch or right after it
        if inside:
            assert any(q in breaks or q == len(fw) for k, w in enumerate(fw) if w == "without"
                       for q in range(k + 2, len(fw) + 1))
    assert lexicon().phrase_negators == {"without"}
