"""Sentence splitting and order-preserving sentence alignment."""
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.model import Document, Metadata
from quotecheck.provenance.derivation import (candidate_pairs, document_frequency, key_weights,
                                              prepare, split_sentences, stem)
from quotecheck.provenance.sentalign import align_sentences
from quotecheck.text.textview import TextView


def _doc(doc_id, text):
    return Document(doc_id, doc_id, text, TextView.identity(text), Metadata())


def _prepared(*texts):
    dts = [prepare(_doc(f"d{i}", t)) for i, t in enumerate(texts)]
    df = document_frequency(dts)
    return dts, key_weights(df, len(dts)), df


def test_split_sentences_keeps_abbreviations_and_initials():
    text = "U.S. officials met Mr. Smith on Jan. 5 in Almaty. John F. Kennedy spoke. Done!"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "U.S. officials met Mr. Smith on Jan. 5 in Almaty.", "John F. Kennedy spoke.", "Done!"]


def test_split_sentences_keeps_the_v_of_a_case_name():
    text = "Critics sued in a landmark case, Acme v. Dobbs. The ruling stood."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "Critics sued in a landmark case, Acme v. Dobbs.", "The ruling stood."]


def test_split_sentences_after_closing_quote_and_per_paragraph():
    text = "“We will win,” he said. “They lost.” Then silence\n\nNew paragraph here."
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == ["“We will win,” he said.", "“They lost.”", "Then silence", "New paragraph here."]


def test_stem_folds_spelling_and_inflection():
    assert stem("colour") == stem("color")
    assert stem("troops") == stem("troop")
    assert stem("normalise") == stem("normalize")
    assert stem("Authorities") == stem("authority")


def test_rewrite_aligns_in_order():
    parent = ("The army sent thousands of soldiers into the capital overnight. "
              "Protesters burned the mayor's office near Freedom Square. "
              "The interior ministry said 2,030 people had been detained across the region. "
              "Opposition leaders accused the government of provoking the violence.")
    child = ("Thousands of troops were sent by the army into the capital during the night. "
             "Demonstrators set fire to the mayor's office close to Freedom Square. "
             "Some 2,030 people were detained across the region, the interior ministry said. "
             "Leaders of the opposition accused the government of provoking violence.")
    (a, b), w, _ = _prepared(parent, child)
    al = align_sentences(a, b, w)
    assert [(x, y) for x, y, _ in al.pairs] == [(0, 0), (1, 1), (2, 2), (3, 3)]


def test_unrelated_texts_do_not_align():
    (a, b), w, _ = _prepared(
        "The central bank raised interest rates by half a point on Thursday to fight inflation.",
        "A rare orchid bloomed in the botanical garden after twelve years of careful tending.")
    assert align_sentences(a, b, w).pairs == []


def test_candidate_pairs_need_shared_rare_tokens():
    texts = ["Zorblat Quennic visited Ostravar and met Pelloni Vastrin at Kirrin Bay.",
             "In Ostravar, Zorblat Quennic met Pelloni Vastrin by Kirrin Bay on Monday.",
             "Markets fell sharply on Monday as investors worried about the economy."]
    filler = [f"Item {k} about gardening number {k * 7} and weather pattern {k}." for k in range(14)]
    dts, _, df = _prepared(*(texts + filler))
    pairs = {(i, j) for i, j, _ in candidate_pairs(dts, df)}
    assert (0, 1) in pairs
    assert not [p for p in pairs if 2 in p]


def test_small_sets_compare_every_pair():
    dts, _, df = _prepared("One text here.", "Another text there.", "A third one.")
    assert {(i, j) for i, j, _ in candidate_pairs(dts, df)} == {(0, 1), (0, 2), (1, 2)}


_WORDS = st.sampled_from("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo "
                         "lima mike november oscar papa quebec romeo sierra tango".split())
_SENT = st.lists(_WORDS, min_size=4, max_size=10).map(lambda ws: " ".join(ws).capitalize() + ".")
_TEXT = st.lists(_SENT, min_size=1, max_size=8).map(" ".join)


@given(_TEXT, _TEXT)
def test_alignment_is_ordered_and_in_bounds(t1, t2):
    (a, b), w, _ = _prepared(t1, t2)
    al = align_sentences(a, b, w)
    xs = [x for x, _, _ in al.pairs]
    ys = [y for _, y, _ in al.pairs]
    assert xs == sorted(set(xs)) and ys == sorted(set(ys))
    assert all(0 <= x < len(a.sentences) and 0 <= y < len(b.sentences) for x, y in zip(xs, ys))
    assert all(0.0 <= s <= 1.0 + 1e-9 for _, _, s in al.pairs)


@given(_TEXT)
def test_identical_documents_align_fully(text):
    (a, b), w, _ = _prepared(text, text)
    al = align_sentences(a, b, w)
    assert [(x, y) for x, y, _ in al.pairs] == [(s.index, s.index) for s in a.narration]


@given(st.text(alphabet=st.sampled_from("ab .!?\n“”\"AB"), max_size=80))
def test_sentence_spans_in_bounds_and_ordered(text):
    spans = split_sentences(text)
    prev = 0
    for s, e in spans:
        assert prev <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        prev = e


def test_rule_data_is_read():
    from quotecheck.provenance.derivation import settings

    cfg = settings()
    assert {"the", "said", "of"} <= cfg["stopwords"]
    assert 0 < cfg["align"]["candidate"] < cfg["align"]["aligned"] < 1
