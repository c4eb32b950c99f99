"""The provenance graph as inline SVG: documents laid out by derivation depth, roots on the left.

Pure and deterministic (same report, same bytes), so the HTML report can embed it and tests can
compare it. Every label is XML-escaped: outlet names and ids come from the user's files.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Iterable, Optional, Sequence

from quotecheck.load.outlets import affiliation_of
from quotecheck.model import Document, ProvenanceEdge

NODE_W = 180
NODE_H = 46
COL_GAP = 160      # room between columns for edge labels
ROW_GAP = 18
MARGIN = 16
MAX_ROWS = 12      # a depth level with more documents wraps into extra sub-columns
LABEL_CHARS = 20

RELATION_COLOURS = {
    "verbatim": "#b2182b",
    "rewrite": "#d6604d",
    "syndication": "#2166ac",
    "shared-translation": "#5aae61",
    "partial": "#8073ac",
}
DEFAULT_COLOUR = "#555555"


@dataclass(frozen=True)
class NodeBox:
    """A document placed in the graph: top-left corner, derivation depth and labels."""

    doc: str
    depth: int
    x: int
    y: int
    title: str
    subtitle: str
    role: str = "compared"


@dataclass
class GraphLayout:
    """Positions of every document and the edges between them, ready to draw."""

    nodes: dict = field(default_factory=dict)          # doc id -> NodeBox
    edges: list = field(default_factory=list)          # ProvenanceEdge between placed nodes
    width: int = 0
    height: int = 0

    def depth_of(self, doc_id: str) -> Optional[int]:
        box = self.nodes.get(doc_id)
        return box.depth if box else None


def derivation_depths(doc_ids: Sequence[str], edges: Iterable[ProvenanceEdge]) -> dict:
    """Depth of each document: 0 for a root, else 1 + the deepest of its sources.

    Cycles (which inference should not produce, but input can) are broken deterministically by
    ignoring the edge that closes a cycle when visiting documents in the given order.
    """
    known = set(doc_ids)
    parents: dict = {d: [] for d in doc_ids}
    for e in edges:
        if e.source in known and e.derived in known and e.source != e.derived:
            parents[e.derived].append(e.source)
    for plist in parents.values():
        plist.sort()
    depth: dict = {}
    state: dict = {}  # 1 = on the stack, 2 = done

    for start in doc_ids:
        if start in depth:
            continue
        stack = [(start, 0)]
        state[start] = 1
        while stack:
            node, i = stack[-1]
            plist = parents[node]
            if i < len(plist):
                stack[-1] = (node, i + 1)
                parent = plist[i]
                if state.get(parent) is None:
                    state[parent] = 1
                    stack.append((parent, 0))
                continue
            done = [depth[p] for p in plist if state.get(p) == 2]
            depth[node] = 1 + max(done) if done else 0
            state[node] = 2
            stack.pop()
    return depth


def _label(doc: Document) -> tuple[str, str]:
    title = doc.meta.outlet or doc.id
    affiliation = affiliation_of(doc)  # metadata, else the outlet table (as in DOT)
    sub = affiliation.split(":")[0] if affiliation else (
        doc.id if doc.meta.outlet else "outlet unknown")
    return title, sub


def _clip(text: str, n: int = LABEL_CHARS) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def layout_provenance(documents: Sequence[Document],
                      edges: Iterable[ProvenanceEdge]) -> GraphLayout:
    """Place documents in columns by derivation depth, ordered to keep edges short."""
    doc_ids = [d.id for d in documents]
    edges = [e for e in edges if e.source in set(doc_ids) and e.derived in set(doc_ids)]
    depths = derivation_depths(doc_ids, edges)
    order = {d: i for i, d in enumerate(doc_ids)}
    by_depth: dict = {}
    for d in doc_ids:
        by_depth.setdefault(depths[d], []).append(d)

    sources_of: dict = {}
    for e in edges:
        sources_of.setdefault(e.derived, []).append(e.source)

    row_of: dict = {}
    layout = GraphLayout(edges=edges)
    col_x = MARGIN
    max_rows = 0
    by_doc = {d.id: d for d in documents}
    for depth in sorted(by_depth):
        members = by_depth[depth]

        def key(d: str) -> tuple:
            rows = [row_of[s] for s in sources_of.get(d, []) if s in row_of]
            bary = sum(rows) / len(rows) if rows else float("inf")
            return (bary, order[d])

        members.sort(key=key)
        wanted = _rows_near_sources([key(d)[0] for d in members])
        for i, doc_id in enumerate(members):
            sub_col, row = divmod(i, MAX_ROWS)
            if wanted:
                row = wanted[i]
            row_of[doc_id] = row + sub_col * 0.001
            title, sub = _label(by_doc[doc_id])
            layout.nodes[doc_id] = NodeBox(
                doc=doc_id, depth=depth,
                x=col_x + sub_col * (NODE_W + COL_GAP // 3),
                y=MARGIN + row * (NODE_H + ROW_GAP),
                title=title, subtitle=sub, role=by_doc[doc_id].role)
            max_rows = max(max_rows, row + 1)
        sub_cols = (len(members) + MAX_ROWS - 1) // MAX_ROWS
        col_x += sub_cols * NODE_W + (sub_cols - 1) * (COL_GAP // 3) + COL_GAP
    layout.width = max(col_x - COL_GAP + MARGIN, 2 * MARGIN + NODE_W)
    layout.height = max(MARGIN * 2 + max_rows * (NODE_H + ROW_GAP) - ROW_GAP, 2 * MARGIN + NODE_H)
    return layout


def _rows_near_sources(barycentres: list) -> list:
    """Rows for one column that keep each document level with its sources where room allows
    (empty when the column wraps, which then fills rows in order)."""
    if len(barycentres) > MAX_ROWS:
        return []
    rows, free = [], 0
    for bary in barycentres:
        row = free if bary == float("inf") else max(free, int(round(bary)))
        rows.append(row)
        free = row + 1
    return rows


def _attr(value) -> str:
    return escape(str(value), quote=True)


LABEL_CHAR_W = 6.2   # approximate width of a character of an edge label (11px font)
LABEL_H = 13


def _free_spot(lx: float, ly: float, width: float, placed: list) -> tuple:
    """The label position nearest ``(lx, ly)`` (moving down, then up, in label heights)
    whose box overlaps no label placed before; ``placed`` gets its box."""
    for step in range(0, 40):
        dy = ((step + 1) // 2) * LABEL_H * (1 if step % 2 else -1)
        box = (lx - width / 2, ly + dy - LABEL_H + 2, lx + width / 2, ly + dy + 2)
        if not any(box[0] < p[2] and p[0] < box[2] and box[1] < p[3] and p[1] < box[3]
                   for p in placed):
            placed.append(box)
            return lx, ly + dy
    placed.append((lx - width / 2, ly - LABEL_H + 2, lx + width / 2, ly + 2))
    return lx, ly


def _edge_svg(e: ProvenanceEdge, a: NodeBox, b: NodeBox, placed: Optional[list] = None) -> str:
    colour = RELATION_COLOURS.get(e.relation, DEFAULT_COLOUR)
    conf = max(0.0, min(1.0, float(e.confidence)))
    if b.x > a.x:
        x1, y1 = a.x + NODE_W, a.y + NODE_H / 2
        x2, y2 = b.x - 4, b.y + NODE_H / 2
        dx = (x2 - x1) / 2
        path = f"M{x1:.1f},{y1:.1f} C{x1 + dx:.1f},{y1:.1f} {x2 - dx:.1f},{y2:.1f} {x2:.1f},{y2:.1f}"
        lx, ly = (x1 + x2) / 2, (y1 + y2) / 2 - 4
    else:  # same or earlier column (a broken cycle or a wrapped column): arc over the top
        x1, y1 = a.x + NODE_W / 2, a.y
        x2, y2 = b.x + NODE_W / 2, b.y - 4
        top = min(y1, y2) - 30
        path = f"M{x1:.1f},{y1:.1f} C{x1:.1f},{top:.1f} {x2:.1f},{top:.1f} {x2:.1f},{y2:.1f}"
        lx, ly = (x1 + x2) / 2, top + 10
    width = 1 + 2.5 * conf
    dash = ' stroke-dasharray="5 4"' if conf < 0.5 else ""
    label = f"{e.relation} {conf:.2f}"
    if placed is not None:  # many edges between two columns: labels must not overlap
        lx, ly = _free_spot(lx, ly, LABEL_CHAR_W * len(label), placed)
    evidence = "; ".join(e.evidence[:3])
    tip = f"{e.derived} derives from {e.source}: {e.relation}, confidence {conf:.2f}"
    if evidence:
        tip += f" ({evidence})"
    return (
        f'<g class="qc-edge" data-source="{_attr(e.source)}" data-derived="{_attr(e.derived)}" '
        f'data-relation="{_attr(e.relation)}" data-confidence="{conf:.3f}">'
        f"<title>{_attr(tip)}</title>"
        f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="{width:.2f}"{dash} '
        f'marker-end="url(#qc-arrow)"/>'
        f'<text class="qc-edge-label" x="{lx:.1f}" y="{ly:.1f}" text-anchor="middle" '
        f'fill="{colour}">{_attr(label)}</text></g>'
    )


def _node_svg(box: NodeBox, roots: Optional[dict]) -> str:
    root_note = ""
    if roots is not None and roots.get(box.doc) not in (None, box.doc):
        root_note = f", root {roots[box.doc]}"
    tip = f"{box.doc}: {box.title}" + (f" ({box.subtitle})" if box.subtitle else "")
    tip += f", depth {box.depth}{root_note}"
    kind = "root" if box.depth == 0 else "derived"
    return (
        f'<g class="qc-node qc-{kind} qc-role-{_attr(box.role)}" data-doc="{_attr(box.doc)}" '
        f'data-depth="{box.depth}" data-role="{_attr(box.role)}" '
        f'tabindex="0" role="button" transform="translate({box.x},{box.y})">'
        f"<title>{_attr(tip)}</title>"
        f'<rect width="{NODE_W}" height="{NODE_H}" rx="6" ry="6"/>'
        f'<text class="qc-node-title" x="10" y="19">{_attr(_clip(box.title))}</text>'
        f'<text class="qc-node-sub" x="10" y="36">{_attr(_clip(box.subtitle, 30))}</text></g>'
    )


def render_svg(layout: GraphLayout, roots: Optional[dict] = None,
               title: str = "Provenance graph") -> str:
    """The layout as one ``<svg>`` element (no external references, no XML prolog)."""
    parts = [
        f'<svg class="qc-graph" role="img" aria-label="{_attr(title)}" '
        f'width="{layout.width}" height="{layout.height}" '
        f'viewBox="0 0 {layout.width} {layout.height}" data-nodes="{len(layout.nodes)}" '
        f'data-edges="{len(layout.edges)}">',
        "<defs><marker id=\"qc-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
        "markerWidth=\"9\" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">"
        "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>",
        '<g class="qc-edges">',
    ]
    placed: list = []
    for e in sorted(layout.edges, key=lambda e: (e.source, e.derived, e.relation)):
        parts.append(_edge_svg(e, layout.nodes[e.source], layout.nodes[e.derived], placed))
    parts.append('</g><g class="qc-nodes">')
    for box in layout.nodes.values():
        parts.append(_node_svg(box, roots))
    parts.append("</g></svg>")
    return "".join(parts)


def provenance_svg(documents: Sequence[Document], edges: Iterable[ProvenanceEdge],
                   roots: Optional[dict] = None) -> str:
    """Lay out and draw the provenance graph of a report in one call."""
    return render_svg(layout_provenance(documents, edges), roots)
