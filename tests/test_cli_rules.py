"""``quotecheck rules``, ``rule CODE|NAME`` and ``plugins`` through the command line."""
from __future__ import annotations

import json

import pytest

from quotecheck import __version__
from quotecheck.cli import main


@pytest.fixture(autouse=True)
def _no_autoload(monkeypatch):
    monkeypatch.setenv("QUOTECHECK_DISABLE_PLUGIN_AUTOLOAD", "1")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_rules_table(capsys):
    code, out, err = run(capsys, "rules")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["CODE", "NAME", "SEVERITY", "TYPE", "SCOPE"]
    row = next(ln for ln in lines if ln.startswith("QC103"))
    assert row.split() == ["QC103", "quote-wording", "warning", "quote-drift", "quote"]
    assert lines[-1].endswith("enabled")


def test_rules_select_marks_disabled(capsys):
    code, out, _ = run(capsys, "rules", "--select", "QC1", "--ignore", "quote-meaning")
    assert code == 0
    assert "(disabled)" in next(ln for ln in out.splitlines() if ln.startswith("QC104"))
    assert "(disabled)" in next(ln for ln in out.splitlines() if ln.startswith("QC201"))
    assert "(disabled)" not in next(ln for ln in out.splitlines() if ln.startswith("QC103"))


def test_unknown_selectors_are_errors(capsys):
    code, out, err = run(capsys, "rules", "--select", "QC1,QC777", "--ignore", "no-such-rule")
    assert code == 2
    assert "--select QC777: no rule" in err and "--ignore no-such-rule: no rule" in err
    assert "QC1" not in err.replace("QC777", "")


def test_rules_json(capsys):
    code, out, _ = run(capsys, "rules", "--format", "json")
    rules = {r["code"]: r for r in json.loads(out)}
    assert rules["QC901"]["options"] == {"variants": "spelling-variants"}
    assert rules["QC101"]["severity"] == "info" and rules["QC101"]["enabled"]


@pytest.mark.parametrize("key", ["QC103", "qc103", "quote-wording"])
def test_rule_explains_by_code_or_name(capsys, key):
    code, out, _ = run(capsys, "rule", key)
    assert code == 0
    assert out.startswith("QC103 quote-wording\n")
    for part in ("What:", "Why:", "Message:", "Example 1:", "Invalid (reported):",
                 "Valid (not reported):", "Source:", "Defined in "):
        assert part in out


def test_rule_json(capsys):
    code, out, _ = run(capsys, "rule", "QC201", "--format", "json")
    data = json.loads(out)
    assert data["kinds"] == ["orphaned-fragment", "fragment", "orphan"]
    assert data["examples"][0]["sources"]


def test_unknown_rule_exits_2(capsys):
    code, out, err = run(capsys, "rule", "QC999")
    assert code == 2 and "QC999" in err and "Traceback" not in err


def test_unknown_format_exits_2(capsys):
    code, _, err = run(capsys, "rules", "--format", "sarif")
    assert code == 2 and "available: text, json" in err


def test_broken_rule_file_is_named_and_the_rest_still_listed(capsys, tmp_path):
    (tmp_path / "broken.toml").write_text('code = "XY1"\nname = "x"\nwhat = [\n',
                                          encoding="utf-8")
    (tmp_path / "bad.toml").write_text(
        'code = "XY2"\nname = "xy-two"\ntype = "garble"\nseverity = "warning"\n'
        'scope = "narration"\nmessage = "m"\nwhat = "w"\nwhy = "y"\nshade = "dark"\n',
        encoding="utf-8")
    code, out, err = run(capsys, "rules", "--rules", str(tmp_path))
    assert code == 2
    assert "QC103" in out
    err_lines = err.strip().splitlines()
    assert any("broken.toml:" in ln and "invalid TOML" in ln for ln in err_lines), err
    assert any("bad.toml:9: shade: unknown key" in ln for ln in err_lines), err
    assert "Traceback" not in err


def test_plugins_lists_builtins_with_hooks(capsys):
    code, out, err = run(capsys, "plugins")
    assert f"report_sarif {__version__} (builtin: quotecheck_plugins.report_sarif)" in out
    assert "hooks: quotecheck_reporters" in out
    code, out, _ = run(capsys, "plugins", "--format", "json")
    names = {p["name"]: p for p in json.loads(out)}
    assert "quotecheck_story_findings" in names["checks_analysis"]["hooks"]


def test_plugins_dir_and_failing_plugin(capsys, tmp_path):
    (tmp_path / "explode.py").write_text("import nonexistent_module_xyz\n", encoding="utf-8")
    (tmp_path / "fine.py").write_text(
        "from quotecheck.plugins.hookspecs import hookimpl\n\n@hookimpl\n"
        "def quotecheck_rule_paths():\n    return []\n", encoding="utf-8")
    code, out, err = run(capsys, "plugins", "--plugins-dir", str(tmp_path))
    assert code == 2
    assert "fine local (plugins-dir:" in out
    assert "plugin 'explode': failed to import" in err and "nonexistent_module_xyz" in err
    assert len([ln for ln in err.splitlines() if "explode" in ln]) == 1


def test_output_file(capsys, tmp_path):
    target = tmp_path / "rules.txt"
    code, out, _ = run(capsys, "rules", "-o", str(target))
    assert code == 0 and out == "" and "QC101" in target.read_text(encoding="utf-8")
