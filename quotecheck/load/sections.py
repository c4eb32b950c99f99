"""Whether a page is published as opinion, by its metadata and its address.

The section a page's metadata names ("opinion", "op-ed", "commentary") and the section word
of its address ("https://example.com/opinion/2013/...") are the publisher's own filing of the
page, read before any stage looks at its words. The framing stage reads the section (with the
text's own marks, :mod:`quotecheck.framing.genre`); provenance reads both, so a column
printed whole by two sites is told from one site lifting another's news
(:mod:`quotecheck.provenance.edgefindings`). Lives in ``load`` because both stages use it
and a lower stage never imports a higher one.
"""
from __future__ import annotations

import re
from typing import Any

OPINION_SECTIONS = frozenset(("opinion", "opinions", "op-ed", "oped", "op ed", "column",
                              "columns", "editorial", "editorials", "commentary", "comment",
                              "comment is free", "views", "perspective", "letters", "think"))
"""Metadata ``section`` values (folded) that mark an opinion piece."""

# a path segment of the address that files the page as opinion; a blog is left out (a news
# site's blog posts are news as often as not), as are single words a news path uses too
_OPINION_PATH = re.compile(
    r"^[a-z][a-z0-9+.-]*://[^/?#]+(?:/[^/?#]*)*?/(?:opinion|opinions|op-ed|oped|commentary|"
    r"columns|columnists?|editorials?)(?:/|$)", re.IGNORECASE)


def opinion_section(meta: Any) -> bool:
    """The metadata's ``section`` names an opinion section."""
    section = getattr(meta, "section", None)
    return bool(section) and section.strip().lower() in OPINION_SECTIONS


def opinion_address(meta: Any) -> bool:
    """The page is filed as opinion by its publisher: an opinion ``section`` in the metadata,
    or an opinion section word as a whole segment of its address's path
    ("/opinion/2013/10/09/...", "/columnists/..."; never in the query or a word's middle)."""
    url = getattr(meta, "url", None) or ""
    return opinion_section(meta) or bool(url and _OPINION_PATH.match(url.split("?")[0]))
