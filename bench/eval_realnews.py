"""quotecheck ``compare`` on real scraped multi-outlet news: provenance pairs and warning rates.

Measures, on one story folder laid out by ``bench/realnews_layout.py``:

(a) derived-pair precision / recall / F1 against METER-style pair labels (``wholly``,
    ``partially``, ``non``; unlabelled pairs count as ``non``): quotecheck finds a pair when
    it reports an edge between the two documents either way, or both are members of one
    wire family (``families[]``: siblings share the latent root, the wire text); direction
    accuracy where a label gives one; the same for two baselines computed here, MinHash of word 5-grams (128
    permutations) and word-bigram containment, each at a threshold (defaults chosen on
    ``census``, reported on both sets; ``--tune`` prints the best threshold on this set);
(b) warnings and errors per 100 articles by rule code, and CPU seconds per article of
    ``compare`` (child process user + system time, start-up included);
(c) ``--sample 40 --seed N``: a reproducible random sample of warnings/errors with the text
    around them (terminal only, never commit it); ``--judgements FILE`` scores that sample:
    share judged real, counts per false-alarm class. ``--codes QC1,QC501`` or
    ``--exclude-framing`` draw the sample from those codes only.

``--extra-labels FILE ...`` adds post-hoc pools (pairs labelled after a change, kept in files
of their own, e.g. ``labels/meter_pairs_pool2.csv``) for pairs the labels file leaves out.

Labelling aids: ``--pool 100 --seed N`` prints the pair pool to label as CSV (every pair
proposed by quotecheck or by a baseline at the lenient thresholds, plus N random others);
``--show A B`` prints, per paragraph of A, the share of its word 5-grams found in B.

Reproduce (data: github.com/asprout/ArticleComparisons, data/{census,spotify}_articles.csv;
keep the laid-out text outside the repository, it has no licence):

    python bench/realnews_layout.py census_articles.csv /tmp/realnews/census
    python bench/eval_realnews.py /tmp/realnews/census bench/labels/census_pairs.csv \\
        --sample 40 --seed 1 --judgements bench/labels/census_judgements.csv
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realnews_scoring import (DERIVED, baseline_scores, best_threshold,  # noqa: E402
                              direction_accuracy, finding_keys, pair_key, prf, read_judgements,
                              read_labels, shingles)

ROOT = Path(__file__).resolve().parent.parent
# Chosen on census with --tune (best F1 over GRID, the median of a plateau); used on both sets.
THRESHOLDS = {"minhash5": 0.25, "bigram": 0.60}
LENIENT = {"minhash5": 0.10, "bigram": 0.30}  # pooling: propose every pair at or above these
GRID = [round(0.05 * i, 2) for i in range(1, 20)]
SERIOUS = ("error", "warning")


def run_compare(folder: Path) -> tuple[dict, float]:
    """The JSON report of ``python -m quotecheck compare FOLDER`` and its CPU seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run([sys.executable, "-m", "quotecheck", "compare", str(folder),
                           "--format", "json", "--fail-on", "never", "--quiet"],
                          cwd=ROOT, capture_output=True, text=True, env=dict(os.environ))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"compare failed ({proc.returncode}): {proc.stderr.strip()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return json.loads(proc.stdout), cpu


def document_texts(report: dict) -> dict[str, str]:
    """Document id -> file text, from the report's document paths."""
    return {d["id"]: Path(d["path"]).read_text(encoding="utf-8-sig") for d in report["documents"]}


def score_pairs(report: dict, texts: dict, labels: dict, thresholds: dict, tune: bool,
                involving: str | None = None) -> None:
    """Print part (a): pair P/R/F1 of quotecheck and both baselines, direction accuracy.
    ``involving`` (a regular expression) scores only the pairs with a document id it finds,
    labels and predictions alike (METER: ``Press-Association``, the pairs with a wire text)."""
    if involving:
        pattern = re.compile(involving)

        def hit(key: tuple[str, str]) -> bool:
            return any(map(pattern.search, key))
        labels = {k: v for k, v in labels.items() if hit(k)}
    gold = {k for k, lab in labels.items() if lab.label in DERIVED}
    by_class = Counter(lab.label for lab in labels.values())
    n = len(texts)
    print(f"(a) derived pairs: {n} articles, {n * (n - 1) // 2} pairs, labelled "
          f"{sum(by_class.values())} (wholly {by_class['wholly']}, partially "
          f"{by_class['partially']}, non {by_class['non']}); unlabelled pairs count as non")
    edges = [(e["source"], e["derived"]) for e in report["provenance"]]
    # copies of one wire story hang from one latent root (the family): siblings are linked
    found = {pair_key(a, b) for a, b in edges} | family_pairs(report.get("families", ()))
    scores = baseline_scores(texts)
    rows = [("quotecheck edges", "-", found), ("quotecheck components", "-", connected(edges))]
    if involving:
        print(f"    only pairs with a document id matching {involving!r}: labelled "
              f"{len(labels)}, derived {len(gold)}")
        found = set(filter(hit, found))
        scores = {k: v for k, v in scores.items() if hit(k)}
        rows = [(name, t, set(filter(hit, pred))) for name, t, pred in rows]
    for name, label in (("minhash5", "MinHash word 5-gram"), ("bigram", "bigram containment")):
        values = {k: v[name] for k, v in scores.items()}
        t = thresholds[name]
        rows.append((label, f">= {t:.2f}", {k for k, v in values.items() if v >= t}))
        if tune:
            best = best_threshold(values, gold, GRID)
            p, r, f = prf({k for k, v in values.items() if v >= best}, gold)
            print(f"    tune {name}: best threshold on this set {best:.2f} (P {p:.2f} R {r:.2f}"
                  f" F1 {f:.2f})")
    print(f"    {'method':<22} {'threshold':<9} {'pred':>5} {'TP':>4} {'P':>6} {'R':>6} "
          f"{'F1':>6}  recall wholly / partially")
    for label, thr, pred in rows:
        p, r, f = prf(pred, gold)
        per = []
        for cls in DERIVED:
            cls_gold = {k for k in gold if labels[k].label == cls}
            per.append(f"{len(pred & cls_gold)}/{len(cls_gold)}")
        print(f"    {label:<22} {thr:<9} {len(pred):>5} {len(pred & gold):>4} {p:>6.3f} "
              f"{r:>6.3f} {f:>6.3f}  {' / '.join(per)}")
    right, scored = direction_accuracy(edges, labels)
    share = f"{right / scored:.3f}" if scored else "n/a"
    print(f"    quotecheck direction: {right} of {scored} found pairs with a labelled direction "
          f"({share})")
    misses = sorted(gold - found)
    false = sorted(found - gold)
    for title, pairs in (("missed by quotecheck", misses), ("quotecheck false edges", false)):
        if pairs:
            print(f"    {title}: " + "; ".join(f"{a} ~ {b}" for a, b in pairs))


def family_pairs(families) -> set[tuple[str, str]]:
    """Pairs linked through a wire family's latent root (the wire text): two members, or a
    member and a document that partly reuses the wire text."""
    out = set()
    for f in families:   # members, and documents that partly reuse the wire text
        linked = list(f["members"]) + list(f.get("partial", ()))
        out |= {pair_key(a, b) for a in linked for b in f["members"] if a != b}
    return out


def connected(edges: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """Every pair of documents joined by a chain of edges (copies of one source), as pairs."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x
    for a, b in edges:
        parent[root(a)] = root(b)
    groups: dict[str, list[str]] = {}
    for x in list(parent):
        groups.setdefault(root(x), []).append(x)
    return {pair_key(a, b) for g in groups.values() for a in g for b in g if a < b}


def rates(report: dict, cpu: float | None) -> None:
    """Print part (b): warnings and errors per 100 articles by rule code, CPU per article."""
    n = len(report["documents"]) or 1
    serious = [f for f in report["findings"] if f["severity"] in SERIOUS]
    print(f"(b) warnings+errors: {len(serious)} in {n} articles = {100 * len(serious) / n:.1f} "
          f"per 100 articles")
    counts = Counter((f["code"], f["name"], f["severity"]) for f in serious)
    for (code, name, sev), c in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
        print(f"    {code} {name:<28} {sev:<8} {c:>4}  {100 * c / n:6.1f} / 100 articles")
    infos = Counter(f["code"] for f in report["findings"] if f["severity"] == "info")
    print("    infos: " + ", ".join(f"{c} {k}" for k, c in sorted(infos.items())))
    if cpu is not None:
        print(f"    compare CPU: {cpu:.2f} s for {n} articles = {cpu / n:.3f} s / article")


def code_filter(codes: str | None, exclude_framing: bool):
    """A test on a finding's code: in ``codes`` (comma-separated codes or prefixes such as
    ``QC1``) when given, and not a framing code (QC3xx) under ``exclude_framing``."""
    wanted = tuple(c.strip() for c in (codes or "").split(",") if c.strip())
    return lambda code: ((not wanted or code.startswith(wanted))
                         and not (exclude_framing and code.startswith("QC3")))


def sample_findings(report: dict, size: int, seed: int, keep=lambda code: True) -> list[dict]:
    """A reproducible random sample of warnings/errors (all of them when there are fewer),
    only those whose code ``keep`` accepts (all by default: seeds drawn before stay)."""
    serious = sorted((f for f in report["findings"]
                      if f["severity"] in SERIOUS and keep(f["code"])),
                     key=lambda f: (f["document"], f["start"], f["code"], f["end"]))
    return random.Random(seed).sample(serious, min(size, len(serious)))


def show_sample(sample: list[dict], texts: dict, context: int) -> None:
    """Print part (c): each sampled finding with the text around it (terminal only)."""
    for i, f in enumerate(sample, 1):
        text = texts[f["document"]]
        lo, hi = max(0, f["start"] - context), min(len(text), f["end"] + context)
        around = (text[lo:f["start"]] + "[[" + text[f["start"]:f["end"]] + "]]"
                  + text[f["end"]:hi]).replace("\n", " / ")
        print(f"--- {i}. {f['document']} {f['code']} {f['name']} start={f['start']} "
              f"fingerprint={f.get('fingerprint') or ''}\n    {f['message']}\n    ...{around}...")
        for rel in f.get("related") or []:
            other = texts.get(rel.get("document"), "")
            if other:
                print(f"    related {rel['document']}: "
                      f"{other[rel['start']:rel['end']][:300]!r}")


def score_judgements(sample: list[dict], path: Path) -> None:
    """Print the share of sampled findings judged real and the false-alarm classes."""
    judged = read_judgements(path)
    verdicts = []
    for f in sample:
        hit = next((judged[k] for k in finding_keys(f) if k in judged), None)
        verdicts.append(hit)
    done = [v for v in verdicts if v]
    real = sum(v[0] == "real" for v in done)
    print(f"    judged {len(done)} of {len(sample)} sampled: real {real} "
          f"({real / len(done):.0%} of judged)" if done else "    nothing judged")
    for cls, c in Counter(v[1] for v in done if v[0] == "false").most_common():
        print(f"      false alarm: {cls or 'unclassified'}: {c}")
    for cls, c in Counter(v[1] for v in done if v[0] == "real").most_common():
        print(f"      real: {cls or 'unclassified'}: {c}")


def pool(report: dict, texts: dict, size: int, seed: int) -> None:
    """Print the pairs to label as CSV: proposed by any method, plus ``size`` random others."""
    proposers: dict[tuple, list[str]] = {}
    for e in report["provenance"]:
        proposers.setdefault(pair_key(e["source"], e["derived"]), []).append("qc")
    # pairs linked only through a wire family are scored as found too: offer them as well
    for key in family_pairs(report.get("families", ())):
        proposers.setdefault(key, []).append("qc-family")
    for key, s in baseline_scores(texts).items():
        for name, tag in (("minhash5", "mh"), ("bigram", "bg")):
            if s[name] >= LENIENT[name]:
                proposers.setdefault(key, []).append(tag)
    keys = sorted(texts)
    rest = [pair_key(a, b) for i, a in enumerate(keys) for b in keys[i + 1:]
            if pair_key(a, b) not in proposers]
    for key in random.Random(seed).sample(rest, min(size, len(rest))):
        proposers[key] = ["random"]
    print("doc_a,doc_b,label,direction,note")
    for (a, b), tags in sorted(proposers.items()):
        print(f"{a},{b},,,{'+'.join(dict.fromkeys(tags))}")


def show_pair(texts: dict, a: str, b: str) -> None:
    """Print per paragraph of A the share of its 5-grams found in B (a labelling aid)."""
    other = shingles(texts[b], 5)
    for para in (p for p in texts[a].split("\n\n") if p.strip()):
        grams = shingles(para, 5)
        share = len(grams & other) / len(grams) if grams else 0.0
        print(f"{share:4.0%} | {para.strip()[:160]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set_folder", type=Path)
    ap.add_argument("labels", type=Path, nargs="?", help="pair labels CSV")
    ap.add_argument("--extra-labels", type=Path, nargs="*", default=[],
                    help="post-hoc pair labels (later pools, kept apart): used for pairs the "
                         "labels file leaves unlabelled")
    ap.add_argument("--report", type=Path, help="reuse a saved compare JSON report")
    ap.add_argument("--minhash", type=float, default=THRESHOLDS["minhash5"])
    ap.add_argument("--bigram", type=float, default=THRESHOLDS["bigram"])
    ap.add_argument("--tune", action="store_true", help="print the best thresholds on this set")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--context", type=int, default=240)
    ap.add_argument("--judgements", type=Path)
    ap.add_argument("--codes", help="sample only these codes (comma-separated, prefixes: QC1)")
    ap.add_argument("--exclude-framing", action="store_true",
                    help="sample no framing finding (QC3xx)")
    ap.add_argument("--involving", metavar="REGEX",
                    help="score only pairs with a document id matching REGEX (meter: "
                         "'Press-Association' leaves out paper~paper pairs)")
    ap.add_argument("--pool", type=int, metavar="N", help="print the pair pool to label")
    ap.add_argument("--show", nargs=2, metavar=("A", "B"))
    args = ap.parse_args(argv)
    if args.report:
        report, cpu = json.loads(args.report.read_text(encoding="utf-8")), None
    else:
        report, cpu = run_compare(args.set_folder)
    texts = document_texts(report)
    if args.show:
        show_pair(texts, *args.show)
        return 0
    if args.pool is not None:
        pool(report, texts, args.pool, args.seed)
        return 0
    print(f"set {args.set_folder} ({report['tool']['name']} {report['tool']['version']})")
    if args.labels:
        thresholds = {"minhash5": args.minhash, "bigram": args.bigram}
        labels = read_labels(args.labels)
        for extra in args.extra_labels:   # a later pool never overrides an earlier label
            for key, label in read_labels(extra).items():
                labels.setdefault(key, label)
        score_pairs(report, texts, labels, thresholds, args.tune, args.involving)
    rates(report, cpu)
    if args.sample or args.judgements:
        keep = code_filter(args.codes, args.exclude_framing)
        sample = sample_findings(report, args.sample or 40, args.seed, keep)
        only = (f" (codes {args.codes})" if args.codes else "") + (
            " (framing excluded)" if args.exclude_framing else "")
        print(f"(c) sample of {len(sample)} warnings/errors{only}, seed {args.seed}")
        if args.sample:
            show_sample(sample, texts, args.context)
        if args.judgements:
            score_judgements(sample, args.judgements)
    return 0


if __name__ == "__main__":
    sys.exit(main())
