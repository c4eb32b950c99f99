"""Rule types of the pre-publication lint that no analysis module owns: suppression hygiene.

``quotecheck check`` itself emits these detections (a suppression comment that names no rule,
or one that silenced nothing); this plugin only registers the type so the rules in
``rules/lint.toml`` load in every command.
"""
from __future__ import annotations

from quotecheck import hookimpl
from quotecheck.rules.ruletypes import AnalysisRuleType


class SuppressionHygiene(AnalysisRuleType):
    """An inline suppression comment that is malformed or unused."""

    name = "suppression"
    description = "an inline suppression comment without codes, or one that silenced nothing"
    categories = ("invalid-suppression", "unused-suppression")


@hookimpl
def quotecheck_rule_types():
    """The suppression rule type of rules/lint.toml."""
    return [SuppressionHygiene()]
