"""Framing rules (QC3xx) against the sentence-level bias ratings of Lim et al. (LREC 2020).

The corpus (github.com/skymoonlight/biased-sents-annotation, ``Sora_LREC2020_biasedsentences.csv``,
research use only; keep it outside the repository) has 46 news articles on four 2017 events
from 36 outlets; crowd workers rated the title and the first 20 sentences of each article
from 1 (not biased) to 4 (very biased), 4 or 5 workers an article. A sentence is gold-biased
when its mean rating is at least ``--threshold``. Each article is checked on its own (title
and body paragraphs), and a sentence is predicted biased when a framing warning falls in it.
The corpus was first read at main 2a7ffbf, before any change, as an untuned measurement
(branch framing7); two false-alarm classes found there were then fixed, so later figures on
it are tuned ones.

    python bench/framing_lim2020.py /tmp/framing7/lim2020.csv [--threshold 2.5] [--show]
"""
from __future__ import annotations

import argparse
import csv
import html
import re
from collections import Counter, defaultdict
from pathlib import Path

_PREFIX = re.compile(r"^\[\d+\]:\s*")
_CELL = 255  # the CSV cuts every text cell at 255 characters


def articles(path: Path) -> list[dict]:
    """One dict per article: id, outlet, text (the title, then the rated sentences in order,
    one paragraph; the CSV keeps no paragraph breaks) and its rated sentences as (start,
    end, mean rating)."""
    rows = defaultdict(list)
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        for row in csv.DictReader(fh):
            rows[row["id_article"]].append(row)
    out = []
    for art_id, group in sorted(rows.items()):
        first = group[0]
        title = " ".join(html.unescape(first["doctitle"]).split())
        text, rated = title + "\n\n", []
        for key in ["t"] + [str(i) for i in range(20)]:
            raw = first["doctitle"] if key == "t" else first.get(f"s{key}", "") or ""
            sent = " ".join(html.unescape(_PREFIX.sub("", raw)).split())
            scores = [int(g[key]) for g in group if (g.get(key) or "").strip().isdigit()]
            if key != "t":
                if not sent:
                    continue
                if not text.endswith("\n\n"):
                    text += " "
                at = len(text)
                text += sent
                if len(raw) >= _CELL:  # cut by the CSV's cell limit: end the paragraph
                    text += "\n\n"
            else:
                at = 0
            if scores:
                rated.append((at, at + len(sent), sum(scores) / len(scores)))
        text = text.rstrip() + "\n"
        out.append({"id": art_id, "outlet": first["source"], "text": text, "rated": rated})
    return out


def warnings_of(text: str, doc_id: str) -> list[tuple[str, int, int, str]]:
    """(code, start, end, severity) of every framing detection of one article."""
    from quotecheck.load.loader import load_text
    from quotecheck.plugins.manager import get_plugin_manager
    from quotecheck.resources.ruledata import rules_root
    from quotecheck.rules.schema import load_rules
    from quotecheck.story import Story

    global _RULES
    if "_RULES" not in globals():
        _RULES = load_rules([rules_root() / "framing"], get_plugin_manager().rule_types())[0]
    rs = _RULES
    doc = load_text(text, id=doc_id)
    story = Story([doc])
    hits = []
    for rule in rs.all():
        for det in rs.rule_type(rule.type).check_document(rule, rs.compiled(rule), doc, story):
            hits.append((rule.code, det.start, det.end, det.severity or rule.severity))
    return hits


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("csv", type=Path)
    ap.add_argument("--threshold", type=float, default=2.5)
    ap.add_argument("--show", action="store_true", help="print each warning in its sentence")
    ap.add_argument("--judgements", type=Path,
                    help="ids-only verdicts (article,code,start,end,verdict,class) of the "
                         "warnings outside gold-biased sentences")
    args = ap.parse_args(argv)
    judged = {}
    if args.judgements:
        with open(args.judgements, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                judged[(row["article"], row["code"], int(row["start"]), int(row["end"]))] = (
                    row["verdict"], row["class"])
    verdicts: Counter = Counter()
    false_classes: Counter = Counter()
    tp = fp = fn = n = gold_n = 0
    on_gold = total = 0
    for art in articles(args.csv):
        hits = [h for h in warnings_of(art["text"], art["id"]) if h[3] == "warning"]
        for start, end, mean in art["rated"]:
            gold = mean >= args.threshold
            inside = [h for h in hits if start <= h[1] < end]
            n += 1
            gold_n += gold
            tp += gold and bool(inside)
            fp += (not gold) and bool(inside)
            fn += gold and not inside
            for code, s, e, _ in inside:
                total += 1
                on_gold += gold
                verdict, kind = ("annotated", "") if gold else judged.get(
                    (art["id"], code, s, e), ("unjudged", ""))
                verdicts[verdict] += 1
                if verdict == "false":
                    false_classes[kind] += 1
                if args.show:
                    t = art["text"]
                    print(f"--- {art['id']} {art['outlet']} {code} {s}-{e} mean {mean:.2f}"
                          f" {'BIASED' if gold else 'not'}\n    {t[start:s]}[[{t[s:e]}]]{t[e:end]}")
    p = tp / max(1, tp + fp)
    r = tp / max(1, gold_n)
    f = 2 * p * r / (p + r) if p + r else 0.0
    base_p = gold_n / max(1, n)
    print(f"Lim et al. 2020: {n} rated sentences, {gold_n} biased (mean >= {args.threshold})")
    print(f"  all biased (baseline): P {base_p:.3f} R 1.000 F1 {2 * base_p / (1 + base_p):.3f}")
    print(f"  framing warnings: {tp + fp} sentences, P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print(f"  warnings in a gold-biased sentence: {on_gold} of {total}")
    if args.judgements:
        good = verdicts["annotated"] + verdicts["defensible"]
        print(f"  in a gold-biased sentence or judged defensible: {good} of {total} "
              f"({good / max(1, total):.0%}); unjudged {verdicts['unjudged']}; false: "
              + ", ".join(f"{k} {n}" for k, n in false_classes.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
