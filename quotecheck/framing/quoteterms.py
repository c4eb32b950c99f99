"""Words in quotation marks that are terms, names or the source's words, not scare quotes.

Helpers of the scare-quote rule type: a quotation introduced as a name ('known as', 'deemed'),
mentioned as a term ('“foreign agent” labels'), naming a law or list ('the “bathroom bill”',
'so-called fetal heartbeat laws'), a proper-noun nickname, or words quoted at more length
elsewhere in the same document.
"""
from __future__ import annotations

import re
from typing import Any

from quotecheck.framing.narration import MASK, Narration, words_of
from quotecheck.text.lexicon import PhraseMatcher


MAX_QUOTES_COMPARED = 500
"""Quotations of a document searched for a short quotation's words (bounds the work)."""


def names_a_term(heads: Any, term: str) -> bool:
    """Whether ``term`` ends with a head noun naming a law, list or measure ('fetal
    heartbeat laws', 'trade blacklist', 'bathroom bill'): a term introduced, not doubted."""
    words = words_of(term)
    return bool(heads is not None and words and heads.value(words[-1].lower()) is not None)


def quoted_elsewhere(nar: Narration, q, content: str) -> bool:
    """Whether the words also occur inside a longer quotation of the document (a policy's
    “hateful conduct”, the Constitution's “actual enumeration”): the source's term."""
    needle = " ".join(words_of(content)).lower()
    for other in nar.quotes[:MAX_QUOTES_COMPARED]:
        if other is q or other.oend - other.ostart <= len(content):
            continue
        if needle in " ".join(words_of(nar.doc.text[other.ostart:other.oend])).lower():
            return True
    return False


def proper_nickname(nar: Narration, q, words: list) -> bool:
    """A single capitalised word in mid-sentence ('known to friends as “Scooter”'): a
    proper-noun nickname or a brand, not a word kept at arm's length."""
    if len(words) != 1 or not words[0][:1].isupper() or words[0].isupper():
        return False
    before = nar.view.text[max(0, q.open - 3):q.open].rstrip()
    return bool(before) and before[-1] not in ".!?:\n\u2014"


def capitalised_name(nar: Narration, start: int, end: int) -> bool:
    """Whether the word at narration ``[start, end)`` is capitalised in mid-sentence outside
    a title-case line ('Joycelyn Savage', 'the Grim Reaper'): part of a name."""
    s, e = nar.original(start, end)
    word = nar.doc.text[s:e]
    if not word[:1].isupper() or word.isupper():
        return False
    text = nar.doc.text         # the original: the matching view is case-folded
    before = text[max(0, s - 4):s].rstrip(" \t")
    if not before or before[-1] in ".!?:;\n>\"'\u201c\u2018(\u2014\u2013-":
        return False            # the first word of a sentence, line or quotation
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    words = _CAP_WORD.findall(text[line_start:line_end if line_end >= 0 else len(text)])
    caps = sum(1 for w in words if w[0].isupper())
    return not (len(words) <= 20 and caps > 0.6 * len(words))   # a headline in Title Case


_CAP_WORD = re.compile(r"[^\W\d_][\w'\-]*")


def ends_with(matcher: PhraseMatcher, text: str) -> bool:
    """Whether ``text`` (before a quotation) ends with one of the matcher's phrases."""
    text = text.rstrip()
    return any(h.end == len(text) for h in matcher.finditer(text))


def mentioned(nar: Narration, q, mentions: PhraseMatcher) -> bool:
    """True when a cue right after the quotation ('“x” label', '“x” and “y” labels') names it
    as a term; quotations joined by 'and'/'or'/commas share the cue."""
    pos = q.close
    for _ in range(4):
        m = _NEXT_WORD.match(nar.text, pos)
        if not m:
            return False
        hit = next(mentions.finditer(nar.text, m.start(1), m.end(1) + 20), None)
        if hit is not None and hit.start == m.start(1):
            return True
        if m.group(1) not in ("and", "or") and not m.group(1).startswith(MASK):
            return False
        pos = m.end()
    return False


_NEXT_WORD = re.compile(r"""[\s,"']*([\w'\-]+|\x00+)["']?""")

# What follows a marker: a quotation, or up to three words (matching view: straight marks).
TERM_AFTER = re.compile(r"""[ \t]*("[^"\n]{1,80}"|'[^'\n]{1,80}'"""
                        r"""|\w[\w'\-]*(?:[ \t]+\w[\w'\-]*){0,2})""")
