"""Opinion marks the long-text tests of :mod:`quotecheck.framing.genre` cannot see.

Issue 15 (the AllSides roundup excerpts, about a hundred words each): a scraped opinion piece
often comes without a ``section`` in its metadata, and an excerpt is too short for the voice
tests of :func:`~quotecheck.framing.genre.opinion_reason` (``MIN_WORDS``). Two marks remain,
the same for every outlet:

* the page's address: a path segment naming the opinion desk ("/opinion/", "/opinions/",
  "/commentary/", "/op-ed/", "/editorial/", "/columns/", "/letters/": the list
  :func:`quotecheck.load.sections.opinion_segments`), a slug closing on
  the label before the page number ("...-america-opinion-1625990"), or a query value that
  files the link under the opinion page ("?mod=opinion_lead_pos1", "?mod=hp_opin_pos_1").
  A mixed category ("politics-analyses-and-opinions") is no segment of its own and does not
  count; nor does "analysis" (news analysis is a news genre);
* a short text's voice: the narrator, outside quotations and headlines, addresses the
  reader as "you" and speaks of "our" world with the reader ("our streets", "our nation's
  media"). A news brief leaves both to the people it quotes. The outlet's own "we" ("we're
  hearing nothing yet", a newsroom's; "we will send more information", a service's),
  its "our" staff and products ("our correspondent", "our new music") and its service
  offers ("you can hear it live on Friday") do not count, nor the bare "us" (lower-cased, it is
  also the country's abbreviation).
"""
from __future__ import annotations

import re
from typing import Any, Optional
from urllib.parse import parse_qsl, urlsplit

from quotecheck.framing.genre import long_enough
from quotecheck.framing.voicescore import SENTENCE
from quotecheck.load.sections import opinion_segment

_SLUG_LABEL = re.compile(r"[-_](?:opinion|op-ed|oped|editorial|commentary)[-_]\d{4,}(?:\.\w+)?$")
_QUERY_LABEL = re.compile(r"(?:^|[_\-])(?:opin|opinion|opinions)(?:[_\-]|$)")


def link_reason(url: Optional[str]) -> Optional[str]:
    """Why the page at ``url`` is filed as opinion, or None: a path segment of the shared list
    (:func:`quotecheck.load.sections.opinion_segment`, which provenance reads too), and,
    for framing only, a slug closing on an opinion label or a query value filing the link
    under the opinion page. Framing needs these two as well because a short excerpt
    without a ``section`` has no other mark; provenance leaves them out (see
    :func:`quotecheck.load.sections.opinion_address`)."""
    if not url:
        return None
    if opinion_segment(url):
        return "the page's address files it under opinion"
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    segments = [s.lower() for s in parts.path.split("/") if s]
    if segments and _SLUG_LABEL.search(segments[-1].lower()):
        return "the page's address closes on an opinion label"
    if any(_QUERY_LABEL.search(v.lower()) for _, v in parse_qsl(parts.query)):
        return "the link files the page under the opinion page"
    return None


# the narration is the lower-cased matching view; apostrophes straight or curly. These
# three open with their first letter, the word boundary tested behind it: the same
# matches as a leading \b, which the engine tried at every character of every sentence
_YOU = re.compile(r"y(?<=\by)(?:ou|our|ours|ourself|ou['\u2019](?:re|ve|ll|d))\b")
# 'our' with the reader ('our streets', 'our nation's media'), not the outlet's own staff,
# shows or pages ('our correspondent', 'our new music', 'our website'), nor the outlet's 'we'
# ('we're hearing nothing yet', 'we will send more information': a newsroom or a service)
_WE = re.compile(r"o(?<=\bo)ur(?:selves)?\b(?! (?:\w+ )?(?:correspondents?|reporters?|staff|team|"
                 r"readers|listeners|viewers|newsroom|analysis|poll|survey|coverage|site|"
                 r"website|newsletter|show|programme|program|podcast|playlist|music|app|"
                 r"service|customers)\b)")
# a page's service offer ("You can hear it live on Friday", "you can download the app"): a promo's
# or a service notice's 'you', not an essayist's
_SERVICE_YOU = re.compile(r"y(?<=\by)ou can (?:also )?(?:hear|listen|watch|read|find|download|buy|"
                          r"order|sign|subscribe|catch|follow|visit|contact|call|email|get|"
                          r"see|stream)\b")
_OPEN_MARK = re.compile("[\"\u201c\u201d\u00ab\u00bb]")
# a quotation inside a sentence (masked, or between double marks on the line): someone's words
_QUOTED = re.compile("\x00+|\u201c[^\u201c\u201d\n]*\u201d|\"[^\"\n]*\"|\u00ab[^\u00bb\n]*\u00bb")


def short_voice(narration: Any) -> bool:
    """Whether a text too short for the voice tests (under ``MIN_WORDS`` words of narration)
    addresses the reader as 'you' and speaks of 'our' world with the reader in its own words
    (:data:`_WE`; quotations inside a sentence left out, headlines too); a sentence with an
    unclosed quotation mark (a quotation running on) is left out whole."""
    text = narration.text
    if long_enough(text):
        return False
    you = we = 0
    for m in SENTENCE.finditer(text):
        sentence = m.group()
        sentence = _QUOTED.sub(" ", sentence)
        if _OPEN_MARK.search(sentence):
            continue
        if not narration.in_scope("narration", m.start()) or narration.in_headline(m.start()):
            continue
        y, w = bool(_YOU.search(_SERVICE_YOU.sub(" ", sentence))), bool(_WE.search(sentence))
        you, we = you + y, we + w
        if you and we:
            return True
    return False


def page_reason(doc: Any, narration: Any = None) -> Optional[str]:
    """Why ``doc`` reads as opinion by the page's address or a short text's voice, or None;
    tried after :func:`~quotecheck.framing.genre.opinion_reason`."""
    reason = link_reason(getattr(doc.meta, "url", None))
    if reason or narration is None:
        return reason
    if short_voice(narration):
        return "a short text whose narrator addresses 'you' and speaks of 'our' world"
    return None
