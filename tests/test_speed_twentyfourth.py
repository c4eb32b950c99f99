"""Speed, twenty-fourth round (issue 11): ``clustering.place`` asks ``elsewhere`` (speakerfit's
described-speaker test) only of a group that passes the score test. Both are pure filters, so
the groups are those of the old order, which this file keeps as the reference."""
from hypothesis import given, settings

from test_speakerfit import _clusters, story

from quotecheck.align import grouping
from quotecheck.align.clustering import Group, _anchor_key, placement_key


def _place_elsewhere_first(units, candidates, score, inside, cfg, elsewhere=None):
    """``place`` as it was: ``elsewhere`` asked of every candidate group before scoring."""
    min_score = float(cfg.get("min_score", 0.34))
    member_min = float(cfg.get("member_min_score", 0.2))
    member_cap = int(cfg.get("member_checks", 12))
    strong = float(cfg.get("strong_score", 0.8))
    phrase_words = int(cfg.get("shared_phrase_max_words", 4))
    phrase_docs = int(cfg.get("shared_phrase_min_docs", 3))
    group_of, groups = {}, []
    for i in sorted(range(len(units)), key=lambda k: placement_key(units[k])):
        u = units[i]
        best, best_score = None, 0.0
        shared_phrase = u.name is None and len(u.head.norms) <= phrase_words and \
            len(u.docs) >= phrase_docs
        if not shared_phrase:
            seen = set()
            for j in candidates(i):
                g = group_of.get(j)
                if g is None or id(g) in seen:
                    continue
                seen.add(id(g))
                if not g.accepts(u.name):
                    continue
                if elsewhere is not None and elsewhere(u, g):
                    continue
                need = min_score
                if (u.name is None) != (not g.names) or g.anchor.doc.id in u.docs:
                    need = max(need, strong)
                s = score(u.head, g.anchor, need)
                if s < need or not (s > best_score or (s == best_score and best is not None and
                                                     _anchor_key(g) < _anchor_key(best))):
                    continue
                if not inside(u.head, g.anchor) and any(
                        score(u.head, f, member_min) < member_min for f in g.full[:member_cap]):
                    continue
                best, best_score = g, s
        if best is None:
            best = Group(u.head)
            groups.append(best)
        elif not inside(u.head, best.anchor):
            best.full.append(u.head)
        best.add(u)
        group_of[i] = best
    return [g.units for g in groups]


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
