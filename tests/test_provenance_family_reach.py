"""Documents that carry lines of several copies of one text are linked to every copy
(quotecheck.provenance.familyreach): provenance keeps one parent per document, so without the
family such a document was linked to one copy only, and two copies of one brief carried by a
third site stayed a lone edge."""
from provenance_synth import make_doc

from quotecheck.provenance.families import Family
from quotecheck.provenance.familyreach import (carried_by_outsider, carrier_links,
                                               copied_partials, related_partials)
from quotecheck.provenance.infer import infer_provenance

# our own invented brief: a water main break in an invented town
BRIEF = [
    "A water main burst under Corlan Avenue in Westbury on Sunday night, flooding three "
    "basements and closing the street between Fifth and Ninth streets.",
    "Crews from the Westbury utilities department shut off the 16-inch pipe shortly after "
    "midnight, leaving about 340 homes without running water.",
    "The department said the cast-iron main was installed in 1931 and had been scheduled for "
    "replacement next spring.",
    "Bottled water was handed out at the Marlow Road community hall until service returned "
    "late on Monday afternoon.",
]
OWN = [
    "Residents of the Orchard Hill estate said they had complained about low water pressure "
    "for weeks before the pipe gave way.",
    "The town council will discuss a faster pipe replacement schedule when it meets again on "
    "the second Thursday of the month.",
    "A councillor for the ward, Dana Pellow, asked the utilities department to publish a list "
    "of every main older than eighty years.",
    "Insurance adjusters were expected to visit the flooded homes along the avenue this week.",
]


def _docs():
    text = "\n\n".join(BRIEF)
    # a local site's write-up: its own reporting around three lines of the brief, word for word
    local = "\n\n".join([OWN[0], BRIEF[0], OWN[1], BRIEF[1], BRIEF[2], OWN[2], OWN[3]])
    return [make_doc("copy1.txt", text, "Valley Courier", "2023-05-08T07:00:00+00:00"),
            make_doc("copy2.txt", text, "County Wire Online", "2023-05-08T08:00:00+00:00"),
            make_doc("local.txt", local, "Westbury Patch", "2023-05-08T10:00:00+00:00")]


def test_two_copies_carried_by_a_third_site_form_a_family_that_links_it_to_both():
    res = infer_provenance(_docs(), [])
    assert len(res.families) == 1
    fam = res.families[0]
    assert fam.members == ["copy1.txt", "copy2.txt"] and fam.id.startswith("text:")
    # the write-up partly reuses the text both copies print: linked to each copy
    assert fam.partial == ["local.txt"]


def test_two_copies_alone_still_keep_their_one_edge():
    res = infer_provenance(_docs()[:2], [])
    assert res.families == []
    assert len(res.edges) == 1


class _Feats:
    def __init__(self, lifted, far_apart=False):
        self.lifted, self.far_apart = lifted, far_apart


def test_carrier_links_need_a_relation_and_a_line_carried_word_for_word():
    features = {("a", "b"): (_Feats(2), "partial"), ("a", "c"): (_Feats(0), "rewrite"),
                ("a", "d"): (_Feats(3), None), ("a", "e"): (_Feats(1, True), "partial"),
                ("a", "f"): (_Feats(1), "partial")}
    assert carrier_links(features) == {"a": {"b", "f"}, "b": {"a"}, "f": {"a"}}
    assert carrier_links(features, frozenset({"f"})) == {"a": {"b"}, "b": {"a"}}


def test_related_partials_need_lines_of_several_copies():
    fam = Family("text:x", "", ["m1", "m2", "m3"], "m1")
    links = {"m1": {"d1", "d2"}, "m2": {"d1"}, "m3": set(), "d1": {"m1", "m2"}, "d2": {"m1"}}
    assert related_partials([fam], links) == [(fam, "d1")]   # one copy's lines: no
    fam.partial.append("d1")
    assert related_partials([fam], links) == []              # already a partial reuser
    pair = Family("text:y", "", ["p1", "p2"], "p1")
    assert related_partials([pair], {"p1": {"q"}, "p2": {"q"}}) == [(pair, "q")]
    assert related_partials([pair], {"p1": {"q"}, "p2": set()}) == []
    assert carried_by_outsider(["p1", "p2"], {"p1": {"q", "p2"}, "p2": {"q", "p1"}})
    assert not carried_by_outsider(["p1", "p2"], {"p1": {"p2"}, "p2": {"p1"}})


class _Edge:
    def __init__(self, source, derived, relation):
        self.source, self.derived, self.relation = source, derived, relation


def test_a_word_for_word_copy_of_a_partial_reuser_carries_its_lines_a_rewrite_not():
    fam = Family("text:z", "", ["m1", "m2"], "m1", partial=["write-up"])
    found = [(_Edge("write-up", "scraper", "verbatim"), None, 0.0),
             (_Edge("loose", "write-up", "rewrite"), None, 0.0),
             (_Edge("m1", "m2", "verbatim"), None, 0.0)]
    assert copied_partials([fam], found) == [(fam, "scraper")]
