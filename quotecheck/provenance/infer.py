"""Which article derives from which, whole-text findings, and independent roots.

``infer_provenance(docs, quotes)`` prepares every document (chrome stripped, sentences keyed),
aligns only the candidate pairs an index of rare tokens proposes, types each real reuse as an
edge (verbatim, syndication, rewrite, partial, shared-translation) with a direction and
readable evidence, and collects garble, hedge-drift, number, provenance and boilerplate
detections. Independent reports of one event get no edge.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from quotecheck.load import outlets as outlet_table
from quotecheck.load.datelines import printed_time
from quotecheck.model import Document, ProvenanceEdge, Quote
from quotecheck.provenance.credits import (credited_names, pair_credits, parse_credits,
                                           reuse_credits, set_outlet_keys)
from quotecheck.provenance.derivation import (DocText, candidate_pairs, document_frequency,
                                              index_rare_keys, key_weights, prepare, settings)
from quotecheck.provenance.direction import earlier, pair_direction, published_after
from quotecheck.provenance.familyreach import (carrier_links, copied_partials,
                                               related_partials, shares_every_member,
                                               unmeasured_near_representatives)
from quotecheck.provenance.edgefindings import edge_detections
from quotecheck.provenance.families import (carried_partials, family_edges, group_families,
                                            own_agency, release_families)
from quotecheck.provenance.guesses import UNSURE
from quotecheck.provenance.lifted import printed_elsewhere
from quotecheck.provenance.pairfeatures import (PairFeatures, cited_quote_count, figures_of,
                                                measure, names_of, own_quote_count,
                                                quote_shingles)
from quotecheck.provenance.pagetypes import (days_between, is_aggregator, link_duplicates,
                                             on_different_days, same_outlet, update_order,
                                             wire_brief)
from quotecheck.provenance.parents import explain_away, prune_edges
from quotecheck.provenance.quoteprinters import QuotePrinters
from quotecheck.provenance.relation import WHOLE_TEXT, WORD_FOR_WORD, relation_of
from quotecheck.provenance.releases import release_voiced
from quotecheck.provenance.sentalign import Alignment
from quotecheck.provenance.sitechrome import drop_outlet_chrome
from quotecheck.provenance.wire import (dateline_outlet, news_service, own_agency_text, same_wire,
                                        url_credits, wire_of)


@dataclass
class ProvenanceResult:
    """Edges (``source`` → ``derived``), detections, figures, and root queries over them."""

    edges: list
    detections: list
    figures: list = field(default_factory=list)
    documents: dict = field(default_factory=dict)
    credits: dict = field(default_factory=dict)
    alignments: dict = field(default_factory=dict)   # (source, derived) -> Alignment
    outlets: dict = field(default_factory=dict)      # doc id -> outlet (metadata or dateline)
    families: list = field(default_factory=list)     # wire families (provenance.families)
    aggregators: frozenset = frozenset()             # aggregator pages: never a root

    def _parents(self) -> dict:
        """Child -> parent of its most confident edge, kept until the edge list changes."""
        memo = self.__dict__.get("_parents_memo")   # the list compares its items by identity
        if memo is None or memo[0] != self.edges:      # first (no list of ids made per call)
            best: dict = {}
            for e in self.edges:
                if e.derived not in best or e.confidence > best[e.derived].confidence:
                    best[e.derived] = e
            memo = self.__dict__["_parents_memo"] = (
                list(self.edges), {k: v.source for k, v in best.items()})
        return memo[1]

    def parent_of(self, doc_id: str) -> Optional[str]:
        """The document ``doc_id`` most likely derives from, or None for an original."""
        return self._parents().get(doc_id)

    def root_of(self, doc_id: str) -> str:
        """The original at the end of ``doc_id``'s chain of parents (itself if original)."""
        return _root(self._parents(), doc_id)

    def derives(self, child: str, parent: str) -> bool:
        """True when ``child`` reuses ``parent``, directly or through other copies."""
        frontier, seen = [child], {child}
        while frontier:
            node = frontier.pop()
            for e in self.edges:
                if e.derived == node and e.source not in seen:
                    if e.source == parent:
                        return True
                    seen.add(e.source)
                    frontier.append(e.source)
        return False

    def independent_roots(self, doc_ids: Iterable[str]) -> int:
        """How many independent originals stand behind ``doc_ids`` (copies collapsed; a wire
        family counts once; an aggregator page that is its own root counts for nothing unless
        nothing else stands behind ``doc_ids``)."""
        parents = self._parents()   # checked once, not once per document (O(edges) each)
        roots = {_root(parents, d) for d in doc_ids}
        return len(roots - self.aggregators) or min(1, len(roots))

    def roots_detail(self, doc_ids: Iterable[str]) -> list:
        """``(root_id, outlet, affiliation)`` for each independent root of ``doc_ids``."""
        out = []
        parents = self._parents()
        for root in sorted({_root(parents, d) for d in doc_ids}):
            doc = self.documents.get(root)
            if doc is None:
                out.append((root, None, None))
                continue
            name = self.outlets.get(root) or outlet_table.outlet_of(doc)
            affiliation = outlet_table.affiliation_of(doc)
            if affiliation is None and name:
                hit = outlet_table.lookup(name)
                affiliation = hit.affiliation if hit else None
            out.append((root, name, affiliation))
        return out


def _root(parents: dict, doc_id: str) -> str:
    """The end of ``doc_id``'s chain in a child -> parent table (cycles stop where they close)."""
    seen = {doc_id}
    while doc_id in parents and parents[doc_id] not in seen:
        doc_id = parents[doc_id]
        seen.add(doc_id)
    return doc_id


def infer_provenance(docs: list[Document], quotes: Iterable[Quote] = ()) -> ProvenanceResult:
    """Edges, detections and figures for a story set (see the module docstring)."""
    quotes = list(quotes or ())
    quotes_of: dict = {}   # each document's quotes, in order: a scan of all per document grew
    for q in quotes:       # with the square of the set (1,000 articles, 19,000 quotes)
        quotes_of.setdefault(q.document, []).append(q)
    texts = [prepare(d, quotes_of.get(d.id, ())) for d in docs]
    df = document_frequency(texts)
    weight = key_weights(df, len(texts))
    site = {d.id: outlet_table.outlet_of(d) for d in docs}   # as the page names it
    keys = set_outlet_keys(site.values())   # a credit may name a set outlet its own way
    declared = {d.id: parse_credits(d, keys) + url_credits(d) for d in docs}
    credits = {d.id: pair_credits(declared[d.id]) for d in docs}   # what orders a pair
    outlet = {d.id: site[d.id] or dateline_outlet(credits[d.id]) for d in docs}
    drop_outlet_chrome(texts, outlet)   # sentences a site prints on many of its pages
    reuse = {d.id: reuse_credits(credits[d.id]) - {outlet[d.id]} for d in docs}
    cited = {d.id: credited_names(credits[d.id]) - {outlet[d.id]} for d in docs}
    wire = {d.id: wire_of(credits[d.id]) for d in docs}   # once a text, not twice a pair
    qsh = [quote_shingles(t) for t in texts]
    printers = QuotePrinters(texts)
    figure_df, name_df = {}, {}   # in how many documents each figure, each name occurs
    for t in texts:
        for f in figures_of(t):
            figure_df[f] = figure_df.get(f, 0) + 1
        if len(texts) > 2:
            for k in names_of(t):
                name_df[k] = name_df.get(k, 0) + 1

    by_id = {t.doc.id: t for t in texts}
    agency_text = {d.id: bool(own_agency_text(outlet[d.id], d, credits[d.id])) for d in docs}
    # a news service's own story (it credits no wire) is its syndicate's copy, as a wire's is
    service = {d.id: news_service(outlet[d.id]) and not agency_text[d.id] and not wire[d.id]
               for d in docs}
    aggregators = frozenset(t.doc.id for t in texts if is_aggregator(t.text, outlet[t.doc.id]))
    features: dict = {}

    def measure_pair(a: DocText, b: DocText):
        i, j = index[a.doc.id], index[b.doc.id]
        feats = measure(a, b, weight, qsh[i], qsh[j], reuse[a.doc.id], reuse[b.doc.id],
                        outlet[a.doc.id], outlet[b.doc.id], figure_df, name_df)
        if feats.shared_quotes:
            pair_outlets = {outlet[a.doc.id] or a.doc.id, outlet[b.doc.id] or b.doc.id}
            feats.own_quotes = own_quote_count(qsh[i], qsh[j], lambda sh: any(
                not any(same_outlet(outlet[texts[k].doc.id] or texts[k].doc.id, o)
                        for o in pair_outlets) for k in printers(sh) if k not in (i, j)))
        wa, wb = wire[a.doc.id], wire[b.doc.id]
        feats.same_wire = same_wire(credits[a.doc.id], credits[b.doc.id], (wa, wb))
        wires = {wa, wb}
        feats.rival_wires = len(wires) == 2 and None not in wires
        feats.service_copy = service[a.doc.id] or service[b.doc.id]
        feats.one_site = same_outlet(outlet[a.doc.id], outlet[b.doc.id])
        # an agency's copy is written for other outlets to print; two of its own texts
        # published days apart sharing a line are the agency reusing its own background, and
        # a carrier prints the agency's text within days, not months before or after it
        apart = days_between(a.doc.meta.published, b.doc.meta.published)
        feats.far_apart = apart is not None and apart > settings()["relation"][
            "own_background_days" if feats.one_site else "version_max_days"]
        feats.agency_side = bool(agency_text[a.doc.id] or agency_text[b.doc.id]) and \
            not feats.far_apart
        feats.agency_both = bool(agency_text[a.doc.id] and agency_text[b.doc.id])
        outlets_named = {n.casefold() for n in cited[a.doc.id] | cited[b.doc.id]
                         | {outlet[a.doc.id] or "", outlet[b.doc.id] or ""}}
        feats.shared_names = [n for n in feats.shared_names if n.casefold() not in outlets_named]
        if not feats.credited:
            if reuse[b.doc.id] and not outlet[a.doc.id] and not reuse[a.doc.id]:
                feats.unnamed_credit = "b"
            elif reuse[a.doc.id] and not outlet[b.doc.id] and not reuse[b.doc.id]:
                feats.unnamed_credit = "a"
        if outlet[a.doc.id] and outlet[a.doc.id] in cited[b.doc.id]:
            feats.cites = "b"
        elif outlet[b.doc.id] and outlet[b.doc.id] in cited[a.doc.id]:
            feats.cites = "a"
        if feats.shared_quotes and feats.cites:
            src, dst = (i, j) if feats.cites == "a" else (j, i)
            citing, cited_name = texts[src], outlet[texts[dst].doc.id]
            feats.cited_quotes = cited_quote_count(citing, qsh[src], qsh[dst], [
                citing.doc.view.from_original(c.start) for c in credits[citing.doc.id]
                if c.name == cited_name and c.kind not in ("reporting-by", "told")])
        if feats.service_copy and feats.agency_side and feats.lifted:
            # a line a third outlet's text prints too circulates as the agency's copy
            feats.service_copy = not printed_elsewhere(a, b, feats.alignment.pairs, (
                t for t in texts if t is not a and t is not b and not any(
                    same_outlet(outlet[t.doc.id], outlet[x.doc.id]) for x in (a, b))))
        return feats, relation_of(feats)

    index = {t.doc.id: k for k, t in enumerate(texts)}
    found, briefs = [], []   # briefs: a wire story's first version and its write-through
    postings = index_rare_keys(texts, df)   # read again once the families are known
    for i, j, shared in candidate_pairs(texts, df, postings):
        a, b = texts[i], texts[j]
        feats, relation = measure_pair(a, b)
        features[(a.doc.id, b.doc.id)] = (feats, relation)
        one_site = same_outlet(outlet[a.doc.id], outlet[b.doc.id])
        brief = one_site and relation is None and wire_brief(
            feats.n_a, feats.n_b, feats.same_wire, _ledes_aligned(a, b, feats),
            days_between(a.doc.meta.published, b.doc.meta.published)) and not (
            # an agency dates its own transmissions: its brief and write-through go out on
            # one day; days apart, a short text whose lede retells the story is a new story
            agency_text[a.doc.id] and agency_text[b.doc.id]
            and on_different_days(a.doc.meta.published, b.doc.meta.published))
        if (relation is None and not brief) or {a.doc.id, b.doc.id} <= aggregators:
            continue
        if one_site and (relation in _WHOLE or brief):
            relation = "update"
            order = earlier(a.doc.meta.published, b.doc.meta.published) or earlier(
                printed_time(a.doc), printed_time(b.doc))   # the pages' own datelines
            sign, direction_evidence, sure = update_order(order, len(a.narration),
                                                          len(b.narration))
            src, dst = (a, b) if sign > 0 else (b, a)
        else:
            src, dst, direction_evidence, sure = pair_direction(a, b, feats, credits, outlet,
                                                                    relation)
        if src.doc.id in aggregators:   # an aggregator page quotes others: never a source
            src, dst = dst, src
            relation = "partial"
            direction_evidence, sure = ["an aggregator page quotes its sources"], "sure"
        (briefs if brief else found).append(_edge(src, dst, relation, feats,
                                                  direction_evidence, sure))
    versions = [item for item in found if item[0].relation == "update"]
    # an agency's own texts (newsline, write-throughs, subs) of one story are versions of one
    # running text: the agency named by the page itself (not a dateline), days apart at most
    own_site = {d.id: own_agency_text(site[d.id], d, credits[d.id]) for d in docs}
    max_days = settings()["relation"]["version_max_days"]

    def one_text(x: str, y: str) -> bool:
        apart = days_between(by_id[x].doc.meta.published, by_id[y].doc.meta.published)
        return own_site[x] is not None and own_site[x] == own_site[y] and not (
            apart is not None and apart > max_days)
    # a copy's further parents among those versions join after the families are built: a
    # family gathers the copies of one text through their closest parents, not every version
    strict = explain_away(found, by_id, weight)
    kept = set(map(id, strict))
    versions_too = [x for x in explain_away(found, by_id, weight, one_text) if id(x) not in kept]
    found = strict
    links = carrier_links(features, aggregators)   # who carries whose narration word for word
    families = group_families(found, by_id, credits, outlet, aggregators, lambda x, y: (
        features.get((x, y)) or features.get((y, x)) or (None, "")), links)
    families += release_families(found, families, by_id, outlet, aggregators, {
        t.doc.id: release_voiced(t, quotes_of.get(t.doc.id, ())) for t in texts})
    found = family_edges(families, found, features, credits,
                         lambda x, y: measure_pair(by_id[x], by_id[y]),
                         lambda x, y, *rest: _edge(by_id[x], by_id[y], *rest),
                         lambda x, agency, rep: own_agency(x, by_id, outlet, {agency}) == agency
                         and not published_after(by_id[x].doc, by_id[rep].doc,
                                                 same_outlet(outlet[x], outlet[rep])))
    # a page never measured against a family's copies (its list full of another story's)
    for fam, other in unmeasured_near_representatives(families, texts, features, aggregators,
                                                      postings):
        rep = fam.representative
        feats, relation = features[(rep, other)] = measure_pair(by_id[rep], by_id[other])
        if relation == "partial":
            if shares_every_member(other, fam.members, features):
                fam.partial.append(other)
            found.append(_edge(by_id[rep], by_id[other], "partial", feats, [
                f"partly reuses the {fam.agency_name} story {fam.id}"], "weak"))
    for fam, other, members in carried_partials(families, found, features, aggregators):
        fam.partial.append(other)     # one line of the family's text, printed by its copies
        feats, _ = measure_pair(by_id[fam.representative], by_id[other])
        found.append(_edge(by_id[fam.representative], by_id[other], "partial", feats, [
            f"carries narration that {len(members)} copies of the {fam.agency_name} story "
            f"{fam.id} print"], "weak"))
    for fam, other in related_partials(families, links):
        fam.partial.append(other)     # lines of several copies: the family's text, in part
    for fam, other in copied_partials(families, found):
        fam.partial.append(other)     # a whole copy of a partial reuser carries its lines
    found += briefs   # a brief shares the lede only: never a family's member or partial
    found += versions_too
    updated = {(e.source, e.derived) for e, _, _ in found if e.relation == "update"}
    def both_parents(x: str, y: str, child: str) -> bool:
        # not rivals: an agency's own text and a carrier of it (what a copy shares with the
        # carrier is the agency's text), nor an agency's text and the version its later text
        # updates (docs/provenance.md), nor two earlier versions of one outlet's running text
        # that the child updates (an update joins texts of one outlet): each keeps its edge
        return one_text(x, y) or (own_site[x] is None) != (own_site[y] is None) or (
            own_site[x] == own_site[y] is not None and bool({(x, child), (y, child)} & updated)
        ) or {(x, child), (y, child)} <= updated
    def reverse(item):   # a guessed direction the stronger edges contradict (parents.py)
        e = item[0]
        feats = features.get((e.source, e.derived)) or features.get((e.derived, e.source))
        if feats is None or not set(e.evidence) & set(UNSURE):
            return None
        return _edge(by_id[e.derived], by_id[e.source], e.relation, feats[0], [
            "the other way round would close a loop of copies"], "weak")
    edges, alignments = link_duplicates(*prune_edges(found, both_parents, reverse), versions)
    result = ProvenanceResult(edges, [], documents={d.id: d for d in docs}, credits=credits,
                              alignments=alignments, outlets=outlet, families=families,
                              aggregators=aggregators)
    result.detections = edge_detections(texts, by_id, result, declared, outlet, agency_text)
    from quotecheck.provenance.figures import compare_figures, extract_figures

    figs = {t.doc.id: extract_figures(t) for t in texts}
    result.figures, number_dets = compare_figures(figs, result, by_id)
    result.detections += number_dets
    for t in texts:
        t.release()   # the alignments keep their texts: spans only from here on
    return result


# -- relation and confidence (the direction is provenance.direction) --------------------------
_WHOLE = WORD_FOR_WORD | {"rewrite"}   # what a page of the same site reused is an update of


def _ledes_aligned(a: DocText, b: DocText, f: PairFeatures) -> bool:
    """The first narration sentences of both texts are aligned with each other."""
    if not (a.narration and b.narration):
        return False
    lede = (a.narration[0].index, b.narration[0].index)
    return any((x, y) == lede for x, y, _ in f.alignment.pairs)


def _edge(src: DocText, dst: DocText, relation: str, f: PairFeatures, direction: list,
          sure: str):
    a_is_src = f.alignment.a is src
    pairs = f.alignment.pairs if a_is_src else [(y, x, s) for x, y, s in f.alignment.pairs]
    al = Alignment(src, dst, pairs)
    n_dst = len(dst.narration)
    evidence = []
    if f.aligned:
        evidence.append(f"{f.aligned} of {n_dst} sentences align in order")
    if f.verbatim:
        evidence.append(f"{f.verbatim} sentences copied word for word")
    if f.shared_figures:
        evidence.append("shares rare figures " + ", ".join(f.shared_figures[:5]))
    if f.shared_names:
        evidence.append("shares rare names " + ", ".join(f.shared_names[:4]))
    if f.shared_quotes:
        evidence.append(f"shares {f.shared_quotes} quote rendering(s) word for word")
    evidence += direction
    if sure != "sure":
        evidence.append(UNSURE[0] if not sure else UNSURE[1])
    if relation in WHOLE_TEXT:
        conf = 0.35 + 0.4 * min(1.0, f.cover) + 0.2 * f.mean_sim
    elif relation == "partial":
        conf = min(0.8, 0.3 + 0.08 * f.aligned + 0.1 * f.close + 0.1 * bool(f.shared_quotes))
    else:
        conf = 0.3 + 0.1 * f.shared_quotes
    if f.same_wire and not (f.a_credits_b or f.b_credits_a):
        evidence.append(f"both carry the ({f.same_wire}) dateline")
    if f.credited:
        conf += 0.1
    if f.shared_figures:
        conf += 0.05
    conf *= settings()["direction"]["factor_" + (sure or "none")]
    conf = round(max(0.0, min(0.99, conf)), 3)
    score = sum(s for _, _, s in al.pairs) / max(1, n_dst) + 0.1 * f.shared_quotes
    edge = ProvenanceEdge(src.doc.id, dst.doc.id, relation, conf, tuple(evidence))
    return edge, al, score
