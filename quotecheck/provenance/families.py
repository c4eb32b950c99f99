"""Wire families: every copy of one wire story grouped under the wire text, siblings linked.

Carriers of one AP (Reuters, AFP, ...) story resemble each other as much as they resemble the
wire, so pairwise inference links them in arbitrary chains ("X copied Y") and credits the
wrong carrier. A family is a group of documents joined by whole-text reuse (verbatim,
syndication, rewrite, update) in which the copies credit one wire (or a dateline names one
syndicator). Its latent root is the wire text, named ``wire:<AGENCY>:<story key>``; in the
report it is represented by one member (the agency's own page when the set holds it, else
the most complete copy), and every other member derives from that representative. Siblings
are linked through the family, corroboration counts the family once, and a credit to the
wire counts for every member. Three or more copies of one text that credit no wire (a press
release, an uncredited syndicated story) form a family too, under a latent root
``text:<story key>``: which copy took from which cannot be told among near-identical texts;
a loose rewrite joined to such copies leaves the family and partly reuses its text.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from quotecheck.load import outlets as outlet_table
from quotecheck.provenance.derivation import settings
from quotecheck.provenance.familyreach import carried_by_outsider, shares_every_member
from quotecheck.provenance.relation import WHOLE_TEXT, WORD_FOR_WORD
from quotecheck.provenance.wire import agency_of_outlet, credits_agency, display_name, syndicator_of


@dataclass
class Family:
    """Copies of one wire story: ``id`` is the latent root ``wire:<agency>:<story key>``
    (``text:<story key>`` for copies of one text that credit no wire)."""

    id: str
    agency: str               # agency key ("AP"), the outlet a dateline names, or "" (none)
    members: list             # document ids, sorted
    representative: str       # the member that stands for the wire text in the edges
    own_copy: bool = False    # the representative is the agency's own page
    partial: list = field(default_factory=list)   # documents that partly reuse the wire text

    @property
    def agency_name(self) -> str:
        return display_name(self.agency) if self.agency else "uncredited"

    def as_dict(self) -> dict:
        """The family as the JSON contract's ``families[]`` entry."""
        return {"id": self.id, "agency": self.agency_name, "members": list(self.members),
                "representative": self.representative, "own_copy": self.own_copy,
                "partial": list(self.partial)}


class _Forest:
    """Disjoint sets of document ids (path-halving union-find), grouped in first-seen order."""

    def __init__(self):
        self.parent: dict = {}

    def root(self, x: str) -> str:
        parent = self.parent
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(self, a: str, b: str) -> None:
        """Put ``a``'s set under ``b``'s root."""
        self.parent[self.root(a)] = self.root(b)

    def groups(self) -> dict:
        """Root -> members, members in the order they were first seen."""
        out: dict = {}
        for x in list(self.parent):
            out.setdefault(self.root(x), []).append(x)
        return out


def group_families(found: list, by_id: dict, credits: dict, outlet: dict,
                   excluded: frozenset = frozenset(), measured=None,
                   links: dict | None = None) -> list[Family]:
    """Families among the documents joined by whole-text edges of ``found`` (see module).

    ``measured(x, y)`` gives ``(features, relation)`` of a pair (relation None: unrelated;
    ``(None, "")`` when the pair was never measured). A member unrelated to most of the
    other members is not a copy of their story, only of one of them (a short first version
    sharing its lede with the full one): it leaves the family, keeping its own edge; a loose
    rewrite that keeps close sentences of each sibling stays (the text shows through).
    ``links`` (:func:`quotecheck.provenance.familyreach.carrier_links`) lets two uncredited
    copies form a family when a third document carries lines of both."""
    forest = _Forest()

    degree: Counter = Counter()
    lead: Counter = Counter()
    for edge, _, _ in found:
        if edge.relation in WHOLE_TEXT and not {edge.source, edge.derived} & excluded:
            forest.join(edge.source, edge.derived)
            degree.update((edge.source, edge.derived))
            if not any(ev.startswith("direction ") for ev in edge.evidence):
                lead[edge.source] += 1     # a sure direction: a credit, time, garbles...
                lead[edge.derived] -= 1
    groups = forest.groups()
    families = []
    for members in groups.values():
        if measured is not None and len(members) >= 3:
            members = [m for m in members if 2 * sum(
                _unrelated(*measured(m, o)) for o in members if o != m) <= len(members) - 1]
        if len(members) >= 2:
            fam = _family(sorted(members), by_id, credits, outlet, degree, lead, measured,
                          links or {})
            if fam is not None:
                families.append(fam)
    families.sort(key=lambda f: f.id)
    return families


def release_families(found: list, families: list, by_id: dict, outlet: dict,
                     excluded: frozenset, voiced: dict) -> list[Family]:
    """Text families of copies of one unseen press release: the documents outside every
    family joined by uncredited edges between sites that read as two write-ups of one
    release (:func:`quotecheck.provenance.releases.release_siblings`; ``voiced`` tells which
    documents are release-voiced), or whose printed dates contradict a content-only direction
    (:func:`quotecheck.provenance.releases.printed_against`). The source of most of those edges (then the longest)
    stands in for the release."""
    from quotecheck.provenance.releases import printed_against, release_siblings

    taken = {m for f in families for m in f.members} | set(excluded)
    forest = _Forest()

    lead: Counter = Counter()
    for edge, al, _ in found:
        a, b = edge.source, edge.derived
        if a in taken or b in taken or edge.relation not in WHOLE_TEXT | {"partial"}:
            continue
        if (outlet.get(a) or a) == (outlet.get(b) or b) or _INSTITUTIONAL.search(
                outlet.get(a) or ""):   # an institution's own page is the release itself
            continue
        if release_siblings(by_id[a], by_id[b], al, edge.evidence, voiced) or printed_against(
                by_id[a], by_id[b], edge.evidence):
            forest.join(a, b)
            lead[a] += 1
    groups = forest.groups()
    out = []
    for members in groups.values():
        members.sort()
        rep = max(members, key=lambda m: (lead[m], len(by_id[m].narration), m))
        common = frozenset.intersection(*(_keys(by_id[m]) for m in members))
        digest = hashlib.sha1(" ".join(sorted(common)).encode("utf-8")).hexdigest()[:10]
        out.append(Family(f"text:{digest}", "", members, rep))
    return sorted(out, key=lambda f: f.id)


def _unrelated(feats, relation) -> bool:
    """Measured as unrelated, without the close sentences a loose rewrite keeps."""
    return relation is None and feats.close < settings()["relation"]["partial_close"]


def _far_thirds(members: list, measured) -> dict:
    """Member -> the pairs of other members that resemble each other at least ``tier_margin``
    more than either resembles it (measured pairs only: a pair never measured is unknown)."""
    sims = {}
    for i, x in enumerate(members):
        for y in members[i + 1:]:
            feats = measured(x, y)[0]
            if feats is not None:
                sims[frozenset((x, y))] = feats.mean_sim
    margin = settings()["families"]["tier_margin"]
    # members that are one text word for word: a third close to any of them is no further
    # from the pair than from that text (a loose rewrite of it, not a copy of a copy)
    same = settings()["families"]["tier_identical"]
    twins: dict = {}
    for pair, s in sims.items():
        if s >= same:
            x, y = tuple(pair)
            twins.setdefault(x, set()).add(y)
            twins.setdefault(y, set()).add(x)
    far: dict = {}
    for pair, s in sims.items():
        group = set(pair).union(*(twins.get(m, ()) for m in pair))
        for z in members:
            third = [sims.get(frozenset((m, z))) for m in pair] if z not in pair else [None]
            if None in third:
                continue
            third += [sims[k] for m in group - set(pair) - {z}
                      if (k := frozenset((m, z))) in sims]
            if max(third) <= s - margin:
                far.setdefault(z, []).append(pair)
    return far


def _untiered(members: list, measured) -> tuple[list, bool]:
    """``members`` less the loose rewrites among close copies, and whether an order of copies
    still shows among those left (two members resemble each other far more than either
    resembles a third: they share changes the third lacks, a copy of a spun copy, so the group
    is no set of siblings under one latent text). While an order shows, a member far from two
    close pairs or more (three close copies, a cluster it stands outside of) leaves, the one
    far from most pairs first. One close pair far from a third is a copy of a copy: the
    members stay, and no family forms."""
    core = list(members)
    while len(core) >= 3:
        far = _far_thirds(core, measured)
        outliers = [z for z, pairs in far.items() if len(pairs) >= 2]
        if not outliers:
            return core, bool(far)
        core.remove(max(outliers, key=lambda z: (len(far[z]), z)))
    return core, False


# domains of institutions, which publish their own releases rather than copy news
_INSTITUTIONAL = re.compile(r"(?:^|\.)(?:edu|gov|mil|int)(?:\.[a-z]{2})?$|\.(?:ac|gouv)\.[a-z]{2}$"
                            r"|\.gc\.ca$", re.IGNORECASE)


def _own_text(doc_id: str, by_id: dict, credits: dict, outlet: dict) -> bool:
    """``doc_id`` is an agency's page of its own text: it credits that agency's copy or no
    one's (not an agency's page carrying another agency's copy)."""
    key = own_agency(doc_id, by_id, outlet, set())
    return bool(key) and syndicator_of(credits[doc_id]) in (None, key)


def own_agency(doc_id: str, by_id: dict, outlet: dict, syndicators: set):
    """The agency (or dateline syndicator) whose own page ``doc_id`` is, or None."""
    name = outlet.get(doc_id)
    key = agency_of_outlet(name, by_id[doc_id].doc)
    if key:
        return key
    hit = outlet_table.lookup(name) or outlet_table.lookup_domain(name)
    canon = hit.name if hit else name
    return canon if canon in syndicators else None


def _family(members: list, by_id: dict, credits: dict, outlet: dict, degree: Counter,
            lead: Counter, measured=None, links: dict | None = None):
    # an agency's own page that sure directions make a copy of another member (its rewrite
    # of a member paper's story, published a day after it) is no copy of its own wire
    # story: neither its page nor its own dateline votes for a wire family
    rewrites = {m for m in members if lead[m] < 0 and _own_text(m, by_id, credits, outlet)}
    votes = Counter(s for m in members if m not in rewrites and (s := syndicator_of(credits[m])))
    # an agency's own page among copies on other sites votes for its agency as a credit
    # does: copies of it that credit no one are still copies of that agency's story (the
    # agency's own pages alone are versions of one story, related as updates)
    own = {m: own_agency(m, by_id, outlet, set(votes)) for m in members}
    if not all(own.values()):
        votes.update(a for m, a in own.items() if a and m not in rewrites)
    # uncredited: copies on three sites or more (two copies' one edge says all a family
    # would, unless a third document carries lines of both: the family links it to each;
    # versions of one page are updates of it), and no order of copies shows; a loose
    # rewrite of the text among close copies leaves first (it only partly reuses the text)
    loose: list = []
    tiered = False
    if not votes and measured is not None:
        core, tiered = _untiered(members, measured)
        loose, members = [m for m in members if m not in core], core
    sites = {outlet.get(m) or m for m in members}
    two = len(sites) == 2 == len(members) and carried_by_outsider(members, links or {})
    if not votes and ((len(sites) < 3 and not two) or measured is None or tiered):
        return None
    agency = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if votes else ""
    own_pages = [m for m in members if agency and own[m] == agency and m not in rewrites]
    if not agency:   # an institution's own page of the text is its origin (its release)
        own_pages = [m for m in members if _INSTITUTIONAL.search(outlet.get(m) or "")]

    def completeness(m: str):
        # the source of most surely directed edges; then a copy that carries the wire's
        # credit, resembles most siblings whole, and is the longest of those
        return (lead[m], credits_agency(credits[m], agency), degree[m],
                len(by_id[m].narration), m)

    rep = max(own_pages or members, key=completeness)
    common = frozenset.intersection(*(_keys(by_id[m]) for m in members))
    digest = hashlib.sha1(" ".join(sorted(common)).encode("utf-8")).hexdigest()[:10]
    root = f"wire:{agency}" if agency else "text"
    return Family(f"{root}:{digest}", agency, members, rep, bool(own_pages), loose)


def _keys(dt) -> frozenset:
    return frozenset().union(*(s.narration for s in dt.narration)) if dt.narration else frozenset()


def family_edges(families: list, found: list, features: dict, credits: dict, measure_pair,
                 make_edge, own_page=None) -> list:
    """``found`` with the edges inside each family replaced by representative -> member.

    ``features[(a, b)]`` holds ``(feats, relation)`` of pairs already measured;
    ``measure_pair(a, b)`` measures another; ``make_edge(src, dst, relation, feats,
    evidence, sure)`` builds the ``(edge, alignment, score)`` item; ``own_page(doc, agency,
    representative)`` tells whether a document outside the family is the agency's own page
    (its own write-through of the story, not published days after the representative): the
    family partly derives from it, not the other way.
    """
    member_of = {m: f for f in families for m in f.members}
    loose = {(f.id, d) for f in families for d in f.partial}   # rewrites left out of a family
    kept = []
    own_done: set = set()
    for item in found:
        src, dst = item[0].source, item[0].derived
        fam = member_of.get(src) or member_of.get(dst)
        if fam is None:
            kept.append(item)
        elif src in member_of and dst in member_of:
            if member_of[src] is not member_of[dst]:
                kept.append(item)
        elif item[0].relation != "partial" and (
                fam.id, dst if src in member_of else src) not in loose:
            kept.append(item)
        else:   # partial reuse of one copy (or its loose rewrite) is partial reuse of the text
            other = dst if src in member_of else src
            feats, relation = measure_pair(fam.representative, other)
            if relation is None:   # the representative (the text) shares none of it: the
                kept.append(item)  # member that does keeps its own edge, the family no part
                continue
            if other not in fam.partial and shares_every_member(other, fam.members, features):
                fam.partial.append(other)
            if own_page is not None and fam.agency and own_page(other, fam.agency,
                                                                fam.representative):
                if (other, fam.id) not in own_done:    # once, from the agency's page
                    own_done.add((other, fam.id))
                    evidence = [f"{other} is {fam.agency_name}'s own page of the story {fam.id}"]
                    kept.append(make_edge(other, fam.representative, "partial", feats, evidence,
                                          "sure"))
                continue
            if fam.representative in (src, dst):
                kept.append(item)
                continue
            evidence = [f"partly reuses the {fam.agency_name} story {fam.id}"]
            kept.append(make_edge(fam.representative, other, "partial", feats, evidence, "weak"))
    for fam in families:
        for m in fam.members:
            if m == fam.representative:
                continue
            pair = features.get((fam.representative, m)) or features.get((m, fam.representative))
            feats, relation = pair if pair else measure_pair(fam.representative, m)
            credited = bool(fam.agency) and credits_agency(credits[m], fam.agency)
            if relation == "update" or relation in WORD_FOR_WORD:
                # a word-for-word copy: credited, it is the wire's syndicated copy
                relation = "syndication" if credited else "verbatim"
            elif relation is None or relation == "shared-translation":
                relation = "rewrite"   # resembles the representative through its siblings
            evidence = [f"{fam.agency_name} family {fam.id}: {len(fam.members)} copies of one "
                        + ("wire story" if fam.agency else "text")]
            if fam.own_copy:
                evidence.append(f"{fam.representative} is the "
                                + ("wire's own copy" if fam.agency else "origin's own page"))
            else:
                evidence.append(f"{fam.representative} stands in for the "
                                + ("wire text" if fam.agency else "text they copy"))
            if credited:
                evidence.append(f"credits {fam.agency_name}")
            sure = "sure" if fam.own_copy or credited else "weak"
            kept.append(make_edge(fam.representative, m, relation, feats, evidence, sure))
    return kept


def wire_credited(child: str, parent: str, families: list, credits: dict) -> bool:
    """True when ``child`` credits the wire of a family that ``child`` or ``parent`` is in:
    a reuse credit, or any naming of the agency as its source ("..., according to The
    Associated Press"): a rewrite that names the agency it draws on is not uncredited."""
    for fam in families:
        if fam.agency and (child in fam.members or parent in fam.members) and credits_agency(
                credits[child], fam.agency, any_kind=True):
            return True
    return False


def family_of(doc_id: str, families: list):
    """The family ``doc_id`` belongs to, or None."""
    return next((f for f in families if doc_id in f.members), None)


def carried_partials(families: list, found: list, features: dict,
                     excluded: frozenset = frozenset()) -> list:
    """``(family, document, members)`` for each document outside every family that carries
    narration of the family's text: a sentence carried over word for word (``lifted``) shared
    with at least ``family_carried_members`` members. What several copies print alike is the
    latent text's, not one copy's, as one such line is against an agency's own page (within
    the days a carrier prints it); a document already linked to a member keeps that edge."""
    need = settings()["relation"]["family_carried_members"]
    member_of = {m: f for f in families for m in f.members}
    # (a partial edge to one member, which the text's representative does not share, leaves
    # the document free to carry lines that several members print)
    linked = {d for e, _, _ in found for d in (e.source, e.derived)
              if (e.source in member_of or e.derived in member_of) and e.relation != "partial"}
    linked |= {d for f in families for d in f.partial}
    carried: dict = {}
    for (x, y), (feats, relation) in features.items():
        if feats.lifted < 1 or relation is not None or feats.far_apart or \
                (x in member_of) == (y in member_of):
            continue            # (a line printed months apart is background, not the copy)
        member, other = (x, y) if x in member_of else (y, x)
        if other not in linked and other not in excluded:
            carried.setdefault((member_of[member].id, other), []).append(member)
    by_id = {f.id: f for f in families}
    return [(by_id[fid], other, sorted(ms)) for (fid, other), ms in sorted(carried.items())
            if len(ms) >= need]
