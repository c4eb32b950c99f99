"""First-exposure precision of the real-news warnings, per code, rule, entry and word class.

Why: on the tuned real-news sets most warnings are real, but each set measured before any
tuning had only 26-61% real (issues 11, 15): the tuned figures are optimistic because the rules
were fixed on the very warnings they count. The judgements a set's file held after its first
labelling commit were made on code that had never seen the set, so their precision is the
honest estimate of how a rule does on unseen news. This script reads those rows from git
history (``git log --reverse`` of ``bench/labels/<set>_judgements.csv``: the rows of the first
commit), finds what raised each one (the code, and for framing codes the lexicon entry and word
read at ``document + start`` in the laid-out set) and prints real/false per code, rule, word
class, entry and word, beside the current (tuned) figures of saved compare reports.

``--demote KEY ...`` (``class:NAME``, ``entry:NAME``, ``code:QC3xx``) states a severity policy:
it recomputes the first-exposure precision counting only the rows still a warning under it
(a demoted row counts as kept only where ``--after`` reports hold it at warning: a context the
rules mark as strong). Ids only are printed, never text beyond the lexicon word.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from judged_totals import verdicts  # fingerprint -> verdict of a set's judgements file

ROOT = Path(__file__).resolve().parent.parent
SERIOUS = ("warning", "error")

# word classes of the lexicon groups, by the group's first word (rules/data/framing-*.toml)
GROUP_CLASS = {
    "regime": "descriptive label", "terrorist": "descriptive label",
    "extremist": "descriptive label", "leftist": "descriptive label",
    "cult": "descriptive label", "dictator": "ruler label",
    "illegal immigrant": "status label",
    "puppet": "loaded label", "thug": "loaded label", "propaganda": "loaded label",
    "fascist": "loaded label", "martyr": "loaded label",
    "notorious": "reputation adjective",
    "bizarre": "evaluative: ridicule", "outrageous": "evaluative: condemnation",
    "blatant": "evaluative: bad faith", "liar": "epithet", "libtard": "partisan slur",
    "nonsense": "evaluative: contempt", "smear": "verb of attack",
    "anti-choice": "partisan label", "huckster": "evaluative: insult",
}
CODE_CLASS = {"QC321": "so-called", "QC320": "scare quote", "QC310": "hedge",
              "QC311": "evidence commentary", "QC332": "colour word"}
VERB_CLASS = {"QC301": "doubt", "QC302": "emotive", "QC303": "culpability",
              "QC304": "credence"}


def git_lines(args: list[str], cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                          check=True).stdout


def first_rows(path: str, cwd: Path = ROOT, commits: int = 1) -> list[dict]:
    """The rows ``path`` held after its first ``commits`` commits (oldest first)."""
    hashes = git_lines(["log", "--reverse", "--format=%H", "--", path], cwd).split()
    if not hashes:
        return []
    text = git_lines(["show", f"{hashes[min(commits, len(hashes)) - 1]}:{path}"], cwd)
    return list(csv.DictReader(io.StringIO(text)))


def _toml(name: str) -> dict:
    try:
        import tomllib as toml
    except ModuleNotFoundError:     # Python 3.10
        import tomli as toml
    with (ROOT / "rules" / "data" / f"{name}.toml").open("rb") as handle:
        return toml.load(handle)


def verb_forms(lemma: str, irregular: dict) -> set[str]:
    """Inflected forms of a reporting verb's first word (regular rules plus [forms])."""
    head = lemma.split()[0]
    forms = {head, head + "s", head + "es", head + "ed", head + "d", head + "ing"}
    if head.endswith("e"):
        forms |= {head[:-1] + "ing"}
    if head.endswith("y"):
        forms |= {head[:-1] + "ies", head[:-1] + "ied"}
    if re.search(r"[^aeiou][aeiou][bdglmnprt]$", head):
        forms |= {head + head[-1] + "ed", head + head[-1] + "ing"}
    forms |= {f.split()[0] for f in irregular.get(lemma, ())}
    return forms


class Lexicon:
    """What raised a framing warning: its entry (verb lemma, label group) and word class."""

    def __init__(self) -> None:
        verbs = _toml("framing-verbs")
        self.verbs = {cls: {lemma: verb_forms(lemma, verbs.get("forms", {}))
                            for lemma in verbs["classes"][cls]["verbs"]}
                      for cls in VERB_CLASS.values()}
        self.groups: dict[str, list[tuple[str, str]]] = {}   # code -> (word, group)
        for code, name in (("QC330", "framing-labels"), ("QC331", "framing-evaluative")):
            pairs = []
            for group in _toml(name).get("labels", ()):
                first = group["words"][0]
                pairs += [(w.lower(), first) for w in group["words"]]
            self.groups[code] = sorted(pairs, key=lambda p: -len(p[0]))

    def describe(self, code: str, text: str) -> tuple[str, str, str]:
        """(word class, entry, word) of the finding of ``code`` whose text starts ``text``."""
        low = text[:60].lower()
        first = re.match(r"[\w'\-]*", low).group(0)
        if code in VERB_CLASS:
            cls = VERB_CLASS[code]
            for lemma, forms in self.verbs[cls].items():
                if first in forms:
                    return f"{cls} verb", f"{cls}:{lemma}", first
            return f"{cls} verb", f"{cls}:?", first
        if code in self.groups:
            for word, group in self.groups[code]:
                if low.startswith(word) and not re.match(r"\w", low[len(word):len(word) + 1]):
                    return GROUP_CLASS.get(group, f"{code} {group}"), f"{code}:{group}", word
            return f"{code} ?", f"{code}:?", first
        if code in CODE_CLASS:
            return CODE_CLASS[code], f"{code}:{first or 'quote'}", first or "quote"
        return "not framing", code, ""


def document_text(folder: Path, doc: str) -> str:
    data = (folder / doc).read_bytes()
    return data.decode("utf-8-sig", errors="replace")


class Tally:
    """real/false (and unjudged) counts per key of several kinds."""

    def __init__(self) -> None:
        self.counts: dict = defaultdict(lambda: [0, 0, 0])

    def add(self, keys: dict, verdict: str | None) -> None:
        slot = {"real": 0, "false": 1}.get(verdict or "", 2)
        for kind, key in keys.items():
            self.counts[(kind, key)][slot] += 1


def keys_of(code: str, name: str, described: tuple[str, str, str]) -> dict:
    cls, entry, word = described
    keys = {"code": code, "rule": f"{code} {name}".strip(), "class": cls, "entry": entry}
    if word:
        keys["word"] = f"{code}:{word}"
    return keys


def share(real: int, false: int) -> str:
    return f"{real / (real + false):.0%}" if real + false else "-"


def collect_first(sets: list[str], realnews: Path, labels: Path, lex: Lexicon,
                  names: dict, first_verdicts: bool = False) -> list[dict]:
    """One record per first-exposure row: set, ids, code, verdict, keys."""
    out = []
    for s in sets:
        rel = (labels / f"{s}_judgements.csv").resolve().relative_to(ROOT)
        latest = verdicts(labels / f"{s}_judgements.csv")
        for row in first_rows(str(rel)):
            code = row["code"]
            text = ""
            if code.startswith("QC3"):
                try:
                    text = document_text(realnews / s, row["document"])[int(row["start"]):]
                except (OSError, ValueError):
                    text = ""
            verdict = row["verdict"] if first_verdicts else latest.get(row["fingerprint"],
                                                                       row["verdict"])
            out.append({"set": s, "fingerprint": row["fingerprint"], "document": row["document"],
                        "start": row["start"], "code": code, "verdict": verdict,
                        "first_verdict": row["verdict"],
                        "keys": keys_of(code, names.get(code, ""), lex.describe(code, text))})
    return out


def collect_current(sets: list[str], reports: Path, realnews: Path, labels: Path,
                    lex: Lexicon) -> tuple[list[dict], dict]:
    """Warnings and errors of the saved reports, with verdicts and keys; and fingerprint ->
    (set, severity) of every finding (to tell what became of a first-exposure row)."""
    out, seen = [], {}
    for s in sets:
        path = reports / f"{s}.json"
        if not path.exists():
            continue
        judged = verdicts(labels / f"{s}_judgements.csv")
        texts: dict = {}
        for f in json.loads(path.read_text(encoding="utf-8")).get("findings", []):
            fp = f.get("fingerprint") or ""
            seen[(s, fp)] = f["severity"]
            seen[(s, f["document"], f["code"], int(f["start"]))] = f["severity"]
            if f["severity"] not in SERIOUS:
                continue
            text = ""
            if f["code"].startswith("QC3"):
                if f["document"] not in texts:
                    texts[f["document"]] = document_text(realnews / s, f["document"])
                text = texts[f["document"]][f["start"]:]
            out.append({"set": s, "fingerprint": fp, "code": f["code"],
                        "document": f["document"], "start": f["start"],
                        "verdict": judged.get(fp),
                        "keys": keys_of(f["code"], f.get("name", ""),
                                        lex.describe(f["code"], text))})
    return out, seen


def fate_of(row: dict, seen: dict) -> str:
    """What the reports ``seen`` (:func:`collect_current`) make of a first-exposure row:
    'warning' (a warning or an error still), 'info', or 'gone' (not raised at all); by
    fingerprint, else by document, code and start."""
    sev = seen.get((row["set"], row["fingerprint"])) or seen.get(
        (row["set"], row["document"], row["code"], int(row["start"])))
    if sev is None:
        return "gone"
    return "warning" if sev in SERIOUS else "info"


def fate_counts(rows: list[dict], seen: dict) -> dict:
    """Per code (and 'framing', 'other', 'all'): [real kept, real lost, false kept, false
    removed, unjudged] of the first-exposure rows, kept meaning still a warning now."""
    out: dict = defaultdict(lambda: [0, 0, 0, 0, 0])
    for r in rows:
        kept = fate_of(r, seen) == "warning"
        slot = {"real": 0, "false": 2}.get(r["verdict"])
        slot = 4 if slot is None else slot + (0 if kept else 1)
        for key in (r["code"], "framing" if r["code"].startswith("QC3") else "other", "all"):
            out[key][slot] += 1
    return out


def print_fate(counts: dict, out=sys.stdout) -> None:
    print("\n## fate of the first-exposure rows in the reports (now a warning or not)\n"
          "code      real kept/lost  false kept/removed  first share -> share of kept",
          file=out)
    codes = sorted(k for k in counts if k.startswith("QC")) + ["framing", "other", "all"]
    for code in codes:
        rk, rl, fk, fr, _ = counts.get(code, [0] * 5)
        print(f"{code:9} {rk:5} / {rl:<5}   {fk:5} / {fr:<5}       "
              f"{share(rk + rl, fk + fr):>5} -> {share(rk, fk):>5}", file=out)


def add_cues(rows: list[dict], cues_dir: Path) -> None:
    """Key each QC301 row by the context that keeps it a warning now (bench/doubt_cues.py
    output ``<set>.cues.json``): ``cues`` the lemma and the cues joined, ``cue`` each cue
    alone; 'info' where the current code gives a reason, 'none' where it is not raised."""
    loaded: dict = {}
    for r in rows:
        if r["code"] != "QC301":
            continue
        if r["set"] not in loaded:
            path = cues_dir / f"{r['set']}.cues.json"
            loaded[r["set"]] = json.loads(path.read_text()) if path.exists() else {}
        hit = loaded[r["set"]].get(f"{r['document']}:{r['start']}")
        if hit is None:
            r["keys"]["cues"] = "not raised now"
            continue
        names = ["info"] if hit["usage"] else hit["cues"] or ["lemma"]
        r["keys"]["cues"] = f"{hit['lemma']} {'+'.join(names)}"
        for name in names:
            r["keys"][f"cue {name}"] = f"{hit['lemma']} {name}"
            r["keys"][f"any {name}"] = name


def demoted(keys: dict, policy: set[str]) -> bool:
    return any(f"{kind}:{key}" in policy for kind, key in keys.items())


def print_table(first: Tally, current: Tally | None, kind: str, min_support: int = 1,
                out=sys.stdout) -> None:
    keys = sorted({k for (t, k) in list(first.counts) + list(current.counts if current else [])
                   if t == kind})
    print(f"\n## per {kind}: first exposure real/false (share) | current warnings "
          f"real/false/unjudged (share)", file=out)
    for key in keys:
        fr, ff, _ = first.counts.get((kind, key), [0, 0, 0])
        cr, cf, cu = current.counts.get((kind, key), [0, 0, 0]) if current else (0, 0, 0)
        if fr + ff < min_support and cr + cf + cu < min_support:
            continue
        print(f"{key:44} {fr:4} / {ff:<4} {share(fr, ff):>5} | {cr:4} / {cf:<4}/ {cu:<3} "
              f"{share(cr, cf):>5}", file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", required=True, help="the sets (/tmp/sets23.txt)")
    ap.add_argument("--realnews", type=Path, default=Path("/tmp/realnews"))
    ap.add_argument("--labels", type=Path, default=ROOT / "bench" / "labels")
    ap.add_argument("--reports", type=Path, help="saved compare reports <set>.json (current)")
    ap.add_argument("--after", type=Path, help="reports after a severity change")
    ap.add_argument("--demote", nargs="*", default=[], help="policy: keys made info")
    ap.add_argument("--first-verdicts", action="store_true",
                    help="the verdicts as first committed (default: the latest for the row)")
    ap.add_argument("--kinds", nargs="*", default=["code", "rule", "class", "entry", "word"])
    ap.add_argument("--min-support", type=int, default=1)
    ap.add_argument("--fate", action="store_true",
                    help="per code, the first-exposure rows --reports still raise as warnings")
    ap.add_argument("--cues", type=Path, help="bench/doubt_cues.py outputs: QC301 by cue")
    ap.add_argument("--exclude", nargs="*", default=[], help="sets left out of the tally")
    args = ap.parse_args(argv)
    sets = [s for s in args.sets if s not in args.exclude]
    lex = Lexicon()
    names: dict = {}
    current_rows, seen = [], {}
    if args.reports:
        current_rows, seen = collect_current(sets, args.reports, args.realnews, args.labels, lex)
        names = {r["code"]: r["keys"]["rule"].split(" ", 1)[-1] for r in current_rows}
    rows = collect_first(sets, args.realnews, args.labels, lex, names, args.first_verdicts)
    if args.cues:
        add_cues(rows, args.cues)
        add_cues(current_rows, args.cues)
        args.kinds += ["cues"] + sorted({k for r in rows + current_rows for k in r["keys"]
                                         if k.startswith(("cue ", "any "))})
    first, current = Tally(), Tally()
    for r in rows:
        first.add(r["keys"], r["verdict"])
    for r in current_rows:
        current.add(r["keys"], r["verdict"])
    changed = sum(r["verdict"] != r["first_verdict"] for r in rows)
    print(f"first-exposure rows: {len(rows)} in {len(sets)} sets "
          f"({changed} re-judged later; {'first' if args.first_verdicts else 'latest'} "
          f"verdicts used)")
    for kind in args.kinds:
        print_table(first, current if args.reports else None, kind, args.min_support)
    if args.reports:
        fate = Tally()
        for r in rows:
            fate.add({"code": f"{r['code']} now {fate_of(r, seen)}"}, r["verdict"])
        print_table(fate, None, "code")
        if args.fate:
            print_fate(fate_counts(rows, seen))
    if args.demote or args.after:
        policy = set(args.demote)
        after = {}
        if args.after:
            _, after = collect_current(sets, args.after, args.realnews, args.labels, lex)
        kept = Tally()
        for r in rows:
            still = not demoted(r["keys"], policy)
            if not still and after:
                sev = after.get((r["set"], r["fingerprint"])) or after.get(
                    (r["set"], r["document"], r["code"], int(r["start"])))
                still = sev in SERIOUS
            kept.add({"all": "all", "framing" if r["code"].startswith("QC3") else "other":
                      "kept" if still else "demoted", "code": f"{r['code']} "
                      f"{'kept' if still else 'demoted'}"}, r["verdict"])
        print("\n## first exposure under the policy " + " ".join(sorted(policy)))
        for kind in ("framing", "other", "code"):
            print_table(kept, None, kind)
        fr = [kept.counts.get(("framing", "kept"), [0, 0, 0]),
              kept.counts.get(("other", "kept"), [0, 0, 0])]
        tr, tf = fr[0][0] + fr[1][0], fr[0][1] + fr[1][1]
        print(f"\nstill warnings at first exposure: framing {fr[0][0]}/{fr[0][1]} "
              f"({share(*fr[0][:2])}), all {tr}/{tf} ({share(tr, tf)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
