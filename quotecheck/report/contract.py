"""The JSON report contract (``quotecheck-report/1``): a Report as plain data.

One function builds the dictionary every machine-readable reporter starts from, so the
contract is written down once.
"""
from __future__ import annotations

from quotecheck import __version__
from quotecheck.load.outlets import affiliation_of
from quotecheck.model import Report
from quotecheck.report.framing_spread import framing_spread, spread_summary

SCHEMA_ID = "quotecheck-report/1"


def related_dict(rel) -> dict:
    out = {"document": rel.document, "start": rel.start, "end": rel.end}
    if rel.message:
        out["message"] = rel.message
    return out


def framing_dict(report: Report) -> dict:
    """``framing``: per-outlet framing findings per 1,000 words (compare; empty otherwise)."""
    rows = framing_spread(report)
    return {"outlets": rows, "spread": spread_summary(rows)}


def report_to_dict(report: Report) -> dict:
    """The report as the contract's JSON object (arrays always present)."""
    return {
        "schema": SCHEMA_ID,
        "tool": {"name": "quotecheck", "version": __version__},
        "command": report.command,
        "documents": [
            {
                "id": d.id, "path": d.path, "role": d.role,
                "outlet": d.meta.outlet, "published": d.meta.published,
                "language": d.meta.language, "affiliation": affiliation_of(d),
                "url": d.meta.url,
                **({"regions": [{"kind": k, "start": s, "end": e} for k, s, e in d.regions]}
                   if getattr(d, "regions", ()) else {}),
            }
            for d in report.documents
        ],
        "quotes": [
            {
                "id": q.id, "document": q.document, "start": q.start, "end": q.end,
                "text": q.text, "speaker": q.speaker, "speaker_start": q.speaker_start,
                "speaker_end": q.speaker_end, "verb": q.verb, "kind": q.kind,
                "speaker_kind": q.speaker_kind, "reported_by": q.reported_by,
            }
            for q in report.quotes
        ],
        "clusters": [
            {"id": c.id, "quotes": list(c.quotes), "independent_roots": c.independent_roots,
             "speaker": c.speaker}
            for c in report.clusters
        ],
        "provenance": [
            {"source": e.source, "derived": e.derived, "relation": e.relation,
             "confidence": round(float(e.confidence), 3), "evidence": list(e.evidence)}
            for e in report.provenance
        ],
        "families": [dict(f) for f in (report.extras or {}).get("families", ())],
        "findings": [
            {
                "code": f.code, "name": f.name, "severity": f.severity, "category": f.category,
                "document": f.document, "start": f.start, "end": f.end, "message": f.message,
                "related": [related_dict(r) for r in f.related],
                **({"fingerprint": f.fingerprint} if f.fingerprint else {}),
                **({"suppressed": True} if f.suppressed else {}),
            }
            for f in report.findings
        ],
        "framing": framing_dict(report),
    }
