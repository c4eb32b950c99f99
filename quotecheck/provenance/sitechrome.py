"""Sentences that are never derivation evidence although two texts share them word for word.

An outlet prints the same sentences on many of its pages (a newsletter box, a copyright
notice, "Hide Caption 3 of 12"); a capture often glues them into a paragraph of the story, so
line-level chrome detection misses them, and two unrelated stories of one site then align on
them. (A social post embedded on one line is the load stage's: ``lineshape.signed_post_lines``.)
An outlet with two documents in a run prints such a sentence too rarely to tell by recurrence:
a sentence that two of its pages share and that reads as a sign-up box's, an appeal's or a
disclaimer's (:func:`quotecheck.load.chromesentences.is_chrome_sentence`) goes too.
"""
from __future__ import annotations

from collections import defaultdict

from quotecheck.load.chromesentences import is_chrome_sentence


def drop_outlet_chrome(texts: list, outlet: dict, min_docs: int = 3,
                       copies_overlap: float = 0.5) -> None:
    """Take out of each text's narration the sentences its outlet prints on ``min_docs`` or
    more pages that are not copies of one story (their sentence sets overlap, Jaccard, less
    than ``copies_overlap`` on average). Figures are left out of the comparison, so "3 of 12"
    and "5 of 59" are one sentence."""
    prints = [[_print(s) for s in t.narration] for t in texts]
    where: dict = defaultdict(set)
    for i, t in enumerate(texts):
        site = outlet.get(t.doc.id)
        if site:
            for p in prints[i]:
                where[(site, p)].add(i)
    sets = [frozenset(p) for p in prints]
    verdict: dict = {}

    def chrome(holders: frozenset) -> bool:
        if holders not in verdict:
            ordered = sorted(holders)
            pairs = list(zip(ordered, ordered[1:]))
            overlap = sum(len(sets[a] & sets[b]) / len(sets[a] | sets[b]) for a, b in pairs)
            verdict[holders] = overlap / len(pairs) < copies_overlap
        return verdict[holders]

    for i, t in enumerate(texts):
        site = outlet.get(t.doc.id)
        if not site:
            continue
        keep = [s for s, p in zip(t.narration, prints[i])
                if not _chrome_here(t, s, where[(site, p)], min_docs, chrome)]
        if len(keep) != len(t.narration):
            t.narration = keep


def _chrome_here(t, sentence, holders: set, min_docs: int, chrome) -> bool:
    """Whether ``sentence`` of ``t`` is its outlet's chrome: printed on ``min_docs`` pages
    that are not copies of one story, or on two and reading as chrome by its words."""
    if len(holders) >= min_docs and chrome(frozenset(holders)):
        return True
    return len(holders) >= 2 and is_chrome_sentence(t.text[sentence.start:sentence.end])


def _print(sentence) -> tuple:
    """The sentence's words, folded, figures left out."""
    return tuple(w for w in sentence.folded_words() if not w[:1].isdigit())
