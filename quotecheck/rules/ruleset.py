"""Rules as data: the Rule value type and the RuleSet a run uses (selection, matching).

Loading and validating TOML rule files into a RuleSet is :func:`quotecheck.rules.schema.load_rules`.
Schema and file layout: ``docs/rules.md``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Iterable, Mapping, Optional

from quotecheck.model import SEVERITY_RANK

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
        selectors = [selectors]
    return [s.strip() for item in selectors if item for s in str(item).split(",") if s.strip()]


class RuleSet:
    """The rules of a run, their compiled options, and which ones select/ignore enable.

    ``severities`` (the configuration's ``severity`` table: code or name -> severity) replace
    rules' own severities for this run; ``settings`` carry run-wide choices the checks read
    (``framing-weak-classes``)."""

    def __init__(self, rules: Iterable[Rule] = (), compiled: Optional[dict] = None,
                 types: Optional[Mapping[str, Any]] = None, select: Any = None,
                 ignore: Any = None, severities: Optional[Mapping[str, str]] = None,
                 settings: Optional[Mapping[str, Any]] = None):
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
        self.severities = dict(severities or {})
        self.settings = dict(settings or {})
        self._severity = {r.code: s for k, s in self.severities.items()
                          for r in [self.get(k)] if r is not None}

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
        return RuleSet(self._rules, self._compiled, self.types, select, ignore,
                       self.severities, self.settings)

    def with_severities(self, severities: Any = None, **settings: Any) -> "RuleSet":
        """The same rules and selection, with per-rule severities and run settings on top
        of this set's (``framing_weak_classes="warning"`` is ``framing-weak-classes``)."""
        return RuleSet(self._rules, self._compiled, self.types, self.select, self.ignore,
                       {**self.severities, **(severities or {})},
                       {**self.settings, **{k.replace("_", "-"): v
                                            for k, v in settings.items() if v is not None}})

    def severity_of(self, rule: Rule) -> str:
        """The rule's severity in this run: the configuration's ``severity`` for its code or
        name, else the rule file's (``max-severity`` still caps what a finding reports)."""
        return self._severity.get(rule.code, rule.severity)

    def setting(self, name: str, default: Any = None) -> Any:
        """A run setting such as ``framing-weak-classes`` (``default`` when not set)."""
        return self.settings.get(name, default)

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
