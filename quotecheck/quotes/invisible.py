"""Bidirectional control characters in quotations (Trojan-Source-style display tricks).

An override (U+202D, U+202E), embedding (U+202A, U+202B, U+202C), isolate (U+2066-U+2069)
or directional mark (U+200E, U+200F) changes how a quotation displays while its logical
text, the text every comparison reads, stays the same. A directional mark counts only where
the bidi algorithm lets it reorder something (``text.bidi``): a right-to-left mark pasted with
a tweet between left-to-right words changes nothing a reader sees, and neither does a matched
left-to-right isolate a social site wraps around a user name there.
"""
from __future__ import annotations

import re
import unicodedata

from quotecheck.text.bidi import EXPLICIT, MARKS, can_reorder

BIDI_CONTROLS = "".join(MARKS) + "".join(sorted(EXPLICIT))   # the marks, then the explicit controls
_RUN = re.compile(f"[{BIDI_CONTROLS}]+")


def bidi_runs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """``(start, end, names)`` of each run of bidi controls in ``text[start:end]`` that can
    change the display (every embedding and override; an isolate or a mark only where it
    can reorder, :func:`can_reorder`); names like ``U+202E RIGHT-TO-LEFT OVERRIDE`` (each distinct
    character once)."""
    out = []
    for m in _RUN.finditer(text, start, end):
        if not any(can_reorder(text, k) for k in range(m.start(), m.end())):
            continue           # marks that resolve nothing differently: nothing reordered
        chars = dict.fromkeys(m.group())
        names = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c)}" for c in chars)
        out.append((m.start(), m.end(), names))
    return out
