"""Look-alike characters: say which character differs when two words look the same.

A Cyrillic 'а' (U+0430) in "аttack" makes a word that displays like "attack" but is not
equal to it; an alignment then reports a change between two identical-looking words. This
module names the characters behind such a change ("U+0430 CYRILLIC SMALL LETTER A for
U+0061 LATIN SMALL LETTER A") so a reader sees why. Stdlib only (unicodedata): characters of
different scripts, compatibility forms (fullwidth letters) and invisible format characters.
"""
from __future__ import annotations

import unicodedata

_MAX_NAMED = 3


def _name(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'UNNAMED CHARACTER')}"


def _script(char: str) -> str:
    """The script word of a letter's Unicode name (LATIN, CYRILLIC, GREEK...), else ''."""
    if not char.isalpha():
        return ""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""


def _invisible(char: str) -> bool:
    return unicodedata.category(char) == "Cf"


def _lookalike_pair(a: str, b: str) -> bool:
    """Whether ``b`` replacing ``a`` is a look-alike swap, not a real spelling change."""
    if unicodedata.normalize("NFKC", a) == unicodedata.normalize("NFKC", b):
        return True  # a compatibility form: fullwidth or mathematical letters
    sa, sb = _script(a), _script(b)
    return bool(sa and sb and sa != sb)


def lookalike_differences(before: str, after: str) -> list[str]:
    """How ``after`` differs from ``before`` when only by look-alike or invisible characters:
    ``["U+0430 CYRILLIC SMALL LETTER A for U+0061 LATIN SMALL LETTER A"]``, or [] when the
    words differ otherwise (a real change) or not at all."""
    if before == after or not before or not after:
        return []
    out: list[str] = []
    added = [c for c in after if _invisible(c)]
    dropped = [c for c in before if _invisible(c)]
    a = "".join(c for c in before if not _invisible(c))
    b = "".join(c for c in after if not _invisible(c))
    if len(a) != len(b):
        return []
    for ca, cb in zip(a, b):
        if ca == cb:
            continue
        if not _lookalike_pair(ca, cb):
            return []
        text = f"{_name(cb)} for {_name(ca)}"
        if text not in out:
            out.append(text)
    out += [f"{_name(c)} added" for c in dict.fromkeys(added) if c not in dropped]
    out += [f"{_name(c)} dropped" for c in dict.fromkeys(dropped) if c not in added]
    return out


def _found(before: str, after: str) -> list[str]:
    """Look-alike differences of two word runs, word by word; [] if any word really changed."""
    wa, wb = before.split(), after.split()
    if len(wa) != len(wb):
        return []
    found: list[str] = []
    for x, y in zip(wa, wb):
        if x == y:
            continue
        diffs = lookalike_differences(x, y)
        if not diffs:
            return []  # a real change among them: no claim that it only looks different
        found += [d for d in diffs if d not in found]
    return found


def lookalike_note(*pairs: tuple[str, str]) -> str:
    """`` (look-alike character: ...)`` for a message, from the ``(before, after)`` pairs
    that differ only by look-alike or invisible characters; '' when none does."""
    found: list[str] = []
    for before, after in pairs:
        found += [d for d in _found(before or "", after or "") if d not in found]
    if not found:
        return ""
    more = len(found) - _MAX_NAMED
    shown = "; ".join(found[:_MAX_NAMED]) + (f"; {more} more" if more > 0 else "")
    return f" (look-alike character{'s' if len(found) > 1 else ''}: {shown})"
