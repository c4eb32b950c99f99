"""The text ``json.dumps(obj, ensure_ascii=False, indent=2)`` gives, written faster.

With an indent the standard library encodes in pure Python: a chain of generators yields
every bracket, key, separator and value as its own piece (a real ``compare`` report holds
hundreds of thousands of them). Here each container is one ``join`` of its items, and the
values are encoded by the same C functions and ``repr``s the standard encoder uses, so the
text is the same character for character. Anything the standard encoder would hand to
``default`` (a type JSON has no form for), or a structure too deep to recurse, makes
:func:`dumps_indented` return None: the caller then encodes with the standard library (which
raises its own error, or detects the circular reference).
"""
from __future__ import annotations

import json.encoder as _std
from typing import Any, Optional

_STR = _std.encode_basestring   # the C encoder when available (ensure_ascii=False)
_INT = int.__repr__
_FLOAT = float.__repr__
_INF = float("inf")


class _Unsupported(Exception):
    """A value the standard encoder would pass to ``default``."""


def _float(o: float) -> str:
    """``floatstr`` of the standard encoder with ``allow_nan`` (its default)."""
    if o != o:
        return "NaN"
    if o == _INF:
        return "Infinity"
    if o == -_INF:
        return "-Infinity"
    return _FLOAT(o)


def _key(key: Any) -> str:
    """A dict key as the standard encoder converts it (``skipkeys`` off)."""
    if isinstance(key, str):
        return _STR(key)
    if isinstance(key, float):
        return _STR(_float(key))
    if key is True:
        return '"true"'
    if key is False:
        return '"false"'
    if key is None:
        return '"null"'
    if isinstance(key, int):
        return _STR(_INT(key))
    raise _Unsupported


def _encode(o: Any, level: int) -> str:
    """``o`` at nesting ``level`` (the indent of the line it starts on)."""
    if isinstance(o, str):
        return _STR(o)
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if isinstance(o, int):
        return _INT(o)
    if isinstance(o, float):
        return _float(o)
    if isinstance(o, (list, tuple)):
        if not o:
            return "[]"
        inner = "\n" + "  " * (level + 1)
        deeper = level + 1   # strings (most values) encoded inline, without a call
        return "[" + inner + ("," + inner).join(
            [_STR(v) if type(v) is str else _encode(v, deeper) for v in o]) + \
            "\n" + "  " * level + "]"
    if isinstance(o, dict):
        if not o:
            return "{}"
        inner = "\n" + "  " * (level + 1)
        deeper = level + 1
        return "{" + inner + ("," + inner).join(
            [(_STR(k) if type(k) is str else _key(k)) + ": "
             + (_STR(v) if type(v) is str else _encode(v, deeper)) for k, v in o.items()]) + \
            "\n" + "  " * level + "}"
    raise _Unsupported


def dumps_indented(obj: Any) -> Optional[str]:
    """``json.dumps(obj, ensure_ascii=False, indent=2)``, or None where only the standard
    encoder can say what happens (see the module docstring)."""
    try:
        return _encode(obj, 0)
    except (_Unsupported, RecursionError):
        return None
