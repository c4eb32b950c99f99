"""Runs every enabled rule whose type checks documents itself (lexicons, patterns, framing).

Rule types implement ``check_document``; this plugin calls it for each enabled rule and
turns each detection into a finding of exactly that rule. The run's
``framing-weak-classes`` setting (``rules.setting``) is in force while they run
(:func:`quotecheck.framing.referents.weak_classes`).
"""
from __future__ import annotations

from quotecheck import hookimpl


@hookimpl
def quotecheck_document_findings(document, story, rules):
    from quotecheck.framing.referents import weak_classes

    setting = rules.setting("framing-weak-classes") if hasattr(rules, "setting") else None
    with weak_classes(setting):
        return _findings(document, story, rules)


def _findings(document, story, rules) -> list:
    from quotecheck.framing.repeats import read_once
    from quotecheck.rules.engine import to_finding

    out = []
    for rule in rules.enabled():
        rtype = rules.rule_type(rule.type)
        if rtype is None or getattr(rtype, "analysis_backed", False):
            continue
        compiled = rules.compiled(rule)
        try:
            found = rtype.check_document(rule, compiled, document, story) or ()
            for detection in read_once(found, document.text):  # a doubled passage: once
                out.append(to_finding(rule, detection, rules, document, story))
        except Exception as exc:  # one broken rule type must not silence the others
            from quotecheck.errors import PluginError

            out.append(PluginError(f"rule {rule.code} ({rule.type}) raised "
                                   f"{type(exc).__name__}: {exc} on {document.path}"))
    return out
