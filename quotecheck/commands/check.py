"""``quotecheck check DRAFT... --sources PATH``: lint drafts against their sources.

Thin: options and configuration, load, the library check (``quotecheck.lint.drafts``), inline
suppressions, per-file ignores, baseline, then the reporter. Exit status 0 when nothing is at
or above ``fail-on``, 1 when something is, 2 for usage, configuration or input errors.
"""
from __future__ import annotations

from pathlib import Path


def _configs(app, errors: list) -> list:
    """``(config, draft paths)`` groups: each draft takes the configuration file nearest to
    it (or ``--config`` for all), with the command-line options on top. A configuration
    that cannot be read is one error in ``errors`` and its drafts are left out; the drafts
    under other configurations are still checked."""
    from quotecheck.config import load_config
    from quotecheck.config_files import find_config
    from quotecheck.errors import ConfigError

    from quotecheck.commands import config_overrides

    o = app.options
    overrides = config_overrides(o)
    groups: dict = {}
    from quotecheck.commands.stdin import config_target

    for path in o.paths:
        try:
            where = None if o.config else find_config(config_target(app, path), [])
        except ConfigError as exc:
            where = exc
        groups.setdefault(where if not isinstance(where, ConfigError) else str(where),
                          (where, []))[1].append(path)
    out: list = []
    failed: list = []
    for where, paths in groups.values():
        try:
            if isinstance(where, ConfigError):
                raise where
            cfg = load_config(config_target(app, paths[0]), explicit=o.config,
                              overrides=overrides)
        except ConfigError as exc:
            errors.append(exc)
            failed.append((exc, paths))
            continue
        for warning in cfg.warnings:
            app.warn(warning)
        out.append((cfg, paths))
    for exc, paths in failed if out else ():  # say which drafts the error below leaves out
        n = len(paths)
        app.warn(f"{n} draft{'s' if n != 1 else ''} not checked: configuration "
                 f"{exc.path or '?'} cannot be used (error below)")
    return out


def _load(app, cfg, paths, role, errors):
    from quotecheck.commands.stdin import STDIN, load_stdin
    from quotecheck.errors import QuotecheckError
    from quotecheck.load.loader import load_paths

    from quotecheck.load.walkfilter import WalkFilter

    result = load_paths([p for p in paths if p != STDIN], role=role,
                        max_file_size=cfg.max_file_size,
                        walk_filter=WalkFilter(cfg.exclude, cfg.root))
    for note in result.warnings:
        app.warn(str(note))
    errors.extend(result.errors)
    documents = list(result.documents)
    if STDIN in paths:
        try:
            documents.append(load_stdin(app, role, cfg.max_file_size))
        except QuotecheckError as exc:
            errors.append(exc)
    return documents


def _summary(findings, n_drafts: int, n_sources: int, n_roots: int = 0) -> str:
    live = [f for f in findings if not f.suppressed]
    counts = {s: sum(1 for f in live if f.severity == s) for s in ("error", "warning", "info")}
    parts = [f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items() if n]
    plural = "s" if len(live) != 1 else ""
    detail = f" ({', '.join(parts)})" if parts else ""
    suppressed = len(findings) - len(live)
    extra = f", {suppressed} suppressed" if suppressed else ""
    return (f"{len(live)} finding{plural}{detail}{extra} in {n_drafts} "
            f"draft{'s' if n_drafts != 1 else ''} against {n_sources} "
            f"source{'s' if n_sources != 1 else ''}"
            + (f" ({n_roots} independent)" if 0 < n_roots < n_sources else ""))


def _cache(app, cfg, pm):
    from quotecheck.cache import Cache, salt

    if app.option("no_cache"):
        return None
    versions = [f"{name}={getattr(info, 'version', '')}"
                for name, info in sorted(getattr(pm, "infos", {}).items())]
    return Cache(cfg.cache_dir, salt(versions))


class _PluginFailure:
    """A plugin failure as ``failing`` sees it: an unsuppressed finding of this severity."""

    suppressed = False

    def __init__(self, severity: str) -> None:
        self.severity = severity


def failing(findings, fail_on: str) -> bool:
    """Whether any unsuppressed finding is at or above ``fail_on`` ("never": never)."""
    from quotecheck.model import SEVERITY_RANK

    if fail_on == "never":
        return False
    return any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on]
               for f in findings if not f.suppressed)


def run(app) -> int:
    """Check the drafts; replay the cached result of an identical earlier run if there is one."""
    from quotecheck.resources.warmstart import warm_start

    with warm_start(enabled=not app.option("no_cache"), name="check"):
        return _run(app)


def _run(app) -> int:
    from quotecheck.commands import replay
    from quotecheck.errors import UsageError

    config_errors: list = []
    groups = _configs(app, config_errors)
    if not groups:
        for err in config_errors:
            app.warn(f"error: {err}")
        return 2
    for cfg, paths in groups:
        if not cfg.sources:
            raise UsageError("no sources: give --sources PATH or set sources in "
                             f"[tool.quotecheck] (for {paths[0]})")
    refused = replay.refused_roots(app, groups)
    cache, key = replay.run_cache(app, groups, refused) if not config_errors else (None, None)
    if cache is not None:
        entry = cache.get(key, decode=replay.entry_from_plain)
        if entry is not None:
            return replay.replay(app, entry)
    from quotecheck.commands import check_format

    check_format(app)  # an unknown --format: exit 2 before the analysis, not after it
    if app.option("baseline"):  # likewise a baseline that cannot be read
        from quotecheck.lint.baseline import read_baseline

        read_baseline(app.option("baseline"))
    app.stdout, app.stderr = replay.Tee(app.stdout), replay.Tee(app.stderr)
    inputs: list = []
    code = _check(app, groups, config_errors, refused, inputs)
    if cache is not None and code in (0, 1) and not getattr(app, "plugin_failed", False):
        output = None
        if app.option("output"):
            try:
                output = Path(app.option("output")).read_text(encoding="utf-8")
            except OSError:
                output = None
        cache.put(key, replay.entry_to_plain(app.stdout.getvalue(), app.stderr.getvalue(),
                                             output, code, inputs))
    return code


def _check_group(app, cfg, paths, errors: list, refused: set, inputs: list):
    """The report of one configuration's drafts, suppressions and per-file ignores applied;
    None when a selector names no rule. ``inputs`` gets the files the result depends on
    beyond the options (see :func:`quotecheck.commands.replay.run_inputs`)."""
    roots = [Path(src).resolve() for src in cfg.sources]
    given = [p for p in paths if p == "-" or not _is_under(Path(p).resolve(), roots)]
    if len(given) < len(paths) and not app.option("quiet"):
        n = len(paths) - len(given)
        app.warn(f"skipping {n} file{'s' if n != 1 else ''} that {'are' if n != 1 else 'is'} "
                 "among the sources")
    drafts = _load(app, cfg, given, "checked", errors) if given else []
    draft_paths = {Path(d.path).resolve() for d in drafts}
    sources = [s for s in _load(app, cfg, cfg.sources, "source", errors)
               if Path(s.path).resolve() not in draft_paths]
    from quotecheck.commands import run_options, selector_errors

    options = run_options(app, cfg)
    from quotecheck.lint import findings as lintrules
    from quotecheck.lint.drafts import check_documents

    pm = lintrules.plugin_manager(options)
    mark = len(pm.failures)
    ruleset, rule_errors = lintrules.load_ruleset(options)
    if rule_errors:  # a broken rule file, a plugin that failed to import: reported, and the
        pm.report_errors(app.warn)  # other rules still run (as in compare); exit 2 at the end
        errors.extend(rule_errors)
    typos = selector_errors(cfg, ruleset, app.options)
    if typos:  # a typo would otherwise run nothing, or everything: stop before the analysis
        errors.extend(typos)
        return None
    from quotecheck.commands.replay import run_inputs

    inputs.extend(run_inputs(ruleset, pm))
    cache = None if cfg.cache_dir in refused else _cache(app, cfg, pm)
    report = check_documents(drafts, sources, cfg, ruleset=ruleset, options=options,
                             cache=cache, pm=pm)
    pm.report_errors(app.warn)
    documents = {d.id: d for d in report.documents}
    report.findings = lintrules.apply_suppressions(report.findings, drafts, ruleset)
    report.findings = lintrules.per_file_ignores(report.findings, documents, cfg)
    from quotecheck.lint.baseline import with_fingerprints

    report.findings = with_fingerprints(report.findings, documents)
    report.extras["ruleset"] = ruleset  # the reporters' (SARIF's rules and their levels)
    report.extras["drafts"] = len(drafts)
    report.extras["plugins_failed"] = bool(pm.failures_since(mark))
    report.extras["skipped"] = len(paths) - len(given)
    return report


def _is_under(path: Path, roots: list) -> bool:
    """Whether ``path`` is one of ``roots`` or inside one of them (a source, not a draft)."""
    return any(path == r or r in path.parents for r in roots)


def _merge(reports: list):
    from quotecheck.model import Report

    merged = Report(command="check")
    seen: set = set()
    for r in reports:
        for d in r.documents:
            if (d.id, d.path) not in seen:
                seen.add((d.id, d.path))
                merged.documents.append(d)
        merged.quotes.extend(r.quotes)
        merged.findings.extend(r.findings)
        merged.provenance.extend(e for e in r.provenance if e not in merged.provenance)
    return merged


def _check(app, groups, errors: list, refused: set, inputs: list) -> int:
    reports, failed, plugin_failed = [], False, False
    for cfg, paths in groups:
        report = _check_group(app, cfg, paths, errors, refused, inputs)
        if report is not None:
            reports.append(report)
            failed = failed or failing(report.findings, cfg.fail_on)
            if report.extras.pop("plugins_failed", False):  # a plugin failure counts too
                app.plugin_failed = True
                plugin_failed = plugin_failed or failing([_PluginFailure(cfg.plugin_errors)],
                                                         cfg.fail_on)
    for err in errors:
        app.warn(f"error: {err}")
    if not reports:
        return 2
    n_roots = len({root for r in reports for root in r.extras.get("roots", {}).values()})
    report = reports[0] if len(reports) == 1 else _merge(reports)
    documents = {d.id: d for d in report.documents}
    n_drafts = sum(r.extras.get("drafts", 0) for r in reports)
    skipped = sum(r.extras.pop("skipped", 0) for r in reports)
    n_sources = sum(1 for d in report.documents if d.role == "source")
    report.extras.pop("drafts", None)
    if app.option("write_baseline"):
        from quotecheck.lint.baseline import write_baseline

        n = write_baseline(app.option("write_baseline"), report.findings, documents)
        if not app.option("quiet"):
            app.warn(f"wrote {n} finding{'s' if n != 1 else ''} to baseline "
                     f"{app.option('write_baseline')}")
        return 2 if errors else 0
    if app.option("baseline"):
        from quotecheck.lint.baseline import new_findings, read_baseline

        report.findings = new_findings(report.findings, read_baseline(app.option("baseline")),
                                       documents)
        failed = any(failing([f for f in report.findings if f.document in ids], cfg.fail_on)
                     for cfg, ids in _draft_ids(groups, report, app))
    from quotecheck.report.output import emit

    emit(app, report, "text")
    if not app.option("quiet"):
        app.warn(_summary(report.findings, n_drafts, n_sources, n_roots))
    if errors or not (n_drafts or skipped):
        return 2
    return 1 if failed or plugin_failed else 0


def _draft_ids(groups, report, app) -> list:
    """(config, ids of its drafts) per group, for fail-on after the baseline filter."""
    out = []
    for cfg, paths in groups:
        from quotecheck.commands.stdin import config_target

        wanted = {str(config_target(app, p).resolve()) for p in paths}
        ids = {d.id for d in report.documents if d.role == "checked" and (
            str(Path(d.path).resolve()) in wanted
            or any(str(Path(d.path).resolve()).startswith(w + "/") for w in wanted))}
        out.append((cfg, ids))
    return out
