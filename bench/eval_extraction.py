"""Held-out extraction evaluation: direct-quote precision, recall, F1 and speaker accuracy.

Gold lives in ``tests/eval/extraction/gold.json``: per file, each direct quote's span inside
the marks (``start``/``end`` into the decoded file) and its speaker (a canonical name, a list
of acceptable names, ``null`` for the narrator's own scare quotes, ``"*"`` when the speaker
is not scored). ``optional`` quotes (nested quotes, names in quote marks) count neither as
hits nor as misses. A predicted quote matches a gold quote when their spans overlap by at
least half the gold span's characters (one-to-one, largest overlap first). A speaker is right
when ``quotecheck.quotes.speakers.same_speaker`` accepts it or the gold name's last word (the
surname) is one of the predicted name's words, case-insensitively ("Neil Cutler KC");
a ``null`` gold speaker is right only when nothing was attributed.

Run: ``python bench/eval_extraction.py [--verbose] [--json]`` from the repository root.
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
CORPUS = ROOT / "tests" / "eval" / "extraction"
MIN_OVERLAP = 0.5


def _words(name: str) -> list:
    words = [w.strip(".,’'").casefold() for w in name.split()]
    return [w for w in words if w]


def speaker_ok(gold, predicted) -> bool:
    """True when the predicted speaker name is acceptable for the gold speaker."""
    from quotecheck.quotes.speakers import same_speaker

    if gold == "*":
        return True
    if gold is None:
        return predicted is None
    if not predicted:
        return False
    for name in ([gold] if isinstance(gold, str) else gold):
        gold_words = _words(name)
        if same_speaker(name, predicted) or (gold_words and gold_words[-1] in _words(predicted)):
            return True
    return False


def match(gold_rows: list, predicted: list) -> tuple[dict, set]:
    """Pair gold rows with predicted quotes one-to-one: {gold index: quote}, unmatched quotes."""
    candidates = []
    for gi, g in enumerate(gold_rows):
        glen = max(1, g["end"] - g["start"])
        for pi, q in enumerate(predicted):
            ov = min(g["end"], q.end) - max(g["start"], q.start)
            if ov > 0 and ov / glen >= MIN_OVERLAP:
                candidates.append((ov / glen, -abs(q.start - g["start"]), gi, pi))
    candidates.sort(reverse=True)
    pairs, used = {}, set()
    for _, _, gi, pi in candidates:
        if gi in pairs or pi in used:
            continue
        pairs[gi] = predicted[pi]
        used.add(pi)
    return pairs, set(range(len(predicted))) - used


def evaluate(corpus: Path = CORPUS) -> dict:
    """Score the extractor on ``corpus``; returns totals and per-file error lists."""
    from quotecheck.load.loader import load_paths
    from quotecheck.model import analysed
    from quotecheck.story import Story

    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    loaded = load_paths([corpus / name for name in sorted(gold)])
    if loaded.errors:
        raise SystemExit(f"load errors: {loaded.errors}")
    story = Story(loaded.documents)
    by_doc: dict = {}
    for q in analysed(story.quotes):    # a title of a work: the extractor's "no one's words"
        by_doc.setdefault(q.document, []).append(q)
    tp = fp = fn = sp_total = sp_right = 0
    files = {}
    for doc in loaded.documents:
        rows = gold[Path(doc.path).name]
        preds = sorted(by_doc.get(doc.id, []), key=lambda q: q.start)
        pairs, unmatched = match(rows, preds)
        misses, wrong_sp, spurious = [], [], []
        for gi, g in enumerate(rows):
            q = pairs.get(gi)
            if g.get("optional"):
                continue
            if q is None:
                fn += 1
                misses.append(g["quote"])
                continue
            tp += 1
            if g["speaker"] != "*":
                sp_total += 1
                if speaker_ok(g["speaker"], q.speaker):
                    sp_right += 1
                else:
                    wrong_sp.append((g["quote"], g["speaker"], q.speaker))
        for pi in sorted(unmatched):
            q = preds[pi]
            fp += 1
            spurious.append((q.text, q.speaker))
        files[doc.id] = {"missed": misses, "wrong_speaker": wrong_sp, "spurious": spurious}
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1,
            "speaker_scored": sp_total, "speaker_right": sp_right,
            "speaker_accuracy": sp_right / sp_total if sp_total else 0.0, "files": files}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="list every error")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--corpus", type=Path, default=CORPUS,
                    help="folder with articles and gold.json (default: tests/eval/extraction; "
                         "tests/eval/extraction2 is the second held-out set)")
    args = ap.parse_args(argv)
    res = evaluate(args.corpus)
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return 0
    print(f"quotes: tp={res['tp']} fp={res['fp']} fn={res['fn']}")
    print(f"precision={res['precision']:.3f} recall={res['recall']:.3f} f1={res['f1']:.3f}")
    print(f"speaker accuracy={res['speaker_accuracy']:.3f} "
          f"({res['speaker_right']}/{res['speaker_scored']} matched quotes with a scored speaker)")
    for doc, errs in res["files"].items():
        n = sum(len(v) for v in errs.values())
        print(f"  {'PASS' if not n else 'FAIL'} {doc}: {len(errs['missed'])} missed, "
              f"{len(errs['spurious'])} spurious, {len(errs['wrong_speaker'])} wrong speaker")
        if args.verbose:
            for q in errs["missed"]:
                print(f"      missed: {q!r}")
            for q, sp in errs["spurious"]:
                print(f"      spurious: {q!r} (speaker {sp})")
            for q, g, p in errs["wrong_speaker"]:
                print(f"      speaker: {q[:60]!r} gold={g} got={p}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
