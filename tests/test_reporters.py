"""Built-in reporters: text, concise, json (contract schema), sarif (2.1.0 schema), github."""
from __future__ import annotations

import io
import json
from pathlib import Path
from types import SimpleNamespace

import jsonschema
import pytest

from quotecheck.errors import UsageError
from quotecheck.model import Document, Finding, Metadata, Quote, Related, Report
from quotecheck.plugins.manager import build_plugin_manager, load_ruleset
from quotecheck.report.output import RenderOptions, emit, render, span_location
from quotecheck.rules.engine import fingerprint_findings
from quotecheck.text.textview import TextView

DATA = Path(__file__).resolve().parent / "data"
PM = build_plugin_manager(autoload=False)
RULES, _ = load_ruleset(None, PM)

DRAFT = 'Intro line.\nPutin said "we will not allow colour revolutions", the Kremlin said.\n' \
        'Ibáñez said the the talks, "failed".\n'
SOURCE = 'Putin said "we will not allow colour revolutions at home".\n'


def _report(command: str = "check") -> Report:
    d = Document("draft.txt", "drafts/my draft.txt", DRAFT, TextView.identity(DRAFT),
                 meta=Metadata(outlet="Desk"), role="checked")
    s = Document("source.txt", "sources/source.txt", SOURCE, TextView.identity(SOURCE),
                 meta=Metadata(outlet="Wire"), role="source")
    q0 = DRAFT.index("we will")
    q = Quote("draft.txt#q1", "draft.txt", q0, q0 + 36, DRAFT[q0:q0 + 36], speaker="Vladimir Putin",
              verb="said")
    s0 = SOURCE.index("we will")
    tt = DRAFT.index("the the")
    findings = [
        Finding("QC105", "quote-truncation", "warning", "truncation", "draft.txt", q0, q0 + 36,
                "quotation boundary moved: 50% of it, 100 %0A, a:b",
                (Related("source.txt", s0, s0 + 44, "Wire: the source"),)),
        Finding("QC204", "doubled-word", "info", "garble", "draft.txt", tt, tt + 7,
                "word repeated: “the the”"),
        Finding("QC104", "quote-meaning", "error", "meaning", "draft.txt", 0, 5, "m",
                suppressed=True),
    ]
    return Report(command=command, documents=[d, s], quotes=[q],
                  findings=fingerprint_findings(findings), extras={"ruleset": RULES})


def _render(fmt: str, report=None, color=False) -> str:
    return render(report or _report(), fmt, SimpleNamespace(), PM, use_color=color)


def test_span_location_counts_code_points_one_based():
    doc = _report().documents[0]
    tt = DRAFT.index("the the")
    assert span_location(doc, tt, tt + 7) == (3, 13, 3, 20)  # "Ibáñez" is 6 code points
    assert span_location(None, 5, 9) == (1, 1, 1, 1)


def test_text_reporter_underlines_the_span():
    out = _render("text")
    lines = out.splitlines()
    i = next(k for k, ln in enumerate(lines) if "QC204" in ln)
    assert lines[i].startswith("drafts/my draft.txt:3:13: QC204 [info]")
    assert lines[i + 1].endswith("| " + DRAFT.splitlines()[2])
    caret_line = lines[i + 2]
    assert caret_line.index("^") - caret_line.index("|") - 2 == 12
    assert caret_line.count("^") == 7
    assert "QC104" not in out  # suppressed
    assert "Wire: the source" in out and "sources/source.txt:1:" in out
    assert lines[-1] == "2 findings (1 warning, 1 info); 1 suppressed"
    assert "\x1b[" not in out and "\x1b[" in _render("text", color=True)


def test_text_reporter_lists_quotes_and_groups_text():
    report = _report("quotes")
    report.findings = []
    out = _render("text", report)
    assert 'drafts/my draft.txt:2:13: Vladimir Putin [said] “we will not allow' in out
    assert "1 quotation in 2 documents" in out
    report = _report("compare")
    report.extras["groups_text"] = "GROUP 1\n  rendering A\n"
    report.extras["provenance_text"] = "Provenance\n  no document derives from another\n"
    out = _render("text", report)
    # provenance first, then the findings, then the quote groups
    assert out.startswith("Provenance\n  no document derives from another\n")
    assert out.index("QC105") < out.index("GROUP 1\n  rendering A\n")


def test_text_reporter_shows_no_findings():
    report = _report()
    report.findings = []
    assert _render("text", report).strip() == "No findings."


def test_concise_reporter():
    lines = _render("concise").splitlines()
    assert lines == [
        "drafts/my draft.txt:2:13: QC105 [warning] quotation boundary moved: 50% of it, "
        "100 %0A, a:b",
        "drafts/my draft.txt:3:13: QC204 [info] word repeated: “the the”",
    ]


def test_json_reporter_follows_the_contract():
    data = json.loads(_render("json"))
    schema = json.loads((DATA / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert [f["code"] for f in data["findings"]] == ["QC105", "QC204", "QC104"]
    assert data["findings"][2]["suppressed"] is True


def _sarif_schema():
    return json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def test_sarif_validates_and_lists_every_enabled_rule():
    log = json.loads(_render("sarif"))
    jsonschema.validate(log, _sarif_schema())
    run = log["runs"][0]
    assert log["version"] == "2.1.0" and run["columnKind"] == "unicodeCodePoints"
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert ids[:len(RULES.enabled())] == [r.code for r in RULES.enabled()]
    for rule in run["tool"]["driver"]["rules"]:
        assert rule["help"]["text"] and rule["fullDescription"]["text"]
    results = run["results"]
    assert all(ids[r["ruleIndex"]] == r["ruleId"] for r in results)
    trunc, dup, supp = results
    assert trunc["level"] == "warning" and dup["level"] == "note" and supp["level"] == "error"
    region = dup["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (3, 13, 20)
    assert region["snippet"]["text"] == "the the"
    uri = dup["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "drafts/my%20draft.txt"
    base = dup["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"]
    assert run["originalUriBaseIds"][base]["uri"].endswith("/")
    assert trunc["relatedLocations"][0]["message"]["text"] == "Wire: the source"
    assert all(r["partialFingerprints"]["quotecheck/v1"] for r in results)
    assert "suppressions" in supp and "suppressions" not in trunc


def test_sarif_with_a_selection_and_an_unknown_plugin_code():
    report = _report()
    report.extras["ruleset"] = RULES.with_selection("QC2")
    report.findings.append(Finding("ZZ9", "plugin-rule", "info", "x", "draft.txt", 0, 1, "p"))
    log = json.loads(_render("sarif", report))
    jsonschema.validate(log, _sarif_schema())
    ids = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    assert "QC105" in ids and "ZZ9" in ids and "QC101" not in ids


def test_github_annotations_escape_and_map_levels():
    lines = _render("github").splitlines()
    assert lines[0] == (
        "::warning file=drafts/my draft.txt,line=2,col=13,endLine=2,endColumn=48,"
        "title=QC105 quote-truncation::quotation boundary moved: 50%25 of it, 100 %250A, a:b")
    assert lines[1].startswith("::notice file=drafts/my draft.txt,line=3,col=13,")
    assert len(lines) == 2  # suppressed left out


def test_github_property_escaping():
    from quotecheck_plugins.report_github import escape_data, escape_property

    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    assert escape_data("a,b:c%\r\n") == "a,b:c%25%0D%0A"


def test_github_says_when_annotations_exceed_the_limit():
    report = _report()
    tt = DRAFT.index("the the")
    report.findings = [Finding("QC204", "doubled-word", "info", "garble", "draft.txt", tt,
                               tt + 7, f"n{i}") for i in range(12)]
    lines = _render("github", report).splitlines()
    assert lines[0].startswith("::notice title=quotecheck::12 notices: GitHub shows at most 10")
    assert len(lines) == 13


def test_unknown_format_lists_the_available_ones():
    with pytest.raises(UsageError) as exc:
        _render("yaml")
    assert "sarif" in str(exc.value) and "concise" in str(exc.value)


def test_emit_writes_stdout_or_file(tmp_path):
    out, err = io.StringIO(), io.StringIO()
    opts = SimpleNamespace(format=None, output=None, color="never", plugins_dir=None,
                           disable_plugin=[])
    app = SimpleNamespace(options=opts, stdout=out, stderr=err,
                          option=lambda n, d=None: getattr(opts, n, d),
                          warn=lambda m: err.write(m + "\n"))
    assert emit(app, _report(), "concise") == 0
    assert out.getvalue().startswith("drafts/my draft.txt:2:13: QC105")
    opts.format, opts.output = "json", str(tmp_path / "r.json")
    emit(app, _report(), "concise")
    assert json.loads((tmp_path / "r.json").read_text())["schema"] == "quotecheck-report/1"


def test_render_options_resolve_ruleset_and_fall_through():
    opts = RenderOptions(SimpleNamespace(select="QC1"), use_color=True)
    assert opts.select == "QC1" and opts.nonexistent is None and opts.use_color
    assert opts.ruleset.get("QC101") is not None


@pytest.mark.parametrize("fmt", ["sarif", "json"])
def test_compare_on_the_seeds_validates(fmt, seed_paths, tmp_path, monkeypatch):
    from quotecheck.cli import main

    monkeypatch.setenv("QUOTECHECK_DISABLE_PLUGIN_AUTOLOAD", "1")
    out = tmp_path / f"report.{fmt}"
    code = main(["compare", *map(str, seed_paths), "--format", fmt, "-o", str(out), "-q"])
    assert code == 1  # the scraper's copy changes the FT's quotations: errors fail by default
    data = json.loads(out.read_text(encoding="utf-8"))
    schema = _sarif_schema() if fmt == "sarif" else json.loads(
        (DATA / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    if fmt == "sarif":
        results = data["runs"][0]["results"]
        assert results and all(r["partialFingerprints"]["quotecheck/v1"] for r in results)
        assert len({r["partialFingerprints"]["quotecheck/v1"] for r in results}) == len(results)
        for r in results:
            region = r["locations"][0]["physicalLocation"]["region"]
            assert region["startLine"] >= 1 and region["startColumn"] >= 1
