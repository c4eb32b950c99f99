"""Quoted stretches of a text by its double marks: derivation's own scan for quoted words.

A document prepared for derivation (:func:`quotecheck.provenance.derivation.prepare`) flags the
words inside double quotation marks, per paragraph, so a quotation two reports share is not
read as one copying the other's narration. The quotes stage's quotations are added to these
when given; this scan is the fallback, and reads typewriter pairs (``...'') and, on request,
marks lost in decoding (U+FFFD, read by ``text.lostmarks``) as well.
"""
from __future__ import annotations

import re

from quotecheck.text.lostmarks import lost_mark

# opening double mark -> its closer; ``...'' is the typewriter pair of agency and archive copy
_QUOTE_OPEN = {"\u201c": "\u201d", '"': '"', "\u00ab": "\u00bb", "\u201e": "\u201c", "``": "''",
               "\ufffd": "\ufffd)"}

# double marks, U+FFFD (a mark lost in decoding, read by where it stands), and the two-character
# typewriter marks `` and '' (a closer only after ``). Opening with one class, the second
# character tested after it: the same matches as "``|''|[\u201c\u201d\"\u00ab\u00bb\u201e\ufffd\n]",
# whose branches were tried at every character
_MARKS = re.compile("[`'\u201c\u201d\"\u00ab\u00bb\u201e\ufffd\n]"
                    "(?:(?<=`)`|(?<=')'|(?<=[\u201c\u201d\"\u00ab\u00bb\u201e\ufffd\n]))")


# U+FFFD as the double mark (a style of its own) its place reads as (``text.lostmarks.lost_mark``,
# the quotes stage's reading): reports whose marks all came through so share a statement's
# quoted paragraphs as if they were narration
_LOST_READ = {"open": "\ufffd", "close": "\ufffd)"}


def quote_regions(text: str, lost_marks: bool = False) -> list[tuple[int, int]]:
    """Spans inside double quotation marks, per paragraph (a fallback when no quotes are given);
    with ``lost_marks``, U+FFFD read as a mark by where it stands (``_LOST_READ``).

    A mark left open at the end of its paragraph quotes the rest of it (a quotation running on
    into the next paragraph), unless a whole pair of another style of double marks follows it
    there: a quotation nests single marks, so ``"very spiritual' ... “We talked ...” Dorsey
    said`` shows a stray opener (a mistyped pair), and the paragraph after it is narration."""
    out = []
    marks = [(m.group(), m.start(), m.end()) for m in _MARKS.finditer(text)]
    if "\ufffd" in text:
        marks = [(_LOST_READ.get(lost_mark(text, i)) if lost_marks else None, i, e)
                 if m == "\ufffd" else (m, i, e) for m, i, e in marks]
        marks = [m for m in marks if m[0] is not None]
    marks.append(("\n", len(text), len(text)))   # the text's end closes its last paragraph
    k = 0
    inside = None   # (index of the opening mark, where the quoted words begin, closer awaited)
    while k < len(marks):
        mark, i, end = marks[k]
        if mark == "\n":
            if inside is not None:
                if _stray_opener(marks, inside[0], k):
                    k, inside = inside[0] + 1, None   # read on after the stray mark
                    continue
                out.append((inside[1], i))
            inside = None
        elif inside is None and mark in _QUOTE_OPEN:
            inside = (k, end, _QUOTE_OPEN[mark])
        elif inside is not None and mark == inside[2]:
            out.append((inside[1], i))
            inside = None
        k += 1
    return out


def _stray_opener(marks: list, opener: int, stop: int) -> bool:
    """Whether a whole pair of double marks of another style than ``marks[opener]`` lies
    between it and ``marks[stop]`` (its paragraph's end)."""
    style = marks[opener][0]
    awaited = None
    for mark, _, _ in marks[opener + 1:stop]:
        if awaited is None and mark != style and mark in _QUOTE_OPEN \
                and _QUOTE_OPEN[mark] != style:
            awaited = _QUOTE_OPEN[mark]
        elif awaited is not None and mark == awaited:
            return True
    return False
