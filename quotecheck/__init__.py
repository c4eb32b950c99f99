"""quotecheck: find every quotation, align its renderings across outlets, type each change,
work out who copied whom, and lint a draft against its sources.

This module is the stable public face: import from here (``from quotecheck import hookimpl,
Story, load_paths``), not from the stage subpackages, whose module layout may change. Names
are loaded on first use (PEP 562), so that ``import quotecheck`` and the command line start
fast. The pipeline, stage by stage, is in ``docs/architecture.md``.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.2.0"

# public name -> module that defines it
_PUBLIC = {
    # value types
    "Document": "quotecheck.model", "Metadata": "quotecheck.model",
    "Quote": "quotecheck.model", "Related": "quotecheck.model",
    "Detection": "quotecheck.model", "Finding": "quotecheck.model",
    "Cluster": "quotecheck.model", "Segment": "quotecheck.model",
    "PairAlignment": "quotecheck.model", "ProvenanceEdge": "quotecheck.model",
    "Report": "quotecheck.model",
    "InputError": "quotecheck.errors", "ConfigError": "quotecheck.errors",
    "PluginError": "quotecheck.errors",
    # the pipeline, stage by stage
    "load_paths": "quotecheck.load.loader", "load_text": "quotecheck.load.loader",
    "extract_quotes": "quotecheck.quotes.extract",
    "extract_story_quotes": "quotecheck.quotes.extract",
    "infer_provenance": "quotecheck.provenance.infer",
    "analyse_quotes": "quotecheck.align.analyse",
    "narration_for": "quotecheck.framing.narration",
    "Story": "quotecheck.story",
    "check_documents": "quotecheck.lint.drafts",
    "report_to_dict": "quotecheck.report.contract",
    # rules and plugins
    "RuleSet": "quotecheck.rules.ruleset", "Rule": "quotecheck.rules.ruleset",
    "load_rules": "quotecheck.rules.schema",
    "RuleType": "quotecheck.rules.ruletypes",
    "hookimpl": "quotecheck.plugins.hookspecs", "hookspec": "quotecheck.plugins.hookspecs",
    "get_plugin_manager": "quotecheck.plugins.manager",
    "run_checks": "quotecheck.plugins.run",
}

__all__ = ["__version__", *sorted(_PUBLIC)]


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'quotecheck' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list:
    return sorted(set(globals()) | set(_PUBLIC))
