"""Text that reaches a terminal: control characters made visible, widths in columns.

Article text, file names and plugin messages are not ours: an ESC in them could clear the
screen, set the window title, hide a link (OSC 8) or move the cursor, and a newline in a file
name could forge an extra report line (or a GitHub ``::error::`` command in a CI log).
:func:`visible` shows C0 controls and DEL as their Unicode control pictures (ESC as ``␛``,
U+241B; one column each, so underlines stay aligned), and C1 controls, bidirectional
controls and line/paragraph separators as ``\\x9b`` / ``\\u202e`` escapes.
:func:`display_width` counts terminal columns (East Asian wide and fullwidth characters take
two, combining marks none) so that a caret underline sits under CJK text and emoji.
"""
from __future__ import annotations

import re
import unicodedata

# bidi embeddings/overrides/isolates and marks, line and paragraph separators
_ESCAPED = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029"
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f" + _ESCAPED + "]")


def _show(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)          # ␀ .. ␟ (␛ for ESC, ␊ for LF)
    if code == 0x7F:
        return "\u2421"                    # ␡
    if code <= 0xFF:
        return f"\\x{code:02x}"            # C1 controls: no control picture exists
    return f"\\u{code:04x}"


def visible(text: str, keep: str = "") -> str:
    """``text`` with every control character (but those in ``keep``) shown visibly."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: m.group() if m.group() in keep else _show(m.group()), text)


def char_width(char: str) -> int:
    """Terminal columns of one character: 0 for combining and zero-width format
    characters, 2 for East Asian wide or fullwidth ones (CJK, most emoji), else 1."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes (after :func:`visible`; see :func:`char_width`)."""
    if text.isascii():
        return len(text)
    return sum(char_width(c) for c in text)
