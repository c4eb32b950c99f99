"""Inline assets of the HTML report: the page skeleton here, the stylesheet and script read from
``assets/`` next to this module (kept as real .css/.js files so they can be read and linted).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

ASSETS = Path(__file__).resolve().parent / "assets"


@lru_cache(maxsize=None)
def _read(name: str) -> str:
    text = (ASSETS / name).read_text(encoding="utf-8")
    # an asset must never be able to close the element that carries it
    if "</script" in text.lower() or "</style" in text.lower():
        raise ValueError(f"{name}: asset contains a closing </script> or </style>")
    return text


def stylesheet() -> str:
    """The report's CSS, to inline in ``<style>``."""
    return _read("report.css")


def script() -> str:
    """The report's JavaScript, to inline in ``<script>``."""
    return _read("report.js")


# str.format template: every literal brace of the page is doubled; assets are substituted as
# values, so their own braces need nothing.
PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="quotecheck">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header class="qc-top">
<h1 id="qc-title">{title}</h1>
<nav><a href="#overview">Overview</a><a href="#graph">Provenance graph</a><a href="#quotes">Quote groups</a><a href="#figures">Figures</a><a href="#framing">Framing per outlet</a><a href="#findings">Findings</a><a href="#documents">Documents</a></nav>
<div id="qc-summary"></div>
</header>
<main>
<section id="overview"><h2>Story overview</h2><div id="qc-overview"></div></section>
<section id="graph"><h2>Provenance graph</h2>
<p class="qc-muted">Documents by derivation depth: independent roots on the left, each arrow points from a source to the document that reuses it, labelled with the relation and the confidence (dashed below 0.5). {n_docs} documents, {n_edges} derivations. Click a document to open it.</p>
<div class="qc-graph-wrap">{svg}</div></section>
<section id="quotes"><h2>Quote groups</h2>
<p class="qc-muted">Each group holds the renderings of one utterance, aligned word by word (top row: earlier or parent rendering; bottom row: the other). Differences by category:</p>
<div id="qc-legend" class="qc-legend-box"></div>
<div id="qc-clusters"></div></section>
<section id="figures"><h2>Figures</h2>
<p class="qc-muted">Each figure the documents give for one referent, with its wording, the source and time they name and the independent root behind it. A spread is not an error by itself: figures change with time and source.</p>
<div id="qc-figures"></div></section>
<section id="framing"><h2>Framing per outlet</h2>
<p class="qc-muted">Framing findings (QC3xx: doubt and emotive verbs, hedges, scare quotes, labels, evaluative words) per 1,000 words of each outlet's text on this story. A spread across outlets, not a verdict on any of them: the same rules apply to every outlet, and findings in opinion pieces are info.</p>
{framing}</section>
<div class="qc-split">
<section id="findings" class="qc-findings-panel"><div class="qc-panel-head"><h2>Findings</h2>
<div id="qc-filters"></div><div id="qc-count"></div></div>
<ol id="qc-findings-list"></ol><div id="qc-pager"></div></section>
<section id="documents"><h2>Documents</h2><p class="qc-muted">Open a document, or click a finding, to see its text with every finding highlighted.</p><div id="qc-docs"></div></section>
</div>
</main>
<script type="application/json" id="qc-data">{data}</script>
{texts}
<script>{js}</script>
</body>
</html>
"""
