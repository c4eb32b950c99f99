"""HTML reporter: one self-contained page (inline CSS, JavaScript, SVG) for a quotecheck report.

Document text never enters the markup: it travels as escaped JSON in ``<script
type="application/json">`` blocks and the page's script puts it in the DOM with
``textContent``. A Content-Security-Policy forbids every remote load and every script but ours.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from quotecheck import hookimpl
from quotecheck.load.outlets import affiliation_of

if TYPE_CHECKING:  # the page's modules load when a page is rendered (fast CLI start)
    from quotecheck.model import Report

EXCERPT_CHARS = 120
JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value: Any) -> str:
    """JSON safe to place inside ``<script type="application/json">``: no ``</script>``,
    no ``<!--``, no HTML-significant character and no JavaScript line separator left raw."""
    import json

    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"), sort_keys=False)
    for raw, esc in JSON_ESCAPES.items():
        text = text.replace(raw, esc)
    return text


class Utf16Offsets:
    """Converts code-point offsets into one text to the UTF-16 offsets JavaScript strings use."""

    def __init__(self, text: str):
        self.length = len(text)
        self._astral = None
        if len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text):
            acc, count = [0], 0
            for ch in text:
                count += ord(ch) > 0xFFFF
                acc.append(count)
            self._astral = acc

    def __call__(self, offset: Optional[int]) -> int:
        o = min(max(int(offset or 0), 0), self.length)
        return o + self._astral[o] if self._astral else o


def _option(options: Any, name: str, default: Any = None) -> Any:
    if options is None:
        return default
    if isinstance(options, dict):
        return options.get(name, default)
    return getattr(options, name, default)


def _roots_of(report: Report, depths: dict) -> dict:
    """Root document of each document: ``extras["roots"]`` when it maps ids, else the chain of
    most confident sources followed back to a document of depth 0."""
    given = report.extras.get("roots")
    if isinstance(given, dict) and all(isinstance(v, str) for v in given.values()):
        return dict(given)
    best: dict = {}
    for e in report.provenance:
        if e.source in depths and e.derived in depths and e.source != e.derived:
            if depths[e.source] < depths[e.derived]:
                cur = best.get(e.derived)
                if cur is None or (e.confidence, e.source) > (cur.confidence, cur.source):
                    best[e.derived] = e
    roots = {}
    for doc_id in depths:
        node, seen = doc_id, set()
        while node in best and node not in seen:
            seen.add(node)
            node = best[node].source
        roots[doc_id] = node
    return roots


def _segment_row(seg, side_doc: list, docs: list, index: dict, span) -> list:
    """``[category, kind, a text, b text, a start, a end, b start, b end]`` for the page; a
    side's text is read from its document where the aligner left it empty (equal steps), and
    offsets are UTF-16 (None where the side's document is unknown)."""
    row = [seg.category, seg.kind]
    offsets = []
    for doc_id, text, start, end in ((side_doc[0], seg.a_text, seg.a_start, seg.a_end),
                                     (side_doc[1], seg.b_text, seg.b_start, seg.b_end)):
        if doc_id is not None:
            if not text and end > start:
                text = docs[index[doc_id]].text[start:end]
            offsets.extend(span(doc_id, start, end))
        else:
            offsets.extend([None, None])
        row.append(" ".join((text or "").split()))
    return row + offsets


def _figures(figures: Any, index: dict, span) -> list:
    """``extras["figures"]`` (one entry per referent: the value each document gives, with its
    wording, source and time) as rows for the page; entries of another shape are left out."""
    rows = []
    for fig in figures if isinstance(figures, list) else []:
        if not isinstance(fig, dict) or not isinstance(fig.get("values"), list):
            continue
        values = []
        for v in fig["values"]:
            if isinstance(v, dict) and v.get("document") in index:
                a, b = span(v["document"], v.get("start"), v.get("end"))
                values.append([index[v["document"]], str(v.get("text") or ""),
                               v.get("approximator"), v.get("source"), v.get("time"), a, b,
                               index.get(v.get("root"))])
        if values:
            rows.append({"ref": str(fig.get("referent") or ""), "roots": fig.get("independent_roots"),
                         "values": values})
    return rows


def build_payload(report: Report, title: str) -> tuple[dict, list]:
    """The page's data (everything but document texts) and the texts, by document index."""
    from quotecheck.model import SEVERITY_RANK
    from quotecheck.report.svggraph import derivation_depths

    docs = report.documents
    index = {d.id: i for i, d in enumerate(docs)}
    conv = [Utf16Offsets(d.text) for d in docs]
    depths = derivation_depths([d.id for d in docs], report.provenance)
    roots = _roots_of(report, depths)

    def span(doc_id: str, start, end) -> tuple:
        i = index[doc_id]
        return conv[i](start), conv[i](end)

    def excerpt(doc_id: str, start, end) -> str:
        text = docs[index[doc_id]].text
        s = text[max(0, start or 0):max(0, end or 0)]
        return s if len(s) <= EXCERPT_CHARS else s[: EXCERPT_CHARS - 1] + "…"

    quote_index = {}
    quotes = []
    for q in report.quotes:
        if q.document not in index:
            continue
        quote_index[q.id] = len(quotes)
        a, b = span(q.document, q.start, q.end)
        quotes.append({"id": q.id, "d": index[q.document], "a": a, "b": b, "t": q.text,
                       "sp": q.speaker, "v": q.verb})

    findings = []
    for f in report.findings:
        if f.document not in index:
            continue
        a, b = span(f.document, f.start, f.end)
        line, col = docs[index[f.document]].line_col(max(0, min(f.start, len(docs[index[f.document]].text))))
        related = []
        for r in f.related:
            if r.document in index:
                ra, rb = span(r.document, r.start, r.end)
                related.append([index[r.document], ra, rb, r.message or "",
                                excerpt(r.document, r.start, r.end)])
        findings.append({"c": f.code, "n": f.name, "s": f.severity, "k": f.category,
                         "d": index[f.document], "a": a, "b": b, "m": f.message,
                         "l": f"{line}:{col}", "x": excerpt(f.document, f.start, f.end),
                         "r": related, "u": bool(f.suppressed)})
    findings.sort(key=lambda f: (-SEVERITY_RANK.get(f["s"], -1), f["d"], f["a"], f["c"]))

    clusters = [{"id": c.id, "sp": c.speaker, "roots": c.independent_roots,
                 "q": [quote_index[q] for q in c.quotes if q in quote_index]}
                for c in report.clusters]

    quote_doc = {q.id: q.document for q in report.quotes}
    aligns = []
    for pa in report.extras.get("alignments") or []:
        side, side_doc = [], []
        for ref in (pa.a, pa.b):
            if ref in quote_index:
                side.append(("q", quote_index[ref]))
            elif ref in index:
                side.append(("d", index[ref]))
            else:
                side.append(("?", ref))
            side_doc.append(quote_doc.get(ref, ref) if quote_doc.get(ref, ref) in index else None)
        aligns.append({"cl": pa.cluster, "a": side[0], "b": side[1], "v": pa.verdict,
                       "sc": round(float(pa.score), 3),
                       "da": index.get(side_doc[0]), "db": index.get(side_doc[1]),
                       "seg": [_segment_row(s, side_doc, docs, index, span) for s in pa.segments]})

    edges = [{"s": index[e.source], "d": index[e.derived], "rel": e.relation,
              "conf": round(float(e.confidence), 3), "ev": list(e.evidence)}
             for e in report.provenance if e.source in index and e.derived in index]

    doc_rows = [{"id": d.id, "path": d.path, "outlet": d.meta.outlet,
                 "aff": affiliation_of(d), "pub": d.meta.published, "lang": d.meta.language,
                 "role": d.role, "url": d.meta.url, "depth": depths.get(d.id, 0),
                 "root": index.get(roots.get(d.id, d.id), i), "len": len(d.text),
                 "fur": [[k, conv[i](a), conv[i](b)] for k, a, b in getattr(d, "regions", ())]}
                for i, d in enumerate(docs)]
    payload = {"title": title, "command": report.command, "docs": doc_rows,
               "quotes": quotes, "clusters": clusters, "aligns": aligns,
               "edges": edges, "findings": findings,
               "figures": _figures(report.extras.get("figures"), index, span)}
    return payload, [d.text for d in docs]


def framing_table_html(report: Report) -> str:
    """The per-outlet framing spread as a static, escaped HTML table."""
    from html import escape

    from quotecheck.report.framing_spread import framing_spread, spread_summary

    rows = framing_spread(report)
    if not rows:
        return '<p class="qc-muted">No outlets to compare.</p>'
    head = ("<tr><th>outlet</th><th>documents</th><th>words</th><th>framing findings</th>"
            "<th>per 1,000 words</th><th>warnings</th><th>warnings per 1,000 words</th>"
            "<th>by rule</th></tr>")
    body = "".join(
        f"<tr><td>{escape(r['outlet'])}</td><td>{r['documents']}</td><td>{r['words']}</td>"
        f"<td>{r['findings']}</td><td>{r['per_1000_words']:.2f}</td><td>{r['warnings']}</td>"
        f"<td>{r['warnings_per_1000_words']:.2f}</td><td>"
        f"{escape(', '.join(f'{c} {n}' for c, n in r['by_code'].items()) or '-')}</td></tr>"
        for r in rows)
    s = spread_summary(rows)
    return (f'<table class="qc-framing">{head}{body}</table><p class="qc-muted">Spread: '
            f"{s['min']:.2f} to {s['max']:.2f} framing findings per 1,000 words (median "
            f"{s['median']:.2f}) across {s['outlets']} outlets.</p>")


def _csp_hash(source: str) -> str:
    import base64
    import hashlib

    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_html(report: Report, options: Any = None) -> str:
    """The whole report as one HTML page that loads nothing from anywhere."""
    from html import escape

    from quotecheck.report.svggraph import derivation_depths, provenance_svg

    from . import _html_assets as html_assets

    title = _option(options, "title") or f"quotecheck {report.command} report"
    payload, texts = build_payload(report, title)
    depths = derivation_depths([d.id for d in report.documents], report.provenance)
    svg = provenance_svg(report.documents, report.provenance, _roots_of(report, depths))
    css, js = html_assets.stylesheet(), html_assets.script()
    csp = ("default-src 'none'; "
           f"script-src {_csp_hash(js)}; style-src {_csp_hash(css)}; "
           "img-src 'none'; font-src 'none'; connect-src 'none'; object-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    text_blocks = "\n".join(
        f'<script type="application/json" id="qc-text-{i}">{script_json(t)}</script>'
        for i, t in enumerate(texts))
    return html_assets.PAGE.format(
        csp=escape(csp, quote=True), title=escape(title), css=css, js=js, svg=svg,
        framing=framing_table_html(report),
        data=script_json(payload), texts=text_blocks,
        n_docs=len(report.documents), n_edges=len(payload["edges"]))


class HtmlReporter:
    """``--format html``: the visual report (overview, provenance graph, aligned quotes,
    filterable findings, document views)."""

    name = "html"
    description = "self-contained HTML page: provenance graph, aligned quotes, findings"

    def render(self, report: Report, options: Any = None) -> str:
        return render_html(report, options)


@hookimpl
def quotecheck_reporters():
    """Register the HTML reporter."""
    return [HtmlReporter()]
