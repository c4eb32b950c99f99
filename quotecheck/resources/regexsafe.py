"""Regular expressions from rule files that cannot hang a run.

Python's ``re`` backtracks, so a pattern that can split one piece of text between its parts
in many ways takes exponential or high-polynomial time. A rule's pattern is parsed at load
time and rejected (:class:`UnsafePattern`, one line saying why) when:

- two repeats with a large or no upper bound can take the same characters with nothing
  between them that the first could not also take (``.*a.*b``, ``\\w+\\s?\\w+``): the work
  per match attempt grows with the square (or a higher power) of the text;
- the body of a repeat can split two successive iterations in more than one way (``(a+)+``,
  ``(\\w+\\s?)*``, ``(.*a){20}``, ``(a?){30}``), or a repeated alternation has branches that
  can start alike (``(a|ab)*``): exponential;
- a lookaround holds an unbounded repeat, a repetition count is above :data:`MAX_COUNT`, or
  the pattern has a backreference.

Character classes are compared on a sample alphabet (ASCII, Latin-1, common punctuation and
every literal and range end in the pattern); the check errs on the side of rejecting.
Matching is bounded as well: :func:`bounded_finditer` never hands the engine more than
:data:`MAX_INPUT` characters at once, so the remaining accepted shapes (a leading ``.*``,
one unbounded repeat backtracking over a line) cost at most ``MAX_INPUT`` steps per character.
"""
from __future__ import annotations

import re
import warnings
from functools import lru_cache
from typing import Iterator, Optional

from quotecheck.resources.regexshape import MAX_COUNT, UnsafePattern, analyse

try:  # Python 3.11+
    import re._parser as _sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]


__all__ = ["MAX_COUNT", "MAX_INPUT", "MAX_PATTERN", "RULE_INPUT", "UnsafePattern",
           "bounded_finditer", "check_pattern", "compile_safe"]

MAX_INPUT = 10_000
"""Largest piece of text one regular-expression search sees (paragraphs are cut to it)."""

RULE_INPUT = 1_000
"""Largest piece a rule file's own pattern sees: an accepted pattern may still rescan a
piece once per start position (a leading ``.*``), so its pieces are kept short."""

MAX_PATTERN = 5_000
"""Longest rule pattern accepted (characters)."""


def check_pattern(pattern: str, flags: int = 0) -> None:
    """Raise UnsafePattern (or re.error for a syntax error) if ``pattern`` is not safe."""
    if len(pattern) > MAX_PATTERN:
        raise UnsafePattern(f"a pattern longer than {MAX_PATTERN} characters")
    try:
        with warnings.catch_warnings(record=True) as heard:
            warnings.simplefilter("always", FutureWarning)
            parsed = _sre_parse.parse(pattern, flags)
    except OverflowError:
        raise UnsafePattern(f"a repetition count above {MAX_COUNT}") from None
    except RecursionError:
        raise UnsafePattern("nested too deeply") from None
    except re.error:
        raise
    except Exception as exc:  # the parser's own corner cases: never a traceback
        raise UnsafePattern(f"cannot be parsed ({exc})") from None
    _refuse_changing_meaning(heard)
    analyse(parsed, flags)


def _refuse_changing_meaning(heard: list) -> None:
    """Reject a pattern Python warns will change meaning ('[[', '&&' or '~~' in a set): its
    rule could match differently under a later Python, and the warning would print mid-run."""
    for caught in heard:
        if issubclass(caught.category, FutureWarning):
            raise UnsafePattern(f"{caught.message}: its meaning changes in later Python "
                                "versions; escape the character with a backslash")


def compile_safe(pattern: str, flags: int = 0) -> re.Pattern:
    """Compile a rule's pattern after checking it; raises re.error or UnsafePattern.

    Under a warm start a pattern an earlier process found safe (same pattern and flags, same
    checker files) is not checked again: the furniture patterns' check alone was ~0.3 s of
    every ``compare`` (about 1 ms per article of a several-hundred-article set)."""
    _check_remembered(pattern, flags)
    try:
        return re.compile(pattern, flags)
    except (OverflowError, RecursionError, MemoryError) as exc:
        raise UnsafePattern(f"cannot be compiled ({type(exc).__name__})") from None


def _check_remembered(pattern: str, flags: int) -> None:
    """:func:`check_pattern`, skipped when a warm start remembers the same pattern safe."""
    from quotecheck.resources.warmstart import data_key, remembered

    remembered("safe-pattern:" + data_key(pattern, int(flags), *_checker_files()),
               lambda: check_pattern(pattern, flags) or True)


@lru_cache(maxsize=1)
def _checker_files() -> tuple:
    """(size, mtime) of the checker's files: a changed checker checks every pattern again."""
    import os

    from quotecheck.resources import regexalphabet, regexshape

    stats = [os.stat(f) for f in (__file__, regexshape.__file__, regexalphabet.__file__)]
    return tuple((st.st_size, st.st_mtime_ns) for st in stats)


def _pieces(text: str, start: int, end: int, size: int) -> Iterator[tuple[int, int]]:
    """Cut ``text[start:end]`` into pieces of at most ``size`` characters at line breaks."""
    pos = start
    while pos < end:
        stop = min(end, pos + size)
        if stop < end:
            cut = text.rfind("\n", pos + size // 2, stop)
            if cut < 0:
                cut = text.rfind(" ", pos + size // 2, stop)
            if cut > pos:
                stop = cut + 1
        yield pos, stop
        pos = stop


def bounded_finditer(pattern: re.Pattern, text: str, start: int = 0,
                     end: Optional[int] = None, size: int = MAX_INPUT) -> Iterator[re.Match]:
    """Matches of ``pattern`` in ``text[start:end]``, searched piece by piece.

    Offsets of the matches are into ``text``. A match cannot cross a piece boundary, which
    falls at a line break (or a space) where one exists.
    """
    end = len(text) if end is None else end
    for s, e in _pieces(text, start, end, size):
        yield from pattern.finditer(text, s, e)


def bounded_matches_at(pattern: re.Pattern, text: str, starts: list,
                       size: int = MAX_INPUT) -> Iterator[re.Match]:
    """What :func:`bounded_finditer` gives on the whole of ``text`` when every match of
    ``pattern`` begins at one of ``starts`` (sorted, no repeats): ``pattern`` is tried at
    those positions only, each piece's matches left to right and never overlapping, so a
    text holding few places where a match can begin is not walked character by character."""
    from bisect import bisect_left

    for s, e in _pieces(text, 0, len(text), size):
        pos = s
        for p in starts[bisect_left(starts, s):bisect_left(starts, e)]:
            if p < pos:
                continue
            m = pattern.match(text, p, e)
            if m is not None:
                yield m
                pos = m.end()


def cut_at_spaces(text: str, size: int = MAX_INPUT) -> bool:
    """Whether every piece :func:`bounded_finditer` cuts ``text`` into ends after a line break
    or a space (a piece with neither is cut anywhere, perhaps inside a word, where a pattern
    ending at the cut sees the end of its input)."""
    return all(text[e - 1] in "\n " for _, e in _pieces(text, 0, len(text), size)
               if e < len(text))
