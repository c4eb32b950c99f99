"""Whether a page is published as opinion, by its metadata and its address.

The section a page's metadata names ("opinion", "op-ed", "commentary") and the section word
of its address ("https://example.com/opinion/2013/...") are the publisher's own filing of the
page, read before any stage looks at its words. :func:`opinion_segments` is the one list of
address segments and :func:`opinion_segment` the one test of them: the framing stage reads
the section (with the text's own marks, :mod:`quotecheck.framing.genre`) and the segments
(with a slug's or a query's label, :mod:`quotecheck.framing.pagemarks`); provenance reads
section and segments only, so a column
printed whole by two sites is told from one site lifting another's news
(:mod:`quotecheck.provenance.edgefindings`). Lives in ``load`` because both stages use it
and a lower stage never imports a higher one.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional
from urllib.parse import urlsplit

from quotecheck.resources.ruledata import load_data

OPINION_SECTIONS = frozenset(("opinion", "opinions", "op-ed", "oped", "op ed", "column",
                              "columns", "editorial", "editorials", "commentary", "comment",
                              "comment is free", "views", "perspective", "letters", "think"))
"""Metadata ``section`` values (folded) that mark an opinion piece."""

@lru_cache(maxsize=1)
def opinion_segments() -> frozenset:
    """Path segments of a page's address (folded, whole segments) that file the page under the
    opinion desk (``rules/data/opinion-voice.toml [address_segments]``, with the counts behind
    each choice); the one list provenance (:func:`opinion_address`) and framing
    (:func:`quotecheck.framing.pagemarks.link_reason`) read. A blog is left out (a news site's
    blog posts are news as often as not), as are single words a news path uses too
    ("analysis", "views"). Read on first use, not at import: importing the stage never
    depends on the rule data."""
    table = load_data("opinion-voice")["address_segments"]
    return frozenset(str(s).lower() for s in table["segments"])


def opinion_section(meta: Any) -> bool:
    """The metadata's ``section`` names an opinion section."""
    section = getattr(meta, "section", None)
    return bool(section) and section.strip().lower() in OPINION_SECTIONS


def opinion_segment(url: Optional[str]) -> bool:
    """A whole segment of the path of ``url`` is in :func:`opinion_segments`
    ("/opinion/2013/10/09/...", "/columnists/...")."""
    return path_segment_in(url, opinion_segments())


def path_segment_in(url: Optional[str], segments: frozenset) -> bool:
    """A whole segment of the path of ``url`` (folded) is in ``segments``: never a word inside
    a segment ("/opinion-poll-x"), the host ("opinion.example.com") or the query and fragment
    ("?from=/opinion/"); an address that does not parse files nothing."""
    if not url:
        return False
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return False
    return any(s.lower() in segments for s in path.split("/") if s)


def opinion_address(meta: Any) -> bool:
    """The page is filed as opinion by its publisher: an opinion ``section`` in the metadata,
    or an opinion segment of its address's path (:func:`opinion_segment`). Provenance reads
    only these two, not the framing stage's slug labels and query values
    (:mod:`quotecheck.framing.pagemarks`): a link's ``?mod=opinion_...`` says where one page
    placed the link, and a whole shared text stays reported unless its publisher files it as
    opinion."""
    return opinion_section(meta) or opinion_segment(getattr(meta, "url", None))
