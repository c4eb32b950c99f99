"""Scans confined to runs or to line starts.

Runs: a pattern whose every match lies inside one run of word
characters, '&', '.', '-' and spaces ("Ann Lee said", "told the Daily Courier") is searched
only in the runs of a text that hold one of its needles.

Such patterns open with a word boundary and a capital or a word and so are tried at every
word of a text; their literal prefilter (:mod:`.regexprefilter`) lets most news texts through
("said", "told"). Commas, quotation marks, brackets and line ends cut a text into runs of a
few words, and a match never crosses one: searching the few runs that hold a needle finds
every match there is, and the same ones.

Why the same: :func:`confined` admits a pattern only when every character any part of it
(lookarounds included) can consume is a run character, and its anchors are word
boundaries or starts. A search of ``text[start:end]`` of one run (``pos``/``endpos``) reads
the real text before ``start``; at ``end`` it sees the end of the string where the whole
text has a character outside the run class, which no part of the pattern consumes and
which is no word character: each step that reads there fails alike, a boundary there is
the same, and no match crosses it. End anchors (``$``, ``\\Z``) would see the difference and
are refused. Matches differ only in ``pos``/``endpos`` (the run's bounds).

Line starts: a multi-line pattern that opens with ``^`` ("^[^\\S\\n]*By ...", a byline or
credit line) and matches at least one character can match only where a line starts, yet
the engine tries it at every character of the text. :class:`LineLed` tries it with
``match`` at each line start from where the last match ended: the positions a search would
succeed at, in the same order (``match`` at a position is the search's attempt there: it
reads the text before the position too), and so the same matches.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Iterator, Optional

from quotecheck.resources.regexneedles import (MAX_NEEDLES, REPEAT_OPS, ZERO_WIDTH_OPS,
                                               exact_strings, fewest_needles, group_literals_sound,
                                               opening_item, sre_const, sre_parser,
                                               required_literals)
from quotecheck.resources.regexprefilter import fold

RUN = re.compile(r"[\w&.\- ]+")
_ALLOWED_AT = {sre_const.AT_BOUNDARY, sre_const.AT_NON_BOUNDARY, sre_const.AT_BEGINNING,
               sre_const.AT_BEGINNING_LINE, sre_const.AT_BEGINNING_STRING}
_WIDE = 4096      # a class range wider than this is not checked (the pattern is refused)


def _in_run(code: int) -> bool:
    return RUN.fullmatch(chr(code)) is not None


def _class_ok(items: list) -> bool:
    for op, av in items:
        if op is sre_const.LITERAL:
            if not _in_run(av):
                return False
        elif op is sre_const.RANGE:
            lo, hi = av
            if hi - lo > _WIDE or not all(_in_run(c) for c in range(lo, hi + 1)):
                return False
        elif op is sre_const.CATEGORY:
            if av not in (sre_const.CATEGORY_WORD, sre_const.CATEGORY_DIGIT):
                return False
        else:               # NEGATE and anything else
            return False
    return True


def _items_ok(items) -> bool:
    for op, av in items:
        if op is sre_const.LITERAL:
            if not _in_run(av):
                return False
        elif op is sre_const.IN:
            if not _class_ok(list(av)):
                return False
        elif op is sre_const.AT:
            if av not in _ALLOWED_AT:
                return False
        elif op is sre_const.BRANCH:
            if not all(_items_ok(alt) for alt in av[1]):
                return False
        elif op is sre_const.SUBPATTERN:
            # a scoped (?i:...) folds case as a global IGNORECASE does (confined())
            if av[1] & re.IGNORECASE or not _items_ok(av[-1]):
                return False
        elif op in REPEAT_OPS:
            if not _items_ok(av[2]):
                return False
        elif op in (sre_const.ASSERT, sre_const.ASSERT_NOT):
            if not _items_ok(av[1]):
                return False
        elif getattr(sre_const, "ATOMIC_GROUP", None) is not None and op is sre_const.ATOMIC_GROUP:
            if not _items_ok(av):
                return False
        else:               # any character, negated literals, back references, ...
            return False
    return True


def confined(regex: re.Pattern, items: Optional[list] = None) -> bool:
    """Whether every match of ``regex`` lies inside one run of :data:`RUN` and a search
    confined to a run finds the same matches there (module docstring)."""
    # case folding is refused, global or scoped ("(?i:...)", _items_ok): under IGNORECASE a
    # letter may match a character outside the run class (a Greek iota matches a combining
    # mark)
    if isinstance(regex.pattern, bytes) or regex.flags & (re.VERBOSE | re.IGNORECASE):
        return False
    if items is None:
        items = list(sre_parser.parse(regex.pattern, regex.flags & ~re.DEBUG))
    return _items_ok(items)


_LAST: tuple = (None, [], [])   # the last text's run starts and ends (many patterns ask)


def runs(text: str) -> tuple[list, list]:
    """Starts and ends of the runs of ``text``."""
    global _LAST
    last = _LAST
    if last[0] is text:
        return last[1], last[2]
    spans = [m.span() for m in RUN.finditer(text)]
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    _LAST = (text, starts, ends)
    return starts, ends


class RunScoped:
    """A confined pattern (:func:`confined`) with needles (one of which every match holds):
    ``finditer`` over the whole text searches only the runs holding a needle."""

    __slots__ = ("regex", "needles")

    def __init__(self, regex: re.Pattern, needles: tuple):
        self.regex = regex
        self.needles = needles

    def finditer(self, text: str) -> Iterator[re.Match]:
        at = []
        for n in self.needles:
            k = text.find(n)
            while k >= 0:
                at.append(k)
                k = text.find(n, k + 1)
        if not at:
            return iter(())
        starts, ends = runs(text)
        chosen = []
        for p in sorted(at):
            k = bisect_right(starts, p) - 1
            if k >= 0 and p < ends[k] and (not chosen or chosen[-1] != k):
                chosen.append(k)
        find = self.regex.finditer
        return (m for k in chosen for m in find(text, starts[k], ends[k]))

    def __getattr__(self, name: str):
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"RunScoped({self.regex!r}, {self.needles!r})"


def line_led(regex: re.Pattern, items: Optional[list] = None) -> bool:
    """Whether ``regex`` opens with a multi-line ``^`` (outside any alternation) and matches
    at least one character: its matches start at line starts only."""
    if isinstance(regex.pattern, bytes) or not regex.flags & re.MULTILINE:
        return False
    parsed = sre_parser.parse(regex.pattern, regex.flags & ~re.DEBUG)
    first = opening_item(list(parsed) if items is None else items, False)
    # the parser gives ``^`` as AT_BEGINNING; the compiler makes it the line start under
    # MULTILINE
    return (first is not None and first[0] is sre_const.AT and first[1] is sre_const.AT_BEGINNING
            and parsed.getwidth()[0] > 0)


_LINES: tuple = (None, [])   # the last text's line starts


def line_starts(text: str) -> list:
    """0 and each position after a line feed (where a multi-line ``^`` holds)."""
    global _LINES
    last = _LINES
    if last[0] is text:
        return last[1]
    out = [0]
    k = text.find("\n")
    while k >= 0:
        out.append(k + 1)
        k = text.find("\n", k + 1)
    _LINES = (text, out)
    return out


class LineLed:
    """A line-led pattern (:func:`line_led`): ``finditer`` and ``search`` over the whole text
    try it at line starts only, after its needles' test (:mod:`.regexprefilter`) when it has
    some."""

    __slots__ = ("regex", "needles", "ignore", "openers")

    def __init__(self, regex: re.Pattern, needles: tuple, openers: tuple = ()):
        self.regex = regex
        self.needles = needles
        self.ignore = bool(regex.flags & re.IGNORECASE)
        self.openers = openers      # (:func:`line_openers`)

    def finditer(self, text: str) -> Iterator[re.Match]:
        hay = fold(text) if self.ignore and (self.needles or self.openers) else text
        if self.needles and not any(n in hay for n in self.needles):
            return iter(())
        starts = line_starts(text)
        if self.openers:            # fold keeps offsets: a find in hay is a place in text
            starts = _lines_holding(hay, self.openers, starts)
        match = self.regex.match
        out = []
        last = 0
        for p in starts:
            if p >= last:
                m = match(text, p)
                if m is not None:
                    out.append(m)
                    last = m.end()
        return iter(out)

    def search(self, text: str) -> Optional[re.Match]:
        """``regex.search(text)``: every match starts at a line start, so the first line
        start where the pattern matches holds the leftmost match (and ``match`` there
        finds the one ``search`` would)."""
        if self.needles:
            hay = fold(text) if self.ignore else text
            if not any(n in hay for n in self.needles):
                return None
        match = self.regex.match
        for p in line_starts(text):
            m = match(text, p)
            if m is not None:
                return m
        return None

    def __getattr__(self, name: str):
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"LineLed({self.regex!r}, {self.needles!r})"


def run_scoped(regex: re.Pattern):
    """``regex`` as a :class:`RunScoped` when it is confined to runs and has needles, as a
    :class:`LineLed` when it is line-led, else None. The answer is remembered across processes by the warm start, as the prefilter's
    plan is (parsing every credit pattern again costs more than a short run's scans)."""
    from quotecheck.resources.warmstart import data_key, remembered

    key = data_key(regex.pattern, regex.flags, _this_file())
    kind, needles, openers = remembered(f"regex-runs:{key}", lambda: list(_plan(regex)))
    if kind == "runs":
        return RunScoped(regex, tuple(needles))
    return LineLed(regex, tuple(needles), tuple(openers)) if kind == "lines" else None


def _plan(regex: re.Pattern) -> tuple:
    """``("runs", needles, ())`` for a confined pattern with needles, ``("lines", needles,
    openers)`` for a line-led one (needles and openers perhaps none), else ``("", (), ())``."""
    items = list(sre_parser.parse(regex.pattern, regex.flags & ~re.DEBUG))
    needles = required_literals(regex, items) or ()
    if needles and confined(regex, items):
        return "runs", needles, ()
    if not line_led(regex, items):
        return "", (), ()
    return "lines", needles, line_openers(items, regex.flags)


@lru_cache(maxsize=1)
def _this_file() -> tuple:
    """(size, mtime) of this module and of the needle finder (whose needles it uses)."""
    from quotecheck.resources import regexneedles
    from quotecheck.resources.warmstart import file_stamp

    return file_stamp(__file__, regexneedles.__file__)


def _lines_holding(hay: str, openers: tuple, starts: list) -> list:
    """The line starts of ``starts`` whose line holds the start of one of ``openers``."""
    chosen = set()
    for n in openers:
        k = hay.find(n)
        while k >= 0:
            chosen.add(bisect_right(starts, k) - 1)
            k = hay.find(n, k + 1)
    return [starts[k] for k in sorted(chosen)]


def line_openers(items: list, flags: int) -> tuple:
    """Strings, none holding a line feed, one of which starts on the first line of every
    match of a line-led pattern ``^ P X ...``: the strings every match of an item ``X``
    opens with, where the items ``P`` before it never consume a line feed
    (``^.*(\u00a9|\\bphoto:|/ ?(ap|afp)\\s*$).*$``: a match's line holds "\u00a9", "photo:",
    "/ap", ...; the rest may run on past the line). Only lines holding one can start a match.
    ``()`` when there is no such ``X``."""
    ignore = bool(flags & re.IGNORECASE)
    if not items or items[0] != (sre_const.AT, sre_const.AT_BEGINNING):
        return ()
    for k in range(1, len(items)):
        op, av = items[k]
        found = _openers(items[k:], ignore)
        if found:
            # one holding another goes: the other starts on the same line (no line feed)
            return fewest_needles(found) if not any("\n" in n for n in found) else ()
        if not _no_line_feed([(op, av)], bool(flags & re.DOTALL)):
            return ()
    return ()


def _openers(items: list, ignore: bool) -> Optional[set]:
    """Non-empty strings one of which every match of ``items`` starts with, or None."""
    out = {""}
    for op, av in items:
        if op in ZERO_WIDTH_OPS:
            continue
        exact = exact_strings([(op, av)], ignore)
        if exact is not None and not (out == {""} and "" in exact) \
                and len(out) * len(exact) <= MAX_NEEDLES:
            out = {a + b for a in out for b in exact}
            continue
        if out != {""}:
            break
        if op is sre_const.SUBPATTERN and group_literals_sound(av, ignore):
            return _openers(list(av[3]), ignore)
        if op is sre_const.BRANCH:
            union: set = set()
            for alt in av[1]:
                sub = _openers(list(alt), ignore)
                if sub is None or len(union) + len(sub) > MAX_NEEDLES:
                    return None
                union |= sub
            return union
        return None
    return out if "" not in out else None


def _no_line_feed(items, dotall: bool) -> bool:
    """Whether no match of ``items`` consumes a line feed (lookarounds consume nothing)."""
    for op, av in items:
        if op in ZERO_WIDTH_OPS:
            continue
        if op is sre_const.LITERAL:
            ok = av != 10
        elif op is sre_const.NOT_LITERAL:
            ok = av == 10
        elif op is sre_const.ANY:
            ok = not dotall
        elif op is sre_const.IN:
            ok = _class_no_line_feed(list(av))
        elif op is sre_const.SUBPATTERN:
            ok = _no_line_feed(av[3], (dotall or bool(av[1] & re.DOTALL))
                               and not av[2] & re.DOTALL)
        elif op is sre_const.BRANCH:
            ok = all(_no_line_feed(alt, dotall) for alt in av[1])
        elif op in REPEAT_OPS:
            ok = _no_line_feed(av[2], dotall)
        else:
            ok = False
        if not ok:
            return False
    return True


def _class_no_line_feed(items: list) -> bool:
    """Whether a character class never matches a line feed (``[^\\S\\n]``, ``[a-z']``)."""
    if items and items[0][0] is sre_const.NEGATE:
        return (sre_const.LITERAL, 10) in items[1:]
    for op, av in items:
        if op is sre_const.LITERAL:
            ok = av != 10
        elif op is sre_const.RANGE:
            ok = not av[0] <= 10 <= av[1]
        elif op is sre_const.CATEGORY:
            ok = av in (sre_const.CATEGORY_WORD, sre_const.CATEGORY_DIGIT,
                        sre_const.CATEGORY_NOT_SPACE)
        else:
            ok = False
        if not ok:
            return False
    return True
