"""Archive mode: a growing collection of articles, stories found by the tool, quote histories.

Takes articles (JSON Lines or folders) day by day; gives partitioned stage outputs (Parquet),
stories found by windowed candidate pairs, per-story analyses from :class:`~quotecheck.story.
Story`, quote families across the archive and a query index (SQLite FTS5). Stages are pure
functions over partitions (days, windows, stories) run by an :mod:`~quotecheck.archive.engine`
(a local process pool, or Dask), so every engine gives the same result.

Entry points (library): ``update(archive, inputs, engine=None)``, ``query_quote(archive, words,
speaker=None)``, ``query_copies(archive, since=None, until=None, uncredited=False)``,
``query_story(archive, document)``, ``stats(archive)``, ``export(archive, out)``.
"""

_LAZY = {
    "update": "quotecheck.archive.driver", "UpdateResult": "quotecheck.archive.driver",
    "query_quote": "quotecheck.archive.queries", "query_copies": "quotecheck.archive.queries",
    "query_story": "quotecheck.archive.queries", "stats": "quotecheck.archive.queries",
    "export": "quotecheck.archive.queries", "Settings": "quotecheck.archive.store",
    "make_engine": "quotecheck.archive.engine",
}
__all__ = sorted(_LAZY)


def __getattr__(name):
    """Load a public name on first use (DuckDB is imported only when a stage runs)."""
    import importlib

    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'quotecheck.archive' has no attribute {name!r}")
