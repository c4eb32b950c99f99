"""trie_alternation: the same pattern as the trie built each time, and replayed from the warm
start in a later process instead of being built again (speed32)."""
import random
import re

import pytest

from quotecheck.resources.warmstart import WarmStart
from quotecheck.text import lexicon
from quotecheck.text.lexicon import _emit, trie_alternation, word_alternation


def _built(words, space=None) -> str:
    """The trie as it was built before (insertion in set order; _emit sorts each level)."""
    trie: dict = {}
    for w in set(words):
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie, space) or "(?!)"


@pytest.mark.parametrize("seed", range(6))
def test_same_pattern_as_the_trie_built_each_time(seed, tmp_path):
    rng = random.Random(seed)
    letters = "abcde -'.é"
    for _ in range(300):
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(0, 6)))
                 for _ in range(rng.randint(0, 12))]
        space = rng.choice((None, r"[\s\-]{1,3}"))
        assert trie_alternation(words, space) == _built(words, space)
        assert trie_alternation(iter(words), space) == _built(words, space)
    with WarmStart(tmp_path):
        assert trie_alternation(["jeer", "jeers", "jeered"]) == _built(["jeer", "jeers", "jeered"])


def test_replayed_by_a_later_process(tmp_path, monkeypatch):
    words = ["slam", "slams", "slammed", "blast", "blasts", "lash out"]
    with WarmStart(tmp_path):      # first process: builds and stores
        first = word_alternation(sorted(words, key=len, reverse=True))

    def no_build(*_):
        raise AssertionError("built again")

    monkeypatch.setattr(lexicon, "_emit", no_build)
    with WarmStart(tmp_path):      # a later one: replays
        again = word_alternation(sorted(words, key=len, reverse=True))
    assert again == first
    assert re.fullmatch(first, "slammed") and not re.fullmatch(first, "slamming")


def test_a_stored_value_that_is_no_pattern_is_a_miss(tmp_path):
    """A remembered entry of another type (a store from other code) is built again, never
    returned as the pattern."""
    from quotecheck.resources.storeformat import dump_value
    from quotecheck.resources.warmstart import data_key

    words = ["jeer", "jeers"]
    with WarmStart(tmp_path) as warm:
        warm.memo["trie:" + data_key(sorted(words), None)] = dump_value(["not", "a", "pattern"])
        assert trie_alternation(words) == _built(words)


def test_a_phrase_lexicon_is_remembered_once(tmp_path):
    """A phrase matcher's pattern lives in its own 'phrases:' entry only: no second 'trie:'
    entry for the same pattern (the final read's mend)."""
    with WarmStart(tmp_path) as warm:
        lexicon.PhraseMatcher({"jeer": "jeer", "jeered at": "jeer"})
        assert [k for k in warm.memo if k.startswith("trie:")] == []
        assert len([k for k in warm.memo if k.startswith("phrases:")]) == 1


def test_a_stored_phrase_entry_that_is_no_table_is_a_miss(tmp_path):
    from quotecheck.resources.storeformat import dump_value
    from quotecheck.resources.warmstart import data_key

    entries = {"jeer": "jeer", "jeered at": "jeer"}
    with WarmStart(tmp_path) as warm:
        warm.memo["phrases:" + data_key(list(entries.items()))] = dump_value("not a table")
        matcher = lexicon.PhraseMatcher(entries)
    assert [h.value for h in matcher.finditer("They jeered at him.")] == ["jeer"]
