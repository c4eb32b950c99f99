"""Hypothesis properties of the word aligner and the difference typer."""
from align_fixtures import doc, hand_quotes
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.align.analyse import align_renderings
from quotecheck.align.orthography import spelling_map
from quotecheck.align.wordalign import align

WORDS = st.sampled_from(["the", "we", "will", "not", "allow", "situation", "home", "our",
                         "states", "a", "of", "to", "in", "order", "far", "from", "last",
                         "people", "2,030", "troops", "x", "y"])
TOKENS = st.lists(WORDS, max_size=60)
LONG = st.lists(st.sampled_from([f"w{k}" for k in range(80)] + ["the", "of", "a"]),
                min_size=0, max_size=400)


def _covers(ops, la, lb):
    i = j = 0
    for tag, i1, i2, j1, j2 in ops:
        assert (i1, j1) == (i, j), ops
        assert i2 >= i1 and j2 >= j1
        assert tag in ("equal", "replace", "delete", "insert")
        i, j = i2, j2
    assert (i, j) == (la, lb)


@given(TOKENS)
def test_self_alignment_is_all_equal(tokens):
    ops = align(tokens, list(tokens))
    assert all(op[0] == "equal" for op in ops)
    _covers(ops, len(tokens), len(tokens))


@given(TOKENS, TOKENS)
def test_opcodes_cover_both_sides_in_order(a, b):
    _covers(align(a, b), len(a), len(b))


@given(LONG, LONG)
def test_anchored_opcodes_cover_both_sides(a, b):
    ops = align(a, b, anchor_min=40)
    _covers(ops, len(a), len(b))
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]


def _quote_docs(a_words, b_words):
    da = doc("a.txt", "Before it. He said \u201c" + " ".join(a_words) + "\u201d after.")
    db = doc("b.txt", "Intro here. She said \u201c" + " ".join(b_words) + "\u201d then.")
    return da, hand_quotes(da)[0], db, hand_quotes(db)[0]


NONEMPTY = st.lists(WORDS, min_size=1, max_size=30)


@given(NONEMPTY, NONEMPTY, st.sampled_from(["derived", "independent", "unknown"]))
def test_segments_are_in_bounds_and_in_order(a_words, b_words, relation):
    da, qa, db, qb = _quote_docs(a_words, b_words)
    pa = align_renderings(qa, da, qb, db, relation)
    last_a = last_b = 0
    for seg in pa.segments:
        assert qa.start <= seg.a_start <= seg.a_end <= qa.end
        assert qb.start <= seg.b_start <= seg.b_end <= qb.end
        assert seg.a_start >= last_a and seg.b_start >= last_b
        last_a, last_b = seg.a_end, seg.b_end
    assert 0.0 <= pa.score <= 1.0


@given(NONEMPTY, NONEMPTY)
def test_identical_and_orthographic_verdicts_are_symmetric(a_words, b_words):
    da, qa, db, qb = _quote_docs(a_words, b_words)
    forward = align_renderings(qa, da, qb, db, "independent").verdict
    backward = align_renderings(qb, db, qa, da, "independent").verdict
    if forward in ("identical", "orthographic-only"):
        assert backward == forward
    assert (forward == "identical") == (backward == "identical")


_VARIANTS = sorted(spelling_map().items())[::97]  # a spread of British/variant → American
_ORTHO = {"will not": "won\u2019t", "are not": "aren\u2019t", "2030": "2,030",
          "well organised": "well-organised", "Ibanez": "Ib\u00e1\u00f1ez", "'": "\u2019"}


@given(st.lists(st.sampled_from(_VARIANTS), min_size=1, max_size=6),
       st.lists(st.sampled_from(sorted(_ORTHO)), max_size=4), st.booleans())
def test_orthographic_variants_never_change_category(pairs, extras, flip):
    base = ["we", "said"]
    a_words, b_words = list(base), list(base)
    for variant, american in pairs:
        a_words += ["the", variant]
        b_words += ["the", american]
    for key in extras:
        a_words += ["and", key]
        b_words += ["and", _ORTHO[key]]
    if flip:
        a_words, b_words = b_words, a_words
    da, qa, db, qb = _quote_docs(a_words, b_words)
    pa = align_renderings(qa, da, qb, db, "derived")
    cats = {s.category for s in pa.segments}
    assert cats <= {"equal", "orthographic"}, [(s.category, s.a_text, s.b_text)
                                               for s in pa.segments]


TEXTS = st.text(alphabet=st.sampled_from(list("ab cd’'\u201c\u201d\".,…-\n2,03ÉéİßﬁA")), max_size=120)


@given(st.lists(TEXTS, min_size=1, max_size=4))
def test_arbitrary_story_sets_never_crash_and_stay_in_bounds(texts):
    from quotecheck.align.analyse import analyse_quotes

    docs = [doc(f"d{k}.txt", t) for k, t in enumerate(texts)]
    quotes = [q for d in docs for q in hand_quotes(d)]
    result = analyse_quotes(docs, quotes, None)
    by_id = {d.id: d for d in docs}
    for det in result.detections:
        assert 0 <= det.start <= det.end <= len(by_id[det.document].text)
        for rel in det.related:
            assert 0 <= rel.start <= rel.end <= len(by_id[rel.document].text)
    seen = [q for c in result.clusters for q in c.quotes]
    assert len(seen) == len(set(seen))


@given(LONG, st.integers(min_value=0, max_value=400), st.integers(min_value=1, max_value=40))
def test_a_phrase_of_the_longer_rendering_is_never_scattered(long, start, size):
    """A quotation cut whole from a longer one (a fragment) always stands as a phrase there,
    whatever its length, and the test reads the same whichever side comes first."""
    from quotecheck.align.grouping import scattered

    part = long[start:start + size]
    if not part:
        return
    assert not scattered(align(part, long), len(part), len(long))
    assert not scattered(align(long, part), len(long), len(part))
