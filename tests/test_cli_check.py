"""``quotecheck check`` through the CLI: acceptance drafts against the seeds, exit codes,
configuration, suppressions, baseline and the summary line."""
import json
from pathlib import Path

import pytest

from quotecheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DRAFTS = ROOT / "tests" / "drafts"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the cache and any config are looked for here


def check(capsys, *args):
    code = main(["check", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def findings(capsys, draft, *extra):
    code, out, err = check(capsys, draft, "--sources", SEEDS, "--format", "json", *extra)
    return code, json.loads(out)["findings"], err


def test_faithful_and_orthographic_quotes_pass(capsys):
    code, found, err = findings(capsys, DRAFTS / "faithful.md")
    assert found == [] and code == 0
    assert err.strip() == "quotecheck: 0 findings in 1 draft against 5 sources (3 independent)"


def test_a_quote_keeps_its_sources_spelling(capsys):
    # "color" in the narration, the FT's "colour" inside its exact quotation: both right
    code, found, _ = findings(capsys, DRAFTS / "quoted-house-style.md")
    assert found == [] and code == 0


@pytest.mark.parametrize("draft,category,words", [
    ("changed-word.md", "wording", "region"),
    ("dropped-not.md", "meaning", "will allow"),
    ("unsourced.md", "unsourced", "We will answer every provocation with overwhelming force"),
    ("wrong-speaker.md", "misattribution",
     "For now, this is less an armed intervention than a police operation"),
    ("doubt-verb.md", "attribution-verb", "claimed"),
    ("truncated.md", "truncation", "Kazakhstan will"),
])
def test_each_planted_problem_is_reported_with_its_category(capsys, draft, category, words):
    code, found, _ = findings(capsys, DRAFTS / draft)
    assert code == 1
    assert [f["category"] for f in found] == [category]
    text = (DRAFTS / draft).read_text(encoding="utf-8")
    f = found[0]
    assert words in text[f["start"]:f["end"]] or text[f["start"]:f["end"]] in words
    if category in ("wording", "meaning", "misattribution"):
        assert f["related"] and f["related"][0]["document"].endswith(".txt")


def test_figure_contradicting_the_sources(capsys):
    code, found, _ = findings(capsys, DRAFTS / "wrong-figure.md")
    assert code == 1 and [f["category"] for f in found] == ["number"]


def test_elision_that_drops_a_negation_is_meaning(tmp_path, capsys):
    draft = tmp_path / "d.md"
    draft.write_text("“We will […] allow the situation to be rocked at home,” Putin said.\n\n"
                     "“Of course, we understand that the events in Kazakhstan […] will be far "
                     "from the last attempt to interfere,” Putin said.\n", encoding="utf-8")
    code, found, _ = findings(capsys, draft)
    assert [(f["category"], draft.read_text()[f["start"]:f["end"]]) for f in found] == [
        ("meaning", "will […] allow")]


def test_fail_on_and_select(capsys):
    code, found, _ = findings(capsys, DRAFTS / "changed-word.md", "--fail-on", "error")
    assert code == 0 and len(found) == 1
    code, found, _ = findings(capsys, DRAFTS / "changed-word.md", "--ignore", "quote-wording")
    assert code == 0 and found == []
    code, found, _ = findings(capsys, DRAFTS / "doubt-verb.md", "--select", "QC1")
    assert code == 0 and found == []


def test_config_file_supplies_sources_and_fail_on(tmp_path, capsys):
    (tmp_path / "quotecheck.toml").write_text(
        f'sources = ["{SEEDS.as_posix()}"]\nfail-on = "error"\n', encoding="utf-8")
    draft = tmp_path / "d.md"
    draft.write_text((DRAFTS / "changed-word.md").read_text(encoding="utf-8"), encoding="utf-8")
    code, out, err = check(capsys, draft, "--format", "concise")
    assert code == 0 and "QC103" in out
    assert (tmp_path / ".quotecheck_cache").is_dir()


@pytest.mark.parametrize("args,needle", [
    (["missing.md", "--sources", SEEDS], "missing.md"),
    ([DRAFTS / "faithful.md"], "no sources"),
    ([DRAFTS / "faithful.md", "--sources", SEEDS, "--format", "nonsense"], "nonsense"),
])
def test_usage_and_input_errors_exit_2(capsys, args, needle):
    code, out, err = check(capsys, *args)
    assert code == 2 and needle in err and "Traceback" not in err


def test_bad_config_exits_2_with_file_and_line(tmp_path, capsys):
    (tmp_path / "quotecheck.toml").write_text('fail-on = "loud"\n')
    draft = tmp_path / "d.md"
    draft.write_text("Nothing quoted.\n")
    code, _, err = check(capsys, draft, "--sources", SEEDS)
    assert code == 2 and "quotecheck.toml:1: fail-on" in err


def test_suppressions_mark_findings_and_report_unused(tmp_path, capsys):
    draft = tmp_path / "d.md"
    draft.write_text("<!-- quotecheck: ignore[doubt-verb] it is the desk's style -->\n"
                     "Putin claimed that foreign forces had organised the protests.\n\n"
                     "<!-- quotecheck: ignore[QC106] -->\nPutin spoke at length.\n",
                     encoding="utf-8")
    code, found, err = findings(capsys, draft)
    by_code = {f["code"]: f for f in found}
    assert by_code["QC301"]["suppressed"] is True
    assert by_code["QC601"]["category"] == "unused-suppression"
    assert code == 1  # the unused suppression is a warning
    assert "1 suppressed" in err


def test_baseline_reports_only_new_findings(tmp_path, capsys):
    draft = tmp_path / "d.md"
    draft.write_text((DRAFTS / "changed-word.md").read_text(encoding="utf-8"), encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    code, _, err = check(capsys, draft, "--sources", SEEDS, "--write-baseline", baseline)
    assert code == 0 and baseline.exists()
    draft.write_text("New lead paragraph.\n\n" + draft.read_text(encoding="utf-8")
                     + "\n“We will allow the situation to be rocked at home,” Putin said.\n",
                     encoding="utf-8")
    code, found, _ = findings(capsys, draft, "--baseline", baseline)
    assert code == 1 and [f["category"] for f in found] == ["meaning"]


def test_json_output_follows_the_contract(capsys):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "tests" / "data" / "report.schema.json").read_text())
    _, out, _ = check(capsys, DRAFTS / "dropped-not.md", "--sources", SEEDS, "-f", "json")
    data = json.loads(out)
    jsonschema.validate(data, schema)
    assert data["command"] == "check"
    roles = {d["id"]: d["role"] for d in data["documents"]}
    assert roles["dropped-not.md"] == "checked" and list(roles.values()).count("source") == 5


def test_unchanged_run_is_replayed_from_the_cache(tmp_path, capsys, monkeypatch):
    import quotecheck.cache

    # The key also covers the code's files; pin that part so that edits made elsewhere
    # while the suite runs cannot turn the second run into a miss.
    monkeypatch.setattr(quotecheck.cache, "_environment_signature", lambda: ["pinned"])
    draft = tmp_path / "d.md"
    draft.write_text((DRAFTS / "dropped-not.md").read_text(encoding="utf-8"), encoding="utf-8")
    first = check(capsys, draft, "--sources", SEEDS, "-f", "concise")
    assert list((tmp_path / ".quotecheck_cache" / "runs").glob("run-*"))
    import quotecheck.lint.drafts

    def boom(*a, **k):
        raise AssertionError("the cached run should not check again")

    monkeypatch.setattr(quotecheck.lint.drafts, "check_documents", boom)
    assert check(capsys, draft, "--sources", SEEDS, "-f", "concise") == first
    draft.write_text(draft.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
    with pytest.raises(AssertionError):  # an edited draft is checked afresh
        check(capsys, draft, "--sources", SEEDS, "-f", "concise")


def test_each_draft_takes_its_nearest_configuration(tmp_path, capsys):
    for name, fail_on in (("strict", "warning"), ("lenient", "never")):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "quotecheck.toml").write_text(
            f'sources = ["{SEEDS.as_posix()}"]\nfail-on = "{fail_on}"\n', encoding="utf-8")
        (folder / "d.md").write_text((DRAFTS / "changed-word.md").read_text(encoding="utf-8"),
                                     encoding="utf-8")
    code, out, err = check(capsys, tmp_path / "lenient" / "d.md", "-f", "json")
    assert code == 0 and len(json.loads(out)["findings"]) == 1
    code, out, err = check(capsys, tmp_path / "lenient" / "d.md", tmp_path / "strict" / "d.md",
                           "-f", "json")
    data = json.loads(out)
    assert code == 1 and len(data["findings"]) == 2
    assert "in 2 drafts against 5 sources" in err


def test_selector_matching_no_rule_is_an_error(tmp_path, capsys):
    (tmp_path / "quotecheck.toml").write_text(
        f'sources = ["{SEEDS.as_posix()}"]\nignore = ["QC999", "no-such-rule"]\n')
    draft = tmp_path / "d.md"
    draft.write_text((DRAFTS / "faithful.md").read_text(encoding="utf-8"), encoding="utf-8")
    code, _, err = check(capsys, draft)
    assert code == 2  # a typo is never silent: one line each, nothing checked
    assert "quotecheck.toml:2: ignore 'QC999': no rule has this code, prefix or name" in err
    assert "ignore 'no-such-rule': no rule has" in err


def test_html_draft_with_suppression_in_sarif(tmp_path, capsys):
    jsonschema = pytest.importorskip("jsonschema")
    html = ("<html><body><h1>Putin on Kazakhstan</h1>\n"
            "<!-- quotecheck: ignore[doubt-verb] house style -->\n"
            "<p>Putin claimed that foreign forces were behind the unrest.</p>\n"
            "<p>&ldquo;We will allow the situation to be rocked at home,&rdquo; Putin said.</p>"
            "\n</body></html>\n")
    draft = tmp_path / "d.html"
    draft.write_text(html, encoding="utf-8")
    code, out, err = check(capsys, draft, "--sources", SEEDS, "-f", "sarif")
    sarif = json.loads(out)
    jsonschema.validate(sarif, json.loads((ROOT / "tests" / "data" /
                                           "sarif-schema-2.1.0.json").read_text()))
    results = {r["ruleId"]: r for r in sarif["runs"][0]["results"]}
    assert results["QC301"]["suppressions"] and "suppressions" not in results["QC104"]
    assert code == 1 and "1 suppressed" in err
    code, out, _ = check(capsys, draft, "--sources", SEEDS, "-f", "json")
    found = {f["code"]: html[f["start"]:f["end"]] for f in json.loads(out)["findings"]}
    assert found == {"QC301": "claimed", "QC104": "will allow"}


def test_output_file_is_written_again_when_replayed(tmp_path, capsys):
    draft = tmp_path / "d.md"
    draft.write_text((DRAFTS / "unsourced.md").read_text(encoding="utf-8"), encoding="utf-8")
    out_file = tmp_path / "report.json"
    first = check(capsys, draft, "--sources", SEEDS, "-f", "json", "-o", out_file)
    written = out_file.read_text(encoding="utf-8")
    out_file.unlink()
    second = check(capsys, draft, "--sources", SEEDS, "-f", "json", "-o", out_file)
    assert first == second and first[0] == 1
    assert out_file.read_text(encoding="utf-8") == written
    assert json.loads(written)["findings"][0]["category"] == "unsourced"


def test_files_among_the_sources_are_not_checked_as_drafts(tmp_path, capsys):
    src = tmp_path / "sources"
    src.mkdir()
    for seed in sorted(SEEDS.glob("0*.txt")):
        (src / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "quotecheck.toml").write_text('sources = ["sources"]\n')
    draft = tmp_path / "d.md"
    draft.write_text((DRAFTS / "faithful.md").read_text(encoding="utf-8"), encoding="utf-8")
    code, out, err = check(capsys, draft, src / "001_6b5d426d32f8eb10.txt", "-f", "json")
    assert code == 0 and json.loads(out)["findings"] == []
    assert "skipping 1 file that is among the sources" in err
    code, out, err = check(capsys, src / "001_6b5d426d32f8eb10.txt")
    assert code == 0 and "in 0 drafts against 5 sources" in err


def test_a_bad_draft_does_not_stop_the_others(tmp_path, capsys):
    binary = tmp_path / "broken.md"
    binary.write_bytes(b"\x00\xff\xfe binary")
    code, out, err = check(capsys, DRAFTS / "dropped-not.md", binary, "--sources", SEEDS,
                           "-f", "json")
    assert code == 2
    assert [f["category"] for f in json.loads(out)["findings"]] == ["meaning"]
    assert "broken.md" in err and "Traceback" not in err


def test_a_draft_with_every_kind_of_problem(capsys):
    code, found, err = findings(capsys, DRAFTS / "problems.md")
    text = (DRAFTS / "problems.md").read_text(encoding="utf-8")
    got = [(f["category"], text[f["start"]:f["end"]]) for f in found]
    assert [c for c, _ in got] == ["wording", "meaning", "unsourced", "misattribution",
                                   "attribution-verb", "number"]
    assert got[0][1] == "nations" and got[1][1] == "will allow" and got[5][1] == "5,000"
    assert code == 1 and "6 findings (2 errors, 4 warnings)" in err
