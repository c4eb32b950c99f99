"""Page types that change what an edge means: aggregator pages and updated versions.

An aggregator page (a list of headlines and snippets from many outlets, each with its outlet
or link, little prose of its own) quotes others: it is never a source and never a root. Two
versions of one article on one site (same outlet, whole-text overlap) are an ``update``,
ordered by time when both give one, else by what was added (the later version holds the
earlier one plus more); an outlet reusing its own text is never undisclosed reuse.
"""
from __future__ import annotations

import re
from typing import Optional

from quotecheck.load import outlets as outlet_table
from quotecheck.load.metadata import published_instant
from quotecheck.provenance.derivation import settings
from quotecheck.resources.regexprefilter import guard

# behind its literal prefilter: a block without ".com", "www." and the like is never tried
_LINK = guard(re.compile(r"https?://|www\.|\b[a-z0-9-]+\.(?:com|org|net|co\.uk|news|info|tv)\b"))
_TAG = re.compile(r"(?:^|[\s(|\u2014\u2013-])(?:via|source:|from)?\s*"
                  r"(?P<name>[A-Z][\w&.'\-]*(?:\s+[A-Z][\w&.'\-]*){0,3})\s*\)?\s*$")
_WORDS = re.compile(r"\w+")

# an aggregator shows at least this many blocks naming distinct outlets, these blocks make up
# at least this share of the page's blocks, and its blocks are short on average
AGGREGATOR_MIN_OUTLETS = 4
AGGREGATOR_MIN_SHARE = 0.3
AGGREGATOR_MAX_MEAN_WORDS = 45


def is_aggregator(text: str, own_outlet: Optional[str] = None) -> bool:
    """True for a page of many short blocks, each naming a different outlet or link."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n|\n", text) if b.strip()]
    if len(blocks) < 2 * AGGREGATOR_MIN_OUTLETS:
        return False
    names: set = set()
    tagged = 0
    for block in blocks:
        name = _outlet_in(block)
        if name and name != own_outlet:
            names.add(name)
            tagged += 1
    if len(names) < AGGREGATOR_MIN_OUTLETS or tagged < AGGREGATOR_MIN_SHARE * len(blocks):
        return False
    mean = sum(len(_WORDS.findall(b)) for b in blocks) / len(blocks)
    return mean <= AGGREGATOR_MAX_MEAN_WORDS


def _outlet_in(block: str) -> Optional[str]:
    """The outlet a block names at its end or as a link ("— Reuters", "(cnn.com)")."""
    tail = block[-80:]
    m = _TAG.search(tail)
    if m:
        hit = outlet_table.lookup(m.group("name"))
        if hit is not None:
            return hit.name
    link = _LINK.search(block)
    if link:
        m2 = re.search(r"([a-z0-9-]+\.)+[a-z]{2,}", block[link.start():link.start() + 120])
        if m2:
            hit = outlet_table.lookup_domain(m2.group())
            return hit.name if hit else m2.group()
    return None


def same_outlet(a: Optional[str], b: Optional[str]) -> bool:
    """Both documents come from one (known) outlet."""
    return bool(a) and a == b


def same_organisation(a: Optional[str], b: Optional[str]) -> bool:
    """Both outlets are one organisation: the same outlet, or two sites of one outlet as the
    outlet table knows its domains ("politicalticker.blogs.cnn.com" is CNN's, as "cnn.com"
    is), or one site a sub-domain of the other's own address. A site's blog or edition
    reusing its own organisation's copy is no undisclosed reuse, as one site's is not. Two
    sub-domains of a host the table does not know are not joined (two blogs of one blogging
    service are two authors)."""
    if same_outlet(a, b):
        return True
    if not (a and b):
        return False
    ka, kb = _organisation(a), _organisation(b)
    if ka and ka == kb:
        return True
    ha, hb = (_host(x) for x in (a, b))
    return bool(ha and hb) and (ha.endswith("." + hb) or hb.endswith("." + ha))


def _organisation(name: str) -> Optional[str]:
    """The outlet table's name for ``name``: by name or alias, else (a domain-shaped name) by
    the domain serving it, a sub-domain falling back to its parents."""
    hit = outlet_table.lookup(name)
    if hit is None and _host(name):
        hit = outlet_table.lookup_domain(name)
    return hit.name if hit else None


_HOSTNAME = re.compile(r"(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})")


def _host(name: str) -> Optional[str]:
    """``name`` as a host name without "www." when it is domain-shaped ("cnn.com"), else None."""
    m = _HOSTNAME.fullmatch(name.strip().lower())
    return m.group(1) if m else None


def update_order(order: int, n_a: int, n_b: int) -> tuple[int, list, str]:
    """``(sign, evidence, sure)`` for two versions: sign 1 when ``a`` is the earlier one.

    ``order`` is the publication-time comparison (1: ``a`` earlier, 0: unknown); without it
    the version with fewer narration sentences is the earlier (the later adds to it).
    """
    if order:
        return order, ["same outlet: a later version, by publication time"], "sure"
    if n_a != n_b:
        return (1 if n_a < n_b else -1), ["same outlet: the later version adds sentences"], "weak"
    return 1, [SAME_TEXT], ""


def wire_brief(n_a: int, n_b: int, same_wire, ledes_aligned: bool,
               days_apart: Optional[float] = None) -> bool:
    """Two pages of one site carrying one wire's story, one a brief (its first version, a
    lede and little more) of the other: their ledes align, and the brief has at most a third
    of the other's sentences. The write-through rewrites the brief, so little else aligns;
    the brief shares the lede only, so it is an update of that page, not a copy of the wire
    story's other carriers. A write-through follows its brief within hours: two stories
    published more than ``version_max_days`` apart are two stories whose ledes read alike."""
    if days_apart is not None and days_apart > settings()["relation"]["version_max_days"]:
        return False
    return bool(same_wire) and ledes_aligned and 0 < 3 * min(n_a, n_b) <= max(n_a, n_b)


def days_between(pa: Optional[str], pb: Optional[str]) -> Optional[float]:
    """Days between two ``published`` values (a date alone is its midnight); None unless
    both are ISO 8601."""
    ta, tb = published_instant(pa), published_instant(pb)
    if ta is None or tb is None:
        return None
    return abs((ta - tb).total_seconds()) / 86400


def on_different_days(pa: Optional[str], pb: Optional[str]) -> bool:
    """Two ``published`` values fall on different UTC calendar days (both ISO 8601)."""
    ta, tb = published_instant(pa), published_instant(pb)
    return ta is not None and tb is not None and ta.date() != tb.date()


SAME_TEXT = "same outlet: the same text twice"
"""Evidence of an update edge between two captures of one page with the same text."""


def link_duplicates(edges: list, alignments: dict, candidates: list) -> tuple[list, dict]:
    """``edges`` and ``alignments`` with every pair of same-text captures of one page linked.

    A page captured three times gives three candidate updates; choosing parents keeps only
    the first capture's two, as if the other two were unrelated. Captures of one text are
    one page, so a candidate (``(edge, alignment, score)``) between two documents that are
    both same-text captures of a third is kept as well.
    """
    same: dict = {}
    for e in edges:
        if SAME_TEXT in e.evidence:
            same.setdefault(e.source, set()).add(e.derived)
            same.setdefault(e.derived, set()).add(e.source)
    linked = {frozenset((e.source, e.derived)) for e in edges}
    out, aligned = list(edges), dict(alignments)
    for edge, al, _ in candidates:
        key = frozenset((edge.source, edge.derived))
        if (SAME_TEXT in edge.evidence and key not in linked
                and same.get(edge.source, set()) & same.get(edge.derived, set())):
            linked.add(key)
            out.append(edge)
            aligned[(edge.source, edge.derived)] = al
    out.sort(key=lambda e: (e.source, e.derived))
    return out, aligned
