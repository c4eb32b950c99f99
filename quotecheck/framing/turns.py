"""Interview transcripts: each turn is its speaker's words, not the narrator's voice.

A transcript (a broadcast interview, a Q&A) prints each turn after its speaker's label
("BOB SMITH Thank you.", "SMITH: We filed ...", "Q: ...") instead of in quotation marks, so
a guest's "it was all a sham" would otherwise read as the outlet's own words. A document is
a transcript when at least two labels each open two or more turns; every turn, up to the
next label, is then attributed speech, the host's included (a named person talking, as in a
quotation); only text outside the turns (an introduction) is narration. An interview
printed inside an article in Title Case ("Alex Roe: She is right ...", "Roe: Well, ...")
counts the same way, each turn then one paragraph (the article's prose may follow it). The
headings of a fact box's entries ("HOW IT WORKS: ...", "IMPACT: ...", "STATUS: ..." for each
item) look like labels but keep one fixed round of three or more; speakers do not, so such a
round is no transcript (issue 15). The same test applies to every outlet.

Embedded posts are the same: a tweet or a blockquote kept as markup in a text capture
(``<tweet author="...">...</tweet>``, ``<blockquote class="twitter-tweet">``) is its
poster's words, however it reads.
"""
from __future__ import annotations

import re
from collections import Counter

from quotecheck.framing.blockquotes import block_quotations
from quotecheck.quotes.speech_turns import not_speaker_heads, speech_turns
from quotecheck.resources.regexruns import LineLed

MIN_TURNS = 4
"""Fewest labelled turns that make a transcript."""

_NAME_WORD = r"[A-Z][A-Z'\u2019.\-]*"
# "NAME:" or "NAME, ROLE:" (one to four capitalised words), "Q:", a name of two to four
# capitalised words then the turn itself on the same line ("BOB SMITH Thank you"), or the
# "Q" of a Q&A glued to its question by a text capture ("QWhat happened?").
# (both tried at line starts only, as LineLed does: re would try them at every character)
_LABEL = LineLed(re.compile(
    rf"(?m)^(?:[ \t]*(?P<label>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})"
    rf"(?P<role>,[ \t]*[A-Z][A-Z \t]{{1,30}})?[ \t]*:[ \t]*"
    rf"|[ \t]*(?P<bare>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}})[ \t]+(?=[A-Z][a-z])"
    r"|[ \t]*(?P<q>Q)(?=[A-Z][a-z'\u2019]))"), ())     # a bold "Q" glued to the question


# a label in Title Case at the head of a paragraph, the turn after it on the same line
# ("Alex Roe: She is right on all these things", "Matthews: Well, ..."): tried only on the
# lines holding a colon (no line feed comes before a match's colon)
_TITLE_LABEL = LineLed(re.compile(
    r"(?m)^[ \t]*(?P<label>[A-Z][a-z][\w'\u2019.\-]*(?:[ \t]+[A-Z][\w'\u2019.\-]*){0,2})"
    r":[ \t]+(?=[\"'\u201c\u2018]?[A-Za-z])"), (":",), (":",))
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")


def _key(label: str) -> str:
    """The speaker a label names, by surname ("TERRY GROSS" and "GROSS" are one speaker)."""
    return label.split()[-1].strip(".'\u2019-")


def transcript_turns(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of the labelled turns of a transcript (label included), in
    order; empty when ``text`` is not a transcript. Labels in capitals ('SMITH:') open
    turns that run to the next label; labels in Title Case ('Alex Roe:', an interview
    printed inside an article) open turns of one paragraph, since prose may follow the
    last one."""
    labels = []
    for m in _LABEL.finditer(text):
        label = m.group("label") or m.group("bare") or m.group("q")
        if not any(c.isalpha() for c in label) or len(label) > 60:
            continue
        labels.append((m.start(), _key(label)))
    if _enough(labels):
        starts = [s for s, _ in labels] + [len(text)]
        return list(zip(starts, starts[1:]))
    heads = not_speaker_heads()   # label words that head page furniture ('Update:', 'Photo:')
    titled = [(m.start(), _key(m.group("label"))) for m in _TITLE_LABEL.finditer(text)
              if m.group("label").lower() not in heads]
    if not _enough(titled):
        return []
    starts = [s for s, _ in titled] + [len(text)]
    out = []
    for s, nxt in zip(starts, starts[1:]):
        stop = _PARAGRAPH_END.search(text, s, nxt)
        out.append((s, stop.start() if stop else nxt))
    return out


def _enough(labels: list) -> bool:
    """At least :data:`MIN_TURNS` labels, and two speakers with two turns or more each."""
    if len(labels) < MIN_TURNS:
        return False
    counts = Counter(k for _, k in labels)
    return sum(1 for n in counts.values() if n >= 2) >= 2 and not _fixed_cycle(
        [k for _, k in labels])


def _fixed_cycle(keys: list) -> bool:
    """Whether ``keys`` repeat one cycle of three labels or more, in the same order, at least
    twice and throughout ('HOW IT WORKS:', 'IMPACT:', 'STATUS:' for each item of a fact box):
    the headings of a box's entries, not speakers' turns, which do not keep to a fixed round."""
    for period in range(3, len(keys) // 2 + 1):
        head = keys[:period]
        if len(set(head)) == period and all(k == head[i % period] for i, k in enumerate(keys)):
            return True
    return False


MAX_POST = 2000
"""Longest embedded post, in characters, when its closing tag is missing."""

_POST_OPEN = re.compile(r"<(tweet|blockquote)\b[^<>]{0,400}>", re.I)


def embedded_posts(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of embedded posts (tags included): from an opening ``<tweet>``
    or ``<blockquote>`` tag to its closing tag (``</tweet>``, or the ``<tweet/>`` some
    captures print), the next opening tag, or :data:`MAX_POST` characters."""
    out = []
    pos = 0
    for m in _POST_OPEN.finditer(text):
        if m.start() < pos:
            continue
        name = m.group(1).lower()
        close = re.compile(r"</%s\s*>|<%s\s*/>|<%s\b" % (name, name, name), re.I)
        c = close.search(text, m.end(), min(len(text), m.end() + MAX_POST))
        end = (c.start() if c.group().rstrip(">").lower() == "<" + name else c.end()) \
            if c else min(len(text), m.end() + MAX_POST)
        out.append((m.start(), end))
        pos = end
    return out


def others_words(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are other people's words without quotation marks: the turns
    of a transcript, embedded posts, speech turns an article prints under their speaker's
    label (:mod:`quotecheck.quotes.speech_turns`: "TRUMP: You know, ...") and block
    quotations after a lead-in (:mod:`quotecheck.framing.blockquotes`), in order."""
    spans = transcript_turns(text)
    spans += [(t.label_start, t.end) for t in speech_turns(text)
              if not any(s <= t.label_start < e for s, e in spans)]
    return sorted(spans + embedded_posts(text) + block_quotations(text))
