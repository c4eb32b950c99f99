"""Front matter at the very start of a file: TOML (``+++``), YAML (``---``) or JSON (``{``).

The block is a region of the file outside the body: the loader starts the readable view
after it, so every span stays an offset into the original text. ``+++`` TOML is this
project's own format and is strict (an unknown key is an error). YAML and JSON front matter
come from newsroom tools (Jekyll, Hugo, CMS exports) with keys of their own (title, tags,
layout...): those are ignored; ``date`` stands for ``published`` and ``lang`` for
``language``; a known key with a bad value is an error naming the file line.
"""
from __future__ import annotations

import json
import re
from typing import Any

from quotecheck.errors import ConfigError
from quotecheck.load.metadata import FIELDS, split_front_matter, validate_fields

_YAML_OPEN = re.compile(r"---[ \t]*\r?\n")
_YAML_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M)
_KEY_LINE = re.compile(r"^[ \t]*[\"']?[\w-]+[\"']?[ \t]*:", re.M)
_ALIASES = {"date": "published", "lang": "language"}
MAX_BLOCK = 64 * 1024   # front matter larger than this is not front matter


def read_front_matter(text: str, path: str) -> tuple[dict, int]:
    """Metadata fields of a leading front matter block and the offset where the body starts
    (``({}, 0)`` without one). Raises ConfigError naming the file line for a broken block."""
    if text.startswith("+++"):
        return split_front_matter(text, path)
    if text.startswith("---"):
        return _yaml_block(text, path)
    if text.startswith("{"):
        return _json_block(text, path)
    return {}, 0


def _fields(data: dict, path: str, block: str, first_line: int, where: str) -> dict:
    """Known fields of a newsroom's table (aliases applied, other keys ignored), checked;
    an error names the line of the key as written."""
    picked: dict = {}
    written: dict = {}
    for key, value in data.items():
        name = _ALIASES.get(str(key), str(key))
        if name in FIELDS and name not in picked and value is not None:
            picked[name], written[name] = value, str(key)
    try:
        return validate_fields(picked, path, "", first_line, where)
    except ConfigError as exc:
        key = written.get(getattr(exc, "key", None) or "", "")
        m = re.search(r'^[ \t]*["\']?%s["\']?[ \t]*:' % re.escape(key), block, re.M) \
            if key else None
        if m is None:
            raise
        line = first_line + block.count("\n", 0, m.start())
        raise ConfigError(exc.message, path=path,
                          line=line, key=key) from None


def _yaml_block(text: str, path: str) -> tuple[dict, int]:
    opening = _YAML_OPEN.match(text)
    if opening is None:
        return {}, 0
    closing = _YAML_CLOSE.search(text, opening.end(), opening.end() + MAX_BLOCK)
    if closing is None:
        return {}, 0   # a thematic break that opens the text, not front matter
    block = text[opening.end():closing.start()]
    if not _KEY_LINE.search(block):
        return {}, 0   # two rules around prose
    data = _parse_yaml(block, path)
    if not isinstance(data, dict):
        raise ConfigError("YAML front matter must be a mapping of keys to values", path=path,
                          line=2)
    return _fields(data, path, block, 2, "front matter"), closing.end()


def _parse_yaml(block: str, path: str) -> Any:
    """The YAML block, safely: plain data only, no aliases (a YAML bomb is an error)."""
    try:
        import yaml
    except ImportError:  # pragma: no cover - PyYAML is a dependency
        raise ConfigError("YAML front matter needs PyYAML (pip install pyyaml)", path=path,
                          line=1) from None

    class _Loader(yaml.SafeLoader):
        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise yaml.MarkedYAMLError(None, None, "aliases are not allowed here",
                                           event.start_mark)
            return super().compose_node(parent, index)

    try:
        return yaml.load(block, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = 2 + mark.line if mark is not None else 2
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"invalid YAML front matter: {problem}", path=path,
                          line=line) from None
    except RecursionError:
        raise ConfigError("YAML front matter nested too deep", path=path, line=2) from None


def _json_block(text: str, path: str) -> tuple[dict, int]:
    """A JSON object that opens the file and ends its line (Hugo's JSON front matter)."""
    try:
        data, end = json.JSONDecoder().raw_decode(text[:MAX_BLOCK])
    except (ValueError, RecursionError):
        return {}, 0   # text that happens to start with a brace
    rest = re.compile(r"[ \t]*(?:\r?\n|\Z)").match(text, end)
    if not isinstance(data, dict) or rest is None:
        return {}, 0
    block = text[:end]
    return _fields(data, path, block, 1, "front matter"), rest.end()
