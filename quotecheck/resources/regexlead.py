"""Letter-first forms of word patterns that open with a word boundary.

A pattern opening with ``\\b`` (zero width) gives Python's regex engine no first character to
skip ahead to, so it is tried at every offset of the text. ``\\b(?:ask|wonder)`` matches
exactly where ``a(?<!\\w.)sk|w(?<!\\w.)onder`` does: the first letter is a word character, so
the boundary before it holds exactly when the character before it is not one, which the
look-behind tests after the letter. The rewritten pattern opens with a literal (or a branch of
literals), from which the engine builds a first-character set and skips to those letters
(issue #11 speed: the reported-view patterns scan every narration).

The rewrite is done on the pattern's text and only where it is plainly safe: a leading
``\\b`` then a group (capturing or not, not repeated) whose every alternative opens, perhaps
inside further such groups, with an ASCII letter not quantified. Anything else is left as it
is (:func:`leading` returns the pattern unchanged), and so are case-insensitive patterns, for
which the engine builds no first-character set from cased letters."""
from __future__ import annotations

import re

_BEHIND = r"(?<!\w.)"


def _close(s: str, i: int) -> int:
    """The index of the ``)`` closing the group opened at ``s[i]``; -1 when unbalanced."""
    depth, j, in_class = 0, i, False
    while j < len(s):
        c = s[j]
        if c == "\\":
            j += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if s[j + 1:j + 2] == "]":   # "[]...]": a ']' first is a member
                j += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return -1


def _split(s: str) -> list[str] | None:
    """The top-level alternatives of ``s``; None when ``s`` is unbalanced."""
    parts, depth, j, start, in_class = [], 0, 0, 0, False
    while j < len(s):
        c = s[j]
        if c == "\\":
            j += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if s[j + 1:j + 2] == "]":
                j += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif c == "|" and depth == 0:
            parts.append(s[start:j])
            start = j + 1
        j += 1
    if depth or in_class:
        return None
    parts.append(s[start:])
    return parts


def _front(s: str) -> str | None:
    """``s`` with the look-behind after the letter every path through it opens with; None
    when some path does not open with a plain ASCII letter."""
    if not s:
        return None
    if s[0].isascii() and s[0].isalpha():
        if s[1:2] in ("?", "*", "+", "{"):
            return None
        return s[0] + _BEHIND + s[1:]
    if s[0] != "(":
        return None
    if s.startswith("(?:"):
        k = 3
    elif s.startswith("(?P<"):
        k = s.find(">") + 1
        if k <= 0:
            return None
    elif s[1:2] == "?":
        return None     # a look-around, flags or a back-reference: left alone
    else:
        k = 1
    j = _close(s, 0)
    if j < 0 or s[j + 1:j + 2] in ("?", "*", "+", "{"):
        return None
    alternatives = _split(s[k:j])
    if not alternatives:
        return None
    fronted = [_front(a) for a in alternatives]
    if any(f is None for f in fronted):
        return None
    return s[:k] + "|".join(fronted) + s[j:]


def lead(source: str) -> str | None:
    """The letter-first form of ``source`` (module docstring); None when it has none."""
    if not source.startswith(r"\b"):
        return None
    return _front(source[2:])


def leading(regex: re.Pattern) -> re.Pattern:
    """``regex`` in its letter-first form when it has one, else ``regex`` itself."""
    if regex.flags & re.IGNORECASE or not isinstance(regex.pattern, str):
        return regex
    source = lead(regex.pattern)
    if source is None:
        return regex
    fast = re.compile(source, regex.flags)
    return fast if fast.groupindex == regex.groupindex and fast.groups == regex.groups else regex
