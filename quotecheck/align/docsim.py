"""Fallback derivation test when no provenance analysis is given: shared words in order.

Two documents whose content words largely align in order (most of the smaller one's words
matched) are taken as copy and parent; the earlier published (else the earlier in the input)
is the parent. Candidates come from each document's rarest words, never from all pairs.
"""
from __future__ import annotations

import re
from collections import defaultdict

from quotecheck.align.meaningwords import is_content
from quotecheck.align.orthography import stem
from quotecheck.align.renderings import matching
from quotecheck.align.wordalign import align, matched
from quotecheck.model import Document
from quotecheck.resources.ruledata import load_data

_KEYS = 16          # a document is indexed under its rarest shared words
_POSTING = 50      # earliest documents kept per word: parents come first
_TRIES = 3         # candidate parents aligned per document


_WORD = re.compile(r"\w+(?:['\-]\w+)*")


def content_sequence(doc: Document) -> list[str]:
    """Content stems of a document in reading order (folded text, no spans needed)."""
    words = _WORD.findall(matching(doc).text)
    return [s for s in (stem(w) for w in words) if is_content(s)]


def _published_key(doc: Document, index: int) -> tuple:
    """Sort key: the publication instant (offsets applied, see ``published_instant``),
    documents without a date last, then input order."""
    from quotecheck.load.metadata import published_instant

    instant = published_instant(doc.meta.published)
    return (instant is None, instant.timestamp() if instant else 0.0, index)


def derived_pairs(docs: list[Document]) -> list[tuple[str, str, float]]:
    """(parent id, child id, share) for documents that share most content words in order.

    Documents are visited oldest first (publication time, else input order); each looks for
    a parent among earlier documents sharing its rarest words and stops at the first match.
    """
    threshold = float(load_data("alignment").get("similarity", {}).get("derived_min_share", 0.55))
    ordered = sorted(range(len(docs)), key=lambda k: _published_key(docs[k], k))
    seqs = [content_sequence(docs[k]) for k in ordered]
    sets = [frozenset(s) for s in seqs]
    df: dict = defaultdict(int)
    for st in sets:
        for w in st:
            df[w] += 1
    postings: dict = defaultdict(list)
    out = []
    for i, st in enumerate(sets):
        keys = sorted((w for w in st if df[w] >= 2), key=lambda w: (df[w], w))[:_KEYS]
        counts: dict = defaultdict(int)
        for w in keys:
            for j in postings.get(w, ()):
                counts[j] += 1
        for j, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:_TRIES]:
            a, b = seqs[j], seqs[i]
            share = 1.0 if a == b else matched(align(a, b)) / max(1, min(len(a), len(b)))
            if share >= threshold:
                out.append((docs[ordered[j]].id, docs[ordered[i]].id, share))
                break
        for w in keys:
            plist = postings[w]
            if len(plist) < _POSTING:
                plist.append(i)
    return out
