"""Copies whose named source would be a guess: no QC501 for them.

Undisclosed reuse (QC501) names the page a copy took its text from. Two shapes of evidence
cannot say which page that was, though the pair is still linked as one text:

* nothing orders the pages (no date, no credit, no site type: at most the copy holds fewer
  of the names and figures), no wire family explains them, and the copy has narration the
  "source" lacks. Versions of a third text neither credits (an agency story rewritten through
  the day, each carrier's cut of it) look just like this; a copy wholly inside the other page,
  or one a site-type vote marks (scraper chrome, an unnamed publisher), is still reported;
* the copy is one sentence (a headline and lede capture), its source is not the origin's own
  page and no family explains the pair: any two carriers of one story's lede share that
  sentence;
* the copy is a short capture (at most ``short_max`` narration sentences, every one aligned),
  neither page is dated (no publication time, no printed dateline) and only subsets order
  the pair (it holds fewer sentences, names and figures): a capture
  of a few sentences of the original holds fewer than a longer copy of it does, so the
  shorter page is no more the copy than the origin (an excerpted original charged with
  reusing its rewrite, issue 11).

A draft being checked is always told what it lifts (:mod:`quotecheck.lint.copies`).

A copy whose source is a sibling in one family (both carry the wire or shared text, whole or
in part, and the source is not the family's own page) is told whose story it carries, not
that it took it from that sibling: :func:`story_family`.
"""
from __future__ import annotations

from quotecheck.load.datelines import printed_time
from quotecheck.model import ProvenanceEdge
from quotecheck.provenance.derivation import settings
from quotecheck.provenance.direction import FACT_SUBSET, ORDERING_VOTES, SENTENCE_SUBSET

# evidence of an edge whose direction no date or credit gives (provenance.infer writes it)
UNSURE = ("direction uncertain", "direction from site type or fact subset only")
# FACT_SUBSET: the one weak direction vote that two versions of one story show as well as a
# copy does; ORDERING_VOTES: the votes that order a pair by more than its length


def unordered_versions(edge: ProvenanceEdge, child, al, in_family: bool) -> bool:
    """The first case above; ``child`` is the copy's DocText, ``al`` the pair's sentence
    alignment (source index, copy index, similarity), ``in_family``: either page belongs to
    a wire or text family."""
    site_votes = set(settings()["direction"]["weak"]) - {FACT_SUBSET}
    if in_family or not set(edge.evidence) & set(UNSURE) or site_votes & set(edge.evidence):
        return False
    return _unaligned_narration(child, al)


def _unaligned_narration(child, al) -> bool:
    """Some narration sentence of the copy ``child`` has no partner in ``al``."""
    aligned = {c for _, c, _ in al.pairs}
    return any(s.index not in aligned for s in child.narration)


def lede_capture(child, in_family: bool, own_origin: bool) -> bool:
    """The second case above; ``own_origin``: the source is the agency's own page of its
    story (one sentence of it is reuse all the same); a family member is told it is one of
    several copies (QC503) or whose story it carries."""
    return len(child.narration) <= 1 and not (own_origin or in_family)


def excerpt_capture(edge: ProvenanceEdge, child, parent, al, in_family: bool,
                    own_origin: bool) -> bool:
    """The third case above (``parent``: the source's DocText)."""
    if in_family or own_origin or len(child.narration) > settings()["relation"]["short_max"]:
        return False
    if any(d.meta.published or printed_time(d) for d in (child.doc, parent.doc)):
        return False
    if _unaligned_narration(child, al):
        return False
    evidence = edge.evidence
    return bool({SENTENCE_SUBSET, FACT_SUBSET} & set(evidence)) and not any(
        vote in e for e in evidence for vote in ORDERING_VOTES)


def guessed_source(edge: ProvenanceEdge, child, al, in_family: bool, own_origin: bool,
                   parent) -> bool:
    """No QC501 on this edge: the source it would name is a guess (drafts excepted)."""
    if child.doc.role == "checked":
        return False
    return (unordered_versions(edge, child, al, in_family)
            or lede_capture(child, in_family, own_origin)
            or excerpt_capture(edge, child, parent, al, in_family, own_origin))


def story_family(source: str, derived: str, families: list):
    """The family whose story an edge's copy is told it carries, or None: the source's family,
    else one that holds both ends as members or partial carriers. Two carriers of one wire
    story, each cut its own way, share text because both took it from the wire; which cut
    the other is no evidence either copied the other, so the report names the story (and its
    agency), not the sibling (issue 11: siblings linked by a direction vote)."""
    for fam in families:
        if source in fam.members:
            return fam
    return next((f for f in families
                 if source in f.partial and (derived in f.members or derived in f.partial)),
                None)


def names_sibling(family, parent_id: str) -> bool:
    """True when the report should name ``family``'s story rather than the parent page: the
    parent is not the family's own page (the agency's or institution's page of its text)."""
    return family is not None and not (family.own_copy and parent_id == family.representative)
