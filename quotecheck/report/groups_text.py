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
            out.append(f"  {visible(a.doc.id)} → {visible(b.doc.id)}: {pa.verdict} "
                       f"(score {pa.score:.2f})")
            if any(s.category != "equal" for s in pa.segments):
                out.append(textwrap.fill(pair_line(pa, by_doc[b.doc.id]), width=width,
                                         initial_indent="      ", subsequent_indent="      "))
        out.append("")
    return "\n".join(out).rstrip() + "\n" if out else "no quotation is rendered twice\n"
