"""The plugin time budget counts a hook's own work, not the pipeline's shared analyses.

A Story computes provenance and alignment the first time a check asks; on a large story set
on a busy machine that work ran past ``--plugin-timeout`` inside the built-in story check,
which then counted as a plugin failure and the analyses were computed again for the report.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

import quotecheck.provenance.infer as infer
from quotecheck.cli import main
from quotecheck.resources import budget

HEAD = "from quotecheck.plugins.hookspecs import hookimpl\n"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no cache or configuration from elsewhere


def _articles(tmp_path: Path) -> list:
    paths = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.txt"
        path.write_text('The minister said: "We will cut taxes for every family this year."\n',
                        encoding="utf-8")
        paths.append(str(path))
    return paths


def _slow_provenance(monkeypatch, seconds: float) -> None:
    original = infer.infer_provenance

    def slow(*args, **kwargs):
        time.sleep(seconds)
        return original(*args, **kwargs)

    monkeypatch.setattr(infer, "infer_provenance", slow)


def _compare(capsys, tmp_path, *extra):
    code = main(["compare", *_articles(tmp_path), "--format", "json", "--quiet",
                 "--plugin-timeout", "0.5", "--fail-on", "error", *extra])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_slow_shared_analysis_does_not_count_against_the_hook_that_asked(
        capsys, tmp_path, monkeypatch):
    _slow_provenance(monkeypatch, 1.0)
    code, out, err = _compare(capsys, tmp_path)
    assert "did not return within" not in err
    assert code == 0 and json.loads(out)["command"] == "compare"


def test_a_hook_that_is_slow_itself_after_the_analysis_still_times_out(
        capsys, tmp_path, monkeypatch):
    _slow_provenance(monkeypatch, 1.0)
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "laggard.py").write_text(HEAD + '''
@hookimpl
def quotecheck_story_findings(story, rules):
    import time
    story.provenance
    time.sleep(60)
    return []
''', encoding="utf-8")
    code, out, err = _compare(capsys, tmp_path, "--plugins-dir", str(folder))
    assert "plugin 'laggard'" in err and "did not return within 0.5 s" in err
    assert err.count("did not return within") == 1      # the built-in check is not blamed
    assert code == 1


def test_paused_without_a_running_budget_does_nothing():
    budget.unregister()
    with budget.paused():
        pass


def test_paused_stops_and_resumes_the_running_budget_once_per_block():
    calls = []
    budget.register(lambda: calls.append("pause") or 7.0, lambda left: calls.append(left))
    try:
        with budget.paused():
            calls.append("work")
    finally:
        budget.unregister()
    assert calls == ["pause", "work", 7.0]
