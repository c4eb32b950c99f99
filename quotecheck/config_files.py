"""Where ``quotecheck check`` finds its configuration file and how it reads one: the folders
searched (up to the repository root or home, never ``/tmp``), the ``[tool.quotecheck]`` table
of a ``pyproject.toml``, which files are trusted to load plugins, and the line a key is set on.

Split from :mod:`quotecheck.config`, which validates the table and merges command-line
overrides: finding and reading files is a responsibility of its own.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Optional

from quotecheck.errors import ConfigError


CONFIG_NAMES = ("quotecheck.toml", "pyproject.toml")


def _read_toml(path: Path) -> dict:
    from quotecheck.resources.ruledata import parse_toml

    return parse_toml(path)


_OUR_TABLE = re.compile(r"^\s*\[+\s*[\"']?tool[\"']?\s*\.\s*[\"']?quotecheck\b|"
                        r"^\s*tool\s*\.\s*quotecheck\b", re.M)


def table_of(path: Path, notes: Optional[list] = None) -> Optional[dict]:
    """The quotecheck table of a config file, or None when a pyproject has none.

    A ``pyproject.toml`` that does not parse is an error only when it mentions
    ``tool.quotecheck``; otherwise it belongs to someone else and, given ``notes``, only
    earns a notice there (it must not block a run).
    """
    try:
        data = _read_toml(path)
    except ConfigError as exc:
        if path.name != "pyproject.toml" or notes is None or _mentions_us(path):
            raise
        notes.append(f"{exc} (no [tool.quotecheck] seen: ignored)")
        return None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("quotecheck") if isinstance(tool, dict) else None
        if table is None:
            return None
    else:
        tool = data.get("tool")
        if not (isinstance(tool, dict) and "quotecheck" in tool):
            return data
        table = tool["quotecheck"]
    if not isinstance(table, dict):
        raise ConfigError("[tool.quotecheck] must be a table", path=str(path),
                          line=line_of(path, "quotecheck"))
    return table


def _mentions_us(path: Path) -> bool:
    """Whether a file's text has a ``[tool.quotecheck...]`` header or key (read leniently)."""
    try:
        with open(path, "rb") as fh:
            text = fh.read(10 * 1024 * 1024).decode("utf-8", errors="replace")
    except OSError:
        return False
    return bool(_OUR_TABLE.search(text))


def real_path(path: "Path | str") -> Path:
    """``path`` with links resolved; never raises (a link loop stays as written)."""
    return Path(os.path.realpath(path))


def _marks_top(folder: Path) -> bool:
    """Whether the configuration search stops at ``folder``: it holds ``.git`` or is the
    user's home folder."""
    home = os.environ.get("HOME")
    if home and real_path(home) == folder and folder != Path(folder.anchor):
        return True
    return os.path.exists(folder / ".git")


def search_folders(start: Path) -> list:
    """Folders searched for configuration, nearest first.

    From ``start`` (or its folder) upwards, up to and including the first folder that holds
    ``.git`` (the repository root) or is the home folder; when neither lies above, up to the
    working folder if ``start`` is inside it, else ``start``'s folder alone. A
    ``quotecheck.toml`` in ``/tmp`` or above a cloned repository is never read.
    """
    start = real_path(start)
    folder = start if start.is_dir() else start.parent
    chain = [folder, *folder.parents]
    for i, d in enumerate(chain):
        if _marks_top(d):
            return chain[:i + 1]
    cwd = real_path(os.getcwd())
    if cwd in chain and cwd != Path(cwd.anchor):
        return chain[:chain.index(cwd) + 1]
    return chain[:1]


def find_config(start: Path, notes: Optional[list] = None) -> Optional[Path]:
    """The nearest ``quotecheck.toml`` or ``pyproject.toml`` with ``[tool.quotecheck]`` in
    the folders :func:`search_folders` gives for ``start``.

    An unrelated ``pyproject.toml`` that does not parse is skipped (a notice in ``notes``).
    """
    for d in search_folders(start):
        for name in CONFIG_NAMES:
            candidate = d / name
            if os.path.isfile(candidate):
                if name == "quotecheck.toml" or table_of(candidate, notes) is not None:
                    return candidate
    return None


def project_roots() -> list:
    """Folders whose configuration may load plugins: the working folder and the repository
    that holds it (the nearest folder at or above it with ``.git``)."""
    cwd = real_path(os.getcwd())
    roots = [cwd]
    for d in (cwd, *cwd.parents):
        if os.path.exists(d / ".git"):
            roots.append(d)
            break
    return roots


def trusted(path: Path) -> bool:
    """Whether a configuration file lies inside the project (see :func:`project_roots`),
    so that its ``plugins-dir`` may run code."""
    real = real_path(path).parent
    return any(real == r or r in real.parents for r in project_roots())


def line_of(path: Path, key: str) -> Optional[int]:
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
