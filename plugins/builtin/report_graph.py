"""The ``dot`` and ``mermaid`` reporters: the provenance graph of a story set.

Each document is a node labelled with its outlet and affiliation; each edge points from the
source to the document that reuses it, labelled with the relation and confidence. Originals
(documents that derive from nothing) are drawn bold.
"""
from __future__ import annotations

from quotecheck import hookimpl

_STYLE = {"verbatim": "solid", "syndication": "solid", "rewrite": "dashed",
          "partial": "dotted", "shared-translation": "dotted"}


def _label_parts(report, doc) -> list[str]:
    from quotecheck.load import outlets

    parts = [doc.id]
    outlet = outlets.outlet_of(doc)
    if outlet:
        parts.append(outlet)
    affiliation = outlets.affiliation_of(doc)
    if affiliation:
        parts.append(affiliation.split(":")[0])
    return parts


def _nodes(report) -> list:
    """Documents of the report plus any edge end the report does not list."""
    ids = [d.id for d in report.documents]
    for e in report.provenance:
        for x in (e.source, e.derived):
            if x not in ids:
                ids.append(x)
    return ids


def _dot_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def render_dot(report) -> str:
    """Graphviz DOT source of the provenance graph."""
    derived = {e.derived for e in report.provenance}
    lines = ["digraph provenance {", "  rankdir=LR;",
             '  node [shape=box, fontname="Helvetica"];', '  edge [fontname="Helvetica"];']
    for doc_id in _nodes(report):
        doc = report.document(doc_id)
        label = "\n".join(_label_parts(report, doc)) if doc is not None else doc_id
        style = "" if doc_id in derived else ", style=bold"
        lines.append(f"  {_dot_str(doc_id)} [label={_dot_str(label)}{style}];")
    for e in report.provenance:
        label = f"{e.relation} {e.confidence:.2f}"
        tooltip = "; ".join(e.evidence)
        lines.append(f"  {_dot_str(e.source)} -> {_dot_str(e.derived)} [label={_dot_str(label)}, "
                     f"style={_STYLE.get(e.relation, 'solid')}, tooltip={_dot_str(tooltip)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _mermaid_text(text: str) -> str:
    out = text.replace("&", "#amp;").replace('"', "#quot;").replace("<", "#lt;")
    return out.replace(">", "#gt;").replace("|", "#124;").replace("\n", "<br/>")


def render_mermaid(report) -> str:
    """Mermaid flowchart source of the provenance graph (for Markdown)."""
    ids = _nodes(report)
    key = {doc_id: f"d{k}" for k, doc_id in enumerate(ids)}
    derived = {e.derived for e in report.provenance}
    lines = ["```mermaid", "flowchart LR"]
    for doc_id in ids:
        doc = report.document(doc_id)
        parts = _label_parts(report, doc) if doc is not None else [doc_id]
        lines.append(f'  {key[doc_id]}["{"<br/>".join(_mermaid_text(p) for p in parts)}"]')
    for e in report.provenance:
        arrow = "-.->" if _STYLE.get(e.relation) != "solid" else "-->"
        label = _mermaid_text(f"{e.relation} {e.confidence:.2f}")
        lines.append(f"  {key[e.source]} {arrow}|{label}| {key[e.derived]}")
    originals = [key[d] for d in ids if d not in derived]
    if originals:
        lines.append("  classDef original stroke-width:3px;")
        lines.append(f"  class {','.join(originals)} original;")
    lines.append("```")
    return "\n".join(lines) + "\n"


class DotReporter:
    """The provenance graph as Graphviz DOT."""

    name = "dot"
    description = "provenance graph for Graphviz (dot -Tsvg)"

    def render(self, report, options) -> str:
        return render_dot(report)


class MermaidReporter:
    """The provenance graph as a Mermaid flowchart."""

    name = "mermaid"
    description = "provenance graph as a Mermaid flowchart for Markdown"

    def render(self, report, options) -> str:
        return render_mermaid(report)


@hookimpl
def quotecheck_reporters():
    return [DotReporter(), MermaidReporter()]
