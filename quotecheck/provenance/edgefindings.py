"""Findings read off a provenance result's edges: copy integrity and reuse without credit.

``edge_detections`` runs once every edge is settled (``infer.infer_provenance``): each copy is
checked against its parent, and an edge is reported as reuse without credit only when no
credit, syndication note, wire family, own text or guessed source explains it.
"""
from __future__ import annotations

from quotecheck.load.boilerplate import boilerplate_detections
from quotecheck.load.sections import opinion_address
from quotecheck.model import Detection, ProvenanceEdge, Related
from quotecheck.provenance.credits import syndication_note, wire_note
from quotecheck.provenance.derivation import DocText
from quotecheck.provenance.families import family_of, wire_credited
from quotecheck.provenance.familyreach import names_family_carrier
from quotecheck.provenance.guesses import guessed_source, names_sibling, story_family
from quotecheck.provenance.integrity import copy_integrity, text_debris
from quotecheck.provenance.pagetypes import same_organisation, same_outlet
from quotecheck.provenance.sentalign import Alignment
from quotecheck.provenance.wire import (agency_client_copy, credits_elsewhere, display_name,
                                        names_parent, own_credits, reused_agencies,
                                        shares_named_wire, wire_of)
from quotecheck.resources.syndicates import syndicated_copy


def edge_detections(texts: list, by_id: dict, result, credits: dict, outlet: dict,
                    agency_text: dict) -> list[Detection]:
    """Whole-text findings of a provenance result: page boilerplate and debris, each edge's copy
    integrity, and reuse without credit where no credit, family or own text explains it.
    ``agency_text``: document id -> whether it is an agency's own text (infer computes it once)."""
    out: list[Detection] = []
    for t in texts:
        out += boilerplate_detections(t.doc, t.chrome)
        out += text_debris(t)
    for edge in result.edges:
        if edge.relation == "shared-translation":
            continue
        al = result.alignments[(edge.source, edge.derived)]
        child, parent = by_id[edge.derived], by_id[edge.source]
        own = same_outlet(outlet.get(edge.source), outlet.get(edge.derived))
        out += copy_integrity(child, parent, al, edge.relation == "partial", own)
        if (edge.derived in result.aggregators or own
                or same_organisation(outlet.get(edge.source), outlet.get(edge.derived))
                or _column_carriers(edge, child, parent)
                or agency_client_copy(credits[edge.derived], outlet.get(edge.derived),
                                      credits[edge.source], outlet.get(edge.source),
                                      agency_text[edge.source])
                or names_parent(own_credits(child.doc.text, credits[edge.derived],
                                            parent.doc.text), outlet.get(edge.source))
                or _unnamed_publishers(edge, child, outlet)
                or syndication_note(credits[edge.derived])
                or (wire_note(credits[edge.derived]) and (   # a wire note covers an agency's
                    agency_text[edge.source]   # text, and a page that credits one
                    or reused_agencies(credits[edge.source])))
                or wire_credited(edge.derived, edge.source, result.families, credits)
                or names_family_carrier(edge.derived, edge.source, result.families,
                                        credits[edge.derived], outlet)
                or shares_named_wire(credits[edge.derived], parent.text) or credits_elsewhere(
                    child, parent, credits[edge.derived], outlet, edge, agency_text[edge.derived])
                or _member_from_partial(edge, result.families)
                or guessed_source(edge, child, al, any(family_of(d, result.families) for d in (
                    edge.source, edge.derived)), agency_text[edge.source], parent)):
            continue
        carried = None if agency_text[edge.source] else wire_of(credits[edge.source])
        out.append(undisclosed(child, parent, edge, al, story_family(
            edge.source, edge.derived, result.families), carried))
    out.sort(key=lambda d: (d.document, d.start, d.end, d.rule_type))
    return out


def _unnamed_publishers(edge: ProvenanceEdge, child: DocText, outlet: dict) -> bool:
    """A copy that takes only part of its parent (a ``partial`` edge) when neither page names
    its publisher (no metadata, no dateline): an outlet's follow-up reusing lines of its own
    earlier story looks just like another site's lifting, and its own text needs no credit, so
    "without credit" cannot be said. The rule is the same for every page; a whole copy is still
    reported, and a draft being checked is always told what it lifts."""
    return (edge.relation == "partial" and not outlet.get(edge.source)
            and not outlet.get(edge.derived) and child.doc.role != "checked")


def _column_carriers(edge: ProvenanceEdge, child: DocText, parent: DocText) -> bool:
    """Two carriers of one syndicated column, neither of which took it from the other: a
    whole text printed word for word (a ``verbatim`` edge) where either publisher files its
    page as opinion (an opinion section, an "/opinion/" address; the capture often drops the
    byline and the syndicate's line), or a whole text (any edge but ``partial``) of which
    either copy says it is a column syndicate's ("\u00a9 2020 by King Features Syndicate",
    "Distributed by Creators Syndicate"; issue 11): the syndicate is the common source, as
    an agency is for two carriers of its wire story. The pair stays an edge; no uncredited
    source is named. A news story copied whole, or a page lifting part of a column, stays
    reported."""
    if edge.relation == "partial":
        return False
    if edge.relation == "verbatim" and (opinion_address(child.doc.meta)
                                        or opinion_address(parent.doc.meta)):
        return True
    return syndicated_copy(child.doc.text) or syndicated_copy(parent.doc.text)


def _member_from_partial(edge: ProvenanceEdge, families: list) -> bool:
    """The copy is a member of an uncredited text family and its "source" only partly carries
    that family's text (a later rewrite, another outlet's write-up of one statement): a full
    copy of the text did not take it from a page holding part of it; the edge is read the
    wrong way round, so no uncredited reuse is reported on it."""
    return any(not fam.agency and edge.derived in fam.members and edge.source in fam.partial
               for fam in families)


def undisclosed(child: DocText, parent: DocText, edge: ProvenanceEdge,
                 al: Alignment, family=None, carried=None) -> Detection:
    """The reuse-without-credit finding of ``edge``: the child's first reused sentence, the
    parent's as related; when the parent is one carrier of a story ``family`` the finding
    names that story (a family with no agency: ``kind`` shared-text, reported at info).
    ``carried``: the agency whose copy the parent page says it carries (its credit line, a
    wire section's address), the parent not being that agency's own text: what the copy shares
    with one credited carrier is the agency's story, whose own page the set lacks, so the
    finding names that story as carried by the parent, not the carrier as the copy's source
    (two carriers of one wire story: issue 11)."""
    first_p, first_c = (al.pairs[0][0], al.pairs[0][1]) if al.pairs else (0, 0)
    cs = child.sentences[first_c] if child.sentences else None
    ps = parent.sentences[first_p] if parent.sentences else None
    s, e = child.doc.view.span(cs.start, cs.end) if cs else (0, 0)
    related = ()
    if ps:
        p0, p1 = parent.doc.view.span(ps.start, ps.end)
        related = (Related(parent.doc.id, p0, p1, "first reused passage"),)
    args = {"parent": parent.doc.id, "relation": edge.relation,
            "confidence": edge.confidence, "evidence": "; ".join(edge.evidence[:3])}
    if names_sibling(family, parent.doc.id):
        story = f"the {family.agency_name} story" if family.agency else "the text"
        args["related_outlet"] = (f"{story} ({family.id}, as carried by "
                                  f"{parent.doc.meta.outlet or parent.doc.id})")
        args["family"] = family.id
        if not family.agency:
            args["kind"] = "shared-text"    # origin unseen and uncredited by all: QC503, info
    elif carried:
        args["related_outlet"] = (f"the {display_name(carried)} story (as carried by "
                                  f"{parent.doc.meta.outlet or parent.doc.id})")
    return Detection("provenance", "provenance", child.doc.id, s, e, args, related)
