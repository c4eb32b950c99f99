"""The severity a default run gives a detection: integrity, debris and boilerplate detections
set none of their own (the rule decides, so the configuration's ``severity`` table can raise or
lower them); tests that check 'debris is info' read it here."""
from functools import lru_cache


@lru_cache(maxsize=1)
def _rules():
    from quotecheck.plugins.manager import load_ruleset

    return load_ruleset()[0]


def level(detection) -> str:
    """The finding's severity for ``detection`` with the built-in rules and no configuration."""
    from quotecheck.rules.engine import to_finding

    rules = _rules()
    rule = rules.match(detection.rule_type, detection.category, detection.args.get("kind"))
    return to_finding(rule, detection, rules).severity
