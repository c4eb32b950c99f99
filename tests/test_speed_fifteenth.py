"""Two speed steps of issue #11 (compare) that must not change an answer: the contact-line
patterns searched one by one behind their prefilters answer as their one alternation does,
and the nouns' 'that' that reported.py searches first is in every match of the two patterns
it stands in front of (so a text without it has none of their matches)."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.framing.reported import _data
from quotecheck.provenance.derivation import _contact_patterns
from quotecheck.provenance.derivation import settings as provenance_settings

PIECES = ["call", " ", "555", "-", ".", "0100", "415", "Phone", "TEL", "fax", ":", "@", "ann",
          "lee", "mail", ".org", "(at)", "(AT)", "x", "\u017f", "\u0131", "K", "\n", "_", "+"]
REPORTED = ["his", "her", "the", "governor's", "voters'", "contention", "fear", "claim",
            "allegations", "notion", "was", "is", "has been", "remains", "that", "rejected",
            "denied", "any", "a", " ", "  ", ",", "."]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join),
       st.integers(0, 30), st.integers(0, 60))
def test_contact_patterns_answer_as_their_alternation(text, start, end):
    joined = re.compile("|".join(f"(?:{p})" for p in provenance_settings()["align"]["contact"]),
                        re.IGNORECASE)
    assert bool(joined.search(text, start, end)) == any(
        p.search(text, start, end) for p in _contact_patterns())


def test_contact_examples():
    for line, contact in (("For questions, call Ann Lee at 415-555-0100.", True),
                          ("Write to press@example.org for details.", True),
                          ("Phone: ask the desk.", True),
                          ("The telephone rang twice at 5.30 pm.", False)):
        assert any(p.search(line, 0, len(line)) for p in _contact_patterns()) is contact


@settings(max_examples=300)
@given(st.lists(st.sampled_from(REPORTED), max_size=12).map(" ".join))
def test_every_noun_that_match_holds_the_nouns_that(text):
    patterns = _data()
    noun_that, rejected, core = patterns[0], patterns[9], patterns[-1]
    if noun_that.search(text) or rejected.search(text):
        assert core.search(text)


def test_noun_that_examples_still_found():
    noun_that, rejected, core = _data()[0], _data()[9], _data()[-1]
    text = "amid his contention that it failed, she rejected the notion that he lied"
    assert core.search(text)
    assert [m.end() for m in noun_that.finditer(text)] == [len("amid his contention that")]
    assert [m.end() for m in rejected.finditer(text)] == [len(text) - len(" he lied")]
    assert not core.search("his plan was that of a man who knew")


# -- align: the checks skipped for the usual one-space gap and for words after no figure ------

WORDS = ["$", "118", "m", "5", "bn", "1", "000", "of", "water", "No.", "one", "number", "US",
         "us", "U.S.", "can't", "Said", "I", "...", "\u2026", ". . .", "[...]", " ", "  ", "\n",
         "\u201c", ",", "5,5", "\u20ac", "12m"]


def _old_words(tokens, text):
    """orthography.words as it was: the scale word asked after every word."""
    from quotecheck.align import orthography as o

    tokens = o._join_figures(tokens, text)
    out, before = [], None
    for t in tokens:
        parts = o.expand_contraction(t.text)
        if len(parts) == 1:
            norm = o.canonical(t.text)
            if norm in o._function_words() and o._initials(text, t):
                norm += "."
            elif before is not None:
                norm = o._scale_word(norm, before, t, text)
            norm = o._number_sign(norm, t, text, out[-1].norm if out else "")
            out.append(o.Word(norm, t.text, t.start, t.end, t.index))
        else:
            for p in parts:
                out.append(o.Word(o.canonical(p), t.text, t.start, t.end, t.index, True))
        before = t
    return out


@settings(max_examples=300)
@given(st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join))
def test_words_as_before(text):
    from quotecheck.align.orthography import words
    from quotecheck.text.normalize import matching_view, tokenize

    tokens = tokenize(matching_view(text))
    fields = ("norm", "fold", "start", "end", "token", "expanded")
    assert [[getattr(w, f) for f in fields] for w in words(tokens, text)] == [
        [getattr(w, f) for f in fields] for w in _old_words(tokens, text)]


@given(st.lists(st.sampled_from([" ", ".", "\u2026", "[", "]", "\t", "\u00a0", "x", "\n"]),
                max_size=8).map("".join))
def test_gap_elides_as_the_pattern(gap):
    from quotecheck.align.renderings import _ELISION, _gap_elides

    assert _gap_elides(gap) == bool(_ELISION.search(gap))


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["the", "The", "THE", "a", "ab", "abab", " ", "  ", "\t", "\n",
                                 "x1", "1", "\u017f", "s", "K", "\u212a", "k", ",", "-"]),
                max_size=14).map("".join))
def test_doubled_word_as_the_walking_pattern(text):
    from quotecheck.provenance.debris import _DOUBLED_WORD

    plain = re.compile(r"\b(\w+)[ \t]+(\1)\b", re.IGNORECASE)
    assert [(m.span(), m.groups()) for m in _DOUBLED_WORD.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)]
