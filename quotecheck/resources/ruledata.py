"""Word lists and thresholds that analyses read: TOML files under ``rules/data/``.

Rules are data: negators, scalar expressions, boilerplate patterns, outlet tables and
alignment thresholds live in TOML next to the rule packs, not in code. Files are parsed once
per process.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from quotecheck.errors import ConfigError


def toml_module():
    """``tomllib`` (``tomli`` before Python 3.11), imported when first needed."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    return tomllib


def rules_root() -> Path:
    """Folder of the shipped rule packs (the ``rules/`` folder, installed as quotecheck_rules)."""
    import quotecheck_rules

    return Path(quotecheck_rules.__file__).resolve().parent


NESTED_TOO_DEEP = "invalid TOML: arrays or tables nested too deep"
# set by quotecheck.resources.warmstart.WarmStart: parsed files kept across processes
_toml_memo = None


def set_toml_memo(memo) -> None:
    """Route :func:`parse_toml` through ``memo(bytes, parse)`` (None: parse every time)."""
    global _toml_memo
    _toml_memo = memo


def parse_toml(path: Path) -> dict:
    """Parse a TOML file, turning syntax errors into a ConfigError naming file and line."""
    from quotecheck.resources.files import read_regular

    data = read_regular(path, error=ConfigError)  # no FIFO, device or huge file
    if _toml_memo is not None:  # a warm start has parsed these bytes before
        return _toml_memo(data, lambda: _parse_bytes(data, path))
    return _parse_bytes(data, path)


def _parse_bytes(data: bytes, path: Path) -> dict:
    tomllib = toml_module()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:  # a config or rule file saved in another encoding
        raise ConfigError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x})", path=str(path),
                          line=data.count(b"\n", 0, exc.start) + 1) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        if line is None:
            import re

            m = re.search(r"line (\d+)", str(exc))
            line = int(m.group(1)) if m else None
        raise ConfigError(f"invalid TOML: {exc}", path=str(path), line=line) from None
    except RecursionError:  # arrays or inline tables nested thousands deep
        raise ConfigError(NESTED_TOO_DEEP, path=str(path)) from None


@lru_cache(maxsize=None)
def load_data(name: str) -> dict:
    """The parsed ``rules/data/<name>.toml``."""
    return parse_toml(rules_root() / "data" / f"{name}.toml")


def word_set(name: str, key: str) -> frozenset:
    """A list from a data file as a set of lower-case entries."""
    return frozenset(str(w).lower() for w in load_data(name).get(key, ()))


@lru_cache(maxsize=1)
def number_words() -> dict:
    """Number word -> its figure ('six' -> '6', 'sixth' -> '6th'), from the meaning words: the
    one table the aligner's number forms and provenance's figure referents share."""
    return dict(load_data("meaning-words").get("number_words", {}))
