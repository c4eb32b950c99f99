"""Framing per outlet in ``compare``: the spread of framing findings per 1,000 words, in the
text, JSON (contract field, schema) and HTML reports; no verdict on any outlet."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema

from quotecheck.model import Document, Finding, Metadata, Report
from quotecheck.report.framing_spread import framing_spread, spread_table, word_count
from quotecheck.text.textview import TextView

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "tests" / "data" / "report.schema.json").read_text("utf-8"))


def _compare(folder: Path, fmt: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "quotecheck", "compare", str(folder),
                           "--format", fmt, "--fail-on", "never", "--quiet"],
                          capture_output=True, text=True, env=dict(os.environ), cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _story(tmp_path: Path) -> Path:
    """Three outlets on one story, worded with more and less framing."""
    (tmp_path / "a.txt").write_text(
        "Putin claimed that protesters had used foreign help. The puppet council arrested dozens.\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Putin said that protesters had used foreign help. The government arrested dozens "
        "of people on Monday, officials said.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(
        "The president said protesters had help from abroad; dozens were arrested.\n",
        encoding="utf-8")
    (tmp_path / "quotecheck-corpus.toml").write_text(
        '[files."a.txt"]\noutlet = "Outlet <A> & Co"\n[files."b.txt"]\noutlet = "Outlet B"\n'
        '[files."c.txt"]\noutlet = "Outlet C"\n', encoding="utf-8")
    return tmp_path


def test_json_framing_field_per_outlet_follows_the_schema(tmp_path):
    data = json.loads(_compare(_story(tmp_path), "json"))
    jsonschema.validate(data, SCHEMA)
    rows = {r["outlet"]: r for r in data["framing"]["outlets"]}
    assert set(rows) == {"Outlet <A> & Co", "Outlet B", "Outlet C"}
    a = rows["Outlet <A> & Co"]
    assert a["by_code"] == {"QC301": 1, "QC330": 1} and a["warnings"] == 2
    assert a["per_1000_words"] == round(1000 * a["findings"] / a["words"], 2)
    assert rows["Outlet B"]["findings"] == 0 and rows["Outlet C"]["findings"] == 0
    framing = [f for f in data["findings"] if f["code"].startswith("QC3")]
    assert sum(r["findings"] for r in rows.values()) == len(framing)
    spread = data["framing"]["spread"]
    assert spread["outlets"] == 3 and spread["min"] == 0 and spread["max"] == a["per_1000_words"]


def test_text_report_prints_the_spread_table(tmp_path):
    out = _compare(_story(tmp_path), "text")
    table = out[out.index("Framing per outlet"):]
    assert "not a verdict" in table
    assert "Outlet <A> & Co" in table and "Outlet B" in table and "Outlet C" in table
    assert "QC301 1, QC330 1" in table
    assert "spread: 0.00 to" in table


def test_html_report_has_an_escaped_framing_table(tmp_path):
    out = _compare(_story(tmp_path), "html")
    assert '<section id="framing">' in out and 'href="#framing"' in out
    section = out[out.index('<section id="framing">'):]
    section = section[:section.index("</section>")]
    assert "Outlet &lt;A&gt; &amp; Co" in section and "<A>" not in section
    assert section.count("<tr>") == 4          # header and three outlets
    assert "not a verdict" in section


def test_other_commands_have_an_empty_framing_field():
    report = Report(command="check")
    from quotecheck.report.contract import report_to_dict

    data = report_to_dict(report)
    assert data["framing"] == {"outlets": [], "spread": {}}
    jsonschema.validate(data, SCHEMA)


def _doc(doc_id: str, text: str, outlet=None) -> Document:
    return Document(doc_id, doc_id, text, TextView.identity(text), meta=Metadata(outlet=outlet))


def test_spread_counts_framing_only_and_merges_an_outlets_documents():
    d1 = _doc("a1", "one two three four", "Same")
    d2 = _doc("a2", "five six", "Same")
    d3 = _doc("b", "seven eight nine ten", None)
    findings = [
        Finding("QC301", "doubt-verb", "warning", "attribution-verb", "a1", 0, 3, "m"),
        Finding("QC332", "colour-word", "info", "label", "a2", 0, 4, "m"),
        Finding("QC330", "loaded-label", "warning", "label", "a2", 0, 4, "m", suppressed=True),
        Finding("QC203", "hedge-drift", "warning", "hedge", "b", 0, 5, "m"),
        Finding("XY101", "bombshell", "info", "label", "b", 0, 5, "m"),
        Finding("QC105", "quote-truncation", "warning", "truncation", "b", 0, 5, "m"),
    ]
    rows = framing_spread(Report(command="compare", documents=[d1, d2, d3],
                                 findings=findings))
    same, b = rows[1], rows[0]
    assert same["outlet"] == "Same" and same["documents"] == 2 and same["words"] == 6
    assert same["findings"] == 2 and same["warnings"] == 1
    assert same["per_1000_words"] == round(1000 * 2 / 6, 2)
    assert b["outlet"] == "b" and b["by_code"] == {"XY101": 1}
    assert len(spread_table(rows)) == 2 + 2 + 1


def test_word_count_counts_words_not_punctuation():
    assert word_count("It's a well-known fact — 20 words, “quoted”.") == 7
