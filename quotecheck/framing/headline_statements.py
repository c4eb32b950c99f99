"""The statement of a headline 'Speaker: statement' ("Democrats' new warning: Leaks could ..."):
someone's words, not the narrator's. Split from :mod:`quotecheck.framing.reported`.

Also the label of a quoted view: a digest of opinion ("perspectives" roundups) sets a subhead
over each columnist's quotation, the paragraph below it wholly a quotation signed with a dash
("The deal is a giveaway" / "“...” — Jane Doe, Example Times"): the subhead sums
up that columnist's view, not the narrator's (rn24, baly06 reading).
"""
from __future__ import annotations

import re
from typing import Any

from quotecheck.framing.verbcontext import verb_data

_HEAD = re.compile(r"(?:[A-Z][\w'\u2019.&\-]*\s+){0,3}[A-Z][\w'\u2019.&\-]*"
                   r"(?:\s+(?:new|latest|own|final)?\s*[a-z]+)?$")

# (issue 15, attr29: baly_202005 reading) the number of a list's entry before the speaker
# ("8. Jo Roe: 'I Hate' Lazy Voters" right over her quotation): the entry sums it up
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")
_QUOTE_NEXT = re.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*[\"\u201c\u2018]")


def headline_statements(nar: Any, heads: frozenset) -> list[tuple[int, int]]:
    """The statement of a headline 'Speaker: statement': after the colon, when the head is
    one to four capitalised words (perhaps with a noun of saying: "Democrats' new warning"),
    not a section label ("EXCLUSIVE:", "Watch:") and not a single word in capitals; a list
    entry's number before the head is no part of it ("8. Jo Roe: ..."), when the entry's
    next paragraph opens with a quotation (hers; else the entry is a section's title)."""
    nouns = set(verb_data().get("reported", {}).get("nouns", ()))
    out = []
    for hs, he in nar.headlines + _title_line(nar):
        colon = nar.text.find(": ", hs, he)
        if colon < 0:
            continue
        os_, oe = nar.original(hs, colon)
        head = nar.doc.text[os_:oe].strip()
        numbered = _LIST_NUMBER.match(head)     # "8. Jo Roe: ..." over her quotation
        if numbered:
            if not _QUOTE_NEXT.match(nar.doc.text, nar.original(hs, he)[1]):
                continue        # "8. The Unreliable Narrator: ...": a section's title
            head = head[numbered.end():]
        if not head or head.lower() in heads or (head.isupper() and " " not in head):
            continue
        m = _HEAD.match(head)
        if not m:
            continue
        last = head.split()[-1]
        if last.islower() and last not in nouns:
            continue            # "Trump on trade: ..." is a topic, not a speaker
        out.append((colon + 1, he))
    return out


# the next paragraph: wholly a quotation, then a dash and a signature ("— Jane Doe, Times")
_SIGNED_QUOTE = re.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*[\"\u201c\u2018][^\n]{20,}?[\"\u201d\u2019]"
                           r"[ \t]*(?:\u2014|\u2013|--)[ \t]*[A-Z][^\n]{1,100}(?:\n|$)")


def quoted_view_labels(nar: Any) -> list[tuple[int, int]]:
    """Subheads (:attr:`Narration.headlines`) right over a paragraph that is wholly a
    quotation signed with a dash: the label of the quoted view (module docstring)."""
    out = []
    for hs, he in nar.headlines:
        end = nar.original(hs, he)[1]
        if _SIGNED_QUOTE.match(nar.doc.text, end):
            out.append((hs, he))
    return out


_TITLE = re.compile(r"[ \t]*([^\n]{3,200}?)\.[ \t]*(?:\n|$)")


def _title_line(nar: Any) -> list[tuple[int, int]]:
    """The document's first line when it reads as a title closed by a period, as archives
    print them ("Council's new worry: Audit may hide unpaid bills."): one short line
    with no other sentence end in it."""
    m = _TITLE.match(nar.view.text)
    if not m or len(m.group(1).split()) > 20 or re.search(r"[.!?]\s", m.group(1)):
        return []
    return [m.span(1)]
