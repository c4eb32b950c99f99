"""Candidate partners for a speaker-name comparison, without comparing every pair of names.

``speakers.same_speaker`` holds only when the two name keys join to the same letters, one
key's letters are the tail of the other's (a surname-only mention), or the last tokens are
alike (equal, the same first letter and metaphone, or Jaro-Winkler >= 0.93). This index finds
every earlier key that passes one of those necessary conditions, so ``unify_speakers`` asks
``same_speaker`` about those only (it compared every pair: ~11% of ``compare`` at 1,000 real
articles, growing with the square of the names). The Jaro-Winkler block is a prefix filter
on letter multisets: Jaro-Winkler >= 0.93 needs Jaro >= 0.883 (the prefix bonus adds at most
0.4 of the rest), so both tokens share at least 65% of their letters; the tokens it lets
through are then measured (once per token, not per name).
"""
from __future__ import annotations

import math

import jellyfish

_SHARE = 0.64   # below the 0.65 the bound gives: a margin for float rounding


def _simple(token: str) -> bool:
    """Letters, digits and name punctuation only: one character per grapheme, so letter
    counts are what the Jaro measure counts."""
    return all(c.isalnum() or c in ".'\u2019-" for c in token)


class NameBlocks:
    """Keys (tuples of folded name tokens) added one by one, with a lookup of the earlier
    keys' names that may denote the same speaker as a new key."""

    def __init__(self, last_tokens):
        counts: dict = {}
        for tok in set(last_tokens):
            for el in self._elements(tok):
                counts[el] = counts.get(el, 0) + 1
        self._rank = counts   # rarer letter occurrences first in each prefix
        self._joined: dict = {}    # "".join(key) -> names
        self._suffix: dict = {}    # "".join(key[-k:]) for every k -> names
        self._last: dict = {}      # last token -> names
        self._phonetic: dict = {}  # (first letter, metaphone) of a last token -> last tokens
        self._prefix: dict = {}    # a letter occurrence of a last token's prefix -> last tokens
        self._loose: set = set()   # last tokens the letter filter cannot vouch for

    @staticmethod
    def _elements(tok: str) -> list:
        """The token's letters as a set: (letter, k) for the k-th occurrence of each."""
        seen: dict = {}
        out = []
        for c in tok:
            seen[c] = seen.get(c, 0) + 1
            out.append((c, seen[c]))
        return out

    def _prefix_of(self, tok: str) -> list:
        els = sorted(self._elements(tok), key=lambda el: (self._rank.get(el, 0), el))
        return els[:len(els) - math.ceil(_SHARE * len(els)) + 1]

    def add(self, name: str, key: tuple) -> None:
        """Index ``name`` under its ``key``."""
        self._joined.setdefault("".join(key), []).append(name)
        for k in range(1, len(key) + 1):
            self._suffix.setdefault("".join(key[-k:]), []).append(name)
        last = key[-1]
        if last in self._last:
            self._last[last].append(name)
            return
        self._last[last] = [name]
        if len(last) > 3:
            self._phonetic.setdefault((last[0], jellyfish.metaphone(last)), []).append(last)
        if not _simple(last):
            self._loose.add(last)
            return
        for el in self._prefix_of(last):
            self._prefix.setdefault(el, []).append(last)

    def candidates(self, key: tuple) -> set:
        """Names of earlier keys that pass a necessary condition of ``same_speaker``."""
        out: set = set()
        out.update(self._suffix.get("".join(key), ()))
        for k in range(1, len(key) + 1):
            out.update(self._joined.get("".join(key[-k:]), ()))
        last = key[-1]
        lasts = set(self._loose)
        lasts.add(last)
        if len(last) > 3:
            lasts.update(self._phonetic.get((last[0], jellyfish.metaphone(last)), ()))
        near: set = set()
        if _simple(last):
            for el in self._prefix_of(last):
                near.update(self._prefix.get(el, ()))
        else:
            near.update(self._last)
        jw = jellyfish.jaro_winkler_similarity
        lasts.update(tok for tok in near if jw(last, tok) >= 0.93)
        for tok in lasts:
            out.update(self._last.get(tok, ()))
        return out
