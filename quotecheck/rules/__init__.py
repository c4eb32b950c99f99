"""Rules as data: TOML rule files, rule types, and the engine that turns detections into findings.

Takes rule files (``rules/*.toml`` and plugins' files) and gives a
:class:`quotecheck.rules.ruleset.RuleSet` (:func:`quotecheck.rules.schema.load_rules`);
takes analyses' Detections and gives Findings with code, severity and message
(:func:`quotecheck.rules.engine.to_findings`).
"""
