"""The faster scans of extraction find exactly what the plain patterns they replace find.

Each speed-up keeps a plain reference (the pattern or search it replaced); random texts built
from our own tricky pieces (marks, apostrophes, abbreviations, non-ASCII letters, the mask
character, line breaks) and random windows must give the same matches from both.
"""
from __future__ import annotations

import random
import re

import pytest

from quotecheck.quotes import attribution, subjects
from quotecheck.quotes.attribution_words import UP, _APOS, _alternation, lexicon
from quotecheck.text import quotemarks

_PIECES = ["said", "Said", "says", "told", "tell", "added", "adds", "warned", "unsaid", "said-so",
           "Mr", "Mrs", "Gen", "St", "Dr", "U.S.", "J.", "Ana", "Lima", "Élise", "Président", "of",
           "the", "de", "van", "x", "é", "٣", "1", "_", "-", "\u2063", " ", "  ", "\u00a0", "\t",
           "\n", ",", ".", ". ", ")", "(R-OK)", "“", "”", "‘", "’", "'", '"', "``", "''", "«",
           "»", "who", "which", "Monday", "2019", "time", "day"]


def _texts(seed: int, n: int = 3000, longest: int = 12):
    rnd = random.Random(seed)
    for _ in range(n):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, longest)))
        pos = rnd.randint(0, len(text))
        yield text, pos, rnd.randint(pos, len(text))


def _found(matches) -> list:
    return [(m.span(), m.group()) for m in matches]


def test_verbs_in_finds_what_verb_re_finds():
    lex = lexicon()
    for text, pos, end in _texts(1):
        assert _found(lex.verbs_in(text, pos, end)) == \
            _found(lex.verb_re.finditer(text, pos, end)), (text, pos, end)
        assert _found(lex.verbs_in(text)) == _found(lex.verb_re.finditer(text)), text


def test_quote_marks_are_those_of_the_plain_alternation():
    plain = re.compile("``|''|[\"'\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a"
                       "\u201f\u201b]")
    for text, pos, end in _texts(2):
        assert _found(quotemarks._MARKS.finditer(text, pos, end)) == \
            _found(plain.finditer(text, pos, end)), text
        assert _found([quotemarks._MARKS.match(text, pos)] if quotemarks._MARKS.match(text, pos)
                      else []) == _found([plain.match(text, pos)] if plain.match(text, pos)
                                         else []), (text, pos)


def test_name_chain_scan_is_the_look_ahead_pattern():
    lex = lexicon()
    abbrev = _alternation(a.capitalize() for a in lex.name_abbreviations)
    cap = (rf"(?:{UP}\.(?:{UP}\.)+|(?:{abbrev})\.(?=[ \t\u00a0]+{UP})|{UP}[\w{_APOS}\-]*\w"
           rf"|{UP}\.?)")
    scan = lex.scan_re.pattern
    plain = re.compile(rf"(?={UP}){cap}" + scan[scan.index("(?:(?:[ \t\u00a0]+"):])
    for text, pos, end in _texts(3):
        assert _found(lex.scan_re.finditer(text, pos, end)) == \
            _found(plain.finditer(text, pos, end)), (text, pos, end)


@pytest.mark.parametrize("fast, plain", [
    (subjects._drop_party_tag, lambda s: subjects._PARTY_TAG.sub("", s)),
    (lambda s: subjects._relative_tail(s) and subjects._relative_tail(s).span(),
     lambda s: subjects._RELATIVE_TAIL.search(s) and subjects._RELATIVE_TAIL.search(s).span()),
    (attribution._after_quote, lambda s: attribution._AFTER_QUOTE.search(s) is not None),
])
def test_end_anchored_shortcuts_agree_with_the_plain_search(fast, plain):
    for text, _, _ in _texts(4):
        assert fast(text) == plain(text), text
