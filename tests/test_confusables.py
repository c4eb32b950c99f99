"""Look-alike and invisible characters in quotations: the finding says which character
differs, and bidirectional controls inside a quotation are reported (QC208) (issue 17)."""
from __future__ import annotations

import json

import pytest

from quotecheck.cli import main

SOURCE = 'The minister said: "We will not attack the city this year."\n'
CYRILLIC_A = "\u0430"
NOTE = "U+0430 CYRILLIC SMALL LETTER A for U+0061 LATIN SMALL LETTER A"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def _files(tmp_path, draft: str):
    src = tmp_path / "sources"
    src.mkdir(exist_ok=True)
    (src / "a.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(draft, encoding="utf-8")
    return src / "a.txt", tmp_path / "b.txt"


def _messages(capsys, args) -> list:
    main([*args, "--format", "json", "--quiet"])
    return [(f["code"], f["message"]) for f in json.loads(capsys.readouterr().out)["findings"]]


@pytest.mark.parametrize("command", ["compare", "check"])
def test_a_cyrillic_letter_is_named_in_the_finding(capsys, tmp_path, command):
    a, b = _files(tmp_path, SOURCE.replace("attack", CYRILLIC_A + "ttack"))
    args = ([command, str(a), str(b)] if command == "compare"
            else [command, str(b), "--sources", str(a.parent), "--no-cache"])
    found = [(c, m) for c, m in _messages(capsys, args) if c.startswith("QC10")]
    assert found, "the changed word is reported"
    assert all(NOTE in m for _, m in found), found


def test_a_real_word_change_gets_no_look_alike_note(capsys, tmp_path):
    a, b = _files(tmp_path, SOURCE.replace("attack", "defend"))
    found = _messages(capsys, ["check", str(b), "--sources", str(a.parent), "--no-cache"])
    assert found and not any("look-alike" in m for _, m in found)


def test_look_alike_differences_name_fullwidth_and_invisible_characters():
    from quotecheck.text.confusables import lookalike_differences, lookalike_note

    assert lookalike_differences("attack", "\uff41ttack") == [
        "U+FF41 FULLWIDTH LATIN SMALL LETTER A for U+0061 LATIN SMALL LETTER A"]
    assert lookalike_differences("attack", "at\u200btack") == ["U+200B ZERO WIDTH SPACE added"]
    assert lookalike_differences("colour", "color") == []
    assert lookalike_differences("We", "we") == []  # case is not a look-alike
    assert lookalike_note(("not attack", "not " + CYRILLIC_A + "ttack")).startswith(
        " (look-alike character: U+0430")
    assert lookalike_note(("attack city", CYRILLIC_A + "ttack town")) == ""


BIDI = 'The minister said: "We will cut taxes for \u202eylimaf yreve\u202c this year."\n'


@pytest.mark.parametrize("command", ["compare", "check"])
def test_bidi_controls_inside_a_quotation_are_reported(capsys, tmp_path, command):
    a, b = _files(tmp_path, BIDI)
    args = ([command, str(b)] if command == "compare"
            else [command, str(b), "--sources", str(a.parent), "--no-cache"])
    found = [m for c, m in _messages(capsys, args) if c == "QC208"]
    assert any("U+202E RIGHT-TO-LEFT OVERRIDE" in m for m in found), found


def test_bidi_controls_outside_quotations_are_not_qc208(capsys, tmp_path):
    a, b = _files(tmp_path, "The \u202eretsinim\u202c spoke. " + SOURCE)
    found = [c for c, _ in _messages(capsys, ["compare", str(b)])]
    assert "QC208" not in found


def test_text_output_shows_bidi_controls_instead_of_applying_them(capsys, tmp_path):
    _, b = _files(tmp_path, BIDI)
    main(["compare", str(b), "--quiet", "--color", "never"])
    out = capsys.readouterr().out
    assert "QC208" in out and "\u202e" not in out and "\\u202e" in out
