"""A change of wording or meaning is reported on the rendering the others outvote (issue 11):
when one outlet prints "yield" where three independent outlets print "give way", the warning
sits on that one copy only, not also on each correct copy that meets it. Copies of one text
count once; a tie (one against one, two against two) stays reported as before. Our own
snippets, shaped like several outlets quoting one report."""
from align_fixtures import doc, hand_quotes
from hypothesis import given, settings
from hypothesis import strategies as st
from test_align_copy_parents import _Prov

from quotecheck.align.analyse import analyse_quotes
from quotecheck.model import ProvenanceEdge

SENTENCE = ("Her attempts to redirect the audit came to little, mostly since the staff "
            "beside her would not follow instructions or {} to her demands,")
NARRATION = ["The report was released on Thursday morning in Washington.",
             "Lawmakers from both parties read the pages overnight.",
             "A podcast host read passages aloud to listeners.",
             "Analysts said the findings would shape the debate.",
             "The document runs to more than four hundred pages.",
             "Editors spent the weekend going through every chapter."]


class _Families(_Prov):
    """A provenance result whose roots are the copies' origins (a copy counts as its parent)."""

    def independent_roots(self, doc_ids):
        up = {e.derived: e.source for e in self.edges}
        return len({up.get(d, d) for d in doc_ids})


def _result(words, edges=(), prov=_Prov, outlets=None):
    """The analysis of one rendering per word, each by its own outlet unless ``outlets``
    names them."""
    docs = [doc(f"d{k}", f"{NARRATION[k]} The report said: \u201c{SENTENCE.format(w)}\u201d",
                outlet=outlets[k] if outlets else f"OUTLET{k}") for k, w in enumerate(words)]
    quotes = [q for d in docs for q in hand_quotes(d, "the report")]
    return analyse_quotes(docs, quotes, prov(list(edges)))


def _changed(result):
    return sorted({d.document for d in result.detections if d.category in ("wording", "meaning")})


def test_the_outvoted_rendering_alone_carries_the_change():
    for odd in range(4):
        words = ["give way"] * 4
        words[odd] = "yield"
        assert _changed(_result(words)) == [f"d{odd}"], odd


def test_a_tie_stays_on_both_sides_as_before():
    assert _changed(_result(["give way", "yield"])) == ["d1"]
    # two against one: nothing moves onto the first without more roots on the other side
    assert _changed(_result(["give way", "yield", "give way"])) == ["d1"]


def test_two_readings_each_printed_by_two_outlets_are_two_versions():
    # two against two (four outlets): two consistent clusters, two versions of the remark
    # (a prepared text and the words said), no one's change
    assert _changed(_result(["give way", "yield", "give way", "yield"])) == []
    # one outlet printing a reading twice is one voice: the change stays reported
    assert _changed(_result(["give way", "yield", "give way", "yield"], outlets="ABCB"))
    # one outlet's two takes of its own story: its change stays reported between them
    assert "d1" in _changed(_result(["give way", "yield", "give way", "yield"], outlets="AABC"))


def test_copies_of_one_text_count_once():
    # d2 and d3 copy d0: "give way" has one root, against "yield" printed by d1 alone, and
    # d4 (independent) prints "yield" too: two roots against one
    edges = [ProvenanceEdge("d0", "d2", "verbatim", 0.9),
             ProvenanceEdge("d0", "d3", "verbatim", 0.9)]
    got = _changed(_result(["give way", "yield", "give way", "give way", "yield"], edges))
    assert "d0" in got and "d1" not in got and "d4" not in got


def test_a_family_printing_both_readings_does_not_vote():
    # d0 is the wire; d1 and d2 are its copies printing another version of the words; d3 is
    # one unlinked outlet agreeing with the copies: one root against none is no majority
    edges = [ProvenanceEdge("d0", "d1", "rewrite", 0.8),
             ProvenanceEdge("d0", "d2", "rewrite", 0.8)]
    got = _changed(_result(["give way", "yield", "yield", "yield"], edges, _Families))
    assert "d0" not in got
    # two unlinked outlets agreeing with the copies do outvote the wire's version
    got = _changed(_result(["give way", "yield", "yield", "yield", "yield"], edges, _Families))
    assert got == ["d0"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["give way", "yield", "bow"]), min_size=2, max_size=5))
def test_a_changed_word_is_reported_on_a_minority_or_tied_reading(words):
    """Every rendering carrying a change prints a reading no more widely printed than
    another one; some rendering carries one whenever the words differ and one reading is
    printed once, and none when every reading is printed by two outlets or more."""
    got = _changed(_result(words))
    if len(set(words)) > 1 and min(words.count(w) for w in words) == 1:
        assert got
    if min(words.count(w) for w in words) >= 2:
        assert not got
    count = {w: words.count(w) for w in words}
    for d in got:
        w = words[int(d[1:])]
        assert any(count[w] <= count[o] for o in count if o != w), (words, got)
