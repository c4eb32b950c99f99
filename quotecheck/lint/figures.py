"""Figures in a draft's own voice against the sources' figures for the same counted noun.

A complement to the figures analysis (whose referents are fixed classes such as troops or
people): here a figure's referent is the noun it counts ("14,000 members", "4.5% pay
offer"), and a source figure is comparable only when its sentence shares content words with
the draft's, and when both say what happened to what they count, it is the same thing
(killed, detained, injured...: "164 people had been killed" is never compared with "8,000
people had been detained"). A draft figure that agrees with no comparable source figure is a
``number`` detection; sources may disagree among themselves, agreeing with any one is enough.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Optional

from quotecheck.model import Detection, Document, Related
from quotecheck.text.spanindex import SpanIndex

_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s?%|\s?per ?cent\b)?"
                     r"(?![\w]|[.,]\d)")
_WORD = re.compile(r"\w[\w'\u2019-]*")
_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+|\n\s*\n")
_TOKEN = re.compile(r"\d[\d,.]*\d|\d|\w[\w'\u2019-]*")


@dataclass(frozen=True)
class NounFigure:
    """A figure, the noun it counts and the content words of its sentence."""

    document: str
    start: int          # original offsets
    end: int
    text: str
    value: float
    approximate: bool
    head: str
    context: frozenset
    event: Optional[str] = None   # what happened to the counted (killed, detained, ...)


def _settings() -> dict:
    from quotecheck.lint.wordkeys import match_data

    return match_data()["figures"]


_REACH = 1500  # how far a figure's sentence reaches when no sentence end is near
_GRID = 1000   # fallback ends are rounded to this, so run-on text shares a few windows


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The sentence around ``pos``; in run-on text (no end within ``_REACH``) a window whose
    ends are rounded to ``_GRID``, so figures there share a handful of windows (a figure
    used to fold everything from the start of the text: quadratic)."""
    low = max(0, pos - _REACH)
    s = low // _GRID * _GRID
    for m in _SENTENCE.finditer(text, low, pos):
        s = m.end()
    m = _SENTENCE.search(text, pos, pos + _REACH)
    if m:
        return s, m.start() + 1
    return s, min(len(text), -(-(pos + _REACH) // _GRID) * _GRID)


def _context(text: str, span: tuple, stop, cache: dict) -> frozenset:
    """Content words (canonical, folded) of ``text[span]``, once per span."""
    from quotecheck.lint.wordkeys import canonical
    from quotecheck.text.normalize import fold_text

    words = cache.get(span)
    if words is None:
        words = frozenset(k for w in _WORD.findall(text, *span) for k in canonical(fold_text(w))
                          if k not in stop and not k[:1].isdigit())
        cache[span] = words
    return words



def figures_in(doc: Document, quotes: list) -> list:
    """Figures in the narration of ``doc`` (figures inside quotations are the speaker's)."""
    from quotecheck.lint.wordkeys import singular, word_sets
    from quotecheck.text.normalize import fold_text

    cfg = _settings()
    stop = word_sets()["stopwords"]
    view = doc.view
    text = view.text
    quoted = SpanIndex(
        (view.from_original(q.open_start if q.open_start is not None else q.start),
         view.from_original(q.close_end if q.close_end is not None else q.end))
        for q in quotes if q.document == doc.id)
    approximators = sorted(cfg["approximators"], key=len, reverse=True)
    contexts: dict = {}
    sentence_tokens: dict = {}
    out = []
    for m in _NUMBER.finditer(text):
        raw, percent = m.group(1), m.group(2)
        if quoted.holds(m.start()):
            continue
        value = float(raw.replace(",", ""))
        year = len(raw) == 4 and raw[:2] in ("19", "20")
        if not percent and (value < cfg["min-value"] or year):
            continue  # small counts and years
        if text[m.end():m.end() + 1] == "-":
            continue  # "81-year-old"
        head = "%" if percent else _head(text, m.end(), stop)
        if not head:
            continue
        s0, s1 = _sentence(text, m.start())
        before = fold_text(text[max(s0, m.start() - 20):m.start()]).rstrip()
        approx = any(before.endswith(a) for a in approximators)
        context = frozenset(singular(w) for w in _context(text, (s0, s1), stop, contexts)
                            if w != head)
        o0, o1 = view.span(m.start(), m.end())
        out.append(NounFigure(doc.id, o0, o1, doc.text[o0:o1], value, approx,
                              singular(head) if head != "%" else head, context,
                              _event(text, s0, s1, m.start(), head, sentence_tokens)))
    return out


def _event(text: str, s0: int, s1: int, at: int, head: str,
           tokens: Optional[dict] = None) -> Optional[str]:
    """What happened to what the figure at ``at`` counts ("164 people had been killed",
    "killing 11 people"), from the figures analysis' event words; None when unsaid.
    ``tokens`` (one per document) keeps each sentence's words, so a sentence of many figures
    is read once, not once per figure."""
    from quotecheck.provenance.figure_referents import event_of, lexicon

    cached = None if tokens is None else tokens.get((s0, s1))
    if cached is None:
        words = [(t.group(), t.start(), t.end()) for t in _TOKEN.finditer(text, s0, s1)]
        cached = (words, [w[1] for w in words])
        if tokens is not None:
            tokens[(s0, s1)] = cached
    words, starts = cached
    k = bisect_left(starts, at)
    if k >= len(words) or starts[k] != at:
        return None
    from quotecheck.text.normalize import fold_text

    hj = next((i for i in range(k + 1, min(len(words), k + 6))
               if fold_text(words[i][0]) == head), k)
    try:
        return event_of(words, k, hj, lexicon(), text)
    except (KeyError, IndexError):  # the figures word lists are missing or damaged
        return None


def same_event(a: "NounFigure", b: "NounFigure") -> bool:
    """Whether two figures may count the same thing: their events agree, or one is unsaid."""
    return a.event is None or b.event is None or a.event == b.event


def context_at(doc: Document, start: int, end: int, cache: Optional[dict] = None) -> frozenset:
    """Content words (canonical, singular) of the sentence around an original span; give
    one ``cache`` per document to work each sentence out once."""
    from quotecheck.lint.wordkeys import singular, word_sets

    stop = word_sets()["stopwords"]
    text = doc.view.text
    span = _sentence(text, doc.view.from_original(start))
    return frozenset(singular(w) for w in _context(text, span, stop,
                                                   {} if cache is None else cache))


def comparable(a: frozenset, b: frozenset) -> bool:
    """Whether two figures' sentences share enough content words to be about one thing."""
    return len(a & b) >= _settings()["min-shared-words"]


def _head(text: str, pos: int, stop) -> str:
    """The counted noun: the last of up to four words after the number, before a stop word
    or punctuation ("40,000 rail workers" -> "workers")."""
    from quotecheck.text.normalize import fold_text

    run = []
    for m in _WORD.finditer(text, pos, min(len(text), pos + 80)):
        gap = text[pos:m.start()]
        if gap.strip():
            break
        word = fold_text(m.group())
        if word in stop or len(run) == 4:
            break
        run.append(word)
        pos = m.end()
    return run[-1] if run else ""


def values_agree(a: float, b: float, approximate: bool, tolerance: float) -> bool:
    """Whether two figures' values agree: equal, or within ``tolerance`` of the larger where
    either figure is approximate ('about 300', 'nearly 4,000'). Both draft checks use it."""
    return a == b or (approximate and abs(a - b) <= tolerance * max(a, b))


def unsupported_figure(doc_id: str, figure, near, referent: str, why: str) -> Detection:
    """The ``number`` detection for a draft ``figure`` that no comparable source figure
    supports, pointing at ``near``, the source figure it is set against (``why`` says how
    they compare). Both draft checks report it so."""
    return Detection(
        "number", "number", doc_id, figure.start, figure.end,
        {"value": figure.text, "other_value": near.text, "referent": referent,
         "other": near.document, "scope": "sources"},
        (Related(near.document, near.start, near.end, why),))


def figure_detections(drafts: list, draft_quotes: list, source_figures: list) -> list:
    """``number`` detections for draft figures no comparable source figure supports."""
    cfg = _settings()
    by_head: dict = {}
    for f in source_figures:
        by_head.setdefault(f.head, []).append(f)
    out = []
    for doc in drafts:
        for f in figures_in(doc, draft_quotes):
            same = [g for g in by_head.get(f.head, ())
                    if comparable(f.context, g.context) and same_event(f, g)]
            if not same or any(values_agree(f.value, g.value, f.approximate or g.approximate,
                                            cfg["tolerance"]) for g in same):
                continue
            near = max(same, key=lambda g: (len(f.context & g.context), -abs(g.value - f.value)))
            out.append(unsupported_figure(doc.id, f, near, f.head, "source figure, same noun"))
    return out
