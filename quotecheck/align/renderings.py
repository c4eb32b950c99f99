"""A quotation prepared for grouping and alignment: its words, stems and surroundings.

Documents are tokenised once (matching view, original spans); a rendering takes the tokens
inside its marks, the words just outside them (to see a moved boundary), the content words
of its sentence around it (to pair renderings in copies whose words changed), and its
speaker key.
"""
from __future__ import annotations

import re
import weakref
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Optional

from quotecheck.align.difftype import Side
from quotecheck.align.meaningwords import is_content
from quotecheck.align.orthography import stem, words
from quotecheck.model import Document, Quote
from quotecheck.text.normalize import (WORD_PATTERN, Token, document_matching_view,
                                       forget_matching_view, is_dotted_abbreviation)

_DOC_TOKENS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_SENTENCE_END = re.compile(r"[.!?\u2026]\s|\n")
# an editor's words inside the marks: square brackets, or round ones, which a speaker cannot
# say and many house styles use for the same insertion ("that (Russian President) Putin")
_BRACKETS = re.compile(r"\[[^\[\]]*\]|\([^()]*\)")
# an ellipsis: "…", "...", spaced full points as UK and wire copy print it (". . ."), "[...]"
_ELISION = re.compile(r"\u2026|\.(?:[ \t\u00a0]?\.){2,}|\[\s*\.*\s*\]")
_OPENING = re.compile("[\u201c\u201d\"\u00ab\u00bb]")   # a mark: another quotation begins
_SPAN, _FIRST, _SECOND = re.Match.span, itemgetter(0), itemgetter(1)   # over words
_OUTSIDE = 4      # words looked at on each side of the marks for a moved boundary
_CONTEXT = 6      # content words of context kept on each side
# furniture set inside a paragraph that a quotation's span may cross (a person's link card
# glued into the quoted sentence, a "(RELATED: ...)" link): another page's words, not quoted
_INLINE_FURNITURE = frozenset(("related", "chrome"))


def matching(doc: Document):
    """The document's matching view (folded text mapped to the original), made once per
    document for every stage (``normalize.document_matching_view``)."""
    return document_matching_view(doc)


def doc_tokens(doc: Document) -> tuple:
    """All word tokens of a document (original spans) and their start offsets, cached."""
    hit = _DOC_TOKENS.get(doc)
    if hit is None:
        toks = _tokens(doc)
        hit = (toks, toks.starts)
        _DOC_TOKENS[doc] = hit
    return hit


def is_cached(doc: Document) -> bool:
    """True when the document's tokens are already held."""
    return doc in _DOC_TOKENS


def release(doc: Document) -> None:
    """Let go of a document's cached tokens and matching view (memory for large sets)."""
    _DOC_TOKENS.pop(doc, None)
    forget_matching_view(doc)


def _shift(view) -> Optional[int]:
    """The constant offset of a view that copies one run of its source exactly, else None."""
    pieces = getattr(view, "_pieces", None)
    if pieces is None or len(pieces) != 1:
        return None
    d0, o0, o1, exact = pieces[0]
    if not exact or d0 != 0 or o1 - o0 != len(view.text):
        return None
    if view.parent is None:
        return o0
    up = _shift(view.parent)
    return None if up is None else o0 + up


def _tokens(doc: Document) -> "_LazyTokens":
    """The word tokens of the document's matching view, read lazily.

    Words are read with ``normalize``'s own word pattern and abbreviation rule, so tokens
    are the ones ``normalize.tokenize`` gives; only each word's span is kept, and a Token
    is made when one is read (a rendering reads the few around its quotation). Starts are
    mapped to the original for every word at once (one offset when every view is one exact
    copy, else ``map_spans`` of the whole list, as ``tokenize`` maps them).
    """
    mview = matching(doc)
    return _LazyTokens(mview, list(map(_SPAN, WORD_PATTERN.finditer(mview.text))),
                       _shift(mview))


class _LazyTokens:
    """The word tokens of one matching view, each made on first read (equal to the Token
    ``tokenize`` makes: the folded word, original span, index in the list)."""

    __slots__ = ("delta", "ends", "made", "spans", "starts", "text", "view")

    def __init__(self, view, spans: list, delta: Optional[int]):
        self.view = view
        self.text = view.text
        self.spans = spans
        self.delta = delta
        self.made: dict = {}
        if delta is not None:      # mapped in C: every word of every document with a quote
            self.starts = list(map(delta.__add__, map(_FIRST, spans)))
            self.ends = None
        else:
            self.starts, self.ends = view.map_spans(list(map(_FIRST, spans)),
                                                    list(map(_SECOND, spans)))

    def __len__(self) -> int:
        return len(self.spans)

    def __iter__(self):
        return (self[k] for k in range(len(self.spans)))

    def __getitem__(self, k):
        if isinstance(k, slice):
            made = self.made.get
            return [made(i) or self._make(i) for i in range(*k.indices(len(self.spans)))]
        if k < 0:
            k += len(self.spans)
        return self.made.get(k) or self._make(k)

    def parts(self, k: int) -> tuple:
        """``(folded word, original start, original end)`` of word ``k`` (0 <= k), as its
        Token has them, without making one."""
        s, e = self.spans[k]       # IndexError past the end, as a list
        word = self.text[s:e]
        if word.endswith(".") and not is_dotted_abbreviation(word):
            word = word[:-1]   # never empty: a word begins with a letter or digit
            end = e - 1 + self.delta if self.delta is not None else \
                self.view.to_original_end(e - 1)
        else:
            end = e + self.delta if self.delta is not None else self.ends[k]
        return word, self.starts[k], end

    def stop(self, lo: int, end: int) -> int:
        """The first word from ``lo`` on that ends after original offset ``end`` (or the
        count of words). With one offset, the words' unstripped ends rise, so a bisection
        finds the first that ends after ``end``; only a full point stripped from it can
        bring it inside, and the words after it start past ``end``."""
        n = len(self.spans)
        hi = lo
        if self.delta is not None:
            hi = bisect_right(self.spans, end - self.delta, lo, key=_SECOND)
        while hi < n and self.parts(hi)[2] <= end:
            hi += 1
        return hi

    def _make(self, k: int) -> Token:
        """The Token of word ``k`` (0 <= k), made and kept."""
        tok = self.made[k] = Token(*self.parts(k), k)
        return tok


def _speaker_tools():
    try:
        from quotecheck.quotes.speakers import (same_speaker,  # the extraction engineer's module
                                                speaker_key)
        return speaker_key, same_speaker
    except Exception:  # pragma: no cover - before the speakers module lands
        return _own_key, lambda a, b: _own_key(a) == _own_key(b)


def _own_key(name: Optional[str]) -> Optional[str]:
    if not name:
        return None
    from quotecheck.text.normalize import fold_text

    parts = re.findall(r"\w+", fold_text(name))
    return parts[-1] if parts else None


SPEAKER_KEY, SAME_SPEAKER = _speaker_tools()


@dataclass
class Rendering:
    """One quotation with everything grouping and alignment read from it."""

    quote: Quote
    doc: Document
    order: int                 # the document's position in the story set
    side: Side
    norms: list[str]
    stems: tuple
    content: frozenset         # content stems inside the marks
    context: frozenset         # content stems of the sentence around, outside the marks
    speaker: Optional[str]     # speaker key

    @property
    def id(self) -> str:
        return self.quote.id


def _between(text: str, a: int, b: int, cut=()) -> str:
    """``text[a:b]`` ('' when ``b <= a``) without the ``cut`` spans inside it (the gap a
    dropped card leaves)."""
    if not cut:
        return text[a:b] if b > a else ""
    out, at = [], a
    for s, e in cut:
        if a <= s and e <= b:
            out.append(text[at:s])
            at = e
    out.append(text[at:b] if b > at else "")
    return "".join(out)


def _furniture_inside(doc: Document, start: int, end: int) -> list:
    """Original spans of ``doc``'s inline furniture (:data:`_INLINE_FURNITURE`) that lie
    inside ``[start, end)``: a link card the quotation's marks enclose is no quoted word."""
    return [(s, e) for kind, s, e in getattr(doc, "regions", ()) or ()
            if kind in _INLINE_FURNITURE and start <= s and e <= end]


def _gap_elides(gap: str) -> bool:
    """An ellipsis in the gap between two words (one space, the usual gap, holds none)."""
    return gap != " " and _ELISION.search(gap) is not None


def prepare(quote: Quote, doc: Document, order: int = 0) -> Rendering:
    """Build the rendering of ``quote`` inside ``doc``."""
    open_at = quote.open_start if quote.open_start is not None else quote.start
    close_at = quote.close_end if quote.close_end is not None else quote.end
    toks, starts = doc_tokens(doc)
    text = doc.text
    lo = bisect_left(starts, quote.start)
    inside = toks[lo:toks.stop(lo, quote.end)]
    ws = words(inside, text)
    cut = _furniture_inside(doc, quote.start, quote.end)
    if cut:
        ws = [w for w in ws if not any(s0 <= w.start < e0 for s0, e0 in cut)]
    raw = [text[w.start:w.end] for w in ws]
    capital, opens = [], set()
    for k, w in enumerate(ws):
        r = raw[k]
        # whether a sentence begins here is asked of capitalised words only (the same values)
        if r[:1].isupper() and (k == 0 or _SENTENCE_END.search(
                _between(text, ws[k - 1].end, w.start, cut) + " ")):
            opens.add(k)
            capital.append(False)
        else:
            capital.append(bool(r[:1].isupper()) and r != "I" and not w.expanded)
    elided = set()
    for k in range(1, len(ws)):
        if ws[k].token != ws[k - 1].token and _gap_elides(
                _between(text, ws[k - 1].end, ws[k].start, cut)):
            elided.add(k)
    if ws and _ELISION.search(_between(text, quote.start, ws[0].start)):
        elided.add(0)                 # "… the rest": the start was cut on purpose
    if ws and _ELISION.search(_between(text, ws[-1].end, close_at)):
        elided.add(len(ws))           # "the start …": so was the end
    before, left_ctx = _outside(toks, text, lo - 1, -1, open_at)
    j = bisect_left(starts, close_at)
    after, right_ctx = _outside(toks, text, j, 1, close_at)
    brackets = [(m.start(), m.end()) for m in _BRACKETS.finditer(text[quote.start:quote.end])]
    bracketed = frozenset(k for k, w in enumerate(ws)
                          if any(s0 < w.start - quote.start < e0 for s0, e0 in brackets)
                          ) if brackets else frozenset()
    side = Side(ws, raw, capital, before, after, frozenset(elided), anchor=quote.start,
                bracketed=bracketed, sentence_starts=frozenset(opens), text=text)
    norms = [w.norm for w in ws]
    stems = tuple(stem(n) for n in norms)
    return Rendering(
        quote=quote, doc=doc, order=order, side=side, norms=norms, stems=stems,
        content=frozenset(s for s in stems if is_content(s)),
        context=frozenset(left_ctx + right_ctx),
        speaker=SPEAKER_KEY(quote.speaker) if quote.speaker else None,
    )


@lru_cache(maxsize=65536)
def _word_stems(fold: str) -> tuple:
    """``(norm, stem, is content)`` of each alignable word of one folded token (what
    ``words([token])`` gives depends on the token's text alone)."""
    out = []
    for w in words([Token(fold, 0, 0, 0)]):
        s = stem(w.norm)
        out.append((w.norm, s, is_content(s)))
    return tuple(out)


def _outside(toks, text, k, step, mark) -> tuple[list[str], list[str]]:
    """Words just outside a mark (nearest first → returned in reading order) and context."""
    near: list[str] = []
    ctx: list[str] = []
    prev_edge = mark
    n = len(toks)
    while 0 <= k < n and len(ctx) < _CONTEXT and len(near) < 40:
        fold, start, end = toks.parts(k)    # read only: no Token made
        gap = _between(text, end, prev_edge) if step < 0 else _between(text, prev_edge, start)
        if gap != " " and _SENTENCE_END.search(gap + " " if step > 0 else gap):
            break  # the token belongs to another sentence (never after one space)
        if near and gap != " " and _OPENING.search(gap):
            break  # another quotation begins: its words are not this quote's context
        parts = _word_stems(fold)
        for norm, s, content in (reversed(parts) if step < 0 else parts):
            near.append(norm)
            if content:
                ctx.append(s)
        prev_edge = start if step < 0 else end
        k += step
    if step < 0:
        near.reverse()
    return near[-_OUTSIDE:] if step < 0 else near[:_OUTSIDE], ctx
