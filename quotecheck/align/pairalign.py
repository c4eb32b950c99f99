"""Word alignment of two renderings of one utterance, with typed segments and a verdict.

The pairwise step of ``analyse``: ``align_prepared`` aligns two prepared renderings
(``wordalign`` after ``orthography``), types the differences (``difftype``) by the relation of
the two documents, and names the pair's verdict; ``best_rendering`` finds the rendering a
fragment or an elided quote was taken from.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from quotecheck.align.difftype import settings as verdict_settings
from quotecheck.align.difftype import type_pair
from quotecheck.align.languages import TranslationEvidence, retranslated
from quotecheck.align.masking import resolve_masks
from quotecheck.align.renderings import Rendering, prepare
from quotecheck.align.wordalign import align, containment, ratio
from quotecheck.model import Document, PairAlignment, Quote

__all__ = ["align_prepared", "align_renderings", "best_rendering", "words_of"]


def words_of(r: Rendering) -> list[str]:
    """The normalised words of a rendering, the sequence the aligner compares."""
    return [w.norm for w in r.side.words]


def align_prepared(a: Rendering, b: Rendering, relation: str, cluster: str = "",
                   translated: Optional[bool] = None) -> PairAlignment:
    """Word alignment, typed segments and verdict of two prepared renderings.

    Between independent renderings, ``translated`` says whether the words were translated
    (``languages``; read from the two documents when None): without that evidence other
    words are an independent rendering, and a near-identical pair keeps its real changes.
    """
    na, nb = words_of(a), words_of(b)
    ops = align(*resolve_masks(na, nb))   # 'bull----' aligned with 'bullshit': house style
    score = ratio(ops, len(na), len(nb))
    if relation in ("translation", "rendering"):
        translated, relation = relation == "translation", "independent"
    known = relation not in ("unknown", None)
    rel = relation if known else "independent"
    if rel == "independent" and translated is None:
        translated = TranslationEvidence([a.doc, b.doc]).translated(a, b)
    if rel == "shared":
        # partial reuse: a quote taken over is near-identical; others are the outlet's own
        probe = type_pair(a.side, b.side, "independent", ops)
        if not _near_identical(probe, score, ops, len(na), len(nb)):
            rel = "independent"
    segments = type_pair(a.side, b.side, rel, ops)
    if rel == "independent" and _near_identical(segments, score, ops, len(na), len(nb)):
        near = type_pair(a.side, b.side, "near" if translated else "near-rendering", ops)
        cats = {(s.category, s.kind) for s in near}
        # one translation shared (function words edited), or — when nobody said the two
        # documents are independent — a copy with a word swapped; a phrase translated twice
        # (a content word swapped, a modal or a tense beside it) stays a translation then too
        if not translated or (("translation", "rendering") not in cats and
                              not (known and any(s.category == "wording" or
                                                 retranslated(s) for s in near))):
            rel, segments = "near", near
    verdict = _verdict(segments, rel, a, b)
    if translated is False and rel in ("independent", "near"):
        # the same language on both sides: other words are a rendering, not a translation
        segments = [_as_rendering(s) for s in segments]
        if known or verdict in ("shared-translation", "independent-translation"):
            verdict = "independent-rendering" if verdict not in (
                "identical", "orthographic-only") else verdict
    return PairAlignment(cluster, a.id, b.id, verdict, round(score, 4), tuple(segments))


def _as_rendering(seg):
    """A ``translation`` segment renamed ``rendering`` (independent same-language quotes)."""
    if seg.category != "translation":
        return seg
    kind = "paraphrase" if seg.kind == "rendering" else seg.kind
    return replace(seg, category="rendering", kind=kind)


def _near_identical(segments, score, ops, la, lb) -> bool:
    cfg = verdict_settings()
    changed = [s for s in segments if s.category not in ("equal", "orthographic")]
    if not changed:
        return True
    longest = max(la, lb)
    frag = containment(ops, la, lb) if min(la, lb) >= 3 else 0.0
    return (score >= float(cfg.get("shared_translation_score", 0.8)) or frag >= 0.9) and \
        len(changed) <= int(cfg.get("shared_translation_max_regions", 2)) and longest >= 4


def _verdict(segments, rel: str, a: Rendering, b: Rendering) -> str:
    """identical, orthographic-only, shared-translation, independent-translation,
    derived-faithful or derived-corrupted."""
    cats = {s.category for s in segments} - {"equal"}
    partial = any(s.category == "equal" and s.kind != "same" for s in segments)
    if not cats and not partial:
        return "identical"
    if cats <= {"orthographic"} and not partial:
        return "orthographic-only"
    bad = cats & {"wording", "meaning", "truncation"}
    if rel == "derived":
        return "derived-corrupted" if bad else "derived-faithful"
    if rel in ("shared", "near"):
        return "derived-corrupted" if bad else "shared-translation"
    return "independent-translation"


def align_renderings(a: Quote, a_doc: Document, b: Quote, b_doc: Document,
                     relation: str = "unknown") -> PairAlignment:
    """Align two renderings (``a`` earlier or parent). relation: derived, independent, unknown.

    ``unknown`` treats near-identical renderings with a swapped content word as an edited
    copy (wording); ``independent`` keeps them translations.
    """
    return align_prepared(prepare(a, a_doc), prepare(b, b_doc), relation)


def best_rendering(quote: Quote, doc: Document, candidates: list[tuple[Quote, Document]],
                   min_score: float = 0.5) -> Optional[tuple[Quote, Document, float]]:
    """The candidate rendering closest to ``quote`` (fragments and elided quotes included).

    A fragment scores by the share of its words found in order inside the longer rendering;
    an elided quote ("… [...]") aligns piece by piece across the gaps.
    """
    q = prepare(quote, doc)
    nq = words_of(q)
    if not nq:
        return None
    best = None
    for cq, cdoc in candidates:
        c = prepare(cq, cdoc)
        nc = words_of(c)
        if not nc:
            continue
        ops = align(nq, nc)
        full = ratio(ops, len(nq), len(nc))
        inside = sum(i2 - i1 for t, i1, i2, _, _ in ops if t == "equal") / len(nq)
        score = max(full, 0.95 * inside if len(nq) < len(nc) else full)
        if best is None or score > best[2]:
            best = (cq, cdoc, round(score, 4))
    return best if best and best[2] >= min_score else None
