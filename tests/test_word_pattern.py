"""The tokenizer's word pattern, written first character first (speed23), matches exactly
what the three-branch pattern it replaced matched."""
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quotecheck.text.normalize import WORD_PATTERN

_BRANCHES = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?%?|\w+(?:['\-.]\w+)*\.?",
                       re.UNICODE)
# figures (ASCII and other decimal digits, a superscript that is a word character but no
# digit), the joiners of either branch, letters, the underscore, spaces
_ALPHABET = "0123 45,.%'-_aZé\u00df\u0663\u00b2\u2026\n"


@settings(max_examples=600)
@given(st.text(alphabet=_ALPHABET, max_size=40))
@example("2,030.5 and 12% of 1,00 or 5,5. U.S. a-b's x.. \u0663,\u0663\u0663\u0663 \u00b22 _1")
@example("1,234,567.89% 12.34.56 9,999,99 1.a 1a,000 a1,000 7%-")
def test_word_pattern_matches_as_the_three_branches(text):
    assert [m.span() for m in WORD_PATTERN.finditer(text)] == \
        [m.span() for m in _BRANCHES.finditer(text)]
    for start in range(len(text)):      # a search begun anywhere (tokenize takes a start)
        assert [m.span() for m in WORD_PATTERN.finditer(text, start)] == \
            [m.span() for m in _BRANCHES.finditer(text, start)]
