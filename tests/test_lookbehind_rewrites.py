"""Regexes rewritten for speed (the first character read, then a look back from after it,
instead of a leading lookbehind the engine tries at every character) find exactly what the
plain leading-lookbehind form finds: spans and groups, with and without pos/endpos."""
from __future__ import annotations

import importlib
import random
import re

import pytest

# (module, name, the plain form, characters the strings are made of)
CASES = [
    ("quotecheck.provenance.debris", "_DOUBLED_PUNCT",
     r"(?<=\w)[.,;:][ \t]+[.,;:](?=\s|$)|(?<=\w)([,;:])\1|(?<=[a-z])\.\.(?!\.)",
     ["a", "A", "1", "_", ".", ",", ";", ":", " ", "\t", "\n", "..", ",,", "\u00e9"]),
    ("quotecheck.provenance.pairfeatures", "_NAME",
     r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:[-\u2019'][A-Za-z]+)*",
     ["A", "a", "Ab", "b", " ", ".", "!", "\n", "\u00c9", "\u00e9", "1", "_", "'", "\u2019", "-"]),
    ("quotecheck.provenance.figures", "_NUM",
     r"(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w]|[.,]\d)",
     ["1", "9", "0", ",", ".", " ", "a", "_", ",000", "\n", "\u0663"]),
    ("quotecheck.provenance.figure_referents", "YEAR",
     r"(?<![\w.,])(?:19|20)\d\d(?![\w]|[.,]\d)",
     ["1", "9", "19", "20", "0", ",", ".", " ", "a", "_", "2", "\n"]),
]


@pytest.mark.parametrize("module, name, plain, alphabet", CASES,
                         ids=[f"{m.rsplit('.', 1)[-1]}.{n}" for m, n, _, _ in CASES])
def test_rewritten_regex_matches_the_plain_form(module, name, plain, alphabet):
    fast = getattr(importlib.import_module(module), name)
    slow = re.compile(plain, fast.flags)
    rng = random.Random(name)
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        i = rng.randint(0, len(text))
        j = rng.randint(i, len(text))
        for args in ((text,), (text, i, j)):
            assert ([(m.span(), m.groups()) for m in fast.finditer(*args)]
                    == [(m.span(), m.groups()) for m in slow.finditer(*args)]), (text, args)


def test_time_phrase_trie_matches_the_longest_first_alternation():
    """The integrity checks' time phrases as a character trie find what the alternation of
    the phrases, longest first, finds ("last weekend" before "last week")."""
    from quotecheck.provenance.integrity import _cfg, _time_regex

    phrases = _cfg()["time_phrases"]
    plain = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.I)
    pieces = (list(phrases) + [p.upper() for p in phrases] + [p[:-1] for p in phrases]
              + [p + "s" for p in phrases] + ["a", " ", "-", "On", "LAST", "\n", "\u00e9", "1"])
    rng = random.Random("time phrases")
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        assert ([m.span() for m in _time_regex().finditer(text)]
                == [m.span() for m in plain.finditer(text)]), text
