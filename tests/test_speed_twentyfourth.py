"""Speed, twenty-fourth round (issue 11): ``clustering.place`` asks ``elsewhere`` (speakerfit's
described-speaker test) only of a group that passes the score test. Both are pure filters, so
the groups are those of the old order, which this file rebuilds as the reference by folding
``elsewhere`` into ``Group.accepts`` of the current ``place``."""
from hypothesis import given, settings

from test_speakerfit import _clusters, story

from quotecheck.align import clustering, grouping
from quotecheck.align.clustering import Group


def _place_elsewhere_first(units, candidates, score, inside, cfg, elsewhere=None):
    """``place`` in the old order: ``elsewhere`` asked of every candidate group right after
    ``accepts``, before scoring. The current ``place`` runs with ``elsewhere`` folded into
    ``Group.accepts`` (``place`` asks ``candidates(i)`` just before trying unit ``i``'s
    groups, so that call names the unit being placed)."""
    if elsewhere is None:
        return clustering.place(units, candidates, score, inside, cfg)
    placing = []

    def candidates_naming(i):
        placing[:] = [units[i]]
        return candidates(i)

    class AsksFirst(Group):
        def accepts(self, name):
            return super().accepts(name) and not elsewhere(placing[0], self)

    clustering.Group = AsksFirst
    try:
        return clustering.place(units, candidates_naming, score, inside, cfg)
    finally:
        clustering.Group = Group


@settings(max_examples=150, deadline=None)
@given(story())
def test_place_asks_elsewhere_after_the_score_with_the_same_groups(rends):
    now = _clusters(rends)
    kept = grouping.place
    grouping.place = _place_elsewhere_first
    try:
        before = _clusters(rends)
    finally:
        grouping.place = kept
    assert now == before
