"""A link glued to the word before it: '#MAGAhttps://t.co/x', 'today.pic.twitter.com/x'.

A scraped tweet embed often loses the space between the tweet's last word or hashtag and its
link; read as one word it differs from the other outlet's rendering of the same tweet (QC104
compared 'BreakUpBigTechhttps' with 'BreakUpBigTech' on baly_201903). :func:`unglue_links`
splits such a token in two at the link's start, both parts keeping original offsets.
"""
from __future__ import annotations

from dataclasses import replace

from quotecheck.text.normalize import Token

# a link's first word and what follows it in the text: 'https' + '://', 'pic.twitter.com' + '/'
_LINK_STARTS = (("https", "://"), ("http", "://"), ("pic.twitter.com", "/"))
_ENDINGS = tuple(head for head, _ in _LINK_STARTS)


def unglue_links(tokens: list[Token], text: str) -> list[Token]:
    """``tokens`` with each word that ends in a glued link's start split in two ('magahttps'
    before '://' gives 'maga' and 'https'); both parts keep the token's index, as the words
    of one contraction do. Other tokens are returned as they are."""
    out = None
    for k, t in enumerate(tokens):
        cut = _glued_at(t, text) if t.text.endswith(_ENDINGS) else 0
        if cut:
            if out is None:
                out = list(tokens[:k])
            out.append(replace(t, text=t.text[:cut], end=t.start + cut))
            out.append(replace(t, text=t.text[cut:], start=t.start + cut))
        elif out is not None:
            out.append(t)
    return tokens if out is None else out


def _glued_at(t: Token, text: str) -> int:
    """Where the glued link starts inside token ``t`` (0 for none): the link's first word
    ends the token after at least one letter, and the text goes on as a link does."""
    for head, after in _LINK_STARTS:
        cut = len(t.text) - len(head)
        if t.text.endswith(head) and cut > 0 and t.end - t.start == len(t.text) and \
                text[t.end:t.end + len(after)] == after and \
                text[t.start + cut:t.end].lower() == head and t.text[cut - 1].isalnum():
            return cut
    return 0
