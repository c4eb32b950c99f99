"""Newsroom inputs through the CLI (issue 16): YAML/TOML/JSON front matter, standard input,
``exclude`` and ``.gitignore``, Markdown code and links, figures of different referents."""
import io
import json
from pathlib import Path

import pytest

from quotecheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

FAITHFUL = ("Russian President Vladimir Putin said on Monday: \"Of course, we understand "
            "that the events in Kazakhstan are not the first and far from the last attempt to "
            "interfere in the internal affairs of our states from outside,\" at a meeting.\n")


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def run(capsys, *args):
    code = main([*map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path, name, text):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def quotes_json(capsys, path):
    code, out, err = run(capsys, "quotes", path, "--format", "json")
    assert code == 0, err
    return json.loads(out)


# -- front matter ------------------------------------------------------------------------------
YAML = """---
title: "Putin says bloc will stop “colour revolutions”"
date: 2022-01-10
outlet: Daily Planet
tags: [russia, kazakhstan]
layout: story
---
# Putin on Kazakhstan

"""


@pytest.mark.parametrize("head", [
    YAML,
    '+++\noutlet = "Daily Planet"\npublished = 2022-01-10\n+++\n# Putin on Kazakhstan\n\n',
    '{"title": "Putin says bloc will stop “colour revolutions”", "date": "2022-01-10",\n'
    ' "outlet": "Daily Planet", "draft": true}\n# Putin on Kazakhstan\n\n',
], ids=["yaml", "toml", "json"])
def test_front_matter_is_metadata_not_body_text(capsys, tmp_path, head):
    path = write(tmp_path, "story.md", head + FAITHFUL)
    report = quotes_json(capsys, path)
    doc = report["documents"][0]
    assert doc["outlet"] == "Daily Planet" and doc["published"] == "2022-01-10"
    assert [q["text"][:10] for q in report["quotes"]] == ["Of course,"]  # not the title
    text = path.read_text(encoding="utf-8")
    q = report["quotes"][0]
    assert text[q["start"]:q["end"]] == q["text"]  # spans index the original file


def test_yaml_front_matter_error_names_the_line_and_other_files_still_load(capsys, tmp_path):
    write(tmp_path, "bad.md", "---\noutlet: Daily Planet\ndate: not a date\n---\n" + FAITHFUL)
    good = write(tmp_path, "good.md", YAML + FAITHFUL)
    code, out, err = run(capsys, "quotes", tmp_path / "bad.md", good)
    assert code == 2 and "Of course" in out
    assert "bad.md:3: date: not an ISO 8601 date" in err and "Traceback" not in err


def test_yaml_aliases_are_refused(capsys, tmp_path):
    bomb = "---\na: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n---\n"
    code, _, err = run(capsys, "quotes", write(tmp_path, "bomb.md", bomb + FAITHFUL))
    assert code == 2 and "bomb.md:3: invalid YAML front matter: aliases are not allowed" in err


def test_a_thematic_break_is_not_front_matter(capsys, tmp_path):
    text = "---\n\n" + FAITHFUL + "\n---\n\nMore later.\n"
    report = quotes_json(capsys, write(tmp_path, "rule.md", text))
    assert len(report["quotes"]) == 1 and report["documents"][0]["outlet"] is None


# -- standard input ------------------------------------------------------------------------------
SCRAPER = FAITHFUL.replace("understand", "know").replace(
    "are not the first and far from the last", "are not the first and will not be the last"
).replace("our states from outside", "our country")


def check_stdin(capsys, monkeypatch, text, *args):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    return run(capsys, "check", "-", "--sources", SEEDS, *args)


def test_check_reads_a_draft_from_standard_input(capsys, monkeypatch):
    code, out, err = check_stdin(capsys, monkeypatch, "# Putin\n\n" + SCRAPER,
                                 "--stdin-filename", "drafts/story.md", "--format", "concise")
    assert code == 1 and out.startswith("drafts/story.md:3:") and "QC104" in out
    assert "in 1 draft against 5 sources" in err


def test_standard_input_is_part_of_the_run_cache_key(capsys, monkeypatch):
    args = ("--stdin-filename", "story.md", "--format", "json")
    first = check_stdin(capsys, monkeypatch, "# Putin\n\n" + SCRAPER, *args)
    second = check_stdin(capsys, monkeypatch, "# Putin\n\n" + FAITHFUL, *args)
    assert first[0] == 1 and second[0] == 0 and json.loads(second[1])["findings"] == []


def test_stdin_filename_picks_format_and_per_file_ignores(capsys, monkeypatch, tmp_path):
    write(tmp_path, "quotecheck.toml", '[per-file-ignores]\n"drafts/*.md" = ["QC104"]\n')
    code, out, _ = check_stdin(capsys, monkeypatch, YAML + SCRAPER, "--stdin-filename",
                               "drafts/story.md", "--format", "json")
    report = json.loads(out)
    assert code == 0 and report["findings"] == []
    assert report["documents"][0]["outlet"] == "Daily Planet"  # Markdown with front matter


# -- exclude and .gitignore ----------------------------------------------------------------------
def _story_folder(tmp_path):
    write(tmp_path, "stories/a.md", "# A\n\n" + FAITHFUL)
    write(tmp_path, "stories/archive/old.md", "# Old\n\n" + FAITHFUL)
    write(tmp_path, "stories/build/out.md", "# Built\n\n" + FAITHFUL)
    write(tmp_path, "stories/notes.txt", "Notes: " + FAITHFUL)


def _loaded(capsys, *args):
    code, out, err = run(capsys, "quotes", *args, "--format", "json")
    assert code == 0, err
    return sorted(d["path"].split("stories/")[1] for d in json.loads(out)["documents"])


def test_gitignore_is_respected_when_walking_folders(capsys, tmp_path):
    _story_folder(tmp_path)
    (tmp_path / ".git").mkdir()
    write(tmp_path, ".gitignore", "build/\n*.txt\n")
    write(tmp_path, "stories/archive/.gitignore", "old.md\n")
    assert _loaded(capsys, tmp_path / "stories") == ["a.md"]
    # a file named on the command line is always read
    assert _loaded(capsys, tmp_path / "stories/notes.txt") == ["notes.txt"]


def test_exclude_in_the_configuration_is_respected_by_compare_and_check(capsys, tmp_path):
    _story_folder(tmp_path)
    write(tmp_path, "quotecheck.toml", 'exclude = ["archive/", "stories/build/*.md"]\n'
                                       'fail-on = "never"\n')
    code, out, _ = run(capsys, "compare", tmp_path / "stories", "--format", "json", "-q")
    paths = sorted(d["path"].split("stories/")[1] for d in json.loads(out)["documents"])
    assert paths == ["a.md", "notes.txt"] and code == 0
    write(tmp_path, "quotecheck.toml", f'exclude = ["archive/"]\nsources = ["{SEEDS}"]\n')
    code, _, err = run(capsys, "check", tmp_path / "stories")
    assert "in 3 drafts against 5 sources" in err


# -- Markdown code and links -------------------------------------------------------------------
CODE = """# How we checked Putin's words

We ran the checker with:

```
quotecheck check draft.md   # "this is not a quotation," said the shell
```

The flag `--select "QC1"` narrows it, as `"loaded words," he claimed` shows.

~~~markdown
The minister "claimed" that "the so-called reforms" would work, sources said.
~~~

""" + FAITHFUL


def test_code_in_markdown_is_not_prose(capsys, tmp_path):
    path = write(tmp_path, "code.md", CODE)
    report = quotes_json(capsys, path)
    assert [q["text"][:10] for q in report["quotes"]] == ["Of course,"]
    code, out, _ = run(capsys, "check", path, "--sources", SEEDS, "--format", "json")
    assert json.loads(out)["findings"] == [] and code == 0


def test_a_link_inside_a_quotation_is_compared_by_its_visible_text(capsys, tmp_path):
    text = ("# Putin\n\nPutin said the protests were used to deploy \"well-organised groups of "
            "[fighters](https://example.com/groups) under their control\" in Kazakhstan.\n")
    path = write(tmp_path, "link.md", text)
    code, out, _ = run(capsys, "check", path, "--sources", SEEDS, "--format", "json")
    found = json.loads(out)["findings"]
    assert code == 1 and [f["code"] for f in found] == ["QC103"]
    assert text[found[0]["start"]:found[0]["end"]] == "fighters"
    assert "Financial Times has “militants”" in found[0]["message"]


# -- figures are compared only with figures of the same referent ---------------------------------
@pytest.mark.parametrize("sentence,expected", [
    # The Moscow Times: "Dozens have been killed in the unrest and the interior ministry said
    # earlier Monday that nearly 8,000 people had been detained ..."
    ("The interior ministry said earlier Monday that 164 people had been killed in the "
     "unrest.", []),
    ("The interior ministry said earlier Monday that nearly 9,000 people had been detained "
     "in the unrest.", ["9,000"]),
    ("Dozens of people had been killed and 164 people had been detained, officials said.",
     ["164"]),
])
def test_a_figure_is_compared_only_with_figures_of_the_same_referent(capsys, tmp_path,
                                                                      sentence, expected):
    text = "# Kazakhstan\n\n" + sentence + "\n"
    code, out, _ = run(capsys, "check", write(tmp_path, "fig.md", text), "--sources", SEEDS,
                       "--format", "json")
    found = [f for f in json.loads(out)["findings"] if f["code"] == "QC401"]
    assert [text[f["start"]:f["end"]] for f in found] == expected
