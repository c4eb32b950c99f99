"""What every match of a regex must contain, and where the engine starts looking for one.

Reads Python's parse of a pattern (``re._parser``): :func:`required_literals` gives the literal
strings one of which every match holds (the needles :mod:`quotecheck.resources.regexprefilter`
tests with ``in`` before the engine runs, and :mod:`quotecheck.resources.regexruns` and
``load.chromesentences`` read as well); :func:`engine_scans_fast`, :func:`walks_back` and
:func:`led` tell whether the engine finds a pattern's start by itself, walks a failing match
back over a long repeat, or would skip ahead without a leading ``\\b``. The analysis is apart
from the guard that uses it so that each module stays small; it is sound, never approximate
(a pattern gets needles only when every match must contain one of them).
"""
from __future__ import annotations

import re
from typing import Optional

# the engine's parser and opcodes (sre_parser, sre_const), for every module here that reads a parse
try:  # Python 3.11+
    import re._constants as sre_const  # type: ignore[import-not-found]
    import re._parser as sre_parser  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as sre_const  # type: ignore[no-redef]
    import sre_parse as sre_parser  # type: ignore[no-redef]

MAX_NEEDLES = 40
"""Most alternative strings tested for one pattern (more cost more than the search saves)."""
ZERO_WIDTH_OPS = {sre_const.AT, sre_const.ASSERT, sre_const.ASSERT_NOT}
"""The parsed-pattern opcodes that match no character (anchors, lookarounds)."""
REPEAT_OPS = {sre_const.MAX_REPEAT, sre_const.MIN_REPEAT} | (
    {sre_const.POSSESSIVE_REPEAT} if hasattr(sre_const, "POSSESSIVE_REPEAT") else set())
"""The parsed-pattern opcodes of a repeat (greedy, lazy, possessive)."""


def required_literals(pattern: re.Pattern, items: Optional[list] = None
                      ) -> Optional[tuple[str, ...]]:
    """Strings one of which every match of ``pattern`` contains (folded when the pattern
    ignores case), or None when no such short list is known (``items``: the parsed pattern,
    when the caller has it)."""
    ignore = bool(pattern.flags & re.IGNORECASE)
    if items is None:
        items = list(sre_parser.parse(pattern.pattern, pattern.flags & ~re.DEBUG))
    return fewest_needles(required_strings(items, ignore))


def fewest_needles(found: Optional[set]) -> Optional[tuple[str, ...]]:
    """``found`` sorted without the needles that hold another (None when empty)."""
    if not found:
        return None
    # a needle holding another is redundant: any() over the rest gives the same answer
    return tuple(sorted(n for n in found if not any(m != n and m in n for m in found)))


def _char(code: int, ignore: bool) -> Optional[str]:
    ch = chr(code)
    if ignore and not ch.isascii():   # a caseless mark ("\u00a9", a dash) matches itself
        return ch if not ch.isalpha() and ch.lower() == ch == ch.upper() else None
    return ch.lower() if ignore else ch


def exact_strings(items: list, ignore: bool) -> Optional[set]:
    """Every string the item sequence can match, when it matches only a few literals."""
    out = {""}
    for op, av in items:
        if op in ZERO_WIDTH_OPS:
            continue
        if op is sre_const.LITERAL:
            ch = _char(av, ignore)
            if ch is None:
                return None
            got = {ch}
        elif op is sre_const.SUBPATTERN and group_literals_sound(av, ignore):
            got = exact_strings(list(av[3]), ignore)
        elif op is sre_const.BRANCH:
            got = set()
            for alt in av[1]:
                sub = exact_strings(list(alt), ignore)
                if sub is None:
                    return None
                got |= sub
        elif op in REPEAT_OPS and av[0] == 0 and av[1] == 1:
            sub = exact_strings(list(av[2]), ignore)
            got = None if sub is None else sub | {""}
        else:
            return None
        if got is None or len(out) * len(got) > MAX_NEEDLES:
            return None
        out = {a + b for a in out for b in got}
    return out


def group_literals_sound(av: tuple, ignore: bool) -> bool:
    """Whether a group's literals are needles as the enclosing pattern's are: a group without
    flags, or one whose flags leave its literals' test sound. ``(?-i:Read more)`` in a
    case-insensitive pattern matches "Read more" exactly, and its folded needle ("read more")
    is then in the folded text; ``(?i:...)`` in a case-sensitive pattern is not (the needles
    are tested on the text as it is). The other scoped flags (``m``, ``s``, ``x``) change no
    literal."""
    return not (av[1] & re.IGNORECASE and not ignore)


def required_strings(items: list, ignore: bool) -> Optional[set]:
    """A set of strings one of which every match of the sequence contains (the best found:
    longest shortest string, then fewest), or None."""
    candidates = []
    run = {""}          # the literal strings the sequence matches since the last break
    for op, av in items:
        if op in ZERO_WIDTH_OPS:
            continue    # consumes nothing: the literals on both sides stay adjacent
        exact = exact_strings([(op, av)], ignore)
        if exact is not None and len(run) * len(exact) <= MAX_NEEDLES:
            run = {a + b for a in run for b in exact}
            continue
        candidates.append(run)
        run = {""}
        if op is sre_const.SUBPATTERN and group_literals_sound(av, ignore):
            candidates.append(required_strings(list(av[3]), ignore))
        elif op is sre_const.BRANCH:
            union: Optional[set] = set()
            for alt in av[1]:
                sub = required_strings(list(alt), ignore)
                if sub is None or len(union) + len(sub) > MAX_NEEDLES:
                    union = None
                    break
                union |= sub
            candidates.append(union)
        elif op in REPEAT_OPS and av[0] >= 1:
            candidates.append(required_strings(list(av[2]), ignore))
    candidates.append(run)
    usable = [c for c in candidates if c and "" not in c]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))


def _uncased(code: int, ignore: bool) -> bool:
    ch = chr(code)
    return not ignore or ch.lower() == ch == ch.upper()


def opening_item(items: list, skip_zero_width: bool) -> Optional[tuple]:
    """The pattern's first item (inside groups without flags; past zero-width ones when
    ``skip_zero_width``), or None."""
    while items:
        op, av = items[0]
        if skip_zero_width and op in ZERO_WIDTH_OPS:
            items = items[1:]
        elif op is sre_const.SUBPATTERN and not (av[1] or av[2]):
            items = list(av[3]) + items[1:]
        else:
            return op, av, items[1:]
    return None


def engine_scans_fast(items: list, flags: int) -> bool:
    """The engine skips ahead to where the pattern can start (its first item is a literal,
    a class or literal alternatives it can look for without case folding), or tries the
    start of the text only (``\\A``, or ``^`` without MULTILINE)."""
    ignore = bool(flags & re.IGNORECASE)
    first = opening_item(items, False)
    if first is None:
        return False
    op, av, _ = first
    if op is sre_const.AT:
        return av is sre_const.AT_BEGINNING_STRING or (
            av is sre_const.AT_BEGINNING and not flags & re.MULTILINE)
    if op is sre_const.LITERAL:
        return _uncased(av, ignore)
    if op is sre_const.IN:
        return not ignore
    if op is sre_const.BRANCH:
        return all(alt and alt[0][0] is sre_const.LITERAL and _uncased(alt[0][1], ignore)
                   for alt in av[1])
    return False


def walks_back(items: list) -> bool:
    """The pattern opens with a repeat of almost any character (``.``, ``[^...]``) that may
    take more than one, followed by something other than a literal: a failing match walks
    the whole repeat back, trying the rest at each step."""
    first = opening_item(items, True)
    if first is None:
        return False
    op, av, rest = first
    if op not in REPEAT_OPS or av[1] <= 1 or len(av[2]) != 1:
        return False
    body_op, body_av = list(av[2])[0]
    broad = body_op in (sre_const.ANY, sre_const.NOT_LITERAL) or (
        body_op is sre_const.IN and body_av and body_av[0][0] is sre_const.NEGATE)
    after = opening_item(rest, True)
    return broad and not (after and after[0] is sre_const.LITERAL)


def case_sensitive_body(items: list, flags: int) -> Optional[list]:
    """The body of a case-insensitive pattern that is one group turning case folding off
    (``(?-i:... MORE\\b)``): every match is the body's, case and all, so its needles are
    tested on the text as it is (" MORE", rarer than the folded " more"). Else None."""
    if not flags & re.IGNORECASE or len(items) != 1 or items[0][0] is not sre_const.SUBPATTERN:
        return None
    av = items[0][1]
    return list(av[3]) if av[2] & re.IGNORECASE and not av[1] & re.IGNORECASE else None


def led(regex: re.Pattern) -> bool:
    """Whether ``regex`` opens with ``\\b`` and, without it, with something the engine skips
    ahead to (:func:`engine_scans_fast`), and never matches empty (:class:`Guarded`'s
    ``lead``)."""
    if not regex.pattern.startswith("\\b"):
        return False
    try:
        rest = sre_parser.parse(regex.pattern[2:], regex.flags & ~re.DEBUG)
    except re.error:
        return False
    return engine_scans_fast(list(rest), regex.flags) and rest.getwidth()[0] > 0
