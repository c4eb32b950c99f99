"""speed34: a lexicon is tried only where its first words occur when a text holds up to
FEW_WORDS (48) of them; the hits are those of the pattern tried at every character."""
import random

from quotecheck.resources.regexsafe import bounded_finditer
from quotecheck.text import lexicon
from quotecheck.text.lexicon import PhraseMatcher, text_words

_WORDS = ["w%02d" % i for i in range(60)] + ["alpha", "beta", "gamma-ray", "de"]


def _everywhere(matcher, text):
    return [(m.span(1), m.group(1)) for m in bounded_finditer(matcher.regex, text)]


def test_many_first_words_give_the_same_hits():
    rng = random.Random(48)
    entries = {w: w for w in _WORDS}
    entries.update({"%s %s" % (rng.choice(_WORDS), rng.choice(_WORDS)): "p" for _ in range(40)})
    matcher = PhraseMatcher(entries)
    assert lexicon.FEW_WORDS == 48
    seen = 0
    for _ in range(400):
        text = " ".join(rng.choice(_WORDS + ["x", "-", "w0", "w011", "alphas"])
                        for _ in range(rng.randint(0, 120)))
        present = len(matcher.first_words & text_words(text))
        seen += 12 < present <= 48
        hits = [((h.start, h.end), h.text) for h in matcher.finditer(text)]
        assert hits == _everywhere(matcher, text), text
    assert seen > 50       # texts between the old limit and the new were tried
