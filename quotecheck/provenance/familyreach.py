"""Who else carries a family's text: documents that print lines of several of its copies.

Provenance reports a forest (each copy keeps its strongest parent; explaining away drops the
resemblance between two copies of one source), so a document that reuses part of a text which
several sites copy is linked to one copy only. What several copies print alike is the latent
text's, not one copy's: a document that carries narration word for word from each of several
copies partly reuses the text they copy, and so relates to every copy (METER's partially
derived). Two uncredited copies of one text are a family of their own when a third document
carries lines of both: the family is what links that document to the pair.

Once the families are known, a family's representative is also measured against the pages
that were never measured against any of its copies (:func:`unmeasured_near_representatives`),
and a copy that names another carrier of its agency story as its source credits that story
(:func:`names_family_carrier`): both read what the family says about who carries its text.
"""
from __future__ import annotations

from quotecheck.provenance.credits import masthead_words, outlet_key
from quotecheck.provenance.derivation import rare_postings, settings
from quotecheck.provenance.relation import WORD_FOR_WORD


def carrier_links(features: dict, excluded: frozenset = frozenset()) -> dict:
    """Document id -> the documents it shares measured reuse with that carries narration
    word for word: a relation was found (not two independent reports), at least one lifted
    narration line, printed within the days a carrier prints a copy. ``features`` maps
    ``(a, b)`` to ``(features, relation)``; ``excluded`` documents (aggregator pages) link
    to nothing."""
    links: dict = {}
    for (x, y), (feats, relation) in features.items():
        if relation is None or feats.lifted < 1 or feats.far_apart or x in excluded \
                or y in excluded:
            continue
        links.setdefault(x, set()).add(y)
        links.setdefault(y, set()).add(x)
    return links


def carried_by_outsider(members: list, links: dict) -> bool:
    """True when a document outside ``members`` carries narration of every one of them."""
    if not members:
        return False
    shared = set.intersection(*(links.get(m, set()) for m in members))
    return bool(shared - set(members))


def related_partials(families: list, links: dict) -> list:
    """``(family, document)`` for each document outside the family that carries narration
    word for word from at least ``family_carried_members`` of the family's copies (from all of
    them when the family has fewer), and is not yet among its partial reusers. The document
    may be a copy in another family: a later version of a story, copied on other sites,
    partly reuses the first version's text."""
    need = settings()["relation"]["family_carried_members"]
    out = []
    for fam in families:
        members = set(fam.members)
        around = set().union(*(links.get(m, set()) for m in members)) - members
        for doc in sorted(around - set(fam.partial)):
            carried = sum(1 for m in members if doc in links.get(m, ()))
            if carried >= min(need, len(members)):
                out.append((fam, doc))
    return out


def copied_partials(families: list, found: list) -> list:
    """``(family, document)`` for each word-for-word copy (verbatim, syndication) of one of
    the family's partial reusers: such a copy carries what that text carries, so a scraper's
    copy of a write-up that reuses the family's lines reuses them too. A rewrite or a later
    version may have dropped those lines, and does not count. ``found`` holds the ``(edge,
    alignment, score)`` items; one step only (no chains of copies)."""
    out = []
    for fam in families:
        partial, members = set(fam.partial), set(fam.members)
        new = set()
        for edge, _, _ in found:
            if edge.relation not in WORD_FOR_WORD:
                continue
            for a, b in ((edge.source, edge.derived), (edge.derived, edge.source)):
                if a in partial and b not in partial | members:
                    new.add(b)
        out += [(fam, doc) for doc in sorted(new)]
    return out


def shares_every_member(doc: str, members: list, features: dict) -> bool:
    """False when ``doc`` and one of ``members`` were measured and share no sentence at all.
    A family's partial reuser is read as partly reusing every copy of the text; a member
    that is an excerpt of it (an agency's add of four paragraphs, a site's three-sentence
    cut) may hold none of the lines the reuser took from the representative, and then the
    reuser and that member are two texts with nothing in common. The reuser keeps its own
    edge to the representative; it is not listed among the family's partial reusers.
    ``features`` maps ``(a, b)`` to ``(features, relation)``; a pair never measured (too
    few rare words shared to be a candidate in a large set) leaves the answer True."""
    for m in members:
        pair = features.get((doc, m)) or features.get((m, doc))
        if m != doc and pair is not None and pair[0].aligned == 0:
            return False
    return True


def unmeasured_near_representatives(families: list, texts: list, features: dict,
                                    excluded: frozenset = frozenset(),
                                    postings: "dict | None" = None) -> list:
    """``(family, document)`` pairs to measure once the families are known: documents outside
    the family (members of another family included) that share at least ``min_shared_rare``
    rare keys with its representative but were measured against none of its members.

    Each document is compared with its ``max_candidates`` strongest candidates only, and the
    copies of one story share nearly every rare key, so a page that copies one wire story and
    carries a few lines of another (a page compiling two agencies' copy) has its list filled
    with the copies of the first; the copies of the second fill their own lists with each
    other. Measured against the second family's text, the page relates to the family as a
    whole.

    At most ``family_reach_candidates`` documents per family, ranked by the number of shared
    keys over the smaller of the two key sets (the document's or the representative's), so a
    short page made of the text's lines comes before a long one that shares a few common
    words with it. A key held by more documents than the posting cap is not counted. The
    extra pairs grow with the number of families, not with the square of the set's size.
    ``texts`` are the prepared texts (their ``rare`` keys set by the candidate index),
    ``postings`` that index (:func:`~quotecheck.provenance.derivation.index_rare_keys`: rare
    key -> indices of ``texts``; built from ``texts`` when not given);
    ``excluded`` documents (aggregator pages) are left out."""
    cfg = settings()["align"]
    budget = cfg.get("family_reach_candidates", 0)
    if not budget or not families:
        return []
    cap = max(cfg["rare_min_df"], cfg.get("posting_cap", len(texts)))
    if postings is None:
        postings = rare_postings(texts)
    ids = [t.doc.id for t in texts]
    rare = {t.doc.id: t.rare for t in texts}
    measured: dict = {}
    for x, y in features:
        measured.setdefault(x, set()).add(y)
        measured.setdefault(y, set()).add(x)
    out = []
    for fam in families:
        members = set(fam.members)
        counts: dict = {}
        for k in rare.get(fam.representative, ()):
            holders = postings[k]
            if len(holders) <= cap:
                for i in holders:
                    counts[ids[i]] = counts.get(ids[i], 0) + 1
        size = len(rare.get(fam.representative, ()))
        near = sorted(((c / min(size, len(rare[d])), d) for d, c in counts.items()
                       if c >= cfg["min_shared_rare"] and d not in members and d not in excluded
                       and d not in fam.partial and not measured.get(d, set()) & members),
                      key=lambda x: (-x[0], x[1]))
        out += [(fam, d) for _, d in near[:budget]]
    return out


def names_family_carrier(child: str, parent: str, families: list, credits: list,
                         outlets: dict) -> bool:
    """``child`` names as its source ("..., the Valley Times reports", "via VTN") another
    carrier of the agency story whose copy ``parent`` is: the text the two share is that
    story, which the child credits through the carrier it read it in, so it is no reuse
    without credit. A reporter line or an interview given to an outlet names no source. The
    name is the carrier's outlet as the set spells it, or its initials before a masthead
    word ("ABC" for "ABC News", as a page credits the broadcaster)."""
    own = outlet_key(outlets.get(child) or "")
    named = {outlet_key(c.name) for c in credits
             if c.kind not in ("reporting-by", "told")} - {"", own}
    if not named:
        return False
    for fam in families:
        if fam.agency and parent in fam.members and any(
                _carrier_keys(outlets.get(m) or "") & named
                for m in fam.members if m not in (child, parent)):
            return True
    return False


def _carrier_keys(outlet: str) -> set:
    """The keys a credit may name ``outlet`` by: its whole name, and the initials before its
    masthead word ("ABC News", "abc News": "abc"; two to five letters, one case)."""
    keys = {outlet_key(outlet)}
    words = outlet.split()
    if (len(words) == 2 and words[1] in masthead_words() and words[0].isalpha()
            and 2 <= len(words[0]) <= 5 and words[0] in (words[0].upper(), words[0].lower())):
        keys.add(outlet_key(words[0]))
    return keys - {""}
