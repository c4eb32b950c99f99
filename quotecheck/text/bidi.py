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
pasted with its invisible marks) does none of these.

A directional isolate (LRI U+2066, FSI U+2068 ... PDI U+2069) sets its content apart: the
content resolves on its own (at the next even level), and outside it the whole isolate reads
as one neutral (X5a-X6a, BD13, N1). Social sites wrap user names in such pairs. A pair is
harmless, and not counted, when it changes no resolved direction: matched (BD9) in a
left-to-right paragraph (P2, read outside every isolate) without embeddings or overrides, not
inside another isolate, an LRI or an FSI whose content holds no right-to-left letter, no
Arabic number and no other bidi control (so the content resolves left-to-right, FSI as LRI),
and with left-to-right text (or the paragraph's edge) as the nearest strong character before
it outside every isolate (so its content and the neutrals around it resolve as they would
without it; the text after it may be anything), and, when the paragraph holds right-to-left
text or an Arabic number, whose content pairs its own brackets (BD16: a bracket paired across
the isolate's edge loses its pair, N0, and resolves by its neighbours, N1; FriBidi found it,
bugs23). Every visible character it touches then sits at an even level either way, and the
display is the logical order. A paragraph with no right-to-left letter, Arabic number,
right-to-left mark or right-to-left control holds only even levels whatever left-to-right
controls it has (:func:`_left_to_right_only`): none counts. Otherwise an RLI, an override, an
embedding, an unmatched control, or an isolate holding or touching right-to-left text always
counts, and so does any mark in a paragraph that holds an explicit control, a right-to-left
letter, an Arabic number or a second mark (marks act together), or, for a right-to-left
mark, a digit; and every isolate of a paragraph that holds a right-to-left isolate: this
module reads only these simple cases and says "can" when unsure (GNU FriBidi found the
cases past them, rv23d).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache

MARKS = {"\u200e": "L", "\u200f": "R", "\u061c": "R"}
EXPLICIT = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_OPENERS = set("\u2066\u2067\u2068")        # LRI, RLI, FSI
_PDI, _RLI = "\u2069", "\u2067"
_RIGHT_TO_LEFT_CONTROLS = set("\u202b\u202e\u2067")   # RLE, RLO, RLI
_STRONG = {"L": "L", "R": "R", "AL": "R"}
_SEPARATOR = re.compile("[\n\r\x1c\x1d\x1e\x85\u2029]")   # every character of bidi class B
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
    ends = _separators(text)
    n = bisect_left(ends, i)
    return (ends[n - 1] + 1 if n else 0), (ends[n] if n < len(ends) else len(text))


@lru_cache(maxsize=8)
def _separators(text: str) -> list[int]:
    """Offsets of the paragraph separators (bidi class B) of ``text``, once per text: a quote
    with thousands of controls asks for its paragraph thousands of times."""
    return [m.start() for m in _SEPARATOR.finditer(text)]


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
    if mark is None and text[i] not in EXPLICIT:
        return True
    lo, hi = _paragraph(text, i)
    if _left_to_right_only(text, lo, hi):
        return False
    if mark is None:
        return i not in _harmless_isolates(text, lo, hi)
    if _has_explicit(text, lo, hi):
        return True               # levels set explicitly: beyond this simple reading
    if _mixed(text, lo, hi, i, mark):
        return True               # right-to-left text, another mark, or digits after an R mark
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


def _mixed(text: str, lo: int, hi: int, i: int, mark: str) -> bool:
    """True when the paragraph is beyond the one-mark reading of :func:`can_reorder`: it holds
    a right-to-left letter or an Arabic number, a second mark (marks act together: two RLMs
    set the direction that each alone, the other still there, seems not to), or, for an R
    mark, any European digit (digits after it resolve by it, W2, W7, in ways this reading
    does not follow). Cautious: such a mark counts (rv23d found these by FriBidi)."""
    for k in range(lo, hi):
        if k == i:
            continue
        c = text[k]
        if c in MARKS:
            return True
        kind = _kind(c)
        if kind == "R" or kind == "AN" or (mark == "R" and kind == "EN"):
            return True
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


@lru_cache(maxsize=8)
def _left_to_right_only(text: str, lo: int, hi: int) -> bool:
    """Whether the paragraph ``text[lo:hi]`` holds no right-to-left letter, Arabic number,
    right-to-left mark or right-to-left control (RLE, RLO, RLI): then its direction is
    left-to-right (P2), every embedding, override or isolate in it opens an even level
    (X2-X5c; an FSI's content has no right-to-left letter to take), digits resolve by the
    left-to-right start of every run (W7), neutrals between left-to-right sides too (N1),
    and every character sits at an even level, with or without the controls: even levels
    keep their logical order (L2) and mirror nothing (L4), so no control in it, matched or
    not, changes what displays (a pasted post's LRI, LRE ... PDI around a user name)."""
    for c in text[lo:hi]:
        if c in _RIGHT_TO_LEFT_CONTROLS or _kind(c) in ("R", "AN"):
            return False
    return True


@lru_cache(maxsize=8)
def _has_explicit(text: str, lo: int, hi: int) -> bool:
    """Whether the paragraph ``text[lo:hi]`` holds an embedding, override or isolate."""
    return any(c in EXPLICIT for c in text[lo:hi])


@lru_cache(maxsize=8)
def _harmless_isolates(text: str, lo: int, hi: int) -> frozenset[int]:
    """Offsets of the isolate controls of the paragraph ``text[lo:hi]`` whose pair changes no
    resolved direction (module docstring); empty when the paragraph holds an embedding, an
    override or an unmatched isolate control, or is right-to-left."""
    pairs, stack = [], []
    for k in range(lo, hi):
        c = text[k]
        if c in _OPENERS:
            stack.append(k)
        elif c == _PDI:
            if not stack:
                return frozenset()        # an unmatched PDI: left to the reader to judge
            o = stack.pop()
            if not stack:
                pairs.append((o, k))      # outermost pairs only (BD9 matching)
        elif c in EXPLICIT:
            return frozenset()            # embedding, override or PDF
    if stack:
        return frozenset()                # an initiator whose isolate runs to the paragraph end
    if any(text[o] == _RLI or any(text[k] in EXPLICIT or _kind(text[k]) in ("R", "AN")
                                  for k in range(o + 1, close)) for o, close in pairs):
        return frozenset()                # a right-to-left isolate beside it: cautious (rv23d)
    outer, starts = [], {}
    k = lo
    for o, close in pairs:                # the paragraph outside every isolate's content
        outer.extend(range(k, o + 1))
        starts[o] = len(outer) - 1
        k = close
    outer.extend(range(k, hi))
    kinds = [_kind(text[k]) for k in outer]
    if next((d for d in kinds if d in ("L", "R")), "L") != "L":
        return frozenset()                # a right-to-left paragraph (P2 skips isolates)
    last, before = "L", []              # the nearest strong character before each (or the edge)
    for d in kinds:
        before.append(last)
        if d in ("L", "R", "AN"):
            last = d
    right_to_left = any(d in ("R", "AN") for d in kinds)
    out: set[int] = set()
    for o, close in pairs:
        if before[starts[o]] == "L" and (not right_to_left or _brackets_pair_inside(text, o + 1,
                                                                                  close)):
            # L (or the paragraph's start) before it, digits passed over (they resolve by it,
            # W7): its content resolves L as it would without the isolate, and the neutrals
            # between it and whatever follows resolve by the same two sides either way (L
            # before, right-to-left text after: the paragraph's L, N1/N2), so the text after
            # it may be anything
            out.update((o, close))
    return frozenset(out)


def _brackets_pair_inside(text: str, lo: int, hi: int) -> bool:
    """Whether every paired bracket (BD14, BD15) of ``text[lo:hi]`` pairs with another inside
    it (BD16). An isolate's content is its own isolating run sequence (BD13): a bracket
    paired across its edge pairs with nothing once isolated, and the bracket left outside
    then resolves by its neighbours (N1) instead of by its pair (N0), which right-to-left
    text beside it can flip. Pairs inside the content pair the same either way (the stack
    of openers outside lies below theirs). A bracket without a partner we know counts."""
    stack: list[str] = []
    for c in text[lo:hi]:
        kind = _bracket_kind(c)
        if kind == "(":
            if len(stack) == 63:
                return False              # BD16 stops pairing past 63 open brackets
            stack.append(_closing_partner(c))
        elif kind == ")":
            closing = unicodedata.normalize("NFD", c)
            if closing not in stack:
                return False              # pairs outside the content, or with nothing
            del stack[len(stack) - 1 - stack[::-1].index(closing):]
    return not stack


def _bracket_kind(c: str) -> str:
    """'(' for an opening paired bracket, ')' for a closing one, '' for any other character:
    Bidi_Paired_Bracket_Type is Open or Close exactly for the mirrored characters of general
    category Ps or Pe (Unicode 14's BidiBrackets.txt)."""
    if not unicodedata.mirrored(c):
        return ""
    return {"Ps": "(", "Pe": ")"}.get(unicodedata.category(c), "")


@lru_cache(maxsize=64)
def _closing_partner(opening: str) -> str:
    """The closing bracket that pairs with ``opening`` (Bidi_Paired_Bracket), compared in
    canonical form as BD16 asks (U+2329 pairs with U+3009): the character named with RIGHT
    for LEFT, which is the UCD's pairing wherever such a name exists; '' (pairs with nothing,
    so the isolate counts) for the few brackets named otherwise."""
    canonical = unicodedata.normalize("NFD", opening)
    name = unicodedata.name(canonical, "")
    try:
        partner = unicodedata.lookup(name.replace("LEFT", "RIGHT")) if "LEFT" in name else ""
    except KeyError:
        return ""
    return partner if partner and _bracket_kind(partner) == ")" else ""
