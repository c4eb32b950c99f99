"""The brat scorer's printed report (figures per IoU, failure classes with examples) and the
command-line options every scorer of this kind shares (eval_brat.py, eval_ggt.py)."""
from __future__ import annotations

import argparse

from brat_speakers import RIGHT


def show(doc: dict, span: tuple, width: int = 70) -> str:
    """The text of ``span`` on one line, shortened in the middle to about ``width``."""
    s = doc["text"][span[0]:span[1]].replace("\n", " ")
    return repr(s if len(s) <= width else s[:width // 2] + " … " + s[-width // 2:])


def report(docs: dict, results: list, fails: dict, examples: int) -> None:
    """Print the figures at each IoU and the failure classes at the first, with ``examples``
    gold/predicted pairs per class (terminal only: corpus text is never written to files)."""
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
                  f" resolved {n['resolved']}, same mention {n['mention']}, relaying source "
                  f"{n['relayed']}; "
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


def output_options(ap: argparse.ArgumentParser) -> None:
    """The options every scorer of this kind shares: --jobs, -v, --examples, --json."""
    ap.add_argument("--jobs", type=int, default=1, help="commands run at once (default 1)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list failure examples")
    ap.add_argument("--examples", type=int, default=5, help="examples per class with -v")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--speaker-only", action="store_true", help="a gold source matching only "
                    "the prediction's relaying source (reported_by) is wrong")
    ap.add_argument("--no-relative", action="store_true", help="a relative pronoun source "
                    "('who', 'which') is not read as the noun phrase before it")
