"""Which documents of a story set print a long quotation (:class:`QuotePrinters`).

A quotation two texts share word for word is the evidence of a copy only if no third outlet
prints it too (:func:`quotecheck.provenance.pairfeatures.own_quote_count`); this module finds
the texts that print it anywhere, inside quotation marks or not.
"""
from __future__ import annotations

from collections import Counter
from itertools import compress, repeat
from operator import contains

from quotecheck.provenance.derivation import fold_word, settings
from quotecheck.provenance.pairfeatures import _RUN   # the word runs quotations are read in


class QuotePrinters:
    """Which documents print a long quotation (its word 3-gram set): ``shared_quote_sim`` of
    its 3-grams anywhere in their text, inside quotation marks or not (a tweet set as lines
    of its own, a statement pasted as a paragraph). Each text's folded words are joined once,
    on first use (only pairs that share a rendering ask); a text stops being tried once too
    many 3-grams are missing; the answer is kept per quotation.

    A 3-gram found in a text's joined words has its three words among the text's words (the
    words hold no space, so the spaces the search meets are the joins): a text that lacks the
    words of more than the allowed number of 3-grams cannot print the quotation. Which texts
    hold a word is read once per word a quotation asks about (one membership test per text,
    in C); the intersections of a 3-gram's three such sets, counted per text, leave the few
    texts worth searching, and the texts that lack the words are never visited (a loop over
    every text of the set for every shared quotation grew with the square of the set). A
    text holding a folded word with a space in it (17 word characters fold to one, e.g.
    U+037A) is outside the index and always searched, as is every text for a quotation whose
    words hold a space."""

    def __init__(self, texts: list):
        self.texts = texts
        self.joined: list = []   # each text's folded words joined, a space at each end
        self.vocab: list = []    # each text's folded words (empty where one holds a space)
        self.unindexed: list = []   # texts whose folded words hold a space (always searched)
        self.postings: dict = {}   # folded word -> frozenset of the texts holding it
        self.memo: dict = {}

    def _read(self) -> None:
        """Every text's words, joined and as a set (the first call reads them all)."""
        for k, t in enumerate(self.texts):
            words = list(map(fold_word, _RUN.findall(t.text)))
            joined = " " + " ".join(words) + " "   # its spaces: the joins, and any in a word
            self.joined.append(joined)
            if joined.count(" ") == len(words) + 1:
                self.vocab.append(frozenset(words))
            else:
                self.vocab.append(frozenset())
                self.unindexed.append(k)

    def _holding(self, word: str) -> frozenset:
        """The texts whose words (without a space in any) include ``word``: one membership
        test per text, made in C, once per word any quotation asks about."""
        got = self.postings.get(word)
        if got is None:
            got = self.postings[word] = frozenset(compress(
                range(len(self.vocab)), map(contains, self.vocab, repeat(word))))
        return got

    def __call__(self, sh: frozenset) -> frozenset:
        got = self.memo.get(sh)
        if got is None:
            if not self.joined and self.texts:
                self._read()
            grams = [" " + " ".join(g) + " " for g in sh]
            allowed = len(grams) - settings()["relation"]["shared_quote_sim"] * len(grams)
            if " " in "".join(w for g in sh for w in g):
                tried = range(len(self.texts))   # no word test: every text searched
            else:
                # per indexed text, how many 3-grams have all their words in it; one with
                # more than ``allowed`` 3-grams lacking a word is ruled out (none counted
                # means all lack one)
                held: Counter = Counter()
                for g in sh:
                    first, *rest = map(self._holding, g)
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
