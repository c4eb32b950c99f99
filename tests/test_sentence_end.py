"""``text.sentences.sentence_end``: the one 'where does this sentence end' lookup the framing
cues share (refutations, weighing, usage, positions, accounts), each with its own window."""
from __future__ import annotations

import re

from quotecheck.text.sentences import sentence_end

_STOP = re.compile(r"[.!?](?=\s|$)")


def test_the_first_stop_in_the_window_ends_the_sentence():
    text = "The board claimed a win. Nobody agreed."
    assert text[:sentence_end(text, _STOP, 0, 100)] == "The board claimed a win"
    assert text[25:sentence_end(text, _STOP, 25, 100)] == "Nobody agreed"


def test_no_stop_in_the_window_ends_at_the_limit_or_the_fallback():
    text = "A long clause with no stop for a while. Then one."
    assert sentence_end(text, _STOP, 0, 10) == 10
    assert sentence_end(text, _STOP, 5, 10, fallback=12) == 12
    assert sentence_end(text, _STOP, 0, 10, fallback=500) == len(text)


def test_the_window_never_reaches_past_the_text():
    text = "Short and open"
    assert sentence_end(text, _STOP, 0, 400) == len(text)
