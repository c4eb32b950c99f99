"""Mark debris and doubled text in any document (info): brackets and quote marks that do
not pair, doubled punctuation, doubled words.

Curly and straight marks pair with each other; nested quotations and quotations running
over paragraphs (reopened at each paragraph) are no debris.
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache

from quotecheck.load.boilerplate import chrome_mask
from quotecheck.load.regions import mark_furniture
from quotecheck.model import Detection
from quotecheck.provenance.derivation import DocText
from quotecheck.resources.ruledata import load_data

_OPEN = {"(": ")", "[": "]", "{": "}"}
_CLOSE = {v: k for k, v in _OPEN.items()}
# each branch starts with its mark and looks back from after it ("\w," before ", ,"): the
# same matches as a leading lookbehind, which the engine tried at every character (3x the time).
# The mark is read once before the branches (each branch's lookbehind says which marks it
# takes, the second captures it there): a pattern opening with one set lets the engine skip
# to the next mark (3x again); the same matches and groups
_DOUBLED_PUNCT = re.compile(r"[.,;:](?:(?<=\w[.,;:])[ \t]+[.,;:](?=\s|$)|(?<=\w([,;:]))\1"
                            r"|(?<=[a-z]\.)\.(?!\.))")
# a word run never gives a character back (the next must be a space or a tab, never a word
# character), so where the engine has possessive repeats (3.11) the run is taken whole: the
# same matches, without a failed attempt walking back every word of every text (-29%)
_DOUBLED_WORD = re.compile(r"\b(\w%s)[ \t]+(\1)\b" % ("++" if sys.version_info >= (3, 11)
                                                      else "+"), re.IGNORECASE)


@lru_cache(maxsize=1)
def _doubled_ok() -> frozenset:
    return frozenset(load_data("provenance")["integrity"]["doubled_ok"])


def _det(dt: DocText, s: int, e: int, args: dict) -> Detection:
    """A garble detection on the document's own text (its rules are info; no severity of its
    own, so the configuration's ``severity`` can raise them)."""
    o0, o1 = dt.doc.view.span(s, e)
    return Detection("garble", "garble", dt.doc.id, o0, o1, args)


def text_debris(dt: DocText) -> list[Detection]:
    """Bracket and quote-mark debris, doubled punctuation and doubled words (info)."""
    text = dt.text
    mask = chrome_mask(text, [c for c in dt.chrome if c.report])  # captions are still text
    mark_furniture(mask, dt.doc)   # but page furniture is not article text
    out: list[Detection] = []
    for para in re.finditer(r"[^\n]+", text):
        if mask[para.start()]:
            continue
        out += _bracket_debris(dt, para.start(), para.end())
        out += _quote_debris(dt, para.start(), para.end())
    for m in _DOUBLED_PUNCT.finditer(text):
        if not mask[m.start()]:
            out.append(_det(dt, m.start(), m.end(),
                            {"kind": "doubled-punctuation", "text": m.group()}))
    ok = _doubled_ok()
    for m in _DOUBLED_WORD.finditer(text):
        word = m.group(1)
        if mask[m.start()] or word.lower() in ok or word.isdigit():
            continue
        out.append(_det(dt, m.start(), m.end(),
                        {"kind": "doubled-word", "text": m.group(), "word": word}))
    return out


_BRACKETS = re.compile(r"[()\[\]{}]")


def _bracket_debris(dt: DocText, p0: int, p1: int) -> list[Detection]:
    text = dt.text
    stack: list[int] = []
    out = []
    skip_to = p0
    for m in _BRACKETS.finditer(text, p0, p1):
        i = m.start()
        if i < skip_to:
            continue
        ch = text[i]
        if ch in _OPEN:
            stack.append(i)
        elif stack and text[stack[-1]] == _CLOSE[ch]:
            stack.pop()
        else:
            s = stack.pop() if stack else i
            e = i + 1
            while e < p1 and text[e] in _CLOSE:
                e += 1
            out.append(_det(dt, s, e,
                            {"kind": "bracket-debris", "text": text[s:e]}))
            skip_to = e
    for s in stack:
        out.append(_det(dt, s, s + 1,
                        {"kind": "bracket-debris", "text": text[s]}))
    return out


_MARKS = re.compile("[\u201c\u201d\u2018\"]")


def _quote_debris(dt: DocText, p0: int, p1: int) -> list[Detection]:
    """Quote marks that never pair in their paragraph.

    Curly and straight double marks pair with each other (a straight opening mark closed by
    a curly one is house style gone astray, not debris); a double mark inside an open
    quotation opens a nested one; a quotation left open at the end of a paragraph is fine
    when the next paragraph reopens it (the convention for quotations over paragraphs), and
    a closing mark with nothing open is fine when the paragraph before left one open.
    """
    text = dt.text
    out = []
    stack: list[int] = []
    for m in _MARKS.finditer(text, p0, p1):
        i, ch = m.start(), m.group()
        if ch == "\u201c" or (ch == '"' and _opens(text, i, bool(stack))):
            stack.append(i)
        elif ch in ("\u201d", '"'):
            if stack:
                stack.pop()
            elif not _left_open(text, p0):
                out.append(_quote_det(dt, i))
        elif i == p0 or not text[i - 1].isalnum():
            if not _SINGLE_CLOSE.search(text, i + 1, p1):
                out.append(_quote_det(dt, i))
    if stack:
        nxt = text[p1:p1 + 4].lstrip()
        if not nxt.startswith(("\u201c", '"')):
            out.append(_quote_det(dt, stack[-1]))
    return out


def _opens(text: str, i: int, inside: bool) -> bool:
    """A straight double mark opens a quotation: always when none is open, else when it
    stands before a word after a space (a nested quotation)."""
    if not inside:
        return True
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isspace() and (after.isalnum() or after in "\u2018'")


def _left_open(text: str, p0: int) -> bool:
    """The paragraph before ``p0`` ends inside a quotation (its marks do not balance)."""
    prev_end = text.rfind("\n", 0, p0)
    while prev_end > 0 and text[prev_end - 1] == "\n":
        prev_end -= 1
    start = text.rfind("\n", 0, prev_end) + 1 if prev_end > 0 else 0
    depth = 0
    for m in _MARKS.finditer(text, start, max(start, prev_end)):
        ch = m.group()
        if ch == "\u201c" or (ch == '"' and _opens(text, m.start(), depth > 0)):
            depth += 1
        elif ch in ("\u201d", '"'):
            depth = max(0, depth - 1)
    return depth > 0


_SINGLE_CLOSE = re.compile("\u2019(?!\\w)")


def _quote_det(dt: DocText, i: int) -> Detection:
    return _det(dt, i, i + 1,
                {"kind": "quote-debris", "text": dt.text[i]})
