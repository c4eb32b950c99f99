"""Hostile text (scripts, on* attributes, javascript: links) anywhere in the input stays text.

The page's markup must contain only the elements the template writes; every byte of document
text travels inside escaped JSON. (The browser test checks the same page executes nothing.)
"""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from quotecheck.model import (Cluster, Document, Finding, Metadata, PairAlignment, ProvenanceEdge,
                              Quote, Related, Report, Segment)
from quotecheck.text.textview import TextView
from quotecheck_plugins.report_html import render_html

EVIL = ('<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned=2"> '
        '<a href="javascript:window.__pwned=3" onclick="x()">link</a> </script><!-- '
        '<svg onload=alert(1)> &amp; \u2028 \u2029 ]]> {title} {{css}}')
TEMPLATE_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "nav", "a",
                 "div", "main", "section", "h2", "p", "ol", "script", "svg", "defs", "marker",
                 "path", "g", "rect", "text", "table", "tr", "th", "td"}  # framing per outlet


class TagCollector(HTMLParser):
    """Every start tag with its attributes, and the raw text of script elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self._in_script = [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def hostile_report() -> Report:
    text = f"Intro. He said “{EVIL}” and left.\n{EVIL}\n"
    meta = Metadata(outlet=EVIL, affiliation=EVIL, url="javascript:window.__pwned=4",
                    published=EVIL, language=EVIL)
    a = Document("evil<1>.txt", "p/evil<1>.txt", text, TextView.identity(text), meta)
    b = Document("plain.txt", "plain.txt", "Plain “text”.", TextView.identity("Plain “text”."))
    start = text.index(EVIL)
    q = Quote("q<1>", a.id, start, start + len(EVIL), EVIL, speaker=EVIL, verb=EVIL)
    seg = Segment("meaning", EVIL, start, start + 5, 0, 0, EVIL, EVIL)
    return Report(
        "compare", documents=[a, b], quotes=[q],
        clusters=[Cluster(EVIL, (q.id,), 1, EVIL)],
        provenance=[ProvenanceEdge(a.id, b.id, EVIL, 0.5, (EVIL,))],
        findings=[Finding("QC<1>", EVIL, "warning", EVIL, a.id, start, start + 20, EVIL,
                          (Related(b.id, 0, 5, EVIL),))],
        extras={"alignments": [PairAlignment(EVIL, q.id, q.id, EVIL, 0.1, (seg,))],
                "figures": [{"referent": EVIL, "independent_roots": 1, "values": [
                    {"document": a.id, "text": EVIL, "approximator": EVIL, "source": EVIL,
                     "time": EVIL, "start": 0, "end": 3, "root": a.id}]}]})


def test_markup_holds_only_template_elements():
    html = render_html(hostile_report())
    parser = TagCollector()
    parser.feed(html)
    assert {t for t, _ in parser.tags} <= TEMPLATE_TAGS
    for tag, attrs in parser.tags:
        assert not [k for k in attrs if k.startswith("on")], (tag, attrs)
        for name in ("href", "src", "action", "xlink:href", "formaction", "style"):
            assert name not in attrs or (tag, name) == ("a", "href"), (tag, attrs)
        if tag == "a":
            assert attrs["href"].startswith("#")
    # one executable script (ours) plus one JSON block for the data and one per document
    kinds = [attrs.get("type") for tag, attrs in parser.tags if tag == "script"]
    assert kinds.count(None) == 1 and kinds.count("application/json") == 3


def test_hostile_text_is_escaped_where_it_appears():
    html = render_html(hostile_report())
    outside_json = re.sub(r'<script type="application/json"[^>]*>.*?</script>', "", html,
                          flags=re.S)
    markup = outside_json.split("<script>")[0]  # everything before our own script
    assert "<script>window" not in markup and 'onerror="' not in markup
    assert "window.__pwned" in markup  # it is there, as escaped text (graph labels)
    assert "<img" not in html and "<svg onload" not in html and "<!-- " not in html
    assert "evil&lt;1&gt;.txt" in html  # the graph's node label, as text
    for body in re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', html, re.S):
        assert not set(body) & {"<", ">", "&", "\u2028", "\u2029"}
        json.loads(body)


def test_hostile_text_survives_exactly_in_the_data():
    report = hostile_report()
    html = render_html(report)
    blocks = dict(re.findall(r'<script type="application/json" id="([\w-]+)">(.*?)</script>',
                             html, re.S))
    assert json.loads(blocks["qc-text-0"]) == report.documents[0].text
    payload = json.loads(blocks["qc-data"])
    assert payload["docs"][0]["outlet"] == EVIL and payload["findings"][0]["m"] == EVIL
    assert payload["docs"][0]["url"] == "javascript:window.__pwned=4"  # shown as text only


def test_page_script_never_uses_html_sinks():
    from quotecheck_plugins import _html_assets as html_assets

    js = html_assets.script()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function", "setAttribute(\"on", ".href", ".src"):
        assert sink not in js, sink
