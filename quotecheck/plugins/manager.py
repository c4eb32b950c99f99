"""All plugin loading policy, and safe calls into plugins.

Order: built-ins (every module of the ``quotecheck_plugins`` package, i.e. ``plugins/builtin``)
first as internal plugins, then the ``quotecheck`` entry-point group (skipped when
``QUOTECHECK_DISABLE_PLUGIN_AUTOLOAD`` is set), then each ``*.py`` file of the plugins folders
(``--plugins-dir`` or configuration), then ``check_pending()``. ``--disable-plugin NAME``
blocks a plugin by name before it registers. A plugin that fails to import or raises in a
hook becomes a PluginError naming it; everything else goes on.
"""
from __future__ import annotations

import importlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Optional

import pluggy

from quotecheck.errors import PluginError
from quotecheck.plugins import hookspecs
from quotecheck.plugins.calls import SafeHookCalls
from quotecheck.plugins.guard import HookGuard, contained, exit_attempt, kind_of
from quotecheck.plugins.hookspecs import hookimpl  # noqa: F401  (re-exported for plugin authors)

ENTRY_POINT_GROUP = "quotecheck"
AUTOLOAD_ENV = "QUOTECHECK_DISABLE_PLUGIN_AUTOLOAD"
BUILTIN_PACKAGE = "quotecheck_plugins"


@dataclass(frozen=True)
class PluginInfo:
    """Where a registered plugin came from."""

    name: str
    origin: str        # builtin, entry-point, plugins-dir
    version: str
    location: str      # module name or file path


class QuotecheckPluginManager(SafeHookCalls, pluggy.PluginManager):
    """A pluggy manager that remembers plugin origins and collects plugin failures."""

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT)
        self.add_hookspecs(hookspecs)
        self.errors: list[PluginError] = []      # to report (cleared by report_errors)
        self.failures: list[PluginError] = []    # every failure, kept for the exit status
        self.load_failures = 0                   # how many of them happened while loading
        self.guard = HookGuard()
        self._reporter_owner: dict = {}
        self.infos: dict[str, PluginInfo] = {}
        self._cache: dict = {}

    # -- registration -------------------------------------------------------------------
    def add_plugin(self, plugin: Any, info: PluginInfo) -> None:
        """Register one plugin unless blocked; a failure becomes a PluginError."""
        if self.is_blocked(info.name):
            return
        try:
            self.register(plugin, name=info.name)
        except Exception as exc:  # pluggy validation errors, duplicate names
            self.fail(info.name, f"cannot register: {exc}")
            return
        self.infos[info.name] = info

    def fail(self, plugin_name: str, message: str) -> None:
        """Record a plugin's failure (reported by ``report_errors``, counted by ``failures``)."""
        err = PluginError(f"plugin {plugin_name!r}: {message}")
        err.plugin = plugin_name  # type: ignore[attr-defined]
        self.errors.append(err)
        self.failures.append(err)

    # -- typed helpers ------------------------------------------------------------------
    def rule_types(self) -> dict:
        """Registered rule types by name (the first registration of a name wins)."""
        return self._registry("quotecheck_rule_types", "rule type", _rule_type_problem,
                              lambda item: item() if isinstance(item, type) else item)

    def rule_paths(self) -> list[Path]:
        """Rule files and folders that plugins register."""
        out = []
        for plugin, item in self.collect("quotecheck_rule_paths", True):
            if isinstance(item, (str, os.PathLike)):
                out.append(Path(item))
            else:
                self.fail(plugin, f"quotecheck_rule_paths gave {type(item).__name__} "
                                  f"{item!r:.60}, not a path (ignored)")
        return out

    def reporters(self) -> dict:
        """Reporters by format name (built-ins registered first win a clash)."""
        return self._registry("quotecheck_reporters", "reporter", _reporter_problem)

    def _registry(self, hook: str, kind: str, problem, make=lambda item: item) -> dict:
        """What plugins register through ``hook``, by name, built-ins first and first wins.

        ``problem(obj)`` says what is wrong with an object (None when fine); a bad object or a
        name already taken is reported against its plugin and skipped. Cached per manager.
        """
        if hook not in self._cache:
            found: dict = {}
            for plugin, item in self.collect(hook, True):
                ok, obj = self.guarded(plugin, hook, lambda: make(item))
                if not ok:
                    continue
                name = getattr(obj, "name", None)
                complaint = problem(obj)
                if complaint:
                    self.fail(plugin, complaint)
                elif name in found:
                    self.fail(plugin, f"{kind} {name!r} is already registered")
                else:
                    found[name] = obj
                    if hook == "quotecheck_reporters":
                        self._reporter_owner[name] = plugin
            self._cache[hook] = found
        return self._cache[hook]

    def plugin_hooks(self, name: str) -> list[str]:
        """Names of the hooks a registered plugin implements."""
        plugin = self.get_plugin(name)
        if plugin is None:
            return []
        callers = self.get_hookcallers(plugin) or []
        return sorted(c.name for c in callers)

    def report_errors(self, warn) -> None:
        """Hand each collected plugin error to ``warn`` (one line each) once."""
        for err in self.errors:
            warn(str(err))
        self.errors.clear()


def _rule_type_problem(rtype: Any) -> Optional[str]:
    from quotecheck.rules.ruletypes import RuleType

    if not isinstance(rtype, RuleType):
        return f"quotecheck_rule_types returned {kind_of(rtype)}, not a RuleType"
    name = getattr(rtype, "name", "")
    return None if name and isinstance(name, str) else f"rule type {type(rtype).__name__} " \
                                                       "has no name"


def _reporter_problem(rep: Any) -> Optional[str]:
    name = getattr(rep, "name", None)
    if name and isinstance(name, str) and callable(getattr(rep, "render", None)):
        return None
    return f"quotecheck_reporters returned {kind_of(rep)} without a name and render()"


# -- loading -----------------------------------------------------------------------------
def _version_of(module: Any, default: str = "") -> str:
    return str(getattr(module, "__version__", "") or default)


def _import_failure(exc: BaseException) -> str:
    """One line for a plugin module that failed to import (an exit attempt included)."""
    if isinstance(exc, SystemExit):
        return exit_attempt(exc)
    return f"{type(exc).__name__}: {exc}"


def _load_builtins(pm: QuotecheckPluginManager) -> None:
    import pkgutil

    try:
        package = importlib.import_module(BUILTIN_PACKAGE)
    except ImportError as exc:
        pm.fail(BUILTIN_PACKAGE, f"built-in plugins are not installed: {exc}")
        return
    from quotecheck import __version__

    for mod in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if mod.name.startswith("_") or pm.is_blocked(mod.name):
            continue
        modname = f"{BUILTIN_PACKAGE}.{mod.name}"
        try:
            with contained():
                module = importlib.import_module(modname)
        except (Exception, SystemExit) as exc:
            pm.fail(mod.name, f"failed to import: {_import_failure(exc)}")
            continue
        pm.add_plugin(module, PluginInfo(mod.name, "builtin", __version__, modname))


def _load_entry_points(pm: QuotecheckPluginManager) -> None:
    from quotecheck.plugins.entrypoints import entry_points

    seen = set()
    for ep in sorted(entry_points(ENTRY_POINT_GROUP), key=lambda e: e.name):
        if ep.name in seen or pm.is_blocked(ep.name):
            continue
        seen.add(ep.name)
        if pm.get_plugin(ep.name) is not None:
            pm.fail(ep.name, f"entry point of {ep.dist} skipped: a built-in plugin has "
                             "this name")
            continue
        try:
            with contained():
                plugin = ep.load()
        except (Exception, SystemExit) as exc:
            pm.fail(ep.name, f"failed to import {ep.value}: {_import_failure(exc)}")
            continue
        pm.add_plugin(plugin, PluginInfo(ep.name, "entry-point", ep.version, ep.value))


def _load_folder(pm: QuotecheckPluginManager, folder: Path) -> None:
    import importlib.util

    if not folder.is_dir():
        pm.errors.append(PluginError("plugins folder does not exist", path=str(folder)))
        return
    for path in sorted(folder.glob("*.py")):
        name = path.stem
        if name.startswith("_") or pm.is_blocked(name):
            continue
        modname = f"quotecheck_local_plugins.{name}"
        try:
            spec = importlib.util.spec_from_file_location(modname, path)
            module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
            sys.modules[modname] = module
            with contained():
                spec.loader.exec_module(module)  # type: ignore[union-attr]
        except (Exception, SystemExit) as exc:
            sys.modules.pop(modname, None)
            pm.fail(name, f"failed to import {path}: {_import_failure(exc)}")
            continue
        pm.add_plugin(module, PluginInfo(name, "plugins-dir", _version_of(module, "local"),
                                         str(path)))


def _settings(options: Any) -> tuple:
    dirs = getattr(options, "plugins_dir", None) or []
    if isinstance(dirs, (str, Path)):
        dirs = [dirs]
    disabled = getattr(options, "disable_plugin", None) or []
    if isinstance(disabled, str):
        disabled = disabled.split(",")
    autoload = not os.environ.get(AUTOLOAD_ENV)
    return (tuple(str(Path(d)) for d in dirs), tuple(sorted(set(disabled))), autoload)


def build_plugin_manager(plugins_dirs: Iterable[Any] = (), disabled: Iterable[str] = (),
                         autoload: bool = True) -> QuotecheckPluginManager:
    """A new plugin manager loaded by the policy above (not cached)."""
    pm = QuotecheckPluginManager()
    for name in disabled:
        pm.set_blocked(name.strip())
    _load_builtins(pm)
    if autoload:
        _load_entry_points(pm)
    for folder in plugins_dirs:
        _load_folder(pm, Path(folder))
    for _ in range(100):  # each round drops one plugin with an unknown hook
        try:
            pm.check_pending()
            break
        except pluggy.PluginValidationError as exc:
            plugin = getattr(exc, "plugin", None)
            name = pm.get_name(plugin) if plugin is not None else None
            pm.fail(name or "?", f"implements an unknown hook: {exc}")
            if plugin is None:
                break
            pm.unregister(plugin)
            pm.infos.pop(name, None)
    pm.load_failures = len(pm.failures)
    return pm


_MANAGERS: dict = {}


def get_plugin_manager(options: Any = None) -> QuotecheckPluginManager:
    """The plugin manager for these options (``plugins_dir``, ``disable_plugin``), cached;
    ``plugin_timeout`` sets its per-hook time budget."""
    key = _settings(options)
    pm = _MANAGERS.get(key)
    if pm is None:
        pm = _MANAGERS[key] = build_plugin_manager(*key)
    pm.guard.timeout = _timeout(options)
    return pm


def _timeout(options: Any) -> Optional[float]:
    """The per-hook time budget of ``--plugin-timeout`` (None: no budget, library use)."""
    value = getattr(options, "plugin_timeout", None)
    return float(value) if isinstance(value, (int, float)) and value > 0 else None


def rule_paths(options: Any = None, pm: Optional[QuotecheckPluginManager] = None) -> list:
    """Every rule file or folder of a run: shipped, from plugins, from ``--rules``."""
    from quotecheck.resources.ruledata import rules_root

    pm = pm or get_plugin_manager(options)
    extra = getattr(options, "rules", None) or []
    if isinstance(extra, (str, Path)):
        extra = [extra]
    return [rules_root(), *pm.rule_paths(), *[Path(p) for p in extra]]


def load_ruleset(options: Any = None, pm: Optional[QuotecheckPluginManager] = None):
    """The run's RuleSet with select/ignore from ``options`` and the rule errors met.

    Returns ``(ruleset, errors)``: a broken rule file is an error (exit status 2 in the CLI)
    but the other files still load.
    """
    from quotecheck.rules.schema import load_rules

    pm = pm or get_plugin_manager(options)
    paths = rule_paths(options, pm)
    key = ("ruleset", tuple(str(p) for p in paths))
    if key not in pm._cache:
        pm._cache[key] = load_rules(paths, pm.rule_types())
    ruleset, errors = pm._cache[key]
    select, ignore = getattr(options, "select", None), getattr(options, "ignore", None)
    if select or ignore:
        ruleset = ruleset.with_selection(select, ignore)
    severities = getattr(options, "severity", None)
    if isinstance(severities, list):  # the raw --severity values (a reporter's own load)
        from quotecheck.config import cli_severities

        severities = cli_severities(severities)
    weak = getattr(options, "framing_weak_classes", None)
    if severities or weak not in (None, "info"):  # the configuration's severity table and
        # the first-exposure policy switched off (its default, "info", changes nothing)
        ruleset = ruleset.with_severities(severities, framing_weak_classes=weak)
    return ruleset, list(errors)


__all__ = ["PluginError", "PluginInfo", "QuotecheckPluginManager",
           "build_plugin_manager", "get_plugin_manager", "hookimpl", "load_ruleset",
           "rule_paths"]
