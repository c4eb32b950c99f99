"""Framing rules (QC3xx) against sentence-level media-bias annotations, and on real news.

(a) Sentence-level lexical bias on an annotated corpus in the BABE layout (Spinde et al.
    2021, ``final_labels_SG2.csv``: ``text;...;label_bias;...;biased_words``; AGPL-3.0, keep
    it outside the repository, e.g. in /tmp). A sentence is gold-biased when it is labelled
    ``Biased`` and names at least one biased word (lexical bias); it is predicted biased when
    a framing rule fires in it, in the narrator's voice. Prints P/R/F1 for warnings only and
    for warnings plus infos, per rule, and the all-biased baseline. ``--split dev`` and
    ``--split test`` are two halves chosen by a hash of the sentence (tune on dev, report
    test); word-level: the share of predicted words that are among the annotated words
    (precision) and the share of annotated biased words of the lexically biased sentences
    that a detection covers (recall), with their F1.
(b) ``--realnews DIR ...``: framing warnings per 100 articles of ``compare`` on each story
    folder (``bench/realnews_layout.py``), with this checkout and, with ``--before ROOT``, with
    another checkout (for example ``git worktree add /tmp/qc-main main``) for before/after.

    python bench/eval_framing.py --babe /tmp/babe/SG2.csv --split test \\
        --realnews /tmp/realnews/census /tmp/realnews/spotify --before /tmp/qc-main
(c) ``--polnear DIR --half tune|measure``: framing warnings on PolNeAR-train articles, each
    checked on its own; ``--sample N --seed S --show`` prints a random sample with context
    (terminal only) and ``--judgements FILE`` scores it against ids-only verdicts
    (``bench/framing_polnear.py``, docs/evaluation.md section 7).

    python bench/eval_framing.py --polnear /tmp/polnear/train --half measure --sample 60 \\
        --seed 1 --judgements bench/labels/polnear_framing_judgements.csv

``--code ROOT`` runs (a) and (c) with another checkout's quotecheck, rules and plugins (for
before/after figures).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEVERITIES = ("warning", "all")


def read_babe(path: Path, split: str) -> list[tuple[str, bool, list[str]]]:
    """(sentence, lexically biased, biased words) of a BABE-layout CSV, one split."""
    rows = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            text = (row.get("text") or "").strip()
            if not text or row.get("label_bias") not in ("Biased", "Non-biased"):
                continue
            half = int(hashlib.sha1(text.encode()).hexdigest(), 16) % 2
            if split != "all" and half != (0 if split == "dev" else 1):
                continue
            words = [w.strip(" '\"").lower() for w in (row.get("biased_words") or "")
                     .strip("[]").split(",") if w.strip(" '\"")]
            rows.append((text, row["label_bias"] == "Biased" and bool(words), words))
    return rows


def framing_hits(sentences: list[str]) -> list[list[tuple[str, str, str]]]:
    """Per sentence, the (code, severity, word) of every framing detection."""
    from quotecheck.load.loader import load_text
    from quotecheck.plugins.manager import get_plugin_manager
    from quotecheck.resources.ruledata import rules_root
    from quotecheck.rules.schema import load_rules
    from quotecheck.story import Story

    rs, _ = load_rules([rules_root() / "framing"], get_plugin_manager().rule_types())
    rules = rs.all()
    out = []
    for i, text in enumerate(sentences):
        doc = load_text(text, id=f"s{i}")
        story = Story([doc])
        hits = []
        for rule in rules:
            for det in rs.rule_type(rule.type).check_document(rule, rs.compiled(rule), doc,
                                                              story):
                severity = det.severity or rule.severity
                hits.append((rule.code, severity, text[det.start:det.end].lower()))
        out.append(hits)
    return out


def prf(pred: list[bool], gold: list[bool]) -> tuple[float, float, float]:
    tp = sum(p and g for p, g in zip(pred, gold))
    p = tp / max(1, sum(pred))
    r = tp / max(1, sum(gold))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report_babe(path: Path, split: str) -> None:
    rows = read_babe(path, split)
    gold = [g for _, g, _ in rows]
    hits = framing_hits([t for t, _, _ in rows])
    print(f"(a) {path.name} split={split}: {len(rows)} sentences, {sum(gold)} lexically "
          f"biased ({sum(gold) / max(1, len(rows)):.0%})")
    print(f"    {'predictor':28} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}")
    p, r, f = prf([True] * len(rows), gold)
    print(f"    {'all biased (baseline)':28} {len(rows):5d} {p:6.3f} {r:6.3f} {f:6.3f}")
    for sev in SEVERITIES:
        pred = [any(sev == "all" or s == sev for _, s, _ in h) for h in hits]
        p, r, f = prf(pred, gold)
        print(f"    {'framing ' + sev + (' + info' if sev == 'all' else 's'):28} "
              f"{sum(pred):5d} {p:6.3f} {r:6.3f} {f:6.3f}")
    per_rule: Counter = Counter()
    per_rule_tp: Counter = Counter()
    on_word: Counter = Counter()
    total: Counter = Counter()
    recalled: Counter = Counter()
    gold_words = 0
    for (_, g, words), h in zip(rows, hits):
        for code in {c for c, _, _ in h}:
            per_rule[code] += 1
            per_rule_tp[code] += g
        for _, severity, word in h:
            hit = any(word in w or w in word for w in words)
            for key in ("all", severity):
                total[key] += 1
                on_word[key] += hit
        if g:
            gold_words += len(set(words))
            for key in ("warning", "all"):
                found = [w for _, s, w in h if key == "all" or s == key]
                recalled[key] += sum(any(x in w or w in x for x in found) for w in set(words))
    print("    per rule (sentences fired, share lexically biased): " + ", ".join(
        f"{c} {n} ({per_rule_tp[c] / n:.0%})" for c, n in sorted(per_rule.items())))
    for key in ("warning", "all"):
        print(f"    {key} detections on an annotated biased word: {on_word[key]} of "
              f"{total[key]} ({on_word[key] / max(1, total[key]):.0%})")
    print(f"    word level ({gold_words} annotated words of the lexically biased sentences; "
          f"P = detections on an annotated word, R = annotated words a detection covers):")
    for key in ("warning", "all"):
        p = on_word[key] / max(1, total[key])
        r = recalled[key] / max(1, gold_words)
        print(f"    {'framing ' + key + ('s' if key == 'warning' else ' + info'):28} "
              f"{total[key]:5d} {p:6.3f} {r:6.3f} {2 * p * r / (p + r) if p + r else 0.0:6.3f}")


def _path_for(root: Path) -> str:
    """A PYTHONPATH under which ``root``'s quotecheck, rules and plugins are imported."""
    tmp = Path(tempfile.mkdtemp(prefix="qc-path-"))
    for name, target in (("quotecheck", "quotecheck"), ("quotecheck_rules", "rules"),
                         ("quotecheck_plugins", "plugins/builtin")):
        (tmp / name).symlink_to(root / target)
    return str(tmp)


def framing_warnings(folder: Path, root: Path) -> tuple[int, int, Counter]:
    """(articles, framing warnings, per code) of ``compare FOLDER`` run with ``root``."""
    env = dict(os.environ, PYTHONPATH=_path_for(root))
    proc = subprocess.run([sys.executable, "-m", "quotecheck", "compare", str(folder),
                           "--format", "json", "--fail-on", "never", "--quiet"],
                          cwd=root, capture_output=True, text=True, env=env)
    report = json.loads(proc.stdout)
    codes = Counter(f["code"] for f in report["findings"]
                    if f["code"].startswith("QC3") and f["severity"] == "warning")
    return len(report["documents"]), sum(codes.values()), codes


def report_realnews(folders: list[Path], before: Path | None) -> None:
    print("(b) framing warnings per 100 articles (compare)")
    for folder in folders:
        for label, root in (("before", before), ("after", ROOT)):
            if root is None:
                continue
            n, w, codes = framing_warnings(folder, root.resolve())
            print(f"    {folder.name:10} {label:6} {w:3d} in {n} articles = "
                  f"{100 * w / max(1, n):5.1f} / 100  "
                  + ", ".join(f"{c} {k}" for c, k in sorted(codes.items())))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--babe", type=Path, help="BABE-layout CSV (semicolon-separated)")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="test")
    ap.add_argument("--realnews", type=Path, nargs="*", default=[])
    ap.add_argument("--before", type=Path, help="another checkout to compare against")
    ap.add_argument("--polnear", type=Path, help="PolNeAR train folder (DOC.txt, DOC.*.ann)")
    ap.add_argument("--half", choices=("tune", "measure", "all"), default="tune")
    ap.add_argument("--sample", type=int, default=0, help="warnings to sample (--polnear)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", action="store_true", help="print the sample with its context")
    ap.add_argument("--judgements", type=Path, help="ids-only verdicts to score the sample")
    ap.add_argument("--dump", type=Path, help="write the warnings' ids to this file")
    ap.add_argument("--code", type=Path, help="run (a) and (c) with another checkout")
    args = ap.parse_args(argv)
    if args.code and not os.environ.get("QC_EVAL_CODE"):
        rest = list(sys.argv[1:] if argv is None else argv)
        i = rest.index("--code")
        del rest[i:i + 2]
        env = dict(os.environ, PYTHONPATH=_path_for(args.code.resolve()), QC_EVAL_CODE="1")
        return subprocess.run([sys.executable, __file__, *rest], env=env).returncode
    if not os.environ.get("QC_EVAL_CODE"):
        sys.path.insert(0, str(ROOT))
    if args.polnear:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from framing_polnear import main_polnear

        main_polnear(args)
    if args.babe:
        report_babe(args.babe, args.split)
    if args.realnews:
        report_realnews(args.realnews, args.before)
    return 0


if __name__ == "__main__":
    sys.exit(main())
