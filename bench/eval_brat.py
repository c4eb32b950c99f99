"""Score a quotation extractor against a brat-annotated folder of news articles (e.g. PolNeAR).

Measures, for any extractor writing quotecheck's JSON report (``quotecheck-report/1``: quotes
with code-point ``start``/``end``, ``speaker``, ``speaker_start``/``speaker_end``): direct-quote
precision/recall/F1 at IoU 0.5 and 0.8, speaker accuracy on matched direct and partial quotes,
quote+speaker P/R/F1, and failures by class (``-v``: examples, printed to the terminal only).

Folder: ``DOC.txt`` with ``DOC.ann`` or one ``DOC.<annotator>.ann`` per annotator, optionally
CoreNLP XML ``DOC.txt.xml``. PolNeAR's scheme: events ``Attribution:T Source:T Cue:T Content:T
[Content2:T]`` (``Attribution-no-source``: no source); offsets are code points into DOC.txt.

Gold quotations. Content pieces with only spaces and marks between them form one fragment.
In each fragment (widened by marks, and a . or , before one, just outside it) every stretch
inside double marks (“ ” „ « » ", and '' … '' as in NYT archive copy; a ” opening a word
opens, as a misprinted “ does) is a quotation; a
stretch whose paragraph is reopened by a mark ends there (multi-paragraph quotes). Single
quotes are no marks (apostrophes; nesting). A fragment whose letters and digits all lie in
marks gives DIRECT quotations ("A," she said,
"B." gives two); quoted stretches in a fragment with unquoted words are PARTIAL.

Matching: spans lose whitespace, marks and , . ; : at both ends (gold and predicted alike);
IoU = shared / union characters; one-to-one, best IoU first. The first annotator file (sorted)
is the gold; an unmatched prediction overlapping a quotation (direct or partial) of ANY
annotator is neutral, not a false positive, as is one matched to a partial quotation.

A predicted quote whose optional ``kind`` says it is no speech (``title``, ``scare``,
``headline``) is left out: the extractor claims no speaker for it; one without ``kind`` is scored.

A transcript turn whose paragraph mark opens before its label ('"WALLACE: ...') is one direct
quotation from the content's start. Speakers (one scorer for every extractor): case-folded,
typographic apostrophes and in-word dashes folded (O’Neill = O'Neill); possessive 's, honorifics (Mr, Sen,
Dr, Jr ...), articles and initials dropped, and role titles before a name (President, Dean).
A predicted name is right when it ends with the same word as the gold SOURCE text (or one of
its spans) or a part of it (split at commas, brackets, dashes, of/from/who/and/at) and, if
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
(a name given for it that no chain or antecedent confirms is wrong). Gold without SOURCE is
not scored for speaker accuracy and counts as right in quote+speaker. No predicted speaker is
never right.

Reproduce (PolNeAR train and dev, never test; bench/README.md gives the layout commands):
  python bench/eval_brat.py /tmp/polnear/dev -v     # quotecheck run once per article
  python bench/eval_brat.py /tmp/polnear/train --json-dir REPORTS   # precomputed reports
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from brat_speakers import (is_description, is_named, modifiers, name_match,  # noqa: E402,F401
                           speaker_verdict, src_text, words)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_COMMAND = "python -m quotecheck quotes {path} --format json -q"
OPEN, CLOSE, STRAIGHT = "“„«", "”»", '"'
TRIM = " \t\r\n\u00a0" + OPEN + CLOSE + STRAIGHT + ",.;:"
THRESHOLDS = (0.5, 0.8)
# a transcript turn opened by a paragraph's quote mark before its speaker label ("“WALLACE: ");
# brat's content starts after the label, so the mark opens the content
PARA_REOPEN = re.compile(r"(?<=\n)[\"“]")     # marks nested in a turn stay inside it
TURN_LABEL = re.compile(r"(?:^|\n)[ \t]*[\"“][A-Z][A-Za-z.'’ -]{0,40}: \Z")
SPEECH = ("direct", "partial")   # kinds scored; title, scare, headline: the extractor's "not speech"
RIGHT = ("right", "resolved", "mention")


def read_ann(path: Path) -> list:
    """Attributions of one .ann file: dicts with fragment lists for content, source and cue."""
    spans, events = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"(T\d+)\t(\S+) ([\d ;]+)\t", line)
        if m:
            spans[m.group(1)] = [tuple(map(int, f.split())) for f in m.group(3).split(";")]
        elif re.match(r"E\d+\t", line):
            events.append(line.split("\t")[1].split())
    out = []
    for args in events:
        att = {"content": [], "source": [], "cue": []}
        for arg in args:                      # Content2 etc. extend Content
            role, _, ref = arg.partition(":")
            role = re.sub(r"\d+$", "", role).lower()
            if role in att and ref in spans:
                att[role] += spans[ref]
        out.append(att)
    return out


def quoted_stretches(text: str, s: int, e: int) -> tuple[list, bool]:
    """(stretches inside double marks, all words quoted?) for one fragment [s, e)."""
    if TURN_LABEL.search(text, max(0, s - 60), s):   # '"WALLACE: ...': the turn's paragraphs
        cuts = [s] + [m.start() for m in PARA_REOPEN.finditer(text, s, e)] + [e]
        return [r for r in (trim(text, a, b) for a, b in zip(cuts, cuts[1:])) if r[1] > r[0]], True
    while s > 0 and (text[s - 1] in OPEN + STRAIGHT):
        s -= 1
    for _ in range(2):
        e += e < len(text) and text[e] in CLOSE + STRAIGHT + ".,"
    regions, open_at = [], None
    for i in range(s, e):
        c, nxt = text[i], text[i + 1:i + 2] or " "
        opens = c in OPEN or c in STRAIGHT + "”" and not nxt.isspace() and (  # " and a
            i == s or text[i - 1].isspace() or text[i - 1] in "([{—–-")     # misprinted ””
        opens = opens and not (c == "”" and open_at is not None)
        if opens:
            if open_at is not None:           # reopened: the previous paragraph ends here
                regions.append((open_at + 1, i))
            open_at = i
        elif c in CLOSE or c == STRAIGHT:
            if open_at is not None:
                regions.append((open_at + 1, i))
            elif not regions:                 # fragment starts inside the marks
                regions.append((s, i))
            open_at = None
    if open_at is not None:
        regions.append((open_at + 1, e))
    inside = {i for a, b in regions for i in range(a, b)}
    direct = not any(text[i].isalnum() and i not in inside for i in range(s, e))
    return [r for r in (trim(text, a, b) for a, b in regions) if r[1] > r[0]], direct


def trim(text: str, s: int, e: int) -> tuple:
    seg = text[s:e]
    lead = len(seg) - len(seg.lstrip(TRIM))
    return s + lead, max(s + lead, s + len(seg.rstrip(TRIM)))


def two_apostrophe_marks(text: str) -> str:
    """``text`` with each ``''`` double mark (NYT archive style) written as a curly pair of the
    same length: “ plus a space when it opens a word, a space plus ” when it closes one."""
    def swap(m):
        a, b = m.start(), m.end()
        before = text[a - 1] if a else " "
        after = text[b] if b < len(text) else " "
        if (before.isspace() or before in "([{—–-") and not after.isspace():
            return " \u201c"
        if not before.isspace():
            return "\u201d "
        return m.group()
    return re.sub("''", swap, text) if "''" in text else text


def gold_quotes(text: str, atts: list) -> list:
    """Gold quotations of one annotator: dicts with kind, start, end and the attribution."""
    text = two_apostrophe_marks(text)
    out, named = [], sorted((att["source"][0][0], src_text(text, att["source"]))
                            for att in atts if att["source"])
    named = [(st, t) for st, t in named if is_named(t)]
    for att in atts:
        st = att["source"][0][0] if att["source"] else -1
        ante = next((t for s0, t in reversed(named) if s0 < st), None)
        frags = []                            # pieces split only by spaces and marks: one
        for s, e in sorted(att["content"]):
            if frags and not any(ch.isalnum() for ch in text[frags[-1][1]:s]):
                frags[-1] = (frags[-1][0], max(e, frags[-1][1]))
            else:
                frags.append((s, e))
        for s, e in frags:
            regions, direct = quoted_stretches(text, s, e)
            for a, b in regions:
                out.append({"kind": "direct" if direct else "partial", "start": a, "end": b,
                            "source": att["source"], "antecedent": ante})
    return out


def load_coref(path: Path) -> list:
    """CoreNLP XML coreference chains as lists of (start, end) character spans."""
    xml = path.read_text(encoding="utf-8", errors="replace")
    body, _, coref = xml.partition("<coreference>")
    toks = {sid: re.findall(r"<CharacterOffsetBegin>(\d+)</CharacterOffsetBegin>\s*"
                            r"<CharacterOffsetEnd>(\d+)<", block)
            for sid, block in re.findall(r'<sentence id="(\d+)"(.*?)</sentence>', body, re.S)}
    chains = []
    for block in coref.split("<coreference>"):
        ms = re.findall(r"<sentence>(\d+)</sentence>\s*<start>(\d+)</start>\s*<end>(\d+)<",
                        block)
        try:
            chains.append([(int(toks[n][int(a) - 1][0]), int(toks[n][int(b) - 2][1]))
                           for n, a, b in ms])
        except (KeyError, IndexError):
            continue
    return [c for c in chains if c]


def load_folder(folder: Path) -> dict:
    """{doc stem: {text, gold (first annotator), any (all annotators' quotations), chains}}."""
    names = {p.name for p in folder.iterdir()}
    anns = defaultdict(list)
    for name in sorted(n for n in names if n.endswith(".ann")):
        stem = name[:-4] if name[:-4] + ".txt" in names else name[:-4].rpartition(".")[0]
        if stem + ".txt" in names:
            anns[stem].append(folder / name)
    docs = {}
    for stem, files in sorted(anns.items()):
        text = (folder / (stem + ".txt")).read_text(encoding="utf-8-sig")
        atts = [read_ann(p) for p in files]
        per = [gold_quotes(text, a) for a in atts]
        xml = next((folder / n for n in (stem + ".txt.xml", stem + ".xml") if n in names), None)
        docs[stem] = {"text": text, "gold": per[0], "any": [g for q in per for g in q],
                      "chains": load_coref(xml) if xml else [],
                      "contents": [sp for a in atts for att in a for sp in att["content"]]}
    return docs


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
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / (max(a[1], b[1]) - min(a[0], b[0])) if inter > 0 else 0.0


def prf(tp: int, npred: int, ngold: int) -> dict:
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


def show(doc: dict, span: tuple, width: int = 70) -> str:
    s = doc["text"][span[0]:span[1]].replace("\n", " ")
    return repr(s if len(s) <= width else s[:width // 2] + " … " + s[-width // 2:])


def report(docs: dict, results: list, fails: dict, examples: int) -> None:
    print(f"{len(docs)} documents; gold quotations: {results[0]['counts'].get('direct_gold', 0)} "
          f"direct, {results[0]['counts'].get('partial_gold', 0)} partial (first annotator)")
    for r in results:
        c, d, qs = r["counts"], r["direct"], r["quote_speaker"]
        print(f"\nIoU >= {r['threshold']}: direct tp={c.get('direct_matched', 0)} "
              f"fp={c.get('fp', 0)} fn={c.get('direct_gold', 0) - c.get('direct_matched', 0)} "
              f"neutral={c.get('neutral', 0)} partial matched={c.get('partial_matched', 0)}")
        print(f"  direct        P={d['precision']:.3f} R={d['recall']:.3f} F1={d['f1']:.3f}")
        print(f"  quote+speaker P={qs['precision']:.3f} R={qs['recall']:.3f} F1={qs['f1']:.3f}")
        for k in ("direct", "partial"):
            n = {v: c.get(f"{k}_speaker_{v}", 0) for v in RIGHT + ("none", "unscored")}
            print(f"  speaker accuracy, {k}: {r['speaker_accuracy_' + k]:.3f} "
                  f"({r['speaker_right_' + k]}/{r['speaker_scored_' + k]}: by name {n['right']},"
                  f" resolved {n['resolved']}, same mention {n['mention']}; "
                  f"no speaker {n['none']}; unscored {n['unscored']})")
    print(f"\nfailure classes at IoU >= {results[0]['threshold']}:")
    for cls, n in results[0]["failures"].items():
        print(f"  {n:6d}  {cls}")
        for stem, g, q in fails[cls][:examples]:
            doc = docs[stem]
            print(f"      {stem}")
            for tag, x, who in (("gold", g, "source"), ("pred", q, "speaker")):
                if x:
                    w = (" / ".join(show(doc, sp, 40) for sp in x["source"]) or "(none)"
                         if tag == "gold" else repr(x.get("speaker")))
                    print(f"        {tag} [{x['start']},{x['end']}) "
                          f"{show(doc, (x['start'], x['end']))} {who} {w}")


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


def output_options(ap: argparse.ArgumentParser) -> None:
    """The options every scorer of this kind shares: --jobs, -v, --examples, --json."""
    ap.add_argument("--jobs", type=int, default=1, help="commands run at once (default 1)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list failure examples")
    ap.add_argument("--examples", type=int, default=5, help="examples per class with -v")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")


def print_scores(args, docs: dict, preds: dict, verdict=None) -> None:
    """Score at each IoU threshold and print the figures (JSON, or the report)."""
    scored = [score(docs, preds, t, verdict) for t in THRESHOLDS]
    results = [r for r, _ in scored]
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        report(docs, results, scored[0][1], args.examples if args.verbose else 0)


if __name__ == "__main__":
    raise SystemExit(main())
