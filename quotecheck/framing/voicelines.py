"""Lines of a page that speak in someone else's first person, for the voice tests only.

The genre tests (:mod:`quotecheck.framing.genre`) read the narrator's own 'I', 'we' and
'you' outside quotation marks. A scraped news page also prints, without marks, lines whose
'I' is another's (issue 15, URL-labelled corpus, development years):

* an embedded post flattened to text, its signature kept ("... I wish him well - Jane Roe
  (@janeroe) September 11, 2015", "pic.twitter.com/...", "A post shared by ...");
* a video player's title list ("Just watched Roe: I'm ready to subpoena ... Replay More
  Videos ...", "Must watch Roe: my escape ... 01:41");
* a line opened by a speaker's cue, one to three capitalised words and a colon ("Roe: I
  would have fired him", "CRUZ: my proposal ..."), short of the four turns that make a
  transcript (:mod:`quotecheck.framing.turns`); not a page's own heads ("Note:", "Update:",
  "Disclosure:"), whose 'I' is the author's.

Those lines are left out of the voice sentences, and the country's abbreviation ("US
agricultural supports", "the US border"), folded to "us" in the matching view, is not the
reader's 'us' (:func:`voice_text`), so a report that embeds a tweet or plays a
clip is not taken for a column. The patterns are rule data (``[others_lines]`` of
``rules/data/opinion-voice.toml``); the same for every outlet.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from quotecheck.resources.regexneedles import required_literals
from quotecheck.resources.regexprefilter import Guarded
from quotecheck.resources.ruledata import load_data

# a capitalised speaker's cue at a line's start, in the original text: "Roe:", "Paul Roe:",
# "CRUZ:" (one to three words, each capitalised)
_CUE = re.compile(r"[ \t]*([A-Z][\w'\u2019.\-]*(?:[ \t]+[A-Z][\w'\u2019.\-]*){0,2})[ \t]*:[ \t]+\S")
_CUE_LOWER = re.compile(r"[ \t]*[a-z][\w'\u2019.\-]*(?:[ \t]+[\w'\u2019.\-]+){0,2}[ \t]*:[ \t]+\S")
_LINE = re.compile(r"[^\n]+")
# "us" as a word; opening with its letter (the boundary before it tested behind it): the
# same matches as "\bus\b", which the engine tried at every character of the narration
_US = re.compile(r"u(?<=\bu)s\b")


@lru_cache(maxsize=None)
def _settings() -> tuple:
    """(line patterns, the heads that are not speakers) of ``[others_lines]``: each pattern
    behind the literals one of which its every match holds (no literals: always tried;
    :func:`~quotecheck.resources.regexneedles.required_literals`)."""
    data = load_data("opinion-voice")["others_lines"]
    lines = []
    for source in data["patterns"]:
        pattern = re.compile(source)
        lines.append(Guarded(pattern, required_literals(pattern) or (), False, False))
    return tuple(lines), frozenset(h.lower() for h in data["not_speakers"])


def _live_patterns(text: str, lines: tuple) -> list:
    """The ``search`` of each line pattern that may match in some line of ``text``: a pattern
    none of whose literals the whole text holds matches in none of its lines. Most narrations
    hold none, where one alternation of them all was tried at every character of every line
    (its ``\\b`` branches gave the engine nothing to skip ahead to)."""
    return [line.search for line in lines if line.may_match(text)]


def others_lines(narration: Any) -> list[tuple[int, int]]:
    """Narration spans of the lines (embedded posts, video titles, lines opened by a
    speaker's cue) whose first person is not the narrator's, in order."""
    text, doc_text = narration.text, narration.doc.text
    lines, heads = _settings()
    live = _live_patterns(text, lines)
    out = []
    for m in _LINE.finditer(text):
        line = m.group()
        if any(search(line) for search in live):
            out.append(m.span())
        elif _CUE_LOWER.match(line):
            start = narration.original(m.start(), m.start() + 1)[0]
            cue = _CUE.match(doc_text, start)
            if cue and " ".join(cue.group(1).lower().split()) not in heads:
                out.append(m.span())
    return out


def voice_text(narration: Any) -> str:
    """The narration text (as ``narration.text``, same length) with each "us" printed "US"
    in the original (the country) written "u_", so that the 'we' marks count only the
    pronoun."""
    text, doc_text = narration.text, narration.doc.text
    hits = [m.start() for m in _US.finditer(text)]
    country = [p for p in hits if doc_text[slice(*narration.original(p, p + 2))] == "US"]
    if not country:
        return text
    chars = list(text)
    for p in country:
        chars[p + 1] = "_"
    return "".join(chars)
