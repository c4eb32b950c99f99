"""Configuration of ``quotecheck check``: ``[tool.quotecheck]`` in ``pyproject.toml`` or a
``quotecheck.toml``, the nearest one to the checked file winning, with command-line overrides.

Every resolved value remembers where it came from (file and line, command line or default) so
that ``quotecheck show-config`` can say why a setting is what it is.
"""
from __future__ import annotations

import fnmatch
import re
from pathlib import Path
from typing import Any, Optional

from quotecheck.errors import ConfigError

CONFIG_NAMES = ("quotecheck.toml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")
PLUGIN_ERRORS = ("error", "warning")
KEYS = ("select", "ignore", "per-file-ignores", "fail-on", "sources", "plugins-dir", "rules",
        "plugin-errors")
DEFAULTS: dict = {
    "select": None, "ignore": [], "per-file-ignores": {}, "fail-on": "warning",
    "sources": [], "plugins-dir": [], "rules": [], "plugin-errors": "error",
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
        self.plugin_errors: str = "error"      # what a plugin failure counts as for fail-on
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
        """Codes or names ignored for one file by ``per-file-ignores`` (globs relative to root)."""
        out: list = []
        p = Path(document_path)
        try:
            rel = p.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            rel = p.as_posix()
        for pattern, codes in self.per_file_ignores.items():
            if (fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(p.name, pattern)
                    or fnmatch.fnmatch(p.as_posix(), pattern)):
                out.extend(codes)
        return out

    @property
    def cache_dir(self) -> Path:
        """``.quotecheck_cache`` next to the configuration file, else in the working folder."""
        return (self.path.parent if self.path else Path.cwd()) / ".quotecheck_cache"


def _read_toml(path: Path) -> dict:
    from quotecheck.resources.ruledata import parse_toml

    return parse_toml(path)


def _table_of(path: Path) -> Optional[dict]:
    """The quotecheck table of a config file, or None when a pyproject has none."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("quotecheck") if isinstance(tool, dict) else None
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError("[tool.quotecheck] must be a table", path=str(path),
                              line=_line_of(path, "quotecheck"))
        return table
    if "tool" in data and isinstance(data["tool"], dict) and "quotecheck" in data["tool"]:
        return data["tool"]["quotecheck"]
    return data


def find_config(start: Path) -> Optional[Path]:
    """The nearest ``quotecheck.toml`` or ``pyproject.toml`` with ``[tool.quotecheck]``,
    looking in ``start`` (or its folder) and then upwards."""
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    for d in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            candidate = d / name
            if candidate.is_file():
                if name == "quotecheck.toml" or _table_of(candidate) is not None:
                    return candidate
    return None


def _line_of(path: Path, key: str) -> Optional[int]:
    """1-based line where ``key`` is set inside the quotecheck table of a TOML file (an
    assignment, or a sub-table header such as ``[tool.quotecheck.per-file-ignores]``)."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    assign = re.compile(r'^\s*["\']?%s["\']?\s*=' % re.escape(key))
    header = re.compile(r'^\s*\[+\s*([^\]]+?)\s*\]+')
    in_table = path.name != "pyproject.toml"
    for i, line in enumerate(lines, 1):
        m = header.match(line)
        if m:
            name = m.group(1).replace('"', "").replace("'", "")
            if name in (f"tool.quotecheck.{key}", key) or (key == "quotecheck"
                                                           and name == "tool.quotecheck"):
                return i
            in_table = name == "tool.quotecheck" or (path.name != "pyproject.toml"
                                                     and not name.startswith("tool."))
            continue
        if in_table and assign.search(line):
            return i
    return None


def _string_list(value: Any, key: str, path: Path) -> list:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError("expected a list of strings", path=str(path),
                          line=_line_of(path, key), key=key)
    return list(value)


def _selectors(value: Any, key: str, path: Path) -> list:
    items = _string_list(value, key, path)
    for item in items:
        if not re.match(_SELECTOR, item):
            raise ConfigError(f"not a rule code or name: {item!r}", path=str(path),
                              line=_line_of(path, key), key=key)
    return items


def _cli_selectors(value: Any, flag: str) -> list:
    from quotecheck.errors import UsageError

    items = [v.strip() for v in (value.split(",") if isinstance(value, str) else value)]
    for item in items:
        if item and not re.match(_SELECTOR, item):
            raise UsageError(f"{flag}: not a rule code or name: {item!r}")
    return [i for i in items if i]


def validate(table: dict, path: Path) -> tuple[dict, list]:
    """Checked values of a quotecheck table, and one warning line per unknown key."""
    values: dict = {}
    warnings: list = []
    for key, raw in table.items():
        if key not in KEYS:
            line = _line_of(path, key)
            where = f"{path}:{line}" if line else str(path)
            warnings.append(f"{where}: unknown configuration key '{key}' (ignored)")
            continue
        if key in ("select", "ignore"):
            values[key] = _selectors(raw, key, path)
        elif key == "per-file-ignores":
            if not isinstance(raw, dict):
                raise ConfigError("expected a table of glob = [codes]", path=str(path),
                                  line=_line_of(path, key), key=key)
            values[key] = {str(g): _selectors(v, key, path) for g, v in raw.items()}
        elif key == "fail-on":
            if raw not in FAIL_ON:
                raise ConfigError(f"expected one of {', '.join(FAIL_ON)}, got {raw!r}",
                                  path=str(path), line=_line_of(path, key), key=key)
            values[key] = raw
        elif key == "plugin-errors":
            if raw not in PLUGIN_ERRORS:
                raise ConfigError(f"expected one of {', '.join(PLUGIN_ERRORS)}, got {raw!r}",
                                  path=str(path), line=_line_of(path, key), key=key)
            values[key] = raw
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
        if not path.is_file():
            raise ConfigError("configuration file not found", path=str(path))
    else:
        path = find_config(target or Path.cwd())
    if path is not None:
        table = _table_of(path)
        if table is None:
            if explicit:
                raise ConfigError("no [tool.quotecheck] table", path=str(path))
            table = {}
        values, cfg.warnings = validate(table, path)
        cfg.path = path
        cfg.root = path.resolve().parent
        for key, value in values.items():
            setattr(cfg, key.replace("-", "_"), value)
            line = _line_of(path, key)
            cfg.origins[key] = f"{path}:{line}" if line else str(path)
    for key, (value, flag) in (overrides or {}).items():
        if value is None or value == []:
            continue
        if key in ("select", "ignore"):
            value = _cli_selectors(value, flag)
        setattr(cfg, key.replace("-", "_"), value)
        cfg.origins[key] = flag
    return cfg
