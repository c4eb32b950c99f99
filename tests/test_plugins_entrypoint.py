"""The sample third-party plugin is found through its ``quotecheck`` entry point.

It is installed with pip into a temporary folder (never into the running environment) and
quotecheck runs in a subprocess with that folder on PYTHONPATH.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "plugins" / "quotecheck-example"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("example-plugin")
    source = work / "src"
    shutil.copytree(EXAMPLE, source, ignore=shutil.ignore_patterns("build", "*.egg-info"))
    target = work / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
         "--no-build-isolation", "--no-index", "--target", str(target), str(source)],
        capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        pytest.fail(f"pip could not install the example plugin:\n{proc.stderr[-2000:]}")
    return target


def _run(site: Path, *args: str, autoload: bool = True, cwd: Path = ROOT):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(ROOT)])
    env.pop("QUOTECHECK_DISABLE_PLUGIN_AUTOLOAD", None)
    if not autoload:
        env["QUOTECHECK_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    return subprocess.run([sys.executable, "-m", "quotecheck", *args], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=120)


def test_plugins_lists_the_entry_point_plugin(installed):
    proc = _run(installed, "plugins", "--format", "json")
    assert proc.returncode in (0, 2), proc.stderr
    plugins = {p["name"]: p for p in json.loads(proc.stdout)}
    assert plugins["example"]["origin"] == "entry-point"
    assert plugins["example"]["version"] == "0.2.0"
    assert set(plugins["example"]["hooks"]) == {
        "quotecheck_reporters", "quotecheck_rule_paths", "quotecheck_rule_types"}


def test_rules_include_the_plugin_rule(installed):
    proc = _run(installed, "rules")
    assert "EX101" in proc.stdout and "all-caps-word" in proc.stdout, proc.stderr
    proc = _run(installed, "rule", "all-caps-word")
    assert proc.returncode == 0, proc.stderr
    assert "EX101" in proc.stdout and "capital letters" in proc.stdout


def test_check_runs_the_plugin_rule_and_reporter(installed, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Troops arrived in Almaty. OFFICIALS said the mission would be brief.\n",
                     encoding="utf-8")
    source = tmp_path / "source.txt"
    source.write_text("Troops arrived in Almaty on Thursday.\n", encoding="utf-8")
    proc = _run(installed, "check", str(draft), "--sources", str(source), "--format", "tsv",
                cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    rows = [line.split("\t") for line in proc.stdout.splitlines()]
    assert rows[0][:4] == ["path", "line", "column", "code"]
    hits = [r for r in rows[1:] if r[3] == "EX101"]
    assert hits and hits[0][2] == "27", rows


def test_autoload_disabled_hides_the_plugin(installed):
    proc = _run(installed, "plugins", "--format", "json", autoload=False)
    names = {p["name"] for p in json.loads(proc.stdout)}
    assert "example" not in names and "report_text" in names
    proc = _run(installed, "rules", autoload=False)
    assert "EX101" not in proc.stdout


def test_disable_plugin_blocks_the_entry_point(installed):
    proc = _run(installed, "plugins", "--format", "json", "--disable-plugin", "example")
    assert "example" not in {p["name"] for p in json.loads(proc.stdout)}
