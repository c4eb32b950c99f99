"""A family's partial reuser is read as partly reusing every copy of the text
(quotecheck.provenance.families.family_edges, familyreach.shares_every_member). A member that
is only an excerpt of the text (an agency's add of four paragraphs, a site's three-sentence
cut) may hold none of the lines the reuser took from the representative: the two then share
nothing, and listing the reuser among the family's partial reusers linked it to that member
all the same (seen on real sets: a write-up and a cut of the story it retells, measured with
no sentence in common). The reuser keeps its own edge to the representative."""
from types import SimpleNamespace

from quotecheck.provenance.families import Family, family_edges
from quotecheck.provenance.familyreach import shares_every_member


def _feats(aligned):
    return SimpleNamespace(aligned=aligned, lifted=1, far_apart=False)


def _edge(src, dst, relation, *rest):
    return (SimpleNamespace(source=src, derived=dst, relation=relation, confidence=0.7,
                            evidence=list(rest[1]) if len(rest) > 1 else []), None, 0.7)


def _run(cut_aligned):
    """A family of a text ("rep") and a cut of it ("cut"); "local" partly reuses the text
    (a partial edge from the representative), sharing ``cut_aligned`` sentences with the cut."""
    fam = Family("text:x", "", ["rep", "cut"], "rep")
    features = {("rep", "cut"): (_feats(4), "verbatim"),
                ("rep", "local"): (_feats(3), "partial"),
                ("cut", "local"): (_feats(cut_aligned), None)}
    found = [_edge("rep", "local", "partial"), _edge("rep", "cut", "verbatim")]
    kept = family_edges([fam], found, features, {"rep": [], "cut": [], "local": []},
                        lambda x, y: features.get((x, y)) or features.get((y, x)), _edge)
    return fam, kept


def test_a_reuser_sharing_nothing_with_an_excerpt_member_is_no_partial_of_the_family():
    fam, kept = _run(cut_aligned=0)
    assert fam.partial == []
    # its own edge from the representative stays
    assert any(e.source == "rep" and e.derived == "local" for e, _, _ in kept)


def test_a_reuser_sharing_a_sentence_with_every_member_is_a_partial_of_the_family():
    fam, kept = _run(cut_aligned=1)
    assert fam.partial == ["local"]
    assert any(e.source == "rep" and e.derived == "local" for e, _, _ in kept)


def test_shares_every_member_reads_only_measured_pairs():
    features = {("d", "m1"): (_feats(2), "partial"), ("m2", "d"): (_feats(0), None)}
    assert not shares_every_member("d", ["m1", "m2"], features)
    assert shares_every_member("d", ["m1", "m3"], features)   # m3 never measured with d
    assert shares_every_member("d", ["d", "m1"], features)
