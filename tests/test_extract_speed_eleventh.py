"""The faster searches of extraction (issue #12 speed, eleventh pass) find what the plain
patterns they replace find: a class-first modal and role pattern, the "smiled and" search from
the last words, the possessive-role search from the marks, the as-put-it verbs test and the
colon test before the colon-speaker search."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from quotecheck.quotes import conventions, entities, in_sentence, punctuation, subjects
from quotecheck.quotes.attribution_words import _alternation, lexicon

PIECES = ["would", "will", "could", "may", "should", "plans to", "plan to", "intends to", "is to",
          "are to", "xwould", "_may", "The", "the", "A", "an", "An", "minister", "spokesman",
          "former", "aide", "smiled", "and", "but", "said", "McCallum", "\u2019s", "'s", "'",
          "\u2019", "last", "term", "as", "As", "Surrey", "mayor", "well", "she", "put", "it",
          "phrased", "summed up", ",", " ", "  ", "\t", "\u00a0", "\n", "-", "\u2063", "\u00e9"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=30).map(
    lambda parts: " ".join(parts))
cuts = st.tuples(st.integers(0, 400), st.integers(0, 400))


def _same(a, b):
    return (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@given(texts, cuts)
def test_modal_as_the_plain_word_pattern(text, cut):
    plain = re.compile(r"\b(?:would|will|could|might|may|should|plans? to|intends? to|is to|"
                       r"are to)\b")
    a, b = sorted(min(c, len(text)) for c in cut)
    assert _same(in_sentence._MODAL.search(text, a, b), plain.search(text, a, b))


@given(texts, cuts)
def test_role_pattern_as_the_plain_one(text, cut):
    lex = lexicon()
    plain = re.compile(r"(?<![\w\-])(?:[Tt]he|[Aa]n?)(?:[ \t\u00a0]+[a-z][\w\-]*){0,2}?"
                       r"[ \t\u00a0]+(?:" + _alternation(lex.person_roles) + r")(?![\w\-])")
    a, b = sorted(min(c, len(text)) for c in cut)
    assert _same(lex.role_re.search(text, a, b), plain.search(text, a, b))


@given(texts)
def test_acted_and_as_the_whole_search(before):
    for tail in ("", " and", " but", "  smiled and", "\u00a0nodded\tand"):
        text = before + tail
        assert _same(subjects.acted_and(text), subjects.ACTED_AND.search(text))


@given(texts, st.integers(0, 400))
def test_possessive_tail_from_the_marks(text, pos):
    pos = min(pos, len(text))
    assert _same(entities._next_tail(text, pos), entities._POSSESSIVE_TAIL.search(text, pos))


@given(texts)
def test_as_put_it_needs_one_of_its_verbs(text):
    for tail in ("", " As she put it, ", " as Ann Lee phrased it"):
        m = conventions._AS_PUT_IT.search(text + tail)
        assert m is None or any(w in m.group() for w in ("put", "phrased", "summed"))


@given(texts)
def test_colon_speaker_needs_a_colon(text):
    for tail in ("", ":", " : ", ":\n", "\u00a0:\t"):
        pre = text + tail
        assert punctuation._COLON_SPEAKER.search(pre) is None or ":" in pre


def test_examples():
    assert subjects.acted_and("Ms. Sherry smiled and").group(1) == "smiled"
    assert subjects.acted_and("He stood up and").group(1) == "stood"
    assert subjects.acted_and("Ruiz, 42, and") is None
    assert in_sentence._MODAL.search("told AFP that Canberra would announce") is not None
    assert in_sentence._MODAL.search("the willow") is None
    assert lexicon().role_re.search("asked the former minister").group() == "the former minister"
    assert list(entities.possessed_roles("McCallum\u2019s last term as Surrey mayor")) == [
        (0, "McCallum", " Surrey mayor")]
