"""Helpers for the alignment tests: documents from strings and hand-made quotations.

The hand-made extractor pairs curly and straight quote marks with a regular expression; it
stands in for ``quotecheck.quotes.extract`` so that alignment is tested on its own.
"""
from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

from quotecheck.model import Document, Metadata, Quote
from quotecheck.text.textview import TextView

_PAT = re.compile(r"\u201c([^\u201d]+)\u201d|\"([^\"\n]+)\"|"
                  r"(?<!\w)\u2018([^\u2019\n]+(?:\u2019\w[^\u2019\n]*)*)\u2019(?!\w)")


def one_edge_provenance(parent: str, child: str) -> SimpleNamespace:
    """A provenance stand-in with one edge: ``child`` rewrites ``parent``."""
    edge = SimpleNamespace(source=parent, derived=child, relation="rewrite")
    return SimpleNamespace(edges=[edge], parent_of=lambda d: parent if d == child else None,
                           derives=lambda c, p: (c, p) == (child, parent),
                           independent_roots=lambda ids: 1)


def doc(doc_id: str, text: str, outlet: str | None = None, published: str | None = None
        ) -> Document:
    """A plain-text document."""
    return Document(doc_id, doc_id, text, TextView.identity(text),
                    Metadata(outlet=outlet, published=published))


def hand_quotes(d: Document, speaker: str | None = None) -> list[Quote]:
    """Every quotation between paired marks, with an optional speaker for all of them."""
    out = []
    for k, m in enumerate(_PAT.finditer(d.text)):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        s, e = m.span(g)
        out.append(Quote(f"{d.id}#q{k}", d.id, s, e, d.text[s:e], speaker=speaker,
                         open_start=m.start(), close_end=m.end(), partial=True))
    return out


def rendering_changes(a_text: str, b_text: str, relation: str = "independent",
                      speaker: str = "The governor") -> list[tuple[str, str]]:
    """``(category, kind)`` of each segment that is not equal between two renderings of one
    quotation, each printed as 'Intro. <speaker> said "<text>" on Monday.' in a document of
    its own and aligned under ``relation``."""
    return document_changes(f"Intro. {speaker} said \u201c{a_text}\u201d on Monday.",
                            f"Intro. {speaker} said \u201c{b_text}\u201d on Monday.", relation)


def document_changes(text_a: str, text_b: str, relation: str = "independent"
                     ) -> list[tuple[str, str]]:
    """``(category, kind)`` of each segment that is not equal between the first hand-made
    quotation of a document ``text_a`` and that of a document ``text_b``, aligned under
    ``relation``."""
    from quotecheck.align.analyse import align_renderings
    da, db = doc("a.txt", text_a), doc("b.txt", text_b)
    pa = align_renderings(hand_quotes(da)[0], da, hand_quotes(db)[0], db, relation)
    return [(s.category, s.kind) for s in pa.segments if s.category != "equal"]


def seed_docs(seeds_dir: Path) -> list[Document]:
    """The five seed articles as plain-text documents."""
    return [doc(p.name, p.read_text(encoding="utf-8")) for p in sorted(seeds_dir.glob("0*.txt"))]


def quote_at(quotes: list[Quote], doc_prefix: str, words: str) -> Quote:
    """The quote of a document (by id prefix) whose text contains ``words``."""
    for q in quotes:
        if q.document.startswith(doc_prefix) and words in q.text:
            return q
    raise LookupError(f"no quote with {words!r} in {doc_prefix}")
