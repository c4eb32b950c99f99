"""The words of an inscription belong to the thing that bears them, not to its wearer.

"Sen. Ana Ruiz wore a campaign hat reading, “…”", "protesters carried signs saying “…”", "one
of her ads asking, “…”", "a headline that said, “…”": the sentence's subject was taken as the
speaker of words she wore, carried or posted. A sign, banner, hat, shirt, poster, billboard,
sticker, button, headline or ad right before the verb that gives its words (read, say,
proclaim, declare, ask) is the speaker instead, a description (issue 12). Only a quotation
some step already attributed is moved to the thing: a slogan nobody was given stays as it was.
"""
from __future__ import annotations

import re
from typing import Optional

from quotecheck.quotes.mentions import Mention

_SP = r"[ \t\u00a0]"
# the verb right before the mark and the thing before it (or before "that"/"which"): asked
# first, as plain word tests, so most quotations ("…,” he said. “…") skip the search
_VERBS = frozenset(("read", "reads", "reading", "say", "said", "says", "saying", "proclaim",
                    "proclaims", "proclaimed", "proclaiming", "declares", "declared", "declaring",
                    "ask", "asks", "asked", "asking"))
_THINGS = frozenset(("sign", "signs", "banner", "banners", "hat", "hats", "cap", "caps", "shirt",
                     "shirts", "t-shirt", "t-shirts", "placard", "placards", "poster", "posters",
                     "billboard", "billboards", "headline", "headlines", "sticker", "stickers",
                     "button", "buttons", "ad", "ads", "advertisement", "advertisements",
                     "mailer", "mailers", "flyer", "flyers", "plaque", "plaques"))
# the search built from the same two lists, so the word tests and it never disagree
_INSCRIPTION = re.compile(
    rf"(?<![\w-])((?:(?:a|an|the|his|her|their|its|our|one|two|some|many){_SP}+"
    rf"(?:[a-z][\w-]*{_SP}+)?)?(?:{'|'.join(map(re.escape, sorted(_THINGS)))}))"
    rf"(?:{_SP}+(?:that|which))?{_SP}+(?:{'|'.join(sorted(_VERBS))}){_SP}*[,:]?{_SP}*\Z")


def inscription(masked: str, open_start: int) -> Optional[Mention]:
    """The thing ("a campaign hat", "signs") whose words the quotation opening at
    ``open_start`` gives, or None."""
    lo = max(0, open_start - 70)
    end = len(masked[lo:open_start].rstrip(" ,:\t\u00a0")) + lo
    if masked[masked.rfind(" ", lo, end) + 1:end] not in _VERBS:
        return None
    words = masked[lo:end].split()
    if len(words) > 2 and words[-2] in ("that", "which"):
        del words[-2]
    if len(words) < 2 or words[-2] not in _THINGS:
        return None
    m = _INSCRIPTION.search(masked, lo, open_start)
    if m is None:
        return None
    return Mention(m.start(1), m.end(1), m.group(1), "description")


_ACCORDING = re.compile(rf"\b[Aa]ccording{_SP}+to{_SP}+(?:[Tt]he{_SP}+)?\Z")


def to_inscription(f, masked: str) -> bool:
    """Move the attributed quotation ``f`` (a found quotation of
    :mod:`quotecheck.quotes.extract`) to the inscription it gives, if any; True when moved.
    A source the sentence opened with "According to X," stays as the one relaying it."""
    thing = inscription(masked, f.span.open_start)
    if thing is None:
        return False
    old = f.att
    new = old._replace(mention=thing, verb=None, verb_start=None, verb_end=None,
                       anchor=thing.start)
    if f.relayed is old:
        f.relayed = new
    if f.relay is None and _ACCORDING.search(masked, max(0, old.mention.start - 20),
                                             old.mention.start):
        f.relay, f.relayed = old.mention, new
    f.att, f.how = new, "credit"
    return True
