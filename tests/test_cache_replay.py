"""The whole-run cache of ``check`` replays only its own verified entries, and its key covers
every input that can change a result (issue 17, defects 3 and 5)."""
from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DRAFT = ROOT / "tests" / "drafts" / "problems.md"
SEEDS = ROOT / "seeds"


pytestmark = pytest.mark.usefixtures("user_cache")  # a private key per test (conftest)


@pytest.fixture
def project(tmp_path, monkeypatch):
    folder = tmp_path / "project"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def _check(capsys, *args):
    from quotecheck.cli import main

    code = main(["check", *(args or (str(DRAFT), "--sources", str(SEEDS)))])
    out, _err = capsys.readouterr()
    return code, out


def _run_entries(project: Path) -> list:
    runs = project / ".quotecheck_cache" / "runs"
    return sorted(p for p in runs.iterdir() if p.name.startswith("run-"))


def _plant(entry: Path, body: bytes, mac: str, old: tuple) -> None:
    """A forged entry where this version reads it, and where the old (marshal) one did."""
    stem = entry.name.split(".")[0]
    entry.with_name(f"{stem}.json").write_bytes(b"quotecheck-entry 1 " + mac.encode() + b"\n"
                                                + body)
    entry.with_name(f"{stem}.pickle").write_bytes(marshal.dumps(old))


@pytest.mark.parametrize("forgery", ["wrong-mac", "exit-7-signed", "exit-7-unsigned"])
def test_a_forged_run_entry_is_ignored(project, capsys, forgery):
    from quotecheck.resources.userkey import sign, user_key

    expected = _check(capsys)
    assert expected[0] == 1 and "QC1" in expected[1]
    entries = _run_entries(project)
    assert entries
    code = 7 if forgery.startswith("exit-7") else 0
    for entry in entries:
        name = entry.name.split(".")[0]
        body = json.dumps({"stdout": "All clear\n", "stderr": "", "output": None,
                           "code": code, "inputs": []}).encode()
        mac = sign(user_key(), name, body) if forgery == "exit-7-signed" else "ab" * 32
        _plant(entry, body, mac, ("All clear\n", "", None, code))
    assert _check(capsys) == expected


def test_a_verified_entry_replays(project, capsys, monkeypatch):
    expected = _check(capsys)
    import quotecheck.commands.check as check

    monkeypatch.setattr(check, "_check", lambda *a: pytest.fail("not replayed"))
    assert _check(capsys) == expected


# -- defect 5: inputs the key did not cover ----------------------------------------------------
def _edit_same_size_and_mtime(path: Path, old: str, new: str) -> None:
    assert len(old.encode()) == len(new.encode())
    st = path.stat()
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size and path.stat().st_mtime_ns == st.st_mtime_ns


def test_an_edited_words_from_list_is_not_replayed(project):
    rules = project / "myrules"
    rules.mkdir()
    (project / "lists").mkdir()
    (project / "lists" / "hype.txt").write_text("# hype\nbombshell\n", encoding="utf-8")
    (rules / "hype.toml").write_text(
        'code = "XH1"\nname = "hype"\nseverity = "warning"\nmessage = "hype: {word}"\n'
        'what = "w"\nwhy = "y"\ntype = "existence"\nscope = "narration"\n'
        'words_from = "../lists/hype.txt"\n', encoding="utf-8")
    (project / "draft.md").write_text("The report was a bombshell for the minister.\n",
                                      encoding="utf-8")
    args = ("draft.md", "--sources", str(SEEDS), "--rules", "myrules/hype.toml")
    first = _subprocess_check(project, [], *args)  # a process each, as in a hook
    assert "XH1" in first[1] and first[0] == 1
    _edit_same_size_and_mtime(project / "lists" / "hype.txt", "bombshell", "bombshelx")
    second = _subprocess_check(project, [], *args)
    assert "XH1" not in second[1] and second[0] == 0


def _subprocess_check(cwd: Path, pythonpath: list, *args: str):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(map(str, [*pythonpath, env.get("PYTHONPATH", "")]))
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # a stale .pyc would hide the edit from Python too
    env.pop("QUOTECHECK_DISABLE_PLUGIN_AUTOLOAD", None)
    proc = subprocess.run([sys.executable, "-m", "quotecheck", "check", *args], cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=120)
    return proc.returncode, proc.stdout


PLUGIN = '''"""Drops every finding while DROP is 1."""
from quotecheck import hookimpl

DROP = 0


@hookimpl
def quotecheck_filter_findings(findings):
    return [] if DROP else None
'''


def test_an_edited_editable_plugin_is_not_replayed(tmp_path, project):
    site, src = tmp_path / "site", tmp_path / "src"
    meta = site / "qcedit-0.1.dist-info"
    meta.mkdir(parents=True)
    (meta / "METADATA").write_text("Metadata-Version: 2.1\nName: qcedit\nVersion: 0.1\n")
    (meta / "entry_points.txt").write_text("[quotecheck]\nqcedit = qcedit_plugin\n")
    src.mkdir()
    (src / "qcedit_plugin.py").write_text(PLUGIN, encoding="utf-8")
    args = (str(DRAFT), "--sources", str(SEEDS))
    first = _subprocess_check(project, [site, src], *args)
    assert first[0] == 1 and "QC1" in first[1]
    _edit_same_size_and_mtime(src / "qcedit_plugin.py", "DROP = 0", "DROP = 1")
    second = _subprocess_check(project, [site, src], *args)
    assert second[0] == 0 and "QC1" not in second[1]


def test_an_edited_shipped_rule_file_is_not_replayed(tmp_path, project):
    import shutil

    import quotecheck_plugins

    import quotecheck

    imports = tmp_path / "imports"
    imports.mkdir()
    (imports / "quotecheck").symlink_to(Path(quotecheck.__file__).resolve().parent)
    (imports / "quotecheck_plugins").symlink_to(Path(quotecheck_plugins.__file__).resolve().parent)
    shutil.copytree(ROOT / "rules", imports / "quotecheck_rules",
                    ignore=shutil.ignore_patterns("__pycache__"), copy_function=shutil.copy2)
    args = (str(DRAFT), "--sources", str(SEEDS))
    first = _subprocess_check(project, [imports], *args)
    assert first[0] == 1 and "QC103 [warning]" in first[1]
    rule = imports / "quotecheck_rules" / "quote-fidelity.toml"
    text = rule.read_text(encoding="utf-8")
    start = text.index('code = "QC103"')
    at = text.index('severity = "warning"', start)
    edited = text[:at] + 'severity = "error"  ' + text[at + len('severity = "warning"'):]
    st = rule.stat()
    rule.write_text(edited, encoding="utf-8")
    os.utime(rule, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert rule.stat().st_size == st.st_size
    second = _subprocess_check(project, [imports], *args)
    assert "QC103 [error]" in second[1] and "QC103 [warning]" not in second[1]
