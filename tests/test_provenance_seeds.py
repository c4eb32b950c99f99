"""Provenance on the seed story: pinned edges, roots and whole-text findings."""
from pathlib import Path

import pytest

from quotecheck.model import Document, Metadata
from quotecheck.provenance.infer import infer_provenance
from quotecheck.text.textview import TextView
from rule_levels import level

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# outlets as the loader infers them from each page's chrome (001 names none)
OUTLETS = {"000": "Financial Times", "001": None, "002": "The Moscow Times", "003": "Reuters",
           "004": "Voice of America"}


def _docs(metadata=True):
    docs = []
    for path in sorted(SEEDS.glob("0*.txt")):
        text = path.read_text(encoding="utf-8")
        meta = Metadata(outlet=OUTLETS[path.name[:3]]) if metadata else Metadata()
        docs.append(Document(path.name, str(path), text, TextView.identity(text), meta))
    return docs


def _id(prefix, docs):
    return next(d.id for d in docs if d.id.startswith(prefix))


@pytest.fixture(scope="module", params=[True, False], ids=["outlets", "no-metadata"])
def seeded(request):
    docs = _docs(request.param)
    return docs, infer_provenance(docs, [])


def test_001_is_a_rewrite_of_000(seeded):
    docs, res = seeded
    edge = next(e for e in res.edges if e.derived == _id("001", docs))
    assert edge.source == _id("000", docs)
    assert edge.relation == "rewrite"
    assert edge.confidence >= 0.8
    assert any("align in order" in ev for ev in edge.evidence)
    assert any("2,030" in ev or "20,000" in ev for ev in edge.evidence)
    assert res.derives(_id("001", docs), _id("000", docs))
    assert not res.derives(_id("000", docs), _id("001", docs))


def test_004_reuses_003(seeded):
    docs, res = seeded
    edge = next(e for e in res.edges if e.derived == _id("004", docs))
    assert edge.source == _id("003", docs)
    assert edge.relation in ("partial", "shared-translation")
    assert any("Reuters" in ev for ev in edge.evidence)


def test_no_edge_among_independent_reports(seeded):
    docs, res = seeded
    independent = {_id(p, docs) for p in ("000", "002", "003")}
    assert not [e for e in res.edges if e.source in independent and e.derived in independent]
    assert len(res.edges) == 2


def test_roots(seeded):
    docs, res = seeded
    ids = [d.id for d in docs]
    assert res.root_of(_id("001", docs)) == _id("000", docs)
    assert res.parent_of(_id("000", docs)) is None
    assert res.independent_roots(ids) == 3
    assert res.independent_roots([_id("000", docs), _id("001", docs)]) == 1


def test_roots_detail_labels_affiliation():
    docs = _docs(True)
    res = infer_provenance(docs, [])
    detail = res.roots_detail([d.id for d in docs])
    assert [r[1] for r in detail] == ["Financial Times", "The Moscow Times", "Reuters"]
    assert all(r[2] for r in detail)


def _find(res, docs, prefix, rule_type, kind=None):
    doc = next(d for d in docs if d.id.startswith(prefix))
    return [(doc.text[d.start:d.end], d) for d in res.detections
            if d.document == doc.id and d.rule_type == rule_type
            and (kind is None or d.args.get("kind") == kind)]


def test_orphaned_fragments_and_hedge_in_the_copy(seeded):
    docs, res = seeded
    frags = _find(res, docs, "001", "garble", "orphaned-fragment")
    assert sorted(t for t, _ in frags) == ["By", "Chairmanship"]
    assert all(level(d) == "warning" and d.related for _, d in frags)
    hedges = _find(res, docs, "001", "hedge-drift")
    assert [(t, d.args["change"], d.category) for t, d in hedges] == [("allegedly", "added", "hedge")]


def test_number_flips_in_narration(seeded):
    docs, res = seeded
    flips = sorted(t for t, _ in _find(res, docs, "001", "garble", "number-flip"))
    assert flips == ["leaders", "state"]


def test_debris_at_low_severity(seeded):
    docs, res = seeded
    voa = _find(res, docs, "004", "garble", "bracket-debris")
    assert [t for t, _ in voa] == ["(They])"]
    reuters = _find(res, docs, "003", "garble", "doubled-punctuation")
    assert [t for t, _ in reuters] == [". ."]
    assert all(level(d) == "info" for _, d in voa + reuters)


def test_no_copy_findings_in_independent_reports(seeded):
    docs, res = seeded
    for prefix in ("000", "002"):
        assert not [d for d in res.detections if d.document == _id(prefix, docs)
                    and d.rule_type in ("hedge-drift", "provenance", "number")]
        assert not _find(res, docs, prefix, "garble", "orphaned-fragment")


def test_undisclosed_reuse_flagged_only_without_credit(seeded):
    docs, res = seeded
    prov = [d for d in res.detections if d.rule_type == "provenance"]
    assert [d.document for d in prov] == [_id("001", docs)]
    assert prov[0].args["parent"] == _id("000", docs)


def test_boilerplate_reported(seeded):
    docs, res = seeded
    texts = [t for t, _ in _find(res, docs, "001", "boilerplate")]
    assert "Source link" in texts and "Leave a Reply" in texts


def test_figures_spread_not_flagged(seeded):
    docs, res = seeded
    assert not [d for d in res.detections if d.rule_type == "number"]
    detained = next(f for f in res.figures if f["referent"] == "people detained")
    values = {v["document"][:3]: v["text"] for v in detained["values"]}
    assert values["004"] == "5,800" and values["002"] == "8,000"
    assert detained["independent_roots"] < detained["documents"]


def test_spans_point_at_original_text(seeded):
    docs, res = seeded
    by_id = {d.id: d for d in docs}
    for d in res.detections:
        assert 0 <= d.start <= d.end <= len(by_id[d.document].text)
        for rel in d.related:
            assert 0 <= rel.start <= rel.end <= len(by_id[rel.document].text)


def test_stray_quote_mark_in_reuters_caption(seeded):
    docs, res = seeded
    stray = _find(res, docs, "003", "garble", "quote-debris")
    assert [t for t, _ in stray] == ["\u2018"]
    assert level(stray[0][1]) == "info"


def test_hedge_detection_text_arg_for_the_message(seeded):
    docs, res = seeded
    (_, det), = _find(res, docs, "001", "hedge-drift")
    assert det.args["text"] == "allegedly"


def test_voa_shares_the_reuters_rendering(seeded):
    docs, res = seeded
    edge = next(e for e in res.edges if e.derived == _id("004", docs))
    assert any("quote rendering" in ev for ev in edge.evidence)


NEWS_SYNONYMS = {
    "president": "leader", "violent": "brutal", "unrest": "turmoil", "blamed": "faulted",
    "destructive": "damaging", "forces": "powers", "alliance": "bloc", "meeting": "session",
    "leaders": "heads", "deployment": "dispatch", "prevented": "stopped", "groups": "gangs",
    "arrested": "detained", "buildings": "premises", "protests": "demonstrations",
    "contingent": "force", "withdrawn": "pulled out", "completed": "finished",
    "believed": "thought", "needed": "required", "comments": "remarks", "speech": "address",
    "praised": "lauded", "started": "began", "rising": "climbing", "prices": "costs",
}


@pytest.mark.parametrize("seed", range(3))
def test_spun_and_syndicated_copies_of_a_seed(seed):
    import random

    from provenance_synth import SCRAPER_CHROME, make_doc, spin

    docs = {d.id[:3]: d for d in _docs(True)}
    reuters = docs["003"].text
    spun = spin(reuters + "\n\nend", random.Random(seed), NEWS_SYNONYMS) + SCRAPER_CHROME
    synd = ("World news\n\n" + reuters.split("Reporting by")[0]
            + "\n\nMaterial from Reuters used under licence.")
    story = [docs["000"], docs["002"], docs["003"], make_doc("spun.txt", spun),
             make_doc("synd.txt", synd, "Portal")]
    res = infer_provenance(story, [])
    got = {(e.source[:3], e.derived): e.relation for e in res.edges}
    assert got == {("003", "spun.txt"): "rewrite", ("003", "synd.txt"): "syndication"}
