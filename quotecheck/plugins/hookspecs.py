"""Every hook a quotecheck plugin can implement, with when it is called and what it returns.

Plugins mark implementations with :data:`hookimpl` (``from quotecheck import hookimpl``) and
name them exactly as below. Built-in checks and reporters under
``plugins/builtin/`` use the same hooks. Each implementation is called on its own: one that
raises is reported with its plugin's name and the others still run (hook wrappers are
therefore not supported).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Optional, Union

import pluggy

if TYPE_CHECKING:  # pragma: no cover
    from quotecheck.model import Detection, Document, Finding
    from quotecheck.rules.ruleset import RuleSet
    from quotecheck.rules.ruletypes import RuleType
    from quotecheck.story import Story

PROJECT = "quotecheck"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def quotecheck_rule_types() -> "Iterable[RuleType]":
    """Register rule types.

    Called once per plugin manager, before rule files are loaded. Return RuleType instances
    (or classes, instantiated without arguments). A type name registered twice is an error
    reported with the second plugin's name. Results of all plugins are collected.
    """


@hookspec
def quotecheck_rule_paths() -> "Iterable[str]":
    """Register rule files or folders (searched recursively; ``data/`` folders skipped).

    Called once when rules are loaded, after the shipped ``rules/`` folder. Return paths
    (str or pathlib.Path). Rules from plugins must use their own code prefix (1-4 capital
    letters, not QC). Results of all plugins are collected.
    """


@hookspec(firstresult=True)
def quotecheck_parse_document(path: str, data: bytes) -> "Optional[Document]":
    """Parse a file format quotecheck does not know into a Document.

    Called by the loader for each input file before its own parsers, with the path and the
    raw bytes. Return a Document (every span of which indexes its ``text``), or None to let
    the next plugin or the built-in parsers try. firstresult: the first Document wins.
    """


@hookspec
def quotecheck_document_findings(document: "Document", story: "Story",
                                 rules: "RuleSet") -> "Iterable[Union[Finding, Detection]]":
    """Findings for one document, in its own right (framing, lexicon and pattern rules).

    Called once per checked document after the story is built. ``rules`` is the run's
    RuleSet; use ``rules.enabled()`` and skip disabled rules. Return Findings, or Detections
    that the engine maps to rules by type and category; an exception object in the list
    (a PluginError) reports a partial failure by the plugin's name without losing the
    rest. Results of all plugins are collected.
    """


@hookspec
def quotecheck_story_findings(story: "Story", rules: "RuleSet"
                              ) -> "Iterable[Union[Finding, Detection]]":
    """Findings that need the whole story set (alignment, provenance, draft against sources).

    Called once per run after the document hooks. Return Findings or Detections (and, as
    above, PluginError objects for partial failures). Results of all plugins are collected.
    """


@hookspec
def quotecheck_filter_findings(findings: "list[Finding]", story: "Story",
                               config: Any) -> "Optional[list[Finding]]":
    """Filter or rewrite the run's findings (suppressions, baselines, policies).

    Called once per run with every finding so far (already mapped to rules and
    fingerprinted); plugins are chained: each receives the previous one's list. Return a new
    list to replace it, or None to leave it unchanged.
    """


@hookspec
def quotecheck_reporters() -> "Iterable[Any]":
    """Register output formats.

    Called when a command renders its report. Return reporter objects with ``name`` (the
    ``--format`` value), ``description`` and ``render(report, options) -> str``. A name
    registered twice is reported; the first registration (built-ins first) wins. Results of
    all plugins are collected.
    """
