"""Quotation marks lost in decoding (U+FFFD) read by the quotes stage (``text.lostmarks``):
a scraped page whose curly quotes, apostrophes and accents all came through as U+FFFD still
gets its quotations and speakers, with spans that are offsets into the original text. Our own
snippets, shaped like such pages; none is corpus text."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from quotecheck.model import Document
from quotecheck.provenance.derivation import prepare
from quotecheck.quotes.extract import extract_quotes
from quotecheck.text.lostmarks import damaged, lost_mark, restore_marks
from quotecheck.text.quotemarks import find_quote_spans
from quotecheck.text.textview import TextView

L = "\ufffd"


def _doc(text: str) -> Document:
    return Document("a.txt", "a.txt", text, TextView.identity(text))


def test_damage_is_lost_marks_without_curly_ones():
    assert damaged(f"He said {L}no{L}.")
    assert not damaged("He said \u201cno\u201d to the \ufffd offer.")   # a lost symbol only
    assert not damaged("He said no.")
    text = "He said \u201cno\u201d to the \ufffd offer."
    assert restore_marks(text) is text


def test_lost_marks_read_by_position():
    text = f"Spain{L}s coach Jos{L} Molina said: {L}We go on.{L}"
    assert [lost_mark(text, i) for i, c in enumerate(text) if c == L] == \
        ["apostrophe", None, "open", "close"]


def test_quotation_in_lost_marks_is_found_with_original_offsets():
    text = (f"The coach Ann Lee, Spain{L}s manager, said: {L}We are proud of the players.{L}\n\n"
            f"{L}It was a hard night,{L} Lee told reporters.")
    spans = find_quote_spans(text)
    assert [text[q.start:q.end] for q in spans] == ["We are proud of the players.",
                                                     "It was a hard night,"]
    assert all(text[q.open_start] == L and text[q.close_end - 1] == L for q in spans)


def test_plain_text_is_untouched_by_the_reading():
    text = "He called it \u201cfair\u201d and left \ufffd quietly."
    assert [text[q.start:q.end] for q in find_quote_spans(text)] == ["fair"]


def test_an_unpaired_lost_mark_costs_at_most_one_quotation():
    text = (f"The minister said the plan was {L}dead and gone and the talks were over.\n\n"
            f"{L}We will not sign,{L} the minister said.")
    got = [text[q.start:q.end] for q in find_quote_spans(text)]
    assert "We will not sign," in got


def test_speaker_found_for_a_lost_mark_quotation():
    text = f"{L}We will appeal the ruling,{L} said Maria Lopez, the club{L}s lawyer."
    quotes = extract_quotes(_doc(text))
    assert [(q.text, q.speaker) for q in quotes] == [("We will appeal the ruling,",
                                                      "Maria Lopez")]


def test_quotes_stage_lost_mark_quotations_keep_provenance_keys():
    text = (f"The coach has left after the defeat.\n\nThe federation said: {L}The coach gave "
            f"the national side fresh impetus from his arrival and a deep renewal.{L}")
    doc = _doc(text)
    dt = prepare(doc, extract_quotes(doc))
    coach = next(s for s in dt.sentences if "fresh impetus" in dt.text[s.start:s.end])
    assert 1 in coach.words.quoted_flags()
    assert coach.narration          # still keys: a text printing them unquoted aligns
    assert not any(s <= text.index("fresh") < e for s, e in dt.quote_regions)


_WORD = st.sampled_from(["the", "coach", "board", "said", "report", "new", "side", "staff",
                         "Spain\u2019s", "won\u2019t", "Jos\u00e9 Molina", "year", "2018"])
# (an accent lost at a word's end before punctuation or a lower-case word reads as a closing
# mark: a limit of reading by position, so the words a name's accent stands in are capitalised)
_SENT = st.lists(_WORD, min_size=1, max_size=8).map(lambda ws: " ".join(ws)).map(
    lambda s: s[:1].upper() + s[1:])


@st.composite
def _paragraph(draw):
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            parts.append(f"\u201c{draw(_SENT)}.\u201d he said.")
        else:
            parts.append(draw(_SENT) + ".")
    return " ".join(parts)


@settings(max_examples=150, deadline=None)
@given(st.lists(_paragraph(), min_size=1, max_size=4))
def test_lost_marks_give_the_quotations_of_the_curly_text(paras):
    text = "\n\n".join(paras)
    lost = "".join(L if c in "\u201c\u201d\u2019\u00e9" else c for c in text)
    assert len(restore_marks(lost)) == len(lost)
    want = [(q.start, q.end) for q in find_quote_spans(text)]
    got = [(q.start, q.end) for q in find_quote_spans(lost)]
    assert got == want
    for q in find_quote_spans(lost):
        assert 0 <= q.open_start < q.start <= q.end <= len(lost)


def test_lost_apostrophe_folds_like_an_apostrophe():
    from quotecheck.text.normalize import fold_text, matching_view, tokenize

    assert fold_text(f"Spain{L}s") == f"spain{L}s"   # fingerprints (lint.baseline) unmoved
    words = [t.text for t in tokenize(matching_view(f"I{L}m sure the company{L}s fine"))]
    assert words == ["i'm", "sure", "the", "company's", "fine"]
