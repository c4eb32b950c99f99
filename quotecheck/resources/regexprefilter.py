"""A literal prefilter for rule patterns: skip the regex engine when a text cannot match.

Python's ``re`` tries a pattern at every position of a text, and most rule patterns (a line
shape, a credit, a chrome notice) are absent from most texts: the furniture, credit and
chrome passes were a tenth of a real ``compare``. Most patterns can only match where one of
a few literal strings occurs ("caption", "contributed", "via"); :mod:`regexneedles` reads
those strings off the parsed pattern and this module tests them with ``in`` (a fast C
substring scan) first.

The test is sound, never approximate: a pattern gets needles only when every match must
contain one of them, so a text without any needle has no match and the answer is the same
as the engine's. Case-insensitive patterns are tested on the folded text (the three
non-ASCII letters that ``re`` matches to an ASCII letter folded first); a literal that is
not ASCII under ``IGNORECASE`` is never used as a needle.
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from typing import Iterator, Optional

from quotecheck.resources import regexneedles
from quotecheck.resources.regexneedles import (case_sensitive_body, engine_scans_fast,
                                               fewest_needles, led, required_literals,
                                               required_strings, sre_parser, walks_back)

LEAD_NEEDLES = 12
"""From this many needles a pattern with a lead is searched through its lead alone (speed29)."""


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
        self.ignore = bool(regex.flags & re.IGNORECASE) and not cased   # (:func:`case_sensitive_body`)
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
    items = list(sre_parser.parse(regex.pattern, regex.flags & ~re.DEBUG))
    cased = case_sensitive_body(items, regex.flags)
    needles = (fewest_needles(required_strings(cased, False)) if cased
               else required_literals(regex, items)) or ()
    leads = led(regex)
    if not needles:
        return (), False, False, leads, False
    return (needles, not engine_scans_fast(items, regex.flags), walks_back(items), leads,
            bool(cased))


@lru_cache(maxsize=1)
def _this_file() -> tuple:
    """(size, mtime) of this module and of the needle finder: a changed prefilter plans every
    pattern again."""
    from quotecheck.resources.warmstart import file_stamp

    return file_stamp(__file__, regexneedles.__file__)
