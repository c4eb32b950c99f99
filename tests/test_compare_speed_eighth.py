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
