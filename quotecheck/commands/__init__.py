"""Subcommands: each module runs one command (``quotes``, ``compare``, ``check``, ``rules``,
``show-config``) for the application object, through the stages' entry points.

Each exposes ``run(app) -> int``; :mod:`quotecheck.app` imports only the one asked for.
"""
from __future__ import annotations


def unknown_selectors(app, ruleset) -> bool:
    """One error line per ``--select``/``--ignore``/``--extend-*`` entry that matches no
    loaded rule (a typo would otherwise silently run nothing, or everything); True if any."""
    found = False
    for flag in ("select", "ignore", "extend_select", "extend_ignore"):
        for selector in ruleset.unknown_selectors(app.option(flag)):
            found = True
            print(f"quotecheck: error: --{flag.replace('_', '-')} {selector}: no rule has "
                  "this code, prefix or name", file=app.stderr)
    return found


def selector_errors(cfg, ruleset, options=None) -> list:
    """One line per code or name in the resolved select/ignore/per-file-ignores (and an
    ``--extend-select`` that had nothing to extend) that matches no loaded rule, naming
    where it was set (file:line or the option)."""
    out = [f"--extend-select {sel}: no rule has this code, prefix or name"
           for sel in ruleset.unknown_selectors(getattr(options, "extend_select", None))
           if cfg.select is None]
    for key, values in (("select", cfg.select or []), ("ignore", cfg.ignore),
                        ("per-file-ignores", [c for cs in cfg.per_file_ignores.values()
                                              for c in cs])):
        origin = cfg.origins.get(key, key)
        for sel in ruleset.unknown_selectors(values):
            where = f"{origin} {sel}" if origin.startswith("-") else f"{origin}: {key} {sel!r}"
            out.append(f"{where}: no rule has this code, prefix or name")
    origin = cfg.origins.get("severity", "severity")
    for key in (k for k in cfg.severity if ruleset.get(k) is None):  # a code, not a prefix
        out.append(f"{origin}: severity {key!r}: no rule has this code or name")
    return out


def config_overrides(o) -> dict:
    """Command-line values over the configuration file's (None: not given), with their flag."""
    return {
        "select": (o.select, "--select"), "ignore": (o.ignore, "--ignore"),
        "extend-select": (getattr(o, "extend_select", None), "--extend-select"),
        "extend-ignore": (getattr(o, "extend_ignore", None), "--extend-ignore"),
        "fail-on": (o.fail_on, "--fail-on"),
        "sources": (getattr(o, "sources", None), "--sources"),
        "plugins-dir": (o.plugins_dir, "--plugins-dir"), "rules": (o.rules or None, "--rules"),
        "plugin-errors": (o.plugin_errors, "--plugin-errors"),
        "max-file-size": (o.max_file_size, "--max-file-size"),
        "severity": (getattr(o, "severity", None), "--severity"),
        "framing-weak-classes": (getattr(o, "framing_weak_classes", None),
                                 "--framing-weak-classes"),
    }


def run_options(app, cfg):
    """Options as the plugin and rule loaders read them, merged with the configuration."""
    from types import SimpleNamespace

    o = vars(app.options).copy()
    o.update(plugins_dir=list(cfg.plugins_dir), rules=list(cfg.rules),
             select=",".join(cfg.select) if cfg.select else None,
             ignore=",".join(cfg.ignore) if cfg.ignore else None,
             extend_select=None, extend_ignore=None,
             max_file_size=cfg.max_file_size, plugin_errors=cfg.plugin_errors,
             exclude=list(cfg.exclude), exclude_root=cfg.root,
             severity=dict(cfg.severity), framing_weak_classes=cfg.framing_weak_classes)
    return SimpleNamespace(**o)


def plugin_failures_fail(pm, mark: int, fail_on, level) -> bool:
    """Whether this run's plugin failures reach ``fail_on``: a failure counts as a finding
    of severity ``level`` (``--plugin-errors`` / ``plugin-errors``, default error)."""
    from quotecheck.model import SEVERITY_RANK

    if not fail_on or fail_on == "never" or not pm.failures_since(mark):
        return False
    return SEVERITY_RANK[level or "error"] >= SEVERITY_RANK[fail_on]


def check_format(app, pm=None, default: str = "text") -> None:
    """UsageError (exit 2) before any work when ``--format`` names no loaded reporter
    (reporters are plugins, so the names are those of the run's plugin manager)."""
    from quotecheck.plugins.manager import get_plugin_manager
    from quotecheck.report.output import get_reporter

    get_reporter(app.option("format") or default, pm or get_plugin_manager(app.options))
