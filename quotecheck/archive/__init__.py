"""Archive mode: a growing collection of articles, stories found by the tool, quote histories.

Takes articles (JSON Lines or folders) day by day; gives partitioned stage outputs (Parquet),
stories found by windowed candidate pairs, per-story analyses from :class:`~quotecheck.story.
Story`, quote families across the archive and a query index (SQLite FTS5). Stages are pure
functions over partitions (days, windows, stories) run by an :mod:`~quotecheck.archive.engine`
(a local process pool, or Dask), so every engine gives the same result.
"""
