"""Where a document comes from: TOML front matter, a folder manifest, or the page chrome.

Front matter (a ``+++`` block at the very start of a file) beats the manifest
``quotecheck-corpus.toml``; without either, the outlet and date are inferred from chrome the
text prints about itself (patterns in ``rules/data/outlet-chrome.toml``).
"""
from __future__ import annotations

import datetime as _dt
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from quotecheck.errors import ConfigError
from quotecheck.model import Metadata
from quotecheck.resources.files import read_regular
from quotecheck.resources.ruledata import NESTED_TOO_DEEP, load_data, toml_module

MANIFEST_NAME = "quotecheck-corpus.toml"
FIELDS = ("outlet", "url", "published", "language", "affiliation", "section")
_FENCE = re.compile(r"\+\+\+[ \t]*(?:\r?\n|\Z)")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
                  r"(Z|[+-]\d{2}(?::?\d{2})?)?)?")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


# -- validation ------------------------------------------------------------------------
def iso_date(value: Any) -> Optional[str]:
    """``value`` as an ISO 8601 date or date-time string, or None if it is not one."""
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    m = _ISO.fullmatch(value.strip())
    if not m:
        return None
    y, mo, d, h, mi, s = (int(g) if g else 0 for g in m.groups()[:6])
    try:
        _dt.date(y, mo, d)
        _dt.time(h, mi, min(s, 59))
    except ValueError:
        return None
    return value.strip()


def published_instant(value: Optional[str]) -> Optional[_dt.datetime]:
    """The UTC instant of an ISO 8601 ``published`` value, None if it is not one.

    A date alone is its midnight; a date-time without an offset is taken as UTC, so naive
    values compare with each other as written and with zoned ones as if they were UTC.
    """
    return _instant(value) if isinstance(value, str) else None


@lru_cache(maxsize=4096)
def _instant(value: str) -> Optional[_dt.datetime]:
    """:func:`published_instant` of a string, kept: provenance asks for the dates of both
    documents of every candidate pair (~30 parses an article), and a datetime is immutable."""
    m = _ISO.fullmatch(value.strip())
    if m is None:
        return None
    y, mo, d, h, mi, s = (int(g) if g else 0 for g in m.groups()[:6])
    zone = m.group(7)
    offset = _dt.timedelta(0)
    if zone and zone != "Z":
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = sign * _dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
    try:
        local = _dt.datetime(y, mo, d, h, mi, min(s, 59), tzinfo=_dt.timezone.utc)
    except ValueError:
        return None
    return local - offset


def has_time(value: Optional[str]) -> bool:
    """Whether an ISO 8601 ``published`` value gives a time of day, not just a date."""
    m = _ISO.fullmatch(value.strip()) if isinstance(value, str) else None
    return bool(m and m.group(4))


def _key_line(toml_text: str, key: str, first_line: int) -> Optional[int]:
    """1-based file line where ``key`` is written in a TOML text starting at ``first_line``."""
    pattern = re.compile(r"^\s*(?:\[+\s*)?(?:[\w.-]+\.)?[\"']?" + re.escape(key)
                         + r"[\"']?\s*[=\].]", re.M)
    m = pattern.search(toml_text)
    if m is None:
        return None
    return first_line + toml_text.count("\n", 0, m.start())


def validate_fields(data: Any, path: str, toml_text: str, first_line: int,
                    where: str) -> dict:
    """Checked metadata fields from a parsed table; ConfigError names file, line and key."""
    if not isinstance(data, dict):
        raise ConfigError(f"{where} must be a table of {', '.join(FIELDS)}", path=path,
                          line=first_line)
    out = {}
    for key, value in data.items():
        def line(key=key):   # looked up only for an error: a search per key of every
            return _key_line(toml_text, key, first_line)   # entry was quadratic

        if key not in FIELDS:
            raise ConfigError(f"unknown {where} key (expected one of {', '.join(FIELDS)})",
                              path=path, line=line(), key=key)
        if key == "published":
            iso = iso_date(value)
            if iso is None:
                raise ConfigError(f"not an ISO 8601 date: {value!r}", path=path, line=line(),
                                  key=key)
            out[key] = iso
            continue
        if not isinstance(value, str) or not value.strip():
            raise ConfigError("must be a non-empty string", path=path, line=line(), key=key)
        if key == "language" and not _LANGUAGE.fullmatch(value.strip()):
            raise ConfigError(f"not a language tag such as en or en-GB: {value!r}", path=path,
                              line=line(), key=key)
        out[key] = value.strip()
    return out


def _parse_toml(text: str, path: str, first_line: int) -> dict:
    tomllib = toml_module()
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        line = first_line + int(m.group(1)) - 1 if m else first_line
        msg = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise ConfigError(f"invalid TOML: {msg}", path=path, line=line) from None
    except RecursionError:  # arrays or inline tables nested thousands deep
        raise ConfigError(NESTED_TOO_DEEP, path=path, line=first_line) from None


# -- front matter ----------------------------------------------------------------------
def split_front_matter(text: str, path: str) -> tuple[dict, int]:
    """Fields of a leading ``+++`` TOML block and the offset where the body starts.

    A text without front matter gives ``({}, 0)``. Raises ConfigError for an unclosed block,
    invalid TOML or an unknown key, naming the file line.
    """
    if not text.startswith("+++"):
        return {}, 0
    opening = _FENCE.match(text)
    if opening is None:
        return {}, 0
    closing = re.compile(r"^\+\+\+[ \t]*(?:\r?\n|\Z)", re.M).search(text, opening.end())
    if closing is None:
        raise ConfigError("front matter opened with +++ is never closed", path=path, line=1)
    block = text[opening.end():closing.start()]
    data = _parse_toml(block, path, 2)
    return validate_fields(data, path, block, 2, "front matter"), closing.end()


# -- manifest --------------------------------------------------------------------------
@dataclass
class Manifest:
    """A folder's ``quotecheck-corpus.toml``: defaults and per-file metadata."""

    path: Path
    defaults: dict = field(default_factory=dict)
    files: dict = field(default_factory=dict)  # resolved Path -> fields

    def fields_for(self, file: Path, real: Optional[Path] = None) -> dict:
        """Defaults, then the file's own fields (``real``: ``file`` resolved, if known)."""
        merged = dict(self.defaults)
        merged.update(self.files.get(real or Path(os.path.realpath(file)), {}))
        return merged


def read_manifest(path: Path) -> Manifest:
    """Parse and check a manifest; ConfigError names the manifest, line and key."""
    spath = str(path)
    data = read_regular(path, error=ConfigError)
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x})", path=spath,
                          line=data.count(b"\n", 0, exc.start) + 1) from None
    data = _parse_toml(raw, spath, 1)
    manifest = Manifest(path)
    for key in data:
        if key not in ("defaults", "files"):
            raise ConfigError("unknown manifest key (expected [defaults] and [files.\"NAME\"])",
                              path=spath, line=_key_line(raw, key, 1), key=key)
    manifest.defaults = validate_fields(data.get("defaults", {}), spath, raw, 1, "manifest")
    files = data.get("files", {})
    if not isinstance(files, dict):
        raise ConfigError("files must be a table of tables", path=spath,
                          line=_key_line(raw, "files", 1), key="files")
    base = path.parent
    for name, entry in files.items():
        target = (base / name)
        if not os.path.isfile(target):
            raise ConfigError("manifest names a file that does not exist", path=spath,
                              line=_key_line(raw, name, 1), key=name)
        fields = validate_fields(entry, spath, raw, 1, "manifest")
        manifest.files[Path(os.path.realpath(target))] = fields
    return manifest


# -- inference from chrome -------------------------------------------------------------
@dataclass(frozen=True)
class _ChromeRules:
    patterns: tuple  # (compiled, outlet or None, where, weight, known_only)
    published: tuple  # (compiled, where)
    aliases: dict
    not_outlets: frozenset
    min_score: int
    start_chars: int
    end_chars: int
    meta_keys: tuple
    meta_weight: int
    published_meta: tuple


def _compile(entry: dict, table: str, index: int) -> "re.Pattern":
    """A chrome pattern checked by regexsafe; ConfigError naming the entry otherwise. Behind
    its literal prefilter (``regexprefilter.guard``: the same matches): a pattern opening
    with ``^[^\\S\\n]*`` under re.M ("Support the Guardian", "VOA News") was tried at every
    position of every text (120 real texts: ``infer_outlet`` 29-40 -> 15 ms)."""
    from quotecheck.resources.regexprefilter import guard
    from quotecheck.resources.regexruns import LineLed, run_scoped
    from quotecheck.resources.regexsafe import UnsafePattern, compile_safe

    try:
        regex = compile_safe(str(entry["regex"]), re.M)
        led = run_scoped(regex)   # a pattern opening with ``^``: tried at line starts only
        return led if isinstance(led, LineLed) else guard(regex)
    except (KeyError, re.error, UnsafePattern) as exc:
        what = "missing regex" if isinstance(exc, KeyError) else str(exc)
        raise ConfigError(what, path="rules/data/outlet-chrome.toml",
                          key=f"{table}[{index}] ({entry.get('what', '?')})") from None


@lru_cache(maxsize=1)
def _chrome_rules() -> _ChromeRules:
    data = load_data("outlet-chrome")
    pats = tuple((_compile(p, "pattern", i), p.get("outlet"), p.get("where", "any"),
                  int(p.get("weight", 1)), bool(p.get("known_only", False)))
                 for i, p in enumerate(data.get("pattern", ())))
    pubs = tuple((_compile(p, "published", i), p.get("where", "any"))
                 for i, p in enumerate(data.get("published", ())))
    return _ChromeRules(
        pats, pubs, {str(k).lower(): v for k, v in data.get("aliases", {}).items()},
        frozenset(s.lower() for s in data.get("not_outlets", ())), int(data.get("min_score", 2)),
        int(data.get("start_chars", 1500)), int(data.get("end_chars", 2500)),
        tuple(k.lower() for k in data.get("meta_keys", ())), int(data.get("meta_weight", 3)),
        tuple(k.lower() for k in data.get("published_meta", {}).get("keys", ())))


def canonical_outlet(name: str) -> Optional[str]:
    """The reported name of an outlet as written in chrome, or None if it is no outlet."""
    rules = _chrome_rules()
    cleaned = " ".join(name.replace("’", "'").split()).strip(" .,;:-")
    if not cleaned or cleaned.lower() in rules.not_outlets:
        return None
    return rules.aliases.get(cleaned.lower(), cleaned)


def _regions(text: str, where: str, rules: _ChromeRules, title: str) -> tuple:
    """The parts of the text a pattern may match in."""
    if where == "title":
        return (title,)
    head = text[:rules.start_chars]
    tail = text[max(rules.start_chars, len(text) - rules.end_chars):]
    if where == "start":
        return (head,)
    if where == "end":
        return (text[max(0, len(text) - rules.end_chars):],)
    if where == "edges":
        return (head, tail)
    return (text,)


def _linked_data(meta: Optional[dict], key: str) -> Optional[str]:
    """A schema.org value (publisher name, datePublished) from a page's JSON-LD blocks."""
    for raw in (meta or {}).get("ld+json", ()):
        if len(raw) > 200_000:
            continue
        import json
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        stack, seen = [data], 0
        while stack and seen < 500:
            node = stack.pop(0)
            seen += 1
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                value = node.get(key)
                if isinstance(value, list) and value:
                    value = value[0]
                if isinstance(value, dict):
                    value = value.get("name")
                if isinstance(value, str) and value.strip():
                    return value.strip()
                stack.extend(v for v in node.values() if isinstance(v, (list, dict)))
    return None


def infer_outlet(text: str, title: str = "", meta: Optional[dict] = None) -> Optional[str]:
    """The outlet a readable text names in its own chrome, or None when unsure."""
    rules = _chrome_rules()
    scores: dict = {}
    known = set(rules.aliases.values())
    for pattern, fixed, where, weight, known_only in rules.patterns:
        for region in _regions(text, where, rules, title):
            m = pattern.search(region) if region else None
            if m is None:
                continue
            name = canonical_outlet(fixed or m.groupdict().get("outlet") or "")
            if name and (name in known or not known_only):
                scores[name] = scores.get(name, 0) + weight
            break
    for key in rules.meta_keys:
        value = (meta or {}).get(key)
        if isinstance(value, str) and value:
            name = canonical_outlet(value.lstrip("@"))
            if name:
                scores[name] = scores.get(name, 0) + rules.meta_weight
            break
    publisher = _linked_data(meta, "publisher")
    if publisher:
        name = canonical_outlet(publisher)
        if name:
            scores[name] = scores.get(name, 0) + rules.meta_weight
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, score = ranked[0]
    if score < rules.min_score or (len(ranked) > 1 and ranked[1][1] == score):
        return None
    return best


def infer_published(text: str, meta: Optional[dict] = None) -> Optional[str]:
    """An ISO 8601 publication date printed in the chrome or an HTML meta tag."""
    rules = _chrome_rules()
    for key in rules.published_meta:
        iso = iso_date((meta or {}).get(key, ""))
        if iso:
            return iso
    iso = iso_date(_linked_data(meta, "datePublished") or "")
    if iso:
        return iso
    for pattern, where in rules.published:
        for region in _regions(text, where, rules, ""):
            m = pattern.search(region)
            iso = iso_date(m.group("date")) if m else None
            if iso:
                return iso
    return None


def resolve_metadata(front: dict, manifest: dict, text: str, title: str = "",
                     meta: Optional[dict] = None) -> Metadata:
    """Merge front matter over manifest, and fill outlet and date from chrome if still empty."""
    fields = dict(manifest)
    fields.update(front)
    source = None
    if "outlet" in front:
        source = "front-matter"
    elif "outlet" in manifest:
        source = "manifest"
    else:
        outlet = infer_outlet(text, title, meta)
        if outlet:
            fields["outlet"] = outlet
            source = "chrome"
    if "published" not in fields:
        published = infer_published(text, meta)
        if published:
            fields["published"] = published
    return Metadata(outlet_source=source, **fields)
