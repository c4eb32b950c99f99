"""Article text, file names and messages never reach the terminal raw, and the caret
underline is measured in terminal columns (issue 17)."""
from __future__ import annotations

import json
import unicodedata

import pytest

from quotecheck.cli import main

SOURCE = 'The minister said: "We will cut taxes for every family this year."\n'
HOSTILE = ('The minister said: "We will cut taxes for some families this year.'
           '\x1b]0;pwned\x07\x1b[2J\x1b]8;;http://evil.example\x1b\\\\link\x1b]8;;\x1b\\\\\x9b5A"\n')


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def _compare(capsys, tmp_path, draft_text, fmt, draft_name="b.txt"):
    a = tmp_path / "a.txt"
    a.write_text(SOURCE, encoding="utf-8")
    b = tmp_path / draft_name
    b.write_text(draft_text, encoding="utf-8")
    code = main(["compare", str(a), str(b), "--format", fmt, "--color", "never", "--quiet"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", ["text", "concise", "github"])
def test_escape_sequences_in_articles_are_shown_not_sent(capsys, tmp_path, fmt):
    _, out, err = _compare(capsys, tmp_path, HOSTILE, fmt, draft_name="b\x1b[2J.txt")
    assert out.strip()
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "\x1b" not in err
    if fmt == "text":
        assert "\u241b]0;pwned\u2407" in out  # ␛]0;pwned␇ : visible, inert
        assert "\\x9b" in out


def test_a_newline_in_a_file_name_cannot_forge_a_line(capsys, tmp_path):
    name = "b\n::error file=x.md,line=1::forged"
    for fmt in ("concise", "github", "text"):
        _, out, _ = _compare(capsys, tmp_path, SOURCE.replace("every family", "some families"),
                             fmt, draft_name=name)
        assert out.strip()
        for line in out.splitlines():
            assert not line.startswith("::error file=x.md"), (fmt, out)
        if fmt == "concise":
            assert all(ln.startswith(str(tmp_path)) for ln in out.splitlines()), out


def test_github_message_keeps_line_breaks_as_escapes_and_shows_other_controls():
    from quotecheck_plugins.report_github import escape_data, escape_property

    assert escape_data("a\nb\x1b[2J%") == "a%0Ab\u241b[2J%25"
    assert escape_property("x\n::error file=y,z") == "x%0A%3A%3Aerror file=y%2Cz"


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


@pytest.mark.parametrize("lead", ["李明部长", "The 🙂🙂 minister"])
def test_caret_underline_sits_under_the_span_after_wide_characters(capsys, tmp_path, lead):
    draft = f'{lead} said: "We will cut taxes for some families this year."\n'
    source = f'{lead} said: "We will cut taxes for every family this year."\n'
    (tmp_path / "a.txt").write_text(source, encoding="utf-8")
    (tmp_path / "b.txt").write_text(draft, encoding="utf-8")
    main(["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--color", "never",
          "--quiet"])
    out = capsys.readouterr().out
    lines = out.splitlines()
    i = next(i for i, ln in enumerate(lines) if ln.startswith("    1 | ") and "some" in ln)
    excerpt, carets = lines[i][len("    1 | "):], lines[i + 1][len("    1 | "):]
    start = excerpt.index("some families")
    assert carets.index("^") == _columns(excerpt[:start])
    assert carets.count("^") == _columns("some families")


def test_json_keeps_the_original_text_escaped_by_json(capsys, tmp_path):
    _, out, _ = _compare(capsys, tmp_path, HOSTILE, "json")
    assert "\x1b" not in out  # JSON writes \u001b
    assert any("\x1b" in q["text"] for q in json.loads(out)["quotes"])
