"""``quotecheck quotes PATH...``: list every quotation with its speaker and reporting verb.

Loads the inputs (reporting each bad one as a one-line error), extracts quotes over the whole
story so speakers are unified across documents, and hands the report to the chosen reporter.
Rule options (``--select``, ``--ignore``, ``--rules``) have nothing to act on here and
say so. Exit status 2 if any input could not be read or a plugin failed (unless
``--plugin-errors warning``), else 0.
"""
from __future__ import annotations

from quotecheck.commands import check_format
from quotecheck.load.loader import load_paths
from quotecheck.model import Report
from quotecheck.story import Story


def report_load_errors(app, errors, warnings=()) -> None:
    """Print each file skipped while walking a folder as ``quotecheck: FILE: why`` and each
    load error as ``quotecheck: error: FILE:LINE: message`` on stderr."""
    from quotecheck.report.terminal import visible

    for note in warnings:
        app.warn(str(note))
    for exc in errors:
        print(f"quotecheck: error: {visible(str(exc))}", file=app.stderr)


def load_inputs(app, pm):
    """The LoadResult of the command's paths (progress shown, ``--max-file-size`` applied)."""
    from quotecheck.load.walkfilter import WalkFilter

    result = load_paths(app.options.paths, role="compared", progress=app.progress, plugins=pm,
                        max_file_size=app.option("max_file_size"),
                        walk_filter=WalkFilter(app.option("exclude"), app.option("exclude_root")))
    if app.stderr.isatty() and not app.option("quiet"):
        print("\r\033[K", end="", file=app.stderr)  # clear the progress line
    report_load_errors(app, result.errors, result.warnings)
    return result


def run(app) -> int:
    """Run the command; returns the exit status."""
    from quotecheck.plugins.manager import get_plugin_manager
    from quotecheck.report.output import emit

    ignored = [f"--{flag}" for flag in ("select", "ignore", "rules") if app.option(flag)]
    if ignored:
        app.warn(f"quotes runs no rules: {', '.join(ignored)} ignored")
    pm = get_plugin_manager(app.options)
    mark = len(pm.failures)
    check_format(app, pm)  # exit 2 before any work for an unknown --format
    result = load_inputs(app, pm)
    story = Story(result.documents)
    report = Report(command="quotes", documents=result.documents,
                    quotes=story.quotes if result.documents else [])
    emit(app, report, default_format="text")
    pm.report_errors(app.warn)
    plugin_failed = pm.failures_since(mark) and app.option("plugin_errors") != "warning"
    return 2 if result.errors or plugin_failed else 0
