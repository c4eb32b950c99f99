"""Orthographic normalisation: house style compares equal and is named, substance is not."""
import pytest

from quotecheck.align.orthography import (canonical, expand_contraction, is_variant,
                                          orthographic_kind, singular, spelling_map, words)
from quotecheck.text.normalize import matching_view, tokenize
from quotecheck.text.textview import TextView


@pytest.mark.parametrize("a,b,kind", [
    ("colour", "color", "spelling"),
    ("normalise", "normalize", "spelling"),
    ("neighbourhood", "neighborhood", "spelling"),
    ("won\u2019t", "will not", "contraction"),
    ("aren't", "are not", "contraction"),
    ("2,030", "2030", "number-format"),
    ("well-organised", "well organized", "hyphenation"),
    ("co-ordinated", "coordinated", "hyphenation"),
    ("Ib\u00e1\u00f1ez", "Ibanez", "diacritics"),
    ("d\u2019\u00e9tat", "d'\u00e9tat", "typography"),
    ("Revolutions", "revolutions", "case"),
])
def test_orthographic_kinds(a, b, kind):
    assert orthographic_kind(a, b) == kind


@pytest.mark.parametrize("a,b", [("bravery", "courage"), ("states", "country"),
                                 ("2,030", "2,500"), ("not", "now"), ("technologies", "technology")])
def test_substantive_differences_are_not_orthographic(a, b):
    assert orthographic_kind(a, b) is None


def test_spelling_map_comes_from_varcon_pack():
    m = spelling_map()
    assert m["colour"] == "color" and m["organised"] == "organized"
    assert "color" not in m  # American forms are the canonical ones, never remapped
    assert len(m) > 10000


def test_canonical_forms():
    assert canonical("2,030") == "2030"
    assert canonical("well-organised") == "wellorganized"
    assert canonical("colour's") == "color's"
    assert is_variant("destabilise", "destabilize")
    assert not is_variant("states", "state")


def test_contractions_expand():
    assert expand_contraction("won't") == ("will", "not")
    assert expand_contraction("aren't") == ("are", "not")
    assert expand_contraction("we'll") == ("we", "will")
    assert expand_contraction("kazakhstan's") == ("kazakhstan's",)


def test_words_keep_original_spans_for_expansions():
    text = "We won\u2019t let anyone destabilise it"
    ws = words(tokenize(matching_view(TextView.identity(text))))
    assert [w.norm for w in ws] == ["we", "will", "not", "let", "anyone", "destabilize", "it"]
    will, nt = ws[1], ws[2]
    assert (will.start, will.end) == (nt.start, nt.end)
    assert text[will.start:will.end] == "won\u2019t"


def test_singular():
    assert singular("technologies") == "technology"
    assert singular("states") == "state"
    assert singular("people") == "person"
    assert singular("country") is None
    assert singular("news") is None and singular("analysis") is None
