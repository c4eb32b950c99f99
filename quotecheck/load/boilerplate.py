"""Page chrome (scraper links, comment forms, paywall and donation prompts, related links).

Patterns come from ``rules/data/boilerplate.toml``. Chrome is stripped before documents are
compared, kept as evidence of the site type, and reported as ``boilerplate`` detections.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quotecheck.load.personcards import person_cards
from quotecheck.model import Detection, Document
from quotecheck.resources.regexprefilter import guard
from quotecheck.resources.regexruns import LineLed, run_scoped
from quotecheck.resources.ruledata import load_data


@dataclass(frozen=True)
class Chrome:
    """A stretch of page chrome, in offsets of the document's readable view."""

    start: int
    end: int
    name: str
    kind: str
    report: bool = True


@dataclass(frozen=True)
class _Pattern:
    name: str
    kind: str
    regex: re.Pattern   # behind its literal prefilter (regexprefilter.guard)
    scope: str
    report: bool
    max_line: int


@lru_cache(maxsize=1)
def _patterns() -> tuple[_Pattern, ...]:
    data = load_data("boilerplate")
    out = []
    for entry in data.get("pattern", ()):
        out.append(_Pattern(entry["name"], entry["kind"],
                            _scan(re.compile(entry["regex"], re.IGNORECASE | re.MULTILINE)),
                            entry.get("scope", "line"), bool(entry.get("report", True)),
                            int(entry.get("max_line", data.get("max_line", 240)))))
    return tuple(out)


def _scan(regex: re.Pattern):
    """``regex`` tried only at the starts of lines holding its openers where it is line-led
    with openers (``regexruns.line_openers``: "^.*(\u00a9|photo:|/ ?ap...)" walked every
    line of a page holding "/ap" anywhere), else behind its literal prefilter: the same
    matches either way."""
    led = run_scoped(regex)
    return led if isinstance(led, LineLed) and led.openers else guard(regex)


def find_chrome(text: str) -> list[Chrome]:
    """Every chrome stretch of ``text`` (a readable view), sorted, overlaps merged per kind."""
    return list(_chrome_of(text))


@lru_cache(maxsize=4096)
def _chrome_of(text: str) -> tuple[Chrome, ...]:
    """:func:`find_chrome`, kept per text: loading, provenance and the framing rules all ask
    for the chrome of the same view (an immutable tuple, so no caller can alter the cache)."""
    patterns = _patterns()
    found: list[Chrome] = []
    for pat in patterns:
        for m in pat.regex.finditer(text):
            if pat.scope == "match":
                s, e = m.span()
            else:
                s = text.rfind("\n", 0, m.start()) + 1
                e = text.find("\n", m.end())
                e = len(text) if e < 0 else e
                if e - s > pat.max_line:
                    continue
                if pat.scope == "rest":
                    e = len(text)
            s, e = _trim(text, s, e)
            if e > s:
                found.append(Chrome(s, e, pat.name, pat.kind, pat.report))
    # a person's link card inside a sentence (personcards.py, boilerplate.toml [person_card])
    found.extend(Chrome(s, e, "person-link-card", "read-more") for s, e in person_cards(text))
    found.sort(key=lambda c: (c.start, -c.end))
    merged: list[Chrome] = []
    for c in found:
        if merged and c.start < merged[-1].end:
            continue  # inside an earlier stretch (a rest block swallows what follows)
        merged.append(c)
    return tuple(merged)


NOT_THE_ARTICLE = frozenset(("related", "chrome", "code", "caption", "byline"))
"""Furniture kinds that are not the article's narration (other pages' headlines, the site's
chrome, leaked script, captions: a picture's description, often the photo agency's own with its
credit glued on, "Reuters Police said ...", and bylines: a writer's name, never a word of the
narrator's, "By PETTY ALVAREZ"); headlines are the outlet's."""


def chrome_regions(doc: Document) -> list[tuple[int, int]]:
    """Original ``(start, end)`` spans of ``doc``'s reportable page chrome ("Read more" blocks,
    comment forms, donation prompts; not captions) and of its furniture regions that are not
    the article (:data:`NOT_THE_ARTICLE`), sorted and disjoint, for rules that judge only the
    article."""
    view = doc.view
    spans = [view.span(c.start, c.end) for c in find_chrome(view.text) if c.report]
    spans += [(s, e) for kind, s, e in getattr(doc, "regions", ()) or ()
              if kind in NOT_THE_ARTICLE]
    out: list = []
    for s, e in sorted(spans):      # disjoint: overlapping spans merged
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def site_types(chrome: list[Chrome]) -> frozenset:
    """Kinds of chrome present: evidence of what sort of site published the page."""
    return frozenset(c.kind for c in chrome if c.report)


def chrome_mask(text: str, chrome: list[Chrome]) -> bytearray:
    """One byte per character of ``text``: 1 where the character is chrome."""
    mask = bytearray(len(text))
    for c in chrome:
        mask[c.start:c.end] = b"\x01" * (c.end - c.start)
    return mask


def boilerplate_detections(doc: Document, chrome: list[Chrome]) -> list[Detection]:
    """``boilerplate`` detections for the reportable chrome of ``doc`` (its rule, QC502, is
    info; no severity of their own, so the configuration's ``severity`` can raise it)."""
    out = []
    view = doc.view
    for c in chrome:
        if not c.report:
            continue
        s, e = view.span(c.start, c.end)
        snippet = " ".join(view.text[c.start:c.end].split())
        if len(snippet) > 60:
            snippet = snippet[:57] + "..."
        out.append(Detection("boilerplate", "boilerplate", doc.id, s, e,
                             {"kind": c.kind, "pattern": c.name, "text": snippet}))
    return out
