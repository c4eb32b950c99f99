"""``quotecheck archive update|query|stats|export``: archive mode over a growing collection.

Thin: parse the subcommand's options, choose the engine, call :mod:`quotecheck.archive` and
print. Exit status 2 for input or usage errors (after ingesting everything that could be
read: bad lines are reported with file and line and counted), else 0.
"""
from __future__ import annotations

import argparse

ENGINE_CHOICES = ("local", "dask")
# Linking settings, fixed when the archive is created (an existing archive refuses others).
SETTING_FLAGS = {
    "--window-days": "candidate pairs within +-N days (default 2)",
    "--key-cap": "a key in more than N articles of a window links nothing (default 50)",
    "--key-df-pct": "... unless N%% of the window's articles is more (default 10; 0: off)",
    "--min-weight": "with that larger cap, a pair's shared keys carry N nats (default 45; "
                    "less while the cap is under 4 times --key-cap)",
    "--min-shared": "a candidate pair shares at least N keys (default 8)",
    "--min-share-pct": "... and at least N%% of the smaller article's keys (default 15)",
    "--top-k": "keep the N strongest pairs per article and window (default 5)",
    "--max-story": "split a connected group of more than N articles by sub-window (default 200)",
}


def _add_engine(p: argparse.ArgumentParser) -> None:
    p.add_argument("--engine", choices=ENGINE_CHOICES, default="local",
                   help="where stage tasks run: this machine (default) or a Dask cluster")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="worker processes for the per-article and per-story stages (default 1)")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="Dask: an existing scheduler's address (default: a local cluster)")
    p.add_argument("--memory-limit", default=None, metavar="SIZE",
                   help="Dask: memory limit per worker, such as 2GiB")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress or summary on stderr")


def _add_format(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", "-f", choices=("text", "json", "csv"), default="text",
                   help="output format (json: the quotecheck-archive/1 schema)")


def add_parser(sub) -> None:
    """The ``archive`` subcommand and its own subcommands."""
    p = sub.add_parser("archive", help="archive mode: stories, quote histories and copies "
                                       "across a growing collection of articles")
    asub = p.add_subparsers(dest="archive_command", metavar="SUBCOMMAND")
    asub.required = True
    u = asub.add_parser("update", help="ingest articles (JSON Lines files or folders), link "
                                       "and analyse the stories they touch")
    u.add_argument("archive", metavar="ARCHIVE")
    u.add_argument("inputs", nargs="+", metavar="INPUT")
    for flag, what in SETTING_FLAGS.items():
        u.add_argument(flag, type=int, default=None, metavar="N", help=what)
    u.add_argument("--undated", default=None, metavar="DATE",
                   help="the published date of folder articles that give none (front matter, "
                        "manifest or dateline); without it they are reported and skipped")
    _add_engine(u)
    q = asub.add_parser("query", help="query quote families, copies or a document's story")
    q.add_argument("archive", metavar="ARCHIVE")
    qsub = q.add_subparsers(dest="query", metavar="QUERY")
    qsub.required = True
    qq = qsub.add_parser("quote", help="quote families containing WORDS")
    qq.add_argument("words", metavar="WORDS")
    qq.add_argument("--speaker", default=None, metavar="NAME")
    qc = qsub.add_parser("copies", help="derivation edges with outlets, relation and credit")
    qc.add_argument("--since", default=None, metavar="DATE")
    qc.add_argument("--until", default=None, metavar="DATE")
    qc.add_argument("--uncredited", action="store_true", help="only copies without credit")
    qs = qsub.add_parser("story", help="the story a document belongs to")
    qs.add_argument("document", metavar="DOCUMENT_ID")
    for x in (qq, qc, qs):
        _add_format(x)
        _add_engine(x)
    s = asub.add_parser("stats", help="counts per stage and per day")
    s.add_argument("archive", metavar="ARCHIVE")
    _add_format(s)
    _add_engine(s)
    e = asub.add_parser("export", help="the index's tables as Parquet files in folder OUT")
    e.add_argument("archive", metavar="ARCHIVE")
    e.add_argument("out", metavar="OUT")
    _add_engine(e)


def run(app) -> int:
    """Run the archive subcommand; returns the exit status. A file the archive cannot read
    or write (permissions, a full disk) is one error line naming it."""
    try:
        return _run(app)
    except OSError as exc:
        from quotecheck.errors import QuotecheckError

        raise QuotecheckError(f"{exc.strerror or exc}", path=exc.filename) from None


def _run(app) -> int:
    o = app.options
    if o.workers < 1:
        from quotecheck.errors import UsageError

        raise UsageError("--workers: give at least 1")
    if o.archive_command == "update":
        return _update(app)
    if o.archive_command == "export":
        from quotecheck.archive.queries import export

        counts = export(o.archive, o.out)
        if not o.quiet:
            print("quotecheck: exported " + ", ".join(f"{k} {v}" for k, v in counts.items())
                  + f" to {o.out}", file=app.stderr)
        return 0
    from quotecheck.archive import queries
    from quotecheck.archive.render import render

    if o.archive_command == "stats":
        result = queries.stats(o.archive)
    elif o.query == "quote":
        result = queries.query_quote(o.archive, o.words, speaker=o.speaker)
    elif o.query == "copies":
        result = queries.query_copies(o.archive, since=o.since, until=o.until,
                                      uncredited=o.uncredited)
    else:
        result = queries.query_story(o.archive, o.document)
    text = render(result, o.format)
    if o.format == "text" and app.stdout.isatty():
        from quotecheck.report.terminal import visible

        text = "\n".join(visible(line) for line in text.split("\n"))
    app.stdout.write(text)
    return 0


def _update(app) -> int:
    from quotecheck.archive.driver import terminal_progress, update
    from quotecheck.archive.engine import make_engine
    from quotecheck.errors import QuotecheckError, UsageError
    from quotecheck.load.metadata import iso_date

    o = app.options
    if o.undated is not None and not iso_date(o.undated):
        raise UsageError(f"--undated {o.undated!r}: not an ISO 8601 date such as 2026-03-01")
    progress = None if o.quiet else terminal_progress(app.stderr)
    try:
        engine = make_engine(o.engine, workers=o.workers, scheduler=o.scheduler,
                             memory_limit=o.memory_limit)
    except ImportError as exc:
        raise QuotecheckError(f"--engine {o.engine}: {exc} (pip install "
                              f"'quotecheck[{o.engine}]')") from None
    describe = getattr(engine, "describe", None)
    if progress is not None and describe is not None:   # on a terminal: where to watch it
        print(f"quotecheck: archive {o.archive}: running on {describe()}", file=app.stderr)
    with engine:
        result = update(o.archive, o.inputs, engine=engine, settings=_settings(o),
                        progress=progress, undated=o.undated)
    for err in result.errors:
        app.warn(f"error: {err}")
    if not o.quiet:
        print(f"quotecheck: archive {o.archive}: {result.added} new articles "
              f"({result.duplicates} duplicates, {len(result.errors)} bad inputs skipped); "
              f"{result.documents} documents, {result.stories} stories "
              f"({result.stories_analysed} analysed), {result.families} quote families, "
              f"{result.edges} edges, {result.days} days", file=app.stderr)
    return 2 if result.errors else 0


def _settings(o):
    """The linking settings given on the command line over the archive's stored ones (or
    the defaults for a new archive); None when none is given. ``open_archive`` refuses a
    change for an existing archive."""
    from dataclasses import replace
    from pathlib import Path

    from quotecheck.archive.store import SETTINGS_NAME, Settings, read_json, stored_settings
    from quotecheck.errors import UsageError

    given = {flag[2:].replace("-", "_"): getattr(o, flag[2:].replace("-", "_"))
             for flag in SETTING_FLAGS}
    given = {k: v for k, v in given.items() if v is not None}
    if not given:
        return None
    for k, v in given.items():
        if v < (0 if k in ("window_days", "key_df_pct", "min_weight") else 1):
            raise UsageError(f"--{k.replace('_', '-')}: {v} is too small")
    base = Settings()
    stored = read_json(Path(o.archive) / SETTINGS_NAME)
    if isinstance(stored, dict):
        try:
            base = stored_settings(stored)
        except (TypeError, ValueError):
            pass   # open_archive reports the bad settings file
    return replace(base, **given)
