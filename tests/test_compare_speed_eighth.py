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
