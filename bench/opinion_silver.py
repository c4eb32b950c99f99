"""Opinion vs news by the text alone, measured on URL-labelled articles (issue 15).

The Article-Bias-Prediction corpus (github.com/ramybaly/Article-Bias-Prediction, ``data/
jsons``) keeps full scraped articles with their addresses. An address's section gives a
silver label: ``/opinion(s)/``, ``/commentary/``, ``/editorial(s)/``, ``/column(s)/``,
``/op-ed/`` mark opinion; ``/news/``, ``/politics/``, ``/us/``, ``/world/``, ``/national/``,
``/business/``, ``/local/`` mark news, for the outlets in ``NEWS_OUTLETS`` only (a few outlets
file columns under ``/news/``; ``/blogs/`` and ``/analysis/`` hold both genres and are left
out). Each article is read WITHOUT its address (``Narration.opinion`` of its text alone),
so only the text's signals count. Articles dated inside the untuned reserve periods, and
undated ones (their address's date is used where it has one), are skipped.

``--extractor`` reads each article as ``check`` and ``compare`` do, with the quote extractor's
quotations of the page masked (``narration_for(Story([doc]), doc)``: its embedded posts and
block quotations too, not only the spans between quotation marks that the default reading
masks); a page's verdict never depends on the other pages of a run (genre27), so this is also
what it gets inside a story set. The default reading is the calibrated one (genre19-26).

Usage: ``python bench/opinion_silver.py JSON_DIR [--news 3200] [--seed 1] [--split 2018]
[--extractor]``; prints, for the articles before and from ``--split`` (the development and held-out years),
opinion recall and precision and news taken for opinion, per reason.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

from corpus_readers import headed_paragraphs, url_date

RESERVE = (("2013-10-01", "2013-10-20"), ("2016-10-10", "2016-10-31"),
           ("2018-06-10", "2018-06-30"), ("2020-02-01", "2020-02-20"),
           ("2018-10-25", "2018-11-20"), ("2019-04-04", "2019-04-30"),
           ("2019-08-01", "2019-08-22"), ("2018-01-10", "2018-02-05"),
           ("2019-01-14", "2019-02-05"), ("2019-11-01", "2019-11-22"),
           ("2018-03-14", "2018-04-10"), ("2018-08-18", "2018-09-08"),
           ("2020-04-03", "2020-04-15"), ("2019-06-01", "2019-06-28"),
           ("2019-09-14", "2019-10-10"), ("2019-12-14", "2020-01-08"),
           ("2018-04-28", "2018-05-23"), ("2019-02-22", "2019-03-19"),
           ("2020-05-10", "2020-05-20"), ("2018-12-02", "2019-01-02"),
           ("2018-09-22", "2018-10-11"), ("2020-03-09", "2020-03-19"),
           ("2018-07-10", "2018-08-07"), ("2018-02-09", "2018-03-09"),
           ("2019-07-01", "2019-07-30"), ("2019-10-11", "2019-10-31"),
           ("2020-01-09", "2020-01-26"), ("2020-05-31", "2020-06-09"),
           ("2019-08-23", "2019-09-13"), ("2019-11-23", "2019-12-13"),
           ("2020-07-01", "2020-07-12"), ("2020-02-21", "2020-03-07"),
           ("2020-03-24", "2020-04-02"), ("2020-04-19", "2020-04-30"))
# The periods of every baly_* reserve set, opened or not (bench/layout_sets.sh lays them out;
# tests/test_bench_opinion_silver.py checks that each of its baly_* periods is listed here).
OPINION = {"opinion", "opinions", "commentary", "editorial", "editorials", "column", "columns",
           "op-ed"}
NEWS = {"politics", "news", "us", "world", "national", "business", "local"}
MIXED = {"blogs", "blog", "analysis"}
NEWS_OUTLETS = {
    "CNN (Web News)", "Fox Online News", "USA TODAY", "Fox News", "New York Times - News",
    "Reuters", "BBC News", "Christian Science Monitor", "The Guardian", "CBN", "Politico",
    "ABC News", "Bloomberg", "CBS News", "Newsmax", "Al Jazeera", "The Hill",
    "NBC News (Online)", "Newsmax - News", "Yahoo! News", "New York Times (Online News)",
    "Fox News (Online)", "Washington Post", "Daily Mail", "TheBlaze.com", "Breitbart News"}
_SEGMENT = re.compile(r"/([a-z\-]+)(?=[/-])")


def silver(art: dict):
    """'op', 'news' or None for an article by its address's sections and outlet."""
    day = str(art.get("date") or "") or url_date(art.get("url") or "")
    if not day or any(a <= day <= b for a, b in RESERVE):
        return None     # undated articles too: they may fall inside a reserve period
    segments = set(_SEGMENT.findall((art.get("url") or "").lower()))
    if segments & OPINION:
        return "op"
    if segments & NEWS and not segments & MIXED and art.get("source") in NEWS_OUTLETS:
        return "news"
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("json_dir", type=Path)
    ap.add_argument("--news", type=int, default=3200, help="news articles sampled")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--split", default="2018", help="first held-out year")
    ap.add_argument("--extractor", action="store_true",
                    help="mask the quote extractor's quotations (as check and compare do)")
    args = ap.parse_args()
    from quotecheck.framing.narration import Narration, narration_for
    from quotecheck.load.loader import load_text
    from quotecheck.story import Story

    def opinion(doc):
        return narration_for(Story([doc]), doc).opinion if args.extractor \
            else Narration(doc).opinion

    arts = {"op": [], "news": []}
    for path in sorted(args.json_dir.glob("*.json")):
        art = json.loads(path.read_text(encoding="utf-8"))
        label = silver(art)
        if label:
            arts[label].append(art)
    random.Random(args.seed).shuffle(arts["news"])
    counts: Counter = Counter()
    reasons: Counter = Counter()
    for label in ("op", "news"):
        for art in arts[label][:args.news] if label == "news" else arts[label]:
            text = headed_paragraphs(art.get("title") or "",
                                     art.get("content_original") or "").replace("###", "\n\n")
            reason = opinion(load_text(text, id=str(art.get("ID"))))
            day = str(art.get("date") or "") or url_date(art.get("url") or "")
            part = "held-out" if day >= args.split else "dev"
            counts[(part, label, bool(reason))] += 1
            if reason:
                reasons[(part, label, reason.split(":")[0][:60])] += 1
    for part in ("dev", "held-out"):
        tp, fn = counts[(part, "op", True)], counts[(part, "op", False)]
        fp, tn = counts[(part, "news", True)], counts[(part, "news", False)]
        print(f"{part}: opinion recall {tp}/{tp + fn}, precision {tp}/{tp + fp}, "
              f"news taken for opinion {fp}/{fp + tn}")
        for (p, label, why), n in sorted(reasons.items(), key=lambda x: -x[1]):
            if p == part:
                print(f"  {label:4} {n:4}  {why}")


if __name__ == "__main__":
    main()
