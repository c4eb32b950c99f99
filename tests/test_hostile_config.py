"""Configuration a repository or a parent folder may hold against us (issue 17): config
search bounded by the repository or home, plugins-dir only from inside the project, broken
or unrelated files that must not stop the rest, --format checked before any work, and
publication times compared as instants."""
import json
from pathlib import Path

import pytest

from quotecheck.cli import main
from quotecheck.config import load_config
from quotecheck.config_files import find_config

GOOD = "“We will not allow it,” Putin said on Monday.\n"
ROOT = Path(__file__).resolve().parent.parent


def cli(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def evil_plugins(folder: Path) -> Path:
    plugins = folder / "evil-plugins"
    plugins.mkdir()
    (plugins / "evil.py").write_text(
        "from pathlib import Path\nPath(__file__).with_name('RAN').write_text('x')\n", "utf-8")
    return plugins


def test_a_config_above_the_repository_is_never_read(capsys, tmp_path, monkeypatch):
    (tmp_path / "quotecheck.toml").write_text('plugins-dir = ["evil-plugins"]\n'
                                              'fail-on = "never"\n', encoding="utf-8")
    plugins = evil_plugins(tmp_path)
    repo = tmp_path / "clone"
    (repo / ".git").mkdir(parents=True)
    (repo / "draft.txt").write_text(GOOD, encoding="utf-8")
    (repo / "src.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(repo)
    assert find_config(repo / "draft.txt") is None
    code, out, err = cli(capsys, "check", "draft.txt", "--sources", "src.txt", "--no-cache")
    assert code == 0 and not (plugins / "RAN").exists()


def test_without_a_repository_the_search_stops_at_the_working_folder(tmp_path, monkeypatch):
    (tmp_path / "quotecheck.toml").write_text('fail-on = "info"\n', encoding="utf-8")
    (tmp_path / "work" / "sub").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "work")
    monkeypatch.setenv("HOME", str(tmp_path / "elsewhere"))
    assert find_config(tmp_path / "work" / "sub" / "d.txt") is None
    monkeypatch.chdir(tmp_path)
    assert find_config(tmp_path / "work" / "sub" / "d.txt") == tmp_path / "quotecheck.toml"


def test_the_search_stops_at_home(tmp_path, monkeypatch):
    (tmp_path / "quotecheck.toml").write_text('fail-on = "info"\n', encoding="utf-8")
    home = tmp_path / "home"
    (home / "notes").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)  # even from above: the home folder bounds the search
    assert find_config(home / "notes" / "d.txt") is None


def test_plugins_dir_of_a_config_outside_the_project_does_not_run(capsys, tmp_path,
                                                                  monkeypatch):
    other = tmp_path / "downloads"
    (other / ".git").mkdir(parents=True)
    (other / "quotecheck.toml").write_text('plugins-dir = ["evil-plugins"]\n'
                                           'sources = ["src.txt"]\n', encoding="utf-8")
    plugins = evil_plugins(other)
    (other / "draft.txt").write_text(GOOD, encoding="utf-8")
    (other / "src.txt").write_text(GOOD, encoding="utf-8")
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    monkeypatch.chdir(project)
    code, out, err = cli(capsys, "check", other / "draft.txt", "--no-cache")
    assert not (plugins / "RAN").exists()
    assert "plugins-dir ignored" in err and code == 0
    cfg = load_config(other / "draft.txt")
    assert cfg.plugins_dir == [] and cfg.sources  # the rest of that config still applies


def test_plugins_dir_inside_the_project_runs_and_its_errors_are_printed(capsys, tmp_path,
                                                                         monkeypatch):
    (tmp_path / ".git").mkdir()
    plugins = tmp_path / "plugs"
    plugins.mkdir()
    (plugins / "broken.py").write_text("raise ImportError('boom')\n", encoding="utf-8")
    (tmp_path / "quotecheck.toml").write_text('plugins-dir = ["plugs", "missing"]\n'
                                              'sources = ["src.txt"]\n', encoding="utf-8")
    (tmp_path / "draft.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "src.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, "check", "draft.txt", "--no-cache")
    lines = err.splitlines()
    assert sum("failed to import" in ln and "broken.py" in ln and "boom" in ln
               for ln in lines) == 1, err
    assert sum("missing: plugins folder does not exist" in ln for ln in lines) == 1, err


def test_a_broken_config_stops_only_its_own_drafts(capsys, tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "src.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "b.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bad" / "quotecheck.toml").write_text("fail-on = \n", encoding="utf-8")
    code, out, err = cli(capsys, "check", "ok/a.txt", "bad/b.txt", "--sources", "src.txt",
                         "--format", "json", "--no-cache")
    assert code == 2
    ids = [d["id"] for d in json.loads(out)["documents"] if d["role"] == "checked"]
    assert ids == ["a.txt"]
    errors = [ln for ln in err.splitlines() if ln.startswith("quotecheck: error: ")]
    assert len(errors) == 1 and "bad/quotecheck.toml" in errors[0]


def test_an_unrelated_broken_pyproject_does_not_block_check(capsys, tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project\nname = "x"\n', encoding="utf-8")
    (tmp_path / "draft.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "src.txt").write_text(GOOD, encoding="utf-8")
    code, out, err = cli(capsys, "check", "draft.txt", "--sources", "src.txt", "--no-cache")
    assert code == 0, err
    assert "pyproject.toml" in err and "ignored" in err  # a notice, not an error


def test_a_broken_pyproject_with_our_table_is_still_an_error(capsys, tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.quotecheck]\nfail-on = \n', "utf-8")
    (tmp_path / "draft.txt").write_text(GOOD, encoding="utf-8")
    code, out, err = cli(capsys, "check", "draft.txt", "--sources", "draft.txt", "--no-cache")
    assert code == 2 and "quotecheck: error: " in err and "pyproject.toml" in err


@pytest.mark.parametrize("command", ["quotes", "compare", "check"])
def test_an_unknown_format_is_refused_before_any_work(capsys, tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    calls = []
    import quotecheck.load.loader as loader

    real = loader.load_paths
    monkeypatch.setattr(loader, "load_paths", lambda *a, **k: calls.append(a) or real(*a, **k))
    args = [command, "a.txt", "--format", "nope"]
    if command == "check":
        args += ["--sources", "a.txt", "--no-cache"]
    code, out, err = cli(capsys, *args)
    assert code == 2 and "unknown format 'nope'" in err
    assert calls == [] and out == ""


# -- time zones ---------------------------------------------------------------------------------
def _edge(published_a: str, published_b: str):
    from quotecheck import Story, load_text

    text = (ROOT / "seeds" / "000_b87f51cfc6e39bfa.txt").read_text(encoding="utf-8")
    a = load_text(text, "utc.txt", meta={"published": published_a, "outlet": "Reuters"})
    b = load_text(text, "pacific.txt", meta={"published": published_b, "outlet": "AP"})
    edges = Story([b, a]).provenance.edges
    assert len(edges) == 1
    return edges[0]


def test_publication_times_are_compared_as_instants():
    # 01:00Z is three hours before 20:00-08:00 "the day before" (04:00Z)
    edge = _edge("2024-03-02T01:00:00Z", "2024-03-01T20:00:00-08:00")
    assert (edge.source, edge.derived) == ("utc.txt", "pacific.txt")
    assert "published earlier" in edge.evidence
    edge = _edge("2024-03-02T05:00:00Z", "2024-03-01T20:00:00-08:00")
    assert (edge.source, edge.derived) == ("pacific.txt", "utc.txt")


def test_a_naive_time_is_taken_as_utc():
    from quotecheck.load.metadata import published_instant

    assert published_instant("2024-03-02T01:00") == published_instant("2024-03-02T01:00Z")
    assert published_instant("2024-03-01T20:00-08:00") == published_instant("2024-03-02T04:00Z")
    assert published_instant("2024-03-02") == published_instant("2024-03-02T00:00:00+00:00")
    assert published_instant("not a date") is None
