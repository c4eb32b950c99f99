"""Judged warnings and errors over many real-news sets: framing (QC3xx) and the rest.

Reads the saved compare reports ``REPORTS/<set>.json`` (and, if present, the
``eval_realnews.py`` output ``REPORTS/<set>.txt`` for the seed-1 sample and edge F1) and
looks every warning and error up by fingerprint in ``bench/labels/<set>_judgements.csv``.
Prints per set and in total how many are judged real, false, or not yet judged: the figures
``docs/evaluation.md`` quotes as "framing 308 of 378 over 19 tuned sets". Made by
``bench/measure_sets.sh``.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

LABELS = Path(__file__).resolve().parent / "labels"
SERIOUS = ("error", "warning")


def verdicts(path: Path) -> dict[str, str]:
    """Fingerprint -> verdict ('real' or 'false') of one set's judgements file."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["fingerprint"]: row["verdict"] for row in csv.DictReader(handle)}


def count(report: dict, judged: dict[str, str]) -> list[int]:
    """[framing real, false, unjudged, other real, false, unjudged] over warnings and errors."""
    counts = [0] * 6
    for finding in report.get("findings", []):
        if finding.get("severity") not in SERIOUS:
            continue
        base = 0 if finding.get("code", "").startswith("QC3") else 3
        verdict = judged.get(finding.get("fingerprint") or "")
        counts[base + {"real": 0, "false": 1}.get(verdict, 2)] += 1
    return counts


def sample_and_edges(text: str) -> tuple[str, str]:
    """The seed-1 sample's 'real/judged' and the quotecheck edges F1 of an eval output."""
    sample = re.search(r"judged (\d+) of (\d+) sampled: real (\d+)", text)
    edges = re.search(r"quotecheck edges\s+-\s+\d+\s+\d+\s+\S+\s+\S+\s+(\S+)", text)
    return (f"{sample.group(3)}/{sample.group(1)}" if sample else "-",
            edges.group(1) if edges else "-")


def share(real: int, false: int) -> str:
    return f"{real / (real + false):.1%}" if real + false else "n/a"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("reports", type=Path, help="folder of <set>.json compare reports")
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--untuned", nargs="*", default=[],
                    help="sets left out of the 'tuned' total (measured before any tuning)")
    args = ap.parse_args(argv)
    reports = sorted(args.reports.glob("*.json"))
    if not reports:
        print(f"judged_totals: no <set>.json reports in {args.reports}", file=sys.stderr)
        return 2
    totals = {"all": [0] * 6, "tuned": [0] * 6}
    print(f"{'set':12} {'seed-1':>7} {'edges F1':>8}   framing r/f/?   other r/f/?")
    for path in reports:
        name = path.stem
        try:
            report = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"{name:12} unreadable report: {exc}")
            continue
        counts = count(report, verdicts(args.labels / f"{name}_judgements.csv"))
        text_path = path.with_suffix(".txt")
        text = text_path.read_text(encoding="utf-8") if text_path.exists() else ""
        sample, edges = sample_and_edges(text)
        print(f"{name:12} {sample:>7} {edges:>8}   {counts[0]:>4}/{counts[1]:>3}/{counts[2]:>2}"
              f"     {counts[3]:>4}/{counts[4]:>3}/{counts[5]:>2}")
        for key in totals:
            if key == "all" or name not in args.untuned:
                totals[key] = [a + b for a, b in zip(totals[key], counts)]
    for key, c in totals.items():
        print(f"total {key}: framing {c[0]} real, {c[1]} false, {c[2]} unjudged "
              f"({share(c[0], c[1])}); other {c[3]} real, {c[4]} false, {c[5]} unjudged "
              f"({share(c[3], c[4])})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
