"""The faster steps of ``compare`` (issue 11, sixth pass) decide exactly what the plain ones did.

Each test keeps the plain form as the reference, on hypothesis-generated texts of our own
words: a lexicon's hits with the whole-text first-word test against its regex alone, line
kinds under the rules cut to a document against the full rules, and a rendering's token
starts mapped in C against the Python loop.
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
