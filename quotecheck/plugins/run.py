"""One run of the checks: every check hook's findings, mapped through the rule engine.

Document hooks see each document, story hooks the whole story set; what they return goes
through :func:`quotecheck.rules.engine.to_findings`, then fingerprints and the plugins'
filters. Kept with the plugin machinery because it is the one place that calls check hooks.
"""
from __future__ import annotations

from typing import Any, Iterable, Optional

from quotecheck.model import Document, Finding
from quotecheck.plugins.manager import get_plugin_manager
from quotecheck.rules.engine import fingerprint_findings, sort_findings, to_findings


def run_checks(story: Any, ruleset: Any, pm: Any = None, config: Any = None,
               documents: Optional[Iterable[Document]] = None) -> list[Finding]:
    """Every finding of a run: document hooks, story hooks, mapping, filters, fingerprints.

    ``documents`` limits both the document hooks and the reported findings to those
    documents (for example the drafts of ``check``); default: every document of the story.
    Plugin failures are collected in ``pm.errors``.
    """
    if pm is None:
        pm = get_plugin_manager(config)
    docs = list(story.documents if documents is None else documents)
    pairs: list = []
    for doc in docs:
        pairs.extend(pm.collect("quotecheck_document_findings", document=doc, story=story,
                                rules=ruleset))
    pairs.extend(pm.collect("quotecheck_story_findings", story=story, rules=ruleset))
    items = []
    for plugin, item in pairs:
        if isinstance(item, Exception):  # a hook's partial failure, reported by name
            pm.fail(plugin, str(item))
        else:
            items.append(item)
    findings = to_findings(items, ruleset, story)
    if documents is not None:
        wanted = {d.id for d in docs}
        findings = [f for f in findings if f.document in wanted]
    findings = sort_findings(fingerprint_findings(sort_findings(findings, story), story), story)
    return pm.filter_findings(findings, story, config)
