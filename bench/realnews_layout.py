"""Lay out a scraped multi-outlet article CSV as a quotecheck story folder (no data here).

The input is one of the ``data/*_articles.csv`` files of github.com/asprout/ArticleComparisons
(columns ``id``, ``publisher``, ``scrape_time``, ``text``; paragraphs separated by ``###``).
Each row becomes ``<id>_<publisher>.txt`` (paragraphs separated by blank lines) and a
``quotecheck-corpus.toml`` manifest gives its outlet (the publisher's domain) and, where the
CSV has them, ``url`` and ``published``. The CSV's ``scrape_time`` is when the page was
fetched, not published, so it is left out unless ``--scrape-time-as-published`` is given.

A CSV without ``id`` and ``publisher`` columns (``url``, ``paperurl``, ``title``, ``date``,
``text``: the ``*-article_texts.csv`` of github.com/fatih-gedikli/news_story_chains-2021-06) gets
its outlet from the domain of ``paperurl`` (else ``url``) and its id from a hash of ``url``.

``--newsplease`` reads instead a folder of news-please JSON articles (``text``, ``source_domain``,
``url``, ``date_publish``; the ``newsCluster`` event id, where present, prefixes the file name),
e.g. ``examples/datasets/news_cluster/data`` of github.com/fhamborg/Giveme5W1H.

``--meter`` reads a METER corpus folder (``PA/rawtexts`` and ``newspapers/rawtexts``, each
``<domain>/<dd.mm.yy>/<catchline>/<file>.txt``; e.g. ``2016.3-meter-corpus/meter-corpus`` of
github.com/JaguatiricaGroup/Plagiarism_detector); ``--stories courts/16.07.99/care,...`` keeps
some catchlines. PA wire lines end a paragraph with ``<`` and wrap the rest; a rule line of
dashes ends a paragraph, control characters are dropped, the wire's ``` ``...'' ``` marks stay.

``--ecbplus`` reads the ``ECB+`` folder of the ECB+ corpus (CLTL; annotation CC BY 3.0, texts
the outlets'; e.g. in github.com/cltl/ECB-parser): only the ``<topic>/<topic>_<n>ecbplus.xml``
documents, which begin with their page's URL (sentence 0, the outlet). The tokens are joined
back into text (``ecbplus_text``), one sentence per paragraph unless a quotation runs on;
``--topics 1-12`` keeps some topics.

``--duc`` reads a folder of DUC/TAC newswire documents (AQUAINT SGML: ``<DOCNO>``,
``<DATE_TIME>``, ``<HEADLINE>``, ``<TEXT>``; e.g. ``DUC_data/DUC2007/duc2007_testdocs/update``
of github.com/gsandeep1241/TextSummarizer), one document per file under
``<topic>/.../<DOCNO>``. The outlet is the service the ``DOCNO`` prefix names (APW, NYT, XIE),
``published`` the ``DATE_TIME``; the headline, the lines between it and ``<TEXT>`` (byline,
credit) and the paragraphs (``<P>``, else indented lines) are kept; the wire's control
entities (``&QL;``, ``&Cx1f;``) are dropped and its ``` ``...'' ``` marks stay.
TAC 2011's Gigaword-style copy (``<DOCID> AFP_ENG_20070103.0074.LDC2009T13``, ``<DATETIME>``; AFP,
APW, LTW, NYT, XIN) is read the same way, laid out under ``<topic>/<docset>/<DOCID>``.
``--skip-seen FOLDER ...`` leaves out every document whose ``DOCNO`` already names a file of
those story folders (DUC topics share documents: a new set must hold none a tuned set holds).

``--newswcl50`` reads the ``1-raw-articles`` folder of github.com/Luisgarchi/NewsWCL50 (full
texts of the NewsWCL50 articles, ``event_<n>/<n>_<LL|L|M|R|RR>.txt``, named by the outlet's
political lean; the fork made most curly quotes straight); ``--urls`` gives the ``urls.tsv`` of
github.com/fhamborg/NewsWCL50 (event, lean, URL), whence the outlet (the URL's domain), ``url``
and ``published`` (a ``/yyyy/mm/dd/`` date in the URL). One paragraph per non-blank line.

``--wikiref`` reads a folder of WikiRef ``*.txt`` articles (pages cited by Wikipedia, e.g.
``app/data_processing/test_data/wikiref/WikiRef220`` of
github.com/dpacassi/dynamic-event-detection-in-data-streams; ``<topic>.<n>.txt`` or
``<topic> (<n>).txt``), UTF-8 or else Windows-1252, one paragraph per non-blank line. They carry
no metadata: the outlet is the domain of a URL closing a ``Read more`` or rights line of the
text itself, else left out (quotecheck may still read it from the text's chrome).

``--allsides`` reads a JSONL of AllSides headline roundups (``data/raw_crawled/*.jsonl`` of
github.com/HLTCHKUST/framing-bias-metric, the NeuS crawl): per story the left, center and right
outlets' headline and opening paragraphs as AllSides shows them (excerpts, often ending
"..."); the outlet is the link's domain, ``published`` a ``/yyyy/mm/dd/`` date in the link, and
``section`` AllSides' tag (opinion, analysis); ``--months 2021-09`` keeps some roundup months.

``--groundnews`` reads a folder of Ground News story CSVs laid side by side as
``<story>/data.csv`` (``data/ground.news`` of github.com/gipplab/news-story-identification:
full articles of many outlets on one event each, with the outlet's name and publication time;
the files lost most non-ASCII characters to U+FFFD, kept as given).

``--baly`` reads the ``data/jsons`` folder of github.com/ramybaly/Article-Bias-Prediction (full
articles AllSides linked, 2012 to mid-2020, with outlet, URL, date and AllSides' lean; no story
id: a story is one (date, topic) group with two or more outlets); ``--dates
2020-07-01:2020-07-15`` keeps some days (``baly_reader``).

The data has no licence of its own: keep the output outside the repository (e.g.
/tmp/realnews/census).

Run: ``python bench/realnews_layout.py census_articles.csv /tmp/realnews/census``
"""
from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import json
import re
import sys
from pathlib import Path

from corpus_readers import (
    allsides_rows, domain, duc_rows, ecbplus_rows, groundnews_rows, meter_rows, newswcl50_rows,
    seen_docnos, topic_set, unseen, wikiref_rows)
from baly_reader import baly_rows, date_range

MANIFEST = "quotecheck-corpus.toml"
URL_COLUMNS = ("url", "link")
PUBLISHED_COLUMNS = ("published", "publish_date", "date")


def paragraphs(text: str) -> list[str]:
    """The ``###``-separated paragraphs of one CSV text cell, stripped, empty ones dropped."""
    parts = (re.sub(r"\s+", " ", part).strip() for part in text.split("###"))
    return [part for part in parts if part]


def file_name(row_id: str, publisher: str) -> str:
    """A readable, filesystem-safe file name: ``<id>_<publisher>.txt``."""
    safe = re.sub(r"[^A-Za-z0-9.-]+", "-", publisher).strip("-.") or "unknown"
    return f"{re.sub(r'[^A-Za-z0-9]+', '-', row_id)}_{safe}.txt"


def toml_string(value: str) -> str:
    """A TOML basic string for ``value``."""
    escaped = value.replace("\\", "\\").replace('"', '\\"')
    return '"' + re.sub(r"[\x00-\x1f]", " ", escaped) + '"'


def first_column(row: dict, names: tuple[str, ...]) -> str:
    """The first non-empty value among ``names`` in ``row``, or ''."""
    for name in names:
        if (row.get(name) or "").strip():
            return row[name].strip()
    return ""


def csv_rows(csv_path: Path):
    """The rows of an ArticleComparisons CSV; a row without ``id`` or ``publisher`` gets them
    from its URLs (a hash of ``url``; the domain of ``paperurl`` or ``url``)."""
    csv.field_size_limit(1 << 30)
    with csv_path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            url = first_column(row, URL_COLUMNS)
            if not (row.get("id") or "").strip() and url:
                row["id"] = hashlib.sha1(url.encode("utf-8")).hexdigest()[:8]
            if not (row.get("publisher") or "").strip():
                row["publisher"] = domain(first_column(row, ("paperurl",) + URL_COLUMNS))
            yield row


def layout(csv_path: Path, out: Path, scrape_time_as_published: bool = False,
           rows=None) -> int:
    """Write one ``.txt`` per article (CSV row, or news-please JSON file of a folder, or the
    given ``rows``) and the manifest into ``out``; return the article count."""
    out.mkdir(parents=True, exist_ok=True)
    manifest = ['[defaults]', 'language = "en"', '']
    count = 0
    if rows is None:
        rows = newsplease_rows(csv_path) if csv_path.is_dir() else csv_rows(csv_path)
    for row in rows:
        paras = paragraphs(row.get("text") or "")
        if not paras:
            continue
        name = file_name(row.get("id") or str(count), row.get("publisher") or "")
        (out / name).write_text("\n\n".join(paras) + "\n", encoding="utf-8")
        manifest.append(f'[files."{name}"]')
        if (row.get("publisher") or "").strip():
            manifest.append(f"outlet = {toml_string(row['publisher'].strip())}")
        url = first_column(row, URL_COLUMNS)
        if url:
            manifest.append(f"url = {toml_string(url)}")
        published = first_column(row, PUBLISHED_COLUMNS)
        if not published and scrape_time_as_published:
            published = (row.get("scrape_time") or "").strip()
        if published:
            manifest.append(f"published = {toml_string(published)}")
        if (row.get("section") or "").strip():
            manifest.append(f"section = {toml_string(row['section'].strip())}")
        manifest.append("")
        count += 1
    (out / MANIFEST).write_text("\n".join(manifest), encoding="utf-8")
    return count


def newsplease_rows(folder: Path):
    """Rows shaped like the CSV's (id, publisher, url, published, text) from news-please JSON."""
    for path in sorted(folder.glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        cluster = article.get("newsCluster") or {}
        if isinstance(cluster, str):
            cluster = ast.literal_eval(cluster)
        event = cluster.get("EventId")
        prefix = f"e{int(event):02d}-" if event is not None else ""
        published = article.get("date_publish")
        yield {"id": prefix + (article.get("dId") or path.stem)[:8],
               "publisher": article.get("source_domain") or "",
               "url": article.get("url") or "",
               "published": "" if published in (None, "None") else str(published),
               "text": "###".join((article.get("text") or "").splitlines())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", type=Path, help="an ArticleComparisons data/*_articles.csv, or with "
                        "--newsplease a folder of news-please JSON articles, with --meter a "
                        "METER corpus folder")
    parser.add_argument("out", type=Path, help="output story folder (outside the repository)")
    parser.add_argument("--scrape-time-as-published", action="store_true",
                        help="use scrape_time as the published date (it is not one)")
    parser.add_argument("--newsplease", action="store_true",
                        help="the input is a folder of news-please JSON articles")
    parser.add_argument("--meter", action="store_true",
                        help="the input is a METER corpus folder (PA/ and newspapers/)")
    parser.add_argument("--stories", default="",
                        help="with --meter: comma-separated <domain>/<dd.mm.yy>/<catchline>")
    parser.add_argument("--ecbplus", action="store_true",
                        help="the input is the ECB+ folder of the ECB+ corpus (ecbplus documents)")
    parser.add_argument("--topics", default="", help="with --ecbplus or --duc: topics, e.g. 1-12")
    parser.add_argument("--duc", action="store_true",
                        help="the input is a folder of DUC/TAC newswire documents (AQUAINT SGML)")
    parser.add_argument("--skip-seen", nargs="+", type=Path, default=[], metavar="FOLDER",
                        help="with --duc: leave out documents already laid out in these folders")
    parser.add_argument("--newswcl50", action="store_true",
                        help="the input is NewsWCL50's 1-raw-articles folder (event_<n>/...)")
    parser.add_argument("--urls", type=Path, default=None,
                        help="with --newswcl50: fhamborg/NewsWCL50's urls.tsv (outlets, URLs)")
    parser.add_argument("--wikiref", action="store_true",
                        help="the input is a folder of WikiRef *.txt articles")
    parser.add_argument("--allsides", action="store_true",
                        help="the input is a JSONL of AllSides headline roundups")
    parser.add_argument("--months", default="",
                        help="with --allsides: comma-separated yyyy-mm of the roundups to keep")
    parser.add_argument("--groundnews", action="store_true",
                        help="the input is a folder of Ground News <story>/data.csv files")
    parser.add_argument("--baly", action="store_true",
                        help="the input is Article-Bias-Prediction's data/jsons folder")
    parser.add_argument("--dates", default="",
                        help="with --baly: yyyy-mm-dd:yyyy-mm-dd, the days to keep")
    args = parser.parse_args(argv)
    if args.baly and args.csv.is_dir():
        try:
            rows = list(baly_rows(args.csv, date_range(args.dates or "0000-01-01:9999-12-31")))
        except ValueError as exc:
            print(f"realnews_layout: error: {exc}", file=sys.stderr)
            return 2
        return _write(args, rows)
    if args.allsides and args.csv.is_file():
        months = {m.strip() for m in args.months.split(",") if m.strip()} or None
        try:
            rows = list(allsides_rows(args.csv, months))
        except UnicodeDecodeError:
            print(f"realnews_layout: error: {args.csv}: not UTF-8 text", file=sys.stderr)
            return 2
        except ValueError as exc:
            print(f"realnews_layout: error: {exc}", file=sys.stderr)
            return 2
        return _write(args, rows)
    if args.csv.is_dir():
        rows = _folder_rows(args)
        if rows is not None or args.newsplease:
            return _write(args, rows)
    if not args.csv.is_file():
        print(f"realnews_layout: error: {args.csv}: no such file", file=sys.stderr)
        return 2
    return _write(args, None, args.scrape_time_as_published)


def _folder_rows(args: argparse.Namespace):
    """The rows of the folder reader the options name (None: news-please or no reader)."""
    if args.groundnews:
        return groundnews_rows(args.csv)
    if args.newswcl50:
        return newswcl50_rows(args.csv, args.urls)
    if args.wikiref:
        return wikiref_rows(args.csv)
    if args.duc:
        return unseen(duc_rows(args.csv, topic_set(args.topics)), seen_docnos(args.skip_seen))
    if args.ecbplus:
        return ecbplus_rows(args.csv, topic_set(args.topics))
    if args.meter:
        stories = [s.strip() for s in args.stories.split(",") if s.strip()] or None
        return meter_rows(args.csv, stories)
    return None


def _write(args: argparse.Namespace, rows, scrape_time_as_published: bool = False) -> int:
    """Lay the rows out into ``args.out`` and say how many articles were written."""
    count = layout(args.csv, args.out, scrape_time_as_published, rows=rows)
    print(f"{count} articles -> {args.out}")
    return 0

if __name__ == "__main__":
    sys.exit(main())
