"""Regular expressions from rule files that cannot hang a run.

A rule's pattern is parsed at load time and rejected when it can backtrack catastrophically:
a repeat inside an unbounded repeat (``(a+)+``), an unbounded repeat of alternatives that can
start with the same character (``(a|ab)*``), or a backreference. Matching is then bounded as
well: :func:`bounded_finditer` never hands the engine more than :data:`MAX_INPUT` characters
at once, so even a pattern that slips through stays polynomial on short pieces.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

try:  # Python 3.11+
    import re._parser as _sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]

MAX_INPUT = 10_000
"""Largest piece of text one regular-expression search sees (paragraphs are cut to it)."""

_LARGE = 50  # a repeat with a larger maximum counts as unbounded (MAXREPEAT is huge)
_ANY = object()  # "any character may come first"


class UnsafePattern(ValueError):
    """A pattern that could backtrack catastrophically (the message says why)."""


def _name(op) -> str:
    return str(op).upper()


def _repeat_max(op, av) -> Optional[int]:
    if _name(op) in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return av[1]
    return None


def _first_chars(items) -> object:
    """Characters that can start a match of ``items``: a set of code points, or _ANY.

    A sequence that can match the empty string counts as _ANY (what follows it may start
    the match, so it is ambiguous with any sibling alternative).
    """
    chars: set = set()
    for op, av in items:
        name = _name(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero-width
        rmax = _repeat_max(op, av)
        if name == "LITERAL":
            sub: object = {av}
        elif name == "IN":
            sub = set()
            for sop, sav in av:
                sname = _name(sop)
                if sname == "LITERAL":
                    sub.add(sav)  # type: ignore[union-attr]
                elif sname == "RANGE" and sav[1] - sav[0] < 256:
                    sub.update(range(sav[0], sav[1] + 1))  # type: ignore[union-attr]
                else:
                    sub = _ANY
                    break
        elif name == "SUBPATTERN":
            sub = _first_chars(av[-1])
        elif name == "ATOMIC_GROUP":
            sub = _first_chars(av)
        elif name == "BRANCH":
            sub = set()
            for alt in av[1]:
                one = _first_chars(alt)
                if one is _ANY:
                    sub = _ANY
                    break
                sub |= one  # type: ignore[operator]
        elif rmax is not None:
            sub = _first_chars(av[2])
            if sub is not _ANY and av[0] == 0:
                chars |= sub  # type: ignore[operator]
                continue  # optional: what follows may start the match too
        else:
            return _ANY
        if sub is _ANY:
            return _ANY
        return chars | sub  # type: ignore[operator]
    return _ANY  # the whole sequence can be empty


def _overlap(branches) -> bool:
    seen: set = set()
    for alt in branches:
        first = _first_chars(alt)
        if first is _ANY or seen & first:  # type: ignore[operator]
            return True
        seen |= first  # type: ignore[operator]
    return False


def _walk(items, inside_unbounded: bool, inside_repeat: bool) -> None:
    for op, av in items:
        name = _name(op)
        if name in ("GROUPREF", "GROUPREF_EXISTS"):
            raise UnsafePattern("backreferences are not allowed in rule patterns")
        rmax = _repeat_max(op, av)
        if rmax is not None:
            unbounded = rmax >= _LARGE  # MAXREPEAT (no upper bound) included
            variable = rmax != av[0]
            if variable and (inside_unbounded or (unbounded and inside_repeat)):
                raise UnsafePattern("nested quantifiers (a repeat inside a repeat, as in "
                                    "'(a+)+') can backtrack catastrophically")
            _walk(av[2], inside_unbounded or (unbounded and variable),
                  inside_repeat or (rmax > 1 and variable))
        elif name == "SUBPATTERN":
            _walk(av[-1], inside_unbounded, inside_repeat)
        elif name == "ATOMIC_GROUP":
            _walk(av, inside_unbounded, inside_repeat)
        elif name == "BRANCH":
            if inside_unbounded and _overlap(av[1]):
                raise UnsafePattern("a repeated alternation whose branches can start alike "
                                    "(as in '(a|ab)*') can backtrack catastrophically")
            for alt in av[1]:
                _walk(alt, inside_unbounded, inside_repeat)
        elif name in ("ASSERT", "ASSERT_NOT"):
            _walk(av[1], inside_unbounded, inside_repeat)


def check_pattern(pattern: str) -> None:
    """Raise UnsafePattern (or re.error for a syntax error) if ``pattern`` is not safe."""
    parsed = _sre_parse.parse(pattern)
    _walk(list(parsed), False, False)


def compile_safe(pattern: str, flags: int = 0) -> re.Pattern:
    """Compile a rule's pattern after checking it; raises re.error or UnsafePattern."""
    check_pattern(pattern)
    return re.compile(pattern, flags)


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut ``text[start:end]`` into pieces of at most MAX_INPUT characters at line breaks."""
    pos = start
    while pos < end:
        stop = min(end, pos + MAX_INPUT)
        if stop < end:
            cut = text.rfind("\n", pos + MAX_INPUT // 2, stop)
            if cut < 0:
                cut = text.rfind(" ", pos + MAX_INPUT // 2, stop)
            if cut > pos:
                stop = cut + 1
        yield pos, stop
        pos = stop


def bounded_finditer(pattern: re.Pattern, text: str, start: int = 0,
                     end: Optional[int] = None) -> Iterator[re.Match]:
    """Matches of ``pattern`` in ``text[start:end]``, searched piece by piece.

    Offsets of the matches are into ``text``. A match cannot cross a piece boundary, which
    falls at a line break (or a space) where one exists.
    """
    end = len(text) if end is None else end
    for s, e in _pieces(text, start, end):
        yield from pattern.finditer(text, s, e)
