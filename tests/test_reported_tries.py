"""The reported-speech scans read their word lists as character tries only where a trie
matches what the listed alternation matches (text.lexicon.word_alternation)."""
import re

from quotecheck.framing.reported import _data
from quotecheck.text.lexicon import word_alternation

TEXT = ("He blasted the plan for its cost; critics blast it for delays and lash out at it. "
        "She vowed to lash the blasts, the lashing out over the allegation that it failed.")


def _plain(words: list) -> str:
    return "|".join(map(re.escape, words))


def test_trie_matches_the_listed_alternation_where_it_is_used():
    for words, after in ((["blast", "blasted", "blasts"], r"\b"),
                         (["lash", "lashing", "allegation", "allegations"], r"\s+"),
                         (["lash out", "lash", "blast"], r"\b")):
        trie = re.compile(r"\b(?:%s)%s" % (word_alternation(words), after))
        plain = re.compile(r"\b(?:%s)%s" % (_plain(words), after))
        assert [m.span() for m in trie.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]


def test_a_shorter_word_before_a_longer_phrase_keeps_the_list_order():
    # "lash" before "lash out": the list's order decides, so no trie
    assert word_alternation(["lash", "lash out"]) == _plain(["lash", "lash out"])
    assert word_alternation(["lash out", "lash"]) != _plain(["lash out", "lash"])   # longest first
    assert word_alternation([]) == "(?!x)x"


def test_the_compiled_scans_find_what_the_plain_lists_find():
    noun_that, regard_as = _data()[:2]
    text = "his contention that it was wrong, what voters regard as dishonest and"
    assert [m.end() for m in noun_that.finditer(text)] == [19]
    assert [m.end() for m in regard_as.finditer(text)] == [len("his contention that it was "
                                                               "wrong, what voters regard as")]
