"""The faster searches of extraction (issue #12 speed, thirteenth pass) find what the plain
patterns they replace find: fragments' clause boundary opened by the class of its branches'
first characters, and without its spaced-dash branch on a range that holds no space before a
dash; the pull-line cue search at a line break, which looks at the cue's first letter first;
the reporting-verb scan walking the trie of its first letter's case only; the title, work and
chant searches skipped where the text's end is none of their last words (letters)."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from quotecheck.quotes import fragments, kinds, titles
from quotecheck.quotes.attribution_words import _VERB_LEFT, lexicon

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


PLAIN_PULL = re.compile("\n" + kinds._PULL_OPENING)
PULL_PIECES = ["\n", " ", "\t", '"', "\u201c", "\u2018", "'", "Read more", "READ MORE", "related",
               "See Also", "\u017fee also", "Watch", "LISTEN", "More", "more:", "mores", "Rel", ":"]
pull_texts = st.lists(st.one_of(st.sampled_from(PULL_PIECES), st.text(max_size=3)),
                      max_size=25).map(lambda parts: "".join(parts))


def test_pull_first_letters_are_all_the_cue_letters_match():
    # every character re matches case-insensitively for a cue's first letter is in the class
    firsts = {cue[0] for cue in ("read more", "related", "see also", "watch", "listen", "more")}
    found = {chr(c) for c in range(0x110000) if chr(c) not in "\n" and any(
        re.match("(?i:" + f + ")", chr(c)) for f in firsts)}
    assert found == set(kinds._PULL_FIRST)


@given(pull_texts)
def test_pull_at_break_as_the_plain_pattern(text):
    assert _spans(kinds._PULL_AT_BREAK.finditer(text)) == _spans(PLAIN_PULL.finditer(text))


def _plain_verb_scan():
    lex = lexicon()
    firsts = "".join(sorted({w[0] for w in lex.verb_lemma} | {w[0].upper() for w in lex.verb_lemma}))
    return re.compile(rf"[^A-Za-z0-9_\-](?=[{firsts}])" + lex._sources[0][len(_VERB_LEFT):])


FORMS = sorted(lexicon().verb_lemma)
verb_texts = st.lists(st.one_of(st.sampled_from(FORMS), st.sampled_from(FORMS).map(str.capitalize),
                                st.sampled_from(PIECES), st.text(max_size=3)),
                      max_size=25).map(lambda parts: "".join(parts))


@given(verb_texts, cuts)
def test_verb_scan_as_the_one_trie_scan(text, cut):
    a, b = sorted(min(c, len(text)) for c in cut)
    assert _spans(lexicon()._verb_scan.finditer(text, a, b)) == \
        _spans(_plain_verb_scan().finditer(text, a, b))


def test_verb_scan_finds_every_form():
    forms = FORMS + [f.capitalize() for f in FORMS]
    for sep in (" ", "-", "s "):
        text = " " + sep.join(forms)
        assert _spans(lexicon()._verb_scan.finditer(text)) == \
            _spans(_plain_verb_scan().finditer(text))


CUE_PIECES = ["Trump\u2019s", "Ann's", "on", "In", "OF", "told", "with", "during", "at", "a", "an",
              "the", "titled", "Entitled", "headlined", "author of", "according to", "co-author of",
              "authors of the", "perform", "performs", "sang", "sings", "took the stage to",
              "hits", "songs", "including", "such as", "like", "movie", "Film", "op-ed", "book",
              "called", "dubbed", "\u017fong", "\u212aing", "\u0130n", "\u0131n", " ", ",", ":",
              "\n", "\t", "\u00a0", "\u2003", "\u2063", "\u201c", "said", "x"]
cue_texts = st.lists(st.one_of(st.sampled_from(CUE_PIECES), st.text(max_size=2)), max_size=12).map(
    lambda parts: "".join(parts))


@given(cue_texts, st.integers(0, 60))
def test_cue_searches_need_a_cue_word_at_the_end(text, lo):
    lo = min(lo, len(text))
    for pattern, ends in ((titles._TITLE_CUE, titles._TITLE_CUE_ENDS),
                          (titles._WORK_CUE, titles._WORK_CUE_ENDS)):
        if pattern.search(text) is not None:
            assert titles._may_end_cue(text, ends)
        if pattern.search(text, lo, len(text)) is not None:
            assert titles._may_end_cue(text[lo:], ends)


CHANT_PIECES = ["chants", "chant", "chanting", "chanted", "calls", "cries", "cried", "shout",
                "shouting", "yelled", "cheers", "chorus", "singing", "of", " ", "\t", "\u00a0", ",",
                ":", "\n", "x", "the"]
chant_texts = st.lists(st.one_of(st.sampled_from(CHANT_PIECES), st.text(max_size=2)),
                       max_size=12).map(lambda parts: "".join(parts))


@given(chant_texts, st.integers(0, 80))
def test_chanted_as_its_search(text, at):
    at = min(at, len(text))
    assert titles.chanted(text, at) == (
        titles._CHANT.search(text, max(0, at - 16), at) is not None)


def test_examples():
    text = "Ann Lee, who left - and who was there \u2014 said that it was as \u201cbad\u201d as ever"
    found = _spans(fragments._boundaries(text, 0, len(text)))
    assert found == _spans(PLAIN_BOUNDARY.finditer(text)) and len(found) == 8
    assert _spans(fragments._boundaries("the sandbar was a wash", 0, 22)) == []
    assert _spans(fragments._boundaries("x - y", 0, 5)) == [(1, 4)]
    assert titles._may_end_cue("in the movie, ", titles._TITLE_CUE_ENDS)
    assert not titles._may_end_cue("Democrats said ", titles._WORK_CUE_ENDS)
    assert titles._may_end_cue("a \u017fong ", titles._WORK_CUE_ENDS)    # not ASCII: searched
    assert titles.chanted("chants of ,\u00a0", 13) and not titles.chanted("he said ", 8)
    assert kinds.pull_lines("Ann said.\n  \u201cREAD MORE: a story\nMore to come") == [(10, 31)]
