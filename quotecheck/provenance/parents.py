"""Choosing each copy's parents among the candidate edges of a story set.

Every pair that shares enough text gives a candidate edge; copies of one original also
resemble each other, so most candidates are explained by a closer parent. Explaining away
drops resemblance a strong parent explains; pruning drops cycles and keeps the closest of
parents that are themselves linked. Neither drops a parent for another version of one running
text (``one_text``: an agency's own newsline, write-throughs and subs): the versions are one
text, and a copy carrying its lines derives from each version that prints them.
"""
from __future__ import annotations

from quotecheck.provenance.derivation import settings
from quotecheck.provenance.pairfeatures import fact_overlap
from quotecheck.provenance.relation import WORD_FOR_WORD

_TIE = 0.02  # edge scores this close are equal


def explain_away(found: list, by_id: dict, weight, one_text=None) -> list:
    """Drop resemblance a strong parent already explains (source dependence, Dong et al. 2009).

    Edges are taken strongest first. When a child C already has a strong parent P, another
    document Q whose resemblance to C lies in sentences C took from P, and which shares with
    C no more facts (within a margin) than it shares with P, resembles C only because C
    copies P: the edge between Q and C, either way round, is dropped. Sentences C has from
    elsewhere (a second source lifted) keep the edge; so does a copy of C itself (C -> Q)
    about as strong as P -> C, since a copy of a copy shares its grandparent's facts.
    Nor is an edge dropped when its copy's two candidate sources are versions of one running
    text (``one_text``: an agency's own newsline and its write-through, Q and P for the copy
    C, or C and P for C's copy Q): the copy carries lines that both versions print.
    """
    cfg = settings()["explain"]
    parent: dict = {}   # child -> its accepted strong parent (edge, alignment, score)
    linked = {frozenset((e.source, e.derived)) for e, _, _ in found}   # the candidate pairs
    kept = []
    for item in sorted(found, key=lambda x: -x[0].confidence):
        edge = item[0]
        if not _explained(item, parent, by_id, weight, cfg, one_text, linked):
            kept.append(item)
            if edge.confidence >= cfg["strong_parent"] and edge.derived not in parent:
                parent[edge.derived] = item
    return kept


def _explained(item, parent: dict, by_id: dict, weight, cfg: dict, one_text=None,
               linked: "set[frozenset]" = frozenset()) -> bool:
    """True when the edge of ``item`` links a child with a strong parent to a document whose
    resemblance to the child that parent explains (see ``explain_away``).

    A parent that prints the child's text word for word (``verbatim``, ``syndication``: one
    text on two pages) explains the other document's resemblance only when the other is
    linked to that parent too (a candidate edge between them, ``linked``): otherwise the
    dropped edge would leave the other document tied to neither page of the text it reuses
    (a pair not measured among each page's strongest candidates, or measured apart by a
    side fact such as a carrier's date), though what it shares with one it shares with both."""
    edge, al, _ = item
    for child, other, child_is_source in ((edge.derived, edge.source, False),
                                          (edge.source, edge.derived, True)):
        if child not in parent or parent[child][0].source == other:
            continue
        p_edge, p_al, _ = parent[child]
        if p_edge.relation in WORD_FOR_WORD and frozenset((other, p_edge.source)) not in linked:
            continue
        # the two candidate sources of what is shared (Q and P when C is the copy; C and P
        # when C's copy is Q) are versions of one text: the copy carries lines both print
        if one_text is not None and one_text(child if child_is_source else other,
                                             p_edge.source):
            continue
        if child_is_source and edge.confidence + cfg["copy_margin"] >= p_edge.confidence:
            continue
        from_parent = {y for _, y, _ in p_al.pairs}
        in_child = [x if child_is_source else y for x, y, _ in al.pairs]
        if sum(1 for k in in_child if k not in from_parent) >= cfg["unexplained_min"]:
            continue
        with_child = fact_overlap(by_id[other], by_id[child], weight)
        with_parent = fact_overlap(by_id[other], by_id[p_edge.source], weight)
        if with_child <= with_parent + cfg["margin"]:
            return True
    return False


def prune_edges(found: list, one_text=None, reverse=None) -> tuple[list, dict]:
    """Drop edges that close a cycle, then keep one incoming edge per chain of related parents.

    An edge whose direction was a guess (no date, no credit: ``reverse(item)`` gives it the
    other way round, or None for a direction the texts show) is turned round instead of
    dropped when the stronger edges taken before it order the two texts the other way: three
    undated versions of one story, ordered pairwise by length, can close a loop that the
    chain of the stronger edges breaks, and the pair is still one text's copy. (Not where an
    edge or a weaker candidate already joins the pair that way round: never a second edge.)
    Two copies of one original also resemble each other; when the candidate parents of a
    document are themselves linked, only the closest one stays its parent, unless both are
    versions of one running text (``one_text(parent, other parent, child)``), each of which
    prints what the child took.
    """
    found.sort(key=lambda x: -x[0].confidence)
    candidates = {(e.source, e.derived) for e, _, _ in found}
    kept: list = []
    parents: dict = {}

    def ancestors(node: str) -> set:
        out, stack = set(), [node]
        while stack:
            for p in parents.get(stack.pop(), ()):
                if p not in out:
                    out.add(p)
                    stack.append(p)
        return out

    for item in found:
        edge = item[0]
        if edge.derived in ancestors(edge.source) | {edge.source}:
            # (turned round only where no edge joins the pair yet, nor a weaker candidate
            # the other way round will: never a second edge)
            item = reverse(item) if reverse is not None else None
            if item is None or edge.source in ancestors(edge.derived) or \
                    edge.derived in parents.get(edge.source, ()) or \
                    (edge.derived, edge.source) in candidates:
                continue
        edge, al, score = item
        kept.append((edge, al, score))
        parents.setdefault(edge.derived, set()).add(edge.source)
    linked = lambda x, y: x in ancestors(y) or y in ancestors(x)  # noqa: E731
    final = []
    for edge, al, score in kept:
        rivals = [(s, e) for e, _, s in kept if e.derived == edge.derived
                  and e.source != edge.source and linked(e.source, edge.source)
                  and not (one_text is not None and one_text(e.source, edge.source,
                                                             edge.derived))]
        # a clearly closer rival wins; between equals the older one (an ancestor) does
        if any(s > score + _TIE or (abs(s - score) <= _TIE and r.source in ancestors(edge.source))
               for s, r in rivals):
            continue
        final.append((edge, al))
    final.sort(key=lambda x: (x[0].source, x[0].derived))
    return [e for e, _ in final], {(e.source, e.derived): al for e, al in final}
