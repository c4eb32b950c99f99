"""The shape analysis behind :mod:`~quotecheck.resources.regexsafe`: can a parsed pattern
split one text between its parts in too many ways?

A pattern is read as sequences of atoms (a character class, or a repeat summarised by its
characters, first and last characters and length range) and alternatives. Two variable atoms
*trade* when the first can end with, or take one more step of, what the second starts with,
and every required piece between them could be taken by both. A trade inside the body of a
repeat makes matching exponential; two unbounded atoms that trade make each match attempt
quadratic or worse. Alternatives are checked one way through at a time (up to
``_MAX_PATHS``), which keeps ``(?:Ltd|Inc)?\\s*`` from counting as ``\\s*\\s*``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from quotecheck.resources.regexalphabet import category, sample_of

try:  # Python 3.11+
    import re._parser as _sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]


MAX_COUNT = 1_000
"""Largest repetition count (``{m,n}``) a rule pattern may give."""

_LARGE = 128  # a repeat whose length can vary by more than this counts as unbounded
_PAIR_BUDGET = 2_500  # most ways two bounded ambiguous neighbours may split a text
_SLACK_BESIDE_UNBOUNDED = 8  # most slack of a repeat that trades with an unbounded one
_MAX_PATHS = 512  # ways through a sequence's alternatives checked one by one
_INF = float("inf")
class UnsafePattern(ValueError):
    """A pattern that could backtrack catastrophically (the message says why)."""


@dataclass(frozen=True)
class _Atom:
    """What one consuming piece of a pattern can match: its characters and lengths."""

    chars: frozenset
    first: frozenset
    minlen: float
    maxlen: float
    last: frozenset = frozenset()  # characters that can end a match
    must: tuple = ()  # character sets of its required pieces, in order
    unit: tuple = ()  # for a repeat: the character sets one iteration requires

    @property
    def variable(self) -> bool:
        return self.minlen != self.maxlen

    @property
    def big(self) -> bool:
        return self.maxlen - self.minlen > _LARGE


_EMPTY = _Atom(frozenset(), frozenset(), 0, 0)


@dataclass(frozen=True)
class _Branch:
    """Alternatives (each a list of atoms and branches; an optional group is one with an
    empty alternative), kept apart so that neighbours are compared with each of them."""

    alts: tuple
    summary: _Atom


def _summary(element) -> _Atom:
    return element.summary if isinstance(element, _Branch) else element


def _name(op) -> str:
    return str(op).upper()


class _Checker:
    """One pattern's walk: atoms for sequences, UnsafePattern on the first bad shape."""

    def __init__(self, sample: tuple, dotall: bool) -> None:
        self.sample = sample
        self.all = frozenset(sample)
        self.dotall = dotall
        self.soft: list = []  # slacks of bounded repeats that trade with unbounded ones

    def _literal(self, code: int) -> frozenset:
        ch = chr(code)
        return frozenset({code} | {ord(c) for c in (ch.lower(), ch.upper()) if len(c) == 1})

    def _charset(self, name: str, av) -> frozenset:
        if name == "LITERAL":
            return self._literal(av)
        if name == "NOT_LITERAL":
            return self.all - {av}
        if name == "ANY":
            return self.all if self.dotall else self.all - {10}
        out: set = set()
        negate = False
        for sop, sav in av:  # IN
            sname = _name(sop)
            if sname == "NEGATE":
                negate = True
            elif sname == "LITERAL":
                out |= self._literal(sav)
            elif sname == "RANGE":
                out |= {c for c in self.sample if sav[0] <= c <= sav[1]}
                out |= {c for lo in range(sav[0], min(sav[1], sav[0] + 256) + 1)
                        for c in self._literal(lo)}
            elif sname == "CATEGORY":
                out |= category(_name(sav), self.sample)
            else:
                out = set(self.all)
        return self.all - out if negate else frozenset(out)

    def sequence(self, items, in_repeat: bool) -> list:
        """Atoms of a sequence (groups inlined); checks it for ambiguous pairs of repeats."""
        atoms: list = []
        for op, av in items:
            atoms.extend(self.item(_name(op), av, in_repeat))
        paths = _paths(atoms, _MAX_PATHS)
        if paths is None:  # too many ways through: the coarse check on alternatives
            self.pairs(atoms, self.soft)
        for path in paths or ():
            _scan_path(path, self.soft)
        return atoms

    def item(self, name: str, av, in_repeat: bool) -> list:
        if name in ("GROUPREF", "GROUPREF_EXISTS"):
            raise UnsafePattern("backreferences are not allowed in rule patterns")
        if name in ("LITERAL", "NOT_LITERAL", "ANY", "IN"):
            chars = self._charset(name, av)
            return [_Atom(chars, chars, 1, 1, chars, (chars,), (chars,))]
        if name == "SUBPATTERN":
            saved = self.dotall
            if av[1] & re.DOTALL:
                self.dotall = True
            try:
                return self.sequence(av[-1], in_repeat)
            finally:
                self.dotall = saved
        if name == "ATOMIC_GROUP":
            return self.sequence(av, in_repeat)
        if name in ("ASSERT", "ASSERT_NOT"):
            inner = self.sequence(av[1], in_repeat)
            if any(_summary(a).big for a in inner):
                raise UnsafePattern("an unbounded repeat inside a lookaround rescans the "
                                    "text at every position; bound it ({0,50})")
            return []
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if av[1] <= 1:  # optional (or once): either the body or nothing
                body = self.sequence(av[2], in_repeat)
                if av[0] == 1:
                    return body
                one = self.merged(body)
                return [_Branch((body, []), _Atom(one.chars, one.first, 0, one.maxlen,
                                                  one.last))]
            return [self.repeat(av, in_repeat)]
        if name == "BRANCH":
            return [self.branch(av[1], in_repeat)]
        return []  # AT (anchors) and other zero-width items

    @staticmethod
    def merged(atoms: list) -> _Atom:
        """One atom standing for a sequence of atoms."""
        atoms = [_summary(a) for a in atoms]
        if not atoms:
            return _EMPTY
        chars = frozenset().union(*(a.chars for a in atoms))
        first: set = set()
        for a in atoms:
            first |= a.first
            if a.minlen > 0:
                break
        last: set = set()
        for a in reversed(atoms):
            last |= a.last
            if a.minlen > 0:
                break
        must = tuple(m for a in atoms for m in a.must)
        return _Atom(chars, frozenset(first), sum(a.minlen for a in atoms),
                     sum(a.maxlen for a in atoms), frozenset(last), must)

    def repeat(self, av, in_repeat: bool) -> _Atom:
        low, high, body = av
        if low > MAX_COUNT or (high != _sre_parse.MAXREPEAT and high > MAX_COUNT):
            raise UnsafePattern(f"a repetition count above {MAX_COUNT}")
        atoms = self.sequence(body, in_repeat or high > 1)
        one = self.merged(atoms)
        if high > 1 and one.maxlen > 0:
            try:
                self.pairs(atoms + atoms, None)
            except UnsafePattern:
                raise UnsafePattern("nested quantifiers: a repeat whose iterations can split "
                                    "the same text in more than one way (as in '(a+)+', "
                                    "'(\\w+\\s?)*' or '(a?){30}') can backtrack "
                                    "catastrophically") from None
        unbounded = high == _sre_parse.MAXREPEAT
        maxlen = _INF if unbounded or one.maxlen == _INF else high * one.maxlen
        return _Atom(one.chars, one.first, low * one.minlen, maxlen, one.last,
                     one.must if low else (), one.must or (one.chars,))

    def branch(self, alternatives, in_repeat: bool) -> _Branch:
        elements = tuple(self.sequence(alt, in_repeat) for alt in alternatives)
        alts = [self.merged(alt) for alt in elements]
        if in_repeat:
            seen: set = set()
            for alt in alts:
                if alt.minlen == 0 or seen & alt.first:
                    raise UnsafePattern("a repeated alternation whose branches can start "
                                        "alike or match nothing (as in '(a|ab)*') can "
                                        "backtrack catastrophically")
                seen |= alt.first
        chars = frozenset().union(*(a.chars for a in alts))
        first = frozenset().union(*(a.first for a in alts))
        last = frozenset().union(*(a.last for a in alts))
        return _Branch(elements, _Atom(chars, first, min(a.minlen for a in alts),
                                       max(a.maxlen for a in alts), last))

    @staticmethod
    def pairs(elements: list, soft: Optional[list]) -> None:
        """UnsafePattern if two variable atoms can trade characters (the first can take what
        the second starts with, and can run over every required atom between them) and
        the ways to split grow too fast: both unbounded, or a product of slacks above
        :data:`_PAIR_BUDGET` (``big_only``: a sequence), or at all (the body of a repeat)."""
        for left, rest in _lefts(elements, []):
            _scan(left, rest, soft)


def _paths(elements: list, budget: int) -> Optional[list]:
    """Every sequence of plain atoms through ``elements`` (one per choice of alternatives),
    or None when there are more than ``budget``."""
    paths: list = [[]]
    for el in elements:
        if isinstance(el, _Branch) and not _plain(el):
            options: list = []
            for alt in el.alts:
                sub = _paths(alt, budget)
                if sub is None:
                    return None
                options.extend(sub)
            paths = [p + o for p in paths for o in options]
        else:
            paths = [p + [_summary(el)] for p in paths]
        if len(paths) > budget:
            return None
    return paths


def _plain(branch: _Branch) -> bool:
    """Alternatives of fixed words (``Ltd|Inc|Limited``): one atom is exact enough."""
    return all(alt and all(isinstance(a, _Atom) and not a.variable for a in alt)
               for alt in branch.alts)


def _scan_path(path: list, soft: list) -> None:
    """UnsafePattern if two variable atoms of one way through a sequence can trade too
    much. A required piece between them that the right one cannot take keeps each of its
    runs after its own occurrence of that piece, so the runs are scanned once: no trade."""
    for i, left in enumerate(path):
        if not left.variable:
            continue
        between: list = []
        for right in path[i + 1:]:
            if (right.variable and _atom_trades(left, right)
                    and all(m & right.chars for m in between)):
                _trade(left, right, soft)
            if right.minlen > 0:
                if not left.chars & right.first:
                    break  # a required piece the left repeat cannot run over
                between.extend(right.must or (right.chars,))


def _lefts(elements: list, tail: list) -> Iterator[tuple]:
    """Every variable atom of ``elements`` (inside alternatives too) with what follows it."""
    for i, el in enumerate(elements):
        after = elements[i + 1:] + tail
        if _summary(el).variable:
            yield el, after


def _atom_trades(left: _Atom, right: _Atom) -> bool:
    """Whether a variable atom can hand its end to ``right``, or take one more iteration
    from where ``right`` starts."""
    if left.last & right.first:
        return True
    return bool(left.first & right.first and all(m & right.chars for m in left.unit))


def _trades(left, right: _Atom) -> bool:
    """Whether ``left`` (an atom or alternatives) and the variable ``right`` after it can
    split one text two ways: left ends with, or right starts with, what the other takes."""
    if not isinstance(left, _Branch):
        return _atom_trades(left, right)
    for alt in left.alts:
        one = _Checker.merged(alt)
        if one.last & right.first:
            return True  # an alternative's end can be handed over
        if one.first & right.first and all(m & right.chars for m in one.must):
            return True  # right could take the whole alternative instead
    return False


def _scan(left, rest: list, soft: Optional[list]) -> bool:
    """Check ``left`` against what follows it; False once a required piece stops it."""
    whole_left = _summary(left)
    for right in rest:
        if isinstance(right, _Branch):
            whole = right.summary
            if whole.variable and _trades(left, whole):
                _trade(whole_left, whole, soft)
            if not any([_scan(left, alt, soft) for alt in right.alts]):
                return False
            continue
        shared = whole_left.chars & right.first
        if right.variable and _trades(left, right):
            _trade(whole_left, right, soft)
        if right.minlen > 0 and not shared:
            return False  # a required piece the left repeat cannot run over
    return True


def _trade(left: _Atom, right: _Atom, soft: Optional[list]) -> None:
    """UnsafePattern for two neighbours that can trade characters: always in the body of a
    repeat (``soft`` None: exponential), else when the ways to split them grow too fast.
    A bounded repeat beside an unbounded one is noted in ``soft`` (fine when the pattern
    must start with a fixed piece: see :func:`check_pattern`)."""
    a, b = left.maxlen - left.minlen, right.maxlen - right.minlen
    if soft is None or (a > _LARGE and b > _LARGE) or (a <= _LARGE and b <= _LARGE
                                                         and a * b > _PAIR_BUDGET):
        raise UnsafePattern(
            "two repeats that can take the same characters in a row (as in '.*a.*b', "
            "'\\s*,?\\s*' or '\\w+\\s?\\w+') make matching polynomial; use a class that "
            "excludes what follows ([^,]*), one repeat, or a small bound ({0,50})")
    if (a > _LARGE) != (b > _LARGE) and min(a, b) > _SLACK_BESIDE_UNBOUNDED:
        soft.append(min(a, b))


def _without_line_rest(items: list, multiline: bool) -> list:
    """``items`` without a final ``.*`` (or ``.*$`` in multi-line mode): a greedy run of any
    character but a line break, followed by nothing else, always runs to the line end and
    succeeds there, so the engine never backtracks into it."""
    end = len(items)
    while end and multiline and _name(items[end - 1][0]) == "AT" and _name(
            items[end - 1][1]) in ("AT_END", "AT_END_LINE", "AT_END_STRING"):
        end -= 1
    if end and _name(items[end - 1][0]) == "MAX_REPEAT":
        low, high, body = items[end - 1][1]
        body = list(body)
        if high == _sre_parse.MAXREPEAT and len(body) == 1 and (
                _name(body[0][0]) == "ANY"
                or (_name(body[0][0]) == "NOT_LITERAL" and body[0][1] == 10)):
            return items[:end - 1]
    return items


def _starts_fixed(items: list, top: list) -> bool:
    """Whether a match must start at a line start or with a fixed piece, which keeps the
    positions a search tries inside a long run of alike characters few."""
    for op, av in items:
        name = _name(op)
        if name == "AT":
            return _name(av) in ("AT_BEGINNING", "AT_BEGINNING_LINE", "AT_BEGINNING_STRING")
        if name not in ("ASSERT", "ASSERT_NOT"):
            break
    first = _summary(top[0]) if top else _EMPTY
    return first.minlen > 0 and (isinstance(top[0], _Branch) or not first.variable)


def analyse(parsed, flags: int) -> None:
    """Raise UnsafePattern if the parsed pattern can backtrack badly (see the module)."""
    dotall = bool((parsed.state.flags | flags) & re.DOTALL)
    multiline = bool((parsed.state.flags | flags) & re.MULTILINE)
    checker = _Checker(sample_of(parsed, _sre_parse.SubPattern), dotall)
    items = _without_line_rest(list(parsed), multiline and not dotall)
    try:
        top = checker.sequence(items, False)
    except RecursionError:
        raise UnsafePattern("nested too deeply") from None
    if checker.soft and not _starts_fixed(items, top):
        raise UnsafePattern(
            f"a repeat of up to {max(checker.soft)} characters beside an unbounded one that "
            "can take the same characters, in a pattern that may start anywhere; start it "
            "with a fixed word or ^, or bound the repeat to {0,8}")
