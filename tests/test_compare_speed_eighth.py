"""The faster steps of ``compare`` (issue 11, eighth pass) decide exactly what the plain ones did.

Each test keeps the plain form as the reference, on texts of our own words.
"""
from __future__ import annotations

import os
import subprocess
import sys


def test_translation_cue_pattern_is_the_same_under_every_hash_seed():
    # the warm-start store is keyed by the pattern text: a pattern built in a set's order
    # was new in every process and the whole store was written again on every run
    code = "from quotecheck.align.languages import _cue_regex; print(_cue_regex().pattern)"
    seen = set()
    for seed in ("1", "2", "3", "4"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                             text=True, check=True).stdout
        seen.add(out)
    assert len(seen) == 1


def test_sentence_mass_mapped_as_summed_by_a_generator():
    from array import array

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from quotecheck.provenance.derivation import key_weights
    from quotecheck.provenance.sentence import Sentence, Words

    @settings(max_examples=200, deadline=None)
    @given(st.lists(st.sampled_from(["harbour", "council", "vote", "2024", "mayor", "budget",
                                     "ferry", "strike", "pier", "tax"]), max_size=10),
           st.dictionaries(st.sampled_from(["harbour", "vote", "2024", "ferry", "tax"]),
                           st.integers(0, 40)), st.integers(1, 200))
    def check(keys, df, n_docs):
        from collections import Counter

        weight = key_weights(Counter(df), n_docs)
        s = Sentence(0, 0, 1, Words("", array("I"), b""), frozenset(keys), frozenset(keys))
        plain = sum(weight(k) for k in s.narration)
        assert s.mass("narration", weight) == plain
        assert s.mass("keys", weight) == plain

    check()


def _same_matches(plain, fast, text, groups=()):
    import re

    old, new = re.compile(plain[0], plain[1]), fast
    assert [(m.span(), m.group(), *map(m.group, groups)) for m in old.finditer(text)] == \
        [(m.span(), m.group(), *map(m.group, groups)) for m in new.finditer(text)], text


_PIECES = ["the", "The", "ferry", "ferry ferry", "council", "to", "To", "many", "some",
           "them", "him", "critics", "according", "according to", "columnist", "is a",
           "was an", "opinion writer", "in my column", "1", "12", "1,200", "3.5", "2024",
           "1,2", ",", ";", ":", ".", "..", "...", ", ,", ",,", " ", "\t", "\n", "x",
           "é", "'", "-", "(", ")", "\u2019", "_"]


def _texts():
    from hypothesis import strategies as st

    return st.lists(st.sampled_from(_PIECES), max_size=18).map("".join)


def test_provenance_patterns_opening_with_one_set_match_as_the_plain_ones():
    import re

    from hypothesis import given, settings

    from quotecheck.provenance import debris, pairfeatures

    @settings(max_examples=400, deadline=None)
    @given(_texts())
    def check(text):
        _same_matches((r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", 0),
                      pairfeatures._NUMBER, text)
        _same_matches((r"[.,;:](?<=\w[.,;:])[ \t]+[.,;:](?=\s|$)|([,;:])(?<=\w[,;:])\1"
                       r"|\.(?<=[a-z]\.)\.(?!\.)", 0), debris._DOUBLED_PUNCT, text, (1,))
        for k in range(len(text)):   # and from inside the text, as sentences are read
            assert [m.span() for m in re.finditer(
                r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", text[k:])] == \
                [(s - k, e - k) for s, e in map(re.Match.span,
                                                pairfeatures._NUMBER.finditer(text, k))]

    check()
    assert [m.group() for m in pairfeatures._NUMBER.finditer("1,200 and 3.5 of 12,34")] == \
        ["1,200", "3.5", "12", "34"]
    assert [m.group() for m in debris._DOUBLED_PUNCT.finditer("end.. said,, now; ; x")] == \
        ["..", ",,", "; ;"]


def test_framing_patterns_searching_for_a_word_first_match_as_the_plain_ones():
    from hypothesis import given, settings

    from quotecheck.framing import genre, narration
    from quotecheck.framing.viewholders import holder_patterns

    holders = (r"(?:^|(?<=[\s,]))to\s+(?:many|some|most|others|critics|detractors|"
               r"opponents|supporters|admirers|fans|skeptics|sceptics|his\s+critics|"
               r"her\s+critics|their\s+critics|many\s+\w+|some\s+\w+),"
               r"|(?<=,)\s*to\s+(?:them|him|her),")

    @settings(max_examples=400, deadline=None)
    @given(_texts())
    def check(text):
        _same_matches((r"\baccording to\b", 0), narration._ACCORDING, text)
        _same_matches((holders, 0), holder_patterns().to_holders, text)
        _same_matches((genre._TAGLINE.pattern, genre._TAGLINE.flags), genre._TAGLINE, text)
        assert bool(genre._TAGLINE.search(text)) == bool(genre._TAGLINE.regex.search(text))

    check()
    assert [m.start() for m in narration._ACCORDING.finditer(
        "according to x; disaccording to y; according tot") ] == [0]
    assert [m.group() for m in holder_patterns().to_holders.finditer(
        "to many, yes; seemed, to some, odd; into many, no; said, to them, so")] == \
        ["to many,", "to some,", " to them,"]
    assert genre._TAGLINE.search("Ana Ruiz is a contributing opinion writer.")
    assert not genre._TAGLINE.search("The council met on Monday.")


def test_framing_stops_read_mark_first_match_as_the_plain_ones():
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from quotecheck.framing import narration, usage

    pieces = st.lists(st.sampled_from(_PIECES + ["Mr", "mr", "Mrs", "Dr", "St", "J", "A",
                                                 "!", "?", "!?", "\"", ")", "]", "\n\n",
                                                 " \n \n"]), max_size=18).map("".join)
    stop = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)"
                      r"(?<!\b[A-Z])[.!?]\s", re.IGNORECASE)

    @settings(max_examples=400, deadline=None)
    @given(pieces, st.integers(0, 40), st.integers(0, 80))
    def check(text, lo, hi):
        _same_matches((r"(?<![.!?])[.!?]+[\"')\]]*\s+|\n[ \t]*\n\s*", 0),
                      narration._BOUNDARY, text)
        _same_matches((stop.pattern, stop.flags), usage._PREVIOUS_STOP, text)
        # read inside a window, as the previous sentence is
        assert [m.span() for m in stop.finditer(text, lo, hi)] == \
            [m.span() for m in usage._PREVIOUS_STOP.finditer(text, lo, hi)]

    check()
    assert [m.group() for m in narration._BOUNDARY.finditer("Yes!! \"No.\" Mr. X\n\n y")] == \
        ["!! ", ".\" ", ". ", "\n\n "]
    assert [m.start() for m in usage._PREVIOUS_STOP.finditer("Mr. Roe. Dr. X? J. Y. ok")] == [7]


def test_published_instants_kept_per_value_as_computed_afresh():
    from quotecheck.load import metadata

    values = ["2024-03-05", "2024-03-05T10:20", "2024-03-05 10:20:30.5+02:00",
              " 2024-03-05T23:59:60Z ", "2024-02-30", "March 5, 2024", "", "2024-03-05T10:20-0530"]
    for v in values * 2:
        assert metadata.published_instant(v) == metadata._instant.__wrapped__(v)
    assert metadata.published_instant(None) is None
    assert metadata.published_instant(["2024-03-05"]) is None   # not a string: never cached
    assert metadata.published_instant("2024-03-05T10:20-0530").isoformat() == \
        "2024-03-05T15:50:00+00:00"
