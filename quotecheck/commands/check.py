"""``quotecheck check DRAFT... --sources PATH``: lint drafts against their sources.

Thin: options and configuration, load, the library check (``quotecheck.lint``), inline
suppressions, per-file ignores, baseline, then the reporter. Exit status 0 when nothing is at
or above ``fail-on``, 1 when something is, 2 for usage, configuration or input errors.
"""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace


def _config(app):
    from ..config import load_config

    o = app.options
    overrides = {
        "select": (o.select, "--select"), "ignore": (o.ignore, "--ignore"),
        "fail-on": (o.fail_on, "--fail-on"), "sources": (o.sources, "--sources"),
        "plugins-dir": (o.plugins_dir, "--plugins-dir"), "rules": (o.rules or None, "--rules"),
    }
    cfg = load_config(Path(o.paths[0]), explicit=o.config, overrides=overrides)
    for warning in cfg.warnings:
        app.warn(warning)
    return cfg


def _run_options(app, cfg) -> SimpleNamespace:
    """Options as the plugin and rule loaders read them, merged with the configuration."""
    o = vars(app.options).copy()
    o.update(plugins_dir=list(cfg.plugins_dir), rules=list(cfg.rules),
             select=",".join(cfg.select) if cfg.select else None,
             ignore=",".join(cfg.ignore) if cfg.ignore else None)
    return SimpleNamespace(**o)


def _load(app, paths, role, errors):
    from ..loader import load_paths

    result = load_paths(paths, role=role)
    errors.extend(result.errors)
    return list(result.documents)


def _summary(findings, drafts, sources) -> str:
    live = [f for f in findings if not f.suppressed]
    counts = {s: sum(1 for f in live if f.severity == s) for s in ("error", "warning", "info")}
    parts = [f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items() if n]
    plural = "s" if len(live) != 1 else ""
    detail = f" ({', '.join(parts)})" if parts else ""
    suppressed = len(findings) - len(live)
    extra = f", {suppressed} suppressed" if suppressed else ""
    return (f"{len(live)} finding{plural}{detail}{extra} in {len(drafts)} "
            f"draft{'s' if len(drafts) != 1 else ''} against {len(sources)} "
            f"source{'s' if len(sources) != 1 else ''}")


def _cache(app, cfg, pm):
    from ..cache import Cache, salt

    if app.option("no_cache"):
        return None
    versions = [f"{name}={getattr(info, 'version', '')}"
                for name, info in sorted(getattr(pm, "infos", {}).items())]
    return Cache(cfg.cache_dir, salt(versions))


def failing(findings, fail_on: str) -> bool:
    """Whether any unsuppressed finding is at or above ``fail_on`` ("never": never)."""
    from ..model import SEVERITY_RANK

    if fail_on == "never":
        return False
    return any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on]
               for f in findings if not f.suppressed)


class _Tee:
    """A stream that also keeps what was written (to replay a cached run)."""

    def __init__(self, stream):
        self.stream = stream
        self.parts: list = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        try:
            return bool(self.stream.isatty())
        except (AttributeError, ValueError):
            return False

    def getvalue(self) -> str:
        return "".join(self.parts)


def _run_cache(app, cfg):
    """(cache, key) of this whole run, or (None, None) when results must not be reused."""
    if app.option("no_cache") or app.option("write_baseline"):
        return None, None
    from ..cache import Cache, run_key

    o = app.options
    inputs = [*o.paths, *cfg.sources, *cfg.plugins_dir, *cfg.rules]
    if o.baseline:
        inputs.append(o.baseline)
    tty = _Tee(app.stdout).isatty()
    key = run_key(sorted(f"{k}={v!r}" for k, v in vars(o).items()), inputs, cfg.path,
                  extra=[f"tty={tty}"])
    return Cache(cfg.cache_dir, "runs"), key


def _replay(app, entry) -> int:
    stdout, stderr, output, code = entry
    if app.option("output") and output is not None:
        from pathlib import Path as _P

        _P(app.option("output")).write_text(output, encoding="utf-8")
    app.stdout.write(stdout)
    app.stdout.flush()
    app.stderr.write(stderr)
    return code


def run(app) -> int:
    from ..errors import UsageError

    cfg = _config(app)
    if not cfg.sources:
        raise UsageError("no sources: give --sources PATH or set sources in [tool.quotecheck]")
    cache, key = _run_cache(app, cfg)
    if cache is not None:
        entry = cache.get(key, plain=True)
        if isinstance(entry, tuple) and len(entry) == 4:
            return _replay(app, entry)
    app.stdout, app.stderr = _Tee(app.stdout), _Tee(app.stderr)
    code = _check(app, cfg)
    if cache is not None and code in (0, 1):
        output = None
        if app.option("output"):
            try:
                output = Path(app.option("output")).read_text(encoding="utf-8")
            except OSError:
                output = None
        cache.put(key, (app.stdout.getvalue(), app.stderr.getvalue(), output, code),
                  plain=True)
    return code


def _check(app, cfg) -> int:
    errors: list = []
    drafts = _load(app, app.options.paths, "checked", errors)
    draft_paths = {Path(d.path).resolve() for d in drafts}
    sources = [s for s in _load(app, cfg.sources, "source", errors)
               if Path(s.path).resolve() not in draft_paths]
    for err in errors:
        app.warn(f"error: {err}")
    options = _run_options(app, cfg)
    from .. import lintrules
    from ..lint import check_documents

    ruleset, rule_errors = lintrules.load_ruleset(options)
    for err in rule_errors:
        app.warn(f"error: {err}")
    if rule_errors:
        return 2
    pm = lintrules.plugin_manager(options)
    report = check_documents(drafts, sources, cfg, ruleset=ruleset, options=options,
                             cache=_cache(app, cfg, pm), pm=pm)
    documents = {d.id: d for d in report.documents}
    report.findings = lintrules.apply_suppressions(report.findings, drafts, ruleset)
    report.findings = lintrules.per_file_ignores(report.findings, documents, cfg)
    if app.option("write_baseline"):
        from ..baseline import write_baseline

        n = write_baseline(app.option("write_baseline"), report.findings, documents)
        if not app.option("quiet"):
            app.warn(f"wrote {n} finding{'s' if n != 1 else ''} to baseline "
                     f"{app.option('write_baseline')}")
        return 2 if errors else 0
    if app.option("baseline"):
        from ..baseline import new_findings, read_baseline

        report.findings = new_findings(report.findings, read_baseline(app.option("baseline")),
                                       documents)
    from ..output import emit

    emit(app, report, "text")
    if not app.option("quiet"):
        app.warn(_summary(report.findings, drafts, sources))
    if errors or (not drafts and app.options.paths):
        return 2
    return 1 if failing(report.findings, cfg.fail_on) else 0
