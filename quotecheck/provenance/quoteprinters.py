"""Which documents of a story set print a long quotation (:class:`QuotePrinters`).

A quotation two texts share word for word is the evidence of a copy only if no third outlet
prints it too (:func:`quotecheck.provenance.pairfeatures.own_quote_count`); this module finds
the texts that print it anywhere, inside quotation marks or not.
"""
from __future__ import annotations

import re
from collections import Counter

from quotecheck.provenance.derivation import fold_word, settings

_RUN = re.compile(r"\w+")


class QuotePrinters:
    """Which documents print a long quotation (its word 3-gram set): ``shared_quote_sim`` of
    its 3-grams anywhere in their text, inside quotation marks or not (a tweet set as lines
    of its own, a statement pasted as a paragraph). Each text's folded words are joined once,
    on first use (only pairs that share a rendering ask); a text stops being tried once too
    many 3-grams are missing; the answer is kept per quotation.

    A 3-gram found in a text's joined words has its three words among the text's words (the
    words hold no space, so the spaces the search meets are the joins): a text that lacks the
    words of more than the allowed number of 3-grams cannot print the quotation. Which texts
    hold a 3-gram's words comes from an index word -> texts (built on the first call, as
    every text's words are read then anyway): the intersections of a 3-gram's three posting
    sets, counted per text, leave the few texts worth searching, and the texts that lack
    the words are never visited (a loop over every text of the set for every shared
    quotation grew with the square of the set). A text holding a folded word with a space
    in it (17 word characters fold to one, e.g. U+037A) is outside the index and always
    searched, as is every text for a quotation whose words hold a space."""

    def __init__(self, texts: list):
        self.texts = texts
        self.joined: dict = {}
        self.memo: dict = {}
        self.postings: dict = {}   # folded word -> frozenset of the indexed texts holding it
        self.unindexed: list = []   # texts whose folded words hold a space (always searched)
        self.indexed = False

    def _index(self) -> None:
        """Every text's words joined, and the index word -> texts of those whose words hold
        no space (the joins are then the only spaces of the joined words)."""
        postings: dict = {}
        for k in range(len(self.texts)):
            words = list(map(fold_word, _RUN.findall(self.texts[k].text)))
            joined = self.joined[k] = " " + " ".join(words) + " "
            if joined.count(" ") != len(words) + 1:
                self.unindexed.append(k)
                continue
            for w in set(words):
                postings.setdefault(w, []).append(k)
        self.postings = {w: frozenset(ks) for w, ks in postings.items()}
        self.indexed = True

    def __call__(self, sh: frozenset) -> frozenset:
        got = self.memo.get(sh)
        if got is None:
            if not self.indexed:
                self._index()
            grams = [" " + " ".join(g) + " " for g in sh]
            allowed = len(grams) - settings()["relation"]["shared_quote_sim"] * len(grams)
            if " " in "".join(w for g in sh for w in g):
                tried = range(len(self.texts))   # no word test: every text searched
            else:
                # per indexed text, how many 3-grams have all their words in it; one with
                # more than ``allowed`` 3-grams lacking a word is ruled out (none counted
                # means all lack one)
                none: frozenset = frozenset()
                held: Counter = Counter()
                for g in sh:
                    first, *rest = [self.postings.get(w, none) for w in g]
                    held.update(first.intersection(*rest))
                if len(grams) > allowed:
                    tried = sorted([k for k, c in held.items() if len(grams) - c <= allowed]
                                   + self.unindexed)
                else:   # as many 3-grams as there are may be missing: no text ruled out
                    tried = range(len(self.texts))
            out = []
            for k in tried:
                words = self.joined[k]
                missing = 0
                for g in grams:
                    if g not in words:
                        missing += 1
                        if missing > allowed:
                            break
                else:
                    out.append(k)
            got = self.memo[sh] = frozenset(out)
        return got
