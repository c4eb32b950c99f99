"""word_alternation's test of words that begin others compares each word only with
the run of words it begins in sorted order; it answers as the test of every pair did."""
from __future__ import annotations

import random

from quotecheck.text.lexicon import _prefixes_end_inside_words, word_alternation


def _every_pair(words: list) -> bool:
    return all(a[-1:].isalnum() and b[len(a)].isalnum() for a in words for b in words
               if a != b and b.startswith(a))


def test_same_answer_as_every_pair():
    rng = random.Random(36)
    alphabet = "ab c-'\u00e91"
    for _ in range(30000):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4)))
                 for _ in range(rng.randint(0, 8))]
        assert _prefixes_end_inside_words(words) == _every_pair(words), words


def test_examples():
    assert _prefixes_end_inside_words(["blast", "blasts", "ban"])
    assert not _prefixes_end_inside_words(["so", "so-called"])
    assert not _prefixes_end_inside_words(["", "word"])
    assert word_alternation(["blast", "blasts"]) == word_alternation(["blasts", "blast"])
    assert word_alternation(["so", "so-called"]) == "so|so\\-called"
