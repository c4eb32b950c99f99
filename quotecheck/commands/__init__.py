"""Subcommands: each module runs one command (``quotes``, ``compare``, ``check``, ``rules``,
``show-config``) for the application object, through the stages' entry points.

Each exposes ``run(app) -> int``; :mod:`quotecheck.app` imports only the one asked for.
"""
from __future__ import annotations


def warn_unknown_selectors(app, ruleset) -> None:
    """One notice per ``--select``/``--ignore`` entry that matches no loaded rule (a typo
    would otherwise silently run nothing, or everything)."""
    for flag in ("select", "ignore"):
        for selector in ruleset.unknown_selectors(app.option(flag)):
            app.warn(f"--{flag} {selector}: no rule has this code, prefix or name")


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
