"""``quotecheck compare PATH...``: quote groups, typed differences and provenance of a story set.

Thin: read the configuration as ``check`` does (``--config``, else the nearest
``quotecheck.toml`` or ``[tool.quotecheck]``: select, ignore, per-file-ignores, fail-on, ...),
load the documents, run every check through the plugin hooks over one shared
:class:`~quotecheck.story.Story`, and hand the report to the chosen reporter. Exit status 2
for input, configuration, rule or usage errors (after reporting everything that could be
read), 1 when a finding is at or above ``fail-on`` (default: error, so that the pre-commit
hook fails on a story set with errors), else 0.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path

from quotecheck.commands import (check_format, config_overrides, plugin_failures_fail,
                                 run_options, selector_errors)
from quotecheck.commands.quotes import load_inputs
from quotecheck.model import SEVERITY_RANK, LazyExtras, Report

DEFAULT_FAIL_ON = "error"   # without configuration: a story set with errors fails the hook


def build_report(story, findings) -> Report:
    """The compare report: documents, quotes, clusters, edges, findings and rich extras."""
    from quotecheck.report.groups_text import render_groups, render_provenance

    alignment = story.alignment
    provenance = story.provenance
    # the text views of groups and lineage are read by the text reporter only: made on
    # first read, so a JSON, SARIF or HTML report does not render them for nothing
    extras = LazyExtras({
        "alignments": alignment.alignments,
        "groups_text": None,
        "provenance_text": None,
        "figures": getattr(provenance, "figures", []),
        "roots": {d.id: provenance.root_of(d.id) for d in story.documents},
        "families": [f.as_dict() for f in getattr(provenance, "families", ())],
    }, lazy={"groups_text": lambda: render_groups(alignment, story.documents),
             "provenance_text": lambda: render_provenance(provenance, story.documents)})
    return Report(command="compare", documents=story.documents, quotes=story.quotes,
                  clusters=alignment.clusters, provenance=provenance.edges,
                  findings=findings, extras=extras)


def run(app) -> int:
    """Run the command; returns the exit status."""
    from quotecheck.resources.warmstart import warm_start

    with warm_start(name="compare"), fewer_collections():
        return _compare(app)


@contextmanager
def fewer_collections():
    """Run with the cyclic collector off: a story set keeps millions of objects alive while it
    is analysed, and each collection walks the young ones among them. With the first
    threshold raised to 10,000 and full collections all but off (an earlier step: ~12% of
    the CPU to ~4%) the young collections still took ~1 s CPU of a 1,000-article compare
    (~5%); the analyses make almost no cyclic garbage (~700 objects left at the end of that
    run, peak memory the same), so none is collected until the command ends. Restored on the
    way out, the run's survivors first moved to the oldest generation (``freeze`` then
    ``unfreeze``: two list splices): the first young collection after the run walked them all,
    the whole story set (speed32)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            if not gc.get_freeze_count():   # unfreeze would thaw what a host froze too
                gc.freeze()     # the run's survivors to the oldest generation in one step
                gc.unfreeze()   # (see above): the next young collection does not walk them
            gc.enable()


def _configure(app):
    """The configuration for the first path (``--config`` for all), command line on top;
    the application's options become the merged ones."""
    from quotecheck.config import load_config

    o = app.options
    cfg = load_config(Path(o.paths[0]) if o.paths else None, explicit=o.config,
                      overrides=config_overrides(o))
    for warning in cfg.warnings:
        app.warn(warning)
    app.options = run_options(app, cfg)
    return cfg


def _compare(app) -> int:
    """The command itself (inside the regex and rule-file warm start)."""
    from quotecheck.lint.findings import per_file_ignores
    from quotecheck.plugins.manager import get_plugin_manager, load_ruleset
    from quotecheck.plugins.run import run_checks
    from quotecheck.report.output import emit
    from quotecheck.story import Story

    given = app.options
    cfg = _configure(app)
    pm = get_plugin_manager(app.options)
    mark = len(pm.failures)
    check_format(app, pm)  # exit 2 before any work for an unknown --format
    ruleset, rule_errors = load_ruleset(app.options, pm)
    typos = selector_errors(cfg, ruleset, given)
    for err in typos:  # a typo would otherwise run nothing, or everything
        app.warn(f"error: {err}")
    if typos:
        return 2
    result = load_inputs(app, pm)
    for err in rule_errors:
        app.warn(f"error: {err}")
    story = Story(result.documents, cfg)
    findings = run_checks(story, ruleset, pm) if result.documents else []
    findings = per_file_ignores(findings, {d.id: d for d in result.documents}, cfg)
    pm.report_errors(app.warn)
    report = build_report(story, findings) if result.documents else Report(command="compare")
    emit(app, report, default_format="text")
    if not app.option("quiet"):
        live = [f for f in findings if not f.suppressed]
        counts = {s: sum(1 for f in live if f.severity == s) for s in ("error", "warning", "info")}
        groups = sum(1 for c in report.clusters if len(c.quotes) >= 2)  # those shown
        print(f"quotecheck: {len(result.documents)} documents, {len(report.quotes)} quotes, "
              f"{groups} quote groups, {len(report.provenance)} provenance edges, "
              f"{counts['error']} errors, {counts['warning']} warnings, {counts['info']} infos",
              file=app.stderr)
    if result.errors or rule_errors:
        return 2
    fail_on = cfg.fail_on if cfg.origins.get("fail-on") != "default" else DEFAULT_FAIL_ON
    if plugin_failures_fail(pm, mark, fail_on, app.option("plugin_errors")):
        return 1
    if fail_on != "never" and any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on]
                                  for f in findings if not f.suppressed):
        return 1
    return 0
