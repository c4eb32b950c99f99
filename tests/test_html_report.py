"""HTML reporter without a browser: self-contained, embeds the graph and the data, registered."""
from __future__ import annotations

import base64
import hashlib
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.model import (Cluster, Document, Finding, Metadata, PairAlignment, ProvenanceEdge,
                              Quote, Related, Report, Segment)
from quotecheck.report.svggraph import derivation_depths, layout_provenance, provenance_svg
from quotecheck.text.textview import TextView
from quotecheck_plugins import report_html
from quotecheck_plugins.report_html import HtmlReporter, Utf16Offsets, render_html, script_json

JSON_BLOCK = re.compile(r'<script type="application/json" id="([\w-]+)">(.*?)</script>', re.S)


def doc(doc_id: str, text: str, outlet=None, affiliation=None) -> Document:
    return Document(doc_id, doc_id, text, TextView.identity(text),
                    Metadata(outlet=outlet, affiliation=affiliation))


def small_report() -> Report:
    a = doc("a.txt", "Putin said “we will not allow it” on Monday. 🙂 “Order” was kept.", "Wire")
    b = doc("b.txt", "Putin said “we won't allow it” yesterday.", "Copy", "state-funded")
    c = doc("c.txt", "An unrelated report.", None)
    qa = Quote("a#0", "a.txt", 12, 33, a.text[12:33], speaker="Vladimir Putin")
    qb = Quote("b#0", "b.txt", 12, 30, b.text[12:30], speaker="Vladimir Putin")
    seg = (Segment("equal", "equal", 12, 19, 12, 19, "we will", "we"),
           Segment("meaning", "negation", 20, 23, 15, 20, "not", "won't"),
           Segment("equal", "same", 24, 32, 21, 29, "", ""))  # aligners may leave equal text out
    return Report(
        "compare", documents=[a, b, c], quotes=[qa, qb],
        clusters=[Cluster("c0", ("a#0", "b#0"), 1, "Vladimir Putin")],
        provenance=[ProvenanceEdge("a.txt", "b.txt", "rewrite", 0.87, ("sentences in order",))],
        findings=[Finding("QC103", "quote-wording", "warning", "wording", "b.txt", 12, 30,
                          "words changed", (Related("a.txt", 12, 33, "parent"),)),
                  Finding("QC201", "garble", "info", "garble", "a.txt", 48, 55, "after emoji")],
        extras={"alignments": [PairAlignment("c0", "a#0", "b#0", "derived-corrupted", 0.7, seg)]})


def blocks(html: str) -> dict:
    return {m.group(1): json.loads(m.group(2)) for m in JSON_BLOCK.finditer(html)}


def test_reporter_registered_through_hook():
    reporters = report_html.quotecheck_reporters()
    assert [r.name for r in reporters] == ["html"]
    assert reporters[0].description and callable(reporters[0].render)


def test_reporter_found_by_plugin_manager():
    from quotecheck.plugins.manager import build_plugin_manager

    pm = build_plugin_manager()
    assert isinstance(pm.reporters().get("html"), HtmlReporter)


def test_no_remote_loads_anywhere():
    html = render_html(small_report())
    assert "http://" not in html and "https://" not in html
    assert not re.search(r"""\b(src|href|action|xlink:href|srcset|poster)\s*=\s*(?!["']?#)""", html, re.I)
    assert "@import" not in html and not re.search(r"url\((?!#)", html)


def test_csp_forbids_remote_and_admits_only_our_script():
    html = render_html(small_report())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    csp = csp.replace("&#x27;", "'")
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    assert base64.b64encode(hashlib.sha256(style.encode()).digest()).decode() in csp


def test_embeds_graph_with_nodes_and_edges():
    html = render_html(small_report())
    svg = re.search(r'<svg class="qc-graph".*?</svg>', html, re.S).group(0)
    assert sorted(re.findall(r'class="qc-node[^"]*" data-doc="([^"]+)"', svg)) == \
        ["a.txt", "b.txt", "c.txt"]
    edge = re.search(r'<g class="qc-edge" ([^>]*)>', svg).group(1)
    assert 'data-source="a.txt"' in edge and 'data-derived="b.txt"' in edge
    assert 'data-relation="rewrite"' in edge and 'data-confidence="0.870"' in edge
    assert ">rewrite 0.87</text>" in svg


def test_data_round_trips_with_utf16_offsets():
    report = small_report()
    data = blocks(render_html(report))
    payload = data["qc-data"]
    assert [data[f"qc-text-{i}"] for i in range(3)] == [d.text for d in report.documents]
    assert [d["id"] for d in payload["docs"]] == ["a.txt", "b.txt", "c.txt"]
    assert payload["docs"][1]["depth"] == 1 and payload["docs"][1]["root"] == 0
    after_emoji = next(f for f in payload["findings"] if f["c"] == "QC201")
    assert (after_emoji["a"], after_emoji["b"]) == (49, 56)  # the emoji takes two UTF-16 units
    text16 = report.documents[0].text.encode("utf-16-le")
    assert text16[2 * 49:2 * 56].decode("utf-16-le") == report.documents[0].text[48:55]
    wording = next(f for f in payload["findings"] if f["c"] == "QC103")
    assert wording["r"][0][:3] == [0, 12, 33] and wording["l"] == "1:13"
    assert payload["findings"][0]["s"] == "warning"  # most severe first
    assert payload["aligns"][0]["seg"][1] == ["meaning", "negation", "not", "won't", 20, 23, 15, 20]
    assert payload["aligns"][0]["seg"][2][2:4] == ["allow it", "allow it"]
    assert (payload["aligns"][0]["da"], payload["aligns"][0]["db"]) == (0, 1)
    assert payload["aligns"][0]["a"] == ["q", 0] and payload["clusters"][0]["roots"] == 1


def test_render_is_deterministic_and_handles_empty_report():
    assert render_html(small_report()) == render_html(small_report())
    empty = render_html(Report("check"))
    assert "<svg" in empty and blocks(empty)["qc-data"]["docs"] == []


def test_title_option_is_escaped():
    html = HtmlReporter().render(small_report(), {"title": "<b>Story</b>"})
    assert "<title>&lt;b&gt;Story&lt;/b&gt;</title>" in html


@given(st.text())
def test_script_json_round_trips_and_hides_markup(text):
    out = script_json({"t": text})
    assert json.loads(out) == {"t": text}
    assert not set(out) & {"<", ">", "&", "\u2028", "\u2029"}


@given(st.text(), st.integers(min_value=-3, max_value=60))
def test_utf16_offsets_match_javascript_units(text, offset):
    conv = Utf16Offsets(text)
    o = min(max(offset, 0), len(text))
    assert conv(offset) == len(text[:o].encode("utf-16-le", "surrogatepass")) // 2


@given(st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), max_size=20))
def test_depths_exceed_sources_on_acyclic_edges(pairs):
    ids = [f"d{i}" for i in range(8)]
    edges = [ProvenanceEdge(ids[min(a, b)], ids[max(a, b)], "rewrite", 0.5)
             for a, b in pairs if a != b]
    depth = derivation_depths(ids, edges)
    assert set(depth) == set(ids)
    assert all(depth[e.derived] > depth[e.source] for e in edges)


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5)), max_size=20))
def test_layout_terminates_on_cycles_and_is_deterministic(pairs):
    docs = [doc(f"d{i}", "x") for i in range(6)]
    edges = [ProvenanceEdge(f"d{a}", f"d{b}", "partial", 0.3) for a, b in pairs]
    first = provenance_svg(docs, edges)
    assert first == provenance_svg(docs, edges)
    layout = layout_provenance(docs, edges)
    boxes = [(b.x, b.y) for b in layout.nodes.values()]
    assert len(set(boxes)) == len(docs)  # no two documents drawn on top of each other


def test_roots_left_of_derived_and_graph_labels_escaped():
    docs = [doc("root", "x", "Wire <script>"), doc("mid", "x"), doc("leaf", "x", 'A "B" & C')]
    edges = [ProvenanceEdge("root", "mid", "syndication", 0.9),
             ProvenanceEdge("mid", "leaf", "verbatim", 0.4)]
    layout = layout_provenance(docs, edges)
    assert layout.nodes["root"].x < layout.nodes["mid"].x < layout.nodes["leaf"].x
    assert [layout.depth_of(d) for d in ("root", "mid", "leaf")] == [0, 1, 2]
    svg = provenance_svg(docs, edges)
    assert "Wire &lt;script&gt;" in svg and "<script" not in svg
    assert "A &quot;B&quot; &amp; C" in svg and 'stroke-dasharray' in svg  # low confidence


def test_wide_story_wraps_columns():
    docs = [doc(f"d{i:03d}", "x") for i in range(200)]
    layout = layout_provenance(docs, [])
    assert layout.height < 1200 and len({(b.x, b.y) for b in layout.nodes.values()}) == 200


@pytest.mark.parametrize("given_roots", [None, {"a.txt": "a.txt", "b.txt": "a.txt",
                                                "c.txt": "c.txt"}])
def test_roots_from_extras_or_edges(given_roots):
    report = small_report()
    if given_roots:
        report.extras["roots"] = given_roots
    docs = blocks(render_html(report))["qc-data"]["docs"]
    assert [d["root"] for d in docs] == [0, 0, 2]


def test_compare_writes_the_seeds_report(tmp_path, seeds_dir):
    from quotecheck.cli import main

    out = tmp_path / "report.html"
    assert main(["compare", str(seeds_dir), "--format", "html", "-o", str(out), "--quiet"]) in (0, 1)
    html = out.read_text(encoding="utf-8")
    assert len(re.findall(r'<g class="qc-node ', html)) == 5
    assert re.search(r'<g class="qc-edge" data-source="000_[^"]*" data-derived="001_', html)
    payload = blocks(html)["qc-data"]
    assert payload["findings"] and payload["clusters"] and payload["aligns"]
    assert not re.search(r"""\b(src|href)\s*=\s*(?!["']?#)""", html)


def test_figures_become_rows_and_odd_shapes_are_left_out():
    report = small_report()
    report.extras["figures"] = [
        {"referent": "troops", "independent_roots": 2, "values": [
            {"document": "a.txt", "text": "2,030", "approximator": "about", "source": "the bloc",
             "time": "monday", "start": 48, "end": 50, "root": "a.txt"},
            {"document": "missing.txt", "text": "9", "start": 0, "end": 1}]},
        {"referent": "no values"}, "not a dict"]
    figs = blocks(render_html(report))["qc-data"]["figures"]
    assert figs == [{"ref": "troops", "roots": 2,
                     "values": [[0, "2,030", "about", "the bloc", "monday", 49, 51, 0]]}]
