"""How a candidate pair's measured features decide its relation: whole-text reuse, partial
reuse, a shared translation, or two independent reports of one event (no edge)."""
from __future__ import annotations

from typing import Optional

from quotecheck.provenance.derivation import settings
from quotecheck.provenance.pairfeatures import PairFeatures

WORD_FOR_WORD = frozenset({"verbatim", "syndication"})
"""The relations of a text printed word for word (uncredited or credited copy): what such a
copy carries, its parent carries too."""
WHOLE_TEXT = WORD_FOR_WORD | {"rewrite", "update"}
"""The relations of a whole text reused (copied, rewritten or updated), not some lines of it."""


def relation_of(f: PairFeatures) -> Optional[str]:
    """The kind of reuse a pair's features show (verbatim, syndication, rewrite, partial,
    shared-translation), or None for independent texts."""
    r = settings()["relation"]
    credited = f.credited                             # a shared wire dateline counts here
    declared = bool(f.a_credits_b or f.b_credits_a)   # ... but not for partial reuse
    anchored = f.anchored >= max(2, f.aligned * r["rewrite_anchored"])
    # a short text (a brief, a rule example) copied whole: every sentence of both aligns closely
    short = (2 <= f.aligned == max(f.n_a, f.n_b) <= r["short_max"]
             and f.mean_sim >= r["short_mean"]) or _lede_snippet(f, r) or _quote_brief(f, r)
    # two reports of one event paraphrase some of the same facts in the same order: a rewrite
    # keeps most aligned sentences close, or (spun) follows the other nearly sentence by sentence
    kept_close = (f.close >= r["rewrite_close_share"] * f.aligned
                  or f.cover >= r["rewrite_follow_cover"])
    # a copy shows its words through somewhere: a sentence kept nearly word for word, a
    # narration run carried over, or a credit; two reporters retelling one event's facts in
    # the same order keep each sentence close but none of its wording (unless it follows the
    # other nearly sentence by sentence, as a spun copy does)
    carried = (f.near_verbatim or f.lifted or credited or declared or _follows(f, r))
    # two texts carrying two different wires' copies are two reports of one event, not one text
    whole = short or (f.aligned >= r["rewrite_min"] and f.cover >= r["rewrite_cover"] and anchored
                      and f.mean_sim >= r["rewrite_mean"] and kept_close and carried)
    if whole and not (f.rival_wires and not declared):
        if f.verbatim >= r["verbatim_share"] * f.aligned:
            return "syndication" if credited else "verbatim"
        # a credited copy, lightly edited (most sentences keep nearly all their words), is
        # still the wire's copy; a spun copy changes words in most sentences
        lightly_edited = f.near_verbatim >= r["light_edit_share"] * f.aligned
        return "syndication" if credited and lightly_edited else "rewrite"
    # without a credit, chance resemblance between two reports of one event must be ruled
    # out: one sentence word for word (a statement, a background line) and one more close is
    # what independent reports share; lifting shows two word for word, or one in a short text
    # (half of it aligned), or three close that stay close on average (two reporters
    # paraphrasing one event's facts stay near 0.5-0.7)
    # ... counting narration only: lines both sides print in the first person (a statement
    # or testimony pasted as text, a transcript's turns) are the speaker's words, as quotations
    # are; unless a side names the other as its source (an interview that outlet obtained)
    voiced = not (f.cites or declared)
    close = f.close - f.close_voiced * voiced
    # ... and a pair close only through the quotation both print (each reporter introduces
    # the speaker in words of its own) shows the speaker's wording, not the other's narration
    paraphrased = close - f.close_quoted
    verbatim = f.verbatim - f.verbatim_voiced * voiced
    lifted = close >= r["partial_close"] and (
        verbatim >= 2 or (verbatim >= 1 and f.cover >= r["partial_cover"])
        or (paraphrased >= r["partial_close"] + 1 and f.mean_sim >= r["partial_mean"]))
    # a credit backs reuse only with some wording shown through (a close sentence, a lifted
    # run, a shared rendering): a text naming an outlet for another document, its sentences
    # all loosely on the same event, shares no wording with the one it names
    credit_shown = declared and bool(f.close or f.lifted or f.shared_quotes)
    if f.aligned >= r["partial_min"] and (lifted or credit_shown or _quote_backed(f, r)
                                          or _cited_follow(f, r)):
        return "partial"
    if _narration_lifted(f) or _agency_take(f, r) or _agency_own_story(f, paraphrased, r):
        return "partial"
    # a citation covers a shared rendering when it stands in the rendering's passage, or when
    # the citing text also follows the outlet's narration (it retells its report: a sentence
    # kept close among the aligned ones); a text naming the outlet for another fact shares a
    # tweet or a statement with it as any does, its sentences on the event only loosely alike
    if f.shared_quotes and (declared or f.quotes_cited or (
            f.cites and f.aligned >= r["partial_min"] and f.close - f.close_quoted >= 1)):
        return "shared-translation"
    return None


def _follows(f: PairFeatures, r: dict) -> bool:
    """A spun copy shows no words through, only the parent's order: it follows the parent
    sentence by sentence (``rewrite_follow_cover`` of the smaller text), every sentence of
    both texts, or at least ``rewrite_follow_min`` sentences, each reworded but close on
    average (``rewrite_follow_mean``). Two short reports of one event (a release, a police
    statement) retell four of the same five facts in the same order, loosely (mean near
    0.45), each with facts of its own: that order alone is no copy. A long follower
    (``rewrite_follow_long`` sentences in order) is a spun copy however loosely reworded."""
    return f.cover >= r["rewrite_follow_cover"] and (
        f.aligned == f.n_a == f.n_b or f.aligned >= r["rewrite_follow_long"]
        or (f.aligned >= r["rewrite_follow_min"] and f.mean_sim >= r["rewrite_follow_mean"]))


def _lede_snippet(f: PairFeatures, r: dict) -> bool:
    """A text of at most ``snippet_max`` narration sentences (a headline and a first
    paragraph: an aggregator's or a digest's snippet) whose sentences are the other text's
    opening ones, carried word for word, is that text's copy: independent reports of one event
    do not open with the same sentence word for word, and a snippet has no more to show."""
    small = min(f.n_a, f.n_b)
    if not 1 <= small <= r["snippet_max"] or f.aligned != small or f.verbatim < small \
            or f.lifted < small:
        return False
    a, b = f.alignment.a, f.alignment.b
    ledes_a = {s.index for s in a.narration[:small]}
    ledes_b = {s.index for s in b.narration[:small]}
    return all(x in ledes_a and y in ledes_b for x, y, _ in f.alignment.pairs)


def _quote_brief(f: PairFeatures, r: dict) -> bool:
    """Two briefs of one wire story (at most ``short_max`` narration sentences each, the rest
    the statement it quotes): every narration sentence of the smaller one aligned and close,
    at ``short_mean`` on average, and ``brief_quotes`` renderings of the pair word for word.
    A carrier trims or retouches the wire's lede ("on Sunday" for "today") and prints its
    quotations as sent; two reporters of one statement each write a lede of their own."""
    small = min(f.n_a, f.n_b)
    return (1 <= small and f.aligned == small and max(f.n_a, f.n_b) <= r["short_max"]
            and f.close == f.aligned and f.mean_sim >= r["short_mean"]
            and f.shared_quotes >= r["brief_quotes"] and not f.rival_wires)


def _cited_follow(f: PairFeatures, r: dict) -> bool:
    """A text that names the other's outlet as its source ("..., according to the Ledger")
    and follows it over ``cited_cover`` of the smaller text, one sentence kept close, retells
    that outlet's report: independent reports of one event do not name each other. A citation
    with one shared line, or a few lines in a long text, is a citation of one fact."""
    return bool(f.cites) and f.close >= 1 and f.cover >= r["cited_cover"]


def _quote_backed(f: PairFeatures, r: dict) -> bool:
    """A shared word-for-word quotation is weak evidence: reporters at one briefing print the
    same English sentence. It backs reuse only with narration aligned over a good share of
    BOTH texts, a close sentence, and rare names or figures shared beyond the quotation; and
    only a rendering no third outlet of the set prints (``own_quotes``): a statement every
    outlet quoted word for word is the speaker's wording."""
    if not f.telling_quotes or f.close < 1 or not (f.shared_figures or f.shared_names):
        return False
    return f.aligned >= r["quote_backed_cover"] * max(f.n_a, f.n_b)


def _agency_take(f: PairFeatures, r: dict) -> bool:
    """An agency's short take (a sub, a new lead) carried by the other text: a third or more
    (``agency_take_cover``) of the smaller text's narration aligned, one sentence close, the
    aligned pairs close on average (``agency_take_mean``), and a long quotation of the pair
    printed word for word. A paper rewords most of an agency's copy but keeps a sentence and
    the quotation as sent (the kept sentence is not the quotation's own, each side introducing
    the speaker in its own words: a statement outside court quoted by both); two reporters of
    one event share a quotation or a fact, not both over a third of a text. Not against a rival wire's copy, a citing text or a news
    service's story (the conditions of one lifted line against an agency), nor between two
    agencies' own texts: two agencies' stories of one event are rival reports, and one
    agency's two stories of a running event share its quotations and a background line (its
    own reuse shows through lifted lines, ``lifted_min_own``)."""
    if not f.agency_side or f.agency_both or f.rival_wires or f.cites or f.service_copy:
        return False
    return (f.shared_quotes >= 1 and f.close - f.close_quoted >= 1
            and f.cover >= r["agency_take_cover"]
            and f.mean_sim >= r["agency_take_mean"])


def _agency_own_story(f: PairFeatures, paraphrased: int, r: dict) -> bool:
    """One agency's two texts of a running story (both its own copy, from one outlet): it
    carries its background from one to the next, each sentence retouched, so ``partial_close``
    sentences stay close (``paraphrased``: not close only through a quotation) over
    ``agency_own_cover`` of the smaller text at mean ``agency_own_mean``. Two papers' texts
    need lifted wording; an agency writes its follow-up from its own earlier copy."""
    return (f.one_site and f.agency_both and paraphrased >= r["partial_close"]
            and f.cover >= r["agency_own_cover"] and f.mean_sim >= r["agency_own_mean"])


def _narration_lifted(f: PairFeatures) -> bool:
    """Narration runs carried over word for word (:mod:`quotecheck.provenance.lifted`):
    ``lifted_min`` sentences of them (``lifted_min_kept`` with a sentence kept nearly as
    is or ``lifted_min_close`` sentences close; ``lifted_min_own`` between two texts of one outlet:
    independent reports are two outlets' work, so an outlet's two texts sharing background
    lines reuse its own), or one when a side is an agency's own text (its copy is written for
    subscribers to print) and the other neither carries a rival wire's copy nor names its
    source ("Reuters reported that ...": a citation of one fact, not a copy); a news
    service's own story (a newspaper syndicate's copy, sold to clients as a wire's is) needs
    ``service_lifted_close`` close sentences besides, unless a third outlet prints the line
    too (``service_copy`` is then cleared by the caller)."""
    r = settings()["relation"]
    # a speaker introduced alike (name, title) is carried only against an agency's text
    own = f.lifted - f.lifted_intros
    if own >= r["lifted_min_own" if f.one_site else "lifted_min"]:
        return True
    # two, when one of the aligned sentences is kept nearly word for word or two stay close:
    # a background line two reporters share is paraphrased a little by each, a lifted
    # passage shows through whole or lightly edited
    if own >= r["lifted_min_kept"] and (f.near_verbatim or f.close >= r["lifted_min_close"]):
        return True
    # ... a line, not a name with its title or a defendant's charges, which any reporter
    # writes alike (``lifted_thin``)
    if not (f.lifted - f.lifted_thin >= 1 and f.agency_side) or f.rival_wires or f.cites:
        return False
    # a news service's reporter shares one background line with an agency as a rival wire
    # does; its brief condensing the agency's narration keeps another sentence close too
    return not f.service_copy or f.close >= r["service_lifted_close"]
