"""Embedded social posts as quotations: a tweet shown in a page is its author's words.

The post's text (:func:`quotecheck.load.embedposts.embedded_posts`) becomes one quotation
whose speaker is the author its signature names ("— Jane Doe (@jdoe) March 3, 2024"), not
the outlet's narration; quote marks inside the post open no quotation of their own.
"""
from __future__ import annotations

from dataclasses import replace

from quotecheck.load.embedposts import embedded_posts
from quotecheck.model import Document, Quote


def post_quotes(doc: Document) -> list[Quote]:
    """One quotation per embedded post of ``doc`` (ids assigned by the caller)."""
    out = []
    for s, e, author in embedded_posts(doc):
        o0, o1 = doc.view.span(s, e)
        if o1 > o0:
            out.append(Quote(id="", document=doc.id, start=o0, end=o1, text=doc.text[o0:o1],
                             speaker=author))
    return out


def with_embedded_posts(doc: Document, quotes: list) -> list:
    """``quotes`` plus ``doc``'s embedded posts, in text order, numbered ``doc#qN`` (titles of
    works keep their own ``doc#tN``)."""
    return merged_quotes(doc, quotes, post_quotes(doc) if doc.regions else [])


def merged_quotes(doc: Document, quotes: list, more: list) -> list:
    """``quotes`` plus ``more`` (quotations found without marks: posts, speech turns), in text
    order, numbered ``doc#qN`` (titles of works keep their own ``doc#tN``); ``quotes`` itself
    when ``more`` is empty."""
    if not more:
        return quotes
    merged = sorted(quotes + more, key=lambda q: (q.start, q.end))
    numbers = iter(range(1, len(merged) + 1))
    return [q if q.kind == "title" else replace(q, id=f"{doc.id}#q{next(numbers)}")
            for q in merged]
