"""Derived-pair P/R/F1 pooled over many real-news sets, per-set changes, misses and false edges.

Reads the ``eval_realnews.py`` outputs ``OUT/<set>.txt`` that ``bench/measure_sets.sh`` writes
and sums each set's counts (labelled derived pairs, quotecheck edges predicted and right, the
MinHash word 5-gram baseline's): the pooled figure issue 11 states its target in (one F1 over
every open set's pairs, not a mean of per-set F1s, so a set with many labelled pairs weighs as
many pairs). ``--base DIR`` prints, for every set whose counts differ, both runs' figures.
``--list`` prints each missed pair and false edge with its pair label and the labeller's note
(``bench/labels/<set>_pairs*.csv``; "unlab" for a pair no file labels, which counts as non),
tab-separated, for grouping the failures into classes.

    python bench/provenance_pooled.py /tmp/run --sets /tmp/sets62.txt --base /tmp/baseline
    python bench/provenance_pooled.py /tmp/run --sets /tmp/sets62.txt --list > failures.tsv
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realnews_scoring import pair_key, prf_counts, read_labels  # noqa: E402

LABELS = Path(__file__).resolve().parent / "labels"
_GOLD = re.compile(r"labelled \d+ \(wholly (\d+), partially (\d+)")
_EDGES = re.compile(r"quotecheck edges\s+-\s+(\d+)\s+(\d+)")
_MINHASH = re.compile(r"MinHash word 5-gram\s+\S+\s+\S+\s+(\d+)\s+(\d+)")
_PAIRS = re.compile(r"\s+(missed by quotecheck|quotecheck false edges): (.*)")


def counts(text: str) -> dict | None:
    """gold, pred, tp, minhash pred and tp of one eval output, or None when it has no part (a)."""
    gold, edges, minhash = _GOLD.search(text), _EDGES.search(text), _MINHASH.search(text)
    if not (gold and edges and minhash):
        return None
    return {"gold": int(gold[1]) + int(gold[2]), "pred": int(edges[1]), "tp": int(edges[2]),
            "mh_pred": int(minhash[1]), "mh_tp": int(minhash[2])}


def read_run(out: Path, sets: list[str]) -> dict[str, dict]:
    """Set -> counts for every set of ``sets`` with an eval output holding part (a)."""
    run = {}
    for s in sets:
        path = out / f"{s}.txt"
        c = counts(path.read_text(encoding="utf-8")) if path.exists() else None
        if c is not None:
            run[s] = c
    return run


def pooled(run: dict[str, dict]) -> dict:
    """The counts summed over the sets."""
    keys = ("gold", "pred", "tp", "mh_pred", "mh_tp")
    return {k: sum(c[k] for c in run.values()) for k in keys}


def line(name: str, c: dict) -> str:
    """One row: quotecheck edges pred/TP and P/R/F1, then MinHash F1."""
    p, r, f = prf_counts(c["tp"], c["pred"], c["gold"], empty=0.0)
    mf = prf_counts(c["mh_tp"], c["mh_pred"], c["gold"], empty=0.0)[2]
    return (f"{name:14} gold {c['gold']:5} pred {c['pred']:5} TP {c['tp']:5}  "
            f"P {p:.3f} R {r:.3f} F1 {f:.3f}  MinHash F1 {mf:.3f}")


def labels_of(s: str, labels: Path) -> dict:
    """Sorted pair -> its ``PairLabel`` from every pair-label file of set ``s`` (a later
    file's label of a pair wins, as the files sort)."""
    out = {}
    for path in sorted(labels.glob(f"{s}_pairs*.csv")):
        out.update(read_labels(path))
    return out


def failures(out: Path, sets: list[str], labels: Path):
    """``(kind, set, a, b, label, note)`` for each missed pair ('miss') and false edge
    ('false') the eval outputs list."""
    for s in sets:
        path = out / f"{s}.txt"
        if not path.exists():
            continue
        lab = labels_of(s, labels)
        for text_line in path.read_text(encoding="utf-8").splitlines():
            m = _PAIRS.match(text_line)
            if not m:
                continue
            kind = "miss" if m[1].startswith("missed") else "false"
            for pair in m[2].split("; "):
                a, _, b = pair.partition(" ~ ")
                got = lab.get(pair_key(a, b))
                yield (kind, s, a, b) + ((got.label, got.note) if got else ("unlab", ""))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="folder of eval_realnews.py outputs <set>.txt")
    ap.add_argument("--sets", type=Path, help="file naming the sets (default: every OUT/*.txt)")
    ap.add_argument("--base", type=Path, help="a baseline folder of the same outputs")
    ap.add_argument("--list", action="store_true", help="print misses and false edges (TSV)")
    ap.add_argument("--labels", type=Path, default=LABELS, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    sets = (args.sets.read_text(encoding="utf-8").split() if args.sets
            else sorted(p.stem for p in args.out.glob("*.txt")))
    if args.list:
        for row in failures(args.out, sets, args.labels):
            print("\t".join(row))
        return 0
    run = read_run(args.out, sets)
    missing = [s for s in sets if s not in run]
    if missing:
        print(f"no part (a) for: {' '.join(missing)}", file=sys.stderr)
    if args.base:
        base = read_run(args.base, sets)
        for s in sets:
            if s in run and s in base and run[s] != base[s]:
                print(line(f"{s} base", base[s]))
                print(line(f"{s} run", run[s]))
        both = [s for s in run if s in base]
        print(line(f"base ({len(both)})", pooled({s: base[s] for s in both})))
        run = {s: run[s] for s in both}
    print(line(f"pooled ({len(run)})", pooled(run)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
