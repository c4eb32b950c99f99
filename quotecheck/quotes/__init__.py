"""Stage 2, quotations: every quotation of a document with its speaker and reporting verb.

Takes Documents and gives :class:`quotecheck.model.Quote` values. Entry points:
:func:`quotecheck.quotes.extract.extract_quotes` (one document) and
:func:`~quotecheck.quotes.extract.extract_story_quotes` (speakers unified across a story).
Attribution cues (:mod:`~quotecheck.quotes.attribution`, :mod:`~quotecheck.quotes.conventions`),
speaker names (:mod:`~quotecheck.quotes.speakers`) and their resolution within a document
(:mod:`~quotecheck.quotes.coreference`, :mod:`~quotecheck.quotes.pronouns`,
:mod:`~quotecheck.quotes.descriptions`) are its helpers.
"""
