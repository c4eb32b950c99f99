"""Plugins that print, end the run, return garbage or hang: the run survives, the output
stays parseable and the failure shows in the exit status (issue 17)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotecheck.cli import main
from quotecheck.plugins.manager import build_plugin_manager

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DRAFTS = ROOT / "tests" / "drafts"

HEAD = "from quotecheck.plugins.hookspecs import hookimpl\n"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no cache or configuration from elsewhere


def _plugin(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.py").write_text(HEAD + body, encoding="utf-8")
    return folder


def _articles(tmp_path: Path) -> list:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text('The minister said: "We will cut taxes for every family this year."\n',
                 encoding="utf-8")
    b.write_text('The minister said: "We will cut taxes for every family this year."\n',
                 encoding="utf-8")
    return [str(a), str(b)]


def _compare(capsys, tmp_path, plugins, *extra):
    code = main(["compare", *_articles(tmp_path), "--plugins-dir", str(plugins),
                 "--format", "json", "--quiet", *extra])
    out, err = capsys.readouterr()
    return code, out, err


PRINTER = '''
@hookimpl
def quotecheck_document_findings(document, story, rules):
    print("hello from a plugin")
    return []

@hookimpl
def quotecheck_story_findings(story, rules):
    import sys
    sys.stdout.write("{not json")
    return []
'''


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_a_printing_plugin_does_not_corrupt_json_or_sarif(capsys, tmp_path, fmt):
    plugins = _plugin(tmp_path / "p", "printer", PRINTER)
    code, out, err = _compare(capsys, tmp_path, plugins, "--format", fmt)
    json.loads(out)  # parseable: the plugin's prints went elsewhere
    assert "hello from a plugin" in err and "{not json" in err
    assert code == 0


def test_a_printing_plugin_in_a_subprocess_writes_to_stderr_even_at_fd_level(tmp_path):
    plugins = _plugin(tmp_path / "p", "fdprinter", '''
@hookimpl
def quotecheck_story_findings(story, rules):
    import os, sys
    print("python-level")
    os.write(1, b"fd-level\\n")
    return []
''')
    proc = subprocess.run([sys.executable, "-m", "quotecheck", "compare", *_articles(tmp_path),
                           "--plugins-dir", str(plugins), "--format", "json", "--quiet"],
                          capture_output=True, text=True, timeout=120, env=os.environ.copy())
    json.loads(proc.stdout)
    assert "python-level" in proc.stderr and "fd-level" in proc.stderr


EXITER = '''
@hookimpl
def quotecheck_story_findings(story, rules):
    raise SystemExit(0)
'''


def test_system_exit_in_a_hook_is_that_plugins_failure_and_fails_the_run(capsys, tmp_path):
    plugins = _plugin(tmp_path / "p", "exiter", EXITER)
    code, out, err = _compare(capsys, tmp_path, plugins, "--fail-on", "error")
    assert json.loads(out)["command"] == "compare"  # the report is still written
    assert "plugin 'exiter'" in err and "SystemExit(0)" in err
    assert code == 1  # a plugin failure counts as an error for --fail-on


def test_plugin_errors_warning_does_not_fail_on_error(capsys, tmp_path):
    plugins = _plugin(tmp_path / "p", "exiter", EXITER)
    code, _, err = _compare(capsys, tmp_path, plugins, "--fail-on", "error",
                            "--plugin-errors", "warning")
    assert "plugin 'exiter'" in err and code == 0
    code, _, _ = _compare(capsys, tmp_path, plugins, "--fail-on", "warning",
                          "--plugin-errors", "warning")
    assert code == 1


def test_check_counts_a_plugin_failure_against_fail_on(capsys, tmp_path):
    plugins = _plugin(tmp_path / "p", "raiser", '''
@hookimpl
def quotecheck_document_findings(document, story, rules):
    raise RuntimeError("broken check")
''')
    args = ["check", str(DRAFTS / "faithful.md"), "--sources", str(SEEDS), "--no-cache",
            "--plugins-dir", str(plugins), "--format", "json"]
    code = main(args)
    out, err = capsys.readouterr()
    assert json.loads(out)["findings"] == []
    assert "plugin 'raiser'" in err and "broken check" in err
    assert code == 1
    (tmp_path / "quotecheck.toml").write_text('[tool.quotecheck]\nplugin-errors = "warning"\n'
                                              'fail-on = "error"\n', encoding="utf-8")
    code = main([*args, "--config", str(tmp_path / "quotecheck.toml")])
    capsys.readouterr()
    assert code == 0


def test_bad_plugin_errors_value_in_configuration_names_file_and_line(capsys, tmp_path):
    cfg = tmp_path / "quotecheck.toml"
    cfg.write_text('[tool.quotecheck]\n\nplugin-errors = "ignore"\n', encoding="utf-8")
    code = main(["check", str(DRAFTS / "faithful.md"), "--sources", str(SEEDS),
                 "--config", str(cfg), "--no-cache"])
    err = capsys.readouterr().err
    assert code == 2 and f"{cfg}:3" in err and "plugin-errors" in err


GARBAGE = '''
from quotecheck.model import Detection

@hookimpl
def quotecheck_document_findings(document, story, rules):
    return ["not a finding", 42, Detection("quote-drift", "meaning", document.id, "x", 3)]

@hookimpl
def quotecheck_story_findings(story, rules):
    return 17

@hookimpl
def quotecheck_filter_findings(findings, story, config):
    return ["junk"]

@hookimpl
def quotecheck_rule_paths():
    return [None]
'''


def test_garbage_results_are_reported_by_plugin_name_without_a_traceback(capsys, tmp_path):
    plugins = _plugin(tmp_path / "p", "garbage", GARBAGE)
    code, out, err = _compare(capsys, tmp_path, plugins, "--fail-on", "never")
    data = json.loads(out)
    assert data["command"] == "compare"
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if "plugin 'garbage'" in ln]
    assert any("not a Finding or Detection" in ln for ln in lines), err
    assert any("start and end must be integers" in ln for ln in lines), err
    assert any("quotecheck_filter_findings" in ln for ln in lines), err
    assert any("not a path" in ln for ln in lines), err
    assert code == 0


def test_garbage_parse_document_result_is_a_failure_and_the_file_still_loads(tmp_path):
    plugins = _plugin(tmp_path / "p", "parser", '''
@hookimpl
def quotecheck_parse_document(path, data):
    return "a string, not a Document"
''')
    pm = build_plugin_manager([plugins], autoload=False)
    assert pm.first_result("quotecheck_parse_document", path="x.txt", data=b"x") is None
    assert any("'parser'" in str(e) and "not a Document" in str(e) for e in pm.errors)


def test_a_reporter_that_raises_or_returns_non_text_is_one_error_line(capsys, tmp_path):
    plugins = _plugin(tmp_path / "p", "badrep", '''
class Boom:
    name = "boom"
    description = "raises"
    def render(self, report, options):
        raise SystemExit(0)

class NoText:
    name = "notext"
    description = "returns bytes"
    def render(self, report, options):
        return b"bytes"

@hookimpl
def quotecheck_reporters():
    return [Boom(), NoText()]
''')
    for fmt, words in (("boom", "SystemExit"), ("notext", "not text")):
        code = main(["compare", *_articles(tmp_path), "--plugins-dir", str(plugins),
                     "--format", fmt, "--quiet"])
        out, err = capsys.readouterr()
        assert code == 2 and out == ""
        assert "plugin 'badrep'" in err and words in err and "Traceback" not in err


def test_keyboard_interrupt_in_a_hook_still_stops_the_run(capsys, tmp_path):
    plugins = _plugin(tmp_path / "p", "interrupt", '''
@hookimpl
def quotecheck_story_findings(story, rules):
    raise KeyboardInterrupt
''')
    code, out, err = _compare(capsys, tmp_path, plugins)
    assert code == 130 and "interrupted" in err and out == ""


def test_a_hung_hook_fails_after_the_plugin_timeout_and_others_run(capsys, tmp_path):
    plugins = _plugin(tmp_path / "p", "sleeper", '''
@hookimpl
def quotecheck_story_findings(story, rules):
    import time
    time.sleep(120)
    return []
''')
    code, out, err = _compare(capsys, tmp_path, plugins, "--plugin-timeout", "0.5",
                              "--fail-on", "error")
    assert json.loads(out)["command"] == "compare"
    assert "plugin 'sleeper'" in err and "did not return within 0.5 s" in err
    assert code == 1


def test_a_hook_that_swallows_the_timeout_ends_the_run_with_status_2(tmp_path):
    plugins = _plugin(tmp_path / "p", "stubborn", '''
@hookimpl
def quotecheck_story_findings(story, rules):
    import time
    for _ in range(600):
        try:
            time.sleep(0.2)
        except BaseException:
            pass
    return []
''')
    proc = subprocess.run([sys.executable, "-m", "quotecheck", "compare", *_articles(tmp_path),
                           "--plugins-dir", str(plugins), "--format", "json", "--quiet",
                           "--plugin-timeout", "0.5"],
                          capture_output=True, text=True, timeout=120, env=os.environ.copy())
    assert proc.returncode == 2
    assert "plugin 'stubborn'" in proc.stderr and "ignored the time budget" in proc.stderr


BAD_TYPES = '''
from quotecheck import RuleType

class Explodes(RuleType):
    name = "explodes"
    def compile(self, rule):
        raise RuntimeError("compile exploded")

class NotAType:
    name = "not-a-type"

@hookimpl
def quotecheck_rule_types():
    return [Explodes(), NotAType()]
'''

RULE_OF = '''
[[rule]]
code = "BT1"
name = "bad-one"
type = "{type}"
severity = "warning"
scope = "narration"
message = "m"
what = "w"
why = "y"
'''


def test_a_rule_type_that_raises_or_is_no_rule_type_is_an_error_not_a_traceback(capsys,
                                                                                tmp_path):
    plugins = _plugin(tmp_path / "p", "badtypes", BAD_TYPES)
    rules = tmp_path / "r.toml"
    rules.write_text(RULE_OF.format(type="explodes"), encoding="utf-8")
    code = main(["rules", "--plugins-dir", str(plugins), "--rules", str(rules)])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert f"{rules}:5: type: rule type 'explodes' failed on this rule" in err
    assert "compile exploded" in err
    assert "plugin 'badtypes': quotecheck_rule_types returned a NotAType, not a RuleType" in err


def test_findings_whose_spans_miss_the_document_are_the_plugins_failure(capsys, tmp_path):
    plugins = _plugin(tmp_path / "p", "faraway", '''
from quotecheck.model import Finding

@hookimpl
def quotecheck_document_findings(document, story, rules):
    return [Finding("ZZ1", "far-away", "warning", "x", document.id, 10**9, 10**9 + 5, "far"),
            Finding("ZZ2", "nowhere", "warning", "x", "no-such-doc", 0, 1, "nowhere")]
''')
    code, out, err = _compare(capsys, tmp_path, plugins, "--fail-on", "error")
    assert json.loads(out)["findings"] == []
    assert "plugin 'faraway'" in err and "is outside" in err and "no-such-doc" in err
    assert code == 1


HARD_EXITER = '''
@hookimpl
def quotecheck_story_findings(story, rules):
    import os
    os._exit(0)
'''


def test_os_exit_in_a_hook_is_that_plugins_failure_not_the_end_of_the_process(tmp_path):
    plugins = _plugin(tmp_path / "p", "hardexit", HARD_EXITER)
    proc = subprocess.run([sys.executable, "-m", "quotecheck", "compare", *_articles(tmp_path),
                           "--plugins-dir", str(plugins), "--format", "json", "--quiet",
                           "--fail-on", "error"],
                          capture_output=True, text=True, timeout=120, env=os.environ.copy())
    assert json.loads(proc.stdout)["command"] == "compare"  # the run went on to its report
    assert "plugin 'hardexit'" in proc.stderr and "os._exit(0)" in proc.stderr
    assert proc.returncode == 1  # a plugin failure counts as an error for --fail-on
    assert os._exit.__module__ == "posix"  # restored after the hook (this process's too)


@pytest.mark.parametrize("body", ["raise SystemExit(0)\n", "import os\nos._exit(3)\n",
                                  "print('imported')\n1 / 0\n"])
def test_a_plugin_that_ends_the_run_while_importing_is_that_plugins_failure(tmp_path, body):
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "rude.py").write_text(body, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "quotecheck", "compare", *_articles(tmp_path),
                           "--plugins-dir", str(folder), "--format", "json", "--quiet"],
                          capture_output=True, text=True, timeout=120, env=os.environ.copy())
    assert json.loads(proc.stdout)["command"] == "compare"
    assert "rude" in proc.stderr and "failed to import" in proc.stderr
    assert proc.returncode == 1  # a plugin that failed to load fails the run by default
