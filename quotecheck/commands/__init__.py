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
