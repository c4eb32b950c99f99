"""Score a quotation extractor against a brat-annotated folder of news articles (e.g. PolNeAR).

Measures, for any extractor writing quotecheck's JSON report (``quotecheck-report/1``: quotes
with code-point ``start``/``end``, ``speaker``, ``speaker_start``/``speaker_end``): direct-quote
precision/recall/F1 at IoU 0.5 and 0.8, speaker accuracy on matched direct and partial quotes,
quote+speaker P/R/F1, and failures by class (``-v``: examples, printed to the terminal only).

Gold quotations (folder layout, direct and partial, transcript turns): brat_gold.py;
speaker rules: brat_speakers.py; the printed report: brat_report.py.

Matching: spans lose whitespace, marks and , . ; : at both ends (gold and predicted alike);
IoU = shared / union characters; one-to-one, best IoU first. The first annotator file (sorted)
is the gold; an unmatched prediction overlapping a quotation (direct or partial) of ANY
annotator is neutral, not a false positive, as is one matched to a partial quotation.

A predicted quote whose optional ``kind`` says it is no speech (``title``, ``scare``,
``headline``) is left out: the extractor claims no speaker for it; one without ``kind`` is scored.

Speakers (one scorer for every extractor): case-folded,
typographic apostrophes and in-word dashes folded (O’Neill = O'Neill); possessive 's, honorifics (Mr, Sen,
Dr, Jr ...), articles and initials dropped, and role titles before a name (President, Dean).
A predicted name is right when it ends with the same word as the gold SOURCE text (or one of
its spans) or a part of it (split at commas, brackets, dashes, of/from/who/and/at, and
in/for before a capital or "the": "the museum in Ohio") and, if
both have two words or more, the word before the last of one is among the other's earlier
words: "Trump", "Donald J. Trump", "Republican Donald Trump" agree with
"Republican nominee Donald Trump", "Ana Ruiz" with "Ruiz, the mayor of X"; "Bill Clinton"
and "Hillary Clinton" do not, nor "Trump" and "Trump's campaign". A source naming nobody
(pronouns, lower-case words: "he", "the spokeswoman") is also right ("resolved") for the
nearest earlier SOURCE of that annotator naming someone or a mention in the CoreNLP chain of the
longest mention inside it; failing that ("same mention", resolution unverified) when the
predicted speaker mention overlaps the source. A description with capitalised words
("the Florida senator", "one Republican involved in ...", "Clinton aides": an indefinite head
or a lower-case head noun, no appositive name) names nobody either: it resolves as above, but
a name it only contains ("Clinton") is wrong, and a same-mention speaker must be words of it
(a name given for it that no chain or antecedent confirms is wrong). A relative pronoun source
("Mike Pence, who called him ...": who, whom, which, that), which no CoreNLP chain holds, is
resolved to the phrase before it, back to the previous comma or sentence mark, its head
before a post-modifier ("one aide familiar with ..."), or the name ending that phrase (--no-relative: not). Gold without SOURCE is
not scored for speaker accuracy and counts as right in quote+speaker. No predicted speaker is
never right. PolNeAR is univocal (each token in at most one attribution): of a nested
attribution ("“…,” Vane said, according to the Ledger") it keeps the outer source, the inner
"Vane said" inside its content; a prediction whose optional ``reported_by`` names that source
and whose speaker mention lies in the content is right ("relaying source"; --speaker-only: not).

Reproduce (PolNeAR train and dev, never test; bench/README.md gives the layout commands):
  python bench/eval_brat.py /tmp/polnear/dev -v     # quotecheck run once per article
  python bench/eval_brat.py /tmp/polnear/train --json-dir REPORTS   # precomputed reports
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# the gold and speaker rules, re-exported for the scorers and tests that import this module
from brat_gold import gold_quotes, load_folder, quoted_stretches, read_ann, trim  # noqa: E402,F401
from brat_report import output_options, report  # noqa: E402,F401
from brat_speakers import (ACCEPT_RELATIVE, ACCEPT_RELAYED, RIGHT, is_description,  # noqa: E402,F401
                           is_named, name_match, speaker_verdict, src_text)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_COMMAND = "python -m quotecheck quotes {path} --format json -q"
THRESHOLDS = (0.5, 0.8)
SPEECH = ("direct", "partial")   # kinds scored; title, scare, headline: the extractor's "not speech"


def read_reports(reports: list) -> dict:
    """{doc stem: [quote dicts]} from quotecheck-report/1 objects (one or many documents each)."""
    out = defaultdict(list)
    for rep in reports:
        stems = {d["id"]: Path(d.get("path") or d["id"]).name for d in rep.get("documents", [])}
        for q in rep.get("quotes", []):
            name = stems.get(q["document"], q["document"])
            out[name[:-4] if name.endswith(".txt") else name].append(q)
    return out


def run_command(template: str, paths: list, jobs: int = 1) -> dict:
    """Run the extractor once per path (``{path}`` in the template) and read its JSON reports."""
    with tempfile.TemporaryDirectory() as shim:   # this tree's plugins and rules, not an
        for pkg, sub in (("quotecheck_plugins", "plugins/builtin"), ("quotecheck_rules", "rules")):
            os.symlink(ROOT / sub, Path(shim, pkg))  # editable install's (another checkout)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            x for x in (str(ROOT), shim, os.environ.get("PYTHONPATH")) if x))

        def run(path):
            argv = [a.replace("{path}", str(path)) for a in shlex.split(template)]
            argv[:1] = [sys.executable] if argv[:1] == ["python"] else argv[:1]
            proc = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, env=env)
            try:
                return json.loads(proc.stdout)
            except json.JSONDecodeError:
                raise SystemExit(f"{path}: extractor gave no JSON (exit {proc.returncode}): "
                                 f"{proc.stderr[-2000:]}")
        with ThreadPoolExecutor(jobs) as pool:
            return read_reports(list(pool.map(run, paths)))


def iou(a: tuple, b: tuple) -> float:
    """Shared characters over the union's characters of two spans."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / (max(a[1], b[1]) - min(a[0], b[0])) if inter > 0 else 0.0


def prf(tp: int, npred: int, ngold: int) -> dict:
    """Precision, recall and F1 from counts."""
    p, r = tp / npred if npred else 0.0, tp / ngold if ngold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score(docs: dict, preds: dict, threshold: float, verdict=None) -> dict:
    """Counts and failure classes at one IoU; ``verdict`` replaces :func:`speaker_verdict`."""
    c, fails = Counter(), defaultdict(list)
    for stem, doc in docs.items():
        text, gold = doc["text"], doc["gold"]
        qs = [(trim(text, q["start"], q["end"]), q) for q in preds.get(stem, [])]
        qs = [(sp, q) for sp, q in qs if sp[1] > sp[0] and q.get("kind", "direct") in SPEECH]
        pairs = sorted(((iou((g["start"], g["end"]), sp), -abs(g["start"] - sp[0]), gi, pi)
                        for gi, g in enumerate(gold) for pi, (sp, _) in enumerate(qs)),
                       reverse=True)
        gm = {}                               # gold index: prediction index
        for v, _, gi, pi in pairs:
            if v >= threshold and gi not in gm and pi not in gm.values():
                gm[gi] = pi
        for gi, g in enumerate(gold):
            k = g["kind"]
            c[k + "_gold"] += 1
            if gi not in gm:
                near = any(iou((g["start"], g["end"]), sp) > 0 for sp, _ in qs)
                cls = f"{k}: missed, " + ("a prediction overlaps below the IoU" if near
                                          else "no prediction overlaps")
                fails[cls].append((stem, g, None))
                continue
            q = qs[gm[gi]][1]
            v = (verdict or speaker_verdict)(q, g, doc)
            c[k + "_matched"] += 1
            c[f"{k}_speaker_{v}"] += 1
            if v in RIGHT + ("unscored",):
                c[k + "_quote_speaker_tp"] += 1
            else:
                cls = (f"{k}: no speaker given" if v == "none" else f"{k}: wrong speaker, gold "
                       + ("source named" if is_named(src_text(text, g["source"]))
                          else "source a pronoun/description"))
                fails[cls].append((stem, g, q))
        for sp, q in (x for pi, x in enumerate(qs) if pi not in gm.values()):
            if any(iou((a["start"], a["end"]), sp) > 0 for a in doc["any"]):
                c["neutral"] += 1
                continue
            c["fp"] += 1
            where = ("in the headline" if "\n" not in text[:sp[0]] else "inside a CONTENT span"
                     if any(a <= sp[0] < b for a, b in doc["contents"]) else "elsewhere")
            fails[f"false positive, {where}, " + ("with a speaker" if q.get("speaker")
                                                  else "no speaker")].append((stem, None, q))
    npred = c["direct_matched"] + c["fp"]
    res = {"threshold": threshold, "counts": dict(c),
           "direct": prf(c["direct_matched"], npred, c["direct_gold"]),
           "quote_speaker": prf(c["direct_quote_speaker_tp"], npred, c["direct_gold"]),
           "failures": {k: len(v) for k, v in sorted(fails.items(), key=lambda kv: -len(kv[1]))}}
    for k in ("direct", "partial"):
        right = sum(c[f"{k}_speaker_{v}"] for v in RIGHT)
        scored = right + c[f"{k}_speaker_wrong"] + c[f"{k}_speaker_none"]
        res.update({f"speaker_accuracy_{k}": right / scored if scored else 0.0,
                    f"speaker_right_{k}": right, f"speaker_scored_{k}": scored})
    return res, fails


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="brat folder: DOC.txt + DOC[.annotator].ann")
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--command", default=DEFAULT_COMMAND, help="extractor command run from "
                     "the repository root; {path} is one article (default: %(default)s)")
    src.add_argument("--json-dir", type=Path, help="folder of precomputed JSON reports instead")
    ap.add_argument("--whole-folder", action="store_true", help="run the command once, {path} "
                    "the folder (faster; quotecheck then shares speaker names across articles)")
    output_options(ap)
    args = ap.parse_args(argv)
    docs = load_folder(args.folder)
    if not docs:
        raise SystemExit(f"{args.folder}: no DOC.txt with DOC.ann / DOC.<annotator>.ann")
    paths = [args.folder] if args.whole_folder else [args.folder / f"{d}.txt" for d in docs]
    preds = (read_reports([json.loads(p.read_text(encoding="utf-8"))
                           for p in sorted(args.json_dir.glob("*.json"))])
             if args.json_dir else run_command(args.command, paths, args.jobs))
    if stray := sorted(set(preds) - set(docs)):
        print(f"warning: reported documents not in the gold folder: {stray[:3]}", file=sys.stderr)
    print_scores(args, docs, preds)
    return 0


def print_scores(args, docs: dict, preds: dict, verdict=None) -> None:
    """Score at each IoU threshold and print the figures (JSON, or the report)."""
    ACCEPT_RELAYED[0] = not getattr(args, "speaker_only", False)
    ACCEPT_RELATIVE[0] = not getattr(args, "no_relative", False)
    scored = [score(docs, preds, t, verdict) for t in THRESHOLDS]
    results = [r for r, _ in scored]
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        report(docs, results, scored[0][1], args.examples if args.verbose else 0)


if __name__ == "__main__":
    raise SystemExit(main())
