"""quote-drift detections from a pair alignment: exact spans on both renderings.

Each typed change becomes a Detection on the later (or copied) rendering's document, with the
other rendering's words in ``related``; independent translations give one ``translation``
detection for the stretch where they differ. Spans always come from the documents' own text.
"""
from __future__ import annotations

import re
from typing import Optional

from quotecheck.model import Detection, Document, PairAlignment, Quote, Related
from quotecheck.text.confusables import lookalike_note

FINDING_CATEGORIES = ("orthographic", "translation", "rendering", "wording", "meaning",
                      "truncation")
_INDEPENDENT = ("translation", "rendering")   # one detection per pair for the stretch
_WORD = re.compile(r"\w[\w'’\-]*")


class _Span:
    """A quotation's original span and text (from its document when known)."""

    def __init__(self, quote: Quote, doc: Optional[Document]):
        self.start, self.end = quote.start, quote.end
        self.text = doc.text[quote.start:quote.end] if doc is not None else quote.text

    def widen(self, start: int, end: int) -> tuple[int, int]:
        """A visible span for an empty one: the words on either side inside the quote."""
        if end > start:
            return self.trim(start, end)
        spans = [(m.start() + self.start, m.end() + self.start)
                 for m in _WORD.finditer(self.text)]
        if not spans:
            return self.start, self.end
        before = [s for s in spans if s[1] <= start]
        after = [s for s in spans if s[0] >= start]
        s0 = before[-1][0] if before else after[0][0]
        e0 = after[0][1] if after else before[-1][1]
        return self.trim(s0, e0)

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The span with one more word on each side (inside the quote), for context."""
        spans = [(m.start() + self.start, m.end() + self.start)
                 for m in _WORD.finditer(self.text)]
        before = [sp for sp in spans if sp[1] <= start]
        after = [sp for sp in spans if sp[0] >= end]
        s0 = before[-1][0] if before else start
        e0 = after[0][1] if after else end
        return self.trim(s0, e0) if e0 > s0 else (start, end)

    def trim(self, start: int, end: int) -> tuple[int, int]:
        """Shrink a span inside the quote to start and end on word characters."""
        text, base = self.text, self.start
        s, e = max(start, base), min(end, base + len(text))
        while s < e and not text[s - base].isalnum():
            s += 1
        while e > s and not text[e - 1 - base].isalnum():
            e -= 1
        return (s, e) if e > s else (start, end)


def difference_detections(alignment: PairAlignment, a_quote: Quote, b_quote: Quote,
                          relation: str = "unknown", a_outlet: Optional[str] = None,
                          a_doc: Optional[Document] = None, b_doc: Optional[Document] = None,
                          extra: Optional[dict] = None) -> list[Detection]:
    """quote-drift detections on ``b``'s document for the typed differences of a pair.

    One detection per changed region (exact span of the changed words in ``b``, the other
    rendering's words in ``related``); independent translations get one ``translation``
    detection for the stretch where they differ. ``extra`` adds message fields (the
    independent roots that ``support`` each rendering, for instance).
    """
    out: list[Detection] = []
    other = a_outlet or (a_doc.meta.outlet if a_doc is not None else None) or a_quote.document
    span_a, span_b = _Span(a_quote, a_doc), _Span(b_quote, b_doc)
    independent = alignment.verdict in ("independent-translation", "independent-rendering")
    base = {"other_outlet": other, "other_document": a_quote.document,
            "speaker": b_quote.speaker or a_quote.speaker, "verdict": alignment.verdict,
            "relation": relation, "quote": b_quote.text, **(extra or {})}
    trans = []
    for seg in alignment.segments:
        cat = seg.category
        if cat not in FINDING_CATEGORIES:
            continue
        if cat in _INDEPENDENT or (independent and cat == "orthographic"):
            trans.append(seg)
            continue
        if seg.a_start == seg.a_end or seg.b_start == seg.b_end:
            # words only on one side: show both with the words around them
            b0, b1 = (span_b.widen(seg.b_start, seg.b_end) if seg.b_start == seg.b_end
                      else span_b.around(seg.b_start, seg.b_end))
            a0, a1 = (span_a.widen(seg.a_start, seg.a_end) if seg.a_start == seg.a_end
                      else span_a.around(seg.a_start, seg.a_end))
        else:
            b0, b1 = span_b.widen(seg.b_start, seg.b_end)
            a0, a1 = span_a.widen(seg.a_start, seg.a_end)
        args = dict(base, before=seg.a_text, after=seg.b_text, kind=seg.kind)
        _note_lookalikes(args, (seg.a_text, seg.b_text))
        out.append(Detection("quote-drift", cat, b_quote.document, b0, b1, args,
                             (Related(a_quote.document, a0, a1,
                                      f"{other}: {seg.a_text or a_quote.text}"),)))
    cats = [s.category for s in trans if s.category in _INDEPENDENT]
    if cats:
        b0, b1 = span_b.widen(min(s.b_start for s in trans), max(s.b_end for s in trans))
        cat = "translation" if "translation" in cats else "rendering"
        args = dict(base, before=a_quote.text, after=b_quote.text,
                    kind="rendering" if cat == "translation" else "paraphrase")
        _note_lookalikes(args, *[(s.a_text, s.b_text) for s in trans])
        out.append(Detection("quote-drift", cat, b_quote.document, b0, b1, args,
                             (Related(a_quote.document, a_quote.start, a_quote.end,
                                      f"{other}: {a_quote.text}"),)))
    return out


def _note_lookalikes(args: dict, *pairs: tuple) -> None:
    """``args["lookalike"]`` names the characters when the words only look the same
    (a Cyrillic 'а' for a Latin 'a'); the message templates show it."""
    note = lookalike_note(*pairs)
    if note:
        args["lookalike"] = note
