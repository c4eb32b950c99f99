"""A line-led pattern tried only at the starts of lines holding its openers finds exactly the
matches the engine finds (regexruns.line_openers, LineLed)."""
from __future__ import annotations

import random
import re

from quotecheck.resources.regexruns import LineLed, run_scoped

FLAGS = re.IGNORECASE | re.MULTILINE
PATTERNS = [
    r"^.*((?<![\u00c3])\u00a9|\bvia wire\b|\bphoto:|/ ?(ap|afp)\s*$).*$",
    r"^[^\S\n]*(read more|related|more stories)\s*$",
    r"^[^\S\n]*(leave a (reply|comment)|comments?)\s*$",
    r"^[^\S\n]*(?-i:NOTE TO EDITORS?|EDITORS?)[^\S\n]?:[^\n]{0,40}(?:\n\n?[^\n]{0,40}){0,2}",
    r"^[^\S\n]*--[^\n]{0,30}\b(?:fax|telex)\b[^\n]*$",
    r"^[^\S\n]*our note:.*$",
]
PIECES = ["\u00a9", " ", "\n", "\n\n", "a", "B", "Via wire", "via Wire", "photo:", "PHOTO:", "/ap",
          "/ AFP", "read more", "Related", "more stories", "comment", "Leave a reply", "x",
          "EDITORS:", "editors:", "--", "fax", "\u00c3", "our note:", ".", "\u0130", "\u017f"]


def test_openers_start_on_the_first_line_of_a_match():
    led = run_scoped(re.compile(PATTERNS[0], FLAGS))
    assert isinstance(led, LineLed)
    assert set(led.openers) == {"\u00a9", "via wire", "photo:", "/ap", "/afp", "/ ap", "/ afp"}
    # an item before the openers that may cross a line feed: no openers, every line tried
    assert run_scoped(re.compile(r"^\s*(?:read more)\s*$", FLAGS)).openers == ()
    # an optional word on the line is passed over: the word after it opens every match
    assert run_scoped(re.compile(r"^[^\S\n]*(?:the )?note:.*$", FLAGS)).openers == ("note:",)
    # optional words, then a space run that may cross lines: nothing opens every match
    assert run_scoped(re.compile(r"^[^\S\n]*(?:(?:the )?x|y)?\s*:.*$", FLAGS)).openers == ()


def test_lines_holding_openers_give_the_engines_matches():
    rng = random.Random(11)
    for source in PATTERNS:
        raw = re.compile(source, FLAGS)
        led = run_scoped(raw)
        assert isinstance(led, LineLed) and led.openers, source
        for _ in range(400):
            text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 18)))
            assert [(m.span(), m.groups()) for m in led.finditer(text)] == \
                [(m.span(), m.groups()) for m in raw.finditer(text)], (source, text)
