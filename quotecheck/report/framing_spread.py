"""Framing per outlet on one story: how many framing findings each outlet's text carries.

A ``compare`` report shows the spread (findings per 1,000 words of each outlet's documents,
warnings and all severities, by rule) so a reader sees which outlets word the story in a
more loaded way. It is a spread, not a verdict: no outlet is the reference, the same rules
apply to every outlet, and opinion pieces are counted with their (info) findings.
"""
from __future__ import annotations

from statistics import median
from typing import Any

from quotecheck.text.wordcount import word_count

FRAMING_CATEGORIES = frozenset(("attribution-verb", "hedge", "label", "scare-quote"))
"""Finding categories of the framing rule types, for plugin rules (own code prefix)."""


def is_framing(finding: Any) -> bool:
    """A built-in framing finding (QC3xx) or a plugin rule's finding in a framing category
    (QC2xx hedge-drift compares copies and is not counted)."""
    code = finding.code or ""
    if code.startswith("QC"):
        return code.startswith("QC3")
    return finding.category in FRAMING_CATEGORIES


def framing_spread(report: Any) -> list[dict]:
    """One row per outlet (documents without an outlet by their id), in outlet order:
    ``outlet``, ``documents``, ``words``, ``findings`` and ``warnings`` (framing findings
    not suppressed), ``per_1000_words`` and ``warnings_per_1000_words``, ``by_code``."""
    if getattr(report, "command", None) != "compare" or not report.documents:
        return []
    rows: dict[str, dict] = {}
    outlet_of = {}
    for doc in report.documents:
        outlet = doc.meta.outlet or doc.id
        outlet_of[doc.id] = outlet
        row = rows.setdefault(outlet, {"outlet": outlet, "documents": 0, "words": 0,
                                       "findings": 0, "warnings": 0, "by_code": {}})
        row["documents"] += 1
        row["words"] += word_count(doc.view.text)
    for f in report.findings:
        if f.suppressed or not is_framing(f) or f.document not in outlet_of:
            continue
        row = rows[outlet_of[f.document]]
        row["findings"] += 1
        row["warnings"] += f.severity in ("warning", "error")
        row["by_code"][f.code] = row["by_code"].get(f.code, 0) + 1
    out = []
    for row in sorted(rows.values(), key=lambda r: r["outlet"].lower()):
        words = max(1, row["words"])
        row["per_1000_words"] = round(1000 * row["findings"] / words, 2)
        row["warnings_per_1000_words"] = round(1000 * row["warnings"] / words, 2)
        row["by_code"] = dict(sorted(row["by_code"].items()))
        out.append(row)
    return out


def spread_summary(rows: list[dict]) -> dict:
    """Lowest, median and highest framing findings per 1,000 words across outlets."""
    rates = [r["per_1000_words"] for r in rows]
    if not rates:
        return {}
    return {"outlets": len(rates), "min": min(rates), "median": round(median(rates), 2),
            "max": max(rates)}


def spread_table(rows: list[dict]) -> list[str]:
    """The spread as plain-text table lines (empty when there are no rows)."""
    if not rows:
        return []
    width = min(40, max(6, *(len(r["outlet"]) for r in rows)))
    head = (f"{'outlet':<{width}}  {'docs':>4}  {'words':>6}  {'framing':>7}  {'/1k words':>9}"
            f"  {'warnings':>8}  {'/1k words':>9}  by rule")
    lines = ["Framing per outlet (findings per 1,000 words; a spread across outlets, "
             "not a verdict on any of them)", head]
    for r in rows:
        name = r["outlet"] if len(r["outlet"]) <= width else r["outlet"][:width - 1] + "…"
        codes = ", ".join(f"{c} {n}" for c, n in r["by_code"].items()) or "-"
        lines.append(f"{name:<{width}}  {r['documents']:>4}  {r['words']:>6}  "
                     f"{r['findings']:>7}  {r['per_1000_words']:>9.2f}  {r['warnings']:>8}  "
                     f"{r['warnings_per_1000_words']:>9.2f}  {codes}")
    s = spread_summary(rows)
    lines.append(f"spread: {s['min']:.2f} to {s['max']:.2f} framing findings per 1,000 words "
                 f"(median {s['median']:.2f}) across {s['outlets']} outlet"
                 f"{'s' if s['outlets'] != 1 else ''}")
    return lines
