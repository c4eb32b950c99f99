"""The ``concise`` reporter: one line per finding, ``path:line:col: CODE [severity] message``.

The format editors and ``grep`` understand; suppressed findings are left out. Control
characters in paths and messages are shown visibly (a newline in a file name cannot start a
line of its own).
"""
from __future__ import annotations

from quotecheck import hookimpl
from quotecheck.report.terminal import visible


class ConciseReporter:
    """One line per finding."""

    name = "concise"
    description = "one line per finding: path:line:col: CODE [severity] message"

    def render(self, report, options) -> str:
        lines = []
        for f in report.findings:
            if f.suppressed:
                continue
            doc = report.document(f.document)
            path = doc.path if doc is not None else f.document
            line, col = doc.line_col(f.start) if doc is not None else (1, 1)
            message = visible(" ".join(f.message.split()))
            lines.append(f"{visible(path)}:{line}:{col}: {visible(f.code)} [{f.severity}] "
                         f"{message}")
        return "\n".join(lines) + ("\n" if lines else "")


@hookimpl
def quotecheck_reporters():
    return [ConciseReporter()]
