"""Block quotations printed without quotation marks: another's words, not the narrator's.

A page that sets a quotation off as its own paragraph (an op-ed's passage, a statement, a
letter) loses the indent in a text capture, and the marks were never there: "In the op-ed,
the official wrote:" then the passage. The lead-in paragraph ends in a colon, and the clause
before the colon names the act of saying or the text quoted (``[block_quotes]`` of
opinion-voice.toml: 'wrote', 'reads', 'statement', 'in part'). The paragraph after it is then
the quoted author's words (issue 15). Only that one paragraph: without the page's layout,
the narrator's return cannot be told from a quotation's second paragraph, and the paragraph
the lead-in introduces is the part that is surely quoted. A post embedded with its author's
name and handle before its words is the poster's in the same way. The same test for every
outlet.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from quotecheck.resources.ruledata import load_data

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
_CLAUSE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+|[,;(\u2014\u2013]\s*|\s-{1,2}\s")
_OPENING_MARK = "\"'\u201c\u2018\u00ab\u201e"
_SHORTEST_CLAUSE = 4
"""Fewest words of the clause read before the colon: a shorter tail ('..., Aug. 5:', '...,
in part:') is read with the clause before it."""
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


class _Cues(NamedTuple):
    """``[block_quotes]`` of opinion-voice.toml, compiled."""

    saying: re.Pattern          # a cue of saying or of a text, as a whole word
    not_leads: frozenset        # imperative heads of page furniture ('read', 'sign up')
    min_words: int              # fewest words in a quoted paragraph
    post_openings: re.Pattern   # an embedded post's author and handle


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    """The data's cues, compiled once."""
    data = load_data("opinion-voice")["block_quotes"]
    openings = re.compile("|".join("(?:%s)" % p for p in data["post_openings"]))
    words = sorted(data["cues"], key=len, reverse=True)
    pattern = re.compile(r"(?<![\w@#])(?:%s)(?![\w'\u2019])" % "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in words), re.I)
    return _Cues(pattern, frozenset(w.lower() for w in data["not_leads"]),
                 int(data["min_words"]), openings)


def is_lead_in(paragraph: str) -> bool:
    """Whether ``paragraph`` introduces a block quotation: it ends in a colon, and the clause
    before the colon holds a cue of saying or of a text (not an imperative 'Read more:')."""
    body = paragraph.rstrip()
    if not body.endswith(":"):
        return False
    clauses = _CLAUSE_BREAK.split(body[:-1])
    clause = clauses.pop().strip()
    while clauses and len(_WORD.findall(clause)) < _SHORTEST_CLAUSE:   # '..., Aug. 5:'
        clause = clauses.pop().strip() + " " + clause
    cues = _cues()
    words = _WORD.findall(clause.lower())
    if not words or " ".join(words[:2]) in cues.not_leads or words[0] in cues.not_leads:
        return False
    return cues.saying.search(clause) is not None


def block_quotations(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of ``text``'s paragraphs that a lead-in (:func:`is_lead_in`)
    introduces as a quotation without marks: the one paragraph after the lead-in, when it
    is prose (enough words) and does not open with a quotation mark of its own; and each
    paragraph an embedded post's author and handle open ("Ann Roe (@annroe) Proud ...")."""
    cues = _cues()
    paragraphs = [m.span() for m in _PARAGRAPH.finditer(text) if text[m.start():m.end()].strip()]
    out = [(s, e) for s, e in paragraphs if cues.post_openings.match(text, s)]
    for (s0, e0), (s1, e1) in zip(paragraphs, paragraphs[1:]):
        if not is_lead_in(text[s0:e0]):
            continue
        quoted = text[s1:e1]
        head = quoted.lstrip()
        if not head or head[0] in _OPENING_MARK or len(_WORD.findall(quoted)) < cues.min_words:
            continue
        out.append((s1 + len(quoted) - len(head), e1))
    return sorted(set(out))
