"""speed34: opinion_reason skips the 'I' and 'you' tests of genre when voice_features found
no 'I' or 'you' in the voice sentences; sound because voicescore's patterns match wherever
genre's _MARKS patterns do (checked here on invented sentences)."""
import random

from quotecheck.framing import genre, voicescore

_TOKENS = ["i", "I", "i'm", "i'll", "i'd", "me", "my", "myself", "mine", "you", "your", "yours",
           "yourself", "yourselves", "you're", "you'd", "young", "youth", "iowa", "medal", "mys",
           "x-i", "_i", "oui", "you_", "éyou", "i.", "i,", "say", "we", "plan", "(you)", "i?",
           "\x00\x00", "it", "in", "'i", "i'", "my-", "-my", "\n", "  "]


def _sentence(rng):
    return rng.choice(["", " "]).join(rng.choice(_TOKENS) for _ in range(rng.randint(0, 9)))


def test_voicescore_patterns_cover_the_marks():
    marks = dict(genre._MARKS)
    rng = random.Random(34)
    for _ in range(20000):
        s = _sentence(rng)
        if marks["i"].search(s):
            assert voicescore._I.search(s), s
        if marks["you"].search(s):
            assert voicescore._YOU.search(s), s
