"""Patterns rewritten to open with one character class (speed26) match exactly what the
branched patterns they replaced matched: derivation's word and sentence-end patterns and the
matching view's fold-one-by-one class, quote_regions' double marks, and the framing
pronoun patterns of voicelines and pagemarks (first letter first, the word boundary behind)."""
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quotecheck.provenance.derivation import _SENT_END, _WORD
from quotecheck.provenance.quoteregions import _MARKS
from quotecheck.text.normalize import _FOLDED_ONE_BY_ONE

_WORD_BRANCHES = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\w+(?:['\u2019\-]\w+)*",
                            re.UNICODE)
_SENT_END_BRANCHES = re.compile(
    r"[.!?\u2026](?<![.!?\u2026][.!?\u2026])[.!?\u2026]*"
    r"[\"'\u201d\u2019)\]]*(?=\s+(?:``|[\"'\u201c\u2018(\[])?[A-Z0-9])"
    r"|[.!?](?<=[a-z]{2}[.!?])[\"\u201d]?(?=[\"\u201c]?[A-Z][a-z])")
_FOLD_BRANCHES = re.compile(r"[^\x00-\x7f]|[`\t]")
_MARKS_BRANCHES = re.compile("``|''|[\u201c\u201d\"\u00ab\u00bb\u201e\ufffd\n]")

# figures (ASCII and other decimal digits, a superscript that is a word character but no
# digit), the joiners, letters, the underscore, spaces
_WORD_ALPHABET = "0123 45,.'\u2019-_aZ\u00e9\u00df\u0663\u00b2\u2026\n"
_SENT_ALPHABET = "ab AZ09.!?\u2026\"'\u201c\u201d\u2018\u2019()[]`\n\t"


def _spans(pattern, text, *bounds):
    return [m.span() for m in pattern.finditer(text, *bounds)]


@settings(max_examples=400)
@given(st.text(alphabet=_WORD_ALPHABET, max_size=40))
@example("2,030.5 and 1,00 or 5,5. a-b's \u0663,\u0663\u0663\u0663 \u00b22 _1 1234,567 rock-'n'-roll")
def test_word_pattern_matches_as_the_branches(text):
    assert _spans(_WORD, text) == _spans(_WORD_BRANCHES, text)
    for start in range(len(text)):      # prepare searches each sentence's span
        assert _spans(_WORD, text, start, len(text) - start % 3) == \
            _spans(_WORD_BRANCHES, text, start, len(text) - start % 3)


@settings(max_examples=400)
@given(st.text(alphabet=_SENT_ALPHABET, max_size=40))
@example("ocean.The end\u2026 Next. \"Then\" ab?\u201dCd x\u2026Yo ab\u2026Cd ... A. ..B ab.\u201cCd e!. F")
def test_sentence_end_matches_as_the_branches(text):
    for start in range(len(text) + 1):
        assert _spans(_SENT_END, text, start) == _spans(_SENT_END_BRANCHES, text, start)


@settings(max_examples=200)
@given(st.text(max_size=40))
@example("".join(map(chr, range(0x200))) + "\U0001F600`\t")
def test_fold_class_matches_as_the_branches(text):
    assert _spans(_FOLDED_ONE_BY_ONE, text) == _spans(_FOLD_BRANCHES, text)


@settings(max_examples=300)
@given(st.text(alphabet="`'a \u201c\u201d\"\u00ab\u00bb\u201e\ufffd\n", max_size=30))
@example("``a'' ` ' x''' ```` \u201c\u201d\"\u00ab\u00bb\u201e\n'`'`")
def test_marks_match_as_the_branches(text):
    assert [(m.group(), m.span()) for m in _MARKS.finditer(text)] == \
        [(m.group(), m.span()) for m in _MARKS_BRANCHES.finditer(text)]


@settings(max_examples=300)
@given(st.text(alphabet="us _\u00e9.x\n", max_size=30))
@example("us usus _us us_ xus us. (us) \u00e9us us\u00e9 u s")
def test_us_matches_as_the_bounded_word(text):
    from quotecheck.framing.voicelines import _US

    assert _spans(_US, text) == _spans(re.compile(r"\bus\b"), text)


@settings(max_examples=300)
@given(st.text(alphabet="yourselvcan '\u2019_ \n", max_size=40))
@example("you your yours yourself you're you\u2019ll _you our ourselves our staff you can also hear")
def test_pagemarks_pronouns_match_as_the_bounded_words(text):
    from quotecheck.framing.pagemarks import _SERVICE_YOU, _WE, _YOU

    for new, old in ((_YOU, r"\b(?:you|your|yours|yourself|you['\u2019](?:re|ve|ll|d))\b"),
                     (_WE, r"\b" + _WE.pattern[len(r"o(?<=\bo)"):].replace("ur", "our", 1)),
                     (_SERVICE_YOU, r"\b" + _SERVICE_YOU.pattern[len(r"y(?<=\by)"):].replace(
                         "ou", "you", 1))):
        assert _spans(new, text) == _spans(re.compile(old), text)
