"""Links to other stories set between a story's paragraphs as "Label: Headline" lines.

A page prints a link to another of its stories inside the body as a short label, a colon and
the linked headline ("Budget fight: Senator slams plan to cut rural clinics"); a text capture
keeps it as a line of its own, often with the label glued to the headline. Its verbs are the
other page's headline, so the line is a ``related`` link, not this story's narration. The
shape, and what keeps a story's own subheads and one-line paragraphs out, is rule data
(``[labelled_links]`` in ``rules/data/furniture.toml``); every outlet alike.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from quotecheck.resources.regexsafe import compile_safe
from quotecheck.resources.ruledata import load_data

_WORD = re.compile(r"\S+")
_OPENING = "\"'$\u2018\u201c"
# a label, a colon and what follows; the label holds no sentence punctuation, comma or colon
_LABELLED = re.compile(r"([^\s:.,;!?][^:.,;!?\n]{0,80}?)\s?:\s{0,3}(\S.*)")
_CLOSING_QUOTES = "\"'\u2019\u201d"


@lru_cache(maxsize=1)
def _limits() -> tuple[int, int, int, int]:
    d = load_data("furniture")
    links = d["labelled_links"]
    return (int(links["label_max_words"]), int(links["min_words"]),
            int(d["headline_max_words"]), int(d["max_words"]))


@lru_cache(maxsize=1)
def _read_on() -> tuple:
    """The ``read_on`` line patterns: a line sending the reader on to another story."""
    return tuple(compile_safe(p) for p in load_data("furniture")["labelled_links"].get(
        "read_on", ()))


def _opens(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() or word[:1] in _OPENING


def label_of(line: str) -> str:
    """The label of a "Label: Headline" line (the shape alone), casefolded, or ""."""
    label_max, least, most, _ = _limits()
    m = _LABELLED.fullmatch(line)
    if not m:
        return ""
    label, head = m.group(1).strip(), m.group(2)
    if not _opens(label) or len(_WORD.findall(label)) > label_max:
        return ""
    words = _WORD.findall(head)
    if not least <= len(words) <= most or not _opens(words[0]):
        return ""
    if label[-1:].isdigit() and head[:1].isdigit():
        return ""       # a time, "Update at 1:15 p.m.", "Video 1:27"
    bare = head.rstrip(_CLOSING_QUOTES)
    if bare[-1:] in ".!;:,\u2026" or (bare != head and bare[-1:] in ".!?,"):
        return ""       # a sentence, or a quotation closed by its own stop ('... it.'")
    if bare[-1:] == "?" and not _glued(line, m):
        return ""       # "So the real puzzle is: Who pays?" is the writer's own
    return label.casefold()


def _glued(line: str, m: re.Match) -> bool:
    """Whether the headline follows the colon with no space: a label element and a link's
    text run together by the capture ("Trade deal:Minister claims ...")."""
    return not line[m.start(2) - 1].isspace()


def _kicker(label: str) -> bool:
    """A label set in capitals ("BUDGET FIGHT"), as a link's kicker is."""
    cased = [c for c in label if c.isalpha()]
    return len(cased) >= 2 and all(c.isupper() for c in cased)


def linked(line: str) -> bool:
    """A labelled line that reads as a link by itself: its headline glued to the colon, or its
    label set in capitals (a story's own subhead in one line needs a neighbour in a run)."""
    m = _LABELLED.fullmatch(line)
    return bool(m) and (_glued(line, m) or _kicker(m.group(1)))


def _paragraph(line: str, max_words: int) -> bool:
    """A punctuated paragraph of body text, longer than any furniture line by shape."""
    return (line.rstrip(_CLOSING_QUOTES)[-1:] in ".!?\u2026"
            and len(_WORD.findall(line)) > max_words)


def labelled_links(text: str, lines: list, kinds: list, body: str) -> None:
    """Mark as ``related`` each body or subhead line of a labelled-link shape whose label heads
    no other line of the document and that stands between two body paragraphs, and each
    ``read_on`` line between two body paragraphs (its label may head several)."""
    if ":" not in text:
        return
    labels = [label_of(text[s:e]) if kinds[i] in (body, "headline") and ":" in text[s:e]
              else "" for i, (s, e) in enumerate(lines)]
    reads = [kinds[i] in (body, "headline") and any(p.fullmatch(text, s, e) for p in _read_on())
             for i, (s, e) in enumerate(lines)]
    if not any(labels) and not any(reads):
        return
    max_words = _limits()[3]
    heads = Counter(_heads_of(text, lines))
    paragraphs = [kinds[i] == body and _paragraph(text[s:e], max_words)
                  for i, (s, e) in enumerate(lines)]
    first = next((i for i, p in enumerate(paragraphs) if p), len(lines))
    last = max((i for i, p in enumerate(paragraphs) if p), default=-1)
    taken = [bool(label) and first < i < last and heads[label] == 1
             for i, label in enumerate(labels)]
    for i, ok in enumerate(taken):
        if ok and (linked(text[slice(*lines[i])]) or _in_run(taken, kinds, i)):
            kinds[i] = "related"
        elif reads[i] and first < i < last:
            kinds[i] = "related"        # "Read: <headline>" between paragraphs (read_on)


def _in_run(taken: list, kinds: list, i: int) -> bool:
    """Whether a neighbouring line is a labelled line or a related link too: links are
    printed in a run of two or more, a story's subheads one at a time."""
    return any(0 <= j < len(kinds) and (taken[j] or kinds[j] == "related")
               for j in (i - 1, i + 1))


def _heads_of(text: str, lines: list):
    """The word before the first colon of each line that has one, casefolded (a transcript's
    speaker, a live page's "Update"), however the rest of the line reads."""
    for s, e in lines:
        m = _LABELLED.match(text, s, e)
        if m:
            yield m.group(1).strip().casefold()
