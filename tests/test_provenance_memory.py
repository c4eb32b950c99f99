"""The provenance stage's compact sentences read exactly as the tuples and sets they replace.

Issue 11 (peak memory at 1,000 real articles): a prepared sentence keeps its words as offsets
and flag bytes (``sentence.Words``), shares one key set when no word is quoted, and every
prepared text is released (spans only) once the findings are made. Each is compared here
with the simple version it replaced.
"""
from __future__ import annotations

import random

from hypothesis import example, given
from hypothesis import strategies as st
from provenance_synth import story_set

from quotecheck.load.loader import load_text
from quotecheck.provenance import derivation
from quotecheck.provenance.derivation import _WORD, DocText, prepare, quote_regions, stem
from quotecheck.provenance.figures import extract_figures
from quotecheck.provenance.infer import infer_provenance
from quotecheck.text.normalize import fold_text

_ALPHABET = "ab Cd.,!?\n\u201c\u201d\"'\u2019-19,000"


def _reference(dt: DocText) -> list:
    """The words, folded words and key sets as ``prepare`` built them with tuples."""
    stop = derivation.settings()["stopwords"]
    inq = bytearray(len(dt.text))
    for s, e in dt.quote_regions:
        inq[s:e] = b"\x01" * max(0, e - s)
    out = []
    for sent in dt.sentences:
        words = [(m.group(), m.start(), m.end(), bool(inq[m.start()]))
                 for m in _WORD.finditer(dt.text, sent.start, sent.end)]
        folded = [fold_text(w) for w, *_ in words]
        keys = [(stem(w), q) for (w, _, _, q), f in zip(words, folded) if f not in stop]
        anchors = frozenset(stem(w) for k, ((w, _, _, _), f) in enumerate(zip(words, folded))
                            if w[:1].isdigit() or (k and w[:1].isupper() and f not in stop))
        out.append((words, folded, frozenset(k for k, q in keys if not q),
                    frozenset(k for k, _ in keys), anchors))
    return out


@given(st.text(alphabet=_ALPHABET, max_size=120))
@example("He said \u201cWe will win.\u201d Then 19,000 Troops left. \u201cNo,\u201d she said.")
@example("")
def test_compact_words_read_as_the_word_tuples(text):
    dt = prepare(load_text(text, "a.txt"))
    assert quote_regions(dt.text) == dt.quote_regions   # no quotes given: the scan only
    for sent, (words, folded, narration, keys, anchors) in zip(dt.sentences, _reference(dt)):
        assert list(sent.words) == words and len(sent.words) == len(words)
        assert bool(sent.words) == bool(words)
        assert [sent.words[k] for k in range(-len(words), len(words))] == words[-len(words):] + words
        assert sent.words[1:3] == words[1:3] and sent.words[-2:] == words[-2:]
        assert sent.folded_words() == folded
        assert (sent.narration, sent.keys, sent.anchors) == (narration, keys, anchors)
        # one set object only when no word is quoted (built from one sequence, so it
        # iterates in the order the second set would have)
        assert (sent.keys is sent.narration) == (not any(q for *_, q in words))


def test_released_texts_keep_spans_and_results_do_not_change(monkeypatch):
    docs = list(story_set(3).values())
    random.Random(3).shuffle(docs)
    res = infer_provenance(docs, [])
    assert res.alignments
    for al in res.alignments.values():
        for dt in (al.a, al.b):
            assert dt.sentences and all(not s.words and not s.keys for s in dt.sentences)
            assert all(dt.text[s.start:s.end].strip() for s in dt.sentences)
    monkeypatch.setattr(DocText, "release", lambda self: None)
    kept = infer_provenance(docs, [])
    assert (res.edges, res.detections, res.figures) == (kept.edges, kept.detections, kept.figures)
    assert {k: al.pairs for k, al in res.alignments.items()} == \
        {k: al.pairs for k, al in kept.alignments.items()}


def test_figures_skip_sentences_without_numbers_and_find_the_same():
    text = ("Officials said 40,000 people left on Monday. Nobody knows more.\n\n"
            "About 1,200 troops arrived. The mayor, 54, spoke in May 2021.")
    dt = prepare(load_text(text, "f.txt"))
    found = [(f.text, f.referent) for f in extract_figures(dt)]
    assert [t for t, _ in found] == ["40,000", "1,200"]


def test_prepare_given_only_its_own_quotes_marks_the_same_words():
    """infer_provenance hands each document its own quotes (a scan of every quote per
    document grew with the square of the set): the same words are marked as quoted."""
    from quotecheck.quotes.extract import extract_story_quotes

    docs = list(story_set(4).values())
    quotes = extract_story_quotes(docs)
    assert quotes
    for d in docs:
        mine = [q for q in quotes if q.document == d.id]
        a, b = prepare(d, quotes), prepare(d, mine)
        assert a.quote_regions == b.quote_regions
        assert [list(s.words) for s in a.sentences] == [list(s.words) for s in b.sentences]


@given(st.lists(st.sampled_from(["the", "troop", "troops", "policy", "policies", "was",
                                 "were", "said", "\u201cmoving", "moving\u201d", "Officials",
                                 "boxes", "box", "city", "cities"]), min_size=1, max_size=12),
       st.data())
@example(["Officials", "said", "the", "troop", "was", "moving"], None)
def test_number_flip_prefilter_finds_what_the_full_scan_finds(words, data):
    from quotecheck.provenance import integrity, numberflips
    from quotecheck.provenance.sentalign import Alignment

    other = list(words)
    if data is not None:
        for k in data.draw(st.lists(st.integers(0, len(words) - 1), max_size=3)):
            other[k] = {"troop": "troops", "policy": "policies", "box": "boxes",
                        "city": "cities"}.get(other[k], other[k])
    else:
        other[3] = "troops"
    parent = prepare(load_text("Before this. " + " ".join(words) + ".", "p.txt"))
    child = prepare(load_text("Before this. " + " ".join(other) + ".", "c.txt"))
    if len(parent.sentences) < 2 or len(child.sentences) < 2:
        return
    al = Alignment(parent, child, [(1, 1, 1.0)])
    fast = integrity.copy_integrity(child, parent, al)
    real = numberflips._could_flip
    try:
        numberflips._could_flip = lambda cs, ps: True
        full = integrity.copy_integrity(child, parent, al)
    finally:
        numberflips._could_flip = real
    assert fast == full
    if data is None:
        assert any(d.args.get("kind") == "number-flip" for d in fast)
