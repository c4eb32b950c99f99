"""speed34: a pattern opening with a listed word is tried only where those words occur
(text.wordled.WordLed); its matches are the pattern's own finditer's."""
import random
import re

import pytest

from quotecheck.framing.reported import _data
from quotecheck.text.lexicon import word_alternation
from quotecheck.text.wordled import WordLed

_TOKENS = ["vowed", "vow", "vowing", "to", "blamed", "blame", "the", "mayor", "for", "plan",
           "as", "regard", "regards", "regarded", "e-mail", "e", "mail", "would like", "like",
           "that", "claims", "over", "of", "was", "it", "-", ",", ".", "\x00", "  ", "\n",
           "pre-vowed", "vowedly", "to-", "asked", "what", "they", "said", "blasted", "lament",
           "rejected", "notion", "claim", "demanded", "he", "urge", "depicted", "a", "painted",
           "part", "viewed", "slams", "about", "any", "allegations", "rants"]


def _text(rng):
    return "".join(rng.choice(_TOKENS) + rng.choice([" ", " ", "", "-", ", "])
                   for _ in range(rng.randint(0, 40)))


def test_word_led_finds_what_the_pattern_finds():
    words = ["vow", "vowed", "would like", "e-mail", "regard"]
    rx = re.compile(r"\b(?:%s)\b(?:\s+[\w'.\-]+){0,3}?\s+(?:to|as|for)\b" % word_alternation(words))
    led = WordLed(rx, words)
    rng = random.Random(34)
    for _ in range(4000):
        text = _text(rng)
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_reported_patterns_keep_their_matches():
    rng = random.Random(340)
    led = [p for p in _data() if isinstance(p, WordLed)]
    assert len(led) == 8
    fixed = ["she rejected the notion that he lied", "he dismissed any claim that it failed",
             "demanded he resign, and urged the board to act", "painted the plan as part of a"]
    for text in fixed + [_text(rng) for _ in range(1500)]:
        for p in led:
            assert [m.span() for m in p.finditer(text)] == \
                [m.span() for m in p.pattern.finditer(text)], (p.regex.pattern[:40], text)


def test_refuses_patterns_it_cannot_lead():
    with pytest.raises(ValueError):
        WordLed(re.compile(r"\b(?:vow)", re.I), ["vow"])
    with pytest.raises(ValueError):
        WordLed(re.compile(r"\b(?i:vow)"), ["vow"])
    with pytest.raises(ValueError):
        WordLed(re.compile(r"(?:-vow)"), ["-vow"])


def test_charge_finding_and_holder_patterns_keep_their_matches():
    from quotecheck.framing import charges, findings, viewholders

    led = [charges._accusers(), *charges._patterns()[:2], findings._patterns()[1],
           viewholders.holder_patterns().find_holders]
    assert all(isinstance(p, WordLed) for p in led)
    fixed = ["critics accused the mayor of cronyism and charges of fraud", "was charged with "
             "theft", "an inquiry found the unit to be negligent", "some may find this odd, and "
             "critics now see a plot"]
    rng = random.Random(341)
    extra = ["accused", "charges", "charged", "with", "inquiry", "found", "find", "see",
             "critics", "some", "may", "negligent", "be", "cronyism", "fraud"]
    for text in fixed + [" ".join(rng.choice(_TOKENS + extra) for _ in range(30))
                         for _ in range(1500)]:
        for p in led:
            assert [m.span() for m in p.finditer(text)] == \
                [m.span() for m in p.pattern.finditer(text)], (p.regex.pattern[:40], text)
