"""The reporting period a figure is of: "in the week ended May 29", "for the quarter ending
30 June", "in May".

A weekly or monthly release states a new figure for each period; the same outlet's story of
another week reads word for word like this week's, so its figures look like one referent's.
Two figures whose sentences name different reporting periods are of two referents and never
disagree. A sentence that names no period takes the one stated earlier in its paragraph ("The
forecast ... was 212,000 claims." after "... in the week ended May 29").
Words are ``rules/data/provenance.toml [figures.periods]``. :data:`RUNNING` finds the other
span a figure can be counted over: a running total since a start (read by ``figures``).
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Optional

from quotecheck.resources.regexprefilter import Guarded, guard
from quotecheck.resources.ruledata import load_data

# A running total: a perfect tense counted from a start ("have flown 20,500 miles since lifting
# off", "has raised $5m so far"), the start also stated first ("Since the start of the
# season, more than 900 have enrolled": a day's count is not compared with it), or a
# total counted since an event ("have died since the outbreak began"); later reports of the
# same story give a larger total, and a day's count is of another referent.
_START = (r"(?:[Ss]ince|[Aa]fter) (?:\w+ing|the (?:start|beginning|outbreak|onset))\b"
          r"|[Ss]ince (?:[A-Z]\w+|\d)|[Ss]ince the \w+ (?:began|started|arrived|hit|broke out)\b")
RUNNING = guard(re.compile(rf"\b(?:has|have|had)\b.*\b(?:{_START}|so far|to date|thus far)"
                           rf"|\b(?:{_START}).*\b(?:has|have|had)\b"))


@lru_cache(maxsize=1)
def _patterns() -> tuple:
    fig = load_data("provenance")["figures"]
    per = fig["periods"]
    names = sorted((m for m in fig["words"]["months"] if len(m) > 3 or m == "may"),
                   key=len, reverse=True)
    months = "|".join(names)
    units = "|".join(per["units"])
    links = "|".join(re.escape(w) for w in sorted(per["links"], key=len, reverse=True))
    ins = "|".join(per["month_prepositions"])
    date = rf"(?:(?:{months})\.? \d{{1,2}}|\d{{1,2}} (?:{months}))"
    ended = re.compile(rf"\b(?:{units})s? (?:{links}) ({date})\b", re.I)
    # "in May", "in May 2021", never "in May 20" (a day: a time, not a period)
    month = re.compile(rf"\b(?:{ins}) ((?:{months}))\b(?!\.? \d{{1,2}}\b)", re.I)
    # every match of either holds a month's name: most sentences hold none, and a test of
    # the names (case folded as re.IGNORECASE matches) spares both searches, each of which
    # tried every position of the sentence
    named = Guarded(ended, tuple(n.lower() for n in names), True, False)
    return ended, month, named


def period_in(stext: str) -> Optional[str]:
    """The reporting period one sentence names, normalised ("may 29", "june"), or None."""
    ended, month, named = _patterns()
    if not named.may_match(stext):
        return None
    m = ended.search(stext) or month.search(stext)
    return " ".join(m.group(1).lower().replace(".", "").split()) if m else None


def with_periods(text: str, sentences: list, figures: list) -> list:
    """``figures`` with ``period`` set: their sentence's period, or the last one stated
    earlier in the same paragraph (no blank line between)."""
    if not figures:
        return figures
    periods: dict = {}
    last, last_end = None, -1
    for sent in sentences:
        if last_end >= 0 and "\n\n" in text[last_end:sent.start].replace("\r", ""):
            last = None   # a new paragraph
        own = period_in(text[sent.start:sent.end])
        last = own or last
        periods[sent.index] = last
        last_end = sent.end
    return [dataclasses.replace(f, period=periods.get(f.sentence)) if periods.get(f.sentence)
            else f for f in figures]


def other_periods(x, y) -> bool:
    """Two figures of two stated reporting periods: two referents."""
    return bool(x.period and y.period and x.period != y.period)
