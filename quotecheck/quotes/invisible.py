"""Bidirectional control characters in quotations (Trojan-Source-style display tricks).

An override (U+202D, U+202E), embedding (U+202A, U+202B, U+202C), isolate (U+2066-U+2069)
or directional mark (U+200E, U+200F) changes how a quotation displays while its logical
text, the text every comparison reads, stays the same.
"""
from __future__ import annotations

import re
import unicodedata

BIDI_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_RUN = re.compile(f"[{BIDI_CONTROLS}]+")


def bidi_runs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """``(start, end, names)`` of each run of bidi controls in ``text[start:end]``; names
    like ``U+202E RIGHT-TO-LEFT OVERRIDE`` (each distinct character once)."""
    out = []
    for m in _RUN.finditer(text, start, end):
        chars = dict.fromkeys(m.group())
        names = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c)}" for c in chars)
        out.append((m.start(), m.end(), names))
    return out
