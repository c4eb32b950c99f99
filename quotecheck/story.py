"""A story set: the documents of one run and the analyses computed over them, on demand.

Checks and reporters receive a :class:`Story`. Analyses (quotes, provenance, alignment) are
computed the first time someone asks for them and then shared, so plugin order does not
matter and nothing is computed that no check needs. That work is the pipeline's, so it does
not count against the time budget of the plugin hook that happened to ask first.
"""
from __future__ import annotations

from functools import cached_property
from typing import Any, Optional

from quotecheck.model import Document, Quote, analysed
from quotecheck.resources import budget


class Story:
    """Documents of one run with lazily computed, shared analyses."""

    def __init__(self, documents: list[Document], config: Any = None,
                 quotes: Optional[list[Quote]] = None):
        self.documents = documents
        self.config = config
        self._by_id = {d.id: d for d in documents}
        if quotes is not None:
            self.__dict__["quotes"] = quotes

    def document(self, doc_id: str) -> Document:
        return self._by_id[doc_id]

    @cached_property
    def quotes(self) -> list[Quote]:
        """Every quotation of every document, speakers unified across documents, titles of
        works included (kind ``title``): the listing."""
        from quotecheck.quotes.extract import extract_story_quotes

        with budget.paused():
            return extract_story_quotes(self.documents)

    @property
    def analysed_quotes(self) -> list[Quote]:
        """The quotations grouping, alignment, provenance and checks act on: titles of works
        left out (:func:`quotecheck.model.analysed`)."""
        quotes = self.quotes
        cached = self.__dict__.get("_analysed")
        if cached is None or cached[0] is not quotes or cached[1] != len(quotes):
            cached = (quotes, len(quotes), analysed(quotes))
            self.__dict__["_analysed"] = cached
        return cached[2]

    def quotes_of(self, doc_id: str) -> list[Quote]:
        """``doc_id``'s analysed quotations (no titles of works) in story order (grouped once
        per quote list: checks ask per document, and a scan of every quote per document grew
        with the square)."""
        quotes = self.analysed_quotes
        cached = self.__dict__.get("_quotes_by_doc")
        if cached is None or cached[0] is not quotes or cached[1] != len(quotes):
            by_doc: dict = {}
            for q in quotes:
                by_doc.setdefault(q.document, []).append(q)
            cached = (quotes, len(quotes), by_doc)
            self.__dict__["_quotes_by_doc"] = cached
        return list(cached[2].get(doc_id, ()))

    @cached_property
    def provenance(self):
        """Derivation edges, independent roots and whole-text findings (ProvenanceResult)."""
        from quotecheck.provenance.infer import infer_provenance

        quotes = self.analysed_quotes
        with budget.paused():
            return infer_provenance(self.documents, quotes)

    @cached_property
    def alignment(self):
        """Quote clusters, pair alignments and typed differences (AlignmentResult)."""
        from quotecheck.align.analyse import analyse_quotes

        quotes, provenance = self.analysed_quotes, self.provenance
        with budget.paused():
            return analyse_quotes(self.documents, quotes, provenance)
