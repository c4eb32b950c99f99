"""Opinion pieces: where the narrator's voice is the author's, by design.

A column or an op-ed argues; 'claimed' or 'infamous' there is the author's stated view, not
an outlet slipping its stance into a news report. Framing findings in an opinion piece are
therefore at most info. The same test applies to every outlet: the document's metadata
(``section`` in front matter or the manifest) or the page's own labels and byline
conventions ("Opinion |", "Op-Ed", "X is a columnist", "By X, professor at ...").
"""
from __future__ import annotations

import re
from typing import Optional

from quotecheck.model import Document

OPINION_SECTIONS = frozenset(("opinion", "opinions", "op-ed", "oped", "op ed", "column",
                              "columns", "editorial", "editorials", "commentary", "comment",
                              "comment is free", "views", "perspective", "letters", "think"))
"""Metadata ``section`` values (folded) that mark an opinion piece."""

HEAD_CHARS = 1500
"""How far from the top a section label or byline is looked for."""

# A label line at the top of the page: "Opinion", "Opinion | Title", "OP-ED: ...".
_LABEL_LINE = re.compile(r"(?im)^[ \t]*(?:opinion|op-ed|op ed|editorial|column|commentary|"
                         r"guest column|guest essay|perspective)[ \t]*(?:[|:\u2014\u2013-]|$)")
# A byline with a role: "By Jessica Levinson, professor at ...", "By X, a columnist".
_BYLINE_ROLE = re.compile(
    r"(?m)^[ \t]*By [A-Z][\w.'\u2019\-]+(?: [A-Z][\w.'\u2019\-]+){0,3}, (?:an? |the )?"
    r"(?:\w+ ){0,2}(?:professor|columnist|contributor|opinion writer|author|lecturer|"
    r"fellow|former \w+)\b")
# The tagline conventions anywhere: "X is a columnist", "The views expressed ... own".
_TAGLINE = re.compile(
    r"\b(?:is|was) an? (?:[\w\-]+ ){0,3}(?:columnist|opinion writer|op-ed contributor|"
    r"contributing opinion writer|editorial writer)\b"
    r"|\b(?:in|from) my (?:last |previous |earlier |latest |weekly |)column\b"
    r"|\bthe (?:views|opinions) expressed (?:[\w\-]+ ){0,4}are (?:those of the author|the "
    r"author's own|(?:his|her|their) own|solely)", re.I)


def opinion_reason(doc: Document) -> Optional[str]:
    """Why ``doc`` reads as an opinion piece ('section "opinion"', 'labelled Opinion',
    ...), or None for news."""
    section = getattr(doc.meta, "section", None)
    if section and section.strip().lower() in OPINION_SECTIONS:
        return f"section {section.strip()!r}"
    text = doc.view.text
    head = text[:HEAD_CHARS]
    if _LABEL_LINE.search(head):
        return "labelled as opinion at the top"
    if _BYLINE_ROLE.search(head):
        return "a byline naming the author's role"
    if _TAGLINE.search(text):
        return "a columnist's tagline"
    return None
