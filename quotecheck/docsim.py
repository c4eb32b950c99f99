"""Fallback derivation test when no provenance analysis is given: shared words in order.

Two documents whose content words largely align in order (most of the smaller one's words
matched) are taken as copy and parent; the earlier published (else the earlier in the input)
is the parent. Candidate pairs come from rare shared words, never from all pairs.
"""
from __future__ import annotations

from collections import defaultdict

from .difftype import is_content
from .model import Document
from .orthography import stem
from .renderings import doc_tokens
from .ruledata import load_data
from .wordalign import align, matched

_MAX_DF = 0.2        # a word in more than this share of documents is not a candidate key
_MIN_SHARED = 3      # rare words two documents must share to be compared
_PER_DOC = 8         # candidates compared per document


def content_sequence(doc: Document) -> list[str]:
    """Content stems of a document in reading order."""
    toks, _ = doc_tokens(doc)
    return [s for s in (stem(t.text) for t in toks) if is_content(s)]


def derived_pairs(docs: list[Document]) -> list[tuple[str, str, float]]:
    """(parent id, child id, share) for documents that share most content words in order."""
    threshold = float(load_data("alignment").get("similarity", {}).get("derived_min_share", 0.55))
    seqs = {d.id: content_sequence(d) for d in docs}
    order = {d.id: (d.meta.published or "~", k) for k, d in enumerate(docs)}
    df: dict = defaultdict(int)
    sets = {i: set(s) for i, s in seqs.items()}
    for s in sets.values():
        for w in s:
            df[w] += 1
    limit = max(2, int(_MAX_DF * len(docs)))
    postings: dict = defaultdict(list)
    for i, s in sets.items():
        for w in s:
            if 2 <= df[w] <= limit:
                postings[w].append(i)
    out = []
    seen = set()
    for i, s in sets.items():
        counts: dict = defaultdict(int)
        for w in s:
            for j in postings.get(w, ()):
                if j != i:
                    counts[j] += 1
        for j, c in sorted(counts.items(), key=lambda kv: -kv[1])[:_PER_DOC]:
            key = (min(i, j), max(i, j))
            if c < _MIN_SHARED or key in seen:
                continue
            seen.add(key)
            a, b = seqs[i], seqs[j]
            share = matched(align(a, b)) / max(1, min(len(a), len(b)))
            if share >= threshold:
                parent, child = (i, j) if order[i] <= order[j] else (j, i)
                out.append((parent, child, share))
    return out
