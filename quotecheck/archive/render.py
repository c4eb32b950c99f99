"""Query results as text, JSON (the versioned schema) or CSV (one row per edge or variant)."""
from __future__ import annotations

import csv
import io
import json

FORMATS = ("text", "json", "csv")


def render(result: dict, fmt: str) -> str:
    """``result`` (from :mod:`quotecheck.archive.queries`) in ``fmt``."""
    if fmt == "json":
        return json.dumps(result, ensure_ascii=False, indent=2) + "\n"
    kind = result["query"]
    if fmt == "csv":
        return _CSV[kind](result)
    return _TEXT[kind](result)


def _csv(header: list, rows: list) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def _when(value) -> str:
    return value or "undated"


# -- quote ---------------------------------------------------------------------------------
def _quote_text(result: dict) -> str:
    fams = result["families"]
    if not fams:
        return f"no quote family contains {result['words']!r}\n"
    lines = []
    for f in fams:
        first = f["first"]
        lines.append(f"{f['speaker'] or '(unattributed)'}: \u201c{f['text']}\u201d")
        lines.append(f"  first: {first['outlet'] or '?'} {_when(first['published'])} "
                     f"({first['document']}); {len(f['variants'])} variant(s), "
                     f"{len(f['outlets'])} outlet(s), {f['independent_roots']} independent "
                     f"root(s)")
        for v in f["variants"]:
            diff = f"  [{v['difference']}]" if v["difference"] else ""
            lines.append(f"  - {_when(v['published'])} {v['outlet'] or '?'} ({v['document']}): "
                         f"\u201c{v['text']}\u201d{diff}")
        lines.append("")
    return "\n".join(lines)


def _quote_csv(result: dict) -> str:
    rows = []
    for f in result["families"]:
        for n, v in enumerate(f["variants"]):
            rows.append([f["id"], f["speaker"] or "", f["independent_roots"], n,
                         v["document"], v["outlet"] or "", v["published"] or "", v["text"],
                         v["difference"] or ""])
    return _csv(["family", "speaker", "independent_roots", "position", "document", "outlet",
                 "published", "text", "difference"], rows)


# -- copies and story ----------------------------------------------------------------------
def _edge_line(e: dict) -> str:
    credit = "credited" if e["credited"] else "UNCREDITED"
    return (f"{_when(e['published'])}  {e['derived_outlet'] or '?'} ({e['derived']}) <- "
            f"{e['source_outlet'] or '?'} ({e['source']})  {e['relation']}, {credit}, "
            f"confidence {e['confidence']:.2f}")


_EDGE_HEADER = ["source", "derived", "source_outlet", "derived_outlet", "relation", "credited",
                "confidence", "published", "story"]


def _edges_csv(edges: list) -> str:
    return _csv(_EDGE_HEADER, [[e[k] if e[k] is not None else "" for k in _EDGE_HEADER]
                               for e in edges])


def _copies_text(result: dict) -> str:
    edges = result["edges"]
    if not edges:
        return "no derivation edges\n"
    return "\n".join(_edge_line(e) for e in edges) + f"\n{len(edges)} edge(s)\n"


def _story_text(result: dict) -> str:
    s = result["story"]
    lines = [f"story {s['id']}: {len(s['documents'])} document(s), {len(s['edges'])} edge(s)"]
    for d in s["documents"]:
        lines.append(f"  {_when(d['published'])} {d['outlet'] or '?'} ({d['id']})")
    for e in s["edges"]:
        lines.append("  " + _edge_line(e))
    return "\n".join(lines) + "\n"


def _story_csv(result: dict) -> str:
    return _edges_csv(result["story"]["edges"])


# -- stats ---------------------------------------------------------------------------------
def _stats_text(result: dict) -> str:
    lines = [f"{result['documents']} documents, {result['stories']} stories, "
             f"{result['families']} quote families, {result['edges']} edges, "
             f"{result['days']} days"]
    st = result["stages"]
    lines.append(f"stages: articles {st['articles']}, candidate pairs {st['pairs']}, stories "
                 f"{st['stories']} ({st['stories_linked']} with 2+ documents), families "
                 f"{st['families']} ({st['families_variants']} renderings)")
    for d in result["per_day"]:
        lines.append(f"  {d['day']}: {d['articles']} articles, {d['pairs']} pairs, "
                     f"{d['edges']} edges")
    return "\n".join(lines) + "\n"


def _stats_csv(result: dict) -> str:
    return _csv(["day", "articles", "pairs", "edges"],
                [[d["day"], d["articles"], d["pairs"], d["edges"]] for d in result["per_day"]])


_TEXT = {"quote": _quote_text, "copies": _copies_text, "story": _story_text,
         "stats": _stats_text}
_CSV = {"quote": _quote_csv, "copies": lambda r: _edges_csv(r["edges"]), "story": _story_csv,
        "stats": _stats_csv}
