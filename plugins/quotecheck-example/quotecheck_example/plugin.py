"""Hooks of the example plugin: one rule type, its rule file, and one reporter."""
from __future__ import annotations

import re
from pathlib import Path

from quotecheck import Detection, RuleType, hookimpl

__version__ = "0.2.0"


class AllCaps(RuleType):
    """Words in capital letters that are not allowed acronyms."""

    name = "all-caps"
    description = "a word of capital letters (not a known acronym) in the narration"
    options = {"min-length": int, "allow": list[str]}

    def compile(self, rule):
        super().compile(rule)
        size = int(rule.options.get("min-length", 4))
        pattern = re.compile(r"\b[A-Z]{%d,}\b" % max(2, size))
        return pattern, frozenset(rule.options.get("allow", ()))

    def check_document(self, rule, compiled, document, story):
        pattern, allowed = compiled
        view = document.view
        for m in pattern.finditer(view.text):
            if m.group(0) in allowed:
                continue
            start, end = view.span(m.start(), m.end())
            yield Detection(self.name, "all-caps", document.id, start, end)


class TsvReporter:
    """One tab-separated line per finding: path, line, column, code, severity, message."""

    name = "tsv"
    description = "tab-separated findings (example plugin)"

    def render(self, report, options) -> str:
        rows = ["path\tline\tcolumn\tcode\tseverity\tmessage"]
        for f in report.findings:
            doc = report.document(f.document)
            line, col = doc.line_col(f.start) if doc is not None else (1, 1)
            path = doc.path if doc is not None else f.document
            rows.append(f"{path}\t{line}\t{col}\t{f.code}\t{f.severity}\t{f.message}")
        return "\n".join(rows) + "\n"


@hookimpl
def quotecheck_rule_types():
    return [AllCaps()]


@hookimpl
def quotecheck_rule_paths():
    return [Path(__file__).parent / "rules"]


@hookimpl
def quotecheck_reporters():
    return [TsvReporter()]
