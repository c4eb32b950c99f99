"""Shipped rule data and the stores every stage reads it through.

Takes the TOML word lists and thresholds under ``rules/data/`` (the ``quotecheck_rules``
package) and gives them parsed (:func:`quotecheck.resources.ruledata.load_data`), user
patterns compiled only when they are safe (:mod:`~quotecheck.resources.regexsafe`), and a
per-user warm start that replays compiled patterns and parsed TOML across processes
(:mod:`~quotecheck.resources.warmstart`), keyed on the hashes of
:mod:`~quotecheck.resources.signature`.
The lowest layer: it imports nothing of quotecheck but ``errors``.
"""
