"""An agency's own earlier page (a first lead) that the family's text (its later lead, carried
by a paper) partly reuses is the family's source, not one of the documents that partly reuse
the family's text (``Family.partial``): listed there, it was read as partly reusing every copy,
and a paper carrying the later lead was linked to the first lead though the two share only the
court quotations the later lead kept (meter). Stubbed pair measurements, our own ids."""
from types import SimpleNamespace

from quotecheck.model import ProvenanceEdge
from quotecheck.provenance.families import Family, family_edges

FEATS = SimpleNamespace(aligned=3)


def _run(own_page):
    fam = Family("wire:PA:abc", "PA", ["lead2.txt", "paper.txt"], "lead2.txt", own_copy=True)
    found = [(ProvenanceEdge("lead1.txt", "lead2.txt", "partial", 0.5, ("",)), None, 0.5),
             (ProvenanceEdge("lead2.txt", "paper.txt", "rewrite", 0.8, ("",)), None, 0.8)]
    features = {("lead2.txt", "paper.txt"): (FEATS, "rewrite"),
                ("lead1.txt", "lead2.txt"): (FEATS, "partial"),
                ("lead1.txt", "paper.txt"): (FEATS, None)}
    kept = family_edges([fam], found, features, {"paper.txt": [], "lead1.txt": []},
                        lambda x, y: (FEATS, "partial"),
                        lambda x, y, rel, *rest: ((x, y, rel), None, 0.5), own_page)
    return fam, {item[0] for item in kept}


def test_the_agencys_own_earlier_page_is_the_source_not_a_partial_reuser():
    fam, edges = _run(lambda doc, agency, rep: doc == "lead1.txt")
    assert ("lead1.txt", "lead2.txt", "partial") in edges
    assert fam.partial == []


def test_a_later_page_that_partly_reuses_the_text_stays_a_partial_reuser():
    fam, edges = _run(lambda doc, agency, rep: False)
    assert fam.partial == ["lead1.txt"]
