"""Paragraphs of page chrome written as sentences: sign-up boxes, donation appeals, disclaimers.

A plain-text capture keeps an outlet's newsletter box or funding disclaimer as an ordinary
punctuated paragraph ("Sign up for <newsletter> and get it in your inbox. You can unsubscribe
at any time."). Line shape misses it (it is long and ends with a full stop), and an outlet with
two or three documents in a run prints it too rarely for :mod:`quotecheck.load.recurring` to
learn it; two of that outlet's stories then share a paragraph and look derived. Such a
paragraph is judged by what its sentences are: each is matched against the
``[chrome_sentences]`` patterns of ``rules/data/furniture.toml`` (words addressed to the reader:
imperatives, "you", "our"), and a line whose words are mostly such sentences, with no other
sentence longer than a short label ("Ready to fight back?"), is chrome. Every outlet alike.
Links set inside a paragraph (boilerplate.toml's read-more matches: "(RELATED: <headline>)",
a person's link card glued into a sentence) are related-link regions of their own
(:func:`inline_links`), so no quotation or framing finding comes from another page's headline.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.load.boilerplate import find_chrome
from quotecheck.resources.regexsafe import compile_safe
from quotecheck.resources.ruledata import load_data
from quotecheck.text.sentences import split_sentences

_WORD = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _box_label():
    """A methodology box's label glued to its text ("How we did this <Name> conducted ..."):
    ``box_labels`` of furniture.toml, then a space and a capitalised word."""
    labels = load_data("furniture")["chrome_sentences"].get("box_labels", ())
    return compile_safe(r"\s*(?:" + "|".join(labels) + r")[ \t]+[A-Z\d]") if labels else None


@lru_cache(maxsize=1)
def _rules() -> tuple:
    """``(sentence pattern, max_label_words, min_share, max_other_words)`` from furniture.toml."""
    d = load_data("furniture")["chrome_sentences"]
    pattern = compile_safe("(?:" + "|".join(d["patterns"]) + ")", re.IGNORECASE)
    return (pattern, int(d["max_label_words"]), float(d["min_share"]),
            int(d["max_other_words"]))


def _chrome_at(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` opens with a chrome pattern, at its first word
    or after a label of title-case words ("Support Progressive Journalism The Nation is ...")."""
    pattern, max_label = _rules()[:2]
    for k, m in enumerate(_WORD.finditer(text, start, end)):
        if k > max_label:
            return False
        if pattern.match(text, m.start(), end):
            return True
        if not (m.group()[:1].isupper() or m.group()[:1] == "#"):
            return False
    return False


def is_chrome_sentence(sentence: str) -> bool:
    """Whether ``sentence`` (stripped) opens, after an optional title-case label, with words of
    a sign-up box, an appeal or a disclaimer."""
    return _chrome_at(sentence, 0, len(sentence))


def is_chrome_paragraph(line: str) -> bool:
    """Whether ``line`` is chrome by its sentences: chrome sentences hold at least
    ``min_share`` of its words, and no other sentence is longer than ``max_other_words``; or it
    opens with a methodology box's label glued to its text (``box_labels``)."""
    box = _box_label()
    if box is not None and box.match(line):
        return True
    min_share, max_other = _rules()[2:]
    total = chrome = 0
    for a, b in split_sentences(line):
        words = len(_WORD.findall(line, a, b))
        total += words
        if _chrome_at(line, a, b):
            chrome += words
        elif words > max_other:
            return False
    return total > 0 and chrome >= min_share * total


def mark_chrome_paragraphs(text: str, lines: list, kinds: list, body: str) -> None:
    """Turn each ``body`` line of ``text`` (``lines``: its ``(start, end)`` spans) that is a
    chrome paragraph into ``chrome`` in ``kinds``."""
    for i, (s, e) in enumerate(lines):
        if kinds[i] == body and is_chrome_paragraph(text[s:e]):
            kinds[i] = "chrome"


def inline_links(text: str) -> list:
    """``(start, end)`` of the read-more chrome that boilerplate.toml finds inside lines of
    ``text`` (a match within a paragraph, not a whole line or block)."""
    return [(c.start, c.end) for c in find_chrome(text) if c.kind == "read-more"
            and "\n" not in text[c.start:c.end]]


def links_in_line(links: list, start: int, end: int) -> list:
    """``["related", s, e]`` regions for the ``links`` strictly inside the line
    ``[start, end)``."""
    return [["related", a, b] for a, b in links
            if start <= a and b <= end and (a, b) != (start, end)]
