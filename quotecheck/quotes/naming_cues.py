"""Agentless naming cues before a quotation: "referred to as “…”", "is billed as “…”", "known
as a “…”", "by the name “…”", "simply called “…”". The quoted words are a name or label the
narrator reports, no one's speech in this sentence, so :func:`quotecheck.quotes.kinds.named_term`
makes them a term (scare or title kind, no speaker).

"referred to as" and "billed as" count only in the passive (after a be-form, "and", "or", a
comma or a dash): "which Kim Lee has referred to as “…”" is Lee's own words, a partial quote.
Verbs that PolNeAR annotates as speech before a partial ("labeled", "deemed", "dubbed",
"termed") are left out. Plain substring tests come first: most quotations pass none, so
the end-anchored searches run rarely.
"""
from __future__ import annotations

import re

_S = "[ \t\u00a0]"
_TAIL = f"{_S}*[,:\u2014\u2013-]?{_S}*\\Z"
_AS_CUE = re.compile(rf"\b(known|billed|referred{_S}+to(?:{_S}+[a-z]+ly)?){_S}+as"
                     rf"(?:{_S}+(?:the|an?))?{_TAIL}")
_PASSIVE_BEFORE = re.compile(rf"(?:\b(?:is|are|was|were|be|been|being|and|or)|[,\u2014\u2013-])"
                             rf"{_S}+(?:(?:[a-z]+ly|sometimes|also|often){_S}+)?\Z")
_NAMED_CUE = re.compile(rf"(?:\bby{_S}+the{_S}+name|\b(?:simply|also|often|commonly|popularly|"
                        rf"officially){_S}+(?:called|named|dubbed|titled)){_TAIL}")
# what a cue's tail ends with (less spaces and one , : or dash): a cheap test before searches
_LAST = (" as", " a", " an", " the", "name", "called", "named", "dubbed", "titled")
WINDOW = 70         # "and sometimes referred to dismissively as a “…”" fits


def naming_cue(masked: str, open_start: int) -> bool:
    """True when an agentless naming cue ends right before the quotation opening at
    ``open_start`` (spaces and one , : or dash between)."""
    before = masked[max(0, open_start - WINDOW):open_start]
    tail = before.rstrip(" \t\u00a0")
    if not tail.rstrip(",:\u2014\u2013-").rstrip(" \t\u00a0").endswith(_LAST):
        return False
    if "known" in before or "billed" in before or "referred" in before:
        m = _AS_CUE.search(before)
        if m is not None and (m.group(1) == "known" or
                              _PASSIVE_BEFORE.search(before, 0, m.start()) is not None):
            return True
    return ("name" in before or "called" in before or "dubbed" in before or "titled" in before) \
        and _NAMED_CUE.search(before) is not None
