"""Embedded posts (tweets, Instagram, Facebook) found among a document's furniture: the
post's text and its author, so the post is quoted as its author's words, not the outlet's."""
from __future__ import annotations

import re
from typing import Optional

from quotecheck.load.furniture import full_match, lead_match, rules, text_lines
from quotecheck.load.lineshape import closing_signature
from quotecheck.load.regions import regions_in_view
from quotecheck.model import Document


def _signature(line: str) -> Optional[re.Match]:
    """The embed signature opening ``line``, or closing it after the post's words."""
    r = rules()
    return lead_match(r.embed_signatures, line) or closing_signature(r.embed_signatures, line)


def embed_author(line: str) -> Optional[str]:
    """The author an embed's signature line names (name, else @handle), or None."""
    m = _signature(line.strip())
    if not m:
        return None
    author = (m.groupdict().get("author") or "").strip(" \u2014\u2013-")
    if author:
        return " ".join(author.split())
    handle = m.groupdict().get("handle")
    return "@" + handle if handle else None


def embedded_posts(doc: Document) -> list:
    """``(start, end, author)`` of each embedded post's text in view offsets (the signature
    left out; ``author`` None when the signature names nobody). Posts printed one after
    another make one region; each signature line closes a post of its own."""
    text = doc.view.text
    out: list = []
    for _, s, e in regions_in_view(doc, frozenset(("embedded-post",))):
        posts: list = [[]]
        for a, b in text_lines(text[s:e]):
            posts[-1].append((s + a, s + b))
            if _signature(text[s + a:s + b]):
                posts.append([])
        if len(posts) > 1:      # lines after the last signature stay with its post
            posts[-2].extend(posts.pop())
        for lines in posts:
            _add_post(text, lines, out)
    return out


def _add_post(text: str, lines: list, out: list) -> None:
    """The post of ``lines`` (view spans; the last is the signature) appended to ``out``."""
    if not lines:
        return
    sig_s, sig_e = lines[-1]
    line = text[sig_s:sig_e]
    inner = rules().embed_inner
    body = [(a, b) for a, b in lines[:-1] if not full_match(inner, text[a:b])]
    tail = None if lead_match(rules().embed_signatures, line) else _signature(line)
    if tail:        # the post's words and its signature on one line
        body.append((sig_s, sig_s + len(line[:tail.start()].rstrip())))
    if body:
        out.append((body[0][0], body[-1][1], embed_author(line)))
