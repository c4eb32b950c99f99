"""Group the renderings of one utterance across a story set, without comparing all pairs.

Identical renderings collapse first; candidates then come from an inverted index over
content stems (plain and speaker-scoped; keys shared by too many renderings are not used),
and each rendering is scored against its best-weighted candidates only. Scores read word
alignment (near-identical and fragments inside a longer rendering) and rarity-weighted
content overlap (independent translations). Between a copy and its parent, quotes are also
paired in reading order by the sentence around them, which finds a single word swapped
inside the marks ("bravery" → "courage").
"""
from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from heapq import nsmallest
from typing import Optional

from quotecheck.align.clustering import move_copies, named, place, units_of
from quotecheck.align.renderings import SAME_SPEAKER, Rendering
from quotecheck.align.speakerfit import described_elsewhere, rendering_elsewhere
from quotecheck.align.wordalign import align, containment, ratio
from quotecheck.resources.ruledata import load_data


@lru_cache(maxsize=1)
def settings() -> dict:
    """The ``[grouping]`` thresholds of ``rules/data/alignment.toml``."""
    return dict(load_data("alignment").get("grouping", {}))


class UnionFind:
    """Disjoint sets over integers."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class Rarity:
    """Inverse document frequency of content stems over the story set (memoised sums)."""

    n_docs: int
    df: dict = field(default_factory=dict)
    _idf: dict = field(default_factory=dict)
    _weights: dict = field(default_factory=dict)
    scores: dict = field(default_factory=dict)   # text_score memo for this story set
    _aligned: dict = field(default_factory=dict)   # word alignments of stem sequences
    _words: dict = field(default_factory=dict)     # (stems, content) -> their word sets

    def align(self, a: tuple, b: tuple) -> list:
        """``wordalign.align(a, b)``, kept: a fragment test aligns the pair its score did."""
        ops = self._aligned.get((a, b))
        if ops is None:
            ops = self._aligned[(a, b)] = align(a, b)
        return ops

    def words(self, r: Rendering) -> tuple:
        """``(stems, repeated stems, content sequence, its stems, its repeated)`` of ``r``:
        sets and counts above one, read once per rendering (:func:`common` takes them)."""
        key = (r.stems, r.content)
        got = self._words.get(key)
        if got is None:
            seq = _content_seq(r)
            got = self._words[key] = (*_set_and_repeats(r.stems), seq, *_set_and_repeats(seq))
        return got

    def idf(self, s: str) -> float:
        v = self._idf.get(s)
        if v is None:
            v = self._idf[s] = math.log(1.0 + self.n_docs / self.df.get(s, 1))
        return v

    def weight(self, stems: frozenset) -> float:
        v = self._weights.get(stems)
        if v is None:
            # exactly rounded, so equal sets weigh the same whatever order they iterate in
            v = self._weights[stems] = math.fsum(map(self.idf, stems))
        return v


def _set_and_repeats(seq: tuple) -> tuple:
    """The items of ``seq`` as a set and the counts of those occurring more than once."""
    items = frozenset(seq)
    if len(items) == len(seq):
        return items, None
    counts = Counter(seq)
    return items, {w: n for w, n in counts.items() if n > 1}


def common(xs: frozenset, xr, ys: frozenset, yr) -> int:
    """Size of the multiset intersection of two sequences given as (set, repeats): no
    alignment of them matches more items. One per shared item, plus the smaller extra count
    of items repeated on both sides."""
    n = len(xs & ys)
    if xr and yr:
        n += sum(min(xr[w], yr[w]) - 1 for w in xr.keys() & yr.keys())
    return n


def rarity(renderings: list[Rendering]) -> Rarity:
    """Document frequencies of the stems found in quotes and their sentences."""
    per_doc: dict = defaultdict(set)
    for r in renderings:
        per_doc[r.doc.id].update(r.content)
        per_doc[r.doc.id].update(r.context)
    df: dict = defaultdict(int)
    for stems in per_doc.values():
        for s in stems:
            df[s] += 1
    return Rarity(max(1, len(per_doc)), dict(df))


def text_score(x: Rendering, y: Rendering, rare: Rarity) -> float:
    """How surely two renderings say the same thing, from their words alone (0..1)."""
    key = (x.stems, y.stems, x.speaker, y.speaker)
    hit = rare.scores.get(key)
    if hit is None:
        hit = rare.scores[key] = _text_score(x, y, rare)
    return hit


_BOUND_SLACK = 1e-9   # far above float rounding, far below any threshold's resolution


def score_with_floor(x: Rendering, y: Rendering, rare: Rarity, floor: float) -> float:
    """:func:`text_score` when it can reach ``floor``; else a bound below ``floor`` that is
    at least the score (a caller comparing with ``floor`` decides the same, without
    aligning the words: most candidates of a rendering share a word or two only)."""
    key = (x.stems, y.stems, x.speaker, y.speaker)
    hit = rare.scores.get(key)
    if hit is not None:
        return hit
    bound = _score_bound(x, y, rare)
    return bound if bound < floor else text_score(x, y, rare)


def _score_bound(x: Rendering, y: Rendering, rare: Rarity) -> float:
    """An upper bound of :func:`_text_score`, term by term: words matched in order are at
    most the words both hold (multiset), and the other terms are computed as there. The terms
    are summed in another order than the exact score's, so a bound equal to the score can fall
    an ulp below it: ``_BOUND_SLACK`` keeps it above."""
    if not x.stems or not y.stems:
        return 0.0
    lx, ly = len(x.stems), len(y.stems)
    xset, xrep, xs, xcset, xcrep = rare.words(x)
    yset, yrep, ys, ycset, ycrep = rare.words(y)
    shared_words = common(xset, xrep, yset, yrep)
    content = (2.0 * common(xcset, xcrep, ycset, ycrep) / (len(xs) + len(ys))
               if xs and ys else None)
    return _score_of(x, y, rare, 2.0 * shared_words / (lx + ly), content,
                     shared_words / min(lx, ly)) + _BOUND_SLACK


def _content_seq(r: Rendering) -> tuple:
    return tuple(s for s in r.stems if s in r.content)


def _text_score(x: Rendering, y: Rendering, rare: Rarity) -> float:
    cfg = settings()
    if not x.stems or not y.stems:
        return 0.0
    full_ops = rare.align(x.stems, y.stems)
    verbatim = ratio(full_ops, len(x.stems), len(y.stems))
    # words in order, counted twice: all words, and content words only ("we will not allow X"
    # and "we will not tolerate Y" share their function words, not what they say)
    xs, ys = _content_seq(x), _content_seq(y)
    content = ratio(rare.align(xs, ys), len(xs), len(ys)) if xs and ys else None
    contained = containment(full_ops, len(x.stems), len(y.stems))
    if scattered(full_ops, len(x.stems), len(y.stems)):
        contained = 0.0   # "price freeze" in "the price of bread ... before any freeze"
    score = _score_of(x, y, rare, verbatim, content, contained)
    if x.speaker and y.speaker and named(x.quote.speaker) and named(y.quote.speaker) and \
            not _same(x, y) and verbatim < float(cfg.get("other_speaker_min_score", 0.9)):
        return 0.0  # another speaker's words: only a near-verbatim match is the same quote
    return score


def scattered(ops, len_a: int, len_b: int) -> bool:
    """A shorter quotation whose words the longer holds in order but spread out, not as the
    phrase a fragment is: "price freeze" meets "the price of bread will go up again long
    before any freeze" by chance. Past ``fragment_phrase_words`` words, only when no
    ``fragment_run_words`` of them stand together either ("I want to tell the story" in "I
    just want to be clear ... tell their side of the story": word by word)."""
    cfg = settings()
    shorter = min(len_a, len_b)
    if len_a == len_b:
        return False
    on_long = [(j1, j2) if len_a < len_b else (i1, i2)
               for t, i1, i2, j1, j2 in ops if t == "equal"]
    if not on_long or (shorter > int(cfg.get("fragment_phrase_words", 0))
                       and max(e - s for s, e in on_long) >= int(cfg.get("fragment_run_words", 3))):
        return False
    spread = on_long[-1][1] - on_long[0][0]
    return spread > shorter + int(cfg.get("fragment_phrase_slack", 2))


def _score_of(x: Rendering, y: Rendering, rare: Rarity, verbatim: float,
              content: Optional[float], contained: float) -> float:
    """The text score from the share of words matched in order (all words, content words)
    and of the shorter side matched; every step grows with them, so upper bounds of the
    three give an upper bound of the score (:func:`_score_bound`)."""
    cfg = settings()
    score = verbatim if content is None else min(verbatim, content)
    both = x.content | y.content
    if len(x.content & y.content) < min(2, len(both)):
        score *= 0.5  # one shared word of several is no evidence of one utterance
    shorter = x if len(x.content) <= len(y.content) else y
    if len(shorter.content) >= int(cfg.get("fragment_min_content", 1)) + 1 or (
            len(shorter.content) >= 1 and len(shorter.stems) >= 3):
        if contained >= float(cfg.get("fragment_containment", 0.8)):
            score = max(score, 0.9 * contained)
    shared = x.content & y.content
    if len(shared) >= int(cfg.get("translation_min_shared", 3)):
        wx, wy = rare.weight(x.content), rare.weight(y.content)
        score = max(score, 2.0 * rare.weight(frozenset(shared)) / (wx + wy))
    return score


def _same(x: Rendering, y: Rendering) -> bool:
    if x.speaker == y.speaker:
        return True
    try:
        return bool(SAME_SPEAKER(x.quote.speaker, y.quote.speaker))
    except Exception:
        return False


def context_score(x: Rendering, y: Rendering, rare: Rarity) -> float:
    """Rarity-weighted overlap of the sentences around two quotes (0..1)."""
    if not x.context or not y.context:
        return 0.0
    shared = x.context & y.context
    if not shared:
        return 0.0
    return 2.0 * rare.weight(frozenset(shared)) / (rare.weight(x.context) + rare.weight(y.context))


def _one_word(x: Rendering, y: Rendering) -> bool:
    """Two renderings sharing one content word of several: the words are no evidence of one
    utterance ("treated very unfairly" and "very, very unfairly" said of two people), so a
    copy pairs them only when the sentences around them agree as well."""
    return len(x.content & y.content) < min(2, len(x.content | y.content))


def copy_pairs(parent: list[Rendering], child: list[Rendering], rare: Rarity,
               threshold: float) -> list[tuple[Rendering, Rendering, float]]:
    """Quotes of a copy paired with its parent's in reading order (max-weight, monotone)."""
    cfg = settings()
    w_ctx = float(cfg.get("context_weight", 0.5))
    n, m = len(parent), len(child)
    if not n or not m:
        return []
    score = [[0.0] * m for _ in range(n)]
    for i, p in enumerate(parent):
        for j, c in enumerate(child):
            if not (p.content & c.content or p.context & c.context):
                continue
            ctx = context_score(p, c, rare)
            # the pair's score grows with the text score: an upper bound of that (no
            # alignment) below the threshold leaves the pair out as the score would
            t = (rare.scores.get((p.stems, c.stems, p.speaker, c.speaker))
                 or _score_bound(p, c, rare))
            if t < 0.9 and max(t, (1 - w_ctx) * t + w_ctx * ctx) < threshold:
                continue
            t = text_score(p, c, rare)
            blend = (1 - w_ctx) * t + w_ctx * ctx
            s = t if t >= 0.9 else blend if _one_word(p, c) else max(t, blend)
            score[i][j] = s if s >= threshold else 0.0
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, nxt = best[i], best[i + 1]
        for j in range(m - 1, -1, -1):
            take = score[i][j] + nxt[j + 1] if score[i][j] else 0.0
            row[j] = max(nxt[j], row[j + 1], take)
    out = []
    i = j = 0
    while i < n and j < m:
        if score[i][j] and abs(best[i][j] - (score[i][j] + best[i + 1][j + 1])) < 1e-12:
            out.append((parent[i], child[j], score[i][j]))
            i += 1
            j += 1
        elif abs(best[i][j] - best[i + 1][j]) < 1e-12:
            i += 1
        else:
            j += 1
    return out


def group(renderings: list[Rendering], derived: list[tuple[str, str]] = (),
          rare: Rarity | None = None) -> tuple[list[list[Rendering]], dict]:
    """Clusters of renderings (reading order) and the copy → parent quote pairs found.

    ``derived`` lists (parent document id, child document id) pairs. Identical renderings
    collapse into units; candidates come from the index; ``clustering.place`` puts each unit
    with the anchor it matches best (no single-link chains).
    """
    cfg = settings()
    rare = rare or rarity(renderings)
    units = units_of([r for r in renderings if r.norms], rendering_elsewhere)
    unit_of = {r.id: u for u in units for r in u.members}
    postings: dict = defaultdict(list)
    for d, u in enumerate(units):
        r = u.head
        for s in r.content:
            postings[s].append(d)
            if r.speaker:
                postings[(r.speaker, s)].append(d)
    cap = int(cfg.get("max_posting", 60))
    top_k = int(cfg.get("candidates_per_rendering", 12))

    def candidates(d: int) -> list[int]:
        r = units[d].head
        weights: dict = defaultdict(float)
        for s in r.content:
            w = rare.idf(s)
            for key in (s, (r.speaker, s)) if r.speaker else (s,):
                plist = postings.get(key, ())
                if len(plist) > cap:
                    # a common word: only the renderings nearest in reading order, and the
                    # earliest (where originals stand), are looked at through it
                    p = bisect_left(plist, d)
                    plist = plist[:cap // 4] + plist[max(cap // 4, p - cap // 4):p + cap // 4]
                for o in plist:
                    weights[o] += w
        weights.pop(d, None)   # the unit itself, dropped once (each sum keeps its order)
        return [o for o, _ in nsmallest(top_k, weights.items(), key=lambda kv: (-kv[1], kv[0]))]

    share = float(cfg.get("fragment_containment", 0.8))

    def inside(x: Rendering, anchor: Rendering) -> bool:
        if len(x.stems) >= len(anchor.stems):
            return False
        ops = rare.align(x.stems, anchor.stems)
        return containment(ops, len(x.stems), len(anchor.stems)) >= share and \
            not scattered(ops, len(x.stems), len(anchor.stems))

    placed = place(units, candidates, lambda x, y, floor: score_with_floor(x, y, rare, floor),
                   inside, cfg, described_elsewhere)
    # copies: quotes paired with the parent's in reading order
    by_doc: dict = defaultdict(list)
    for r in renderings:
        by_doc[r.doc.id].append(r)
    for lst in by_doc.values():
        lst.sort(key=lambda r: r.quote.start)
    preferred: dict = {}
    moves = []
    for parent_id, child_id in derived:
        for p, c, s in copy_pairs(by_doc.get(parent_id, []), by_doc.get(child_id, []), rare,
                                  float(cfg.get("copy_min_score", 0.3))):
            moves.append((p, c, s))
            preferred[(c.id, parent_id)] = p.id
    placed = move_copies(placed, moves, unit_of, float(cfg.get("strong_score", 0.8)))
    ordered = [sorted((r for u in g for r in u.members), key=lambda x: (x.order, x.quote.start))
               for g in placed]
    ordered += [[r] for r in renderings if not r.norms]   # no words: a group of its own
    ordered.sort(key=lambda c: (c[0].order, c[0].quote.start))
    return ordered, preferred


def one_utterance_each(pairs: list[tuple[Rendering, Rendering, str]], preferred: dict,
                       rare: Rarity) -> list[tuple[Rendering, Rendering, str]]:
    """Copy → parent pairs, a parent's rendering compared with one utterance of the copy.

    When several quotes of one copy would be compared with the same parent quote, the copy
    quotes two utterances (an updated story adds a new statement beside the one it kept):
    each is kept only when it is the pair found in reading order (``preferred``), a fragment
    of the parent's words or a fuller rendering of them (unless the copy also prints the
    parent's words as they stand: then a fuller one is another quotation), or the best match."""
    share = float(settings().get("fragment_containment", 0.8))
    claims: dict = defaultdict(list)
    for n, (p, c, _) in enumerate(pairs):
        claims[(p.id, c.doc.id)].append(n)
    drop = set()
    for idx in claims.values():
        if len(idx) < 2:
            continue
        best = max(idx, key=lambda n: text_score(pairs[n][0], pairs[n][1], rare))
        exact = pairs[best][0].stems == pairs[best][1].stems   # then a longer one is another
        for n in idx:
            p, c, _ = pairs[n]   # rare.align: the alignment text_score made in max() above
            if n != best and preferred.get((c.id, p.doc.id)) != p.id and (exact or containment(
                    rare.align(p.stems, c.stems), len(p.stems), len(c.stems)) < share):
                drop.add(n)
    return [x for n, x in enumerate(pairs) if n not in drop]
