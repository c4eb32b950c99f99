"""A pause in a plugin's time budget while the pipeline computes a shared analysis.

A Story computes its analyses (quotes, provenance, alignment) the first time a check asks,
so that work would otherwise count against whichever plugin hook asked first: on a large
story set on a busy machine the built-in story check ran past ``--plugin-timeout`` for work
that is the pipeline's, not the plugin's. The plugin guard registers how to pause its timer;
:func:`paused` is entered by the pipeline around such work. Without a guard it does nothing.
"""
from __future__ import annotations

import contextlib
from typing import Callable, Iterator, Optional

# (pause, resume): pause() stops the running budget and returns what resume() needs
_HANDLERS: list = []


def register(pause: Callable[[], object], resume: Callable[[object], None]) -> None:
    """Install the running budget's pause and resume (one at a time; the guard owns it)."""
    _HANDLERS[:] = [(pause, resume)]


def unregister() -> None:
    """No budget is running any more."""
    _HANDLERS.clear()


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The running budget (if any) stands still inside this block; nested blocks are fine."""
    handlers: Optional[tuple] = _HANDLERS[0] if _HANDLERS else None
    if handlers is None:
        yield
        return
    pause, resume = handlers
    state = pause()
    try:
        yield
    finally:
        resume(state)
