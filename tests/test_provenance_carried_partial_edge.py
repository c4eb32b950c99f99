"""A document joined to one member of a text family by a partial edge, which the family's
representative does not share, still carries the family's text when lines it prints are
printed by several members alike (``carried_partials``): the edge to one member no longer
hides it from the family (its other members stayed unlinked to it)."""
from types import SimpleNamespace

from quotecheck.model import ProvenanceEdge
from quotecheck.provenance.families import Family, carried_partials


def _feats(lifted):
    return SimpleNamespace(lifted=lifted, far_apart=False)


def _setting(edge_relation):
    fam = Family("text:abc", "", ["m1.txt", "m2.txt", "m3.txt"], "m1.txt")
    edge = ProvenanceEdge("m2.txt", "other.txt", edge_relation, 0.7, ())
    features = {("m1.txt", "other.txt"): (_feats(1), None),
                ("m2.txt", "other.txt"): (_feats(2), edge_relation),
                ("m3.txt", "other.txt"): (_feats(1), None)}
    return [fam], [(edge, None, 0.5)], features


def test_a_partial_edge_to_one_member_leaves_the_document_free_to_carry_the_text():
    families, found, features = _setting("partial")
    got = carried_partials(families, found, features)
    assert [(f.id, other, members) for f, other, members in got] == [
        ("text:abc", "other.txt", ["m1.txt", "m3.txt"])]


def test_a_whole_copy_of_one_member_keeps_its_edge_only():
    families, found, features = _setting("rewrite")
    assert carried_partials(families, found, features) == []
