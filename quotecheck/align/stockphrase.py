"""Stock phrases: short wordings that many documents of a story set put in marks.

A slogan or catchphrase ("witch hunt", "enemy of the people") is said again and again, in
more than one form. Two short renderings from independent outlets that both hold one such
phrase are two uses of it ("rigged witch hunt", "rigged Russia witch hunt"), not one
quotation with a word changed (issue 11). The thresholds are the grouping's
``shared_phrase_*`` ones (``rules/data/alignment.toml``), ``shared_phrase_slack`` the words a
use may hold beyond ``shared_phrase_max_words``.
"""
from __future__ import annotations

from collections import defaultdict

from quotecheck.align.grouping import settings as grouping_settings
from quotecheck.align.renderings import Rendering

_MIN_WORDS = 2   # one word in marks in many documents is a term, not a phrase


class StockPhrases:
    """The stock phrases of one story set's renderings: wordings of ``_MIN_WORDS`` to
    ``shared_phrase_max_words`` words that ``shared_phrase_min_docs`` documents quote."""

    def __init__(self, renderings: list[Rendering]):
        cfg = grouping_settings()
        self.max_words = int(cfg.get("shared_phrase_max_words", 4))
        # a use of the phrase holds at most this many words more than its limit
        self.slack = int(cfg.get("shared_phrase_slack", 3))
        min_docs = int(cfg.get("shared_phrase_min_docs", 3))
        docs: dict = defaultdict(set)
        for r in renderings:
            if _MIN_WORDS <= len(r.norms) <= self.max_words:
                docs[tuple(r.norms)].add(r.doc.id)
        self.phrases = sorted(k for k, d in docs.items() if len(d) >= min_docs)

    def both_use(self, a: Rendering, b: Rendering) -> bool:
        """Two short, different renderings that both hold one stock phrase, word by word in
        order."""
        na, nb = tuple(a.norms), tuple(b.norms)
        if na == nb or max(len(na), len(nb)) > self.max_words + self.slack:
            return False
        return any(_holds(na, p) and _holds(nb, p) for p in self.phrases)


def _holds(words: tuple, phrase: tuple) -> bool:
    """``phrase``'s words occur in ``words`` in order (other words may stand between)."""
    it = iter(words)
    return all(w in it for w in phrase)
