"""The shared word scan (text.wordcount) and the carousel test's shortcut give the answers of
the scans they replaced (speed30)."""
from __future__ import annotations

import random
import re

from quotecheck.load.lineshape import _LOWER_WORD, carousel
from quotecheck.rules.ruletypes import Substitution
from quotecheck.text.textview import TextView
from quotecheck.text.wordcount import WORD, distinct_words, word_count
from quotecheck.model import Document

_LETTER_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")

SAMPLES = [
    "The colour of the new logo, a grey-ish tone, drew 12 complaints; the color changed.",
    "Covid-19's toll: 3-4 weeks of x\u00b2 growth, na\u00efve models and don\u2019t-care rules.",
    "A_b c--d e-'f 1a-b2 \u2167 mixed \u0661\u0662 digits and \u03a3\u0391\u03a3 letters.",
    "",
]


def _letter_words(text: str) -> set:
    """The spelling rule's distinct lower-cased words as one scan of the text read them."""
    return set(map(str.lower, set(_LETTER_WORD.findall(text))))


def _via_shared(text: str) -> set:
    letters = []
    for w in distinct_words(text):
        letters.extend([w] if w.isalpha() else _LETTER_WORD.findall(w))
    return set(map(str.lower, letters))


def test_word_count_is_the_number_of_word_matches_scanned_or_remembered():
    for text in SAMPLES:
        assert word_count(text) == len(WORD.findall(text))
        distinct_words(text)
        assert word_count(text) == len(WORD.findall(text))


def test_letter_words_read_from_the_shared_scan_equal_a_scan_of_the_text():
    rng = random.Random(7)
    pool = "abcXYZ\u00e9\u03a3\u03c3_ 0123'\u2019-\u00b2\u2167\u0663\u0301.,\n"
    texts = SAMPLES + ["".join(rng.choice(pool) for _ in range(rng.randrange(1, 30)))
                       for _ in range(3000)]
    for text in texts:
        assert _via_shared(text) == _letter_words(text), text


def test_spelling_rule_finds_mixed_spellings_through_the_shared_scan():
    text = "The colour was odd. Later the color was fixed, and the colour stayed."
    doc = Document("d", "d.txt", text, TextView.identity(text))
    hits = Substitution._group_words(doc, {"colour": 1, "color": 1, "grey": 2, "gray": 2})
    first, second = text.find("colour"), text.rfind("colour")
    assert [(w, s) for w, _, s, _ in hits] == [("colour", first), ("color", text.find("color ")),
                                               ("colour", second)]


def _carousel_by_every_word(line, n=5, times=3, varied=0.5, every=100):
    """The carousel test as it read every run before the shortcut."""
    shown = line.split()
    words = line.casefold().split()
    runs = [tuple(words[k:k + n]) for k in range(len(words) - n + 1)]
    if not runs or len(set(runs)) < varied * len(runs):
        return False
    seen: dict = {}
    for k, key in enumerate(runs):
        if k == 0 or not _LOWER_WORD.match(shown[k - 1]):
            seen[key] = seen.get(key, 0) + 1
    return bool(seen) and max(seen.values()) >= max(times, len(words) / every)


def test_carousel_shortcut_gives_the_answers_of_every_run_counted():
    rng = random.Random(11)
    vocab = "Next Embed Share CLOSE TOP CLIPS the a of report x Video".split()
    answers = set()
    for _ in range(3000):
        line = " ".join(rng.choice(vocab) for _ in range(rng.randrange(0, 50)))
        for args in ((), (3, 2, 0.3, 50), (1, 1, 0.1, 1), (0, 1, 0.1, 1)):
            expected = _carousel_by_every_word(line, *args)
            assert carousel(line, *args) == expected, (line, args)
            answers.add(expected)
    assert answers == {True, False}
