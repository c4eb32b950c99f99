"""Compiled multi-word lexicons: many phrases (with inflections) matched by one regex.

A :class:`PhraseMatcher` folds its entries the way :mod:`quotecheck.text.normalize` folds text,
joins them into a single alternation with word boundaries, and maps each hit back to the
entry it came from, so one pass over a text finds every entry of a lexicon.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator, Mapping, NamedTuple, Optional

from quotecheck.text.normalize import fold_text

# Space or hyphen between the words of an entry ("so-called" / "so called", "lash out").
_JOINER = r"[\s\-]{1,3}"
_SPLIT = re.compile(r"[\s\-]+")
LEFT = r"(?<![\w\-])"
RIGHT = r"(?![\w])"


def inflect(lemma: str, irregular: Optional[Mapping[str, Iterable[str]]] = None) -> list[str]:
    """The lemma and its -s, -ed and -ing forms (claim: claims, claimed, claiming).

    Only the first word of a multi-word verb is inflected ("point out": "pointed out").
    ``irregular`` lists the forms of verbs the regular rules get wrong (said, admitted); they
    replace the generated forms.
    """
    words = lemma.split()
    head, tail = words[0], words[1:]
    irregular = irregular or {}
    if head in irregular:
        heads = [head, *irregular[head]]
    elif head.endswith("e") and not head.endswith("ee"):
        heads = [head, head + "s", head + "d", head[:-1] + "ing"]
    elif head.endswith("ee"):
        heads = [head, head + "s", head + "d", head + "ing"]
    elif len(head) > 2 and head.endswith("y") and head[-2] not in "aeiou":
        heads = [head, head[:-1] + "ies", head[:-1] + "ied", head + "ing"]
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        heads = [head, head + "es", head + "ed", head + "ing"]
    else:
        heads = [head, head + "s", head + "ed", head + "ing"]
    seen: list[str] = []
    for h in heads:
        form = " ".join([h, *tail])
        if form not in seen:
            seen.append(form)
    return seen


def phrase_key(text: str) -> str:
    """The lookup form of a phrase or a matched text: folded, words joined by one space."""
    return " ".join(w for w in _SPLIT.split(fold_text(text).strip()) if w)


def word_alternation(words: Iterable[str]) -> str:
    """An alternation of the literal ``words``, as a character trie when it matches what the
    list in its order matches. Two words can match at one position only when one is a prefix
    of the other; the trie tries the longer first, as a list sorted longest first does, and
    where a word boundary or a space follows, a shorter word that stops inside a word
    ("blast" in "blasts") never matches where the longer does. Otherwise the plain alternation
    in the list's order; a pattern matching nothing when there are no words. A plain
    alternation tries every word at every word start: ~3x the time of a trie on real news."""
    words = list(words)
    if not words:
        return "(?!x)x"
    longest_first = all(len(a) >= len(b) for a, b in zip(words, words[1:]))
    if longest_first or _prefixes_end_inside_words(words):
        return trie_alternation(words)
    return "|".join(map(re.escape, words))


def _prefixes_end_inside_words(words: list[str]) -> bool:
    """Whether every word that begins another (longer) word of ``words`` ends on a letter or
    digit followed by one in the longer word. In sorted order the words a word begins follow
    it in one run, so each word is compared only with its run, not with every other word."""
    ordered = sorted(set(words))
    for i, short in enumerate(ordered):
        for j in range(i + 1, len(ordered)):
            longer = ordered[j]
            if not longer.startswith(short):
                break
            if not (short[-1:].isalnum() and longer[len(short)].isalnum()):
                return False
    return True


def trie_alternation(words: Iterable[str], space: Optional[str] = None) -> str:
    """A regex alternation of ``words`` (as written) factored as a character trie.

    ``space`` replaces each space of a word (for example a pattern allowing hyphens and line
    breaks between words); ``(?!)``, which matches nothing, when there are no words.
    The pattern depends on the set of words and ``space`` only: it is remembered across
    processes by the warm start (built at a lexicon's first use, inside a run: the framing
    lexicons a text's words first call for were built in every ``compare`` that met them).
    """
    from quotecheck.resources.warmstart import data_key, remembered

    distinct = sorted({w for w in words if w})
    if not distinct:
        return "(?!)"
    pattern = remembered("trie:" + data_key(distinct, space), lambda: _trie(distinct, space))
    return pattern if type(pattern) is str else _trie(distinct, space)  # a bad entry: a miss


def built_alternation(words: Iterable[str], space: Optional[str] = None) -> str:
    """:func:`trie_alternation` built here and now, for a caller whose own remembered value
    holds the pattern already (no second warm-start entry for one pattern). A trie shares
    common prefixes (claim, claims, claimed ...): a thousand forms compile in milliseconds."""
    distinct = sorted({w for w in words if w})
    return _trie(distinct, space) if distinct else "(?!)"


def _trie(words: list, space: Optional[str]) -> str:
    """:func:`trie_alternation` of distinct, non-empty ``words``, built."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie, space) or "(?!)"


def _emit(node: dict, space: Optional[str]) -> str:
    end = "" in node
    alts = []
    for ch in sorted(k for k in node if k):
        token = space if ch == " " and space is not None else re.escape(ch)
        alts.append(token + _emit(node[ch], space))
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if end:
        body = "(?:" + body + ")?"
    return body


class Hit(NamedTuple):
    """One lexicon hit: offsets into the searched text, the entry's value, the text matched."""

    start: int
    end: int
    value: str
    text: str


class PhraseMatcher:
    """Matches every phrase of a lexicon in one pass, on word boundaries.

    ``entries`` maps each phrase (any case, any quote style, spaces or hyphens between words)
    to a value returned with its hits: a lemma, a class name.
    """

    def __init__(self, entries: Mapping[str, str]):
        from quotecheck.resources.warmstart import data_key, remembered

        def build() -> tuple:
            keyed = {phrase_key(k): v for k, v in entries.items() if phrase_key(k)}
            return keyed, built_alternation({phrase_key(p) for p in keyed}, space=_JOINER)

        # the same entries give the same table and pattern: reuse an earlier process' work
        found = remembered("phrases:" + data_key(list(entries.items())), build)
        if not (isinstance(found, (tuple, list)) and len(found) == 2
                and isinstance(found[0], dict) and type(found[1]) is str):
            found = build()     # a bad entry: a miss
        self.entries, self.alternation = found
        self.regex = re.compile(LEFT + "(" + self.alternation + ")" + RIGHT)
        self._values: dict = {}   # matched text -> value (see value)
        # every hit opens with an entry's first word as a whole run of word characters (the
        # boundaries and the joiner are not word characters), so a text holding none of them
        # as a word has no hit: None when a first word is not all word characters
        firsts = {k.split(" ", 1)[0] for k in self.entries}
        self.first_words = frozenset(firsts) if all(map(_WORD_RUN.fullmatch, firsts)) else None

    def __len__(self) -> int:
        return len(self.entries)

    def value(self, matched: str) -> Optional[str]:
        """The value of the entry that a matched text stands for (kept per matched text:
        one lexicon meets the same few words again and again)."""
        got = self._values.get(matched, _UNSEEN)
        if got is _UNSEEN:
            got = self.entries.get(phrase_key(matched))
            if len(self._values) < 4096:
                self._values[matched] = got
        return got

    def finditer(self, text: str, start: int = 0, end: Optional[int] = None) -> Iterator[Hit]:
        """Hits in ``text[start:end]`` (offsets into ``text``); text should be folded.

        A whole text is first asked which entries' first words it holds (its word set is
        made once and shared by every matcher: the framing rules scan each narration with a
        dozen lexicons, and a third of those scans find no first word at all): a hit begins
        where one of them does, so with a few of them the pattern is tried only there."""
        from quotecheck.resources.regexsafe import (MAX_INPUT, bounded_finditer,
                                                    bounded_matches_at, cut_at_spaces)

        matches = None
        # (a whole text, searched in pieces cut after spaces: no piece ends inside a word)
        if start == 0 and end is None and self.first_words is not None and (
                len(text) <= MAX_INPUT or cut_at_spaces(text)):
            present = self.first_words & text_words(text)
            if not present:
                return
            if len(present) <= FEW_WORDS:
                matches = bounded_matches_at(self.regex, text, offsets_of(text, present))
        for m in matches or bounded_finditer(self.regex, text, start, end):
            s, e = m.span(1)
            yield Hit(s, e, self.value(m.group(1)) or "", m.group(1))


_UNSEEN = object()
FEW_WORDS = 48
"""Most first words a text may hold for a lexicon to be tried only where they occur (each is
one substring scan of the text, far cheaper than the pattern tried at every character; 12
until speed34: the 40 benchmark articles' lexicon scans took 13.6 ms at 12, 12.1 at 48,
12.5 with no limit: the reporting verbs' matcher meets 13 to 39 first words in a long text)."""


def offsets_of(text: str, words: Iterable[str]) -> list:
    """Every offset where one of ``words`` occurs in ``text``, sorted, once each."""
    out = set()
    for w in words:
        i = text.find(w)
        while i >= 0:
            out.add(i)
            i = text.find(w, i + 1)
    return sorted(out)


_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=8)
def text_words(text: str) -> frozenset:
    """The runs of word characters of ``text`` (kept for the last few texts asked about: a
    string keeps its hash, and the same text is found by identity before any comparison)."""
    return frozenset(_WORD_RUN.findall(text))


def matcher_from_lemmas(groups: Mapping[str, Iterable[str]],
                        irregular: Optional[Mapping[str, Iterable[str]]] = None,
                        inflected: bool = True, exclude: Iterable[str] = ()) -> PhraseMatcher:
    """A matcher of every form of every lemma; hits carry the lemma's group name.

    ``groups`` maps a group (a verb class) to its lemmas; the value of a hit is
    ``"group:lemma"``. Forms in ``exclude`` are left out (bare forms that are nouns).
    """
    excluded = set(exclude)
    entries: dict[str, str] = {}
    for group, lemmas in groups.items():
        for lemma in lemmas:
            forms = inflect(lemma, irregular) if inflected else [lemma]
            for form in forms:
                if form not in excluded:
                    entries.setdefault(form, f"{group}:{lemma}")
    return PhraseMatcher(entries)
