"""Held-out ``compare`` evaluation: planted quote changes, negatives and provenance edges.

Each folder under ``tests/eval/stories/`` is one story set with an ``expect.json``:

* ``edges``: ``source`` -> ``derived`` must come out as a provenance edge in that direction
  (any relation; the relation is printed);
* ``independent``: no edge, either way, between any two of these documents;
* no other edge than those expected (an edge between a copy and an unrelated report fails);
* ``flagged``: a finding of one of ``categories`` at warning or above whose span, or one of
  whose ``related`` spans, lies in ``doc`` and overlaps the quote rendering ``quote``;
* ``not_flagged``: no finding in ``doc`` of a quote-fidelity or facts category (wording,
  meaning, truncation, unsourced, misattribution, number) at warning or above overlapping
  ``quote`` (``translation`` or ``orthographic`` at info are allowed).

Runs the public library path of ``quotecheck compare`` (load_paths, Story, run_checks).
Run: ``python bench/eval_compare.py [--verbose] [SET...]`` from the repository root.
Set ``QUOTECHECK_CODE=DIR`` to measure another copy of the code (for example an export of HEAD).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(os.environ.get("QUOTECHECK_CODE") or ROOT)  # the quotecheck tree to measure
sys.path.insert(0, str(CODE))
STORIES = ROOT / "tests" / "eval" / "stories"
RANK = {"info": 0, "warning": 1, "error": 2}
NOT_FLAGGED_CATEGORIES = {"wording", "meaning", "truncation", "unsourced", "misattribution",
                          "number"}


def run_compare(folder: Path):
    """(story, findings) for one story set through the library API of ``compare``."""
    from quotecheck.load.loader import load_paths
    from quotecheck.plugins.manager import get_plugin_manager, load_ruleset
    from quotecheck.plugins.run import run_checks
    from quotecheck.story import Story

    loaded = load_paths([folder])
    if loaded.errors:
        raise SystemExit(f"load errors in {folder}: {loaded.errors}")
    pm = get_plugin_manager(None)
    ruleset, errors = load_ruleset(None, pm)
    if errors:
        raise SystemExit(f"rule errors: {errors}")
    story = Story(loaded.documents)
    return story, run_checks(story, ruleset, pm)


def _span(doc, quote: str):
    i = doc.text.find(quote)
    if i < 0:
        raise SystemExit(f"{doc.id}: expectation text not found: {quote!r}")
    return i, i + len(quote)


def _overlaps(a, b) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _describe(f, docs) -> str:
    text = docs[f.document].text[f.start:f.end]
    return f"{f.severity} {f.category} {f.code} in {f.document} {text!r}: {f.message}"


def evaluate_set(folder: Path) -> list:
    """Per-case results for one story set: dicts with case, ok, detail."""
    expect = json.loads((folder / "expect.json").read_text(encoding="utf-8"))
    story, findings = run_compare(folder)
    docs = {d.id: d for d in story.documents}
    live = [f for f in findings if not f.suppressed]
    edges = [(e.source, e.derived, e.relation, e.confidence) for e in story.provenance.edges]
    results = []
    expected_pairs = set()
    for e in expect["edges"]:
        src, der = e["source"], e["derived"]
        expected_pairs.add(frozenset((src, der)))
        got = [x for x in edges if {x[0], x[1]} == {src, der}]
        ok = any(x[0] == src and x[1] == der for x in got)
        detail = ", ".join(f"{a} -> {b} ({r}, {c:.2f})" for a, b, r, c in got) or "no edge"
        results.append({"case": f"edge {src} -> {der} ({e['what']})", "ok": ok, "detail": detail})
    indep = expect["independent"]
    bad = [x for x in edges if x[0] in indep and x[1] in indep]
    results.append({"case": "no edge between independent reports " + ", ".join(indep),
                    "ok": not bad,
                    "detail": "; ".join(f"{a} -> {b} ({r}, {c:.2f})" for a, b, r, c in bad)})
    extra = [x for x in edges if frozenset((x[0], x[1])) not in expected_pairs
             and not (x[0] in indep and x[1] in indep)]
    results.append({"case": "no other edges", "ok": not extra,
                    "detail": "; ".join(f"{a} -> {b} ({r}, {c:.2f})" for a, b, r, c in extra)})
    for case in expect["flagged"]:
        doc = docs[case["doc"]]
        span = _span(doc, case["quote"])
        hits = []
        for f in live:
            if f.category not in case["categories"] or RANK[f.severity] < RANK["warning"]:
                continue
            spans = [(f.start, f.end)] if f.document == doc.id else []
            spans += [(r.start, r.end) for r in f.related if r.document == doc.id]
            if any(_overlaps(s, span) for s in spans):
                hits.append(f)
        near = [f for f in live if f.document == doc.id and _overlaps((f.start, f.end), span)]
        detail = "; ".join(_describe(f, docs) for f in (hits or near)) or "nothing on this quote"
        results.append({"case": f"flag {case['what']} in {doc.id} at {case['at']!r} "
                                f"as {'/'.join(case['categories'])}",
                        "ok": bool(hits), "detail": detail})
    for case in expect["not_flagged"]:
        doc = docs[case["doc"]]
        span = _span(doc, case["quote"])
        bad = [f for f in live if f.document == doc.id and f.category in NOT_FLAGGED_CATEGORIES
               and RANK[f.severity] >= RANK["warning"] and _overlaps((f.start, f.end), span)]
        results.append({"case": f"silent on {case['what']} in {doc.id}: {case['quote'][:50]!r}",
                        "ok": not bad, "detail": "; ".join(_describe(f, docs) for f in bad)})
    return results


def evaluate(names=None) -> dict:
    """Results for every story set (or those named): {set: [case results]}."""
    folders = sorted(p for p in STORIES.iterdir() if (p / "expect.json").is_file())
    if names:
        folders = [p for p in folders if p.name in names]
    return {p.name: evaluate_set(p) for p in folders}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help="story set folder names (default: all)")
    ap.add_argument("--verbose", "-v", action="store_true", help="details of passing cases too")
    args = ap.parse_args(argv)
    res = evaluate(args.sets)
    total = passed = 0
    for name, cases in res.items():
        ok = sum(c["ok"] for c in cases)
        total += len(cases)
        passed += ok
        print(f"{name}: {ok}/{len(cases)} cases pass")
        for c in cases:
            print(f"  {'PASS' if c['ok'] else 'FAIL'} {c['case']}")
            if c["detail"] and (args.verbose or not c["ok"]):
                print(f"       {c['detail']}")
    print(f"compare: {passed}/{total} cases pass ({passed / total:.0%})" if total else "no sets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
