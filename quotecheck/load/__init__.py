"""Stage 1, load: files become Documents with metadata, outlets and page chrome marked.

Takes paths (``.txt``, ``.md``, ``.html``; front matter or a manifest for metadata) and gives
:class:`quotecheck.model.Document` values with their readable view. Entry point:
:func:`quotecheck.load.loader.load_paths` (``LoadResult``: documents and per-file errors).
Also here: the outlet table (:mod:`~quotecheck.load.outlets`) and page-chrome patterns
(:mod:`~quotecheck.load.boilerplate`).
"""
