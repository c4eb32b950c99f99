"""Stock phrases: short wordings that many documents of a story set put in marks.

A slogan or catchphrase ("witch hunt", "enemy of the people") is said again and again, in
more than one form. Two short renderings from independent outlets that both hold one such
phrase are two uses of it ("rigged witch hunt", "rigged Russia witch hunt"), not one
quotation with a word changed (issue 11). The thresholds are the grouping's
``shared_phrase_*`` ones (``rules/data/alignment.toml``).
"""
from __future__ import annotations

from collections import defaultdict

from quotecheck.align.renderings import Rendering

_MIN_WORDS = 2   # one word in marks in many documents is a term, not a phrase
_SLACK = 2       # a use of the phrase holds at most this many words more than its limit


def stock_phrases(renderings: list[Rendering], max_words: int, min_docs: int) -> list[tuple]:
    """Wordings of ``_MIN_WORDS``..``max_words`` words that ``min_docs`` documents quote."""
    docs: dict = defaultdict(set)
    for r in renderings:
        if _MIN_WORDS <= len(r.norms) <= max_words:
            docs[tuple(r.norms)].add(r.doc.id)
    return sorted(k for k, d in docs.items() if len(d) >= min_docs)


def uses_of_one_phrase(a: Rendering, b: Rendering, phrases: list[tuple], max_words: int) -> bool:
    """Two short, different renderings that both hold one stock phrase, word by word in order."""
    na, nb = tuple(a.norms), tuple(b.norms)
    if na == nb or max(len(na), len(nb)) > max_words + _SLACK:
        return False
    return any(_holds(na, p) and _holds(nb, p) for p in phrases)


def _holds(words: tuple, phrase: tuple) -> bool:
    """``phrase``'s words occur in ``words`` in order (other words may stand between)."""
    it = iter(words)
    return all(w in it for w in phrase)
