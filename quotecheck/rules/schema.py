"""Loading and validating TOML rule files into a RuleSet.

A rule file holds one rule (its keys at top level) or a family (an array of ``[[rule]]``
tables; top-level keys other than ``rule`` are defaults every rule of the file inherits).
Files under a ``data/`` folder are word lists and thresholds, not rules, and are skipped.
Each broken file or rule is reported as a ConfigError naming file, line and key; the others
still load.
"""
from __future__ import annotations

import re
import string
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Mapping, Optional, Sequence

from quotecheck.errors import ConfigError
from quotecheck.model import SEVERITIES
from quotecheck.rules.ruleset import (BUILTIN_CODE, COMMON_KEYS, EXAMPLE_KEYS, NAME, PLUGIN_CODE,
                                      SCOPES, Rule, RuleSet)


# -- locating keys in the raw file ---------------------------------------------------------
class _Locator:
    """Finds the line of a key in a rule file (TOML parsers do not keep positions)."""

    def __init__(self, raw: str):
        self.lines = raw.splitlines()
        self.headers = [i for i, ln in enumerate(self.lines)
                        if re.match(r"^\s*\[\[\s*rule\s*\]\]", ln)]

    def block(self, index: Optional[int]) -> tuple[int, int]:
        if index is None or not self.headers:
            return 0, len(self.lines)
        start = self.headers[index]
        end = self.headers[index + 1] if index + 1 < len(self.headers) else len(self.lines)
        return start, end

    def line(self, index: Optional[int], key: Optional[str] = None) -> int:
        start, end = self.block(index)
        if key:
            pat = re.compile(r"^\s*(\[\[\s*(rule\.)?%s\s*\]\]|\"?%s\"?\s*=)"
                             % (re.escape(key), re.escape(key)))
            ranges = [(start, end)] + ([(0, self.headers[0])] if self.headers else [])
            for s, e in ranges:
                for i in range(s, e):
                    if pat.match(self.lines[i]):
                        return i + 1
        return start + 1


# -- validation ----------------------------------------------------------------------------
def _type_name(tp: Any) -> str:
    return getattr(tp, "__name__", None) or str(tp)


def check_value(value: Any, tp: Any) -> bool:
    """Whether a TOML value fits a declared option type (``float`` takes ints; ``list[str]``)."""
    origin = getattr(tp, "__origin__", None)
    if origin is not None:
        if not isinstance(value, origin):
            return False
        args = getattr(tp, "__args__", ())
        if origin is list and args:
            return all(check_value(v, args[0]) for v in value)
        if origin is dict and len(args) == 2:
            return all(check_value(k, args[0]) and check_value(v, args[1])
                       for k, v in value.items())
        return True
    if tp is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if tp is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, tp)


def check_template(message: str) -> None:
    """Raise ValueError if a message template is not a valid ``str.format`` template, or
    a field's width or precision exceeds ``MAX_FIELD_WIDTH`` (``{word:>999999999}`` would
    build a gigabyte per finding) or is itself a field (it could not be bounded here)."""
    from quotecheck.rules.engine import MAX_FIELD_WIDTH, spec_numbers

    for _, field_name, spec, _conv in string.Formatter().parse(message):
        if field_name is not None and not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", field_name):
            raise ValueError(f"message field {{{field_name}}} must be a plain name")
        if spec and ("{" in spec or "}" in spec):
            raise ValueError(f"message field {{{field_name}}}: a nested field in a format spec")
        if spec and max(spec_numbers(spec), default=0) > MAX_FIELD_WIDTH:
            raise ValueError(f"message field {{{field_name}:{spec}}}: width and precision "
                             f"are at most {MAX_FIELD_WIDTH}")


class _Invalid(Exception):
    def __init__(self, message: str, key: Optional[str] = None):
        super().__init__(message)
        self.message = message
        self.key = key


def _check_examples(examples: list) -> tuple:
    out = []
    for i, ex in enumerate(examples):
        if not isinstance(ex, dict):
            raise _Invalid("each example must be a table with valid/invalid text", "examples")
        for key, value in ex.items():
            tp = EXAMPLE_KEYS.get(key)
            if tp is None:
                raise _Invalid(f"unknown key {key!r} in example {i + 1} "
                               f"(allowed: {', '.join(EXAMPLE_KEYS)})", "examples")
            if not check_value(value, tp) or (key == "sources" and
                                               not all(isinstance(s, str) for s in value)):
                raise _Invalid(f"example {i + 1}: {key} must be "
                               f"{'a list of texts' if tp is list else 'a text'}", "examples")
        if ex.get("format", "text") not in ("text", "markdown", "html"):
            raise _Invalid(f"example {i + 1}: format is one of text, markdown, html",
                           "examples")
        if "valid" not in ex and "invalid" not in ex:
            raise _Invalid(f"example {i + 1} has neither valid nor invalid text", "examples")
        out.append(dict(ex))
    return tuple(out)


def _build_rule(data: dict, rule_types: Mapping[str, Any], builtin: bool, path: str,
                line: int) -> Rule:
    for key, (tp, required) in COMMON_KEYS.items():
        if key not in data:
            if required:
                raise _Invalid("missing required key", key)
            continue
        if not check_value(data[key], tp):
            raise _Invalid(f"must be {'a list' if tp is list else 'a ' + _type_name(tp)}", key)
    code, name = data["code"], data["name"]
    if builtin and not BUILTIN_CODE.match(code):
        raise _Invalid(f"{code!r}: shipped rule codes are QC followed by 1-4 digits", "code")
    if not builtin:
        m = PLUGIN_CODE.match(code)
        if not m:
            raise _Invalid(f"{code!r}: codes are 1-4 capital letters then 1-4 digits", "code")
        if m.group(1) == "QC":
            raise _Invalid(f"{code!r}: the QC prefix is reserved for shipped rules; "
                           "use your own prefix", "code")
    if not NAME.match(name):
        raise _Invalid(f"{name!r}: names are kebab-case (lower-case words joined by -)", "name")
    if data["severity"] not in SEVERITIES:
        raise _Invalid(f"{data['severity']!r}: one of {', '.join(SEVERITIES)}", "severity")
    if "max-severity" in data and data["max-severity"] not in SEVERITIES:
        raise _Invalid(f"{data['max-severity']!r}: one of {', '.join(SEVERITIES)}",
                       "max-severity")
    if data["scope"] not in SCOPES:
        raise _Invalid(f"{data['scope']!r}: one of {', '.join(SCOPES)}", "scope")
    for key in ("what", "why", "message"):
        if not data[key].strip():
            raise _Invalid("must not be empty", key)
    try:
        check_template(data["message"])
    except ValueError as exc:
        raise _Invalid(f"invalid template: {exc}", "message") from None
    if not all(isinstance(k, str) for k in data.get("kinds", ())):
        raise _Invalid("must be a list of texts", "kinds")
    rtype = rule_types.get(data["type"])
    if rtype is None:
        known = ", ".join(sorted(rule_types)) or "none registered"
        raise _Invalid(f"unknown rule type {data['type']!r} (known: {known})", "type")
    options = {k: v for k, v in data.items() if k not in COMMON_KEYS}
    rtype.validate_options(options)  # raises ConfigError with the key
    return Rule(
        code=code, name=name, type=data["type"], severity=data["severity"],
        scope=data["scope"], message=data["message"], what=data["what"].strip(),
        why=data["why"].strip(), examples=_check_examples(data.get("examples", [])),
        options=MappingProxyType(options), source=data.get("source"),
        licence=data.get("licence"), path=path, line=line, category=data.get("category"),
        kinds=tuple(data.get("kinds", ())), max_severity=data.get("max-severity"),
    )


# -- loading -------------------------------------------------------------------------------
def rule_files(paths: Iterable[Any]) -> list[Path]:
    """TOML rule files named by ``paths`` (files, or folders searched recursively).

    Folders named ``data`` (word lists and thresholds) are skipped.
    """
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*.toml")):
                if "data" not in f.relative_to(p).parts[:-1]:
                    out.append(f)
        else:
            out.append(p)
    return out


def _is_builtin(path: Path, roots: Sequence[Path], resolved: Optional[Path] = None) -> bool:
    rp = resolved if resolved is not None else path.resolve()
    return any(rp.is_relative_to(r) for r in roots)


def load_rules(paths: Iterable[Any], rule_types: Any,
               builtin_roots: Optional[Sequence[Any]] = None
               ) -> tuple[RuleSet, list[ConfigError]]:
    """Load every rule file under ``paths``; return the RuleSet and the errors met.

    ``rule_types`` maps type names to RuleType instances (or is an iterable of them). Files
    under ``builtin_roots`` (default: the shipped ``rules/`` folder) must use QC codes; all
    others must use their own prefix. One broken file or rule never stops the others.
    """
    from quotecheck.resources.ruledata import parse_toml, rules_root

    if not isinstance(rule_types, Mapping):
        rule_types = {t.name: t for t in rule_types}
    roots = [Path(r).resolve() for r in (builtin_roots if builtin_roots is not None
                                          else [rules_root()])]
    errors: list[ConfigError] = []
    rules: list[Rule] = []
    compiled: dict = {}
    seen_code: dict[str, Rule] = {}
    seen_name: dict[str, Rule] = {}
    seen_files: set = set()
    for f in rule_files(paths):
        resolved = f.resolve()
        if resolved in seen_files:
            continue
        seen_files.add(resolved)
        try:
            data = parse_toml(f)
            raw = f.read_text(encoding="utf-8")
        except ConfigError as exc:
            if exc.line is None and "end of document" in exc.message:
                try:
                    exc.line = max(1, len(f.read_text(encoding="utf-8").splitlines()))
                except (OSError, UnicodeDecodeError):
                    pass
            errors.append(exc)
            continue
        except UnicodeDecodeError as exc:
            errors.append(ConfigError(f"not UTF-8 text: {exc.reason} at byte {exc.start}",
                                      str(f)))
            continue
        loc = _Locator(raw)
        if "rule" in data:
            entries = data["rule"]
            if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
                errors.append(ConfigError("must be an array of tables ([[rule]])", str(f),
                                          loc.line(None, "rule"), "rule"))
                continue
            defaults = {k: v for k, v in data.items() if k != "rule"}
            items = [(i, {**defaults, **e}) for i, e in enumerate(entries)]
        else:
            items = [(None, data)]
        builtin = _is_builtin(f, roots, resolved)
        for index, item in items:
            line = loc.line(index, "code" if index is None else None)
            try:
                rule = _build_rule(item, rule_types, builtin, str(f), line)
                if rule.code in seen_code:
                    other = seen_code[rule.code]
                    raise _Invalid(f"duplicate code {rule.code} (also {other.path}:"
                                   f"{other.line})", "code")
                if rule.name in seen_name:
                    other = seen_name[rule.name]
                    raise _Invalid(f"duplicate name {rule.name} (also {other.code} in "
                                   f"{other.path}:{other.line})", "name")
                result = rule_types[rule.type].compile(rule)
            except _Invalid as exc:
                errors.append(ConfigError(exc.message, str(f), loc.line(index, exc.key),
                                          exc.key))
                continue
            except ConfigError as exc:
                errors.append(ConfigError(exc.message, exc.path or str(f),
                                          exc.line or loc.line(index, exc.key), exc.key))
                continue
            except (Exception, SystemExit) as exc:  # a plugin's rule type that breaks
                errors.append(ConfigError(f"rule type {item.get('type')!r} failed on this "
                                          f"rule: {type(exc).__name__}: {exc}", str(f),
                                          loc.line(index, "type"), "type"))
                continue
            seen_code[rule.code] = rule
            seen_name[rule.name] = rule
            rules.append(rule)
            if result is not None:
                compiled[rule.code] = result
    return RuleSet(rules, compiled, rule_types), errors
