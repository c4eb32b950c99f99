"""An embedded post whose words end on its signature's line ('... agenda. \u2014 Ann Roe
(@annroe) May 3, 2020') and began a paragraph or two before it (refute26, issue 15): the
furniture classifier (:func:`quotecheck.load.furniture.classify`) lets the signature's line
claim those paragraphs, so the post's words are its author's, not the narrator's. Rules
``[embed]`` of rules/data/furniture.toml (``max_lines``, ``max_chars``, ``intro_words``,
``echo_words``, ``echo_reach``)."""
from __future__ import annotations

import re
from typing import Any

from quotecheck.load.lineshape import tail_signature

_WORD = re.compile(r"\S+")
# a post's own marks: a handle, a hashtag, an ampersand between words
_POST_MARK = re.compile(r"(?<!\w)[@#]\w|\s&\s")
# a quotation the report gives (curly or straight marks)
_QUOTED = re.compile(r"\u201c([^\u201d]{10,400})\u201d|\"([^\"]{10,400})\"")


def tail_post(text: str, lines: list, kinds: list, i: int, r: Any, body: str) -> None:
    """A post whose words end on its signature's line (line ``i``) claims the body lines just
    before it that continue the post: at most ``max_lines``, the post's words within
    ``max_chars`` in all, none ending in a colon or naming the post (``intro_words``)."""
    line = text[slice(*lines[i])]
    tail = tail_signature(r.embed_signatures, line)
    if not tail:
        return
    room, taken, j = r.embed_max_chars - len(line[:tail.start()].strip()), 0, i - 1
    while j >= 0 and taken < r.embed_max_lines and kinds[j] == body:
        prior = text[slice(*lines[j])].strip()
        if len(prior) > room or prior.endswith(":") or r.embed_intro.search(prior) or not (
                _POST_MARK.search(prior) or _echoes(text, lines[j][0], prior, r)):
            return
        kinds[j] = "embedded-post"
        room, taken, j = room - len(prior), taken + 1, j - 1


def _echoes(text: str, start: int, line: str, r: Any) -> bool:
    """Whether ``line`` repeats ``echo_words`` words in a row of a quotation the report gives
    in the ``echo_reach`` characters before ``start`` (it quotes the post it then embeds)."""
    n, reach = r.embed_echo
    words = [w.lower() for w in _WORD.findall(line)]
    runs = {tuple(words[k:k + n]) for k in range(len(words) - n + 1)}
    for m in _QUOTED.finditer(text, max(0, start - reach), start):
        said = [w.lower() for w in _WORD.findall(m.group(1) or m.group(2))]
        if n and any(tuple(said[k:k + n]) in runs for k in range(len(said) - n + 1)):
            return True
    return False
