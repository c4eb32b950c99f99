"""The offset map: derived spans always convert back to the original characters."""
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.text.normalize import fold_text, matching_view, tokenize
from quotecheck.text.textview import TextView, TextViewBuilder


def test_identity_round_trip():
    v = TextView.identity("hello world")
    assert v.span(6, 11) == (6, 11)


def test_matching_view_folds_and_maps_back():
    text = "Ibáñez said “won’t” — no\u00a0doubt\u00ad."
    v = matching_view(text)
    assert "ibanez" in v.text
    assert '"won\'t"' in v.text
    i = v.text.index("won't")
    s, e = v.span(i, i + 5)
    assert text[s:e] == "won’t"
    assert "doubt." in v.text  # soft hyphen dropped


def test_tokens_carry_original_spans():
    text = "“Colour” revolutions, 2,030 troops in the U.S. on Jan."
    toks = tokenize(matching_view(text))
    words = [t.text for t in toks]
    assert words[:3] == ["colour", "revolutions", "2,030"]
    assert "u.s." in words
    for t in toks:
        assert fold_text(text[t.start:t.end]) == t.text


def test_builder_inexact_piece_maps_to_whole_range():
    b = TextViewBuilder("a&amp;b")
    b.copy(0, 1)
    b.replace(1, 6, "&")
    b.copy(6, 7)
    v = b.build()
    assert v.text == "a&b"
    assert v.span(1, 2) == (1, 6)
    assert v.span(0, 3) == (0, 7)


@given(st.text())
def test_matching_view_spans_stay_in_bounds(text):
    v = matching_view(text)
    n = len(v.text)
    for i in range(0, n + 1, max(1, n // 7 or 1)):
        for j in (i, min(n, i + 3), n):
            s, e = v.span(i, j)
            assert 0 <= s <= e <= len(text)


@given(st.text())
def test_tokens_round_trip(text):
    for t in tokenize(matching_view(text)):
        assert 0 <= t.start < t.end <= len(text)
        assert fold_text(text[t.start:t.end]).replace("\u2026", "...") != "" or t.text
