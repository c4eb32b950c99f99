"""Three copies of one text identical to each other and a loose rewrite close to one of them
are copies of one text and its rewrite, not a copy of a copy: the rewrite is measured
against every member the close pair matches word for word. A spun copy and its own verbatim
copy, both far from the original, still show an order."""
from types import SimpleNamespace

from quotecheck.provenance.families import _far_thirds, _untiered


def _measured(sims):
    def measured(x, y):
        s = sims.get(frozenset((x, y)))
        return (SimpleNamespace(mean_sim=s), "rewrite") if s is not None else (None, "")
    return measured


def test_a_rewrite_close_to_one_of_three_identical_copies_is_no_tier():
    sims = {frozenset(p): s for p, s in [
        (("a", "b"), 1.0), (("a", "c"), 1.0), (("b", "c"), 1.0),
        (("a", "r"), 0.61), (("b", "r"), 0.69), (("c", "r"), 0.82)]}
    members = ["a", "b", "c", "r"]
    assert _far_thirds(members, _measured(sims)) == {}
    assert _untiered(members, _measured(sims)) == (members, False)


def test_a_spun_copy_and_its_verbatim_copy_far_from_the_original_show_an_order():
    sims = {frozenset(p): s for p, s in [
        (("spun", "copy"), 1.0), (("orig", "spun"), 0.6), (("orig", "copy"), 0.6)]}
    members = ["copy", "orig", "spun"]
    assert list(_far_thirds(members, _measured(sims))) == ["orig"]
    assert _untiered(members, _measured(sims))[1] is True
