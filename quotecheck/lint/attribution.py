"""Who said it: speaker identity for the draft check, and when a misattribution is clear.

A misattribution is an error of the worst kind, so it is reported only when both the draft
and the source attribute the words plainly: both speakers are proper names (not a
description such as "the minister" or a mis-read "FREE"), and neither paragraph mentions the
other speaker, which guards against attribution slips of the extractor.
"""
from __future__ import annotations

import re
from typing import Optional

from quotecheck.model import Document, Quote

# Lower-case particles that may sit inside a proper name.
_PARTICLES = frozenset({"de", "del", "della", "der", "den", "van", "von", "da", "di", "du",
                        "la", "le", "al", "el", "bin", "ibn", "y", "dos", "das", "do", "ter"})
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def same_speaker(a: Optional[str], b: Optional[str]) -> Optional[bool]:
    """Whether two speaker names are one person (None when either is unknown)."""
    if not a or not b:
        return None
    try:
        from quotecheck.quotes.speakers import same_speaker as _same
    except ImportError:  # pragma: no cover - speakers module not installed
        from quotecheck.text.normalize import fold_text

        return fold_text(a).split()[-1] == fold_text(b).split()[-1]
    return bool(_same(a, b))


def name_like(name: Optional[str]) -> bool:
    """A person's or organisation's proper name as extracted: capitalised words (particles
    allowed), not a description ("Catalonia's climate minister") nor all capitals ("FREE")."""
    if not name or name == name.upper():
        return False
    words = name.split()
    if any(w.endswith(("'s", "\u2019s")) for w in words):
        return False
    return all(w[:1].isupper() or w.lower() in _PARTICLES for w in words) and \
        any(w[:1].isupper() for w in words)


def paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Span of the paragraph (between blank lines) holding ``text[start:end]``."""
    s = 0
    for m in _PARAGRAPH.finditer(text, max(0, start - 4000), start):
        s = m.end()
    m = _PARAGRAPH.search(text, end)
    return s, (m.start() if m else len(text))


def attribution_is_clear(doc: Optional[Document], q: Quote, other: Optional[str]) -> bool:
    """Whether ``doc`` plainly gives quote ``q`` to its speaker and not to ``other``: both are
    proper names and ``other``'s surname appears nowhere else in the quote's paragraph."""
    from quotecheck.text.normalize import fold_text

    if doc is None or not name_like(q.speaker) or not name_like(other):
        return False
    start = q.open_start if q.open_start is not None else q.start
    end = q.close_end if q.close_end is not None else q.end
    p0, p1 = paragraph_around(doc.text, start, end)
    context = fold_text(doc.text[p0:start] + " " + doc.text[end:p1])
    surname = fold_text(other).split()[-1]
    return re.search(r"\b%s\b" % re.escape(surname), context) is None
