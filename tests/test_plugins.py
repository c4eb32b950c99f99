"""Plugin loading policy, safe hook calls and hook documentation (quotecheck.plugins.manager)."""
from __future__ import annotations

import inspect
from types import SimpleNamespace

import pytest

from quotecheck.errors import PluginError
from quotecheck.model import Document, Finding
from quotecheck.plugins import hookspecs
from quotecheck.plugins.manager import (AUTOLOAD_ENV, build_plugin_manager, get_plugin_manager,
                                        load_ruleset)
from quotecheck.text.textview import TextView

BUILTIN_REPORTERS = {"text", "concise", "json", "sarif", "github"}


def _doc(text: str, doc_id: str = "d1") -> Document:
    return Document(doc_id, f"{doc_id}.txt", text, TextView.identity(text))


def test_every_hook_is_documented():
    hooks = [(n, f) for n, f in vars(hookspecs).items()
             if n.startswith("quotecheck_") and callable(f)]
    assert len(hooks) >= 7
    for name, func in hooks:
        doc = inspect.getdoc(func) or ""
        assert len(doc) > 80, f"{name} lacks a docstring"
        assert "Called" in doc, f"{name}: the docstring must say when it is called"
        assert "Return" in doc, f"{name}: the docstring must say what it returns"
        assert "firstresult" in doc or "collected" in doc or "chained" in doc, \
            f"{name}: the docstring must say how results combine"
        assert inspect.signature(func).return_annotation is not inspect.Signature.empty


def test_hook_documentation_check_fails_on_an_undocumented_hook():
    def quotecheck_bare(x):  # what a careless new hook would look like
        pass

    assert "Called" not in (inspect.getdoc(quotecheck_bare) or "")


def test_builtins_register_first_with_reporters_and_rule_types():
    pm = build_plugin_manager(autoload=False)
    assert BUILTIN_REPORTERS <= set(pm.reporters())
    assert {"quote-drift", "garble", "substitution"} <= set(pm.rule_types())
    infos = list(pm.infos.values())
    assert infos and infos[0].origin == "builtin"
    assert "quotecheck_reporters" in pm.plugin_hooks("report_sarif")


def _write(folder, name, source):
    path = folder / name
    path.write_text(source, encoding="utf-8")
    return path


GOOD = '''
from quotecheck.plugins.hookspecs import hookimpl

class Shout:
    name = "shout"
    description = "upper-case concise"
    def render(self, report, options):
        return "SHOUT %d" % len(report.findings)

@hookimpl
def quotecheck_reporters():
    return [Shout()]
'''


def test_plugins_folder_is_loaded(tmp_path):
    _write(tmp_path, "shout.py", GOOD)
    pm = build_plugin_manager([tmp_path], autoload=False)
    assert "shout" in pm.reporters()
    assert pm.infos["shout"].origin == "plugins-dir"
    assert not pm.errors


def test_plugin_that_fails_to_import_is_named_and_others_load(tmp_path):
    _write(tmp_path, "broken.py", "raise RuntimeError('boom at import')\n")
    _write(tmp_path, "shout.py", GOOD)
    pm = build_plugin_manager([tmp_path], autoload=False)
    assert "shout" in pm.reporters()
    messages = [str(e) for e in pm.errors]
    assert any("'broken'" in m and "boom at import" in m for m in messages), messages
    assert all(isinstance(e, PluginError) for e in pm.errors)


def test_plugin_raising_in_a_hook_is_named_and_others_still_run(tmp_path):
    _write(tmp_path, "raiser.py", '''
from quotecheck.plugins.hookspecs import hookimpl

@hookimpl
def quotecheck_reporters():
    raise ValueError("reporter exploded")

@hookimpl
def quotecheck_document_findings(document, story, rules):
    raise KeyError("no such thing")
''')
    pm = build_plugin_manager([tmp_path], autoload=False)
    reporters = pm.reporters()
    assert BUILTIN_REPORTERS <= set(reporters)
    assert any("'raiser'" in str(e) and "reporter exploded" in str(e) for e in pm.errors)
    doc = _doc("A text.")
    out = pm.collect("quotecheck_document_findings", document=doc, story=None, rules=None)
    assert all(p != "raiser" for p, _ in out)
    assert any("'raiser'" in str(e) and "quotecheck_document_findings" in str(e)
               for e in pm.errors)


def test_unknown_hook_is_reported_and_plugin_dropped(tmp_path):
    _write(tmp_path, "typo.py", '''
from quotecheck.plugins.hookspecs import hookimpl

@hookimpl
def quotecheck_reporterz():
    return []
''')
    pm = build_plugin_manager([tmp_path], autoload=False)
    assert pm.get_plugin("typo") is None
    assert any("'typo'" in str(e) and "unknown hook" in str(e) for e in pm.errors)


def test_disable_plugin_blocks_by_name(tmp_path):
    _write(tmp_path, "shout.py", GOOD)
    pm = build_plugin_manager([tmp_path], disabled=["shout", "report_github"],
                              autoload=False)
    assert "shout" not in pm.reporters() and "github" not in pm.reporters()
    assert "text" in pm.reporters()


def test_missing_plugins_folder_is_an_error_naming_it(tmp_path):
    pm = build_plugin_manager([tmp_path / "nope"], autoload=False)
    assert any("nope" in str(e) for e in pm.errors)


def test_get_plugin_manager_is_cached_per_options(tmp_path, monkeypatch):
    monkeypatch.setenv(AUTOLOAD_ENV, "1")
    a = SimpleNamespace(plugins_dir=None, disable_plugin=[])
    b = SimpleNamespace(plugins_dir=None, disable_plugin=[])
    c = SimpleNamespace(plugins_dir=None, disable_plugin=["report_json"])
    assert get_plugin_manager(a) is get_plugin_manager(b)
    assert get_plugin_manager(c) is not get_plugin_manager(a)
    assert "json" not in get_plugin_manager(c).reporters()


def test_parse_document_is_firstresult_and_survives_a_raising_plugin(tmp_path):
    _write(tmp_path, "aa_raise.py", '''
from quotecheck.plugins.hookspecs import hookimpl

@hookimpl
def quotecheck_parse_document(path, data):
    raise RuntimeError("cannot parse")
''')
    _write(tmp_path, "bb_parse.py", '''
from quotecheck.plugins.hookspecs import hookimpl
from quotecheck.model import Document
from quotecheck.text.textview import TextView

@hookimpl
def quotecheck_parse_document(path, data):
    if path.endswith(".rev"):
        text = data.decode()[::-1]
        return Document("x", path, text, TextView.identity(text))
''')
    pm = build_plugin_manager([tmp_path], autoload=False)
    doc = pm.first_result("quotecheck_parse_document", path="a.rev", data=b"cba")
    assert doc is not None and doc.text == "abc"
    assert pm.first_result("quotecheck_parse_document", path="a.txt", data=b"x") is None
    assert any("'aa_raise'" in str(e) for e in pm.errors)


def test_filter_findings_hooks_are_chained(tmp_path):
    _write(tmp_path, "drop_info.py", '''
from quotecheck.plugins.hookspecs import hookimpl

@hookimpl
def quotecheck_filter_findings(findings, story, config):
    return [f for f in findings if f.severity != "info"]
''')
    _write(tmp_path, "keep.py", '''
from quotecheck.plugins.hookspecs import hookimpl

@hookimpl
def quotecheck_filter_findings(findings):
    return None
''')
    pm = build_plugin_manager([tmp_path], autoload=False)
    fs = [Finding("QC101", "a", "info", "orthographic", "d", 0, 1, "m"),
          Finding("QC103", "b", "warning", "wording", "d", 0, 1, "m")]
    assert [f.code for f in pm.filter_findings(fs, None, None)] == ["QC103"]


def test_rule_types_from_plugins_load_rules_from_plugin_paths(tmp_path):
    rules_dir = tmp_path / "myrules"
    rules_dir.mkdir()
    (rules_dir / "r.toml").write_text('''
code = "ZZ1"
name = "zz-rule"
type = "zz"
severity = "info"
scope = "document"
message = "zz"
what = "What it is."
why = "Why it matters."
''', encoding="utf-8")
    _write(tmp_path, "zz.py", f'''
from quotecheck.plugins.hookspecs import hookimpl
from quotecheck.rules.ruletypes import RuleType

class ZZ(RuleType):
    name = "zz"

@hookimpl
def quotecheck_rule_types():
    return [ZZ]

@hookimpl
def quotecheck_rule_paths():
    return [{str(rules_dir)!r}]
''')
    pm = build_plugin_manager([tmp_path], autoload=False)
    ruleset, errors = load_ruleset(SimpleNamespace(), pm)
    assert not errors
    assert ruleset.get("ZZ1").name == "zz-rule"
    assert ruleset.get("QC103") is not None


def test_duplicate_rule_type_is_reported(tmp_path):
    _write(tmp_path, "dup.py", '''
from quotecheck.plugins.hookspecs import hookimpl
from quotecheck.rules.ruletypes import RuleType

class Garble(RuleType):
    name = "garble"

@hookimpl
def quotecheck_rule_types():
    return [Garble()]
''')
    pm = build_plugin_manager([tmp_path], autoload=False)
    assert pm.rule_types()["garble"].analysis_backed  # the built-in one wins
    assert any("'dup'" in str(e) and "already registered" in str(e) for e in pm.errors)


def test_report_errors_prints_each_once():
    pm = build_plugin_manager(autoload=False)
    pm.fail("someplugin", "went wrong")
    lines = []
    pm.report_errors(lines.append)
    pm.report_errors(lines.append)
    assert lines == ["plugin 'someplugin': went wrong"]


@pytest.mark.parametrize("env", ["1", "yes"])
def test_autoload_env_skips_entry_points(monkeypatch, env):
    called = []
    import quotecheck.plugins.manager as plugins

    monkeypatch.setattr(plugins, "_load_entry_points", lambda pm: called.append(pm))
    monkeypatch.setenv(AUTOLOAD_ENV, env)
    plugins._MANAGERS.clear()
    plugins.get_plugin_manager(SimpleNamespace(plugins_dir=None, disable_plugin=["x"]))
    assert not called
    monkeypatch.delenv(AUTOLOAD_ENV)
    plugins.get_plugin_manager(SimpleNamespace(plugins_dir=None, disable_plugin=["x"]))
    assert called
    plugins._MANAGERS.clear()
