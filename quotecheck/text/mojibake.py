"""UTF-8 read as cp1252 or Latin-1 ('todayâ€™s', 'cafÃ©', twice 'Ã¢â‚¬â„¢'): encoding damage.

A page saved through the wrong decoder shows each non-ASCII character as two to four others;
the words are the same as in an outlet that kept its encoding, so comparing them must see the
character meant, never a change of wording. :func:`damaged_runs` finds the damaged runs
for :func:`quotecheck.text.normalize.matching_view`, so the repair lives in the matching
view's offset map and the reported text stays as the outlet printed it;
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
# a lead byte's character and its continuation bytes' characters, for the characters a page
# prints (_meant) and the ones they are damaged into: U+0080-U+02FF (two bytes led by C2-CB)
# and U+2000-U+2FFF (three, led by E2)
_LEADS = "\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u00e2"
_UNIT = rf"(?:[\u00c2-\u00cb]{_CONT}|\u00e2{_CONT}{{2}})"
_RUN = re.compile(rf"{_UNIT}+")
# a lead and one continuation: opening with one class, it is searched by a skip in C (the
# run's alternation was tried at every character, 4x the time of folding a document)
_LEAD = re.compile(rf"[{_LEADS}]{_CONT}")


def _meant(ch: str) -> bool:
    """Whether a repaired character is one a news page prints: a Latin letter, punctuation,
    the euro or the trade mark sign (the decoder's damage never yields these by chance)."""
    o = ord(ch)
    return o < 0x80 or 0xA0 <= o <= 0x24F or 0x2010 <= o <= 0x203A or o in (0x20AC, 0x2122)


def _decode(run: str) -> list[str] | None:
    """The undoings of a damaged run, the run first, up to the text it stands for (undone as
    often as it was done, at most thrice): the last undoing that still gives characters a
    page prints ('ß–' is no run to undo further). None when no undoing does."""
    chain, best = [run], 0
    for _ in range(3):
        try:
            out = bytes(_BYTE[c] for c in chain[-1]).decode("utf-8")
        except (KeyError, UnicodeDecodeError):
            break
        chain.append(out)
        if all(map(_meant, out)):
            best = len(chain) - 1
        if _RUN.fullmatch(out) is None:
            break
    return chain[:best + 1] if best else None


def repair_at(text: str, i: int) -> list[tuple[int, int, str]] | None:
    """The characters meant by a damaged run starting at ``text[i]``, each with the original
    span it was damaged into (``(start, end, char)``, in order), else None."""
    m = _RUN.match(text, i)
    chain = _decode(m.group()) if m is not None else None
    if chain is None:
        return None
    # a character of one undoing stood for as many characters of the one before as its
    # UTF-8 bytes (each byte was read as one character): compose the lengths down the chain
    widths = [1] * len(chain[-1])
    for level in range(len(chain) - 1, 0, -1):
        below = [len(c.encode("utf-8")) for c in chain[level]]
        grouped, k = [], 0
        for w in widths:
            grouped.append(sum(below[k:k + w]))
            k += w
        widths = grouped
    out, pos = [], i
    for ch, w in zip(chain[-1], widths):
        out.append((pos, pos + w, ch))
        pos += w
    return out


def damaged_runs(text: str) -> dict:
    """Start offset -> :func:`repair_at` of every damaged run in ``text`` (mostly none, found
    without a pattern search when no lead character is in the text)."""
    out: dict = {}
    if not any(c in text for c in _LEADS):
        return out      # the common case: eleven scans in C, no pattern search
    end = 0
    for m in _LEAD.finditer(text):
        if m.start() < end:
            continue
        mended = repair_at(text, m.start())
        if mended is not None:
            out[m.start()] = mended
            end = mended[-1][1]
    return out


def repair(text: str) -> str:
    """``text`` with every damaged run replaced by the characters it stands for: the runs
    :func:`damaged_runs` finds, so that a word's repair and the matching view agree."""
    if text.isascii():
        return text
    parts, pos = [], 0
    for run in damaged_runs(text).values():
        parts.append(text[pos:run[0][0]])
        parts.extend(meant for _, _, meant in run)
        pos = run[-1][1]
    parts.append(text[pos:])
    return "".join(parts)
