"""Chrome learnt from the run: a line that recurs in several documents of one outlet.

A share bar, a newsletter prompt or a standing disclaimer is printed on every page of an
outlet; the same words in documents of different outlets are not counted (that is shared wire
text). Short unpunctuated lines need fewer documents than sentences, since two copies of
one story from an outlet share whole paragraphs, and long paragraphs more still
(``[recurring]`` in furniture.toml).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from quotecheck.load.furniture import regions_in_view, rules, text_lines, unpunctuated
from quotecheck.model import Document

_KIND = "chrome"


def _key(line: str) -> str:
    return " ".join(line.casefold().split())


def _body_lines(doc: Document) -> list:
    """``(start, end)`` view spans of the lines of ``doc`` that are body text."""
    text = doc.view.text
    furniture = [r for r in regions_in_view(doc) if r[0] != "headline"]  # subheads may recur
    out = []
    k = 0
    for s, e in text_lines(text):
        while k < len(furniture) and furniture[k][2] <= s:
            k += 1
        if k < len(furniture) and furniture[k][1] < e:
            continue
        out.append((s, e))
    return out


def recurring_lines(docs: list) -> dict:
    """``{doc index: [(start, end), ...]}``: view spans of body lines that are outlet chrome."""
    r = rules()
    cfg = r.recurring
    where: dict = defaultdict(set)      # (outlet, key) -> doc indices
    lines, keys = {}, {}
    for i, doc in enumerate(docs):
        outlet = doc.meta.outlet
        if not outlet:
            continue
        lines[i] = _body_lines(doc)
        keys[i] = {_key(doc.view.text[s:e]) for s, e in lines[i]}
        for k in keys[i]:
            where[(outlet.casefold(), k)].add(i)
    copies: dict = {}
    out: dict = {}
    for i, spans in lines.items():
        doc = docs[i]
        outlet = doc.meta.outlet.casefold()
        for s, e in spans:
            line = doc.view.text[s:e]
            key = _key(line)
            holders = frozenset(where[(outlet, key)])
            if len(holders) < 2:
                continue
            if holders not in copies:   # copies of one story share many lines: not chrome
                shared = frozenset.intersection(*(frozenset(keys[j]) for j in holders))
                smallest = min(len(keys[j]) for j in holders)
                copies[holders] = (len(shared) - 1 > cfg["max_shared_lines"]
                                   or 2 * (len(shared) - 1) >= smallest)
            if copies[holders]:
                continue
            n = len(holders)
            if unpunctuated(line, r):
                need = cfg["min_docs_short"]
            elif len(line.split()) <= cfg["max_words"]:
                need = cfg["min_docs_sentence"]
            else:
                need = cfg["min_docs_long"]
            if n >= need:
                out.setdefault(i, []).append((s, e))
    return out


def with_outlet_chrome(docs: list) -> list:
    """``docs`` with each outlet's recurring lines added to their regions as chrome."""
    found = recurring_lines(docs)
    if not found:
        return docs
    out = list(docs)
    for i, spans in found.items():
        doc = docs[i]
        extra = [(_KIND,) + doc.view.span(s, e) for s, e in spans]
        kept = [r for r in doc.regions
                if not any(r[0] == "headline" and x[1] <= r[1] < x[2] for x in extra)]
        out[i] = replace(doc, regions=merge_regions(tuple(kept) + tuple(extra)))
    return out


def merge_regions(regions) -> tuple:
    """Regions sorted by start, overlaps dropped (the earlier region keeps its span)."""
    out: list = []
    for kind, s, e in sorted(regions, key=lambda x: (x[1], -x[2])):
        if e <= s or (out and s < out[-1][2]):
            continue
        out.append((kind, s, e))
    return tuple(out)
