"""Gates a newsroom can trust (issue 16), through the CLI: ``check`` and ``compare`` must not
pass what they should report, and must not run silently on a typo."""
import json
from pathlib import Path

import pytest

from quotecheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the cache and any config are looked for here


def run(capsys, *args):
    code = main([*map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def draft(tmp_path, text, name="draft.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


SCRAPER_QUOTE = ("Vladimir Putin said on Monday: “Of course, we know that the events in "
                 "Kazakhstan are not the first and will not be the last attempt to interfere "
                 "in the internal affairs of our country,” at a meeting of the alliance.\n")


def test_check_reports_a_quotation_taken_from_a_changed_copy_with_the_parents_words(
        capsys, tmp_path):
    path = draft(tmp_path, "# Putin\n\n" + SCRAPER_QUOTE)
    code, out, err = run(capsys, "check", path, "--sources", SEEDS, "--format", "json")
    report = json.loads(out)
    found = report["findings"]
    assert code == 1 and [f["code"] for f in found] == ["QC104"]
    assert "Financial Times has “Of course, we understand that" in found[0]["message"]
    assert found[0]["related"][0]["document"].startswith("000_")
    # the sources are not presented as five independent roots
    assert {"source": "000_b87f51cfc6e39bfa.txt", "derived": "001_6b5d426d32f8eb10.txt"} \
        .items() <= report["provenance"][0].items()
    assert "against 5 sources (3 independent)" in err


def test_check_passes_the_same_words_when_an_independent_source_has_them(capsys, tmp_path):
    quote = ("Putin said: “Of course, we understand that the events in Kazakhstan are not the "
             "first and far from the last attempt to interfere in the internal affairs of our "
             "states from outside,” Reuters reported.\n")
    code, out, _ = run(capsys, "check", draft(tmp_path, "# Putin\n\n" + quote),
                       "--sources", SEEDS, "--format", "json")
    assert code == 0 and json.loads(out)["findings"] == []


LIFTED = """# Putin vows to stop colour revolutions

By our staff

Russian President Vladimir Putin blamed the violent unrest in Kazakhstan on destructive \
internal and external forces on Monday, and said the Russian-led CSTO military alliance would \
not allow that its member governments be overthrown in the former USSR.

He told an online meeting of leaders of the Russia-led Collective Security Treaty Organization \
via video link that the deployment of CSTO troops had prevented armed groups from undermining \
power bases in Kazakhstan.

Thousands of people have been arrested and some public buildings were set on fire during mass \
anti-government protests last week.

He said the CSTO contingent would be withdrawn after its mission was completed and when Kazakh \
President Kassym-Jomart Tokayev believed they were no longer needed.
"""


def test_check_reports_paragraphs_lifted_from_a_source_without_credit(capsys, tmp_path):
    code, out, _ = run(capsys, "check", draft(tmp_path, LIFTED), "--sources", SEEDS,
                       "--format", "json")
    found = json.loads(out)["findings"]
    assert code == 1 and [f["code"] for f in found] == ["QC501"]
    assert "reuses Reuters without credit" in found[0]["message"]
    assert found[0]["related"][0]["document"].startswith("003_")


def test_check_accepts_lifted_paragraphs_that_credit_their_source(capsys, tmp_path):
    credited = LIFTED.replace("By our staff", "Reporting by Reuters")
    code, out, _ = run(capsys, "check", draft(tmp_path, credited), "--sources", SEEDS,
                       "--format", "json")
    assert [f["code"] for f in json.loads(out)["findings"]] == [] and code == 0


# -- compare reads the configuration; its default fails on errors ------------------------------
@pytest.fixture()
def stories(tmp_path):
    """A copy of the seeds under the working folder (configuration is looked for there)."""
    import shutil

    return shutil.copytree(SEEDS, tmp_path / "stories")


def test_compare_fails_on_errors_by_default_as_the_story_hook_runs_it(capsys, stories):
    code, _, err = run(capsys, "compare", stories, "-q")
    assert code == 1  # the scraper's copy changes the FT's quotations (QC104)


def test_compare_reads_fail_on_and_ignore_from_the_configuration(capsys, tmp_path, stories):
    (tmp_path / "quotecheck.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    code, _, _ = run(capsys, "compare", stories, "-q")
    assert code == 0
    conf = tmp_path / "other.toml"
    conf.write_text('ignore = ["QC1", "QC2"]\nfail-on = "error"\n', encoding="utf-8")
    code, out, _ = run(capsys, "compare", stories, "-q", "--config", conf, "--format", "json")
    codes = {f["code"] for f in json.loads(out)["findings"]}
    assert codes and not any(c.startswith(("QC1", "QC2")) for c in codes)
    assert code == 0  # no error-level finding is left


def test_compare_select_from_the_configuration(capsys, tmp_path, stories):
    (tmp_path / "quotecheck.toml").write_text('select = ["QC502"]\n', encoding="utf-8")
    code, out, _ = run(capsys, "compare", stories, "-q", "--format", "json")
    assert {f["code"] for f in json.loads(out)["findings"]} == {"QC502"} and code == 0


# -- a typo in a selector is never silent -----------------------------------------------------
@pytest.mark.parametrize("args", [["--select", "QC9999"], ["--ignore", "QC9999"],
                                  ["--extend-select", "no-such-rule"]])
def test_an_unknown_selector_on_the_command_line_exits_2_with_one_line(capsys, tmp_path, args):
    path = draft(tmp_path, "# Putin\n\n" + SCRAPER_QUOTE)
    code, out, err = run(capsys, "check", path, "--sources", SEEDS, *args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "no rule has this code, prefix or name" in err
    code, _, err = run(capsys, "compare", SEEDS, *args)
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_an_unknown_selector_in_per_file_ignores_exits_2(capsys, tmp_path):
    (tmp_path / "quotecheck.toml").write_text(
        f'sources = ["{SEEDS.as_posix()}"]\n[per-file-ignores]\n"*.md" = ["QC9999"]\n',
        encoding="utf-8")
    code, _, err = run(capsys, "check", draft(tmp_path, "# Putin\n\n" + SCRAPER_QUOTE))
    assert code == 2 and "per-file-ignores 'QC9999': no rule has" in err


def test_a_suppression_naming_an_unknown_code_is_reported(capsys, tmp_path):
    text = ("# Putin\n\n<!-- quotecheck: ignore[QC9999] checked with the desk -->\n"
            + SCRAPER_QUOTE)
    code, out, _ = run(capsys, "check", draft(tmp_path, text), "--sources", SEEDS,
                       "--format", "json")
    codes = [f["code"] for f in json.loads(out)["findings"]]
    assert "QC602" in codes and code == 1


# -- repeated and extended selections ----------------------------------------------------------
def _codes(capsys, tmp_path, *args):
    text = "# Putin\n\n" + SCRAPER_QUOTE + "\n" + LIFTED.split("\n", 2)[2]
    code, out, err = run(capsys, "check", draft(tmp_path, text), "--sources", SEEDS,
                         "--format", "json", *args)
    assert code in (0, 1), err
    return sorted({f["code"] for f in json.loads(out)["findings"]})


def test_select_is_repeatable_and_each_takes_commas(capsys, tmp_path):
    assert _codes(capsys, tmp_path) == ["QC104", "QC501"]
    assert _codes(capsys, tmp_path, "--select", "QC104", "--select", "QC501") == \
        ["QC104", "QC501"]
    assert _codes(capsys, tmp_path, "--select", "QC2,QC501") == ["QC501"]


def test_extend_select_and_extend_ignore_add_to_the_configuration(capsys, tmp_path):
    (tmp_path / "quotecheck.toml").write_text('select = ["QC104"]\n', encoding="utf-8")
    assert _codes(capsys, tmp_path) == ["QC104"]
    assert _codes(capsys, tmp_path, "--extend-select", "QC501") == ["QC104", "QC501"]
    assert _codes(capsys, tmp_path, "--extend-select", "QC5", "--extend-ignore",
                  "QC104") == ["QC501"]
    # --select replaces the configuration's select
    assert _codes(capsys, tmp_path, "--select", "QC501") == ["QC501"]


# -- per-file-ignores: ALL, and gitignore-style patterns -------------------------------------------
def _per_file(capsys, tmp_path, pattern, codes, where):
    (tmp_path / "quotecheck.toml").write_text(
        f'sources = ["{SEEDS.as_posix()}"]\n[per-file-ignores]\n"{pattern}" = {codes}\n',
        encoding="utf-8")
    (tmp_path / where).parent.mkdir(parents=True, exist_ok=True)
    path = draft(tmp_path, "# Putin\n\n" + SCRAPER_QUOTE, where)
    code, out, _ = run(capsys, "check", path, "--format", "json")
    return code, [f["code"] for f in json.loads(out)["findings"]]


def test_per_file_ignores_all_switches_every_rule_off(capsys, tmp_path):
    assert _per_file(capsys, tmp_path, "drafts/*.md", '["ALL"]', "drafts/a.md") == (0, [])


def test_per_file_ignores_star_does_not_cross_a_slash(capsys, tmp_path):
    code, found = _per_file(capsys, tmp_path, "drafts/*.md", '["QC104"]', "drafts/x/a.md")
    assert found == ["QC104"] and code == 1
    # a pattern without a slash matches the file name at any depth, as in .gitignore
    assert _per_file(capsys, tmp_path, "*.md", '["QC1"]', "drafts/x/a.md") == (0, [])
    assert _per_file(capsys, tmp_path, "drafts/**/*.md", '["QC1"]', "drafts/x/a.md") == (0, [])


# -- a broken rule file is reported, and the other rules still run ---------------------------
def test_check_runs_the_other_rules_past_a_broken_rule_file(capsys, tmp_path):
    bad = tmp_path / "mine.toml"
    bad.write_text('[[rule]]\ncode = "XX1"\nname = \n', encoding="utf-8")
    path = draft(tmp_path, "# Putin\n\n" + SCRAPER_QUOTE)
    code, out, err = run(capsys, "check", path, "--sources", SEEDS, "--rules", bad,
                         "--format", "json")
    assert [f["code"] for f in json.loads(out)["findings"]] == ["QC104"]
    assert code == 2  # as compare: everything reported, then exit 2 for the broken file
    errors = [line for line in err.splitlines() if "error:" in line]
    assert len(errors) == 1 and "mine.toml:3: invalid TOML" in errors[0]


# -- reports: affiliation in JSON and HTML as in DOT ---------------------------------------------
def test_affiliation_from_the_outlet_table_is_in_json_and_html(capsys, tmp_path):
    code, out, _ = run(capsys, "compare", SEEDS, "-q", "--format", "json", "--fail-on", "never")
    docs = {d["outlet"]: d["affiliation"] for d in json.loads(out)["documents"]}
    assert docs["Voice of America"].startswith("ISFM")  # state-funded, as DOT labels it
    assert docs["Reuters"].startswith("private") and docs[None] is None
    html = tmp_path / "report.html"
    run(capsys, "compare", SEEDS, "-q", "--format", "html", "-o", html, "--fail-on", "never")
    text = html.read_text(encoding="utf-8")
    assert "ISFM: independent state-funded" in text and ">ISFM<" in text  # table and graph


# -- SARIF: short titles, a docs page per rule, justifications, nothing outside the root ---------
def _sarif(capsys, *args):
    code, out, err = run(capsys, "check", *args, "--format", "sarif")
    assert code in (0, 1), err
    return json.loads(out)["runs"][0]


def test_sarif_rules_have_short_titles_and_a_generated_docs_page(capsys, tmp_path):
    import subprocess
    import sys

    run_ = _sarif(capsys, draft(tmp_path, "# Putin\n\n" + SCRAPER_QUOTE), "--sources", SEEDS)
    rules = run_["tool"]["driver"]["rules"]
    assert len(rules) >= 30
    for rule in rules:
        assert len(rule["shortDescription"]["text"]) <= 80
        page = ROOT / "docs" / "rules" / f"{rule['id']}.md"
        assert rule["helpUri"].endswith(f"/docs/rules/{rule['id']}.md") and page.is_file()
    out = tmp_path / "pages"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_rule_docs.py"), "--out",
                    str(out)], check=True, capture_output=True)
    for page in out.iterdir():  # the shipped pages are what the rule files say
        assert page.read_text(encoding="utf-8") == \
            (ROOT / "docs" / "rules" / page.name).read_text(encoding="utf-8"), page.name


def test_sarif_carries_justifications_and_no_location_outside_the_root(capsys, tmp_path,
                                                                       monkeypatch):
    import shutil

    repo = tmp_path / "repo"
    (repo / "drafts").mkdir(parents=True)
    text = ("# Putin\n\n<!-- quotecheck: ignore[QC104] the desk checked the FT's words -->\n"
            + SCRAPER_QUOTE + "\n" + SCRAPER_QUOTE.replace("Monday", "Tuesday"))
    path = draft(repo / "drafts", text)
    inside = shutil.copytree(SEEDS, repo / "sources")
    monkeypatch.chdir(repo)
    results = _sarif(capsys, path, "--sources", SEEDS)["results"]  # sources outside
    assert [r["ruleId"] for r in results] == ["QC104", "QC104"]
    assert results[0]["suppressions"] == [{"kind": "inSource", "status": "accepted",
                                          "justification": "the desk checked the FT's words"}]
    assert all("relatedLocations" not in r for r in results)
    results = _sarif(capsys, path, "--sources", inside)  # sources inside the repository
    related = results["results"][1]["relatedLocations"]
    assert [r["physicalLocation"]["artifactLocation"]["uri"] for r in related] == \
        ["sources/000_b87f51cfc6e39bfa.txt", "sources/001_6b5d426d32f8eb10.txt"]


# -- compare's text output leads with what matters -------------------------------------------------
def test_compare_text_leads_with_provenance_then_errors_and_hides_infos(capsys):
    code, out, err = run(capsys, "compare", SEEDS, "--fail-on", "never")
    lines = out.splitlines()
    assert lines[:4] == [
        "Provenance",
        "  001_6b5d426d32f8eb10.txt derives from Financial Times: rewrite, without credit",
        "  Voice of America derives from Reuters: partial, credited",
        "  3 independent roots behind 5 documents: Financial Times (private), "
        "The Moscow Times (private), Reuters (private)"]
    findings = [ln for ln in lines if ": QC" in ln and " [" in ln]
    severities = [ln.split(" [")[1].split("]")[0] for ln in findings]
    assert severities == sorted(severities)  # "error" < "warning": errors first
    assert "info" not in severities and "[info]" not in out.split("Group C1")[0]
    import re

    hidden = re.search(r"; (\d+) below warning hidden \(--min-severity info shows them\)", out)
    assert hidden and int(hidden.group(1)) > 0
    assert "score" not in out and "Financial Times → 001_6b5d426d32f8eb10.txt" in out
    shown = sum(1 for ln in lines if ln.startswith("Group C"))
    assert f" {shown} quote groups," in err
    code, out, _ = run(capsys, "compare", SEEDS, "--fail-on", "never", "--min-severity", "info")
    assert "[info]" in out and "hidden" not in out
