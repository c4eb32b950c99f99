"""The faster steps of ``compare`` (issue 11, sixth pass) decide exactly what the plain ones did.

Each test keeps the plain form as the reference, on hypothesis-generated texts of our own
words: a lexicon's hits with the whole-text first-word test against its regex alone, line
kinds under the rules cut to a document against the full rules, a rendering's token
starts mapped in C against the Python loop, and the voice tests of an opinion piece on
sentences found once against each finding them itself.
"""
from __future__ import annotations

from align_fixtures import doc
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.align.renderings import doc_tokens
from quotecheck.load import furniture
from quotecheck.text.lexicon import PhraseMatcher, text_words

_ENTRIES = {"claim": "claim", "claimed": "claim", "so called": "term", "lash out": "lash",
            "regime": "regime", "u.s. officials": "officials", "o'neill said": "name"}
_PIECES = ["claim", "claims", "claimed", "so", "called", "so-called", "so  called", "lash",
           "out", "regime", "regimes", "u.s.", "officials", "o'neill", "said", " ", "-", "_",
           "\n", "x", "é", ".", "'", "the "]
_texts = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_lexicon_hits_with_the_first_word_test_as_the_regex_alone(text):
    for entries in (_ENTRIES, {k: v for k, v in _ENTRIES.items() if "." not in k
                               and "'" not in k}):
        m = PhraseMatcher(entries)
        plain = [x.span(1) for x in m.regex.finditer(text)]
        assert [(h.start, h.end) for h in m.finditer(text)] == plain, (entries, text)
        assert [(h.start, h.end) for h in m.finditer(text, 0, len(text))] == plain


def test_first_words_known_only_when_all_word_characters():
    assert PhraseMatcher({"so called": "t", "regime": "r"}).first_words == {"so", "regime"}
    # "u.s." is no run of word characters: a text without the word "u" may still match
    assert PhraseMatcher({"u.s. officials": "o"}).first_words is None
    m = PhraseMatcher({"lash out": "l"})
    assert list(m.finditer("they lashed out")) == []      # no first word: no scan
    assert [h.value for h in m.finditer("they lash-out")] == ["l"]
    words = text_words("a so-called b_c")
    assert words == {"a", "so", "called", "b_c"} and text_words("a so-called b_c") == words


_LINE_PIECES = ["Photo: the harbour", "Photo credit: J. Doe", "(hide caption)", "By Ana Ruiz",
                "LISBON (AP) \u2014", "var x = 1;", "The council met on Monday.", "Read more",
                "via Reuters", "Getty Images", "a", " ", "1 of 12", "{\"id\": 1}", "QUITO"]
_docs = st.lists(st.lists(st.sampled_from(_LINE_PIECES), min_size=1, max_size=3)
                 .map(" ".join), max_size=10).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(_docs)
def test_line_kinds_under_the_rules_cut_to_the_text_as_under_all(text):
    r = furniture.rules()
    present = furniture._present(r, text)
    for s, e in furniture.text_lines(text):
        assert furniture._shape(text[s:e], present) == furniture._shape(text[s:e], r)
    furniture._SHAPES.clear()
    kinds = furniture._line_kinds(text, furniture.text_lines(text), r)
    assert kinds == [furniture._shape(text[s:e], r) for s, e in furniture.text_lines(text)]


def test_rendering_token_starts_as_each_token_start():
    d = doc("a.txt", "The minister said: \u201cWe will act.\u201d Mr. Lima agreed, U.S. aides said.")
    toks, starts = doc_tokens(d)
    assert starts == [t.start for t in toks] and len(starts) > 5


class _Voice:
    """A narration as the voice tests read it: text, the mask, scope and headline tests."""

    MASK = "\x00"

    def __init__(self, text: str, cut: int):
        self.text = text
        self.cut = cut
        self.doc = self     # the voice tests read the original text for "US" (genre20)

    def original(self, start: int, end: int) -> tuple:
        return start, end

    def in_scope(self, scope: str, pos: int) -> bool:
        return pos % 5 != self.cut

    def in_headline(self, pos: int) -> bool:
        return pos < 3


_VOICE = ["i think we lost. ", "you know it. ", "frankly, no. ", "why? ", "let's go. ",
          "the council met. ", "my view is \"plain\". ", "it rained\x00 again. ",
          "our town voted.\n", "word " * 40 + ". "]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_VOICE), max_size=30), st.integers(0, 5))
def test_voice_tests_on_sentences_found_once_as_on_their_own(sentences, cut):
    from quotecheck.framing.genre import _voice_sentences, personal_voice, reader_address

    voice = _Voice("".join(sentences), cut)
    found = list(_voice_sentences(voice))
    assert personal_voice(voice, found) == personal_voice(voice)
    assert reader_address(voice, found) == reader_address(voice)


@settings(max_examples=300, deadline=None)
@given(_texts, st.integers(3, 12))
def test_matches_tried_where_first_words_begin_as_the_piecewise_scan(text, size):
    from quotecheck.resources.regexsafe import (bounded_finditer, bounded_matches_at,
                                                cut_at_spaces)
    from quotecheck.text.lexicon import offsets_of

    m = PhraseMatcher({k: v for k, v in _ENTRIES.items() if "." not in k and "'" not in k})
    starts = offsets_of(text, m.first_words & text_words(text))
    plain = [x.span(1) for x in bounded_finditer(m.regex, text, size=size)]
    if cut_at_spaces(text, size):   # else a cut inside a word ends a hit: the full scan runs
        assert [x.span(1) for x in bounded_matches_at(m.regex, text, starts, size)] == plain
    # every start tried: the piecewise scan itself, whatever the cuts
    every = list(range(len(text)))
    assert [x.span(1) for x in bounded_matches_at(m.regex, text, every, size)] == plain


def test_a_text_cut_inside_a_word_is_told_apart():
    from quotecheck.resources.regexsafe import cut_at_spaces

    assert not cut_at_spaces("u.s.claimclaim", 9)     # no space in the piece: cut anywhere
    assert cut_at_spaces("u.s. claim claim", 9) and cut_at_spaces("u.s.claimclaim")


def test_hit_values_kept_per_matched_text_as_looked_up():
    m = PhraseMatcher({"so called": "term", "claim": "claim"})
    hits = list(m.finditer("so-called claim; so  called claim")) + list(
        m.finditer("so called and so-called"))
    assert [h.value for h in hits] == ["term", "claim", "term", "claim", "term", "term"]
    assert m.value("So-Called") == "term" and m.value("so-called") == "term"
    assert m.value("nothing") is None and m.value("nothing") is None
