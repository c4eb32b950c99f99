"""Rules as data: the Rule value type, the RuleSet a run uses, and loading TOML rule files.

A rule file holds one rule (its keys at top level) or a family (an array of ``[[rule]]``
tables; top-level keys other than ``rule`` are defaults every rule of the file inherits).
Files under a ``data/`` folder are word lists and thresholds, not rules, and are skipped.
Each broken file or rule is reported as a ConfigError naming file, line and key; the others
still load.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Mapping, Optional, Sequence

from .errors import ConfigError
from .model import SEVERITIES, SEVERITY_RANK

SCOPES = ("quote", "attribution", "narration", "headline", "document", "story")
BUILTIN_CODE = re.compile(r"^QC[0-9]{1,4}$")
PLUGIN_CODE = re.compile(r"^([A-Z]{1,4})[0-9]{1,4}$")
NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")

# key -> (python type, required)
COMMON_KEYS: dict[str, tuple[type, bool]] = {
    "code": (str, True),
    "name": (str, True),
    "type": (str, True),
    "severity": (str, True),
    "scope": (str, True),
    "message": (str, True),
    "what": (str, True),
    "why": (str, True),
    "examples": (list, False),
    "category": (str, False),
    "kinds": (list, False),
    "max-severity": (str, False),
    "source": (str, False),
    "licence": (str, False),
}
EXAMPLE_KEYS: dict[str, type] = {"valid": str, "invalid": str, "sources": list, "note": str,
                                 "format": str}


@dataclass(frozen=True, eq=False)
class Rule:
    """One rule: a code and name, what it reports and why, and its type's options.

    ``category`` is the detection category the rule takes (and, for most types, the finding
    category it reports); ``kinds`` narrows it further by ``Detection.args["kind"]``.
    """

    code: str
    name: str
    type: str
    severity: str
    scope: str
    message: str
    what: str
    why: str
    examples: tuple = ()
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    source: Optional[str] = None
    licence: Optional[str] = None
    path: Optional[str] = None
    line: Optional[int] = None
    category: Optional[str] = None
    kinds: tuple = ()
    max_severity: Optional[str] = None

    def __repr__(self) -> str:
        return f"Rule({self.code} {self.name})"


def _split(selectors: Any) -> list[str]:
    if not selectors:
        return []
    if isinstance(selectors, str):
        selectors = selectors.split(",")
    return [s.strip() for s in selectors if s and str(s).strip()]


class RuleSet:
    """The rules of a run, their compiled options, and which ones select/ignore enable."""

    def __init__(self, rules: Iterable[Rule] = (), compiled: Optional[dict] = None,
                 types: Optional[Mapping[str, Any]] = None, select: Any = None,
                 ignore: Any = None):
        self._rules = sorted(rules, key=lambda r: _code_key(r.code))
        self._compiled = dict(compiled or {})
        self.types = dict(types or {})
        self.select = _split(select)
        self.ignore = _split(ignore)
        self._by_key: dict[str, Rule] = {}
        for r in self._rules:
            self._by_key[r.code.upper()] = r
            self._by_key[r.name.lower()] = r
        self._enabled = {r.code for r in self._rules if self._selected(r)}

    # -- selection --------------------------------------------------------------------------
    @staticmethod
    def _matches(rule: Rule, selector: str) -> bool:
        s = selector.strip()
        if s.upper() == "ALL":
            return True
        if s.lower() == rule.name:
            return True
        return rule.code.startswith(s.upper()) and bool(re.match(r"^[A-Za-z]+[0-9]*$", s))

    def _selected(self, rule: Rule) -> bool:
        if self.select and not any(self._matches(rule, s) for s in self.select):
            return False
        return not any(self._matches(rule, s) for s in self.ignore)

    def with_selection(self, select: Any = None, ignore: Any = None) -> "RuleSet":
        """The same rules with another select/ignore (codes, code prefixes, names or ALL)."""
        return RuleSet(self._rules, self._compiled, self.types, select, ignore)

    def unknown_selectors(self, selectors: Any) -> list[str]:
        """Selectors that match no loaded rule (to warn about, not to fail on)."""
        return [s for s in _split(selectors)
                if not any(self._matches(r, s) for r in self._rules)]

    # -- access -----------------------------------------------------------------------------
    def all(self) -> list[Rule]:
        """Every loaded rule, ordered by code."""
        return list(self._rules)

    def get(self, code_or_name: str) -> Optional[Rule]:
        """The rule with this code or name (case-insensitive), or None."""
        key = str(code_or_name).strip()
        return self._by_key.get(key.upper()) or self._by_key.get(key.lower())

    def enabled(self) -> list[Rule]:
        """Rules that select and ignore leave on, ordered by code."""
        return [r for r in self._rules if r.code in self._enabled]

    def is_enabled(self, rule_or_key: Any) -> bool:
        rule = rule_or_key if isinstance(rule_or_key, Rule) else self.get(rule_or_key)
        return rule is not None and rule.code in self._enabled

    def by_type(self, type_name: str) -> list[Rule]:
        """Every rule (enabled or not) of one rule type."""
        return [r for r in self._rules if r.type == type_name]

    def compiled(self, rule: Rule) -> Any:
        """What the rule's type precompiled for it at load time (None if nothing)."""
        return self._compiled.get(rule.code)

    def rule_type(self, name: str) -> Any:
        return self.types.get(name)

    def match(self, rule_type: str, category: Optional[str], kind: Optional[str] = None
              ) -> Optional[Rule]:
        """The rule that takes a detection of ``rule_type``/``category`` (enabled or not).

        Rules whose ``category`` equals the detection's are preferred; among them (or among
        all rules of the type when none has that category) one whose ``kinds`` lists
        ``kind`` (or the category itself) wins, then one without ``kinds``, then the least
        severe of them. With no category match, the only rule of the type takes it;
        otherwise nothing does.
        """
        candidates = self.by_type(rule_type)
        if not candidates:
            return None
        same = [r for r in candidates if r.category == category]
        pool = same or candidates
        for key in (kind, category):
            if key:
                hit = [r for r in pool if key in r.kinds]
                if hit:
                    return hit[0]
        if same:
            generic = [r for r in same if not r.kinds]
            return generic[0] if generic else min(same, key=lambda r: SEVERITY_RANK[r.severity])
        if len(candidates) == 1:
            return candidates[0]
        generic = [r for r in candidates if r.category is None and not r.kinds]
        return generic[0] if len(generic) == 1 else None

    def __iter__(self):
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)


def _code_key(code: str) -> tuple:
    m = re.match(r"^([A-Z]*)([0-9]*)$", code)
    if not m:
        return (code, 0)
    return (m.group(1) != "QC", m.group(1), int(m.group(2) or 0))


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
    """Raise ValueError if a message template is not a valid ``str.format`` template."""
    for _, field_name, spec, _conv in string.Formatter().parse(message):
        if field_name is not None and not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", field_name):
            raise ValueError(f"message field {{{field_name}}} must be a plain name")


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


def _is_builtin(path: Path, roots: Sequence[Path]) -> bool:
    rp = path.resolve()
    return any(rp.is_relative_to(r) for r in roots)


def load_rules(paths: Iterable[Any], rule_types: Any,
               builtin_roots: Optional[Sequence[Any]] = None
               ) -> tuple[RuleSet, list[ConfigError]]:
    """Load every rule file under ``paths``; return the RuleSet and the errors met.

    ``rule_types`` maps type names to RuleType instances (or is an iterable of them). Files
    under ``builtin_roots`` (default: the shipped ``rules/`` folder) must use QC codes; all
    others must use their own prefix. One broken file or rule never stops the others.
    """
    from .ruledata import parse_toml, rules_root

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
        if f.resolve() in seen_files:
            continue
        seen_files.add(f.resolve())
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
        builtin = _is_builtin(f, roots)
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
            seen_code[rule.code] = rule
            seen_name[rule.name] = rule
            rules.append(rule)
            if result is not None:
                compiled[rule.code] = result
    return RuleSet(rules, compiled, rule_types), errors
