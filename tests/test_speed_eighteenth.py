"""Speed changes of the eighteenth session that must not change any output.

A guarded pattern that opens with ``\\b`` before literal alternatives is searched through its
lead (the pattern without the ``\\b``) and tried where the lead matches: the same matches,
groups and spans as the engine's own search, in a window of the text too.
"""
from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.resources.regexneedles import led
from quotecheck.resources.regexprefilter import Guarded, guard

# shapes of the framing and credit patterns: a word list after \b, then a tail that may
# fail after the word matched (so the lead matches where the pattern does not)
LED_PATTERNS = [
    (r"\b(?:accus(?:e|ed|es|ing)|blam(?:e|ed|ing))\b(?:\s+[\w'.\-]+){0,3}?\s+of\s+(?P<c>\w+)", 0),
    (r"\b(?:the|an?|his|that)\s+(?:alleged|supposed)\b", 0),
    (r"\b(?:ask|asked|wonder)\b(?:\s+\w+)?\s+(?:what|whether|if)\b", 0),
    (r"\bwhat\s+(?:[\w'.\-]+\s+){1,3}?(?:called|branded)\b", 0),
    (r"\b(?:in|by)\s+(?:his|her|[\w\-]+'s?)\s+(?:account|view)", 0),
    (r"\b[Mm]aterial from (?P<names>[^.\n]{2,20}?) used", 0),
    (r"\bof[^\S\n]+(?P<names>[A-Z][\w&.\-]*)(?=[.,])", 0),
    (r"\b(?:vow|vowed|hope)\s+to\s+(?=[a-z])", 0),
]
WORDS = ["accused", "accuse", "blamed", "the", "an", "alleged", "supposed", "asked", "wonder",
         "what", "whether", "called", "branded", "in", "by", "his", "Lee's", "account", "view",
         "Material", "material", "from", "used", "of", "Acme", "vowed", "VOW", "to", "go",
         "faccused", "xthe", "whatever", "inaccount", "ofA", "_of", "it", "'s"]
SEPARATORS = [" ", "  ", "\n", ", ", ". ", "-", "'", "\u2019", ""]


def _text(draw_words: list, draw_seps: list) -> str:
    return "".join(w + s for w, s in zip(draw_words, draw_seps))


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return (a.span(), a.groups(), a.groupdict(), a.re) == (b.span(), b.groups(), b.groupdict(),
                                                          b.re)


def test_led_patterns_get_a_lead():
    for source, flags in LED_PATTERNS:
        raw = re.compile(source, flags)
        assert led(raw), source
        g = guard(raw)
        assert isinstance(g, Guarded) and g.lead is not None, source
    # no lead where the rest gives the engine nothing to skip to, or may match empty
    assert not led(re.compile(r"\b(?:his|[\w\-]+'s)\s+claim"))
    assert not led(re.compile(r"\b(?:a|b)?"))
    assert not led(re.compile(r"\bx|\by"))
    assert not led(re.compile(r"(?:the)\s+alleged"))
    assert not led(re.compile(r"\b(?:vow|hope)\s+to", re.I))   # cased letters, folded


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=16), st.lists(st.sampled_from(SEPARATORS),
                                                               min_size=16, max_size=16),
       st.integers(0, 200), st.integers(0, 200))
def test_led_search_matches_as_the_engine(words, seps, pos, width):
    text = _text(words, seps)
    pos = min(pos, len(text))
    end = pos + width
    for source, flags in LED_PATTERNS:
        raw = re.compile(source, flags)
        g = guard(raw)
        for a, b in zip(g.finditer(text), raw.finditer(text)):
            assert _same(a, b), (source, text)
        assert len(list(g.finditer(text))) == len(list(raw.finditer(text)))
        assert [m.span() for m in g.finditer(text, pos, end)] == \
            [m.span() for m in raw.finditer(text, pos, end)], (source, text, pos, end)
        assert _same(g.search(text), raw.search(text)), (source, text)
        assert _same(g.search(text, pos, end), raw.search(text, pos, end)), (source, text, pos)
        # the lead's own search, the needle test aside
        assert _same(g._led_search(text, pos, sys.maxsize), raw.search(text, pos))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab1_'-. \t\n,\u00e9\u2019\u0660", max_size=30), st.integers(0, 35),
       st.integers(0, 35))
def test_prev_word_is_the_search_of_the_last_word(text, pos, endpos):
    from quotecheck.framing.verbcontext import PREV_WORD, prev_word

    assert _same(prev_word(text, pos, endpos), PREV_WORD.search(text, pos, endpos)), \
        (text, pos, endpos)
    assert _same(prev_word(text, 0, len(text)), PREV_WORD.search(text)), text


PERIOD_WORDS = ["in", "In", "during", "for", "through", "the", "week", "weeks", "quarter",
                "ended", "ending", "that", "to", "May", "MAY", "may", "June", "JUNE", "Sept.",
                "september", "Jan", "march", "29", "3", "2021", "\u017fept", "fell", "rose",
                "by", "Dec.", "december"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PERIOD_WORDS), max_size=12),
       st.lists(st.sampled_from([" ", ", ", ". ", "\n", "  "]), min_size=12, max_size=12))
def test_period_in_is_the_two_searches(words, seps):
    from quotecheck.provenance.figure_periods import _patterns, period_in

    text = _text(words, seps)
    ended, month, _ = _patterns()
    m = ended.search(text) or month.search(text)
    want = " ".join(m.group(1).lower().replace(".", "").split()) if m else None
    assert period_in(text) == want, text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab,A. \t\n\r\"", max_size=40))
def test_blank_line_matches_are_the_engines(text):
    from quotecheck.framing.quotespans import _BREAK, _WRAP, _blank_line_matches

    for pattern in (_WRAP, _BREAK):
        assert [m.span() for m in _blank_line_matches(pattern, text)] == \
            [m.span() for m in pattern.finditer(text)], (pattern.pattern, text)


STANCE_WORDS = ["Sadly", "sadly", "(thankfully)", "(", ")", "sure,", "Sure", "perhaps", "not",
                "Perhaps", "of", "course", "the", "plan", "\u201c", "--", "?", ".", "nope",
                "(of course)", "ironically"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(STANCE_WORDS), max_size=8),
       st.lists(st.sampled_from([" ", "", ", ", "\n"]), min_size=8, max_size=8))
def test_stance_mark_found_where_the_alternation_is(words, seps):
    from quotecheck.framing.genre import _MARKS

    stance = dict(_MARKS)["stance"]
    whole = re.compile(stance.opening.pattern + "|" + stance.found.pattern)
    text = _text(words, seps)
    assert bool(stance.search(text)) == bool(whole.search(text)), text
