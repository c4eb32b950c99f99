"""Whether a directional mark can change how its paragraph displays (Unicode bidi algorithm).

A left-to-right or right-to-left mark (U+200E, U+200F, U+061C) is an invisible strong
character: it reorders nothing by itself, only through the characters it resolves. Under the
Unicode Bidirectional Algorithm (UAX #9) it can change the display in three ways, and only
these: it is the paragraph's first strong character, so it sets the paragraph direction (P2,
P3); it sits beside a run of neutrals (spaces, punctuation) that it resolves to another
direction than they would take without it (N1, N2: neutrals between two strong characters
of one direction take that direction, else the paragraph's); or it is the last strong
character before European digits, which then resolve by it rather than by the text before
it (W2, W7). A mark between left-to-right words in a left-to-right paragraph (a tweet
pasted with its invisible marks) does none of these. Explicit embeddings, overrides and
isolates always can, and so does any mark in a paragraph that holds one: this module reads
only the simple case and says "can" when unsure.
"""
from __future__ import annotations

import unicodedata

MARKS = {"\u200e": "L", "\u200f": "R", "\u061c": "R"}
EXPLICIT = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_STRONG = {"L": "L", "R": "R", "AL": "R"}
_NUMBER = {"EN", "AN"}


def _kind(c: str) -> str:
    """L or R for a strong character, EN/AN for a number, B for a paragraph end, else N."""
    if c in MARKS:
        return MARKS[c]
    cls = unicodedata.bidirectional(c)
    if cls in _STRONG:
        return _STRONG[cls]
    if cls in _NUMBER or cls == "B":
        return cls
    return "N"


def _paragraph(text: str, i: int) -> tuple[int, int]:
    """(start, end) of the paragraph holding ``i``: the algorithm resolves each apart (P1)."""
    lo = i
    while lo > 0 and _kind(text[lo - 1]) != "B":
        lo -= 1
    hi = i
    while hi < len(text) and _kind(text[hi]) != "B":
        hi += 1
    return lo, hi


def _first_strong(text: str, lo: int, hi: int, skip: int) -> str:
    """The paragraph direction (P2, P3): its first strong character's, the one at ``skip``
    passed over; L when there is none."""
    for k in range(lo, hi):
        if k != skip:
            kind = _kind(text[k])
            if kind in ("L", "R"):
                return kind
    return "L"


def _last_strong(text: str, lo: int, k: int, default: str) -> str:
    """The direction of the last strong character at or before ``k`` (``default`` when none):
    what digits and neutrals after it resolve by."""
    while k >= lo:
        kind = _kind(text[k])
        if kind in ("L", "R"):
            return kind
        k -= 1
    return default


def can_reorder(text: str, i: int) -> bool:
    """True when the directional mark at ``i`` can change the visual order of the visible
    characters of its paragraph (module docstring); True for any other bidi control."""
    mark = MARKS.get(text[i])
    if mark is None:
        return True
    lo, hi = _paragraph(text, i)
    if any(c in EXPLICIT for c in text[lo:hi]):
        return True               # levels set explicitly: beyond this simple reading
    base = _first_strong(text, lo, hi, i)
    if _first_strong(text, lo, hi, -1) != base:
        return True               # the mark sets the paragraph's direction
    b = i - 1
    while b >= lo and _kind(text[b]) == "N":
        b -= 1
    a = i + 1
    while a < hi and _kind(text[a]) == "N":
        a += 1
    before = _last_strong(text, lo, b, base)      # what decides without the mark
    if before != mark:
        k = a
        while k < hi and _kind(text[k]) not in ("L", "R"):
            if _kind(text[k]) == "EN":
                return True       # digits that resolve by the mark instead (W2, W7)
            k += 1
    prev = _resolved(text, lo, b, base, _last_strong(text, lo, b - 1, base))
    after_with = _resolved(text, lo, a if a < hi else -1, base, mark)
    after_without = _resolved(text, lo, a if a < hi else -1, base, before)
    without = prev if prev == after_without else base
    if b < i - 1 and (prev if prev == mark else base) != without:
        return True               # the neutrals before the mark flip
    if a > i + 1 and (mark if mark == after_with else base) != without:
        return True               # the neutrals after it flip
    return False


def _resolved(text: str, lo: int, k: int, base: str, last: str) -> str:
    """The direction the character at ``k`` gives a neighbouring neutral run (N1): L or R;
    a European number reads as L after a left-to-right strong character (``last``), else
    as R; the paragraph's edge (``k`` outside it) gives the paragraph direction."""
    if k < lo:
        return base
    kind = _kind(text[k])
    if kind == "EN":
        return "L" if last == "L" else "R"
    return "R" if kind == "AN" else kind
