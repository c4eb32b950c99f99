"""Render a command's report with the reporter ``--format`` names and write it out.

Reporters are plugins (``quotecheck_reporters``); this module only chooses one, gives it
render options, and writes to ``--output`` or standard output. The exit status is the
command's business.
"""
from __future__ import annotations

import os
from typing import Any, Optional

from quotecheck.errors import UsageError
from quotecheck.model import Report


class RenderOptions:
    """What a reporter may read: the command-line options plus resolved output settings.

    ``use_color`` is resolved from ``--color`` and whether the output is a terminal;
    ``ruleset`` is the run's RuleSet (from ``report.extras["ruleset"]`` or loaded on
    demand); any other attribute falls through to the parsed options (None if absent).
    """

    def __init__(self, options: Any, use_color: bool = False, report: Optional[Report] = None):
        self._options = options
        self.use_color = use_color
        self._report = report
        self._ruleset = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._options, name, None)

    @property
    def ruleset(self):
        if self._ruleset is None:
            extras = self._report.extras if self._report is not None else {}
            self._ruleset = extras.get("ruleset")
            if self._ruleset is None:
                from quotecheck.plugins.manager import load_ruleset

                self._ruleset, _ = load_ruleset(self._options)
        return self._ruleset


def wants_color(option: Optional[str], stream: Any) -> bool:
    """Colour for ``--color always``, or ``auto`` on a terminal without NO_COLOR."""
    if option == "always":
        return True
    if option == "never" or os.environ.get("NO_COLOR"):
        return False
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def get_reporter(name: str, pm: Any = None) -> Any:
    """The reporter registered under ``name``; UsageError listing the formats otherwise."""
    if pm is None:
        from quotecheck.plugins.manager import get_plugin_manager

        pm = get_plugin_manager()
    reporters = pm.reporters()
    if name not in reporters:
        known = ", ".join(sorted(reporters)) or "none registered"
        raise UsageError(f"unknown format {name!r} (available: {known})", key="--format")
    return reporters[name]


def render(report: Report, fmt: str, options: Any = None, pm: Any = None,
           use_color: bool = False) -> str:
    """The report rendered by the reporter for ``fmt`` (library use, no writing)."""
    if pm is None:
        from quotecheck.plugins.manager import get_plugin_manager

        pm = get_plugin_manager()
    reporter = get_reporter(fmt, pm)
    return pm.render(reporter, report, RenderOptions(options, use_color, report))


def emit(app: Any, report: Report, default_format: str = "text") -> int:
    """Render ``report`` in ``--format`` (or ``default_format``) to ``--output`` or stdout."""
    from quotecheck.plugins.manager import get_plugin_manager

    pm = get_plugin_manager(app.options)
    fmt = app.option("format") or default_format
    reporter = get_reporter(fmt, pm)
    output = app.option("output")
    color = wants_color(app.option("color"), None if output else app.stdout)
    text = pm.render(reporter, report, RenderOptions(app.options, color, report))
    pm.report_errors(app.warn)
    if text and not text.endswith("\n"):
        text += "\n"
    text = _encodable(text)
    if output:
        try:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        except OSError as exc:
            raise UsageError(f"cannot write: {exc.strerror or exc}", path=output) from None
    else:
        app.stdout.write(text)
        app.stdout.flush()
    return 0


def _encodable(text: str) -> str:
    """``text`` with lone surrogates (file names that are not UTF-8, kept by the OS's
    surrogateescape) written as ``\\udcff``, so that no output stream or file refuses it."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def span_location(document: Any, start: int, end: int) -> tuple[int, int, int, int]:
    """1-based ``(line, column, end line, end column)`` of a span, columns in code points.

    The end column is exclusive (the column just after the last character), as SARIF and
    GitHub annotations expect; a document-less span maps to line 1, column 1.
    """
    if document is None:
        return 1, 1, 1, 1
    line, col = document.line_col(start)
    end_line, end_col = document.line_col(max(start, end))
    return line, col, end_line, end_col


def display_path(report: Report, doc_id: str) -> str:
    """The path a finding's document was read from (its id if unknown)."""
    doc = report.document(doc_id)
    return doc.path if doc is not None else doc_id


def portable_path(path: str) -> str:
    """``path`` relative to the working folder when it lies inside it (for CI annotations)."""
    from pathlib import Path

    p = Path(path)
    if p.is_absolute():
        try:
            return p.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return str(path)
    return p.as_posix()
