"""Two carriers of one wire story are siblings: each took the story from the wire and cut it
its own way, so a report on one never says it copied the other without credit unless the
other is the family's own page (the agency's page of its story). The report names the story
and its agency instead; an uncredited text family's siblings get the shared-text note (QC503).
Our own setting: pages invented for the test (issue 11)."""
from types import SimpleNamespace

from quotecheck.model import ProvenanceEdge
from quotecheck.provenance.edgefindings import undisclosed as _undisclosed
from quotecheck.provenance.families import Family
from quotecheck.provenance.guesses import names_sibling, story_family
from quotecheck.provenance.sentalign import Alignment


def _page(doc_id, outlet):
    text = "Rescuers reached the flooded valley on Sunday. Two bridges were swept away."
    doc = SimpleNamespace(id=doc_id, text=text, meta=SimpleNamespace(outlet=outlet),
                          view=SimpleNamespace(span=lambda s, e: (s, e)))
    return SimpleNamespace(doc=doc, sentences=[SimpleNamespace(start=0, end=46)])


def _report(family, source="sports-carrier.txt", derived="tv-carrier.txt"):
    child, parent = _page(derived, "tv.example"), _page(source, "sports.example")
    edge = ProvenanceEdge(source, derived, "partial", 0.6, ("the copy holds a subset",))
    al = Alignment(parent, child, [(0, 0, 1.0)])
    return _undisclosed(child, parent, edge, al, family).args


def test_a_sibling_of_an_agency_family_with_its_own_page_is_told_the_agency_story():
    fam = Family("wire:AP:abc", "AP", ["agency-page.txt", "sports-carrier.txt"],
                 "agency-page.txt", own_copy=True, partial=["tv-carrier.txt"])
    got = story_family("sports-carrier.txt", "tv-carrier.txt", [fam])
    assert got is fam and names_sibling(fam, "sports-carrier.txt")
    args = _report(got)
    assert "Associated Press story" in args["related_outlet"] and args["family"] == fam.id
    # the agency's own page is the source itself: the page is named
    assert not names_sibling(fam, "agency-page.txt")
    assert "related_outlet" not in _report(fam, source="agency-page.txt")


def test_two_partial_carriers_of_an_uncredited_text_share_it():
    fam = Family("text:def", "", ["a.txt", "b.txt", "c.txt"], "a.txt",
                 partial=["sports-carrier.txt", "tv-carrier.txt"])
    got = story_family("sports-carrier.txt", "tv-carrier.txt", [fam])
    assert got is fam
    assert _report(got)["kind"] == "shared-text"      # QC503 information, not QC501
    # a page outside every family that copies a partial carrier is still its copy
    assert story_family("sports-carrier.txt", "outsider.txt", [fam]) is None
