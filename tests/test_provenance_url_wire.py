"""A site that files an agency's copy under a wire section of its address ("/wires/pa/",
"/wire/ap/") credits that agency as a credit line would (issue 11: a paper's wire pages in a
real scrape were told they reuse the agency without credit). Our own snippets."""
from dataclasses import replace
from types import SimpleNamespace

from provenance_synth import make_doc
from test_provenance_named_wire import STORY

from quotecheck.model import Metadata
from quotecheck.provenance.infer import infer_provenance
from quotecheck.provenance.wire import url_credits, wire_of


def _page(url):
    return SimpleNamespace(meta=SimpleNamespace(url=url))


def test_a_wire_section_in_the_address_names_the_agency():
    assert wire_of(url_credits(_page("https://www.example-paper.co.uk/wires/pa/article-1/x.html"))) == "PA"
    assert wire_of(url_credits(_page("https://example.com/wire/ap/story-2"))) == "AP"
    assert url_credits(_page("https://example.com/news/world/story-2")) == []
    assert url_credits(_page("https://example.com/wires/gardening/tips")) == []   # no agency
    assert url_credits(_page(None)) == []


def _docs(copy_url):
    agency = make_doc("agency.txt", "\n\n".join(STORY), "Associated Press",
                      "2021-03-02T08:00:00Z")
    copy = make_doc("paper.txt", "\n\n".join(STORY), "Daily Courier", "2021-03-02T09:30:00Z")
    meta = Metadata(outlet="Daily Courier", published="2021-03-02T09:30:00Z", url=copy_url)
    return [agency, replace(copy, meta=meta)]


def _told(res):
    return [d.document for d in res.detections if d.rule_type == "provenance"
            and d.args.get("kind") != "shared-text"]


def test_a_paper_s_wire_page_copying_the_agency_is_credited():
    res = infer_provenance(_docs("https://www.dailycourier.example/wires/ap/article-77/x.html"), [])
    assert [(e.source, e.derived) for e in res.edges] == [("agency.txt", "paper.txt")]
    assert _told(res) == []
    # the same page filed under its own news section credits no one: still uncredited reuse
    res = infer_provenance(_docs("https://www.dailycourier.example/news/article-77/x.html"), [])
    assert _told(res) == ["paper.txt"]
