"""The ``sarif`` reporter: SARIF 2.1.0 for code-scanning tools (GitHub, IDEs, dashboards).

Every enabled rule is listed in ``tool.driver.rules`` with its help text; results carry
``ruleIndex``, a level from the severity, ``partialFingerprints`` and 1-based line and column
numbers counted in Unicode code points (``columnKind``); related spans become
``relatedLocations`` and suppressed findings carry ``suppressions``.
"""
from __future__ import annotations

from quotecheck import hookimpl

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "quotecheck/v1"


def _uri(path: str) -> str:
    from pathlib import Path, PurePath
    from urllib.parse import quote

    from quotecheck.report.output import portable_path

    p = PurePath(portable_path(path))
    if p.is_absolute():
        return Path(path).as_uri()
    # surrogateescape: a file name that is not UTF-8 is %-escaped as its own bytes
    return quote(p.as_posix(), safe="/:@!$&'()*+,;=-._~", errors="surrogateescape")


SHORT = 80   # characters of a rule's shortDescription (a title, not a paragraph)
DOCS_URI = "https://github.com/quotecheck/quotecheck/blob/main/docs/rules/{code}.md"


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    for i, ch in enumerate(text):
        if ch in ".!?" and (i + 1 == len(text) or text[i + 1] == " ") and i > 20:
            return text[: i + 1]
    return text


def _short(text: str) -> str:
    """A title from a rule's ``what``: its first sentence without parenthesised examples or
    a list after a colon, at most :data:`SHORT` characters, cut at a word."""
    import re

    first = _first_sentence(re.sub(r"\s*\([^()]*\)", "", text)).rstrip(".")
    for mark in (": ", ", such as "):
        at = first.find(mark, 20)
        if at > 0:
            first = first[:at]
    if len(first) <= SHORT:
        return first
    return first[:SHORT - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _rule_entry(rule, ruleset=None) -> dict:
    """A rule's ``tool.driver.rules`` entry; its level is the rule's severity in this run
    (the configuration's ``severity`` table over the rule file's: ``RuleSet.severity_of``)."""
    severity = (ruleset.severity_of(rule) if hasattr(ruleset, "severity_of")
                else rule.severity)
    help_lines = [rule.what, "", "Why: " + rule.why]
    md = [f"**{rule.code} {rule.name}**", "", rule.what, "", "**Why.** " + rule.why]
    for ex in rule.examples:
        if "invalid" in ex:
            help_lines += ["", "Reported: " + " ".join(ex["invalid"].split())]
            md += ["", "Reported:", "", "> " + " ".join(ex["invalid"].split())]
        if "valid" in ex:
            help_lines += ["", "Not reported: " + " ".join(ex["valid"].split())]
            md += ["", "Not reported:", "", "> " + " ".join(ex["valid"].split())]
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": _short(rule.what)},
        "fullDescription": {"text": " ".join(rule.what.split())},
        "help": {"text": "\n".join(help_lines), "markdown": "\n".join(md)},
        **({"helpUri": DOCS_URI.format(code=rule.code)} if _shipped(rule) else {}),
        "defaultConfiguration": {"level": LEVELS.get(severity, "warning")},
        "properties": {"tags": list(dict.fromkeys(
                           t for t in (rule.type, rule.category, rule.scope) if t)),
                       "severity": severity},
    }


def _shipped(rule) -> bool:
    """Whether a rule has a docs page (docs/rules/CODE.md): a rule shipped with quotecheck."""
    from pathlib import Path

    try:
        from quotecheck.resources.ruledata import rules_root

        return bool(rule.path) and Path(rule.path).resolve().is_relative_to(
            Path(rules_root()).resolve())
    except (OSError, ValueError, ImportError):
        return False


def _inside_root(report, doc_id: str) -> bool:
    """Whether a document lies under the working folder (SARIF's SRCROOT)."""
    from pathlib import Path

    doc = report.document(doc_id)
    if doc is None:
        return False
    try:
        return Path(doc.path).resolve().is_relative_to(Path.cwd().resolve())
    except (OSError, ValueError):
        return False


def _location(report, doc_id: str, start: int, end: int) -> dict:
    from quotecheck.report.output import span_location

    doc = report.document(doc_id)
    path = doc.path if doc is not None else doc_id
    line, col, end_line, end_col = span_location(doc, start, end)
    region = {"startLine": line, "startColumn": col, "endLine": end_line,
              "endColumn": end_col, "charOffset": start, "charLength": max(0, end - start)}
    if doc is not None and end > start:
        region["snippet"] = {"text": doc.text[start:end]}
    uri = _uri(path)
    artifact = {"uri": uri} if ":" in uri.split("/", 1)[0] else {"uri": uri,
                                                                "uriBaseId": "SRCROOT"}
    return {"physicalLocation": {"artifactLocation": artifact, "region": region}}


class SarifReporter:
    """SARIF 2.1.0 log with one run."""

    name = "sarif"
    description = "SARIF 2.1.0 (code scanning: GitHub, IDEs)"

    def render(self, report, options) -> str:
        import json
        from pathlib import Path

        from quotecheck import __version__
        from quotecheck.rules.engine import fingerprint_findings

        ruleset = getattr(options, "ruleset", None)
        if ruleset is None:
            ruleset = (report.extras or {}).get("ruleset")
        rules = list(ruleset.enabled()) if ruleset is not None else []
        entries = [_rule_entry(r, ruleset) for r in rules]
        index = {r.code: i for i, r in enumerate(rules)}
        findings = fingerprint_findings(list(report.findings), report)
        results = []
        for f in findings:
            if f.code not in index:
                rule = ruleset.get(f.code) if ruleset is not None else None
                index[f.code] = len(entries)
                entries.append(_rule_entry(rule, ruleset) if rule is not None else {
                    "id": f.code, "name": f.name,
                    "shortDescription": {"text": f.name},
                    "defaultConfiguration": {"level": LEVELS.get(f.severity, "warning")}})
            result = {
                "ruleId": f.code,
                "ruleIndex": index[f.code],
                "level": LEVELS.get(f.severity, "warning"),
                "message": {"text": f.message},
                "locations": [_location(report, f.document, f.start, f.end)],
                "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
                "properties": {"category": f.category, "severity": f.severity},
            }
            related = []
            for rel in f.related:
                if not _inside_root(report, rel.document):
                    continue  # code scanning shows only files of the repository
                loc = _location(report, rel.document, rel.start, rel.end)
                i = len(related) + 1
                loc["id"] = i
                if rel.message:
                    loc["message"] = {"text": rel.message}
                related.append(loc)
            if related:
                result["relatedLocations"] = related
            if f.suppressed:
                result["suppressions"] = [{"kind": "inSource", "status": "accepted", **(
                    {"justification": f.justification} if f.justification else {})}]
            results.append(result)
        root = Path.cwd().as_uri().rstrip("/") + "/"
        log = {
            "$schema": SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "quotecheck",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "informationUri": "https://github.com/quotecheck/quotecheck",
                    "rules": entries,
                }},
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {"SRCROOT": {"uri": root}},
                "invocations": [{"executionSuccessful": True}],
                "results": results,
            }],
        }
        return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


@hookimpl
def quotecheck_reporters():
    return [SarifReporter()]
