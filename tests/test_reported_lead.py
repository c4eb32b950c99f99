"""The letter-first forms of the reported-view patterns (issue #11 speed, regexlead) find what
the word-boundary patterns they replace find, on generated text and with search bounds."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from quotecheck.framing import reported
from quotecheck.resources.regexlead import lead, leading

PIECES = ["ask", "asked", "wonder", "what", "they", "said", "was", "accused", "accusing", "of",
          "being", "by", "saying", "calling", "hoped", "pledged", "to", "denied", "the",
          "claim", "that", "tirade", "rant", "against", "some", "may", "find", "whether",
          "xasked", "_what", "\u00e9of", "Ask", "What", "him", ",", " ", "  ", "\n", "-", "'",
          "\u2019", "\u00a0", "\u00e9"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=30).map(
    lambda parts: " ".join(parts))
cuts = st.tuples(st.integers(0, 300), st.integers(0, 300))


def _plain_patterns():
    """(original, used) pairs: each reported pattern and the form more_reported_spans uses."""
    pairs = [(reported._ASKED, reported._data()[2])]
    for name in ("_GERUND", "_FIND_HOLDERS"):
        used = getattr(reported, name)
        pairs.append((re.compile(plain_source(getattr(used, "regex", used))), used))
    for p in reported._data():
        if isinstance(p, frozenset):
            continue
        fast = getattr(p, "regex", p)
        pairs.append((re.compile(plain_source(fast), fast.flags), p))
    return pairs


def plain_source(regex: re.Pattern) -> str:
    """The word-boundary form of a letter-first pattern: lead() only inserts the look-behind
    after the first letters and drops the leading boundary (no source pattern holds it)."""
    if "(?<!\\w.)" not in regex.pattern:
        return regex.pattern
    return "\\b" + regex.pattern.replace("(?<!\\w.)", "")


def _found(pattern, text, a, b):
    return [(m.span(), m.groups()) for m in pattern.finditer(text, a, b)]


@given(texts, cuts)
def test_reported_patterns_find_what_the_plain_ones_find(text, cut):
    a, b = sorted(min(c, len(text)) for c in cut)
    for plain, used in _plain_patterns():
        assert _found(used, text, a, b) == _found(plain, text, a, b), plain.pattern[:60]


WORDS = st.lists(st.sampled_from(["ask", "asks", "wonder", "of", "by", "in", "what", "a"]),
                 min_size=1, max_size=5)


@given(WORDS, texts, cuts)
def test_leading_matches_the_boundary_alternation(words, text, cut):
    plain = re.compile(r"\b(?:%s)\b\s*(\w*)" % "|".join(words))
    fast = leading(plain)
    assert fast is not plain
    a, b = sorted(min(c, len(text)) for c in cut)
    assert _found(fast, text, a, b) == _found(plain, text, a, b)


def test_the_fast_forms_are_in_use():
    pairs = _plain_patterns()
    assert sum(p.pattern != getattr(u, "regex", u).pattern for p, u in pairs) >= 9


def test_lead_leaves_what_it_cannot_rewrite():
    assert lead(r"\b(?:his|[\w\-]+'s)") is None       # a class opens one path
    assert lead(r"\b(?:a|b)?c") is None                # the group may match nothing
    assert lead(r"(?:ask)") is None                     # no leading boundary
    assert lead(r"\b(?:ask|wonder)\b") == r"(?:a(?<!\w.)sk|w(?<!\w.)onder)\b"
    ignore = re.compile(r"\b(?:ask)", re.IGNORECASE)
    assert leading(ignore) is ignore
