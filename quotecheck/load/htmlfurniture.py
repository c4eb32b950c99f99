"""Furniture hints from an HTML page's own markup, mapped onto its readable view.

The blocks classified are those :mod:`quotecheck.load.htmltext` already produces (so every
region maps back to raw offsets through the same view); the markup only says which element
a block sits in (``<figcaption>``, ``<nav>``, a ``class="byline"``, an embedded tweet's
``<blockquote class="twitter-tweet">``) and how much of a line is link text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.resources.ruledata import load_data
from quotecheck.text.textview import TextView

_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]{0,40})((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_ATTR = re.compile(r"""\b(class|id|itemprop|rel|data-component|role)\s*=\s*"""
                   r"""(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_PARTS = re.compile(r"[A-Za-z]+")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})
_RAW = frozenset({"script", "style", "template", "noscript", "svg", "textarea"})
_WORDS = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _cfg() -> dict:
    d = load_data("furniture")["html"]
    parts = {}
    for kind, words in d["parts"].items():
        for w in words:
            parts.setdefault(w.lower(), kind)
    return {"max_words": int(d["max_words"]), "link_share": float(d["link_share"]),
            "tags": dict(d["tags"]), "embed": frozenset(d["embed_parts"]), "parts": parts,
            "line_words": int(load_data("furniture")["max_words"])}


def _kind(name: str, attrs: str, cfg: dict):
    parts = []
    for m in _ATTR.finditer(attrs):
        value = m.group(2) or m.group(3) or m.group(4) or ""
        parts += [p.lower() for p in _PARTS.findall(value)]
    if name == "blockquote" and any(p in cfg["embed"] for p in parts):
        return "embedded-post"
    if name in cfg["tags"]:
        return cfg["tags"][name]
    for p in parts:
        if p in cfg["parts"]:
            return cfg["parts"][p]
    return None


def _elements(raw: str, cfg: dict) -> tuple:
    """``(kind, start, end)`` raw spans of hinted elements, and raw spans of links."""
    stack: list = []        # [name, kind, start]
    found, links = [], []
    pos = 0
    while True:
        m = _TAG.search(raw, pos)
        if m is None:
            break
        pos = m.end()
        closing, name = m.group(1), m.group(2).lower()
        if not closing:
            if name in _RAW:
                end = raw.lower().find("</" + name, pos)
                pos = len(raw) if end < 0 else end
                continue
            if name in _VOID or m.group(3).rstrip().endswith("/"):
                continue
            stack.append([name, _kind(name, m.group(3), cfg), m.start()])
            continue
        for k in range(len(stack) - 1, -1, -1):
            if stack[k][0] == name:
                for el in stack[k:][::-1]:
                    if el[0] == "a":
                        links.append((el[2], m.end()))
                    if el[1]:
                        found.append((el[1], el[2], m.end()))
                del stack[k:]
                break
    return found, links


def markup_hints(raw: str, view: TextView) -> list:
    """``(kind, start, end)`` view spans that the page's markup marks as furniture."""
    cfg = _cfg()
    found, links = _elements(raw, cfg)
    text = view.text
    hints = []
    for kind, o0, o1 in found:
        s, e = view.from_original(o0), view.from_original(o1)
        if e > s and len(_WORDS.findall(text, s, e)) <= cfg["max_words"]:
            hints.append((kind, s, e))
    if links:
        inside = bytearray(len(text) + 1)
        for o0, o1 in links:
            s, e = view.from_original(o0), view.from_original(o1)
            inside[s:e] = b"\x01" * max(0, e - s)
        for m in re.finditer(r"[^\n]+", text):
            s, e = m.span()
            chars = sum(1 for ch in text[s:e] if not ch.isspace())
            linked = sum(1 for i in range(s, e) if inside[i] and not text[i].isspace())
            if (chars and linked / chars >= cfg["link_share"]
                    and len(_WORDS.findall(text, s, e)) <= cfg["line_words"]):
                hints.append(("related", s, e))
    return hints
