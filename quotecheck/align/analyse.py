"""Align every rendering of one utterance across documents and type each difference.

``analyse_quotes`` groups the quotations of a story set (``grouping``), aligns each copy's
rendering with its parent's and the independent renderings with each other word by word
(``wordalign`` after ``orthography``), types the differences (``difftype``) and turns them
into ``quote-drift`` detections, a change of wording or meaning on the rendering that the
others outvote (``oddcopy``). Whether a document copies another comes from the provenance
analysis when given, else from a simple shared-words-in-order test (``docsim``).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from quotecheck.align.drift import difference_detections
from quotecheck.align.grouping import UnionFind, group, one_utterance_each, rarity
from quotecheck.align.grouping import settings as grouping_settings
from quotecheck.align.grouping import text_score
from quotecheck.align.languages import TranslationEvidence
from quotecheck.align.oddcopy import Agreement
from quotecheck.align.pairalign import align_prepared, align_renderings, best_rendering, words_of
from quotecheck.align.renderings import Rendering, is_cached, prepare, release
from quotecheck.align.stockphrase import StockPhrases
from quotecheck.align.utterances import another_utterance
from quotecheck.model import Cluster, Detection, Document, PairAlignment, Quote

__all__ = ["AlignmentResult", "analyse_quotes", "align_renderings", "difference_detections",
           "best_rendering"]

_SHARED_EDGES = {"partial", "shared-translation"}  # other edges (verbatim, syndication,
                                                    # rewrite) make a copy "derived"
_MAX_ROOT_PAIRS = 8


@dataclass
class AlignmentResult:
    """Quote groups, the pair alignments inside them and the typed differences."""

    clusters: list[Cluster] = field(default_factory=list)
    alignments: list[PairAlignment] = field(default_factory=list)
    detections: list[Detection] = field(default_factory=list)
    renderings: dict = field(default_factory=dict)   # quote id -> Rendering

    def cluster_of(self, quote_id: str) -> Optional[Cluster]:
        """The group a quotation belongs to (None for a quotation without words)."""
        index = self.__dict__.get("_index")
        if index is None or len(index) != sum(len(c.quotes) for c in self.clusters):
            index = {q: c for c in self.clusters for q in c.quotes}
            self.__dict__["_index"] = index
        return index.get(quote_id)


class Relations:
    """Which document copies which: from a provenance result, or the fallback test."""

    def __init__(self, docs: list[Document], provenance=None):
        self.provenance = provenance
        self._parents: Optional[dict] = None
        self.kind: dict = {}   # (parent id, child id) -> derived | shared
        if provenance is not None:
            edges = list(getattr(provenance, "edges", ()) or ())
            for e in edges:
                rel = "shared" if e.relation in _SHARED_EDGES else "derived"
                self.kind[(e.source, e.derived)] = rel
            if not edges:
                for d in docs:
                    try:
                        parent = provenance.parent_of(d.id)
                    except Exception:  # a provenance result that cannot answer: no link
                        parent = None
                    if parent:
                        self.kind[(parent, d.id)] = "derived"
        else:
            from quotecheck.align.docsim import derived_pairs

            for parent, child, _ in derived_pairs(docs):
                self.kind[(parent, child)] = "derived"

    def pairs(self) -> list[tuple[str, str]]:
        return list(self.kind)

    def parents_of(self, child: str) -> list[str]:
        """Documents ``child`` is known to reuse."""
        if self._parents is None:
            self._parents = {}
            for p, c in self.kind:
                self._parents.setdefault(c, []).append(p)
        found = list(self._parents.get(child, ()))
        if not found and self.provenance is not None:
            try:
                parent = self.provenance.parent_of(child)
            except Exception:
                parent = None
            if parent:
                found.append(parent)
        return found

    def between(self, parent: str, child: str) -> Optional[str]:
        """derived or shared when ``child`` reuses ``parent``, else None."""
        rel = self.kind.get((parent, child))
        if rel is None and self.provenance is not None:
            try:
                if self.provenance.derives(child, parent):
                    rel = "derived"
            except Exception:
                rel = None
        return rel

    def linked(self, x: str, y: str) -> bool:
        """Whether either document reuses the other (directly or through copies)."""
        return self.between(x, y) is not None or self.between(y, x) is not None

    def roots(self, doc_ids: list[str], shared_links: list[tuple[str, str]]) -> int:
        """Independent roots behind documents; shared translations count once."""
        uf = UnionFind(len(doc_ids))
        pos = {d: k for k, d in enumerate(doc_ids)}
        for a, b in shared_links:
            if a in pos and b in pos:
                uf.union(pos[a], pos[b])
        reps = sorted({doc_ids[uf.find(k)] for k in range(len(doc_ids))})
        if self.provenance is not None:
            try:
                return int(self.provenance.independent_roots(reps))
            except Exception:
                pass
        uf2 = UnionFind(len(reps))
        rpos = {d: k for k, d in enumerate(reps)}
        for (p, c) in self.kind:
            if p in rpos and c in rpos:
                uf2.union(rpos[p], rpos[c])
        return len({uf2.find(k) for k in range(len(reps))})


def _one_translation(pa: PairAlignment, a: Rendering, b: Rendering) -> bool:
    """True when two documents share one rendering (not a short phrase met by chance)."""
    if a.doc.id == b.doc.id:
        return False
    if pa.verdict == "shared-translation":
        return True
    return pa.verdict in ("identical", "orthographic-only") and pa.score >= 0.8 and \
        min(len(a.norms), len(b.norms)) >= 6



def _doc_outlet(doc: Document) -> str:
    return doc.meta.outlet or doc.id


def analyse_quotes(docs: list[Document], quotes: list[Quote], provenance=None
                   ) -> AlignmentResult:
    """Group renderings of each utterance, align them pairwise and type every difference."""
    by_id = {d.id: d for d in docs}
    order = {d.id: k for k, d in enumerate(docs)}
    relations = Relations(docs, provenance)
    rends = [r for r in _prepare_all(quotes, by_id, order) if r.norms]
    rare = rarity(rends)
    stock = StockPhrases(rends)
    groups, preferred = group(rends, relations.pairs(), rare)
    result = AlignmentResult(renderings={r.id: r for r in rends})
    evidence = TranslationEvidence(docs)
    for n, members in enumerate(groups, 1):
        cid = f"C{n}"
        pairs = _pairs_to_align(members, relations, preferred, rare)
        shared_links = []
        aligned = []
        speaker = _main_speaker(members)
        for a, b, rel in pairs:
            translated = evidence.translated(a, b, speaker)
            pa = align_prepared(a, b, rel, cid, translated)
            aligned.append((pa, a, b, rel, translated))
            if translated and _one_translation(pa, a, b):
                shared_links.append((a.doc.id, b.doc.id))
        support = _support(members, relations, shared_links)
        agreement = Agreement(members, lambda ids, links=shared_links:
                              relations.roots(ids, links), relations.linked)
        for pa, a, b, rel, translated in aligned:
            result.alignments.append(pa)
            if _other_utterance(pa, a, b, rel, translated, stock, speaker):
                continue   # another utterance of the speaker: no change to report
            extra = {"support": support[b.id], "other_support": support[a.id]}
            kept, moved = agreement.split(pa, a, b)   # a change three copies outvote: a's
            result.detections.extend(difference_detections(
                kept, a.quote, b.quote, rel, _doc_outlet(a.doc), a.doc, b.doc, extra))
            if moved is not None:
                result.detections.extend(difference_detections(
                    moved, b.quote, a.quote, rel, _doc_outlet(b.doc), b.doc, a.doc,
                    {"support": support[a.id], "other_support": support[b.id]}))
        doc_ids = sorted({r.doc.id for r in members}, key=order.get)
        result.clusters.append(Cluster(
            cid, tuple(r.id for r in members), relations.roots(doc_ids, shared_links),
            speaker))
    return result


def _other_utterance(pa: PairAlignment, a: Rendering, b: Rendering, rel: str,
                     translated: bool, stock: StockPhrases, speaker: Optional[str] = None
                     ) -> bool:
    """The pair is two utterances, not one quotation changed: a copy's quotation barely
    aligned with its parent's, two uses of one stock phrase by independent outlets
    (``stockphrase``), or, translations aside, two utterances by a test of ``utterances`` (two
    statements on one topic, one shared phrase only, words strung across another sentence,
    advance text against the delivered words)."""
    if rel in ("derived", "shared"):
        if not _aligned_enough(pa, a, b):
            return True
    elif stock.both_use(a, b):
        return True
    if translated:
        return False   # translations share few phrases by nature
    return another_utterance(pa, a, b, speaker)


def _aligned_enough(pa: PairAlignment, a: Rendering, b: Rendering) -> bool:
    """A copy's quotation and the parent's rendering it meets share about half of the shorter
    one's words in order (one word less: "bravery" / "courage"); less is two utterances of one
    speaker (two sentences of one statement, or two statements), not one quotation changed."""
    la, lb = len(words_of(a)), len(words_of(b))
    return pa.score * (la + lb) / 2 >= (min(la, lb) - 1) / 2 - 1e-6


def _main_speaker(members: list[Rendering]) -> Optional[str]:
    """The speaker named most often in a group (first seen on a tie)."""
    speakers = [r.quote.speaker for r in members if r.quote.speaker]
    return max(dict.fromkeys(speakers), key=speakers.count) if speakers else None


def _support(members: list[Rendering], relations: Relations, shared_links) -> dict:
    """Per rendering, how many independent roots print the same words (house style aside)."""
    docs_of: dict = defaultdict(set)
    for r in members:
        docs_of[tuple(r.norms)].add(r.doc.id)
    roots = {key: relations.roots(sorted(ids), shared_links) for key, ids in docs_of.items()}
    return {r.id: roots[tuple(r.norms)] for r in members}


def _prepare_all(quotes: list[Quote], by_id: dict, order: dict) -> list[Rendering]:
    """Renderings of every quotation, document by document; a document's tokens are let go
    once its quotations are read (unless someone else had them cached already)."""
    per_doc: dict = defaultdict(list)
    for q in quotes:
        if q.document in by_id:
            per_doc[q.document].append(q)
    out = []
    for doc_id, qs in per_doc.items():
        doc = by_id[doc_id]
        had = is_cached(doc)
        out.extend(prepare(q, doc, order[doc_id]) for q in qs)
        if not had:
            release(doc)
    return out


def _pairs_to_align(members: list[Rendering], relations: Relations, preferred: dict,
                    rare) -> list[tuple[Rendering, Rendering, str]]:
    """Copy → parent pairs, plus the best pairs between independent renderings."""
    by_doc: dict = defaultdict(list)
    for r in members:
        by_doc[r.doc.id].append(r)
    out = []
    has_parent = set()
    min_score = float(grouping_settings().get("min_score", 0.34))
    for child in members:
        for parent_id in relations.parents_of(child.doc.id):
            plist = by_doc.get(parent_id)
            if not plist or parent_id == child.doc.id:
                continue
            rel = relations.between(parent_id, child.doc.id)
            if rel is None:
                continue
            has_parent.add(child.doc.id)
            pid = preferred.get((child.id, parent_id))
            parent = next((p for p in plist if p.id == pid), None)
            if parent is None:
                parent = max(plist, key=lambda p: text_score(p, child, rare))
                if text_score(parent, child, rare) < min_score:
                    continue  # the parent does not print this utterance: nothing to compare
            out.append((parent, child, rel))
    out = one_utterance_each(out, preferred, rare)
    # with a provenance analysis, documents it did not link are independent; without one,
    # the fallback test may have missed a copy
    root_relation = "independent" if relations.provenance is not None else "unknown"
    roots = [d for d in by_doc if d not in has_parent]
    parts = _parts_elsewhere(out, roots, by_doc, rare, min_score)
    side = {d: by_doc[d] for d in roots}
    if len(roots) + len(parts) <= _MAX_ROOT_PAIRS:
        side.update(parts)   # every pair of a few roots is compared: these as roots too
        parts = {}
    roots = sorted(side, key=lambda d: side[d][0].order)
    for x, dx in enumerate(roots):
        later = roots[x + 1:] if len(roots) <= _MAX_ROOT_PAIRS else roots[x + 1:x + 2]
        for dy in later:
            out.extend(_match_between(side[dx], side[dy], rare, root_relation))
    for rends in parts.values():   # many roots: each quotation meets its best match only
        for c in rends:
            r = max((r for d in roots for r in side[d]),
                    key=lambda r: (_match_weight(r, c, rare, min_score), -r.order))
            out.append((r, c, root_relation) if r.order <= c.order else (c, r, root_relation))
    return _once_each(out)


def _once_each(pairs: list) -> list:
    """``pairs`` with each pair of renderings once, its first relation kept: a copy's
    quotation compared with the roots beside its parent (:func:`_parts_elsewhere`) meets
    its parent's rendering again when the parent is a root, and the copy relation, found
    first, is the one that holds."""
    seen: set = set()
    out = []
    for a, b, rel in pairs:
        key = (a.id, b.id) if a.id <= b.id else (b.id, a.id)
        if key not in seen:
            seen.add(key)
            out.append((a, b, rel))
    return out


def _parts_elsewhere(pairs: list, roots: list, by_doc: dict, rare, floor: float) -> dict:
    """Copy quotations a root's rendering matches better than any of the copy's parents'.

    A parent may print a copy's words only inside a longer statement (the copy quotes one
    sentence of it) while independent documents print that sentence alone: aligned with the
    whole statement, a changed word reads as another rendering of it. Such a quotation is
    compared with the roots as a root's would be, beside its parent (document -> its
    renderings, reading order); one its parents print as well as anyone stays with them."""
    best: dict = {}
    for p, c, _ in pairs:
        if c.doc.id not in roots:
            w = _match_weight(p, c, rare, floor)
            best[c.id] = max(best.get(c.id, 0.0), w)
    found: dict = defaultdict(list)
    for d, rends in by_doc.items():
        for c in rends:
            if c.id not in best:
                continue
            other = max((_match_weight(r, c, rare, floor) for o in roots for r in by_doc[o]),
                        default=0.0)
            if other > best[c.id]:
                found[d].append(c)
    return dict(found)


def _match_between(xs: list[Rendering], ys: list[Rendering], rare, relation: str) -> list:
    """Each rendering of one document paired with at most one of the other, best first."""
    floor = float(grouping_settings().get("min_score", 0.34))
    scored = sorted(((_match_weight(x, y, rare, floor), i, j) for i, x in enumerate(xs)
                     for j, y in enumerate(ys)), reverse=True)
    used_x, used_y, out = set(), set(), []
    for s, i, j in scored:
        if s <= 0 or i in used_x or j in used_y:
            continue
        used_x.add(i)
        used_y.add(j)
        out.append((xs[i], ys[j], relation))
    return out


def _match_weight(x: Rendering, y: Rendering, rare, floor: float = 0.0) -> float:
    """Preference between two renderings of independent documents: like lengths first.

    Below ``floor`` two renderings are not compared (two parts of one long statement that
    share a group through the full rendering have nothing to align)."""
    s = text_score(x, y, rare)
    if s <= 0 or s < floor:
        return 0.0
    lx, ly = len(x.norms), len(y.norms)
    return s * (0.25 + 0.75 * min(lx, ly) / max(lx, ly))
