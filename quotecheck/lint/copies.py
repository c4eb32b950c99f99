"""Provenance in the draft check: the sources are not all independent.

Two checks need to know who derives from whom among the draft and its sources:

* a quotation the draft takes, word for word, from a source that is itself a changed copy
  of another source (a scraper's rewrite) is checked against the parent: the finding names
  the parent's words, not the copy's;
* a draft that reuses a source's text without crediting it (``undisclosed-reuse``) is
  reported as :mod:`quotecheck.provenance` reports it for ``compare``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Optional

from quotecheck.model import Detection, Related

_WORST = ("meaning", "wording", "truncation")   # categories of a changed copy, worst first
# A draft is written from its sources: restating their facts and quoting them is the job.
# Lifting is narration copied word for word: at least this many sentences of it.
LIFTED_SENTENCES = 2
_VERBATIM = re.compile(r"^(\d+) sentences copied word for word$")


def _lifted(edge) -> int:
    """How many narration sentences an edge's evidence says were copied word for word."""
    for item in edge.evidence:
        m = _VERBATIM.match(item)
        if m:
            return int(m.group(1))
    return 0


def reuse_detections(provenance: Any, draft_ids: set) -> list:
    """The provenance stage's undisclosed-reuse detections whose copy is a draft that lifts
    at least :data:`LIFTED_SENTENCES` sentences of its parent word for word."""
    lifted = {(e.source, e.derived) for e in provenance.edges
              if e.derived in draft_ids and _lifted(e) >= LIFTED_SENTENCES}
    return [_as_reuse(d) for d in provenance.detections
            if d.rule_type == "provenance" and d.document in draft_ids
            and (d.args.get("parent"), d.document) in lifted]


def _as_reuse(detection: Detection) -> Detection:
    """A draft is always told it reuses without credit (QC501): lifting a text that several
    sources print uncredited (``shared-text``, info for ``compare``) is still lifting."""
    if detection.args.get("kind") != "shared-text":
        return detection
    args = {k: v for k, v in detection.args.items() if k != "kind"}
    return replace(detection, args=args)


def source_parent(provenance: Any, doc_id: str, source_ids: set) -> Optional[str]:
    """The source ``doc_id`` derives from (edges between sources only), or None."""
    best = None
    for e in provenance.edges:
        if e.derived == doc_id and e.source in source_ids and e.relation != "shared-translation":
            if best is None or e.confidence > best.confidence:
                best = e
    return best.source if best is not None else None


def _faithful_elsewhere(piece: list, index, copy: str, provenance: Any, found) -> bool:
    """Whether some source other than the copy (and not derived from it) gives the piece
    without changes."""
    return any(m.document != copy and not m.changes and found(m, piece)
               and not provenance.derives(m.document, copy) for m in index.locate(piece))


def _changed_segments(pair, spans: list) -> list:
    """Segments of a parent → copy pair alignment that change the copy inside ``spans``."""
    return [s for s in pair.segments if s.category in _WORST
            and any(s.b_start < e and b <= s.b_end if s.b_start == s.b_end
                    else s.b_start < e and b < s.b_end for b, e in spans)]


def corrupted_copy_detections(quoted: list, index, story: Any, source_ids: set,
                              found) -> list:
    """Detections for draft quotations found, without changes, only in a source that changed
    its parent's words there. ``quoted`` holds (draft, quote, located pieces); ``found``
    tells whether a match holds a piece."""
    provenance = story.provenance
    copies = {d: source_parent(provenance, d, source_ids) for d in source_ids}
    if not any(copies.values()):
        return []
    out = []
    for draft, q, located in quoted:
        docs = {m.document for _, m, _, _ in located if m is not None}
        if len(docs) != 1:
            continue
        copy = docs.pop()
        parent = copies.get(copy)
        if parent is None or all(_faithful_elsewhere(p, index, copy, provenance, found)
                                 for p, _, _, _ in located):
            continue
        det = _against_parent(draft, q, located, story, copy, parent)
        if det is not None:
            out.append(det)
    return out


def _against_parent(draft, q, located: list, story: Any, copy: str, parent: str):
    """The detection naming the parent's words, from the quote alignment of the sources."""
    copy_quotes = {sq.id for _, _, sq, _ in located if sq is not None}
    spans = [(m.start, m.end) for _, m, _, _ in located]
    for pair in story.alignment.alignments:
        if pair.b not in copy_quotes or not pair.a.startswith(parent + "#") or \
                pair.verdict != "derived-corrupted":
            continue
        changed = _changed_segments(pair, spans)
        if not changed:
            continue
        worst = min(changed, key=lambda s: _WORST.index(s.category))
        pq = next((x for x in story.quotes if x.id == pair.a), None)
        if pq is None:
            continue
        p_doc = story.document(parent)
        return Detection(
            "quote-drift", worst.category, draft.id, q.start, q.end,
            args={"kind": worst.kind, "quote": draft.text[q.start:q.end],
                  "draft": draft.text[q.start:q.end], "source": parent, "copy": copy,
                  "source_words": p_doc.text[pq.start:pq.end], "speaker": q.speaker or "",
                  "changed": "; ".join(f"{s.a_text} → {s.b_text}" for s in changed)},
            related=(Related(parent, pq.start, pq.end,
                             f"the parent's words ({copy} is a changed copy of it)"),
                     Related(copy, min(b for b, _ in spans), max(e for _, e in spans),
                             "the changed copy the draft quotes")))
    return None
