"""Bad inputs on the command line: one line naming the file (and line), exit 2, no traceback,
and the good inputs of the same run still reported."""
import json

import pytest

import quotecheck.quotes.extract  # noqa: E402,F401  (a moved stage fails here, never skips)
import quotecheck.report.output  # noqa: E402,F401
from quotecheck.cli import main

GOOD = "“We will not allow it,” Putin said on Monday.\n"


def _run(capsys, tmp_path, bad_name, bad_bytes, extra=()):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    args = ["quotes", "--format", "json", str(good)]
    bad = None
    if bad_name:
        bad = tmp_path / bad_name
        if bad_bytes is not None:
            bad.write_bytes(bad_bytes)
        args.append(str(bad))
    args.extend(extra)
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err, bad


def _assert_one_error(err, bad, line, words):
    lines = [ln for ln in err.splitlines() if ln.strip()]
    errors = [ln for ln in lines if ln.startswith("quotecheck: error: ")]
    assert len(errors) == 1, err
    where = f"{bad}:{line}: " if line else f"{bad}: "
    assert errors[0].startswith("quotecheck: error: " + where), errors[0]
    assert words in errors[0]
    assert "Traceback" not in err


def _assert_good_reported(out):
    report = json.loads(out)
    assert [d["id"] for d in report["documents"]] == ["good.txt"]


def test_missing_path(capsys, tmp_path):
    code, out, err, bad = _run(capsys, tmp_path, "missing.txt", None)
    assert code == 2
    _assert_one_error(err, bad, None, "no such file or directory")
    _assert_good_reported(out)


def test_binary_file(capsys, tmp_path):
    code, out, err, bad = _run(capsys, tmp_path, "photo.txt", b"GIF89a\n\x00\x01\x02")
    assert code == 2
    _assert_one_error(err, bad, 2, "binary file")
    _assert_good_reported(out)


def test_undecodable_file(capsys, tmp_path):
    code, out, err, bad = _run(capsys, tmp_path, "latin1.txt",
                               "Line one\n“ok”\nCaf\xe9 society\n".encode("cp1252", "replace"))
    assert code == 2
    _assert_one_error(err, bad, 2, "not valid UTF-8")
    _assert_good_reported(out)


def test_empty_file(capsys, tmp_path):
    code, out, err, bad = _run(capsys, tmp_path, "empty.md", b"\n  \n")
    assert code == 2
    _assert_one_error(err, bad, None, "empty file")
    _assert_good_reported(out)


def test_bad_manifest_toml(capsys, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    manifest = folder / "quotecheck-corpus.toml"
    manifest.write_text('[files."a.txt"]\noutlet = "Alpha\n', encoding="utf-8")
    code = main(["quotes", "--format", "json", str(folder)])
    out, err = capsys.readouterr()
    assert code == 2
    _assert_one_error(err, manifest, 2, "invalid TOML")
    assert [d["id"] for d in json.loads(out)["documents"]] == ["a.txt"]


def test_manifest_with_unknown_key(capsys, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    manifest = tmp_path / "quotecheck-corpus.toml"
    manifest.write_text('[files."a.txt"]\noutlet = "Alpha"\nauthor = "Bee"\n', encoding="utf-8")
    code = main(["quotes", "--format", "json", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 2
    _assert_one_error(err, manifest, 3, "author: unknown manifest key")


def test_bad_front_matter(capsys, tmp_path):
    code, out, err, bad = _run(capsys, tmp_path, "draft.md",
                               b'+++\noutlet = "X"\nauthor = "Y"\n+++\nText.\n')
    assert code == 2
    _assert_one_error(err, bad, 3, "author: unknown front matter key")
    _assert_good_reported(out)


def test_several_bad_inputs_each_get_a_line(capsys, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err, _ = _run(capsys, tmp_path, "missing.txt", None,
                             extra=[str(tmp_path / "empty.txt")])
    assert code == 2
    assert sum(ln.startswith("quotecheck: error: ") for ln in err.splitlines()) == 2
    _assert_good_reported(out)


def test_clean_run_exits_zero(capsys, tmp_path):
    code, out, err, _ = _run(capsys, tmp_path, None, None)
    assert code == 0 and "error" not in err
    _assert_good_reported(out)


def test_folder_without_articles(capsys, tmp_path):
    folder = tmp_path / "empty-folder"
    folder.mkdir()
    (folder / "notes.pdf").write_bytes(b"%PDF")
    code, out, err, _ = _run(capsys, tmp_path, None, None, extra=[str(folder)])
    assert code == 2
    _assert_one_error(err, folder, None, "folder holds no .txt, .md or .html files")
    _assert_good_reported(out)


def test_compare_refuses_a_select_code_no_rule_has(capsys, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    code = main(["compare", "--format", "json", "--select", "QX999", str(good)])
    _out, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1
    assert "--select QX999: no rule has this code, prefix or name" in err
    assert "Traceback" not in err


def test_quotes_says_it_ignores_rule_options(capsys, tmp_path):
    code, out, err, _bad = _run(capsys, tmp_path, None, None, extra=["--select", "QC1"])
    assert code == 0
    assert "quotes runs no rules: --select ignored" in err
    _assert_good_reported(out)


def test_manifest_not_in_utf8_names_its_line(capsys, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, encoding="utf-8")
    manifest = corpus / "quotecheck-corpus.toml"
    manifest.write_bytes(b'[files."a.txt"]\noutlet = "Caf\xe9 Times"\n')
    code = main(["quotes", "--format", "json", str(corpus)])
    _out, err = capsys.readouterr()
    assert code == 2
    _assert_one_error(err, manifest, 2, "not valid UTF-8 (byte 0xe9)")
