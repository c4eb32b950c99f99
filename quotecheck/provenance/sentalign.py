"""Order-preserving sentence alignment between two prepared documents.

Weighted content-word overlap per sentence pair, chained in document order (a weighted longest
increasing subsequence), finds a rewritten copy that shares few n-grams with its parent.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Optional

from quotecheck.provenance.chain import heaviest_chain as _heaviest_chain
from quotecheck.provenance.derivation import DocText, settings
from quotecheck.provenance.sentence import Sentence

@dataclass
class Alignment:
    """Ordered sentence matches between ``a`` and ``b``: (a index, b index, similarity)."""

    a: DocText
    b: DocText
    pairs: list

    def similarity_of(self, i: int, j: int) -> float:
        for x, y, s in self.pairs:
            if x == i and y == j:
                return s
        return 0.0


def align_sentences(a: DocText, b: DocText, weight, field_name: str = "narration",
                    aligned: Optional[float] = None) -> Alignment:
    """The heaviest order-preserving chain of sentence matches between ``a`` and ``b``.

    Candidate matches come from an inverted index of ``a``'s sentence keys (each key with its
    weight); each sentence of ``b`` keeps its best three, and the chain is a weighted longest
    increasing subsequence over them (which sorts them, so only which three count).
    """
    cfg = settings()["align"]
    threshold = cfg["aligned"] if aligned is None else aligned
    sa = a.narration if field_name == "narration" else a.sentences
    sb = b.narration if field_name == "narration" else b.sentences
    index, mass_a, rows = _key_index(a, sa, field_name, weight)
    if _LAST_ROWS and _LAST_ROWS[0] is not rows:   # pairs come grouped by ``a``: one set of
        _LAST_ROWS[0].clear()   # rows kept (all were ~35 MB at 1,000 articles; a cleared refills)
    _LAST_ROWS[:] = [rows]
    matches: list = []
    ratio = len(sa) / max(1, len(sb))
    floor = cfg["candidate"]
    # a pair reaching ``floor`` has 2*ov >= floor*(mass_a + mass_b) and ov <= mass_a, so
    # ov >= floor*mass_b/(2 - floor): 7% of the sentences met pass at 1,000 articles, and
    # only they are divided out (the margin covers float rounding)
    bound = floor / (2 - floor) * (1 - 1e-9)
    held = index.__contains__
    n_a = len(sa)
    for y, s in enumerate(sb):
        keys = getattr(s, field_name)
        # scored once per key set and ``a``: copies bring one sentence once per copy (29%)
        scored = rows.get(keys)
        if scored is None:
            # weighted overlap with each sentence of ``a``, summed in the sentence's key order
            # (weights are positive, so 0.0 means untouched); sentences in the order first met.
            # The keys ``a`` holds are picked out in C, in order: most keys of a sentence are
            # not in ``a`` (three million lookups in Python at 1,000 articles)
            overlap = [0.0] * n_a
            met = []
            for k in filter(held, keys):
                w, hits = index[k]
                for x in hits:
                    v = overlap[x]
                    if not v:
                        met.append(x)
                    overlap[x] = v + w
            if met:
                mass_b = s.mass(field_name, weight)
                lim = bound * mass_b
                scored = [(sim, x) for x in met if overlap[x] >= lim
                          and (sim := 2 * overlap[x] / (mass_a[x] + mass_b)) >= floor]
            rows[keys] = scored = scored or ()
        if not scored:
            continue
        if len(scored) > 3:
            # best three; among equals, the one nearest the diagonal, then the first met
            yr = y * ratio
            scored = [(sim, x) for *_, sim, x in sorted(
                [(-round(sim, 9), abs(x - yr), i, sim, x) for i, (sim, x) in enumerate(scored)]
            )[:3]]
        matches.extend([(x, y, sim) for sim, x in scored])
    chain = _heaviest_chain(matches)
    pairs = [(sa[x].index, sb[y].index, sim) for x, y, sim in chain if sim >= threshold]
    return Alignment(a, b, pairs)


_LAST_ROWS: list = []   # the scored rows last used (see align_sentences)


def _key_index(dt: DocText, sents: list, field_name: str, weight) -> tuple[dict, list, dict]:
    """Key -> (weight, positions in ``sents``), each sentence's key mass and the scored rows
    (``align_sentences``), once per document, field and weight table (many partners meet it)."""
    cached = dt._index.get(field_name)
    if cached is not None and cached[0] is weight and cached[1] is sents:
        return cached[2], cached[3], cached[4]
    positions: dict = defaultdict(list)
    mass_a = []
    for x, s in enumerate(sents):
        mass_a.append(s.mass(field_name, weight))
        for k in getattr(s, field_name):
            positions[k].append(x)
    index = {k: (weight(k), hits) for k, hits in positions.items()}
    rows: dict = {}
    dt._index[field_name] = (weight, sents, index, mass_a, rows)
    return index, mass_a, rows


def word_similarity(a: DocText, i: int, b: DocText, j: int) -> float:
    """Dice overlap of all folded words (function words included) of two sentences."""
    sa, sb = a.sentences[i], b.sentences[j]
    ma, mb = _repeated(sa), _repeated(sb)
    total = len(sa.folded_words()) + len(sb.folded_words())   # the counts' sums
    # the size of the multiset intersection (``folded() & folded()``) without building it:
    # one per shared word, plus the smaller extra count of words repeated in both
    common = len(sa.folded().keys() & sb.folded().keys())
    if ma and mb:
        common += sum(min(ma[w], mb[w]) - 1 for w in ma.keys() & mb.keys())
    return 2 * common / total if total else 0.0


_NONE_REPEATED: dict = {}


def _repeated(s: Sentence) -> dict:
    """Counts of the sentence's folded words that occur more than once (kept; most
    sentences share one empty table)."""
    memo = s.memo()
    if "repeated" not in memo:
        counts = {w: c for w, c in s.folded().items() if c > 1}
        memo["repeated"] = counts or _NONE_REPEATED
    return memo["repeated"]
