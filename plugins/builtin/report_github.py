"""The ``github`` reporter: GitHub Actions workflow commands that annotate the changed files.

``::warning file=...,line=...,col=...,endLine=...,endColumn=...,title=CODE name::message``,
escaped per GitHub's rules (``%``, CR and LF in messages; also ``:`` and ``,`` in properties),
after every other control character is shown visibly (an ESC in a log line would reach the
reader's terminal or the log viewer). GitHub shows at most 10 annotations of each level per
step; when a level has more, a first ``::notice`` says so (all lines are still in the log).
"""
from __future__ import annotations

from quotecheck import hookimpl
from quotecheck.report.terminal import visible

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
GITHUB_LIMIT = 10


def escape_data(text: str) -> str:
    """Escape a workflow command's message (line breaks kept as GitHub's escapes)."""
    text = visible(text, keep="\r\n")
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value (also ``:`` and ``,``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter:
    """Workflow annotations for GitHub Actions."""

    name = "github"
    description = "GitHub Actions annotations (::error / ::warning / ::notice)"

    def render(self, report, options) -> str:
        from quotecheck.report.output import portable_path, span_location

        lines = []
        counts = {"error": 0, "warning": 0, "notice": 0}
        for f in report.findings:
            if f.suppressed:
                continue
            level = LEVELS.get(f.severity, "warning")
            counts[level] += 1
            doc = report.document(f.document)
            path = portable_path(doc.path if doc is not None else f.document)
            line, col, end_line, end_col = span_location(doc, f.start, f.end)
            props = [f"file={escape_property(path)}", f"line={line}", f"col={col}",
                     f"endLine={end_line}", f"endColumn={max(col, end_col - 1)}",
                     f"title={escape_property(f'{f.code} {f.name}')}"]
            lines.append(f"::{level} {','.join(props)}::{escape_data(f.message)}")
        over = {lvl: n for lvl, n in counts.items() if n > GITHUB_LIMIT}
        if over:
            detail = ", ".join(f"{n} {lvl}s" for lvl, n in over.items())
            lines.insert(0, "::notice title=quotecheck::" + escape_data(
                f"{detail}: GitHub shows at most {GITHUB_LIMIT} annotations of each level per "
                "step; the rest are in this log (use --format sarif for code scanning)"))
        return "\n".join(lines) + ("\n" if lines else "")


@hookimpl
def quotecheck_reporters():
    return [GithubReporter()]
