"""A quotation named as someone's answer in its own sentence: '“Best bread yet!” was the reply
of one happy customer', '“Never again” was the verdict from the mayor' (issue 12).

The noun phrase after "of"/"from" speaks; without this the quotation took a speaker from the
sentences around it (a later "The clip says ..." or the last named body). Used by
:mod:`quotecheck.quotes.conventions`.
"""
from __future__ import annotations

import re
from typing import Optional

from quotecheck.quotes.inverted_mentions import mention_after

# right after the closing mark: "was the reply of", "is the verdict from", "came the answer of"
_RESPONSE_OF = re.compile(
    r"[ \t\u00a0]*(?:was|is|came)[ \t\u00a0]+(?:the|one)[ \t\u00a0]+(?:(?:first|immediate|"
    r"blunt|short|terse|only|usual)[ \t\u00a0]+)?(?:response|reply|reaction|verdict|answer|"
    r"retort|assessment|refrain|comment|advice|message|plea|cry)[ \t\u00a0]+(?:of|from)"
    r"(?=[ \t\u00a0])")


def response_of_mention(masked: str, close_end: Optional[int], limit: int, lex):
    """The mention after "was the reply of" right after a quotation's closing mark at
    ``close_end`` (within ``limit``), or None. A name, a role or "one ..." only: after
    "of"/"from" any other noun is as often a place or a time ("came the reply from the back
    of the room", "was the comment of the day"), so no bare generic noun."""
    if close_end is None:
        return None
    m = _RESPONSE_OF.match(masked, close_end, limit)
    if m is None:
        return None
    return mention_after(masked, m.end(), lex, limit)
