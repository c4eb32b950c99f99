"""Indented JSON text, the same characters as ``json.dumps(obj, ensure_ascii=False,
indent=N)``, written without the standard library's pure-Python generator chain.

With ``indent`` set, ``json`` cannot use its C encoder, and every piece of output is passed up
through one generator per level of nesting; a report with tens of thousands of findings spent
seconds there. This writes the pieces into one list (strings through the same C string
encoder ``json`` uses). Anything the contract never holds (a circular reference, a value of
another type) is handed to ``json.dumps`` itself, so errors stay the standard ones.
"""
from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

__all__ = ["dumps_indented"]


class _Unsupported(Exception):
    """A value only ``json.dumps`` should judge."""


def dumps_indented(obj: Any, indent: int = 2) -> str:
    """``json.dumps(obj, ensure_ascii=False, indent=indent)``."""
    if isinstance(obj, str):
        return encode_basestring(obj)
    out: list = []
    try:
        _value(obj, out, 0, " " * indent, set())
    except (_Unsupported, RecursionError):
        return json.dumps(obj, ensure_ascii=False, indent=indent)
    return "".join(out)


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == float("-inf"):
        return "-Infinity"
    return float.__repr__(value)


def _value(o: Any, out: list, level: int, indent: str, seen: set) -> None:
    if isinstance(o, str):
        out.append(encode_basestring(o))
    elif o is None:
        out.append("null")
    elif o is True:
        out.append("true")
    elif o is False:
        out.append("false")
    elif isinstance(o, int):
        out.append(int.__repr__(o))
    elif isinstance(o, float):
        out.append(_float(o))
    elif isinstance(o, (list, tuple)):
        _list(o, out, level, indent, seen)
    elif isinstance(o, dict):
        _dict(o, out, level, indent, seen)
    else:
        raise _Unsupported


def _list(o: Any, out: list, level: int, indent: str, seen: set) -> None:
    if not o:
        out.append("[]")
        return
    if id(o) in seen:
        raise _Unsupported
    seen.add(id(o))
    newline = "\n" + indent * (level + 1)
    out.append("[")
    separator = newline
    for value in o:
        out.append(separator)
        separator = "," + newline
        _value(value, out, level + 1, indent, seen)
    out.append("\n" + indent * level + "]")
    seen.discard(id(o))


def _dict(o: dict, out: list, level: int, indent: str, seen: set) -> None:
    if not o:
        out.append("{}")
        return
    if id(o) in seen:
        raise _Unsupported
    seen.add(id(o))
    newline = "\n" + indent * (level + 1)
    out.append("{")
    separator = newline
    for key, value in o.items():
        if isinstance(key, str):
            pass
        elif isinstance(key, float):
            key = _float(key)
        elif key is True:
            key = "true"
        elif key is False:
            key = "false"
        elif key is None:
            key = "null"
        elif isinstance(key, int):
            key = int.__repr__(key)
        else:
            raise _Unsupported
        out.append(separator)
        separator = "," + newline
        out.append(encode_basestring(key))
        out.append(": ")
        _value(value, out, level + 1, indent, seen)
    out.append("\n" + indent * level + "}")
    seen.discard(id(o))
