"""UTF-8 read as cp1252 or Latin-1 ('todayâ€™s', 'cafÃ©', twice 'Ã¢â‚¬â„¢'): encoding damage.

A page saved through the wrong decoder shows each non-ASCII character as two to four others;
the words are the same as in an outlet that kept its encoding, so comparing them must see the
character meant, never a change of wording. :func:`repair_at` reads one damaged run at an
offset (used by :func:`quotecheck.text.normalize.matching_view`, so the repair lives in the
matching view's offset map and the reported text stays as the outlet printed it);
:func:`repair` mends a short string (an aligned word's spelling). Only runs that decode to
Latin letters, punctuation, the euro or the trade mark sign count: 'muß“' stays as it is.
"""
from __future__ import annotations

import re

# the byte each character stands for when UTF-8 was decoded as cp1252 (with Latin-1 for the
# five bytes cp1252 leaves undefined and the C1 controls a Latin-1 decoder gives)
_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="replace")
_BYTE = {c: 0x80 + k for k, c in enumerate(_CP1252_HIGH) if c != "\ufffd"}
_BYTE.update({chr(b): b for b in range(0x80, 0x100)})
_CONT = "[" + "".join(re.escape(c) for c, b in _BYTE.items() if b < 0xC0) + "]"
# a lead byte's character and its continuation bytes' characters: two, three or four bytes
_UNIT = rf"(?:[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}})"
_RUN = re.compile(rf"{_UNIT}+")
LEADS = frozenset(chr(b) for b in range(0xC2, 0xF5))
"""The characters a damaged run starts with (matching_view looks further only at these)."""


def _meant(ch: str) -> bool:
    """Whether a repaired character is one a news page prints: a Latin letter, punctuation,
    the euro or the trade mark sign (the decoder's damage never yields these by chance)."""
    o = ord(ch)
    return o < 0x80 or 0xA0 <= o <= 0x24F or 0x2010 <= o <= 0x203A or o in (0x20AC, 0x2122)


def _decode(run: str) -> str | None:
    """The text a damaged run stands for, undone as often as it was done (at most thrice)."""
    out = run
    for _ in range(3):
        try:
            out = bytes(_BYTE[c] for c in out).decode("utf-8")
        except (KeyError, UnicodeDecodeError):
            return None
        if _RUN.fullmatch(out) is None:
            break
    return out if all(map(_meant, out)) else None


def repair_at(text: str, i: int) -> tuple[int, str] | None:
    """``(end, meant)`` for a damaged run starting at ``text[i]``, else None."""
    m = _RUN.match(text, i)
    if m is None:
        return None
    meant = _decode(m.group())
    return (m.end(), meant) if meant is not None else None


def repair(text: str) -> str:
    """``text`` with every damaged run replaced by the characters it stands for."""
    if text.isascii():
        return text
    return _RUN.sub(lambda m: _decode(m.group()) or m.group(), text)
