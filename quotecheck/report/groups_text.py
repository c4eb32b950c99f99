"""Plain-text view of quote groups for ``compare``: renderings aligned, changes marked.

Each group lists its renderings (document, outlet, speaker) and then each aligned pair as one
line of the later rendering's words in which every change reads ``[before → after]`` with
its category, so a reader sees at a glance what is house style and what changed the quote.
"""
from __future__ import annotations

import textwrap

from quotecheck.model import Document
from quotecheck.report.terminal import visible

_MARK = {"orthographic": "ortho", "translation": "transl", "rendering": "render",
         "wording": "WORDING",
         "meaning": "MEANING", "truncation": "TRUNCATION"}


def _squash(text: str) -> str:
    """Whitespace runs as one space, control characters shown (this text reaches terminals)."""
    return visible(" ".join(text.split()))


def _label(doc: Document) -> str:
    outlet = doc.meta.outlet
    return visible(f"{doc.id} ({outlet})" if outlet else doc.id)


def _name(doc: Document) -> str:
    """An outlet's name where known, else the file's id."""
    return visible(doc.meta.outlet or doc.id)


def render_provenance(provenance, docs: list[Document]) -> str:
    """Who derives from whom (credited or not) and the independent roots, outlets first: what
    a reader needs before any quotation (five outlets repeating one story are one source)."""
    from quotecheck.load.outlets import affiliation_of

    by_doc = {d.id: d for d in docs}
    out = ["Provenance"]
    undisclosed = {(d.args.get("parent"), d.document) for d in provenance.detections
                   if d.rule_type == "provenance"}
    for e in sorted(provenance.edges, key=lambda e: (e.source, e.derived)):
        if e.source not in by_doc or e.derived not in by_doc:
            continue
        credit = ("without credit" if (e.source, e.derived) in undisclosed else "credited")
        if e.relation == "shared-translation":
            credit = "shares a translation"
        out.append(f"  {_name(by_doc[e.derived])} derives from {_name(by_doc[e.source])}: "
                   f"{e.relation}, {credit}")
    if len(out) == 1:
        out.append("  no document derives from another")
    roots = sorted({provenance.root_of(d.id) for d in docs})
    names = []
    for r in roots:
        aff = affiliation_of(by_doc[r]) if r in by_doc else None
        label = _name(by_doc[r]) if r in by_doc else visible(r)
        names.append(f"{label} ({aff.split(':')[0]})" if aff else label)
    out.append(f"  {len(roots)} independent root{'s' if len(roots) != 1 else ''} behind "
               f"{len(docs)} documents: " + ", ".join(names))
    return "\n".join(out) + "\n"


def shown_groups(result) -> int:
    """How many groups :func:`render_groups` shows (those rendered two or more times)."""
    return sum(1 for c in result.clusters if len(c.quotes) >= 2)


def pair_line(alignment, b_doc: Document) -> str:
    """The later rendering's words with every change written ``[before → after]{category}``."""
    parts = []
    for seg in alignment.segments:
        if seg.category == "equal":
            if seg.kind == "fragment":
                if seg.a_end > seg.a_start and seg.b_end == seg.b_start:
                    parts.append("…")
                else:
                    parts.append(_squash(b_doc.text[seg.b_start:seg.b_end]))
                continue
            parts.append(_squash(b_doc.text[seg.b_start:seg.b_end]))
            continue
        tag = _MARK.get(seg.category, seg.category)
        before = _squash(seg.a_text) or "∅"
        after = _squash(seg.b_text) or "∅"
        parts.append(f"[{before} → {after}]{{{tag}:{seg.kind}}}")
    return " ".join(p for p in parts if p)


def render_groups(result, docs: list[Document], width: int = 100,
                  include_singletons: bool = False) -> str:
    """Text rendering of every group with two or more renderings (AlignmentResult input)."""
    by_doc = {d.id: d for d in docs}
    by_cluster: dict = {}
    for pa in result.alignments:
        by_cluster.setdefault(pa.cluster, []).append(pa)
    out: list[str] = []
    for cluster in result.clusters:
        if len(cluster.quotes) < 2 and not include_singletons:
            continue
        rends = [result.renderings[q] for q in cluster.quotes if q in result.renderings]
        head = f"Group {cluster.id}"
        if cluster.speaker:
            head += f" · {visible(cluster.speaker)}"
        head += (f" · {len(rends)} renderings in {len({r.doc.id for r in rends})} documents"
                 f" · {cluster.independent_roots} independent root"
                 f"{'s' if cluster.independent_roots != 1 else ''}")
        out.append(head)
        for r in rends:
            out.append(textwrap.fill(f"“{_squash(r.quote.text)}”", width=width,
                                     initial_indent=f"  {_label(r.doc)}: ",
                                     subsequent_indent="      "))
        for pa in by_cluster.get(cluster.id, ()):
            a, b = result.renderings[pa.a], result.renderings[pa.b]
            out.append(f"  {_name(a.doc)} → {_name(b.doc)}: {pa.verdict}")
            if any(s.category != "equal" for s in pa.segments):
                out.append(textwrap.fill(pair_line(pa, by_doc[b.doc.id]), width=width,
                                         initial_indent="      ", subsequent_indent="      "))
        out.append("")
    return "\n".join(out).rstrip() + "\n" if out else "no quotation is rendered twice\n"
