"""A literal prefilter for rule patterns: skip the regex engine when a text cannot match.

Python's ``re`` tries a pattern at every position of a text, and most rule patterns (a line
shape, a credit, a chrome notice) are absent from most texts: the furniture, credit and
chrome passes were a tenth of a real ``compare``. Most patterns can only match where one of
a few literal strings occurs ("caption", "contributed", "via"); this module reads those
strings off the parsed pattern and tests them with ``in`` (a fast C substring scan) first.

The test is sound, never approximate: a pattern gets needles only when every match must
contain one of them, so a text without any needle has no match and the answer is the same
as the engine's. Case-insensitive patterns are tested on the folded text (the three
non-ASCII letters that ``re`` matches to an ASCII letter folded first); a literal that is
not ASCII under ``IGNORECASE`` is never used as a needle.
"""
from __future__ import annotations

import os
import re
import sys
from functools import lru_cache
from typing import Iterator, Optional

try:  # Python 3.11+
    import re._constants as _c  # type: ignore[import-not-found]
    import re._parser as _sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

MAX_NEEDLES = 40
"""Most alternative strings tested for one pattern (more cost more than the search saves)."""
LEAD_NEEDLES = 12
"""From this many needles a pattern with a lead is searched through its lead alone (speed29)."""

_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT} | ({_c.POSSESSIVE_REPEAT}
                                             if hasattr(_c, "POSSESSIVE_REPEAT") else set())


def fold(text: str) -> str:
    """``text`` as case-insensitive needles are looked for in it: lower case, and the two
    letters ``re.IGNORECASE`` matches to an ASCII letter that lower() keeps (dotless i, long
    s), and the dotted capital I, which ``re`` matches to i but lower() turns into an i and a
    combining dot. One character for one: offsets into the folded text are offsets into
    ``text`` (U+0130 is the one code point lower() lengthens). One text is asked about by
    many patterns in a row, so the last one is kept."""
    global _LAST
    last = _LAST           # one read: a thread running a plugin may replace it meanwhile
    if last[0] is text:
        return last[1]
    dotted = not text.isascii() and "\u0130" in text   # re takes it for i; lower() adds a dot
    low = (text.replace("\u0130", "i") if dotted else text).lower()
    if not low.isascii() and ("\u0131" in low or "\u017f" in low):
        low = low.replace("\u0131", "i").replace("\u017f", "s")
    _LAST = (text, low)
    return low


_LAST: tuple = (None, "")


def required_literals(pattern: re.Pattern, items: Optional[list] = None
                      ) -> Optional[tuple[str, ...]]:
    """Strings one of which every match of ``pattern`` contains (folded when the pattern
    ignores case), or None when no such short list is known (``items``: the parsed pattern,
    when the caller has it)."""
    ignore = bool(pattern.flags & re.IGNORECASE)
    if items is None:
        items = list(_sre_parse.parse(pattern.pattern, pattern.flags & ~re.DEBUG))
    return _needles(_required(items, ignore))


def _needles(found: Optional[set]) -> Optional[tuple[str, ...]]:
    if not found:
        return None
    # a needle holding another is redundant: any() over the rest gives the same answer
    return tuple(sorted(n for n in found if not any(m != n and m in n for m in found)))


def _char(code: int, ignore: bool) -> Optional[str]:
    ch = chr(code)
    if ignore and not ch.isascii():   # a caseless mark ("\u00a9", a dash) matches itself
        return ch if not ch.isalpha() and ch.lower() == ch == ch.upper() else None
    return ch.lower() if ignore else ch


def _exact(items: list, ignore: bool) -> Optional[set]:
    """Every string the item sequence can match, when it matches only a few literals."""
    out = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            ch = _char(av, ignore)
            if ch is None:
                return None
            got = {ch}
        elif op is _c.SUBPATTERN and _scoped(av, ignore):
            got = _exact(list(av[3]), ignore)
        elif op is _c.BRANCH:
            got = set()
            for alt in av[1]:
                sub = _exact(list(alt), ignore)
                if sub is None:
                    return None
                got |= sub
        elif op in _REPEATS and av[0] == 0 and av[1] == 1:
            sub = _exact(list(av[2]), ignore)
            got = None if sub is None else sub | {""}
        else:
            return None
        if got is None or len(out) * len(got) > MAX_NEEDLES:
            return None
        out = {a + b for a in out for b in got}
    return out


def _scoped(av: tuple, ignore: bool) -> bool:
    """Whether a group's literals are needles as the enclosing pattern's are: a group without
    flags, or one whose flags leave its literals' test sound. ``(?-i:Read more)`` in a
    case-insensitive pattern matches "Read more" exactly, and its folded needle ("read more")
    is then in the folded text; ``(?i:...)`` in a case-sensitive pattern is not (the needles
    are tested on the text as it is). The other scoped flags (``m``, ``s``, ``x``) change no
    literal."""
    return not (av[1] & re.IGNORECASE and not ignore)


def _required(items: list, ignore: bool) -> Optional[set]:
    """A set of strings one of which every match of the sequence contains (the best found:
    longest shortest string, then fewest), or None."""
    candidates = []
    run = {""}          # the literal strings the sequence matches since the last break
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue    # consumes nothing: the literals on both sides stay adjacent
        exact = _exact([(op, av)], ignore)
        if exact is not None and len(run) * len(exact) <= MAX_NEEDLES:
            run = {a + b for a in run for b in exact}
            continue
        candidates.append(run)
        run = {""}
        if op is _c.SUBPATTERN and _scoped(av, ignore):
            candidates.append(_required(list(av[3]), ignore))
        elif op is _c.BRANCH:
            union: Optional[set] = set()
            for alt in av[1]:
                sub = _required(list(alt), ignore)
                if sub is None or len(union) + len(sub) > MAX_NEEDLES:
                    union = None
                    break
                union |= sub
            candidates.append(union)
        elif op in _REPEATS and av[0] >= 1:
            candidates.append(_required(list(av[2]), ignore))
    candidates.append(run)
    usable = [c for c in candidates if c and "" not in c]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))


class Guarded:
    """A compiled pattern that tests its needles (:func:`required_literals`) before the
    engine runs, where the engine's own attempt costs more than the test: ``search`` and
    ``finditer`` unless the engine finds the pattern's start by itself (an opening literal,
    an anchor at the start of the text), ``match`` and ``fullmatch`` only when the pattern
    opens with a long repeat of almost any character that a failing attempt walks back over
    (``.{0,600}\\b(?:hide caption|...)``). The other methods are the pattern's own ones
    (bound once: no wrapper call where the test would not pay).

    ``lead``: for a pattern that opens with ``\\b`` before literal alternatives
    (``\\b(?:accus(?:e|ed|ing)|...)``), the pattern without that ``\\b``. The engine finds no
    character to skip ahead to past a leading ``\\b`` and tries the whole pattern at every
    position; the lead's opening literals let it skip, and the pattern itself is then tried
    where the lead matches (:meth:`_led_search`: the same matches)."""

    __slots__ = ("regex", "needles", "ignore", "lead", "search", "finditer", "match",
                 "fullmatch")

    def __init__(self, regex: re.Pattern, needles: tuple, scans: bool, walks: bool,
                 lead: Optional[re.Pattern] = None, cased: bool = False):
        self.regex = regex
        self.needles = needles
        self.ignore = bool(regex.flags & re.IGNORECASE) and not cased   # (:func:`_cased`)
        self.lead = lead
        self.search = self._search if scans else regex.search
        self.finditer = self._finditer if scans else regex.finditer
        self.match = self._match if walks else regex.match
        self.fullmatch = self._fullmatch if walks else regex.fullmatch

    def may_match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """False when ``string[pos:endpos]`` holds none of the needles (so no match there:
        a needle is text a match consumes)."""
        if not self.needles:    # a lead only (:func:`guard`)
            return True
        hay = fold(string) if self.ignore else string
        # the whole text (most calls): ``in``, no bounds to parse
        if pos == 0 and endpos >= len(string):
            for n in self.needles:
                if n in hay:
                    return True
            return False
        find = hay.find
        for n in self.needles:
            if find(n, pos, endpos) >= 0:
                return True
        return False

    def _search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        if not self.may_match(string, pos, endpos):
            return None
        if self.lead is not None:
            return self._led_search(string, pos, endpos)
        return self.regex.search(string, pos, endpos)

    def _finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator:
        if not self.may_match(string, pos, endpos):
            return iter(())
        if self.lead is not None:
            return self._led_finditer(string, pos, endpos)
        return self.regex.finditer(string, pos, endpos)

    def _led_search(self, string: str, pos: int, endpos: int):
        """``regex.search``: the pattern is tried where its lead matches, from the left.
        Where the pattern matches, its lead does (the same match after a zero-width
        ``\\b``), so the first lead position where the pattern matches is the pattern's
        first match (``\\b`` and look-behinds see the text before ``pos`` either way)."""
        lead, match = self.lead.search, self.regex.match
        while True:
            found = lead(string, pos, endpos)
            if found is None:
                return None
            start = found.start()
            hit = match(string, start, endpos)
            if hit is not None:
                return hit
            pos = start + 1

    def _led_finditer(self, string: str, pos: int, endpos: int) -> Iterator:
        """``regex.finditer`` (the pattern never matches empty: the next search starts at
        the match's end, as the engine's does)."""
        while True:
            hit = self._led_search(string, pos, endpos)
            if hit is None:
                return
            yield hit
            pos = hit.end()

    def _match(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        if not self.may_match(string, pos, endpos):
            return None
        return self.regex.match(string, pos, endpos)

    def _fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        if not self.may_match(string, pos, endpos):
            return None
        return self.regex.fullmatch(string, pos, endpos)

    def __getattr__(self, name: str):
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"Guarded({self.regex!r}, {self.needles!r})"


class OpeningOrFound:
    """A pattern ``^A|B`` (``^`` without MULTILINE: the start only) read for whether a text
    has a match: ``A`` matched at the start, ``B`` searched (the engine skipping ahead to
    its opening literal), where one search of the alternation tried every position.
    ``search`` gives a match of one of them, or None exactly when the alternation has
    none."""

    __slots__ = ("opening", "found")

    def __init__(self, opening: re.Pattern, found: re.Pattern):
        self.opening = opening
        self.found = found

    def search(self, string: str):
        return self.opening.match(string) or self.found.search(string)


def _uncased(code: int, ignore: bool) -> bool:
    ch = chr(code)
    return not ignore or ch.lower() == ch == ch.upper()


def _opening(items: list, skip_zero_width: bool) -> Optional[tuple]:
    """The pattern's first item (inside groups without flags; past zero-width ones when
    ``skip_zero_width``), or None."""
    while items:
        op, av = items[0]
        if skip_zero_width and op in _ZERO_WIDTH:
            items = items[1:]
        elif op is _c.SUBPATTERN and not (av[1] or av[2]):
            items = list(av[3]) + items[1:]
        else:
            return op, av, items[1:]
    return None


def engine_scans_fast(items: list, flags: int) -> bool:
    """The engine skips ahead to where the pattern can start (its first item is a literal,
    a class or literal alternatives it can look for without case folding), or tries the
    start of the text only (``\\A``, or ``^`` without MULTILINE)."""
    ignore = bool(flags & re.IGNORECASE)
    first = _opening(items, False)
    if first is None:
        return False
    op, av, _ = first
    if op is _c.AT:
        return av is _c.AT_BEGINNING_STRING or (
            av is _c.AT_BEGINNING and not flags & re.MULTILINE)
    if op is _c.LITERAL:
        return _uncased(av, ignore)
    if op is _c.IN:
        return not ignore
    if op is _c.BRANCH:
        return all(alt and alt[0][0] is _c.LITERAL and _uncased(alt[0][1], ignore)
                   for alt in av[1])
    return False


def walks_back(items: list) -> bool:
    """The pattern opens with a repeat of almost any character (``.``, ``[^...]``) that may
    take more than one, followed by something other than a literal: a failing match walks
    the whole repeat back, trying the rest at each step."""
    first = _opening(items, True)
    if first is None:
        return False
    op, av, rest = first
    if op not in _REPEATS or av[1] <= 1 or len(av[2]) != 1:
        return False
    body_op, body_av = list(av[2])[0]
    broad = body_op in (_c.ANY, _c.NOT_LITERAL) or (
        body_op is _c.IN and body_av and body_av[0][0] is _c.NEGATE)
    after = _opening(rest, True)
    return broad and not (after and after[0] is _c.LITERAL)


def guard(regex: re.Pattern):
    """``regex`` behind its literal prefilter, or ``regex`` itself when the prefilter would
    not pay (no needles, or nothing the engine does slowly). The plan is remembered across
    processes by a warm start: parsing every data pattern again was 9% of a short run."""
    from quotecheck.resources.warmstart import data_key, remembered

    key = data_key(regex.pattern, regex.flags, _this_file())
    needles, scans, walks, leads, cased = remembered(f"regex-prefilter:{key}",
                                                     lambda: _plan(regex))
    lead = re.compile(regex.pattern[2:], regex.flags) if leads else None
    if needles and (scans or walks) and (lead is None or len(needles) < LEAD_NEEDLES):
        return Guarded(regex, needles, scans, walks, lead, cased)
    # the lead alone, where there is one (``re`` tried a \b-led pattern at every position): no
    # needles, or so many that one scan to the lead's letters costs less than testing each
    return Guarded(regex, (), True, False, lead) if lead is not None else regex


def _plan(regex: re.Pattern) -> tuple:
    """``(needles, scans, walks, leads, cased)`` of :class:`Guarded` for ``regex`` (``()``
    without needles), from one parse of the pattern (and one of its lead, :func:`led`)."""
    items = list(_sre_parse.parse(regex.pattern, regex.flags & ~re.DEBUG))
    cased = _cased(items, regex.flags)
    needles = (_needles(_required(cased, False)) if cased
               else required_literals(regex, items)) or ()
    leads = led(regex)
    if not needles:
        return (), False, False, leads, False
    return (needles, not engine_scans_fast(items, regex.flags), walks_back(items), leads,
            bool(cased))


def _cased(items: list, flags: int) -> Optional[list]:
    """The body of a case-insensitive pattern that is one group turning case folding off
    (``(?-i:... MORE\\b)``): every match is the body's, case and all, so its needles are
    tested on the text as it is (" MORE", rarer than the folded " more"). Else None."""
    if not flags & re.IGNORECASE or len(items) != 1 or items[0][0] is not _c.SUBPATTERN:
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
        rest = _sre_parse.parse(regex.pattern[2:], regex.flags & ~re.DEBUG)
    except re.error:
        return False
    return engine_scans_fast(list(rest), regex.flags) and rest.getwidth()[0] > 0


@lru_cache(maxsize=1)
def _this_file() -> tuple:
    """(size, mtime) of this module: a changed prefilter plans every pattern again."""
    st = os.stat(__file__)
    return st.st_size, st.st_mtime_ns
