"""``quotecheck rules`` (table), ``rule CODE|NAME`` (what, why, examples) and ``plugins``.

Each prints text, or JSON with ``--format json``. Broken rule files and failing plugins are
reported one line each on stderr; the rest is still listed, and the exit status is 2.
"""
from __future__ import annotations

import json
import textwrap
from typing import Any

from quotecheck.commands import unknown_selectors
from quotecheck.errors import UsageError

FORMATS = ("text", "json")


def _format(app) -> str:
    fmt = app.option("format") or "text"
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} for {app.options.command} "
                         f"(available: {', '.join(FORMATS)})", key="--format")
    return fmt


def _write(app, text: str) -> None:
    if not text.endswith("\n"):
        text += "\n"
    output = app.option("output")
    if output:
        try:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            raise UsageError(f"cannot write: {exc.strerror or exc}", path=output) from None
    else:
        app.stdout.write(text)


def _load(app) -> tuple[Any, Any, int]:
    from quotecheck.plugins.manager import get_plugin_manager, load_ruleset

    pm = get_plugin_manager(app.options)
    ruleset, errors = load_ruleset(app.options, pm)
    for err in errors:
        print(f"quotecheck: error: {err}", file=app.stderr)
    plugin_failed = bool(pm.errors)  # e.g. a plugin whose rule paths are not paths
    pm.report_errors(app.warn)
    typo = unknown_selectors(app, ruleset)
    return pm, ruleset, (2 if errors or plugin_failed or typo else 0)


def rule_dict(rule, ruleset=None) -> dict:
    """A rule as plain data (for ``--format json``)."""
    out = {
        "code": rule.code, "name": rule.name, "type": rule.type, "severity": rule.severity,
        "scope": rule.scope, "category": rule.category, "message": rule.message,
        "what": rule.what, "why": rule.why, "examples": [dict(e) for e in rule.examples],
        "options": dict(rule.options), "source": rule.source, "licence": rule.licence,
        "path": rule.path, "line": rule.line,
    }
    if rule.kinds:
        out["kinds"] = list(rule.kinds)
    if ruleset is not None:
        out["enabled"] = ruleset.is_enabled(rule)
    return out


def _rules_table(app) -> int:
    fmt = _format(app)
    _, ruleset, status = _load(app)
    rules = ruleset.all()
    if fmt == "json":
        _write(app, json.dumps([rule_dict(r, ruleset) for r in rules], ensure_ascii=False,
                               indent=2))
        return status
    header = ("CODE", "NAME", "SEVERITY", "TYPE", "SCOPE", "")
    rows = [(r.code, r.name, r.severity, r.type, r.scope,
             "" if ruleset.is_enabled(r) else "(disabled)") for r in rules]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip()
             for row in [header, *rows]]
    lines.append(f"{len(rules)} rules, {len(ruleset.enabled())} enabled")
    _write(app, "\n".join(lines))
    return status


def _block(label: str, text: str, indent: str = "  ") -> list[str]:
    out = [f"{label}:"]
    for para in str(text).split("\n"):
        out.extend(textwrap.wrap(para, 88, initial_indent=indent, subsequent_indent=indent)
                   or [""])
    return out


def explain(rule) -> str:
    """The text ``quotecheck rule`` prints: what, why, message, options, examples."""
    lines = [f"{rule.code} {rule.name}",
             f"  type {rule.type}, severity {rule.severity}, scope {rule.scope}"
             + (f", category {rule.category}" if rule.category else ""), ""]
    lines += _block("What", rule.what) + [""] + _block("Why", rule.why) + [""]
    lines += ["Message:", f"  {rule.message}", ""]
    if rule.options or rule.kinds:
        lines.append("Options:")
        if rule.kinds:
            lines.append(f"  kinds = {list(rule.kinds)}")
        for key, value in rule.options.items():
            lines.append(f"  {key} = {json.dumps(value, ensure_ascii=False)[:200]}")
        lines.append("")
    for i, ex in enumerate(rule.examples, 1):
        lines.append(f"Example {i}:" + (f" {ex['note']}" if ex.get("note") else ""))
        for src in ex.get("sources", ()):
            lines += _block("  Source", src, "      ")
        if "invalid" in ex:
            lines += _block("  Invalid (reported)", ex["invalid"], "      ")
        if "valid" in ex:
            lines += _block("  Valid (not reported)", ex["valid"], "      ")
        lines.append("")
    if rule.source:
        lines += _block("Source", rule.source)
    if rule.licence:
        lines += _block("Licence", rule.licence)
    lines.append(f"Defined in {rule.path}:{rule.line}")
    return "\n".join(lines)


def _rule(app) -> int:
    fmt = _format(app)
    _, ruleset, status = _load(app)
    wanted = app.option("rule")
    rule = ruleset.get(wanted)
    if rule is None:
        raise UsageError(f"no rule with code or name {wanted!r} (see `quotecheck rules`)")
    if fmt == "json":
        _write(app, json.dumps(rule_dict(rule, ruleset), ensure_ascii=False, indent=2))
    else:
        _write(app, explain(rule))
    return status


def _plugins(app) -> int:
    fmt = _format(app)
    from quotecheck.plugins.manager import get_plugin_manager

    pm = get_plugin_manager(app.options)
    infos = [pm.infos[name] for name in sorted(pm.infos, key=lambda n: (
        pm.infos[n].origin != "builtin", n)) if pm.get_plugin(name) is not None]
    data = [{"name": i.name, "version": i.version, "origin": i.origin,
             "location": i.location, "hooks": pm.plugin_hooks(i.name)} for i in infos]
    status = 2 if pm.errors else 0
    pm.report_errors(app.warn)
    if fmt == "json":
        _write(app, json.dumps(data, indent=2))
        return status
    lines = []
    for d in data:
        lines.append(f"{d['name']} {d['version']} ({d['origin']}: {d['location']})")
        lines.append("  hooks: " + (", ".join(d["hooks"]) or "none"))
    lines.append(f"{len(data)} plugins")
    _write(app, "\n".join(lines))
    return status


def run(app) -> int:
    """Dispatch ``rules``, ``rule`` or ``plugins``."""
    command = app.options.command
    if command == "rule":
        return _rule(app)
    if command == "plugins":
        return _plugins(app)
    return _rules_table(app)
