"""``quotecheck quotes``: documents and quotes of a run, JSON per the contract."""
import json
from pathlib import Path

import pytest

import quotecheck.quotes.extract  # noqa: E402,F401  (a moved stage fails here, never skips)
import quotecheck.report.output  # noqa: E402,F401
from quotecheck.cli import main

SEED_OUTLETS = {
    "000_b87f51cfc6e39bfa.txt": "Financial Times",
    "001_6b5d426d32f8eb10.txt": None,
    "002_d44f5dc9505b8006.txt": "The Moscow Times",
    "003_73413e24b191d6a3.txt": "Reuters",
    "004_fd299cd8b438d824.txt": "Voice of America",
}


@pytest.fixture(scope="module")
def seeds_report(seeds_dir):
    import io
    from contextlib import redirect_stdout

    buf = io.StringIO()
    with redirect_stdout(buf):
        code = main(["quotes", "--format", "json", str(seeds_dir)])
    return code, json.loads(buf.getvalue())


def test_seeds_json_follows_the_contract(seeds_report):
    jsonschema = pytest.importorskip("jsonschema")
    code, report = seeds_report
    assert code == 0
    schema = Path(__file__).parent / "data" / "report.schema.json"
    jsonschema.validate(report, json.loads(schema.read_text(encoding="utf-8")))
    assert report["command"] == "quotes"
    assert report["clusters"] == [] and report["provenance"] == [] and report["findings"] == []


def test_seed_documents_and_outlets(seeds_report):
    _, report = seeds_report
    assert {d["id"]: d["outlet"] for d in report["documents"]} == SEED_OUTLETS
    assert all(d["role"] == "compared" for d in report["documents"])


def test_quote_spans_index_the_original_text(seeds_report, seeds_dir):
    _, report = seeds_report
    assert report["quotes"], "the seeds hold many quotations"
    texts = {d: (seeds_dir / d).read_text(encoding="utf-8") for d in SEED_OUTLETS}
    for q in report["quotes"]:
        assert texts[q["document"]][q["start"]:q["end"]] == q["text"]


def test_html_quotes_point_into_the_raw_file(capsys, tmp_path):
    raw = ("<html><head><script>var q = \"“not a quote”\";</script></head><body>"
           "<p>&ldquo;We will not allow the situation to be rocked at home,&rdquo; "
           "Putin said on Monday.</p><!-- “hidden remark” --></body></html>")
    page = tmp_path / "page.html"
    page.write_text(raw, encoding="utf-8")
    assert main(["quotes", "--format", "json", str(page)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"][0]["id"] == "page.html"
    texts = [q["text"] for q in report["quotes"]]
    assert all("not a quote" not in t and "hidden" not in t for t in texts)
    for q in report["quotes"]:
        assert raw[q["start"]:q["end"]] == q["text"]
    assert any(t.startswith("We will not allow") for t in texts)


def test_text_format_lists_quotes(capsys, seed_paths):
    assert main(["quotes", str(seed_paths[3])]) == 0
    out = capsys.readouterr().out
    assert "Putin" in out


def test_seeds_as_html_give_the_same_quotes(seeds_report, seeds_dir, tmp_path, capsys):
    """The HTML view keeps paragraphs and decodes entities, so extraction sees the same text."""
    import html

    for name in SEED_OUTLETS:
        text = (seeds_dir / name).read_text(encoding="utf-8")
        paras = [p for p in text.split("\n") if p.strip()]
        body = "\n".join(
            "<p>\n  " + html.escape(p, quote=False).replace("“", "&ldquo;").replace("”", "&rdquo;")
            + "\n</p>" for p in paras)
        page = ("<!doctype html><html><head><title>x</title><script>var q = '“no”';</script>"
                f"</head><body><nav><a href='/'>Home</a></nav><article>{body}</article></body>"
                "</html>")
        (tmp_path / name.replace(".txt", ".html")).write_text(page, encoding="utf-8")
    assert main(["quotes", "--format", "json", str(tmp_path)]) == 0
    report = json.loads(capsys.readouterr().out)
    _, from_text = seeds_report

    def key(q):
        return q["document"][:3], q["text"], q["speaker"] or "", q["verb"] or ""

    assert sorted(map(key, report["quotes"])) == sorted(map(key, from_text["quotes"]))
    assert [d["outlet"] for d in report["documents"]] == list(SEED_OUTLETS.values())
