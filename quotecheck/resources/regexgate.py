"""A whole-text gate for a pattern searched in many slices of one text (sentences).

``pattern.search(text, s, e)`` reads ``text`` as if it ended at ``e`` (an end anchor, a
``\\b`` or a lookahead there sees the end of the string) but looks behind ``s`` as the whole
text. A pattern that inspects nothing past where its match ends, and matches no empty string,
has every such match also as a match of the whole text; so one search of the whole text that
finds nothing answers for every slice. A trailing ``\\b`` is the one end test dropped first
(the gate then finds more, never less). Patterns the gate cannot vouch for get none.
"""
from __future__ import annotations

import re
from typing import Optional

from quotecheck.resources.regexneedles import sre_parser

_C = sre_parser  # the parser module's constants are re-exported by it
_END_SENSITIVE_AT = frozenset({_C.AT_END, _C.AT_END_LINE, _C.AT_END_STRING, _C.AT_BOUNDARY,
                               _C.AT_NON_BOUNDARY, _C.AT_LOC_BOUNDARY, _C.AT_LOC_NON_BOUNDARY,
                               _C.AT_UNI_BOUNDARY, _C.AT_UNI_NON_BOUNDARY})


_NO_BACKTRACK = frozenset(getattr(_C, name) for name in ("ATOMIC_GROUP", "POSSESSIVE_REPEAT")
                          if hasattr(_C, name))   # (Python 3.11 on)


def whole_text_gate(pattern: re.Pattern) -> Optional[re.Pattern]:
    """A pattern whose search of a whole text finding nothing means ``pattern`` matches in no
    slice ``(text, s, e)`` of it; None when that cannot be vouched for."""
    source = pattern.pattern
    if not isinstance(source, str):
        return None
    if source.endswith(r"\b") and not source.endswith(r"\\b"):
        source = source[:-2]
    try:
        parsed = sre_parser.parse(source, pattern.flags)
    except re.error:
        return None
    if parsed.getwidth()[0] == 0 or not _blind_past_end(parsed, top=True):
        return None
    return re.compile(source, pattern.flags)


def _blind_past_end(items, top: bool = False) -> bool:
    """No item of ``items`` looks at or past the end of its match: no end anchor, no lookahead,
    no ``\\b``/``\\B`` (a leading one of the whole pattern excepted: it looks at the match's
    first character and the one before it), no conditional or group reference."""
    for k, (op, av) in enumerate(items):
        if op is _C.AT:
            if av in _END_SENSITIVE_AT and not (top and k == 0 and av in (
                    _C.AT_BOUNDARY, _C.AT_UNI_BOUNDARY, _C.AT_LOC_BOUNDARY)):
                return False
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            direction, sub = av
            if direction >= 0 or not _blind_past_end(sub):
                return False
        elif op is _C.SUBPATTERN:
            if not _blind_past_end(av[-1]):
                return False
        elif op is _C.BRANCH:
            if not all(_blind_past_end(alt) for alt in av[1]):
                return False
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            if not _blind_past_end(av[2]):
                return False
        elif op in _NO_BACKTRACK:
            return False    # it may take more of a longer text and then not give it back
        elif op in (_C.GROUPREF, _C.GROUPREF_EXISTS, _C.GROUPREF_IGNORE,
                    _C.GROUPREF_LOC_IGNORE, _C.GROUPREF_UNI_IGNORE):
            return False
    return True
