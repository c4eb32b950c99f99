"""Framing warnings on PolNeAR-train articles, sampled for judging by reading (issue 15).

PolNeAR (political news 2015-16, seven US publishers) annotates attributions, not bias, so
the share of framing warnings a copy editor finds defensible is measured by reading a random
sample. The train documents are split in two halves by a stable hash of the file name:
``tune`` (read while fixing false-alarm classes) and ``measure`` (read once, at the end, for
the figure). PolNeAR's dev split is not to be viewed and its test split is held out: this
module reads only a folder named ``train``.

A warning is a QC3xx finding whose final severity is ``warning`` (infos and findings lowered
to info do not gate). Each article is checked on its own, like ``compare`` on one file.
Judgement files (``bench/labels/polnear_framing_judgements.csv``) hold ids only, never text:
``half,document,code,start,end,verdict,class`` with verdict ``defensible`` or ``false``.
"""
from __future__ import annotations

import csv
import hashlib
import random
import re
import sys
from collections import Counter
from pathlib import Path

HALVES = ("tune", "measure")
FIELDS = ("half", "document", "code", "start", "end", "verdict", "class")
VERDICTS = ("defensible", "false")


def half_of(name: str) -> str:
    """The half a document belongs to: a stable hash of its file name."""
    return HALVES[int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 2]


def documents(folder: Path, half: str) -> list[Path]:
    """The ``.txt`` articles of ``folder`` in ``half`` (``all`` for both), sorted."""
    if folder.resolve().name in ("dev", "test"):
        raise SystemExit(f"{folder}: PolNeAR dev is not to be viewed and test is held out; "
                         "use the train folder")
    return [p for p in sorted(folder.glob("*.txt"))
            if half == "all" or half_of(p.name) == half]


def framing_warnings(paths: list[Path]) -> list[dict]:
    """Every QC3xx warning of each article checked on its own: document, code, span,
    lexicon entry or verb, and the article text (kept in memory only)."""
    from quotecheck.load.loader import load_file
    from quotecheck.plugins.manager import get_plugin_manager
    from quotecheck.resources.ruledata import rules_root
    from quotecheck.rules.schema import load_rules
    from quotecheck.story import Story

    rs, _ = load_rules([rules_root() / "framing"], get_plugin_manager().rule_types())
    rules = rs.all()
    out = []
    for path in paths:
        doc = load_file(path, path.name)
        story = Story([doc])
        for rule in rules:
            rtype = rs.rule_type(rule.type)
            for det in rtype.check_document(rule, rs.compiled(rule), doc, story):
                if (det.severity or rule.severity) != "warning":
                    continue
                out.append({"document": path.name, "code": rule.code, "start": det.start,
                            "end": det.end, "text": doc.text})
    out.sort(key=lambda w: (w["document"], w["start"], w["code"]))
    return out


def key_of(w: dict) -> tuple:
    return (w["document"], w["code"], int(w["start"]), int(w["end"]))


def read_judgements(path: Path) -> dict:
    """``{(document, code, start, end): (verdict, class, half)}`` of a judgement file."""
    if not path.is_file():
        return {}
    out = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["verdict"] not in VERDICTS:
                raise SystemExit(f"{path}: bad verdict {row['verdict']!r}")
            out[key_of(row)] = (row["verdict"], row["class"], row["half"])
    return out


_SENTENCE = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[\u201c\"A-Z])|\n\s*\n")


def context(text: str, start: int, end: int, width: int = 320) -> str:
    """The sentence around ``text[start:end]`` and the one before it, the span in [[ ]]."""
    lo = max(0, start - width)
    cuts = [m.end() for m in _SENTENCE.finditer(text, lo, start)]
    s0 = cuts[-2] if len(cuts) >= 2 else (cuts[-1] if cuts else lo)
    m = _SENTENCE.search(text, end, min(len(text), end + width))
    s1 = m.start() if m else min(len(text), end + width)
    return " ".join((text[s0:start] + "[[" + text[start:end] + "]]" + text[end:s1]).split())


def content_spans(path: Path) -> list[tuple[int, int]]:
    """Character spans of the attribution CONTENT annotations of an article (any annotator):
    a reading aid (a warning there is likely reported speech), not the verdict."""
    spans = []
    for ann in path.parent.glob(path.stem + ".*ann"):
        for line in ann.read_text(encoding="utf-8", errors="replace").splitlines():
            parts = line.split("\t")
            if len(parts) >= 2 and parts[0].startswith("T") and parts[1].startswith("Content"):
                for piece in parts[1].split(" ", 1)[1].split(";"):
                    a, _, b = piece.partition(" ")
                    if a.isdigit() and b.isdigit():
                        spans.append((int(a), int(b)))
    return spans


def sample(warnings: list[dict], size: int, seed: int) -> list[dict]:
    """A reproducible random sample of the warnings (all of them when there are fewer)."""
    return random.Random(seed).sample(warnings, min(size, len(warnings)))


def show(items: list[dict], folder: Path, half: str, judged: dict) -> None:
    """Print each sampled warning with its context (terminal only: never commit it)."""
    for i, w in enumerate(items, 1):
        k = key_of(w)
        inside = any(a <= w["start"] and w["end"] <= b
                     for a, b in content_spans(folder / w["document"]))
        verdict = judged.get(k)
        print(f"--- {i}. {half},{k[0]},{k[1]},{k[2]},{k[3]}"
              + ("  [in a PolNeAR Content span]" if inside else "")
              + (f"  judged: {verdict[0]} ({verdict[1]})" if verdict else ""))
        print("    " + context(w["text"], w["start"], w["end"]))


def report(folder: Path, half: str, size: int, seed: int, judgements: Path | None,
           show_text: bool, dump: Path | None = None) -> None:
    paths = documents(folder, half)
    warnings = framing_warnings(paths)
    if dump:                 # ids only, to diff two checkouts' warnings
        dump.write_text("".join(",".join(map(str, key_of(w))) + "\n" for w in warnings))
    codes = Counter(w["code"] for w in warnings)
    print(f"(c) PolNeAR {folder.name}, half {half}: {len(paths)} articles, "
          f"{len(warnings)} framing warnings = {100 * len(warnings) / max(1, len(paths)):.1f} "
          "/ 100 articles  " + ", ".join(f"{c} {n}" for c, n in sorted(codes.items())))
    judged = read_judgements(judgements) if judgements else {}
    if size:
        items = sample(warnings, size, seed)
        print(f"    sample of {len(items)} warnings, seed {seed}")
        if show_text:
            show(items, folder, half, judged)
        if judgements:
            score(items, judged, f"sample seed {seed}")
    if judgements:
        current = {key_of(w) for w in warnings}
        mine = {k: v for k, v in judged.items() if v[2] == half or half == "all"}
        still = {k: v for k, v in mine.items() if k in current}
        gone = Counter(v[0] for k, v in mine.items() if k not in current)
        score_rows(list(still.values()),
                   f"judged warnings that still fire ({len(still)} of {len(mine)} judged in "
                   f"this half; no longer firing: {dict(gone) or 'none'})")


def score(items: list[dict], judged: dict, label: str) -> None:
    rows = [judged[key_of(w)] for w in items if key_of(w) in judged]
    missing = len(items) - len(rows)
    score_rows(rows, label + (f" ({missing} not judged)" if missing else ""))


def score_rows(rows: list, label: str) -> None:
    n = len(rows)
    ok = sum(1 for v in rows if v[0] == "defensible")
    classes = Counter(v[1] for v in rows if v[0] == "false")
    print(f"    {label}: defensible {ok} of {n} ({ok / max(1, n):.0%})")
    if classes:
        print("      false: " + ", ".join(f"{c} {k}" for c, k in classes.most_common()))


def main_polnear(args) -> None:
    report(args.polnear, args.half, args.sample, args.seed, args.judgements,
           show_text=args.show, dump=args.dump)


if __name__ == "__main__":  # pragma: no cover - use bench/eval_framing.py --polnear
    sys.exit("run: python bench/eval_framing.py --polnear DIR --half tune --sample 60")
