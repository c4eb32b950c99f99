"""The time a page prints in its dateline ("June 1, 2018 9:24 AM PDT", "31 May 2018 4:05 pm
BST", "Posted: 3:56 AM, June 02, 2018"), for ordering two versions of one page when the
metadata gives no publication time (or only its day).

Only furniture near the top is read (a date in a caption or the body is an event's, not the
page's): lines of kind ``dateline``, and a wire's transmission stamp on a line of its own among
the head lines ("DOVER, Delaware 2009-03-14 08:10:05 UTC", "02:59 16/07/99: Page 1 COURTS
Care"), which the layout keeps with the headline. A US zone without daylight marking ("ET")
takes the summer offset from April to October. The same reading applies to every outlet.
"""
from __future__ import annotations

import re
from typing import Optional

from quotecheck.model import Document

HEAD_CHARS = 1500
"""How far from the top a dateline is looked for."""

_MONTHS = {m: i + 1 for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split())}
_MONTH = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b"
                   rf"|\b(?P<day2>\d{{1,2}})\s+{_MONTH.replace('mon>', 'mon2>')}\s+"
                   r"(?P<year2>(?:19|20)\d\d)\b", re.I)
# a numeric date: day and month in either order, read only where one of them cannot be a
# month ("12/19/2005", "16/08/2011"); "2/3/2009" could be either and names no date
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d\d)\b")
_TIME = re.compile(r"\b(?P<h>\d{1,2})[:.](?P<m>\d\d)(?::\d\d)?\s*(?P<ampm>[ap]\.?m\.?)?"
                   r"(?:\s*\(?(?P<zone>[A-Z]{2,4})\b\)?)?", re.I)
# a wire's stamp, the whole line: an optional place, an ISO date and time, an optional UTC
# mark; or a time and a day/month/year date opening the slug line (two-digit years allowed)
_ISO_STAMP = re.compile(r"(?:[A-Z][\w.'\u2019-]*(?:,?\s[A-Za-z][\w.'\u2019-]*){0,5}\s+)?"
                        r"(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d)[ T](?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)"
                        r"(?::[0-5]\d(?:\.\d+)?)?\s*(?P<zone>UTC|GMT|Z)?")
_SLUG_STAMP = re.compile(r"(?P<h>[0-2]?\d):(?P<m>[0-5]\d)\s+(?P<a>\d{1,2})/(?P<b>\d{1,2})/"
                         r"(?P<year>\d\d(?:\d\d)?)(?::.*)?")
_ZONES = {"utc": 0, "gmt": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "edt": -240,
          "est": -300, "cdt": -300, "cst": -360, "mdt": -360, "mst": -420, "pdt": -420,
          "pst": -480}
_US_SHORT = {"et": ("edt", "est"), "ct": ("cdt", "cst"), "mt": ("mdt", "mst"),
             "pt": ("pdt", "pst")}


def _month_day(a: int, b: int) -> Optional[tuple]:
    """``(month, day)`` of a numeric date's first two numbers when only one of them can be the
    month, else None (both could be, or neither)."""
    if b > 12 >= a >= 1:
        return a, b
    if a > 12 >= b >= 1:
        return b, a
    return None


def parse_dateline(line: str) -> Optional[str]:
    """An ISO 8601 date, or date and time (with offset when a zone is named), of a dateline
    line; None when it names no full date (a day, month and year)."""
    d = _DATE.search(line)
    if d is not None:
        mon = (d.group("mon") or d.group("mon2")).lower()
        day, year = int(d.group("day") or d.group("day2")), int(d.group("year") or
                                                                 d.group("year2"))
        month = _MONTHS[mon]
    else:
        d = _NUMERIC.search(line)
        if d is None:
            return None
        a, b, year = int(d.group("a")), int(d.group("b")), int(d.group("year"))
        pair = (a, b) if a == b and 1 <= a <= 12 else _month_day(a, b)
        if pair is None:
            return None             # both could be a month (or neither is): no date
        month, day = pair
    if not 1 <= day <= 31:
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    t = _TIME.search(line)
    if t is None:
        return date
    hour, minute = int(t.group("h")), int(t.group("m"))
    ampm = (t.group("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return date
    zone = (t.group("zone") or "").lower()
    if zone in _US_SHORT:
        zone = _US_SHORT[zone][0 if 4 <= month <= 10 else 1]
    if zone not in _ZONES:
        return f"{date}T{hour:02d}:{minute:02d}"
    off = _ZONES[zone]
    sign = "-" if off < 0 else "+"
    return f"{date}T{hour:02d}:{minute:02d}{sign}{abs(off) // 60:02d}:{abs(off) % 60:02d}"


def parse_stamp(line: str) -> Optional[str]:
    """The ISO 8601 date and time of a line that is a wire's transmission stamp (see module),
    with offset when it says UTC; None for any other line, or a date whose day and month
    could be either."""
    line = line.strip()
    m = _ISO_STAMP.fullmatch(line)
    if m is not None:
        iso = f"{m.group('date')}T{m.group('h')}:{m.group('m')}"
        return iso + "+00:00" if m.group("zone") else iso
    m = _SLUG_STAMP.fullmatch(line)
    if m is None:
        return None
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    if year < 100:
        year += 2000 if year < 70 else 1900
    pair = _month_day(a, b)
    if pair is None:
        return None                 # "08/12/99": either could be the month
    month, day = pair
    if day > 31 or int(m.group("h")) > 23:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}T{int(m.group('h')):02d}:{m.group('m')}"


def printed_time(doc: Document) -> Optional[str]:
    """The ISO 8601 time of the first dateline near the top of ``doc`` that names a full
    date, or None."""
    return printed_dateline(doc)[0]


def printed_dateline(doc: Document) -> tuple:
    """``(iso time, dateline text)`` of the first dateline near the top of ``doc`` that
    names a full date, or of a wire's stamp line among its head lines, or ``(None, "")``:
    the text tells a publication from an update."""
    for kind, start, end in getattr(doc, "regions", ()) or ():
        if start >= HEAD_CHARS:
            break
        if kind in ("headline", "dateline"):
            for line in doc.text[start:end].splitlines():
                iso = parse_stamp(line)
                if iso:
                    return iso, line.strip()
        if kind == "dateline":
            iso = parse_dateline(doc.text[start:end])
            if iso:
                return iso, doc.text[start:end]
    return None, ""
