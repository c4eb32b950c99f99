"""Files a repository or an article folder may hold against us (issue 17): links out of the
walked folder, link loops, FIFOs and devices, huge files, unreadable folders, names the OS or
the output cannot take, TOML nested thousands deep. Never a traceback, a hang or a leak: one
line naming the file, exit 2 for errors, and the other inputs still reported."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotecheck.cli import main

GOOD = "“We will not allow it,” Putin said on Monday.\n"
DEEP = "x = " + "[" * 3000 + "]" * 3000 + "\n"
ROOT = Path(__file__).resolve().parent.parent


def cli(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def ids(out: str) -> list:
    return [d["id"] for d in json.loads(out)["documents"]]


def folder_with_good(tmp_path, name="corpus") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    return folder


# -- walking never leaves the folder -------------------------------------------------------
def test_a_link_out_of_the_walked_folder_is_skipped_and_named(capsys, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("“root:x:0:0 secret,” the file said.\n", encoding="utf-8")
    folder = folder_with_good(tmp_path)
    (folder / "passwd.txt").symlink_to(secret)
    code, out, err = cli(capsys, "quotes", "--format", "json", folder)
    assert "secret" not in out and ids(out) == ["a.txt"]
    notes = [ln for ln in err.splitlines() if "passwd.txt" in ln]
    assert len(notes) == 1 and "symbolic link leads out of" in notes[0], err
    assert code == 0


def test_a_link_inside_the_folder_is_still_read(capsys, tmp_path):
    folder = folder_with_good(tmp_path)
    (folder / "sub").mkdir()
    (folder / "sub" / "b.txt").write_text(GOOD.replace("Monday", "Tuesday"), encoding="utf-8")
    (folder / "b-link.txt").symlink_to(folder / "sub" / "b.txt")
    code, out, err = cli(capsys, "quotes", "--format", "json", folder)
    assert code == 0 and ids(out) == ["a.txt", "b-link.txt"] and err.strip() == ""


def test_a_link_loop_in_a_folder_with_a_manifest_is_a_notice(capsys, tmp_path):
    folder = folder_with_good(tmp_path)
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "quotecheck-corpus.toml").write_text('[defaults]\noutlet = "X"\n', "utf-8")
    code, out, err = cli(capsys, "quotes", "--format", "json", folder)
    assert ids(out) == ["a.txt"] and code == 0
    assert [ln for ln in err.splitlines() if "loop.txt" in ln][0].endswith("skipped")


def test_an_unreadable_sub_folder_is_named(capsys, tmp_path, monkeypatch):
    folder = folder_with_good(tmp_path)
    (folder / "locked").mkdir()
    (folder / "locked" / "b.txt").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):  # tests run as root, where chmod 000 does not lock anything
        if os.path.basename(os.fspath(path)) == "locked":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, err = cli(capsys, "quotes", "--format", "json", folder)
    assert ids(out) == ["a.txt"]
    notes = [ln for ln in err.splitlines() if "locked" in ln]
    assert len(notes) == 1 and "Permission denied" in notes[0], err


# -- special files and sizes -----------------------------------------------------------------
def _run_limited(args, cwd) -> subprocess.CompletedProcess:
    """The CLI in a child with 1 GiB of address space: old code that reads /dev/zero or
    blocks on a FIFO fails (MemoryError, timeout) instead of taking the machine with it."""
    def limit():
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    return subprocess.run([sys.executable, "-m", "quotecheck", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120, preexec_fn=limit)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_a_walked_folder_is_skipped_not_waited_on(tmp_path):
    folder = folder_with_good(tmp_path)
    os.mkfifo(folder / "pipe.txt")
    done = _run_limited(["quotes", "--format", "json", folder], tmp_path)
    assert done.returncode == 0, done.stderr
    assert ids(done.stdout) == ["a.txt"]
    assert "pipe.txt: a FIFO (named pipe), not a regular file: skipped" in done.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_devices_are_never_read(tmp_path):
    folder = folder_with_good(tmp_path)
    (folder / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "zero.md").symlink_to("/dev/zero")
    done = _run_limited(["quotes", "--format", "json", folder, tmp_path / "zero.md"], tmp_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert ids(done.stdout) == ["a.txt"]
    assert "zero.txt: symbolic link leads out of" in done.stderr
    assert "zero.md: a device, not a regular file" in done.stderr


def test_a_named_file_over_the_size_limit_is_an_error(capsys, tmp_path):
    good = folder_with_good(tmp_path) / "a.txt"
    big = tmp_path / "big.txt"
    big.write_text(GOOD * 50, encoding="utf-8")
    code, out, err = cli(capsys, "quotes", "--format", "json", "--max-file-size", "1k",
                         good, big)
    assert code == 2 and ids(out) == ["a.txt"]
    errors = [ln for ln in err.splitlines() if ln.startswith("quotecheck: error: ")]
    assert len(errors) == 1 and errors[0].startswith(f"quotecheck: error: {big}: file too large")


def test_a_file_over_the_size_limit_in_a_folder_is_skipped_with_a_notice(capsys, tmp_path):
    folder = folder_with_good(tmp_path)
    (folder / "big.txt").write_text(GOOD * 50, encoding="utf-8")
    code, out, err = cli(capsys, "compare", "--format", "json", "--max-file-size", "1024",
                         folder)
    assert code == 0 and ids(out) == ["a.txt"]
    assert "big.txt: file too large" in err and err.count("big.txt") == 1


def test_max_file_size_from_the_configuration(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "quotecheck.toml").write_text('max-file-size = "1k"\n', encoding="utf-8")
    (tmp_path / "draft.txt").write_text(GOOD * 50, encoding="utf-8")
    (tmp_path / "src.txt").write_text(GOOD, encoding="utf-8")
    code, out, err = cli(capsys, "check", "draft.txt", "--sources", "src.txt", "--no-cache")
    assert code == 2 and "draft.txt: file too large" in err


def test_max_file_size_must_be_a_size(capsys, tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["quotes", "--max-file-size", "lots", str(tmp_path)])
    assert exc.value.code == 2
    assert "not a size" in capsys.readouterr().err


# -- one line, exit 2, the rest reported ------------------------------------------------------
def _row_front_matter(tmp_path):
    bad = tmp_path / "deep.txt"
    bad.write_text("+++\n" + DEEP + "+++\n" + GOOD, encoding="utf-8")
    return ["quotes", "--format", "json", bad], bad


def _row_manifest(tmp_path):
    folder = tmp_path / "corpus2"
    folder.mkdir()
    (folder / "b.txt").write_text(GOOD, encoding="utf-8")
    bad = folder / "quotecheck-corpus.toml"
    bad.write_text(DEEP, encoding="utf-8")
    return ["quotes", "--format", "json", folder], bad


def _row_config(tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "d.txt").write_text(GOOD, encoding="utf-8")
    bad = folder / "quotecheck.toml"
    bad.write_text(DEEP, encoding="utf-8")
    return ["check", "--format", "json", "--no-cache", folder / "d.txt"], bad


def _row_rule_file(tmp_path):
    bad = tmp_path / "deep-rules.toml"
    bad.write_text(DEEP, encoding="utf-8")
    return ["compare", "--format", "json", "--rules", bad], bad


def _row_baseline(tmp_path):
    bad = tmp_path / "baseline.json"
    bad.write_text(json.dumps({"schema": "quotecheck-baseline/1",
                               "findings": [{"fingerprint": ["not", "a", "string"]}]}), "utf-8")
    return ["check", "--format", "json", "--no-cache", "--baseline", bad,
            ROOT / "tests" / "drafts" / "changed-word.md"], bad


def _row_tool_table(name):
    def row(tmp_path):
        folder = tmp_path / "drafts"
        folder.mkdir()
        (folder / "d.txt").write_text(GOOD, encoding="utf-8")
        bad = folder / name
        bad.write_text('[tool]\nquotecheck = "x"\n', encoding="utf-8")
        return ["check", "--format", "json", "--no-cache", folder / "d.txt"], bad
    return row


def _row_link_loop_with_manifest(tmp_path):
    folder = tmp_path / "corpus2"
    folder.mkdir()
    (folder / "b.txt").write_text(GOOD, encoding="utf-8")
    (folder / "quotecheck-corpus.toml").write_text('[defaults]\noutlet = "X"\n', "utf-8")
    bad = folder / "loop.txt"
    bad.symlink_to(bad)
    return ["quotes", "--format", "json", folder, bad], bad


def _row_long_path(tmp_path):
    bad = tmp_path / "/".join(["a" * 200] * 30)
    return ["quotes", "--format", "json", bad], bad


def _row_rule_paths_int(tmp_path):
    plugins = tmp_path / "plugs"
    plugins.mkdir()
    (plugins / "numbers.py").write_text(
        "from quotecheck.plugins.manager import hookimpl\n\n\n"
        "@hookimpl\ndef quotecheck_rule_paths():\n    return 42\n", encoding="utf-8")
    return ["rules", "--format", "json", "--plugins-dir", plugins], "plugin 'numbers'"


ROWS = {
    "front matter nested 3000 deep": _row_front_matter,
    "manifest nested 3000 deep": _row_manifest,
    "config nested 3000 deep": _row_config,
    "rule file nested 3000 deep": _row_rule_file,
    "baseline fingerprint is a list": _row_baseline,
    "[tool] quotecheck = 'x' in quotecheck.toml": _row_tool_table("quotecheck.toml"),
    "[tool] quotecheck = 'x' in pyproject.toml": _row_tool_table("pyproject.toml"),
    "link loop in a folder with a manifest": _row_link_loop_with_manifest,
    "path longer than the OS allows": _row_long_path,
    "plugin rule paths returning an int": _row_rule_paths_int,
}


@pytest.mark.parametrize("case", list(ROWS))
def test_one_line_error_exit_2_and_the_rest_reported(capsys, tmp_path, monkeypatch, case):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()  # the project: its configuration and plugins count
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    args, bad = ROWS[case](tmp_path)
    if args[0] in ("quotes", "compare"):
        args.append(good)
    elif args[0] == "check":  # a second draft, under no broken file, is still checked
        other = tmp_path / "other-draft.txt"
        other.write_text(GOOD, encoding="utf-8")
        args += [other, "--sources", good]
    code, out, err = cli(capsys, *args)
    assert code == 2, err
    named = [ln for ln in err.splitlines() if str(bad) in ln and (
        ln.startswith("quotecheck: error: ") or ln.startswith("quotecheck: plugin "))]
    assert len(named) == 1, err
    if case == "baseline fingerprint is a list":
        return  # the whole run's baseline: refused up front, before any analysis
    assert out.strip(), "the other inputs are still reported"
    if args[0] == "check":
        assert "other-draft.txt" in ids(out)
    if args[0] in ("quotes", "compare"):
        assert "good.txt" in ids(out)
    elif args[0] == "rules":
        assert len(json.loads(out)) > 10  # the shipped rules are still listed


# -- file names the output cannot encode ------------------------------------------------------
@pytest.mark.parametrize("fmt", ["text", "concise", "json", "sarif", "github", "html"])
@pytest.mark.parametrize("command", ["compare", "check"])
def test_a_file_name_that_is_not_utf8_is_written_escaped(capsys, tmp_path, monkeypatch,
                                                        command, fmt):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    odd = os.fsdecode(b"caf\xe9 draft.txt")
    (tmp_path / odd).write_text(GOOD.replace("Putin", "Peskov"), encoding="utf-8")
    output = tmp_path / f"report.{fmt}"
    if command == "compare":
        args = ["compare", "good.txt", odd]
    else:
        args = ["check", odd, "--sources", "good.txt", "--no-cache", "--fail-on", "never"]
    code, out, err = cli(capsys, *args, "--format", fmt, "--output", output)
    assert code == 0, err
    written = output.read_text(encoding="utf-8")
    if fmt in ("json", "sarif"):
        json.loads(written)
    if fmt == "json":
        assert "caf\\udce9" in written or "caf\\\\udce9" in written
