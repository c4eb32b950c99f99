"""Safe calls into plugins: each hook implementation on its own, inside the guard.

Mixed into :class:`~quotecheck.plugins.manager.QuotecheckPluginManager`. A failing
implementation (exception, SystemExit, time budget, a result of the wrong type) is recorded
with its plugin's name and skipped; the others still run.
"""
from __future__ import annotations

from typing import Any, Callable

from quotecheck.model import Finding
from quotecheck.plugins.guard import (HookFailure, document_problem, finding_problem, kind_of,
                                      path_problem, span_outside)


class SafeHookCalls:
    """Hook-calling methods of the plugin manager (which provides ``hook``, ``fail``,
    ``guard``, ``errors``, ``failures`` and ``load_failures``)."""

    def call_each(self, hook_name: str, registration_order: bool = False,
                  **kwargs: Any) -> list[tuple[str, Any]]:
        """Call every implementation of a hook on its own.

        Order is pluggy's (last registered first, tryfirst/trylast honoured), or the order
        of registration (built-ins first) with ``registration_order``. Returns ``(plugin
        name, result)`` for each implementation that returned something other than None;
        one that fails (see :mod:`quotecheck.plugins.guard`) is recorded and skipped.
        """
        return [(plugin, result) for plugin, result, _ in
                self._each(hook_name, registration_order, False, kwargs)]

    def _each(self, hook_name: str, registration_order: bool, materialise: bool,
              kwargs: dict) -> list:
        caller = getattr(self.hook, hook_name)
        impls = caller.get_hookimpls()
        out = []
        for impl in (impls if registration_order else reversed(impls)):
            if impl.hookwrapper or getattr(impl, "wrapper", False):
                continue
            result = self._call(impl, hook_name, kwargs, materialise)
            if result is not None:
                out.append((impl.plugin_name, result, True))
        return out

    def guarded(self, plugin: str, what: str, func: Callable[[], Any]) -> tuple[bool, Any]:
        """``(True, func())``, or ``(False, None)`` with the failure recorded against
        ``plugin`` (exceptions, SystemExit, time budget; stdout goes to stderr meanwhile)."""
        try:
            return True, self.guard.call(plugin, what, func)
        except HookFailure as exc:
            self.fail(plugin, str(exc))
            return False, None

    def _call(self, impl: Any, hook_name: str, kwargs: dict, materialise: bool = False) -> Any:
        """One implementation's result for the arguments it takes; one that fails is
        recorded in ``errors`` and gives None (callers skip None results). With
        ``materialise`` an iterable result is made a list inside the guard (a generator
        runs plugin code)."""
        args = {k: kwargs[k] for k in impl.argnames if k in kwargs}

        def call() -> Any:
            result = impl.function(**args)
            if materialise and result is not None:
                result = _as_list(result)
            return result

        return self.guarded(impl.plugin_name, hook_name, call)[1]

    def first_result(self, hook_name: str, **kwargs: Any) -> Any:
        """The first non-None result of a firstresult hook (failures recorded, skipped)."""
        caller = getattr(self.hook, hook_name)
        check = _RESULT_CHECKS.get(hook_name)
        for impl in reversed(caller.get_hookimpls()):
            result = self._call(impl, hook_name, kwargs)
            if result is not None and check is not None:
                problem = check(result)
                if problem:
                    self.fail(impl.plugin_name, f"{hook_name} {problem}")
                    continue
            if result is not None:
                return result
        return None

    def filter_findings(self, findings: list, story: Any, config: Any) -> list:
        """Run ``quotecheck_filter_findings`` as a chain: each plugin gets the last list.

        A plugin that fails or returns anything but a list of Findings is recorded and its
        result ignored (the chain goes on with the previous list)."""
        current = list(findings)
        for impl in reversed(self.hook.quotecheck_filter_findings.get_hookimpls()):
            kwargs = {"findings": list(current), "story": story, "config": config}
            result = self._call(impl, "quotecheck_filter_findings", kwargs, materialise=True)
            if result is None:
                continue
            bad = next((item for item in result if not isinstance(item, Finding)), None)
            if bad is not None or not isinstance(result, list):
                self.fail(impl.plugin_name, "quotecheck_filter_findings returned "
                                            f"{kind_of(bad)} in its list, not a Finding")
                continue
            problem = next(filter(None, (finding_problem(f) or span_outside(f, story)
                                         for f in result)), None)
            if problem:
                self.fail(impl.plugin_name, f"quotecheck_filter_findings: {problem}")
                continue
            current = result
        return current

    def collect(self, hook_name: str, registration_order: bool = False,
                **kwargs: Any) -> list[tuple[str, Any]]:
        """Flatten list results of a collecting hook to ``(plugin name, item)`` pairs.

        Items of the wrong type for the hook (see ``_RESULT_CHECKS``) are recorded as the
        plugin's failure and left out; exception objects in a findings list pass through
        (a plugin's partial failure, reported by the caller)."""
        check = _RESULT_CHECKS.get(hook_name)
        out = []
        for plugin, items, _ in self._each(hook_name, registration_order, True, kwargs):
            for item in items:
                if check is not None and not isinstance(item, Exception):
                    problem = check(item)
                    if not problem and check is finding_problem:
                        problem = span_outside(item, kwargs.get("story"), kwargs.get("document"))
                    if problem:
                        self.fail(plugin, f"{hook_name}: {problem}")
                        continue
                out.append((plugin, item))
        return out

    def render(self, reporter: Any, report: Any, options: Any) -> str:
        """A reporter's output, rendered inside the guard; PluginError when it fails or
        does not return text (the run cannot produce its report without it)."""
        plugin = self._reporter_plugin(getattr(reporter, "name", "?"))
        ok, text = self.guarded(plugin, f"reporter {getattr(reporter, 'name', '?')!r}",
                                lambda: reporter.render(report, options))
        if ok and not isinstance(text, str):
            self.fail(plugin, f"reporter {reporter.name!r} returned {kind_of(text)}, not text")
            ok = False
        if not ok:
            err = self.errors.pop()
            raise err
        return text

    def _reporter_plugin(self, name: str) -> str:
        return self._reporter_owner.get(name, name)

    def failures_since(self, mark: int) -> list:
        """Plugin failures of this run: those recorded while loading plus any after
        ``mark`` (``len(pm.failures)`` when the run began)."""
        return self.failures[:self.load_failures] + self.failures[max(mark, self.load_failures):]


def _as_list(result: Any) -> list:
    """A collecting hook's result as a list (a lone item, a text or a non-iterable is one)."""
    if isinstance(result, (str, bytes)):
        return [result]
    try:
        return list(result)
    except TypeError:
        return [result]


_RESULT_CHECKS = {
    "quotecheck_document_findings": finding_problem,
    "quotecheck_story_findings": finding_problem,
    "quotecheck_rule_paths": path_problem,
    "quotecheck_parse_document": document_problem,
}
