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
  sentence.

A draft being checked is always told what it lifts (:mod:`quotecheck.lint.copies`).
"""
from __future__ import annotations

from quotecheck.model import ProvenanceEdge
from quotecheck.provenance.derivation import settings

# evidence of an edge whose direction no date or credit gives (provenance.infer writes it)
UNSURE = ("direction uncertain", "direction from site type or fact subset only")
# the one weak direction vote that two versions of one story show as well as a copy does
FACT_SUBSET = "the copy holds a subset of the names and figures"


def unordered_versions(edge: ProvenanceEdge, child, al, in_family: bool) -> bool:
    """The first case above; ``child`` is the copy's DocText, ``al`` the pair's sentence
    alignment (source index, copy index, similarity), ``in_family``: either page belongs to
    a wire or text family."""
    site_votes = set(settings()["direction"]["weak"]) - {FACT_SUBSET}
    if in_family or not set(edge.evidence) & set(UNSURE) or site_votes & set(edge.evidence):
        return False
    aligned = {c for _, c, _ in al.pairs}
    return any(s.index not in aligned for s in child.narration)


def lede_capture(child, in_family: bool, own_origin: bool) -> bool:
    """The second case above; ``own_origin``: the source is the agency's own page of its
    story (one sentence of it is reuse all the same); a family member is told it is one of
    several copies (QC503) or whose story it carries."""
    return len(child.narration) <= 1 and not (own_origin or in_family)


def guessed_source(edge: ProvenanceEdge, child, al, in_family: bool, own_origin: bool) -> bool:
    """No QC501 on this edge: the source it would name is a guess (drafts excepted)."""
    if child.doc.role == "checked":
        return False
    return (unordered_versions(edge, child, al, in_family)
            or lede_capture(child, in_family, own_origin))
