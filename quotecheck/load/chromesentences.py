"""Paragraphs of page chrome written as sentences: sign-up boxes, donation appeals, disclaimers.

A plain-text capture keeps an outlet's newsletter box or funding disclaimer as an ordinary
punctuated paragraph ("Sign up for <newsletter> and get it in your inbox. You may unsubscribe
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
A research page's methodology box, its label glued to its text ("How we did this <Name> ..."),
is chrome whole by that label (``box_labels``), whatever its sentences say.

Speed: the patterns are an alternation matched at a sentence's first words, and the branches
that open with ``[^.]{0,160}`` walk that far at every attempt (the sentence test was about 4%
of a real ``compare``). Each branch has literals one of which every match of it holds
(:func:`quotecheck.resources.regexprefilter.required_literals`, "in your inbox"); a line or
sentence is tried only with the branches whose literals it holds, and a line holding none is
no chrome without being split (the alternation matches where one of its branches does: the
same answers).
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.load.boilerplate import find_chrome
from quotecheck.resources.regexneedles import fewest_needles, required_literals
from quotecheck.resources.regexprefilter import fold
from quotecheck.resources.regexsafe import compile_safe
from quotecheck.resources.ruledata import load_data
from quotecheck.text.sentences import split_sentences

_WORD = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _box_label():
    """A methodology box's label glued to its text ("How we did this <Name> conducted ..."):
    ``box_labels`` of furniture.toml, then a space and a capitalised word or a figure."""
    labels = load_data("furniture")["chrome_sentences"].get("box_labels", ())
    return compile_safe(r"\s*(?:" + "|".join(labels) + r")[ \t]+[A-Z\d]") if labels else None


@lru_cache(maxsize=1)
def _rules() -> tuple:
    """``(sentence pattern, max_label_words, min_share, max_other_words, branches)`` from
    furniture.toml (branches: :func:`_branches`, what :func:`_candidates` tries)."""
    d = load_data("furniture")["chrome_sentences"]
    pattern = compile_safe("(?:" + "|".join(d["patterns"]) + ")", re.IGNORECASE)
    return (pattern, int(d["max_label_words"]), float(d["min_share"]),
            int(d["max_other_words"]), _branches(d["patterns"]))


def _branches(patterns: list) -> tuple:
    """``(needles, branch source)`` per pattern (needles folded; ``None``: always tried).
    A branch is compiled when a text first holds its needles (:func:`_branch`): compiling
    all of them in every process cost more than a short run's matching."""
    from quotecheck.resources.warmstart import data_key, remembered

    out = []
    for p in patterns:
        source = "(?:" + p + ")"
        needles = remembered("chrome-branch:" + data_key(p, *_prefilter_file()), lambda: _anchors(
            required_literals(re.compile(source, re.IGNORECASE)) or ()))
        out.append((tuple(needles) or None, source))
    return tuple(out)


@lru_cache(maxsize=None)
def _branch(source: str):
    """The ``.match`` of one branch (the whole alternation was checked by compile_safe)."""
    return compile_safe(source, re.IGNORECASE).match


def _anchors(needles: tuple) -> list:
    """``needles`` as fewer strings one of which every text holding a needle holds: the
    longest string all of them share, when it is long (eight characters), or when it has four
    and the needles are many (a short common word such as " is " holds in most lines)."""
    if len(needles) < 2:
        return list(needles)
    first = min(needles, key=len)
    for size in range(len(first), 3, -1):
        for i in range(len(first) - size + 1):
            part = first[i:i + size]
            if all(part in n for n in needles):
                return [part] if size >= 8 or len(needles) > 16 else list(needles)
    return list(needles)


@lru_cache(maxsize=1)
def _gate():
    """A test of whether a folded line holds any branch's needle; None when a branch has no
    needles. A needle with a word set off by spaces inside it (" in your inbox": "your") is
    only in a line whose space-split words hold that word, so the line is split once and its
    words looked up in a set, and only the needles of the words found are tested with ``in``;
    the other needles ("subscribe", "sign up") are tested with ``in`` (the whole test cost half
    of the trie of all needles that the engine tried at every character, speed31)."""
    found = set()
    for needles, _ in _rules()[4]:
        if needles is None:
            return None
        found.update(needles)
    keyed: dict = {}
    plain = []
    for n in fewest_needles(found) or ():     # one holding another is redundant
        inner = [w for w in n.split(" ")[1:-1] if w]
        if inner:
            keyed.setdefault(max(inner, key=len), []).append(n)
        else:
            plain.append(n)
    return _NeedleGate(tuple(plain), {w: tuple(ns) for w, ns in keyed.items()})


class _NeedleGate:
    """Whether a text holds one of the needles: ``plain`` tested with ``in``, ``keyed`` (a
    word of each needle, set off by spaces inside it: its needles) after a word lookup."""

    __slots__ = ("plain", "keyed", "words")

    def __init__(self, plain: tuple, keyed: dict):
        self.plain = plain
        self.keyed = keyed
        self.words = frozenset(keyed)

    def __call__(self, hay: str) -> bool:
        for n in self.plain:
            if n in hay:
                return True
        for w in self.words.intersection(hay.split(" ")):
            for n in self.keyed[w]:
                if n in hay:
                    return True
        return False


@lru_cache(maxsize=1)
def _prefilter_file() -> tuple:
    """(size, mtime) of the needle finder's module: a changed finder reads needles again."""
    from quotecheck.resources import regexneedles
    from quotecheck.resources.warmstart import file_stamp

    return file_stamp(regexneedles.__file__)


def _candidates(text: str) -> list:
    """The ``.match`` of each branch that may match somewhere in ``text`` (a branch's match
    holds one of its needles)."""
    hay = fold(text)
    gate = _gate()
    if gate is not None and not gate(hay):
        return []       # most lines: no needle of any branch (one pass of the engine)
    out = []
    for needles, source in _rules()[4]:
        if needles is None:
            out.append(_branch(source))
            continue
        for n in needles:
            if n in hay:
                out.append(_branch(source))
                break
    return out


def _chrome_at(text: str, start: int, end: int, tries: list) -> bool:
    """Whether the sentence ``text[start:end]`` opens with a chrome pattern, at its first word
    or after a label of title-case words ("Support Progressive Journalism The Nation is ...");
    ``tries``: the ``.match`` of the branches that may match there (:func:`_candidates`)."""
    max_label = _rules()[1]
    if not tries:
        return False
    for k, m in enumerate(_WORD.finditer(text, start, end)):
        if k > max_label:
            return False
        at = m.start()
        for match in tries:
            if match(text, at, end):
                return True
        if not (m.group()[:1].isupper() or m.group()[:1] == "#"):
            return False
    return False


def is_chrome_sentence(sentence: str) -> bool:
    """Whether ``sentence`` (stripped) opens, after an optional title-case label, with words of
    a sign-up box, an appeal or a disclaimer."""
    return _chrome_at(sentence, 0, len(sentence), _candidates(sentence))


def is_chrome_paragraph(line: str) -> bool:
    """Whether ``line`` is chrome by its sentences: chrome sentences hold at least
    ``min_share`` of its words, and no other sentence is longer than ``max_other_words``; or it
    opens with a methodology box's label glued to its text (``box_labels``)."""
    box = _box_label()
    if box is not None and box.match(line):
        return True
    min_share, max_other = _rules()[2:4]
    tries = _candidates(line)
    if not tries and min_share > 0:     # no sentence is chrome: 0 < min_share * total
        return False
    total = chrome = 0
    for a, b in split_sentences(line):
        words = len(_WORD.findall(line, a, b))
        total += words
        if _chrome_at(line, a, b, tries):
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
