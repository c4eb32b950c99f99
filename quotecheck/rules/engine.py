"""The rule engine: detections become findings, fingerprints last.

Analyses emit ``Detection(rule_type, category, ...)``; the engine finds the rule of that type
and category (``RuleSet.match``), drops it when the rule is disabled, and fills the rule's
message template from the detection's ``args``. Fingerprints hash normalised text, not line
numbers, so baselines survive edits elsewhere in a file.
"""
from __future__ import annotations

import hashlib
import re
import string
from dataclasses import replace
from typing import Any, Iterable, Mapping, Optional

from quotecheck.model import SEVERITY_RANK, Detection, Document, Finding

MISSING = "?"
MAX_FIELD_WIDTH = 100      # widths and precisions in message templates (checked at load too)
MAX_MESSAGE = 2000         # characters of a filled message; longer ones end with "…"
_NUMBER = re.compile(r"\d+")


def spec_numbers(spec: str) -> list[int]:
    """Every number in a format spec (fill digits, width, precision): the bound applies to
    all of them, which is simple and never lets a large width through."""
    return [int(n) if len(n) < 12 else 10 ** 12 for n in _NUMBER.findall(spec)]


def _clamp_spec(spec: str) -> str:
    return _NUMBER.sub(lambda m: str(min(int(m.group()) if len(m.group()) < 12
                                         else MAX_FIELD_WIDTH, MAX_FIELD_WIDTH)), spec)


class _SafeFormatter(string.Formatter):
    """``str.format`` that never raises: a missing field prints as ``?``."""

    def get_value(self, key, args, kwargs):  # noqa: D102
        if isinstance(key, str):
            return kwargs.get(key, MISSING)
        return args[key] if 0 <= key < len(args) else MISSING

    def get_field(self, field_name, args, kwargs):  # noqa: D102
        try:
            return super().get_field(field_name, args, kwargs)
        except (AttributeError, IndexError, KeyError, TypeError):
            return MISSING, field_name

    def format_field(self, value, format_spec):  # noqa: D102
        if format_spec and max(spec_numbers(format_spec), default=0) > MAX_FIELD_WIDTH:
            format_spec = _clamp_spec(format_spec)  # defence in depth: rules are checked too
        try:
            return super().format_field(value, format_spec)
        except Exception:  # a plugin's arg with a broken __format__: try plain text
            try:
                return str(value)
            except Exception:
                return MISSING


_FORMATTER = _SafeFormatter()


def format_message(template: str, fields: Mapping[str, Any]) -> str:
    """Fill a rule's message template; missing fields print as ``?``, never an exception.

    Widths and precisions are clamped to ``MAX_FIELD_WIDTH`` and the message to
    ``MAX_MESSAGE`` characters, whatever the rule file or the detection's args hold."""
    try:
        message = _FORMATTER.vformat(template, (), dict(fields))
    except Exception:  # never: fields come from plugins' detections, so stay safe
        message = template
    return message if len(message) <= MAX_MESSAGE else message[:MAX_MESSAGE - 1] + "…"


def _clamp(severity: str, *ceilings: Optional[str]) -> str:
    for ceiling in ceilings:
        if ceiling and SEVERITY_RANK[severity] > SEVERITY_RANK[ceiling]:
            severity = ceiling
    return severity


def _excerpt(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def to_finding(rule: Any, detection: Detection, ruleset: Any = None,
               document: Optional[Document] = None, story: Any = None) -> Finding:
    """The finding ``rule`` makes of ``detection`` (message filled, severity resolved: the
    detection's own where the analysis lowered it for a reason, else the rule's severity in
    this run, ``RuleSet.severity_of``; then capped by the rule's and its type's
    ``max-severity``).

    Message fields: ``code``, ``name``, ``severity``, ``category``, ``document``, ``text``
    (the span), ``outlet``, ``related_text``, ``related_document`` and ``related_outlet``
    (the first related span, when the story knows its document), ``lookalike`` (empty
    unless the detection names look-alike characters), then the detection's ``args``, which
    win.
    """
    rtype = ruleset.rule_type(rule.type) if ruleset is not None else None
    own = ruleset.severity_of(rule) if hasattr(ruleset, "severity_of") else rule.severity
    severity = detection.severity if detection.severity in SEVERITY_RANK else own
    severity = _clamp(severity, rule.max_severity, getattr(rtype, "max_severity", None))
    category = (rtype.finding_category(rule, detection) if rtype is not None
                else rule.category or detection.category)
    fields: dict = {"code": rule.code, "name": rule.name, "severity": severity,
                    "category": category, "document": detection.document, "lookalike": ""}
    if document is not None:
        fields["text"] = _excerpt(document.text[detection.start:detection.end])
        fields["outlet"] = document.meta.outlet or document.id
    if detection.related:
        rel = detection.related[0]
        fields["related_document"] = rel.document
        rdoc = _document_of(story, rel.document)
        if rdoc is not None:
            fields["related_text"] = _excerpt(rdoc.text[rel.start:rel.end])
            fields["related_outlet"] = rdoc.meta.outlet or rdoc.id
    fields.update(detection.args or {})
    return Finding(code=rule.code, name=rule.name, severity=severity, category=category,
                   document=detection.document, start=detection.start, end=detection.end,
                   message=format_message(rule.message, fields), related=tuple(detection.related))


def _document_of(story: Any, doc_id: str) -> Optional[Document]:
    if story is None:
        return None
    try:
        return story.document(doc_id)
    except (KeyError, AttributeError):
        return None


def rule_for(detection: Detection, ruleset: Any) -> Any:
    """The rule (enabled or not) that takes a detection, or None.

    ``args["rule"]`` may pin a code or name; otherwise type, category and ``args["kind"]``
    decide (see ``RuleSet.match``).
    """
    pinned = (detection.args or {}).get("rule")
    if pinned:
        rule = ruleset.get(pinned)
        if rule is not None:
            return rule
    return ruleset.match(detection.rule_type, detection.category,
                         (detection.args or {}).get("kind"))


def to_findings(items: Iterable[Any], ruleset: Any, story: Any = None) -> list[Finding]:
    """Findings from a mix of Detections and Findings, keeping only enabled rules.

    Detections with no rule are dropped (``unmatched`` lists them for tests and debugging);
    Findings from plugins pass when their code is enabled or is no loaded rule's code.
    Duplicates (same code and span) collapse to the first.
    """
    out: list[Finding] = []
    seen: set = set()
    for item in items:
        if isinstance(item, Detection):
            rule = rule_for(item, ruleset)
            if rule is None or not ruleset.is_enabled(rule):
                continue
            finding = to_finding(rule, item, ruleset, _document_of(story, item.document), story)
        elif isinstance(item, Finding):
            rule = ruleset.get(item.code)
            if rule is not None and not ruleset.is_enabled(rule):
                continue
            finding = item
        else:
            continue
        key = (finding.code, finding.document, finding.start, finding.end)
        if key not in seen:
            seen.add(key)
            out.append(finding)
    return out


def unmatched(detections: Iterable[Detection], ruleset: Any) -> list[Detection]:
    """Detections no loaded rule takes (an analysis emitting an unknown type or category)."""
    return [d for d in detections if isinstance(d, Detection) and rule_for(d, ruleset) is None]


_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    from quotecheck.text.normalize import fold_text

    return _SPACE.sub(" ", fold_text(text)).strip()


def fingerprint_findings(findings: list[Finding], story: Any = None) -> list[Finding]:
    """The findings with ``fingerprint`` set from code, document and normalised text.

    The key is the rule code, the document id, the folded text of the span and of a few
    characters around it on its line, and the occurrence number among identical keys; line
    numbers and edits in other paragraphs play no part.
    """
    counts: dict = {}
    out = []
    for f in findings:
        if f.fingerprint:
            out.append(f)
            continue
        doc = _document_of(story, f.document)
        text = context = ""
        if doc is not None:
            text = _norm(doc.text[f.start:f.end])
            before = doc.text[max(0, f.start - 24):f.start].rsplit("\n", 1)[-1]
            after = doc.text[f.end:f.end + 24].split("\n", 1)[0]
            context = _norm(before) + "|" + _norm(after)
        key = f"{f.code}\x00{f.document}\x00{text}\x00{context}"
        n = counts[key] = counts.get(key, 0) + 1
        digest = hashlib.sha256(f"{key}\x00{n}".encode("utf-8")).hexdigest()[:20]
        out.append(replace(f, fingerprint=digest))
    return out


def sort_findings(findings: list[Finding], story: Any = None) -> list[Finding]:
    """Findings in document order (as the story lists them), then by position and code."""
    order = {d.id: i for i, d in enumerate(getattr(story, "documents", []) or [])}
    return sorted(findings, key=lambda f: (order.get(f.document, len(order)), f.document,
                                           f.start, f.end, f.code))
