"""The faster clause-boundary search of extraction (issue #12 speed, thirteenth pass) finds what
the plain pattern it replaces finds: fragments' boundary opened by the class of its branches'
first characters, and without its spaced-dash branch on a range that holds no space before a
dash."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from quotecheck.quotes import fragments

PLAIN_BOUNDARY = re.compile(r"(?:[,;:\u2014\u2013]|[\u201d\"](?!\w)|[ \t\u00a0]-{1,2}(?=[ \t\u00a0])|"
                            r"\b(?:that|and|but|as|when|while|because))[ \t\u00a0]+")
PIECES = ["that", "and", "but", "as", "when", "while", "because", "whereas", "xthat", "_and",
          "-as", "band", "t", "a", "b", "w", "wh", "the", ",", ";", ":", "\u2014", "\u2013",
          "\u201d", '"', " ", "  ", "\t", "\u00a0", "-", "--", " - ", "\u00a0--\t", "\n", "\u00e9",
          "Ana", "said"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=30).map(
    lambda parts: "".join(parts))
cuts = st.tuples(st.integers(0, 400), st.integers(0, 400))


def _spans(matches):
    return [m.span() for m in matches]


@given(texts, cuts)
def test_boundary_as_the_plain_pattern(text, cut):
    a, b = sorted(min(c, len(text)) for c in cut)
    assert _spans(fragments._BOUNDARY.finditer(text, a, b)) == \
        _spans(PLAIN_BOUNDARY.finditer(text, a, b))
    assert _spans(fragments._boundaries(text, a, b)) == _spans(PLAIN_BOUNDARY.finditer(text, a, b))


def test_examples():
    text = "Ann Lee, who left - and who was there \u2014 said that it was as \u201cbad\u201d as ever"
    found = _spans(fragments._boundaries(text, 0, len(text)))
    assert found == _spans(PLAIN_BOUNDARY.finditer(text)) and len(found) == 8
    assert _spans(fragments._boundaries("the sandbar was a wash", 0, 22)) == []
    assert _spans(fragments._boundaries("x - y", 0, 5)) == [(1, 4)]
