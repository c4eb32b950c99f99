"""The ``text`` reporter: quotations, or findings with their sentence and the span underlined.

Colour (when the output is a terminal or ``--color always``) marks severity; the alignment
stage may hand a rendered view of quote groups in ``report.extras["groups_text"]``. Text from
articles, file names and messages goes through ``visible`` (control characters shown, never
sent to the terminal) and the underline is measured in terminal columns.
"""
from __future__ import annotations

from quotecheck import hookimpl
from quotecheck.report.terminal import display_width, visible

_COLORS = {"error": "31", "warning": "33", "info": "36"}
_WINDOW = 70  # characters of context either side of a long span


def _paint(text: str, code: str, on: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if on and text else text


def _excerpt(doc, start: int, end: int) -> tuple[str, int, int]:
    """The line holding ``start`` (cut around the span if long, control characters shown)
    and the span's place in it in terminal columns (start, end)."""
    text = doc.text
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    le = len(text) if le < 0 else le
    s, e = start - ls, min(end, le) - ls
    line = text[ls:le]
    lo = max(0, s - _WINDOW)
    hi = min(len(line), max(e, s + 1) + _WINDOW)
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(line) else ""
    e = max(e, s + 1)
    before, span, after = (visible(part.replace("\t", " ").replace("\r", " "))
                           for part in (line[lo:s], line[s:e], line[e:hi]))
    col = display_width(prefix + before)
    return prefix + before + span + after + suffix, col, col + max(1, display_width(span))


def _related_line(report, rel) -> str:
    """``message: path:line:col “text”`` for a related span (text left out if in message)."""
    rdoc = report.document(rel.document)
    if rdoc is None:
        return visible(f"{rel.message + ': ' if rel.message else ''}{rel.document}")
    line, col = rdoc.line_col(rel.start)
    where = f"{rdoc.path}:{line}:{col}"
    text = " ".join(rdoc.text[rel.start:rel.end].split())
    if len(text) > 100:
        text = text[:99] + "…"
    shown = f" “{text}”" if text and text not in (rel.message or "") else ""
    return visible(f"{rel.message + ': ' if rel.message else ''}{where}{shown}")


def _framing_lines(report) -> list[str]:
    """The per-outlet framing table of a compare report with more than one outlet."""
    from quotecheck.report.framing_spread import framing_spread, spread_table

    rows = framing_spread(report)
    return [visible(line) for line in spread_table(rows)] if len(rows) > 1 else []


class TextReporter:
    """Human-readable output for the terminal."""

    name = "text"
    description = "readable text: quotations, or findings with the span underlined"

    def render(self, report, options) -> str:
        color = bool(getattr(options, "use_color", False))
        out: list[str] = []
        if report.command == "quotes":
            out.extend(self._quotes(report))
        extras = report.extras or {}
        lineage = extras.get("provenance_text")
        if isinstance(lineage, str) and lineage.strip():  # compare: who derives from whom first
            out.append(visible(lineage.rstrip("\n"), keep="\n"))
            out.append("")
        if report.command != "quotes" or report.findings:
            out.extend(self._findings(report, color, _min_severity(report, options)))
        groups = extras.get("groups_text")
        if isinstance(groups, str) and groups.strip():
            out.append("")
            out.append(visible(groups.rstrip("\n"), keep="\n"))
        spread = _framing_lines(report)
        if spread:
            out.append("")
            out.extend(spread)
        return "\n".join(out) + "\n"

    def _quotes(self, report) -> list[str]:
        out = []
        for q in report.quotes:
            doc = report.document(q.document)
            line, col = doc.line_col(q.start) if doc is not None else (1, 1)
            path = doc.path if doc is not None else q.document
            speaker = q.speaker or ("(title of a work)" if q.kind == "title" else "(unknown speaker)")
            verb = q.verb or "-"
            text = " ".join(q.text.split())
            out.append(visible(f"{path}:{line}:{col}: {speaker} [{verb}] “{text}”"))
        out.append(f"{len(report.quotes)} quotation{'s' if len(report.quotes) != 1 else ''} "
                   f"in {len(report.documents)} document"
                   f"{'s' if len(report.documents) != 1 else ''}")
        return out

    def _findings(self, report, color: bool, floor: str = "info") -> list[str]:
        from quotecheck.model import SEVERITY_RANK

        out: list[str] = []
        live = [f for f in report.findings if not f.suppressed]
        shown = [f for f in live if SEVERITY_RANK[f.severity] >= SEVERITY_RANK[floor]]
        if report.command == "compare":  # errors first, then warnings (document order within)
            shown.sort(key=lambda f: -SEVERITY_RANK[f.severity])
        for f in shown:
            doc = report.document(f.document)
            path = doc.path if doc is not None else f.document
            line, col = doc.line_col(f.start) if doc is not None else (1, 1)
            sev = _paint(f.severity, _COLORS.get(f.severity, "0"), color)
            out.append(f"{visible(path)}:{line}:{col}: {_paint(visible(f.code), '1', color)} "
                       f"[{sev}] {visible(f.message)} ({visible(f.name)})")
            if doc is not None:
                excerpt, s, e = _excerpt(doc, f.start, f.end)
                gutter = f"{line:>5} | "
                out.append(gutter + excerpt)
                marks = "^" * max(1, e - s)
                out.append(" " * (len(gutter) - 2) + "| " + " " * s
                           + _paint(marks, _COLORS.get(f.severity, "0"), color))
            for rel in f.related:
                out.append("      = " + _related_line(report, rel))
        counts = {s: sum(1 for f in shown if f.severity == s) for s in _COLORS}
        suppressed = len(report.findings) - len(live)
        hidden = len(live) - len(shown)
        if shown:
            parts = [f"{n} {s}{'s' if n != 1 and s != 'info' else ''}"
                     for s, n in counts.items() if n]
            summary = f"{len(shown)} finding{'s' if len(shown) != 1 else ''} ({', '.join(parts)})"
        else:
            summary = "No findings."
        if suppressed:
            summary += f"; {suppressed} suppressed"
        if hidden:
            summary += (f"; {hidden} below {floor} hidden (--min-severity "
                        f"{'info' if floor == 'warning' else 'warning'} shows them)")
        out.append(summary)
        return out


def _min_severity(report, options) -> str:
    """The lowest severity the text shows: ``--min-severity``; for ``compare`` warnings by
    default (its many info findings are house style and translation notes), else all."""
    given = getattr(options, "min_severity", None)
    if given in ("error", "warning", "info"):
        return given
    return "warning" if report.command == "compare" else "info"


@hookimpl
def quotecheck_reporters():
    return [TextReporter()]
