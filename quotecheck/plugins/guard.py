"""Calls into plugin code that cannot take the run with them.

Every hook implementation (built-ins included) and every reporter's ``render`` runs inside
:class:`HookGuard`: what it prints to standard output goes to standard error (so JSON and
SARIF on stdout stay parseable), ``SystemExit`` and any ``Exception`` become that plugin's
failure, and a call that does not return within the time budget is interrupted (SIGALRM,
main thread on POSIX only). ``KeyboardInterrupt`` still stops the run. ``os._exit`` cannot be
caught in-process: see docs/security.md.
"""
from __future__ import annotations

import contextlib
import os
import sys
from typing import Any, Callable, Optional

from quotecheck.model import SEVERITY_RANK, Detection, Document, Finding
from quotecheck.resources import budget

GRACE_SECONDS = 2.0  # after the timeout fires, how long a plugin that swallows it may linger
_REAL_EXIT = os._exit  # the guard's own emergency exit, whatever a plugin's call saw


class ProcessExitCalled(SystemExit):
    """What ``os._exit(code)`` raises while plugin code runs: the plugin's failure."""

    def __str__(self) -> str:
        return f"os._exit({self.code!r})"


class PluginTimeout(BaseException):
    """Raised inside a hook that ran past its time budget (a BaseException so that a
    plugin's ``except Exception`` does not swallow it)."""


class HookFailure(Exception):
    """What a guarded call reports: the failure message (without the plugin name)."""


class HookGuard:
    """Runs plugin callables with stdout sent to stderr, failures caught and a time budget.

    ``timeout`` (seconds, None or 0 for none) bounds each outermost call. Nested guarded
    calls (a hook that calls another) share the outermost call's redirection and budget.
    """

    def __init__(self) -> None:
        self.timeout: Optional[float] = None
        self._depth = 0
        self._current = ("", "")

    def call(self, plugin: str, what: str, func: Callable[[], Any]) -> Any:
        """``func()`` guarded; raises HookFailure with a one-line reason when it fails."""
        if self._depth:
            return self._run(plugin, what, func)
        self._current = (plugin, what)
        self._depth += 1
        try:
            with contained(), self._budget():
                return self._run(plugin, what, func)
        finally:
            self._depth -= 1

    def _run(self, plugin: str, what: str, func: Callable[[], Any]) -> Any:
        try:
            return func()
        except HookFailure:
            raise
        except PluginTimeout:
            raise HookFailure(f"{what} did not return within {self.timeout:g} s "
                              "(--plugin-timeout)") from None
        except SystemExit as exc:
            raise HookFailure(f"{what} {exit_attempt(exc)}") from None
        except Exception as exc:
            raise HookFailure(f"{what} raised {type(exc).__name__}: {_one_line(exc)}") from None

    @contextlib.contextmanager
    def _budget(self):
        """SIGALRM after ``timeout`` seconds raises PluginTimeout in the hook; if the hook
        swallows it, a second alarm ends the process with status 2 and a message."""
        import signal
        import threading

        usable = (self.timeout and self.timeout > 0 and hasattr(signal, "setitimer")
                  and threading.current_thread() is threading.main_thread())
        if not usable:
            yield
            return
        fired = []

        def on_alarm(signum, frame):
            if fired:
                plugin, what = self._current
                _die(f"plugin {plugin!r}: {what} ignored the time budget of "
                     f"{self.timeout:g} s; stopping")
            fired.append(True)
            signal.setitimer(signal.ITIMER_REAL, GRACE_SECONDS)
            raise PluginTimeout()

        def pause():        # the time left (of the budget, or of the grace after it fired)
            return signal.setitimer(signal.ITIMER_REAL, 0)[0]

        def resume(left):
            if left > 0:
                signal.setitimer(signal.ITIMER_REAL, left)

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, float(self.timeout))
        budget.register(pause, resume)
        try:
            yield
        finally:
            budget.unregister()
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _die(message: str) -> None:
    """A message on stderr and exit status 2, now (the main thread is stuck in a plugin)."""
    try:
        sys.stderr.write(f"quotecheck: error: {message}\n")
        sys.stderr.flush()
    finally:
        _REAL_EXIT(2)


def exit_attempt(exc: SystemExit) -> str:
    """How plugin code tried to end the run, as the failure message says it."""
    if isinstance(exc, ProcessExitCalled):
        return f"tried to end the process ({exc})"
    return f"tried to end the run (SystemExit({exc.code!r}))"


@contextlib.contextmanager
def contained():
    """Plugin code's surroundings: its standard output goes to standard error and
    ``os._exit`` raises :class:`ProcessExitCalled` (restored afterwards, nested or not)."""
    previous = os._exit

    def _exit_raises(code=0):
        raise ProcessExitCalled(code)

    os._exit = _exit_raises
    try:
        with _stdout_to_stderr():
            yield
    finally:
        os._exit = previous


@contextlib.contextmanager
def _stdout_to_stderr():
    """Standard output, Python-level and file-descriptor-level, sent to standard error."""
    out = sys.stdout
    _flush(out)
    saved = None
    try:
        if out is sys.__stdout__ and sys.__stderr__ is not None:
            sys.__stderr__.flush()
            saved = os.dup(1)
            os.dup2(2, 1)
    except (OSError, ValueError, AttributeError):
        saved = None
    try:
        with contextlib.redirect_stdout(sys.stderr):
            yield
    finally:
        _flush(out)  # what the plugin wrote to a saved reference of stdout goes to stderr too
        if saved is not None:
            os.dup2(saved, 1)
            os.close(saved)


def _flush(stream: Any) -> None:
    try:
        stream.flush()
    except Exception:  # a closed or odd stream: nothing to lose here
        pass


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 300 else text[:299] + "…"


# -- what hooks may return --------------------------------------------------------------
def _bad_span(item: Any) -> Optional[str]:
    start, end = item.start, item.end
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
        return "start and end must be integers"
    if not 0 <= start <= end:
        return f"span {start}..{end} is not 0 <= start <= end"
    if not isinstance(item.document, str):
        return "document must be a document id (str)"
    for rel in item.related or ():
        if not (isinstance(getattr(rel, "document", None), str)
                and isinstance(getattr(rel, "start", None), int)
                and isinstance(getattr(rel, "end", None), int)
                and 0 <= rel.start <= rel.end):
            return "related spans must be Related(document, start, end)"
    return None


def finding_problem(item: Any) -> Optional[str]:
    """What is wrong with an item a findings hook returned (None when fine)."""
    if isinstance(item, Detection):
        if not (isinstance(item.rule_type, str) and isinstance(item.category, str)):
            return "a Detection's rule_type and category must be texts"
        if item.args is not None and not hasattr(item.args, "get"):
            return "a Detection's args must be a mapping"
        return _bad_span(item)
    if isinstance(item, Finding):
        if item.severity not in SEVERITY_RANK:
            return f"a Finding's severity must be one of {', '.join(SEVERITY_RANK)}"
        if not all(isinstance(v, str) for v in (item.code, item.name, item.message)):
            return "a Finding's code, name and message must be texts"
        return _bad_span(item)
    return f"returned {kind_of(item)}, not a Finding or Detection"


def span_outside(item: Any, story: Any, document: Any = None) -> Optional[str]:
    """Why a finding's or detection's spans do not index its documents' text (None when
    they do, or when the documents are not known here)."""
    for doc_id, start, end in [(item.document, item.start, item.end),
                               *[(r.document, r.start, r.end) for r in item.related or ()]]:
        doc = document if document is not None and document.id == doc_id else None
        if doc is None and story is not None:
            try:
                doc = story.document(doc_id)
            except (KeyError, AttributeError, TypeError):
                return f"names no document of this run: {doc_id!r}"
        if doc is not None and end > len(doc.text):
            return (f"span {start}..{end} is outside {doc_id!r} "
                    f"({len(doc.text)} characters)")
    return None


def document_problem(item: Any) -> Optional[str]:
    """What is wrong with what ``quotecheck_parse_document`` returned (None when fine)."""
    if not isinstance(item, Document):
        return f"returned {kind_of(item)}, not a Document or None"
    if not all(isinstance(v, str) for v in (item.id, item.path, item.text)):
        return "the Document's id, path and text must be texts"
    return None


def path_problem(item: Any) -> Optional[str]:
    """What is wrong with a rule path a plugin returned (None when fine)."""
    return None if isinstance(item, (str, os.PathLike)) else \
        f"returned {kind_of(item)}, not a path"


def kind_of(item: Any) -> str:
    """``a list``, ``an int``: the type of ``item`` for a message."""
    text = type(item).__name__
    return f"a {text}" if text[0].lower() not in "aeiou" else f"an {text}"
