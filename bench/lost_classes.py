"""What became of the first-exposure warnings that are no longer warnings, by the mechanism
that lowered them (issues 11 and 15: precision without throwing real findings away).

Precision tuning turns warnings into info (a context note, a weak class's default, an opinion
piece's genre, page furniture) or stops raising them (a quote aligned differently, a word list
narrowed). For each mechanism this counts the trade: the first-exposure rows
(bench/first_exposure.py: the judgements each set's file held after its first commit) it takes
out of the warnings, real and false, and every judged row of the current judgements that the
reports now hold at info under it (or no longer raise), real and false. A mechanism that takes
out more real rows than false ones on both is a candidate for a narrower condition.

The mechanism of an info finding is read from its message: the weak class's default
("a weak class at first exposure (NN% real)"), a context note ("(info: ...)"), a genre or
furniture reason (the last parenthesis naming an opinion label, a byline, a slug ...), else the
last parenthesis. A row not raised at all is "gone" (the reports cannot say why: by code).

    python bench/lost_classes.py --sets $(cat /tmp/sets35.txt) --reports DIR [--rows]

(DIR holds a saved report <set>.json of every set named: a set without one is an error.)
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import first_exposure as fe  # noqa: E402

# the last parenthesis of a finding lowered for the genre of its piece or for page furniture
GENRE_CUES = ("opinion", "essayist", "columnist", "byline", "'you', 'let's'", "author",
              "slug", "tagline", "commentary", "editorial", "review", "bookseller", "copyright",
              "call to action", "argued piece", "plot or an advert", "Cast:", "editor's note",
              "'we'", "bio line")
QUOTE_CODES = ("QC103", "QC104", "QC105", "QC201", "QC205", "QC206")
HINT_CODES = ("QC310", "QC332")   # info by their rules: never warnings, not a demotion
_WEAK = re.compile(r"weak class at first exposure \((\d+(?:-\d+)?% real)\)")
_NOTE = re.compile(r"\((info: [^()]*)\)\s*$")
_PAREN = re.compile(r"\(([^()]*)\)")


def mechanism(message: str) -> str:
    """The mechanism an info finding's message names (see the module's docstring)."""
    m = _WEAK.search(message)
    if m:
        return f"weak class default ({m.group(1)})"
    m = _NOTE.search(message)
    if m:
        return "note: " + m.group(1)[6:]
    tails = _PAREN.findall(message)
    tail = tails[-1] if tails else ""
    if any(cue in tail for cue in GENRE_CUES):
        return "genre or furniture"
    return "hint: " + (tail or message[-60:])


def klass(code: str, mech: str) -> str:
    """The class of a (code, mechanism): the grouping of the summary table."""
    if mech.startswith("weak class"):
        return "A weak-class default (framing-referents, policy first-exposure)"
    if mech == "genre or furniture":
        return "C genre read as opinion, or page furniture"
    if mech == "gone":
        if code in QUOTE_CODES:
            return "F1 gone: quote alignment or grouping changed"
        if code in ("QC401", "QC501"):
            return f"F2 gone: figures or provenance ({code})"
        return "F3 gone: framing word, sense or scope no longer raised"
    if code == "QC301":
        return "B QC301 dispute, standard usage or attributed content"
    if code == "QC321":
        return "E QC321 so-called: the rule's info default or a term note"
    if code in ("QC330", "QC331"):
        return "D QC330/QC331 plain use shown by the referent or sense"
    return f"G other info ({code})"


def current_infos(sets: list[str], reports: Path) -> dict:
    """(set, fingerprint) and (set, document, code, start) -> (code, mechanism) of the info
    findings of the reports."""
    info = {}
    for s in sets:
        path = reports / f"{s}.json"
        if not path.exists():
            continue
        for f in json.loads(path.read_text(encoding="utf-8")).get("findings", []):
            if f["severity"] == "info" and f["code"] not in HINT_CODES:
                for k in ((s, f["fingerprint"]), (s, f["document"], f["code"], int(f["start"]))):
                    info[k] = (f["code"], mechanism(f["message"]))
    return info


def tally(sets: list[str], reports: Path, realnews: Path, labels: Path,
          first_verdicts: bool = False) -> tuple[dict, list[dict]]:
    """(code, mechanism) -> [first-exposure real lost, false removed, judged now real, false,
    findings now at info under it];
    and the first-exposure rows lost (set, document, start, code, verdict, mechanism)."""
    info = current_infos(sets, reports)
    lex = fe.Lexicon()
    _, seen = fe.collect_current(sets, reports, realnews, labels, lex)
    tab: dict = defaultdict(lambda: [0, 0, 0, 0, 0])
    for k, v in info.items():
        if len(k) == 2:
            tab[v][4] += 1
    lost = []
    for r in fe.collect_first(sets, realnews, labels, lex, {}, first_verdicts):
        fate = fe.fate_of(r, seen)
        if fate == "warning" or r["verdict"] not in ("real", "false"):
            continue
        key = info.get((r["set"], r["fingerprint"])) or info.get(
            (r["set"], r["document"], r["code"], int(r["start"])))
        if fate == "gone" or key is None:
            key = (r["code"], "gone" if fate == "gone" else "hint at info")
        tab[key][0 if r["verdict"] == "real" else 1] += 1
        lost.append({"set": r["set"], "document": r["document"], "start": r["start"],
                     "code": r["code"], "verdict": r["verdict"], "mechanism": key[1]})
    for s in sets:
        path = labels / f"{s}_judgements.csv"
        if not path.exists() or not (reports / f"{s}.json").exists():
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                key = info.get((s, row["fingerprint"]))
                if key is None and (s, row["fingerprint"]) not in seen:
                    key = (row["code"], "gone")
                if key is not None and row["verdict"] in ("real", "false"):
                    tab[key][2 if row["verdict"] == "real" else 3] += 1
    return tab, lost


def print_tables(tab: dict, out=sys.stdout) -> None:
    print("## by mechanism: first exposure real lost / false removed | judged now real / false"
          " | infos now", file=out)
    for (code, mech), v in sorted(tab.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0])):
        if not any(v[:4]):
            continue                            # never a judged warning: an info rule's own
        print(f"{code:6} {mech[:66]:66} {v[0]:4} {v[1]:4} | {v[2]:4} {v[3]:4} | {v[4]:4}",
              file=out)
    agg: dict = defaultdict(lambda: [0, 0, 0, 0, 0])
    for (code, mech), v in tab.items():
        for i in range(5):
            agg[klass(code, mech)][i] += v[i]
    print("\n## by class: first exposure real lost / false removed | judged now real / false"
          " | infos now", file=out)
    for k, v in sorted(agg.items()):
        if not any(v[:4]):
            continue
        flag = "  <- loses more real than false" if v[0] > v[1] and v[2] > v[3] else ""
        print(f"{k:62} {v[0]:4} {v[1]:4} | {v[2]:4} {v[3]:4} | {v[4]:4}{flag}", file=out)


def main(argv: "list[str] | None" = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", required=True)
    ap.add_argument("--reports", type=Path, required=True, help="saved reports <set>.json")
    ap.add_argument("--realnews", type=Path, default=Path("/tmp/realnews"))
    ap.add_argument("--labels", type=Path, default=fe.ROOT / "bench" / "labels")
    ap.add_argument("--first-verdicts", action="store_true",
                    help="the verdicts as first committed (default: the latest for the row)")
    ap.add_argument("--rows", action="store_true", help="list the real rows lost")
    args = ap.parse_args(argv)
    # a set without its report would count every first-exposure row of it as gone
    for what, missing in (("saved report", [s for s in args.sets
                                            if not (args.reports / f"{s}.json").is_file()]),
                          ("judgements file", [s for s in args.sets if not (
                              args.labels / f"{s}_judgements.csv").is_file()])):
        if missing:
            ap.error(f"no {what} for {' '.join(missing)} (--reports {args.reports}, "
                     f"--labels {args.labels})")
    tab, lost = tally(args.sets, args.reports, args.realnews, args.labels, args.first_verdicts)
    print_tables(tab)
    if args.rows:
        print("\n## real first-exposure rows lost (set document start code mechanism)")
        for r in lost:
            if r["verdict"] == "real":
                print(r["set"], r["document"], r["start"], r["code"], r["mechanism"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
