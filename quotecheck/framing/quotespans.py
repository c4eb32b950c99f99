"""Quotations of a document in narration coordinates, and the offset maps between the
original text, the document's view and the narration's matching view (for
:mod:`quotecheck.framing.narration`: the spans it masks, site chrome it leaves out)."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import islice
from typing import Optional

from quotecheck.model import Document, Quote


@dataclass(frozen=True)
class QuotedSpan:
    """A quotation in narration coordinates (matching view) and in original offsets."""

    start: int                  # content, matching-view offsets
    end: int
    open: int                   # opening mark (== start when unknown)
    close: int                  # after the closing mark (== end when unclosed)
    ostart: int                 # content, original offsets
    oend: int
    speaker: Optional[str] = None
    verb: Optional[tuple] = None  # extractor's verb span, matching-view offsets


class Inverse:
    """Derived offset of a local original offset: ``TextView.from_original`` by bisection."""

    def __init__(self, view):
        self.view = view
        self.pieces = getattr(view, "_pieces", None)
        self.ostarts = [p[1] for p in self.pieces] if self.pieces is not None else None

    def __call__(self, o: int) -> int:
        if self.pieces is None:  # pragma: no cover - another TextView implementation
            return self.view.from_original(o)
        i = max(bisect_right(self.ostarts, o) - 1, 0)
        for d0, o0, o1, exact in self.pieces[i:i + 2]:
            if o < o1:
                return d0 if o < o0 or not exact else d0 + (o - o0)
        return len(self.view.text)


def chrome_spans(doc: Document, view) -> list[tuple[int, int]]:
    """Narration offsets of ``doc``'s site chrome ("Read more" blocks of other headlines,
    comment forms): not the article (:func:`quotecheck.load.boilerplate.chrome_regions`)."""
    from quotecheck.load.boilerplate import chrome_regions

    regions = chrome_regions(doc)
    if not regions:
        return []
    inv = (Inverse(doc.view), Inverse(view))
    return [(_to_narration(inv, o0), _to_narration(inv, o1))
            for o0, o1 in regions]


def _to_narration(inverse: tuple, o: int) -> int:
    """Narration offset of original offset ``o`` (document view, then narration view)."""
    return inverse[1](inverse[0](o))


def quoted_spans(doc: Document, view, quotes: list[Quote]) -> list[QuotedSpan]:
    """Quotations from the extractor, or (when it gave none) those found by their marks."""
    out: dict[tuple, QuotedSpan] = {}
    inv = (Inverse(doc.view), Inverse(view))

    def to_nar(o: int) -> int:
        return _to_narration(inv, o)

    for q in quotes:
        if q.document != doc.id or q.end <= q.start:
            continue
        s, e = to_nar(q.start), to_nar(q.end)
        op = to_nar(q.open_start) if q.open_start is not None else s
        cl = to_nar(q.close_end) if q.close_end is not None else e
        verb = None
        if q.verb_start is not None and q.verb_end is not None:
            verb = (to_nar(q.verb_start), to_nar(q.verb_end))
        if e > s:
            out[(s, e)] = QuotedSpan(s, e, op, cl, q.start, q.end, q.speaker, verb)
    if out:  # the extractor pairs the same marks; scan only when it gave nothing
        for vs, ve, vo, vc in _wrapped_spans(doc.view.text):    # ... bar those it cannot
            s, e = inv[1](vs), inv[1](ve)
            inside = [k for k, q in out.items() if q.start < e and s < q.end]
            if e <= s or not all(s <= out[k].start and out[k].end <= e for k in inside):
                continue
            # it may take in the extractor's part of it, bounded by its paragraph (its
            # speaker and verb kept): '"They poured in.' of a quotation closed paragraphs on
            first = out[inside[0]] if inside else None
            for k in inside:
                del out[k]
            o0, o1 = doc.view.span(vs, ve)
            out[(s, e)] = QuotedSpan(s, e, inv[1](vo), inv[1](vc), o0, o1,
                                     first.speaker if first else None,
                                     first.verb if first else None)
        _pull_quotes(doc, out, inv)
        return sorted(out.values(), key=lambda q: q.start)
    last = -1
    for vs, ve, vo, vc in sorted(_marked_spans(_joined(doc.view.text)[0])):
        s, e = inv[1](vs), inv[1](ve)
        if e <= s or s < last:
            continue
        last = e
        o0, o1 = doc.view.span(vs, ve)
        out[(s, e)] = QuotedSpan(s, e, inv[1](vo), inv[1](vc), o0, o1)
    return sorted(out.values(), key=lambda q: q.start)


# the words of a text, read as the runs between runs of non-word characters:
# ``" ".join(_WORD_RUN.findall(x))`` is ``re.sub(r"[\W_]+", " ", x).strip()`` (no word character
# is white space), without building the substituted copy of each paragraph
_WORD_RUN = re.compile(r"[^\W_]+")


def _pull_quotes(doc: Document, out: dict, inv: tuple) -> None:
    """A paragraph of eight words or more printed without marks that a quotation elsewhere
    in the document repeats word for word is a pull quote: that quotation's speaker's words,
    not the narrator's (issue 11, baly_201610: a spokesman's words set in large type before the
    paragraph that quotes him, split there by 'he said'): the quotations of one paragraph are read
    together. Added to ``out`` with the first quotation's speaker."""
    text = doc.view.text
    found = sorted(out.values(), key=lambda q: q.ostart)
    runs: dict = {}     # the quotations of one paragraph read together ('"…," he said. "…"')
    for q in found:
        para = doc.text.rfind("\n", 0, q.ostart)
        runs.setdefault(para, []).append(q)
    keys = [(qs[0], " %s " % " ".join(" ".join(_WORD_RUN.findall(doc.text[q.ostart:q.oend]))
                                       for q in qs).lower())
            for qs in runs.values() if sum(q.oend - q.ostart for q in qs) >= 40]
    if not keys:
        return
    quoted = [quoted for _q, quoted in keys]
    for m in re.finditer(r"[^\n]+", text):
        hit = _repeated_part(m.group(), quoted)     # (None at once for most lines: _may_repeat)
        if hit is None:
            continue
        s, e = inv[1](m.start()), inv[1](m.end())
        if e <= s or any(q.start < e and s < q.end for q in found):
            continue
        q = keys[hit[0]][0]
        ve = m.start() + hit[1]
        s, e = inv[1](m.start()), inv[1](ve)
        o0, o1 = doc.view.span(m.start(), ve)
        out[(s, e)] = QuotedSpan(s, e, s, e, o0, o1, q.speaker, None)


_NAME_TAIL = 6
"""Most words of a speaker's name and group printed after a pull quote on its line."""


def _may_repeat(line: str, quoted: list) -> bool:
    """Whether one of ``quoted`` holds the line's first eight words as :func:`_repeated_part`
    joins them (' a b ... h '): every key it tries opens with them, so a line failing this
    (most lines; or one of fewer words) has no repeated part (speed34)."""
    first = [w.group().lower() for w in islice(_WORD_RUN.finditer(line), 8)]
    if len(first) < 8:
        return False
    key = " %s " % " ".join(first)
    return any(key in text for text in quoted)


def _repeated_part(line: str, quoted: list) -> "tuple[int, int] | None":
    """(index in ``quoted``, end in ``line``) of the part of ``line`` a quotation repeats word
    for word (eight words or more): the whole line, or the line but a short tail that opens
    with a capital, the speaker's name and group set after the pull quote on its line
    (Guardian style, issue 11, baly_201904: 'It's ... than it helps Dana Reyes, Open
    Ledger'); the tail is left to the narration. None if no part is repeated."""
    return _scan_repeated(line, quoted) if _may_repeat(line, quoted) else None


def _scan_repeated(line: str, quoted: list) -> "tuple[int, int] | None":
    """:func:`_repeated_part` without the :func:`_may_repeat` gate: every tail's key joined
    and looked up (the gate only drops lines this scan would answer None for)."""
    found = list(_WORD_RUN.finditer(line))
    words = [w.group().lower() for w in found]
    starts, ends = [w.start() for w in found], [w.end() for w in found]
    for tail in range(0, _NAME_TAIL + 1):
        n = len(words) - tail
        if n < 8:
            break
        if tail and not line[starts[n]].isupper():
            continue
        key = " %s " % " ".join(words[:n])
        for i, text in enumerate(quoted):
            if key in text:
                return i, (len(line) if not tail else ends[n - 1])
    return None


def _marked_spans(text: str) -> list[tuple[int, int, int, int]]:
    """(content start, end, open mark, after close mark) of quotations found by their marks
    (the extractor's pairing; imported when first needed, off the lint start-up path)."""
    from quotecheck.text.quotemarks import find_quote_spans

    return [(q.start, q.end, q.open_start, q.close_end if q.close_end is not None else q.end)
            for q in find_quote_spans(text)]


# a blank line inside a sentence of text hard-wrapped with blank lines: the line ends in a
# lower-case word or a comma, the next opens with a lower-case letter (a paragraph never does)
_WRAP = re.compile(r"(?<=[a-z,])[ \t]*\n[ \t]*\n[ \t]*(?=[a-z])")


def _wrapped_spans(text: str) -> list[tuple[int, int, int, int]]:
    """Quotations that run across a blank-line hard wrap ('he's vicious\\n\\nand rude,'' he
    said') or over whole paragraphs that never reopen the marks (:func:`_run_on_breaks`):
    the extractor bounds a quotation by its paragraph, so it pairs none of their marks and
    their words would read as the narrator's. Found by their marks in the text with each
    such break read as spaces (same length: offsets hold); only those spanning a break."""
    joined, breaks = _joined(text)
    if not breaks:
        return []
    out = []
    for q in _marked_spans(joined):
        if any(q[0] <= w0 and w1 <= q[1] for w0, w1 in breaks):
            out.append(q)
    return out


def _joined(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with its hard wraps and run-on quotations' paragraph breaks read as spaces
    (same length), and those breaks."""
    breaks = [m.span() for m in _blank_line_matches(_WRAP, text)] + _run_on_breaks(text)
    if not breaks:
        return text, []
    chars = list(text)
    for w0, w1 in breaks:
        chars[w0:w1] = " " * (w1 - w0)
    return "".join(chars), breaks


# (issue 15, ECB+ reading) double quotation marks: an opener after a space or a paragraph's
# start, a closer after a word or a sentence's mark; a paragraph break
_MARK = re.compile(r'(?P<open>(?:(?<=^)|(?<=[\s(\[]))(?:"|``)(?=\S)|\u201c)'
                   r'|(?P<close>(?<=\S)(?:"|\'\')(?=[\s.,;:!?)\]]|$)|\u201d)', re.M)
_BREAK = re.compile(r"[ \t]*\n[ \t]*\n\s*")
RUN_ON_PARAGRAPHS = 6
"""Most paragraphs without a mark a quotation that never reopens its marks may run over."""
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _blank_line_matches(pattern: "re.Pattern", text: str) -> list:
    """``list(pattern.finditer(text))`` for :data:`_WRAP` and :data:`_BREAK`: blanks, a line
    break, blanks, a line break, then blanks or white space (nothing else). Their opening
    blanks kept the engine from skipping ahead (a try at every character of every text);
    the pattern is matched only where the blanks before a blank line begin. The same
    matches: a match's first line break ends the blanks it opens with, so the blank line
    found there is the one it holds, and each match ends before a character that is no
    blank nor line break, which no later blank line reaches back over."""
    out: list = []
    pos = 0
    for core in _BLANK_LINE.finditer(text):
        start = core.start()
        if start < pos:
            continue
        while start > pos and text[start - 1] in " \t":
            start -= 1
        m = pattern.match(text, start)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


_MARK_CHAR = re.compile("[\"`'\u201c\u201d]")   # every match of _MARK begins with one


def _marks(text: str, pos: int, end: int) -> list:
    """The matches of ``_MARK.finditer(text, pos, end)``, tried only where a mark's character
    stands (its lookbehinds kept the regex from skipping ahead: a try at every character of
    every paragraph was 1% of a real compare)."""
    out = []
    for c in _MARK_CHAR.finditer(text, pos, end):
        if c.start() >= pos:
            m = _MARK.match(text, c.start(), end)
            if m:
                out.append(m)
                pos = m.end()
    return out


def _run_on_breaks(text: str) -> list[tuple[int, int]]:
    """Paragraph breaks inside a quotation that runs over paragraphs without reopening its
    marks: a paragraph whose last mark opens, then up to ``RUN_ON_PARAGRAPHS`` paragraphs with
    no mark at all, then one whose first mark closes ('The manager said, "They poured in.' /
    'They punched me.' / 'It was insane." A council member ...'). The convention that reopens
    each paragraph ('"They poured in.' / '"They punched me."') is the extractor's already."""
    if text.count('"') + text.count("\u201c") + text.count("``") < 2:
        return []
    breaks = _blank_line_matches(_BREAK, text)
    if not breaks:
        return []
    paragraphs = [0] + [b.end() for b in breaks]
    ends = [b.start() for b in breaks] + [len(text)]
    marks = [_marks(text, p, e) for p, e in zip(paragraphs, ends)]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(marks):
        if not marks[i] or marks[i][-1].lastgroup != "open":
            i += 1
            continue
        j = i + 1
        while j < len(marks) and not marks[j] and j - i <= RUN_ON_PARAGRAPHS:
            j += 1
        # (the loop stops by ``RUN_ON_PARAGRAPHS`` unmarked paragraphs at the most)
        if j < len(marks) and j > i + 1 and marks[j] and marks[j][0].lastgroup == "close":
            out += [breaks[k].span() for k in range(i, j)]
        i = j
    return out
