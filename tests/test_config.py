"""Configuration discovery, validation and origins (quotecheck.config, show-config)."""
import io
from pathlib import Path
from types import SimpleNamespace

import pytest

from quotecheck.config import load_config
from quotecheck.config_files import find_config
from quotecheck.errors import ConfigError, UsageError


@pytest.fixture(autouse=True)
def _repository(tmp_path):
    """tmp_path is a repository root: configuration is looked for up to it, never above."""
    (tmp_path / ".git").mkdir()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path):
    cfg = load_config(tmp_path / "draft.md")
    assert cfg.path is None
    assert cfg.fail_on == "warning" and cfg.select is None and cfg.ignore == []
    assert cfg.origins["fail-on"] == "default"


def test_pyproject_table_and_origins(tmp_path):
    py = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\nselect = "nope"\n\n'
               '[tool.quotecheck]\nselect = ["QC1", "scare-quote"]\nfail-on = "error"\n'
               'sources = ["seeds"]\n')
    cfg = load_config(tmp_path / "drafts" / "a.md")
    assert cfg.path == py
    assert cfg.select == ["QC1", "scare-quote"]
    assert cfg.fail_on == "error"
    assert cfg.sources == [str(tmp_path / "seeds")]
    assert cfg.origins["select"] == f"{py}:6"  # the table's line, not the [project] one
    assert cfg.origins["fail-on"] == f"{py}:7"


def test_pyproject_without_table_is_skipped_for_a_parent(tmp_path):
    write(tmp_path / "quotecheck.toml", 'fail-on = "info"\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    assert find_config(tmp_path / "sub" / "d.md") == tmp_path / "quotecheck.toml"


def test_nearest_file_wins(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.quotecheck]\nfail-on = "error"\n')
    write(tmp_path / "a" / "quotecheck.toml", 'fail-on = "info"\n')
    assert load_config(tmp_path / "a" / "x.md").fail_on == "info"
    assert load_config(tmp_path / "b.md").fail_on == "error"


def test_unknown_key_is_a_one_line_warning(tmp_path):
    write(tmp_path / "quotecheck.toml", 'fail-on = "info"\ncolour = true\n')
    cfg = load_config(tmp_path)
    assert len(cfg.warnings) == 1
    assert "quotecheck.toml:2" in cfg.warnings[0] and "'colour'" in cfg.warnings[0]


@pytest.mark.parametrize("body,key,line", [
    ('fail-on = "loud"\n', "fail-on", 1),
    ('\nselect = "QC1,not a code"\n', "select", 2),
    ('ignore = [1, 2]\n', "ignore", 1),
    ('per-file-ignores = ["x"]\n', "per-file-ignores", 1),
    ('sources = 3\n', "sources", 1),
])
def test_invalid_values_name_file_line_and_key(tmp_path, body, key, line):
    path = write(tmp_path / "quotecheck.toml", body)
    with pytest.raises(ConfigError) as exc:
        load_config(tmp_path)
    assert exc.value.key == key and exc.value.line == line
    assert str(exc.value).startswith(f"{path}:{line}: {key}: ")


def test_invalid_toml_names_the_line(tmp_path):
    write(tmp_path / "quotecheck.toml", 'select = ["QC1"]\nfail-on = \n')
    with pytest.raises(ConfigError) as exc:
        load_config(tmp_path)
    assert exc.value.line == 2


def test_command_line_overrides_and_bad_selectors(tmp_path):
    write(tmp_path / "quotecheck.toml", 'fail-on = "info"\nignore = ["QC3"]\n')
    cfg = load_config(tmp_path, overrides={"fail-on": ("error", "--fail-on"),
                                           "ignore": (None, "--ignore")})
    assert cfg.fail_on == "error" and cfg.origins["fail-on"] == "--fail-on"
    assert cfg.ignore == ["QC3"]
    with pytest.raises(UsageError):
        load_config(tmp_path, overrides={"select": ("QC1,bad code!", "--select")})


def test_per_file_ignores_match_relative_globs(tmp_path):
    write(tmp_path / "quotecheck.toml",
          '[per-file-ignores]\n"drafts/opinion-*.md" = ["QC301", "scare-quote"]\n')
    cfg = load_config(tmp_path)
    assert cfg.ignored_for(str(tmp_path / "drafts" / "opinion-1.md")) == ["QC301", "scare-quote"]
    assert cfg.ignored_for(str(tmp_path / "drafts" / "news.md")) == []


def test_explicit_config_must_exist(tmp_path):
    with pytest.raises(ConfigError):
        load_config(tmp_path, explicit=str(tmp_path / "missing.toml"))


def test_show_config_prints_values_and_origins(tmp_path):
    from quotecheck.commands import show_config

    path = write(tmp_path / "quotecheck.toml", 'fail-on = "error"\nsources = ["src"]\n')
    out, err = io.StringIO(), io.StringIO()
    app = SimpleNamespace(options=SimpleNamespace(paths=[str(tmp_path)], config=None),
                          option=lambda name, default=None: {"paths": [str(tmp_path)]}.get(name, default),
                          stdout=out, stderr=err, warn=lambda m: err.write(m + "\n"))
    assert show_config.run(app) == 0
    text = out.getvalue()
    assert f'fail-on = "error"  # {path}:1' in text
    assert "select = null  # default" in text
    assert ".quotecheck_cache" in text


def test_show_config_cli_exit_2_on_bad_config(tmp_path, capsys):
    from quotecheck.cli import main

    write(tmp_path / "quotecheck.toml", 'fail-on = "sometimes"\n')
    assert main(["show-config", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "fail-on" in err and "quotecheck.toml:1" in err


@pytest.mark.parametrize("command", [["show-config"], ["check", "draft.txt"]])
def test_config_not_in_utf8_is_a_one_line_error(tmp_path, capsys, monkeypatch, command):
    from quotecheck.cli import main

    (tmp_path / "quotecheck.toml").write_bytes(b'select = ["QC1"]\nignore = ["caf\xe9"]\n')
    (tmp_path / "draft.txt").write_text("Nothing quoted.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main([*command, "--config", "quotecheck.toml"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip() == "quotecheck: error: quotecheck.toml:2: not valid UTF-8 (byte 0xe9)"
