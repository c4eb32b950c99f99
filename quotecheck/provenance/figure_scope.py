"""Whether two statements of a figure can be of one thing, by who states them and where.

Used by :mod:`quotecheck.provenance.figures` before it compares values: two named sources
count two things, relative times of documents days apart are two times, and a partial copy's
own sentences (the ones it did not take from its parent) are its own reporting.
"""
from __future__ import annotations

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
