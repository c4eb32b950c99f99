"""A column syndicate's copyright line on a page (shared by framing and provenance).

The syndicates are rule data (``[syndicates]`` of ``opinion-voice.toml``). Framing reads the
line as an opinion mark (the piece is a syndicated column); provenance reads it as the common
source of every carrier of that column (issue 11: two papers printing one column copy neither
from the other). Kept here, below both stages, so neither imports the other.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.resources.regexruns import run_scoped
from quotecheck.resources.ruledata import load_data

CLOSE_CHARS = 300
"""How far from the end a syndicate's holder line run into the last paragraph is looked for."""


# after the copyright mark: a second mark ('Copyright \u00a9'), a year, 'by'
_MARK_TAIL = r"(?:[ \t]*(?:\u00a9|\(c\)))?[ \t]*(?:\d{4}[ \t,]*)?(?:by[ \t]+)?"


def _alternatives(columns_only: bool = False) -> str:
    """The syndicates of ``[syndicates]`` as a regex alternation; with ``columns_only``, those
    that carry no news copy (``news_carriers`` left out)."""
    data = load_data("opinion-voice")["syndicates"]
    names = [n for n in data["names"]
             if not columns_only or not any(re.fullmatch(n, c) for c in data["news_carriers"])]
    return "|".join(n.replace(" ", "[ \t]+") for n in names)


@lru_cache(maxsize=None)
def syndicate_line():
    """The compiled syndicate copyright line: a copyright mark ('Copyright', '\u00a9', '(c)',
    'c.', or 'Copyright \u00a9'), a year, and a column syndicate of ``[syndicates]`` (rule
    data) as the holder, alone on its line at most 40 characters on (line starts only,
    speed27). A news service's credit ('Distributed by ...') is no holder's line."""
    line = re.compile(
        r"(?im)^[ \t]*(?:copyright|\u00a9|\(c\)|c\.)" + _MARK_TAIL + r"(?:" + _alternatives()
        + r")\b[^\n]{0,40}$")
    return run_scoped(line) or line


@lru_cache(maxsize=None)
def syndicate_close():
    """The same holder's line run into the last paragraph by the scraper, after a sentence's
    end ('... visit the syndicate's website. Copyright 2019 creators.com'), closing the text
    (read in its last ``CLOSE_CHARS`` characters only): no news copy ends on a column
    syndicate's holder line, wherever the line break went."""
    return re.compile(
        r"(?i)[.!?][\"'\u201d\u2019)]?[ \t]+(?:copyright|\u00a9|\(c\))" + _MARK_TAIL + r"(?:"
        + _alternatives() + r")\b[^\n]{0,40}\s*\Z")


@lru_cache(maxsize=None)
def _distributed_close():
    """A closing credit that a column syndicate distributed the piece ('... Distributed by
    Tribune Content Agency, LLC.'), in the text's last ``CLOSE_CHARS`` characters: not an
    opinion mark (news copy carries it too), but it names the syndicate as the carrier."""
    return re.compile(r"(?i)\bdistributed[ \t]+by[ \t]+(?:the[ \t]+)?(?:" + _alternatives()
                      + r")\b[^\n]{0,40}\s*\Z")


@lru_cache(maxsize=None)
def _columns_credit():
    """A syndicate's distribution credit on the page's last line ('DISTRIBUTED BY CREATORS.COM',
    under the author's own copyright line), where the syndicate sells only columns and
    features (``news_carriers`` of ``[syndicates]`` left out: they carry member papers'
    news copy too)."""
    return re.compile(r"(?im)^[ \t]*distributed[ \t]+by[ \t]+(?:the[ \t]+)?(?:"
                      + _alternatives(columns_only=True) + r")\b[^\n]{0,40}\s*\Z")


def columns_credit(text: str) -> bool:
    """Whether ``text`` closes on a columns-only syndicate's distribution credit, a line of its
    own (the opinion mark of :mod:`quotecheck.framing.opinionmarks`; provenance reads any
    syndicate's credit, :func:`syndicated_copy`)."""
    return bool(_columns_credit().search(text[-CLOSE_CHARS:]))


def holder_line(text: str) -> bool:
    """Whether ``text`` carries a column syndicate's holder line, on its own line or run into
    the last paragraph (the opinion mark of :mod:`quotecheck.framing.opinionmarks`)."""
    return bool(syndicate_line().search(text) or syndicate_close().search(text[-CLOSE_CHARS:]))


def syndicated_copy(text: str) -> bool:
    """Whether ``text`` says it is a column syndicate's copy: its holder line, or a closing
    credit that the syndicate distributed it."""
    return holder_line(text) or bool(_distributed_close().search(text[-CLOSE_CHARS:]))
