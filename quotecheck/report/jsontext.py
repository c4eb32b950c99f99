"""JSON text of a report, exactly as ``json.dumps(value, ensure_ascii=False, indent=2)``
writes it, built faster.

With ``indent`` set, the standard library encodes through its pure-Python generator chain
(one generator step per token: about 22,000 for a 40-article compare); the C encoder only
serves unindented output. Here each list and object is one ``join`` over its encoded
members, strings go through the same C string encoder (``json.encoder.encode_basestring``),
numbers through ``int.__repr__``/``float.__repr__`` as the library does, so the text is the
same character for character (tests compare the two on generated values). The pieces live
as one string per container, not one list of every token (the library's ``dumps`` joins
such a list: at 1,000 articles that list was the run's peak memory).

Differences only where the library raises: a value that refers to itself exhausts the
recursion limit here (``RecursionError``) where the library reports a circular reference
(``ValueError``); an unserialisable value raises the library's own ``TypeError``.
"""
from __future__ import annotations

import json
from json.encoder import encode_basestring as _string   # the C encoder when built

_INF = float("inf")
_DEFAULT = json.JSONEncoder().default   # raises TypeError, as the library's encoder does


def _float(o: float) -> str:
    if o != o:
        return "NaN"
    if o == _INF:
        return "Infinity"
    if o == -_INF:
        return "-Infinity"
    return float.__repr__(o)


def _key(key) -> str:
    """An object key as the library converts it before encoding it as a string."""
    if isinstance(key, str):
        return key
    if key is None or isinstance(key, (int, float)):   # bool is an int
        return _encode(key, 0, "")   # a scalar's text as a value: no container reaches it
    raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")


def _encode(o, level: int, step: str) -> str:
    t = type(o)
    if t is str:
        return _string(o)
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if t is int:
        return int.__repr__(o)
    if t is float:
        return _float(o)
    if t is dict or t is list or t is tuple or isinstance(o, (list, tuple, dict)):
        if not o:
            return "{}" if isinstance(o, dict) else "[]"
        inner = "\n" + step * (level + 1)
        if isinstance(o, dict):
            # a string member (most of them) encoded in place: no call of this function
            body = ("," + inner).join([
                _string(k if type(k) is str else _key(k)) + ": "
                + (_string(v) if type(v) is str else _encode(v, level + 1, step))
                for k, v in o.items()])
            return "{" + inner + body + "\n" + step * level + "}"
        body = ("," + inner).join([_string(v) if type(v) is str else _encode(v, level + 1, step)
                                   for v in o])
        return "[" + inner + body + "\n" + step * level + "]"
    if isinstance(o, str):
        return _string(o)
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return _float(o)
    return _encode(_DEFAULT(o), level, step)


def dumps_indented(value, indent: int = 2) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=indent)``, the same text."""
    return _encode(value, 0, " " * indent)
