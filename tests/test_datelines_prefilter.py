"""The photo-credit line patterns run only where their literal is (a prefilter for speed):
the blanking must be the same as running every pattern on every text."""
from __future__ import annotations

import random

from quotecheck.quotes import datelines


def _unfiltered(masked: str) -> str:
    """blank_photo_credits with its whole-text early return only (lower-case cue words)."""
    low = masked.lower()
    if "/" not in masked and not any(w in low for w in ("photo", "via ", "credit", "image",
                                                        "picture")):
        return masked
    spans = [m.span() for m in datelines._CREDIT_PAREN.finditer(masked)
             if datelines._credit_words(m.group(1))]
    spans += [m.span(1) for m in datelines._CREDIT_LINE.finditer(masked)
              if datelines._credit_words(m.group(0).strip())]
    spans += [m.span(1) for m in datelines._VIA_LINE.finditer(masked)
              if datelines._credit_words(m.group(1))]
    chars = list(masked)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def test_credit_lines_blank_as_without_the_prefilter():
    rng = random.Random(3)
    pieces = ["Photo: ", "P\u0130CTURE: ", "P\u0131cture by ", "CRED\u0130T: ", "\u017fomething",
              "Jo Lee", "/AP", " via Getty", " via AP", "Ana Ruiz", "\n", " ", "the plan",
              "(AP Photo/Jo Lee)", "Image courtesy of ", ".", "said"]
    for _ in range(800):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        assert datelines.blank_photo_credits(text) == _unfiltered(text), text


def test_a_dotted_capital_i_cue_is_still_read():
    text = "Mayor speaks.\nP\u0130CTURE: Jo Lee\nShe said (Ana/AP)."
    assert "Jo Lee" not in datelines.blank_photo_credits(text)
