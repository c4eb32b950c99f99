"""Configuration of ``quotecheck check``: ``[tool.quotecheck]`` in ``pyproject.toml`` or a
``quotecheck.toml``, the nearest one to the checked file winning, with command-line overrides.

Every resolved value remembers where it came from (file and line, command line or default) so
that ``quotecheck show-config`` can say why a setting is what it is. Which file is read (and
whether it may load plugins) is :mod:`quotecheck.config_files`.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Optional

from quotecheck.config_files import find_config, line_of, real_path, table_of, trusted
from quotecheck.errors import ConfigError, UsageError

FAIL_ON = ("error", "warning", "info", "never")
PLUGIN_ERRORS = ("error", "warning")
SEVERITIES = ("error", "warning", "info")
WEAK_CLASSES = ("info", "warning")     # framing-weak-classes: the first-exposure policy on/off
KEYS = ("select", "ignore", "per-file-ignores", "fail-on", "sources", "plugins-dir", "rules",
        "max-file-size", "plugin-errors", "exclude", "severity", "framing-weak-classes")
DEFAULTS: dict = {
    "select": None, "ignore": [], "per-file-ignores": {}, "fail-on": "warning",
    "sources": [], "plugins-dir": [], "rules": [], "max-file-size": 10 * 1024 * 1024,
    "plugin-errors": "error", "exclude": [], "severity": {}, "framing-weak-classes": "info",
}
# A rule selector: a code or code prefix (QC1, QC201, ABC12) or a kebab-case rule name.
# compiled on first use (re's own cache), so that a replayed run compiles no pattern at all
_SELECTOR = r"^(?:[A-Z]{1,8}\d*|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$"


class Config:
    """Resolved settings of one run and the origin of each ("default", "file:line", "--opt").

    A plain class, not a dataclass: ``quotecheck check`` reads it on its fast path, before
    any heavier module is imported.
    """

    def __init__(self) -> None:
        self.select: Optional[list] = None
        self.ignore: list = []
        self.per_file_ignores: dict = {}
        self.fail_on: str = "warning"
        self.sources: list = []
        self.plugins_dir: list = []
        self.rules: list = []
        self.max_file_size: int = DEFAULTS["max-file-size"]
        self.plugin_errors: str = "error"      # what a plugin failure counts as for fail-on
        self.exclude: list = []                # gitignore-style patterns a folder walk skips
        self.severity: dict = {}               # rule code or name -> its severity this run
        self.framing_weak_classes: str = "info"  # "warning": the first-exposure policy off
        self.path: Optional[Path] = None       # the configuration file used, if any
        self.root: Path = Path.cwd()           # where relative paths in it are anchored
        self.origins: dict = {}
        self.warnings: list = []

    def __repr__(self) -> str:
        return f"Config(path={self.path}, " + ", ".join(
            f"{k}={self.value(k)!r}" for k in KEYS) + ")"

    def value(self, key: str) -> Any:
        """The resolved value of a configuration key (``fail-on`` or ``fail_on``)."""
        return getattr(self, key.replace("-", "_"))

    def ignored_for(self, document_path: str) -> list:
        """Codes or names ignored for one file by ``per-file-ignores``: gitignore-style
        patterns relative to the configuration's folder (``*`` never crosses ``/``; a pattern
        without ``/`` matches the file name at any depth). A file outside that folder is
        matched by its name."""
        out: list = []
        p = Path(document_path)
        try:
            rel = real_path(p).relative_to(real_path(self.root)).as_posix()
        except ValueError:
            rel = p.name
        for pattern, codes in self.per_file_ignores.items():
            if path_matcher([pattern]).match_file(rel):
                out.extend(codes)
        return out

    @property
    def cache_dir(self) -> Path:
        """``.quotecheck_cache`` next to the configuration file, else in the working folder."""
        return (self.path.parent if self.path else Path.cwd()) / ".quotecheck_cache"


def path_matcher(patterns: list):
    """A matcher of ``patterns`` with gitignore semantics (pathspec)."""
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(patterns)


def _string_list(value: Any, key: str, path: Path) -> list:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError("expected a list of strings", path=str(path),
                          line=line_of(path, key), key=key)
    return list(value)


def _selectors(value: Any, key: str, path: Path) -> list:
    items = _string_list(value, key, path)
    for item in items:
        if not re.match(_SELECTOR, item):
            raise ConfigError(f"not a rule code or name: {item!r}", path=str(path),
                              line=line_of(path, key), key=key)
    return items


def _cli_selectors(value: Any, flag: str) -> list:
    """Selectors of a (repeatable) comma-separated option, checked for their form."""
    parts = [value] if isinstance(value, str) else list(value)
    items = [v.strip() for part in parts for v in str(part).split(",")]
    for item in items:
        if item and not re.match(_SELECTOR, item):
            raise UsageError(f"{flag}: not a rule code or name: {item!r}")
    return [i for i in items if i]


def _severities(raw: Any, path: Path) -> dict:
    """``severity = { QC321 = "warning" }``: rule codes or names to a severity."""
    for code, level in raw.items() if isinstance(raw, dict) else [(None, None)]:
        problem = ('expected a table of rule code or name = "error" | "warning" | "info"'
                   if code is None else f"not a rule code or name: {code!r}"
                   if not re.match(_SELECTOR, str(code)) else
                   f"{code}: expected one of {', '.join(SEVERITIES)}, got {level!r}"
                   if level not in SEVERITIES else "")
        if problem:
            raise ConfigError(problem, path=str(path), line=line_of(path, "severity"),
                              key="severity")
    return {str(k): v for k, v in raw.items()}


def cli_severities(values: list, flag: str = "--severity") -> dict:
    """``--severity QC321=warning`` (repeatable, comma-separated) as a table."""
    out: dict = {}
    for item in (v.strip() for part in values for v in str(part).split(",")):
        code, _, level = item.partition("=")
        if not re.match(_SELECTOR, code.strip()) or level.strip() not in SEVERITIES:
            raise UsageError(f"{flag}: expected CODE=error|warning|info, got {item!r}")
        out[code.strip()] = level.strip()
    return out


def validate(table: dict, path: Path) -> tuple[dict, list]:
    """Checked values of a quotecheck table, and one warning line per unknown key."""
    values: dict = {}
    warnings: list = []
    for key, raw in table.items():
        if key not in KEYS:
            line = line_of(path, key)
            where = f"{path}:{line}" if line else str(path)
            warnings.append(f"{where}: unknown configuration key '{key}' (ignored)")
            continue
        if key in ("select", "ignore"):
            values[key] = _selectors(raw, key, path)
        elif key == "per-file-ignores":
            if not isinstance(raw, dict):
                raise ConfigError("expected a table of glob = [codes]", path=str(path),
                                  line=line_of(path, key), key=key)
            values[key] = {str(g): _selectors(v, key, path) for g, v in raw.items()}
        elif key == "exclude":  # gitignore-style patterns relative to the config's folder
            values[key] = _string_list(raw, key, path)
        elif key == "max-file-size":
            from quotecheck.resources.files import parse_size

            values[key] = parse_size(raw)
            if values[key] is None:
                raise ConfigError(f"expected a size in bytes or such as \"10M\", got {raw!r}",
                                  path=str(path), line=line_of(path, key), key=key)
        elif key == "fail-on":
            if raw not in FAIL_ON:
                raise ConfigError(f"expected one of {', '.join(FAIL_ON)}, got {raw!r}",
                                  path=str(path), line=line_of(path, key), key=key)
            values[key] = raw
        elif key in ("plugin-errors", "framing-weak-classes"):
            allowed = PLUGIN_ERRORS if key == "plugin-errors" else WEAK_CLASSES
            if raw not in allowed:
                raise ConfigError(f"expected one of {', '.join(allowed)}, got {raw!r}",
                                  path=str(path), line=line_of(path, key), key=key)
            values[key] = raw
        elif key == "severity":
            values[key] = _severities(raw, path)
        else:  # sources, plugins-dir, rules: paths relative to the config file
            values[key] = [str((path.parent / p)) if not Path(p).is_absolute() else p
                           for p in _string_list(raw, key, path)]
    return values, warnings


def load_config(target: Optional[Path] = None, explicit: Optional[str] = None,
                overrides: Optional[dict] = None) -> Config:
    """Resolve the configuration for ``target`` (a checked file or folder).

    ``explicit`` (``--config``) replaces discovery; ``overrides`` maps keys to command-line
    values (None means not given) and wins over the file.
    """
    cfg = Config()
    for key, value in DEFAULTS.items():
        setattr(cfg, key.replace("-", "_"), value.copy() if hasattr(value, "copy") else value)
        cfg.origins[key] = "default"
    path: Optional[Path] = None
    if explicit:
        path = Path(explicit)
        if not os.path.isfile(path):
            raise ConfigError("configuration file not found", path=str(path))
    else:
        path = find_config(target or Path.cwd(), cfg.warnings)
    if path is not None:
        table = table_of(path, None if explicit else cfg.warnings)
        if table is None:
            if explicit:
                raise ConfigError("no [tool.quotecheck] table", path=str(path))
            table = {}
        values, notes = validate(table, path)
        cfg.warnings.extend(notes)
        if values.get("plugins-dir") and not explicit and not trusted(path):
            line = line_of(path, "plugins-dir")
            cfg.warnings.append(f"{path}:{line or 1}: plugins-dir ignored: this configuration "
                                "lies outside the working folder and its repository")
            del values["plugins-dir"]
        cfg.path = path
        cfg.root = real_path(path).parent
        for key, value in values.items():
            setattr(cfg, key.replace("-", "_"), value)
            line = line_of(path, key)
            cfg.origins[key] = f"{path}:{line}" if line else str(path)
    for key, (value, flag) in (overrides or {}).items():
        if value is None or value == []:
            continue
        if key in ("select", "ignore", "extend-select", "extend-ignore"):
            value = _cli_selectors(value, flag)
        if key.startswith("extend-"):
            _extend(cfg, key[len("extend-"):], value, flag)
            continue
        if key == "severity":  # the command line adds to the file's table; its entries
            cli = cli_severities(value, flag)  # come last, so they win for their rule
            value = {**{k: v for k, v in cfg.severity.items() if k not in cli}, **cli}
            flag = f"{cfg.origins['severity']} + {flag}" if cfg.severity else flag
        setattr(cfg, key.replace("-", "_"), value)
        cfg.origins[key] = flag
    return cfg


def _extend(cfg: Config, key: str, value: list, flag: str) -> None:
    """``--extend-select``/``--extend-ignore``: add to the resolved list (every rule is
    already selected when nothing narrows ``select``)."""
    current = getattr(cfg, key)
    if current is None:
        return
    setattr(cfg, key, [*current, *(v for v in value if v not in current)])
    cfg.origins[key] = f"{cfg.origins.get(key, 'default')} + {flag}"
