"""Which of two texts that share text is the source: votes from time, credits, agency pages,
site chrome, garbles and subsets, kept apart from the edge builder in :mod:`infer`.

Time comes first where it is given: the metadata's publication time, else (for two texts of
one outlet, whose printed clocks are one clock) the times the pages print in their datelines
or transmission stamps. An agency rewrites a story through the day and its later versions
usually add to it, so content votes (the copy holds a subset) would take the later, longer
version for the source; the stamps order them.
"""
from __future__ import annotations

from typing import Optional

from quotecheck.load.datelines import printed_time
from quotecheck.load.metadata import has_time, published_instant
from quotecheck.provenance.derivation import DocText, settings
from quotecheck.provenance.integrity import copy_integrity
from quotecheck.provenance.pagetypes import days_between, on_different_days, same_outlet
from quotecheck.provenance.pairfeatures import PairFeatures, subset_side
from quotecheck.provenance.relation import WORD_FOR_WORD
from quotecheck.provenance.sentalign import Alignment
from quotecheck.provenance.wire import (agency_of_outlet, copy_credits, credits_agency,
                                        display_name, news_service, own_agency_text, wire_of)


# the texts of two weak direction votes, which provenance.guesses reads back from an edge
FACT_SUBSET = "the copy holds a subset of the names and figures"
SENTENCE_SUBSET = "the copy holds a subset of the sentences"
# what the other votes' texts hold (time, credits, citations, an agency's own page, site
# type, garbles): any of them orders a pair by more than its length
ORDERING_VOTES = ("published earlier", "credits ", "cites ", "scraper chrome", "only the source",
                  "garbles only", "the copy credits a wire", "'s own page of its story")


def pair_direction(a: DocText, b: DocText, f: PairFeatures, credits: dict, outlet: dict,
                   relation: Optional[str] = None):
    """``(source, derived, evidence, sure)``: votes from time, credits, chrome, garbles, subsets;
    ``sure`` is "sure" (a content, credit or time vote), "weak" (weak votes only) or "".
    ``relation``: the pair's relation (``partial``: it shares some lines only)."""
    partial = relation == "partial"
    votes: list = []   # positive: a is the source
    order = earlier(a.doc.meta.published, b.doc.meta.published)
    if order:
        votes.append((5 * order, "published earlier"))
    elif f.one_site:
        printed = printed_order(a.doc, b.doc)
        if printed:
            votes.append((5 * printed, "published earlier, by the printed time"))
    if f.b_credits_a:
        votes.append((3, f"credits {f.b_credits_a[0]}"))
    if f.a_credits_b:
        votes.append((-3, f"credits {f.a_credits_b[0]}"))
    if f.unnamed_credit:
        votes.append((2 if f.unnamed_credit == "b" else -2,
                      "the copy credits a wire; the source names no outlet"))
    if f.cites and not (f.a_credits_b or f.b_credits_a):
        cited = outlet[a.doc.id] if f.cites == "b" else outlet[b.doc.id]
        votes.append((2 if f.cites == "b" else -2, f"cites {cited} as its source"))
    for dt, other, sign in ((a, b, 1), (b, a, -1)):
        # an agency's own text (its site or name, its own dateline or no other's credit) is
        # the origin of a carrier that prints it without credit, whatever time of that day the
        # carrier stamps or however many sentences of its own the carrier adds; a report
        # published on an earlier day than the agency's is the agency's source when the
        # agency rewrote it (a member paper's story), so the publication times decide, unless
        # it prints the agency's own copy word for word and credits no one (``carried_own_copy``:
        # an uncredited carrier is never the source of the agency's own dateline story); a
        # report sharing only a few lines with the agency's later story (``partial``) within
        # days of it printed the agency's running background, which the agency repeats story
        # after story, from an earlier copy of it: the agency's page stands for the origin,
        # and the report's earlier day tells nothing of where those lines began (months
        # apart, the agency reused the report's lines: ``far_apart``). Not a news service's
        # report: a syndicate files its own copy, which agencies take lines from as they take
        # a rival wire's
        key = own_agency_text(outlet[dt.doc.id], dt.doc, credits[dt.doc.id])
        if not key or agency_of_outlet(outlet[other.doc.id], other.doc) or credits_agency(
                credits[other.doc.id], key, any_kind=True):
            continue
        if order == -sign and on_different_days(a.doc.meta.published, b.doc.meta.published):
            if f.far_apart or news_service(outlet[other.doc.id]) or not (
                    partial or carried_own_copy(dt, other, key, credits, relation)):
                continue
            votes = [v for v in votes if v[1] != "published earlier"]
        votes.append((6 * sign, f"{display_name(key)}'s own page of its story"))
    for dt, sign in ((b, 1), (a, -1)):
        if "scraper" in dt.site_types:
            votes.append((sign, "scraper chrome on the copy"))
    if bool(outlet[a.doc.id]) != bool(outlet[b.doc.id]):
        votes.append((1 if outlet[a.doc.id] else -1, "only the source names its outlet"))
    frag_b = fragment_count(b, a, f.alignment.pairs, swap=False)
    frag_a = fragment_count(a, b, f.alignment.pairs, swap=True)
    if frag_b != frag_a:
        votes.append((1 if frag_b > frag_a else -1, "garbles only the copy has"))
    if f.cover >= settings()["relation"]["rewrite_cover"]:
        extra = f.aligned / max(1, len(b.narration)) - f.aligned / max(1, len(a.narration))
        if abs(extra) >= 0.1:
            votes.append((1 if extra > 0 else -1, SENTENCE_SUBSET))
    subset = subset_side(a, b)
    if abs(subset) >= 0.08:
        votes.append((1 if subset > 0 else -1, FACT_SUBSET))
    score = sum(v for v, _ in votes)
    if score >= 0:
        src, dst = a, b
        evidence = [r for v, r in votes if v > 0]
    else:
        src, dst = b, a
        evidence = [r for v, r in votes if v < 0]
    # site type and fact subsets only pick a direction: they never make an edge sure
    weak = set(settings()["direction"]["weak"])
    sure = "sure" if any(r not in weak for r in evidence) else "weak" if score else ""
    return src, dst, evidence, sure


def carried_own_copy(own: DocText, other: DocText, key: str, credits: dict,
                     relation: Optional[str]) -> bool:
    """``other`` carries word for word (``verbatim``, ``syndication``) the text that ``own``,
    agency ``key``'s own copy, prints, and credits no one's copy: an uncredited carrier of the
    agency's story, never its source, whatever day it is dated (a carrier's page dated the day
    before the agency's is a date the carrier's clock or the capture set). The agency's own
    copy: the page's own outlet (its metadata or address; not one read from its chrome, where a
    carrier keeps the agency's dateline) is the agency its dateline or credit names. The caller
    asks for days apart, not months (``far_apart``), and a carrier that is no news service."""
    return (relation in WORD_FOR_WORD and wire_of(credits[own.doc.id]) == key
            and agency_of_outlet(None if own.doc.meta.outlet_source == "chrome"
                                 else own.doc.meta.outlet, own.doc) == key
            and not copy_credits(credits[other.doc.id]))


def published_after(doc, other, one_site: bool = False) -> bool:
    """``doc`` was published days after ``other`` (more than ``version_max_days``; both
    dated): it cannot be the origin of ``other``, whatever page it is (a carrier restamps a
    copy by hours, not by months; months later the agency reuses its own story). Of one
    outlet (``one_site``: one clock), any later time counts, published or else printed: the
    agency's later version of its story is not the origin of its earlier one."""
    days = days_between(doc.meta.published, other.meta.published)
    if (days is not None and days > settings()["relation"]["version_max_days"]
            and earlier(other.meta.published, doc.meta.published) == 1):
        return True
    if not one_site:
        return False
    order = earlier(other.meta.published, doc.meta.published)
    return (order or printed_order(other, doc)) == 1


def earlier(pa: Optional[str], pb: Optional[str]) -> int:
    """1 when ``pa`` is earlier, -1 when ``pb`` is, 0 when unknown or the same.

    When both give a time, their instants are compared (offsets applied, a value without
    offset taken as UTC): 01:00Z is earlier than 20:00-08:00 the day before. When either
    gives only a date, the dates as written are compared.
    """
    ta, tb = published_instant(pa), published_instant(pb)
    if ta is None or tb is None:
        return 0
    if not (has_time(pa) and has_time(pb)):
        da, db = pa.strip()[:10], pb.strip()[:10]  # type: ignore[union-attr]
        return 0 if da == db else (1 if da < db else -1)
    return 0 if ta == tb else (1 if ta < tb else -1)


def printed_order(da, db) -> int:
    """:func:`earlier` of the times two documents print (dateline or wire stamp), for two
    texts of one outlet whose metadata gives no order (none, or one day without a time)."""
    return earlier(printed_time(da), printed_time(db))


def one_day_versions(da, db, outlets: dict) -> bool:
    """Two texts of one outlet dated the same calendar day (by their metadata, else by the
    times they print): versions of one running story, whose figures move as it develops (a
    toll rises, an estimate is revised), so a figure that differs between them is no change
    made in copying. Days apart, an outlet's figure that differs is still told."""
    if not same_outlet(outlets.get(da.id), outlets.get(db.id)):
        return False
    for pa, pb in ((da.meta.published, db.meta.published), (printed_time(da), printed_time(db))):
        if published_instant(pa) is not None and published_instant(pb) is not None:
            return pa.strip()[:10] == pb.strip()[:10]
    return False


def fragment_count(child: DocText, parent: DocText, pairs: list, swap: bool) -> int:
    """How many orphaned fragments ``child`` shows against ``parent`` on aligned pairs."""
    oriented = [(y, x, s) if swap else (x, y, s) for x, y, s in pairs]
    al = Alignment(parent, child, oriented)
    return len(copy_integrity(child, parent, al, fragments_only=True))
