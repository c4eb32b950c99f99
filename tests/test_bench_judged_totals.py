"""bench/judged_totals.py: warnings and errors counted by verdict, framing apart."""
import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import judged_totals  # noqa: E402

REPORT = {"findings": [
    {"code": "QC330", "severity": "warning", "fingerprint": "a"},
    {"code": "QC331", "severity": "warning", "fingerprint": "b"},
    {"code": "QC331", "severity": "info", "fingerprint": "c"},   # infos are not counted
    {"code": "QC401", "severity": "error", "fingerprint": "d"},
    {"code": "QC501", "severity": "warning", "fingerprint": "e"},
]}
JUDGED = "fingerprint,document,code,start,verdict,class\na,x,QC330,1,real,\nb,x,QC331,2,false,word sense\nd,x,QC401,3,real,\n"


def test_counts_split_framing_from_the_rest_and_leave_unjudged_apart():
    verdict = {"a": "real", "b": "false", "d": "real"}
    assert judged_totals.count(REPORT, verdict) == [1, 1, 0, 1, 0, 1]


def test_sample_and_edges_read_from_eval_output():
    text = ("    quotecheck edges       -            14   14  1.000  0.800  0.889  14/14 / 0/0\n"
            "    judged 40 of 40 sampled: real 31 (78% of judged)\n")
    assert judged_totals.sample_and_edges(text) == ("31/40", "0.889")
    assert judged_totals.sample_and_edges("") == ("-", "-")


def test_main_totals_tuned_apart_from_untuned(tmp_path, capsys):
    (tmp_path / "labels").mkdir()
    (tmp_path / "labels/s1_judgements.csv").write_text(JUDGED, encoding="utf-8")
    (tmp_path / "s1.json").write_text(json.dumps(REPORT), encoding="utf-8")
    (tmp_path / "s2.json").write_text(json.dumps(REPORT), encoding="utf-8")
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert judged_totals.main([str(tmp_path), "--labels", str(tmp_path / "labels"),
                               "--untuned", "s2"]) == 0
    out = capsys.readouterr().out
    assert "total all: framing 1 real, 1 false, 2 unjudged" in out
    assert "total tuned: framing 1 real, 1 false, 0 unjudged (50.0%)" in out
    assert "unreadable report" in out


def test_no_reports_is_exit_2(tmp_path):
    assert judged_totals.main([str(tmp_path)]) == 2
