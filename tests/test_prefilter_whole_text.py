"""Guarded.may_match's whole-text path (``in`` instead of bounded ``str.find``, issue #11
speed) answers as the bounded search over the needles does, with and without bounds and case
folding."""
from __future__ import annotations

import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from quotecheck.resources.regexprefilter import Guarded, fold

NEEDLES = ("said", "ask", "\u0131t", "of ")
texts = st.lists(st.sampled_from(["said", "Said", "ASK", "as", "k", "of", " ", "\u0130", "\u0131",
                                  "t", "x", "\u017f"]), max_size=12).map("".join)
bounds = st.one_of(st.just((0, sys.maxsize)), st.tuples(st.integers(0, 40), st.integers(0, 60)))


def _plain(guarded, string, pos, endpos):
    hay = fold(string) if guarded.ignore else string
    if len(hay) != len(string):
        pos, endpos = 0, sys.maxsize
    return any(hay.find(n, pos, endpos) >= 0 for n in guarded.needles)


@given(texts, bounds, st.booleans())
def test_may_match_as_the_bounded_search(text, bound, ignore):
    regex = re.compile("said|ask|of ", re.IGNORECASE if ignore else 0)
    guarded = Guarded(regex, NEEDLES, True, True)
    pos, endpos = bound
    assert guarded.may_match(text, pos, endpos) == _plain(guarded, text, pos, endpos)
    assert guarded.may_match(text) == _plain(guarded, text, 0, sys.maxsize)


@given(texts, bounds, st.booleans())
def test_search_and_finditer_as_the_pattern(text, bound, ignore):
    regex = re.compile("said|ask|of ", re.IGNORECASE if ignore else 0)
    guarded = Guarded(regex, NEEDLES[:1] + NEEDLES[1:2] + NEEDLES[3:], True, True)
    for pos, endpos in (bound, (0, sys.maxsize), (0, len(text))):
        found = guarded.search(text, pos, endpos)
        plain = regex.search(text, pos, endpos)
        assert (found and found.span()) == (plain and plain.span())
        assert ([m.span() for m in guarded.finditer(text, pos, endpos)]
                == [m.span() for m in regex.finditer(text, pos, endpos)])
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in regex.finditer(text)]
