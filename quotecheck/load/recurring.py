"""Chrome learnt from the run: a line that recurs in several documents of one outlet.

A share bar, a newsletter prompt or a standing disclaimer is printed on every page of an
outlet; the same words in documents of different outlets are not counted (that is shared wire
text). Short unpunctuated lines need fewer documents than sentences, since two copies of
one story from an outlet share whole paragraphs; a run of recurring sentences needs more
documents still (``[recurring]`` in furniture.toml).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from quotecheck.load.furniture import rules, text_lines, unpunctuated
from quotecheck.load.regions import regions_in_view
from quotecheck.model import Document
from quotecheck.text.sentences import split_sentences

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


def _runs(text: str, sentences: list, min_words: int, recurs) -> list:
    """Spans of runs of consecutive ``sentences`` of a line (``(start, end, key)``, view
    offsets) that each recur (``recurs(key)``) and together have at least ``min_words`` words."""
    out, run = [], []
    for a, b, key in sentences + [(0, 0, None)]:
        if b > a and recurs(key):
            run.append((a, b))
            continue
        if sum(len(text[x:y].split()) for x, y in run) >= min_words:
            out.append((run[0][0], run[-1][1]))
        run = []
    return out


def recurring_lines(docs: list) -> dict:
    """``{doc index: [(start, end), ...]}``: view spans of body text that is outlet chrome:
    whole lines, and runs of sentences that recur one by one (a tips box printed as one
    long paragraph, a sign-up box whose newsletter's name changes from page to page)."""
    r = rules()
    cfg = r.recurring
    where: dict = defaultdict(set)      # (outlet, key) -> doc indices
    lines, keys, sentences = {}, {}, {}
    for i, doc in enumerate(docs):
        outlet = doc.meta.outlet
        if not outlet:
            continue
        lines[i] = _body_lines(doc)
        text = doc.view.text
        keys[i] = {_key(text[s:e]) for s, e in lines[i]}
        sentences[i] = [[(s + a, s + b, _key(text[s + a:s + b]))    # split once per line
                         for a, b in split_sentences(text[s:e])] for s, e in lines[i]]
        for k in keys[i] | {key for line in sentences[i] for _, _, key in line}:
            where[(outlet.casefold(), k)].add(i)
    copies: dict = {}

    def holders_of(outlet: str, key: str) -> frozenset:
        """Documents of ``outlet`` holding ``key``, empty when they are copies of a story."""
        holders = frozenset(where[(outlet, key)])
        if len(holders) < 2:
            return frozenset()
        if holders not in copies:   # copies of one story share many lines: not chrome
            shared = frozenset.intersection(*(frozenset(keys[j]) for j in holders))
            smallest = min(len(keys[j]) for j in holders)
            copies[holders] = (len(shared) - 1 > cfg["max_shared_lines"]
                               or 2 * (len(shared) - 1) >= smallest)
        return frozenset() if copies[holders] else holders

    out: dict = {}
    for i, spans in lines.items():
        text = docs[i].view.text
        outlet = docs[i].meta.outlet.casefold()
        for s, e in spans:
            line = text[s:e]
            n = len(holders_of(outlet, _key(line)))
            if unpunctuated(line, r):
                need = cfg["min_docs_short"]
            elif len(line.split()) <= cfg["max_words"]:
                need = cfg["min_docs_sentence"]
            else:
                continue            # a long paragraph: only its sentences, below
            if n >= max(need, 2):
                out.setdefault(i, []).append((s, e))
        marked = out.get(i, [])
        for (s, _), line_sentences in zip(spans, sentences[i]):
            if not any(a <= s < b for a, b in marked):
                out.setdefault(i, []).extend(_runs(
                    text, line_sentences, cfg["min_run_words"],
                    lambda key: len(holders_of(outlet, key)) >= cfg["min_docs_run"]))
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
