"""The role of one quote mark by what stands either side of it: open, close, either, an
apostrophe, or none (``quotemarks`` pairs the marks by these roles).

Invisible format characters (zero-width spaces and joiners, byte-order marks, bidi marks and
controls) that a scrape leaves beside a mark are read through: the mark's role comes from the
visible characters around it ("\u200b\u201d\u200bThe" opens like "\u201dThe" after a line
break), and offsets stay those of the original text.

A doubled mark (‘‘, ‘’, ’’) is one double mark or two single ones (``singles``); a doubled
opener before an elision (‘’90s, ''em) is read by the paragraph's next closing mark
(``read_elided_doubles``), never by a mark of another paragraph.
"""
from __future__ import annotations

import re

_OPEN_PUNCT = set("([{\u2014\u2013-/\u2026:;")
_CLOSE_PUNCT = set(".,;:!?)]}\u2014\u2013\u2026-/")
_ELISIONS = ("n", "em", "til", "tis", "twas", "cause", "bout", "round", "nuff", "cos", "s", "t")
# bidi and zero-width format characters a scrape leaves beside a mark ("\u202a”Isis …”")
FORMAT = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\ufeff\u200b\u2060")
_QUOTE_CHARS = set("\"'\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a\u201f\u201b`")


def _visible_before(text: str, i: int) -> str:
    """The character before ``i`` with format characters passed over (a space at the start)."""
    k = i - 1
    while k >= 0 and text[k] in FORMAT:
        k -= 1
    return text[k] if k >= 0 else " "


def _visible_after(text: str, j: int, n: int) -> str:
    """The character at ``j`` or after it with format characters passed over (a space at the
    end)."""
    while j < n and text[j] in FORMAT:
        j += 1
    return text[j] if j < n else " "


def role(text: str, i: int, mark: str, n: int) -> tuple[str, str]:
    """(family, role) of the mark at ``i``: role is open, close, either, apos or none."""
    prev = _visible_before(text, i)
    j = i + len(mark)
    nxt = _visible_after(text, j, n)
    left_free = prev.isspace() or prev in _OPEN_PUNCT or prev in _QUOTE_CHARS
    right_free = nxt.isspace() or nxt in _CLOSE_PUNCT or nxt in _QUOTE_CHARS
    if mark == "``":
        return "D", "open"
    if mark == "''":                            # ``…'' (TeX) and ''…'' (NYT archive)
        if not left_free:
            return "D", "close"
        # "coalitions, '' said": a closing mark set off by a space closes an open quote
        return "D", "open" if not right_free else "close?"
    if mark in "\u201e\u00ab\u201f":
        return "D", "open"
    if mark == "\u00bb":
        return "D", "close"
    if mark == "\u201c":  # opening, or closing after „ (and in sloppy typography)
        if not left_free and right_free:
            return "D", "either"
        return "D", "open"
    if mark == "\u201d":
        if left_free and not right_free:
            return "D", "open"
        return "D", "close"
    if mark == '"':
        if left_free and not right_free:
            return "D", "open"
        if right_free and not left_free:
            return "D", "close"
        if prev.isdigit():  # 5'10" inches
            return "D", "none"
        return "D", "either"
    if mark in "\u201a\u2039":
        return "S", "open"
    if mark == "\u203a":
        return "S", "close"
    if len(mark) == 2:                          # ‘‘ ‘’ ’’
        return "D", _doubled_role(mark, prev, left_free, right_free)
    # ‘ ’ ' ‛ : apostrophes or single quote marks.
    if prev.isalnum() and nxt.isalnum():
        return "S", "apos"                      # won’t, d’état, Kazakhstan’s, O'Brien
    if left_free and (nxt.isdigit() or nxt.isalpha()):
        return "S", "apos" if elides(text, j) else "open"
    if left_free and nxt in "\u2019'" and elides(text, j + 1):
        return "S", "open"                      # ‘’90s’: an opener, then the decade's apostrophe
    if left_free and not right_free:
        return "S", "open"
    if not left_free and right_free:
        if prev in "sSzZ" and mark != "\u2018":
            return "S", "close?"                # closing mark or plural possessive (authorities’)
        return "S", "close"
    return "S", "none"


_DECADE = re.compile(r"\d0s|\d\d\b")       # the ’90s, class of ’22
_ELIDED_WORD = re.compile(r"[^\W\d_]+")


def elides(text: str, j: int) -> bool:
    """Whether an apostrophe standing before ``j`` (after a space or an opening mark) elides:
    a decade or a year (the ’90s, class of ’22) or a listed elision (rock ’n’ roll, ’em,
    ’til); a lone ’n or ’s before a space opens a quotation instead."""
    nxt = text[j:j + 1]
    if nxt.isdigit():
        return _DECADE.match(text[j:j + 4]) is not None
    if not nxt.isalpha():
        return False
    word = _ELIDED_WORD.match(text[j:j + 8])
    if not word or word.group().lower() not in _ELISIONS:
        return False
    after = text[j + len(word.group()):j + len(word.group()) + 1]
    if after in "\u2019'":          # "" too: the text's end
        return True
    return after.isspace() and word.group().lower() not in ("n", "s")


def _doubled_role(mark: str, prev: str, left_free: bool, right_free: bool) -> str:
    """Role of ‘‘, ‘’ or ’’ read as one double mark (“…’’, ‘’…”, ‘‘…’’: two single marks a
    keyboard or a conversion of ``…'' left for a double one); "split" where it is no double
    mark by its shape: the two single marks are read one by one, as before doubling."""
    if mark == "\u2019\u2019":
        if prev.isdigit():
            return "none"                       # 5’2’’ (inches)
        if not left_free:
            return "close"
        return "open" if not right_free else "close?"
    if mark == "\u2018\u2018":                 # set off by spaces: a closing '' turned
        if right_free:                          # the wrong way ("Whites,’ ‘‘ and that")
            return "close?" if left_free else "split"
        return "open"
    return "open" if left_free and not right_free else "split"


_GRAVE_OPENER = re.compile("(?<![`\\w])`(?=[^\\W_])(?:[^`\n\u2019']|(?<=[^\\W_])[\u2019'](?=[^\\W_]))"
                           "{1,200}?(?<=\\S)[\u2019'](?![^\\W_])")


def grave_openers(text: str, marks: list) -> list[tuple[int, str]]:
    """Lone grave accents (U+0060) that open a single quotation closed by a right single
    mark or an apostrophe, as some wire copy prints single quotes ("mocks `amateurs\u2019",
    "a `grand plan\u2019 of sorts"): the grave stands before a word, after a space, a bracket or
    another mark, and a closing mark ends a word within its line with no grave between (so
    code spans, "`x`", and graves typed for an apostrophe, "didn`t", stay none). Doubled
    graves (``) are marks already (:func:`quotecheck.text.quotemarks._mark_hits`)."""
    taken = {i for i, _ in marks}
    return [(m.start(), "`") for m in _GRAVE_OPENER.finditer(text) if m.start() not in taken]


def singles(text: str, pos: int, n: int) -> list:
    """The pairing entries ``(offset, mark, family, role)`` of a doubled mark's two characters
    read as single marks."""
    out = []
    for i in (pos, pos + 1):
        fam, what = role(text, i, text[i], n)
        if what not in ("apos", "none"):
            out.append((i, text[i], fam, what))
    return out


def _elided_double(text: str, pos: int, mark: str) -> bool:
    """A doubled opening mark whose second character can be an elision's apostrophe (‘’90s,
    ''em): the double mark, or a single opening mark and the apostrophe."""
    return len(mark) == 2 and mark[1] in "\u2019'" and elides(text, pos + 2)


def read_elided_doubles(text: str, pm: list, n: int) -> list:
    """Each doubled opener before an elision read by the paragraph's next closing mark: a
    single one makes it a single opener and the elision's apostrophe (the ‘’90s’ song); a
    double one, or none, the double opening mark it reads as by its shape (‘’Tis over,” she
    said; ''27 members voted …'' in archive copy, or a quotation carried on into the next
    paragraph). Read as an unpaired double opener, ‘’90s’ was carried on into a next
    paragraph that opens with a double mark, so a stray mark there changed its quotes."""
    out = []
    for k, entry in enumerate(pm):
        pos, mark, _fam, what = entry
        if what == "open" and _elided_double(text, pos, mark) and _single_closes(pm, k):
            out.extend(singles(text, pos, n))
        else:
            out.append(entry)
    return out


def _single_closes(pm: list, k: int) -> bool:
    """Whether the first closing mark after ``pm[k]`` is a single one."""
    for _pos, _mark, fam, what in pm[k + 1:]:
        if what in ("close", "close?", "either"):
            return fam == "S"
    return False
