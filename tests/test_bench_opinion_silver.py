"""bench/opinion_silver.py's silver labels and its reserve skip (issue 11): the opinion silver test
must never read an article dated inside a period laid out as an untuned reserve set, so every
``baly_*`` period of bench/layout_sets.sh is listed in ``RESERVE``. Invented article records
only (no corpus text)."""
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import opinion_silver  # noqa: E402

LAYOUT = (ROOT / "bench" / "layout_sets.sh").read_text(encoding="utf-8")
PERIODS = dict(re.findall(r'"\$R/(baly_\w+)" --dates (\d{4}-\d\d-\d\d:\d{4}-\d\d-\d\d)', LAYOUT))


def covered(first: str, last: str) -> bool:
    return any(a <= first and last <= b for a, b in opinion_silver.RESERVE)


def test_layout_lays_out_the_reserve_periods_this_test_reads():
    for name in ("baly_201310", "baly_201904", "baly_201801", "baly_201901", "baly_201911",
                 "baly_201803", "baly_201808", "baly_202004", "baly_201906", "baly_201909",
                 "baly_201912", "baly_201805", "baly_201903", "baly_202005",
                 "baly_201812", "baly_201810", "baly_202003",
                 "baly_201807", "baly_201802", "baly_201907",
                 "baly_201910", "baly_202001", "baly_202006",
                 "baly_201909b", "baly_201912b", "baly_202007",
                 "baly_202002b", "baly_202003b", "baly_202004b"):
        assert name in PERIODS, name


@pytest.mark.parametrize("name", sorted(PERIODS))
def test_every_baly_reserve_period_is_skipped_by_the_silver_test(name):
    first, last = PERIODS[name].split(":")
    assert covered(first, last), f"{name} {PERIODS[name]} is not in opinion_silver.RESERVE"


def test_every_name_in_the_reserve_list_has_a_skipped_period():
    """The sets still held out and those the comment lines record as opened from the reserve: the
    list may be empty between layouts, its history never is."""
    text = (ROOT / "bench" / "labels" / "reserve.txt").read_text(encoding="utf-8")
    names = [line.strip() for line in text.splitlines() if line.strip()
             and not line.startswith("#")]
    names += re.findall(r"\b(baly_\d{6}[a-z]?) was measured", text)
    assert names
    for name in names:
        assert name in PERIODS and covered(*PERIODS[name].split(":")), name


def art(url: str, day: str = "", source: str = "Reuters") -> dict:
    return {"url": url, "date": day, "source": source}


@pytest.mark.parametrize("day", ["2018-01-10", "2018-01-22", "2018-02-05", "2019-01-14",
                                 "2019-02-05", "2019-11-01", "2019-11-22", "2018-03-14",
                                 "2018-04-10", "2018-08-18", "2018-09-08", "2020-04-03",
                                 "2020-04-15", "2019-06-01", "2019-06-28", "2019-09-14",
                                 "2019-10-10", "2019-12-14", "2019-12-31", "2020-01-08",
                                 "2018-04-28", "2018-05-23", "2019-02-22", "2019-03-19",
                                 "2020-05-10", "2020-05-20", "2018-12-02", "2019-01-02",
                                 "2018-12-25", "2018-09-22", "2018-10-11", "2020-03-09",
                                 "2020-03-19", "2018-07-10", "2018-07-24", "2018-08-07",
                                 "2018-02-09", "2018-03-09", "2019-07-01", "2019-07-30",
                                 "2019-10-11", "2019-10-31", "2020-01-09", "2020-01-26",
                                 "2020-05-31", "2020-06-09", "2019-08-23", "2019-09-01",
                                 "2019-09-13", "2019-11-23", "2019-12-01", "2019-12-13",
                                 "2020-07-01", "2020-07-12", "2020-02-21", "2020-03-07",
                                 "2020-03-24", "2020-04-02", "2020-04-19", "2020-04-30"])
def test_articles_inside_the_newest_reserve_periods_get_no_label(day):
    assert opinion_silver.silver(art("https://example.com/opinion/a-column", day)) is None
    assert opinion_silver.silver(art("https://www.reuters.com/news/us/a-story", day)) is None


@pytest.mark.parametrize("day", ["2018-01-09", "2018-02-06", "2019-01-13", "2019-02-06",
                                 "2018-03-13", "2018-04-11",
                                 "2018-08-17", "2018-09-09", "2020-03-23", "2020-04-16",
                                 "2019-05-31", "2019-06-29",
                                 "2018-04-27", "2018-05-24",
                                 "2019-02-21", "2019-03-20", "2020-05-09", "2020-05-21",
                                 "2018-12-01", "2019-01-03", "2018-09-21", "2018-10-12",
                                 "2020-03-08", "2020-03-20", "2018-07-09", "2018-08-08",
                                 "2018-02-08", "2018-03-10", "2019-06-30", "2019-07-31",
                                 "2020-01-27", "2020-05-30", "2020-06-10", "2020-06-30",
                                 "2020-07-13", "2020-04-18", "2020-05-01"])
def test_articles_just_outside_them_keep_their_section_label(day):
    assert opinion_silver.silver(art("https://example.com/opinion/a-column", day)) == "op"
    assert opinion_silver.silver(art("https://www.reuters.com/news/us/a-story", day)) == "news"


def test_an_undated_article_is_placed_by_its_address_date_or_skipped():
    assert opinion_silver.silver(art("https://example.com/2019/11/12/opinion/x")) is None
    assert opinion_silver.silver(art("https://example.com/2019/05/12/opinion/x")) == "op"
    assert opinion_silver.silver(art("https://example.com/opinion/x")) is None
    assert opinion_silver.silver(art("https://www.reuters.com/news/us/x", "2019-05-02",
                                     source="A Blog")) is None


@pytest.mark.parametrize("extractor", [False, True])
def test_both_reads_score_invented_articles(tmp_path, monkeypatch, capsys, extractor):
    """(genre27) The default read (marked spans masked) and ``--extractor`` (as ``check``
    reads a page) both score every labelled article: a column of our own read as 'I'."""
    column = ("A Column\n\n" + " ".join(["I think the plan fails, and I said so in March.",
                                         "You know why: we never funded it.",
                                         "Why would anyone vote for it now?"] * 20))
    news = ("A Story\n\n" + " ".join(["The committee met on Monday, a spokesman said.",
                                      "It will vote in May, officials said."] * 20))
    for n, (url, text) in enumerate((("https://example.com/2015/opinion/a-column", column),
                                     ("https://www.reuters.com/news/us/a-story", news))):
        record = dict(art(url, "2015-05-05"), ID=str(n), title="", content_original=text)
        (tmp_path / f"{n}.json").write_text(json.dumps(record), encoding="utf-8")
    argv = ["opinion_silver.py", str(tmp_path)] + (["--extractor"] if extractor else [])
    monkeypatch.setattr(sys, "argv", argv)
    opinion_silver.main()
    out = capsys.readouterr().out
    assert "dev: opinion recall 1/1, precision 1/1, news taken for opinion 0/1" in out
