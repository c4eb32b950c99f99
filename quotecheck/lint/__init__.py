"""The draft check: a draft's quotations, speakers and figures against its sources.

Takes drafts and sources (Documents) and gives a :class:`quotecheck.model.Report` of findings,
with inline suppressions and a baseline applied. Entry point:
:func:`quotecheck.lint.drafts.check_documents`. Matching works on canonical word keys
(:mod:`~quotecheck.lint.wordkeys`, :mod:`~quotecheck.lint.matching`); the rule engine and
plugins are reached through :mod:`~quotecheck.lint.findings`.
"""
