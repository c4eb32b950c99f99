"""Built-in analysis-backed rule types and the story hook that feeds them.

Alignment and provenance emit Detections (quote drift, garbles, hedges, numbers, reuse,
boilerplate); this plugin registers their rule types and hands the detections to the engine.
"""
from __future__ import annotations

from quotecheck import hookimpl


@hookimpl
def quotecheck_rule_types():
    from quotecheck.rules.ruletypes import builtin_rule_types

    return builtin_rule_types()


def _analysis_detections(story, attribute: str, module: str) -> list:
    try:
        result = getattr(story, attribute)
    except ModuleNotFoundError as exc:
        if exc.name == f"quotecheck.{module}":
            from quotecheck.errors import PluginError

            raise PluginError(f"the {module} analysis (quotecheck.{module}) is not "
                              "installed") from None
        raise
    return list(getattr(result, "detections", None) or [])


@hookimpl
def quotecheck_story_findings(story, rules):
    """Detections of the alignment and provenance analyses, when a rule of theirs is on."""
    wanted = {r.type for r in rules.enabled()}
    types = rules.types
    if not any(getattr(types.get(t), "analysis_backed", False) for t in wanted):
        return []
    return (_analysis_detections(story, "alignment", "align")
            + _analysis_detections(story, "provenance", "provenance"))

