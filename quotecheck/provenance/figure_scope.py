"""Whether two statements of a figure can be of one thing, by who states them and where.

Used by :mod:`quotecheck.provenance.figures` before it compares values: two named sources
count two things, relative times of documents days apart are two times, and a partial copy's
own sentences (the ones it did not take from its parent) are its own reporting; a conversion
is compared through its primary, and a copy that shows why its figure differs changed nothing.
"""
from __future__ import annotations

import re
from typing import Any, Optional

from quotecheck.provenance.figure_referents import source_names
from quotecheck.provenance.pagetypes import days_between
from quotecheck.resources.ruledata import load_data


def same_source(x: Any, y: Any) -> bool:
    """Both figures credit a named source and the names share no word ("said agency official
    Fauzi" / "said spokesman Sutopo Purwo Nugroho"): two counts by two people, often of two
    scopes, not one statement; a pronoun or an unnamed source ("police said") is no name."""
    a, b = source_names(x.source), source_names(y.source)
    return not (a and b) or bool(a & b)


def one_news_cycle(x: Any, y: Any, by_id: dict) -> bool:
    """A stated time is relative ("overnight", "on Sunday", "last week"): two figures that
    state one are of one time only in documents published a few days apart (or undated)."""
    if not (x.time and y.time):
        return True
    days = days_between(*(by_id[f.document].doc.meta.published if f.document in by_id
                          else None for f in (x, y)))
    return days is None or days <= load_data("provenance")["figures"]["relative_time_max_days"]


def taken_sentences(edge: Any, result: Any) -> Optional[frozenset]:
    """The copy's sentences aligned with the parent when the copy takes only part of it (a
    ``partial`` edge: a follow-up that reuses a few lines), else None (all of a whole copy's
    are taken): the rest of a partial copy is its own reporting, of other places, parts or
    times, and a figure there that differs from the parent's was not changed from it."""
    if edge.relation != "partial":
        return None
    al = result.alignments.get((edge.source, edge.derived))
    return None if al is None else frozenset(y for _, y, _ in al.pairs)


# between a figure with its unit and the figure that converts it: "66,000 barrels (", "7 km (",
# and within the brackets "10.5 million liters; "
_CONVERSION_GAP = re.compile(r"[^\S\n]*(?:[^\W\d]+\.?[^\S\n]*){0,3}([(;])[^\S\n]*")


def conversions(figs: list, text: str) -> frozenset:
    """Starts of the figures that convert the figure before them into another unit ("40,000
    tonnes (88 million pounds)"): a conversion restates its primary,
    so it is compared through the primary. Compared on its own, it reports a primary changed
    (or revised) a second time, and a conversion rounded another way ("150 kilometers (93
    miles)" / "(95 miles)") as a changed figure."""
    out = set()
    for prev, f in zip(figs, figs[1:]):
        if prev.sentence != f.sentence or prev.end > f.start:
            continue
        gap = _CONVERSION_GAP.fullmatch(text, prev.end, f.start)
        if gap and (gap.group(1) == "(" or prev.start in out):
            out.add(f.start)
    return frozenset(out)


def knowing_change(f: Any, same: list, copy_figs: list, parent_figs: Any,
                   conv: frozenset = frozenset()) -> bool:
    """A copy's figure differs from its parent's for a reason the two texts show, not by a
    slip in copying: the parent states the copy's figure for this referent too (in another
    place: the copy's figure is the parent's, of another thing), the copy states the parent's
    figure too in another sentence (it knows it: a part against a whole, or a revision it
    reports, "earlier, officials had cited a larger figure of..."), or every figure of the
    copy's sentence is new
    (at least two, conversions ``conv`` not counted: a revised count with its parts, "soap
    sold under 48 labels and shampoo under 40" for 46 and 37; a slip changes one and leaves
    the rest). ``copy_figs`` are all the copy's figures, ``parent_figs`` the parent's of the
    referent."""
    if any(g.value == f.value for g in parent_figs) or any(
            g.value == p.value and g.referent == f.referent and g.sentence != f.sentence
            for p in same for g in copy_figs):
        return True
    own = [g.value for g in copy_figs if g.sentence == f.sentence and g.start not in conv]
    return len(own) >= 2 and not any(v in p.values for v in own for p in same)
