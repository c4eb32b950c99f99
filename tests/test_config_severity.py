"""Severity settings of the configuration: ``framing-weak-classes`` (the first-exposure policy
of rules/data/framing-referents.toml on or off) and the per-rule ``severity`` table, with their
command-line twins, validated with file and line, and applied end to end (snippets of our own).
"""
import json
from pathlib import Path

import pytest

from quotecheck.cli import main
from quotecheck.config import load_config
from quotecheck.errors import ConfigError, UsageError
from quotecheck.model import Detection
from quotecheck.rules.engine import to_finding
from quotecheck.rules.ruleset import Rule, RuleSet

STORY = ("Prisoners freed in the capital\n\n"
         "The regime released two prisoners on Monday.\n\n"
         "The terrorists who bombed the station were never caught.\n\n"
         "The so-called reform package was approved by parliament on Tuesday.\n")
SOURCE = "Two prisoners were released on Monday, the ministry said.\n"


@pytest.fixture(autouse=True)
def _repository(tmp_path, monkeypatch):
    """tmp_path is a repository root and the working folder (config and cache stay in it)."""
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- validation -----------------------------------------------------------------------------
def test_defaults_and_good_values_with_their_origins(tmp_path):
    cfg = load_config(tmp_path / "d.md")
    assert cfg.framing_weak_classes == "info" and cfg.severity == {}
    assert cfg.origins["framing-weak-classes"] == "default"
    qc = write(tmp_path / "quotecheck.toml", 'fail-on = "warning"\n'
               'framing-weak-classes = "warning"\nseverity = { QC321 = "warning", '
               'quote-wording = "error" }\n')
    cfg = load_config(tmp_path / "d.md")
    assert cfg.framing_weak_classes == "warning"
    assert cfg.severity == {"QC321": "warning", "quote-wording": "error"}
    assert cfg.origins["framing-weak-classes"] == f"{qc}:2"
    assert cfg.origins["severity"] == f"{qc}:3"


def test_severity_as_a_pyproject_sub_table(tmp_path):
    py = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.quotecheck]\n'
               'fail-on = "error"\n\n[tool.quotecheck.severity]\nQC321 = "warning"\n')
    cfg = load_config(tmp_path / "d.md")
    assert cfg.severity == {"QC321": "warning"} and cfg.origins["severity"] == f"{py}:7"


@pytest.mark.parametrize("text, line, needle", [
    ('fail-on = "error"\nframing-weak-classes = "loud"\n', 2, "expected one of info, warning"),
    ('framing-weak-classes = true\n', 1, "expected one of info, warning"),
    ('\nseverity = { QC321 = "loud" }\n', 2, "QC321: expected one of error, warning, info"),
    ('severity = { "QC 321" = "info" }\n', 1, "not a rule code or name"),
    ('severity = ["QC321"]\n', 1, "expected a table of rule code or name"),
])
def test_bad_values_name_file_and_line(tmp_path, text, line, needle):
    qc = write(tmp_path / "quotecheck.toml", text)
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path / "d.md")
    assert f"{qc}:{line}" in str(err.value) and needle in str(err.value)


def test_a_misspelt_key_is_an_unknown_key_warning(tmp_path):
    write(tmp_path / "quotecheck.toml", 'fail-on = "info"\nframing-weak-class = "warning"\n')
    cfg = load_config(tmp_path / "d.md")
    assert cfg.framing_weak_classes == "info"
    assert len(cfg.warnings) == 1 and "quotecheck.toml:2: unknown configuration key " \
        "'framing-weak-class'" in cfg.warnings[0]


def test_command_line_severity_adds_to_the_file_table(tmp_path):
    qc = write(tmp_path / "quotecheck.toml", 'severity = { QC321 = "warning", QC330 = "info" }\n')
    cfg = load_config(tmp_path / "d.md", overrides={
        "severity": (["QC330=warning,QC301=info"], "--severity"),
        "framing-weak-classes": ("warning", "--framing-weak-classes")})
    assert cfg.severity == {"QC321": "warning", "QC330": "warning", "QC301": "info"}
    assert cfg.origins["severity"] == f"{qc}:1 + --severity"
    assert cfg.origins["framing-weak-classes"] == "--framing-weak-classes"
    with pytest.raises(UsageError, match="--severity: expected CODE=error"):
        load_config(tmp_path / "d.md", overrides={"severity": (["QC330:high"], "--severity")})


# -- the engine -----------------------------------------------------------------------------
def _rule(**extra) -> Rule:
    return Rule(code="XQ1", name="x-rule", type="t", severity="info", scope="document",
                message="m", what="w", why="y", **extra)


def test_override_replaces_the_rule_severity_and_max_severity_still_caps_it():
    det = Detection(rule_type="t", category="c", document="d", start=0, end=1)
    plain = RuleSet([_rule()]).with_severities({"x-rule": "warning"})
    assert to_finding(plain.get("XQ1"), det, plain).severity == "warning"
    capped = RuleSet([_rule(max_severity="info")]).with_severities({"XQ1": "error"})
    assert to_finding(capped.get("XQ1"), det, capped).severity == "info"
    lowered = Detection(rule_type="t", category="c", document="d", start=0, end=1,
                        severity="info")   # an analysis's reason to lower it still holds
    assert to_finding(plain.get("XQ1"), lowered, plain).severity == "info"
    kept = plain.with_selection(select="XQ")  # a new selection keeps the run's severities
    assert kept.severity_of(kept.get("XQ1")) == "warning"


# -- end to end through the CLI --------------------------------------------------------------
def _run(capsys, command, *extra):
    draft = write(Path("news") / "story.md", STORY)
    source = write(Path("sources") / "source.md", SOURCE)
    args = ([command, draft, "--sources", source] if command == "check"
            else [command, draft, "--fail-on", "warning"])
    code = main([*map(str, args), "--format", "json", "--no-cache" if command == "check"
                 else "--quiet", *extra])
    out, err = capsys.readouterr()
    if code == 2:
        return code, {}, err
    found = {(f["code"], STORY[f["start"]:f["end"]].lower()): f["severity"]
             for f in json.loads(out)["findings"]}
    return code, found, err


@pytest.mark.parametrize("command", ["check", "compare"])
def test_weak_class_is_info_by_default_and_a_warning_with_the_key(tmp_path, capsys, command):
    code, found, _ = _run(capsys, command)
    assert found[("QC330", "regime")] == "info" and found[("QC321", "so-called")] == "info"
    assert code == 0
    write(tmp_path / "quotecheck.toml", 'framing-weak-classes = "warning"\n')
    code, found, _ = _run(capsys, command)
    assert found[("QC330", "regime")] == "warning" and code == 1
    assert found[("QC321", "so-called")] == "info"        # its rule's own severity
    assert found[("QC330", "terrorists")] == "info"  # a context of plain use still holds


def test_severity_table_raises_so_called_and_the_flags_do_the_same(tmp_path, capsys):
    write(tmp_path / "quotecheck.toml", 'severity = { QC321 = "warning" }\n')
    code, found, _ = _run(capsys, "check")
    assert found[("QC321", "so-called")] == "warning" and found[("QC330", "regime")] == "info"
    (tmp_path / "quotecheck.toml").unlink()
    code, found, _ = _run(capsys, "check", "--severity", "so-called=warning",
                          "--framing-weak-classes", "warning")
    assert found[("QC321", "so-called")] == "warning"
    assert found[("QC330", "regime")] == "warning" and code == 1


def test_bad_or_unknown_severity_settings_exit_2(tmp_path, capsys):
    write(tmp_path / "quotecheck.toml", 'fail-on = "warning"\nframing-weak-classes = "on"\n')
    code, _, err = _run(capsys, "check")
    assert code == 2 and "quotecheck.toml:2: framing-weak-classes" in err
    write(tmp_path / "quotecheck.toml", 'severity = { QC999 = "warning" }\n')
    code, _, err = _run(capsys, "check")
    assert code == 2 and "quotecheck.toml:1: severity 'QC999': no rule has this code" in err
    code, _, err = _run(capsys, "compare")
    assert code == 2 and "severity 'QC999': no rule has this code" in err
    (tmp_path / "quotecheck.toml").unlink()
    code, _, err = _run(capsys, "check", "--severity", "QC321=loud")
    assert code == 2 and "--severity: expected CODE=error|warning|info" in err
    with pytest.raises(SystemExit) as exc:   # argparse: usage error, status 2
        _run(capsys, "check", "--framing-weak-classes", "loud")
    assert exc.value.code == 2


def test_a_house_rule_keeps_its_warning_with_the_key(tmp_path, capsys):
    """The reviewer's case: a newsroom's own rule listing 'regime' at warning was lowered by
    the weak-class table too; with framing-weak-classes = "warning" it keeps its severity."""
    write(tmp_path / "house" / "labels.toml",
          'code = "XH1"\nname = "house-label"\nseverity = "warning"\n'
          'message = "house label: {word}{note}"\nwhat = "w"\nwhy = "y"\ntype = "existence"\n'
          'scope = "narration"\nwords = ["regime"]\n')
    args = ("--rules", "house/labels.toml", "--select", "XH1")
    _, found, _ = _run(capsys, "check", *args)
    assert found[("XH1", "regime")] == "info"
    write(tmp_path / "quotecheck.toml", 'framing-weak-classes = "warning"\n')
    code, found, _ = _run(capsys, "check", *args)
    assert found[("XH1", "regime")] == "warning" and code == 1


def test_show_config_prints_the_keys_as_toml(tmp_path, capsys):
    qc = write(tmp_path / "quotecheck.toml",
               'severity = { QC321 = "warning" }\nframing-weak-classes = "warning"\n')
    assert main(["show-config", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert f'severity = {{"QC321" = "warning"}}  # {qc}:1' in out
    assert f'framing-weak-classes = "warning"  # {qc}:2' in out


def test_the_table_reaches_integrity_and_debris_rules(tmp_path, capsys):
    """Debris, fragment and hedge-drift detections restated their rule's severity as their own
    ('info', 'warning'), so the table could not raise QC204 or lower QC201: the rule decides."""
    from quotecheck.plugins.manager import load_ruleset
    from quotecheck.provenance.derivation import prepare
    from quotecheck.provenance.integrity import text_debris
    from quotecheck.model import Document, Metadata
    from quotecheck.text.textview import TextView

    text = "The the harbour closed on Friday, the port office said. ."
    doc = Document("d", "d", text, TextView.identity(text), Metadata())
    rules = load_ruleset()[0].with_severities({"doubled-word": "warning", "QC203": "error"})
    found = {(f.code, f.severity) for f in (
        to_finding(rules.match(d.rule_type, d.category, d.args.get("kind")), d, rules)
        for d in text_debris(prepare(doc)))}
    assert found == {("QC204", "warning"), ("QC203", "error")}
    write(Path("st") / "a.md", "Harbour closed\n\nThe the harbour closed on Friday, the port "
          "office said in a statement.\n")
    write(Path("st") / "b.md", "Harbour closed\n\nThe harbour closed on Friday.\n")
    for extra, severity in (((), "info"), (("--severity", "QC204=warning"), "warning")):
        assert main(["compare", "st", "--format", "json", "--quiet", *extra]) in (0, 1)
        out = json.loads(capsys.readouterr().out)
        assert [f["severity"] for f in out["findings"] if f["code"] == "QC204"] == [severity]


def test_sarif_rule_level_is_the_run_severity(tmp_path, capsys):
    """SARIF's tool.driver.rules gave the rule file's level while the findings had the table's
    (check read its rules again from the command line: a --severity list ended in TypeError)."""
    draft = write(Path("news") / "story.md", STORY)
    source = write(Path("sources") / "source.md", SOURCE)
    args = ["check", str(draft), "--sources", str(source), "--no-cache", "--format", "sarif"]
    levels = {}
    for extra in ((), ("--severity", "QC321=error"), ("--config", "sev.toml")):
        write(tmp_path / "sev.toml", 'severity = { so-called = "warning" }\n')
        main([*args, *extra])
        run = json.loads(capsys.readouterr().out)["runs"][0]
        rule = next(r for r in run["tool"]["driver"]["rules"] if r["id"] == "QC321")
        result = next(r for r in run["results"] if r["ruleId"] == "QC321")
        levels[extra] = (rule["defaultConfiguration"]["level"], rule["properties"]["severity"],
                         result["level"])
    assert levels[()] == ("note", "info", "note")
    assert levels[("--severity", "QC321=error")] == ("error", "error", "error")
    assert levels[("--config", "sev.toml")] == ("warning", "warning", "warning")


def test_command_line_severity_wins_over_the_file_for_its_rule(tmp_path):
    """A file naming one rule by code and by name kept the file's last entry over a --severity
    for the code: the merged table kept the code's place, before the name's."""
    write(tmp_path / "quotecheck.toml", 'severity = { XQ1 = "warning", x-rule = "error" }\n')
    cfg = load_config(tmp_path / "d.md", overrides={"severity": (["XQ1=info"], "--severity")})
    rules = RuleSet([_rule()]).with_severities(cfg.severity)
    assert rules.severity_of(rules.get("XQ1")) == "info"


def test_the_setting_does_not_outlive_its_run(capsys):
    """framing-weak-classes is in force only while a run's checks run: a later run in the same
    process (a server, a test session) is back at the default."""
    from quotecheck.framing.referents import _WEAK_CLASSES

    _, found, _ = _run(capsys, "check", "--framing-weak-classes", "warning")
    assert found[("QC330", "regime")] == "warning"
    assert _WEAK_CLASSES.get() == "info"
    _, found, _ = _run(capsys, "check")
    assert found[("QC330", "regime")] == "info"
