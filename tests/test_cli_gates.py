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
