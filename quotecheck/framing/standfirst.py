"""A thesis standfirst under the picture's credit (issue 11/15): a magazine's argued page.

A magazine page scraped without its section often keeps its layout: the headline, the
picture's caption ending on the bracketed credit ("(Jane Roe/Agency)"), then the standfirst
(dek), a sentence or two that sums the piece up before the body starts. A news page's
standfirst anchors or attributes ('... voted on Wednesday', '..., officials said'), or the
body starts straight after the credit with a lede of that kind; a column's states its thesis
in general terms ('To drop the plan now would be a mistake.', 'The fee is a tax by another
name.'). The standfirst alone does not decide (a profile's standfirst characterises its
subject too), so it is read together with the narration: at least ``min_voice`` own
sentences, at most ``max_attributions`` reporting verbs a sentence and ``max_quoted`` of the
characters quoted, bars of a narration that argues rather than reports. On the open
real-news sets this layout (credit, standfirst with no anchor) heads 150 pages, 136 of them
read as opinion by other tests already; the 6 the bars leave out attribute at 0.11 reporting
verbs a sentence or more (reports, a profile, a corrections note). Settings and patterns are
rule data (``[essay.standfirst]`` of ``rules/data/opinion-voice.toml``), the same for every
outlet.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from quotecheck.framing.voicescore import attributes_little
from quotecheck.resources.ruledata import load_data

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s|$)")


def _settings() -> dict:
    """``[essay.standfirst]`` of ``rules/data/opinion-voice.toml`` (load_data caches it)."""
    return load_data("opinion-voice")["essay"]["standfirst"]


@lru_cache(maxsize=1)
def _patterns() -> tuple:
    """The compiled credit and anchor patterns of ``[essay.standfirst]``."""
    s = _settings()
    return re.compile(s["credit"]), re.compile(s["anchors"], re.I)


def standfirst(head: str) -> Optional[str]:
    """The standfirst of a page whose ``head`` (its opening text, headline first) holds the
    headline, a paragraph closing on a picture's bracketed credit and then a short paragraph
    of at most ``max_sentences`` sentences and ``max_words`` words, with no anchor (a
    reporting verb, a day, a month, a figure, a quotation mark) and followed by the body;
    else None."""
    s = _settings()
    credit, anchors = _patterns()
    paragraphs = [p.strip() for p in _PARAGRAPH_BREAK.split(head.lstrip())]
    paragraphs = [p for p in paragraphs if p]
    if len(paragraphs) < 4 or not credit.search(paragraphs[1]):
        return None
    dek = paragraphs[2]
    words = len(dek.split())
    if not s["min_words"] <= words <= s["max_words"] or anchors.search(dek):
        return None
    sentences = len(_SENTENCE_END.findall(dek))
    if not 1 <= sentences <= s["max_sentences"] or not _SENTENCE_END.search(dek[-3:] + " "):
        return None
    return dek


def standfirst_reason(f: dict, head: str) -> Optional[str]:
    """Why a page reads as an argued piece by its thesis standfirst (:func:`standfirst`) over a
    narration that attributes and quotes little (``f``: its
    :func:`~quotecheck.framing.voicescore.voice_features`, against ``[essay.standfirst]``),
    or None."""
    if not attributes_little(f, _settings()) or standfirst(head) is None:
        return None
    return "a standfirst stating a thesis under the picture's credit, over a narration that " \
           "attributes and quotes little: a magazine's argued page"
