"""quotecheck: find every quotation, align its renderings across outlets, type each change,
work out who copied whom, and lint a draft against its sources.

The importable API lives in :mod:`quotecheck.api`; this module stays import-light so that the
command line starts fast.
"""
__version__ = "0.1.0"
