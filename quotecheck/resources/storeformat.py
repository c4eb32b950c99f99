"""The warm store's file format: signed plain data, never anything that runs code on load.

A store file is one header line (format and a MAC made with the user's key over the rest,
bound to the file's name), a JSON document on one line, then the derived values' JSON texts
one after another (the document gives each one's key and length: a value is parsed only when
a run asks for it). Regex programs are stored as data (the
pattern, flags, the program as 32-bit words in base64, group names) and are only handed to
``_sre`` when the MAC verifies and every field has the expected type; derived values are
JSON texts of plain data (tuples kept as tuples). A file that fails any check is empty.
"""
from __future__ import annotations

import json
from typing import Any, Optional

HEADER = b"quotecheck-warm 1 "
MAX_STORE_BYTES = 64 << 20
_TUPLE = "\x00tuple"  # {_TUPLE: [...]}: a tuple (JSON has lists only)


class NotPlain(ValueError):
    """A value the store cannot hold exactly (sets, dates, objects, non-string keys)."""


# -- derived values ------------------------------------------------------------------------
def _tagged(value: Any) -> Any:
    kind = type(value)
    if kind in (str, int, float, bool) or value is None:
        return value
    if kind is list:
        return [_tagged(v) for v in value]
    if kind is tuple:
        return {_TUPLE: [_tagged(v) for v in value]}
    if kind is dict:
        if not all(type(k) is str for k in value) or _TUPLE in value:
            raise NotPlain("dict keys must be strings")
        return {k: _tagged(v) for k, v in value.items()}
    raise NotPlain(f"{kind.__name__} is not plain data")


def _untag(d: dict) -> Any:
    if len(d) == 1 and _TUPLE in d:
        items = d[_TUPLE]
        if type(items) is not list:
            raise ValueError("bad tuple")
        return tuple(items)
    return d


def dump_value(value: Any) -> bytes:
    """JSON text of plain data that :func:`load_value` gives back equal, types included
    (``J`` and the JSON text, or ``T`` and a text with tuples tagged)."""
    tagged = _tagged(value)
    text = json.dumps(tagged, separators=(",", ":"))
    plain = json.dumps(value, separators=(",", ":"))
    return (b"J" + plain.encode()) if plain == text else (b"T" + text.encode())


def load_value(blob: Any) -> Any:
    """The value of :func:`dump_value`'s bytes (``ValueError`` on anything else)."""
    if type(blob) is not bytes or blob[:1] not in (b"J", b"T"):
        raise ValueError("not a stored value")
    if blob[:1] == b"J":  # no tuples: the C parser alone (most values: parsed TOML)
        return json.loads(blob[1:])
    return json.loads(blob[1:], object_hook=_untag)


# -- regex programs ------------------------------------------------------------------------
def dump_program(key: tuple, entry: tuple) -> list:
    """A regex entry ((pattern, flags) -> (flags, code, groups-1, groupindex, indexgroup))
    as JSON data; the code as base64 of 32-bit words."""
    from array import array
    from binascii import b2a_base64

    pattern, flags = key
    is_bytes = isinstance(pattern, bytes)
    text = pattern.decode("latin-1") if is_bytes else pattern
    code = b2a_base64(array("I", entry[1]).tobytes(), newline=False).decode("ascii")
    return [text, is_bytes, flags, entry[0], code, entry[2], entry[3], list(entry[4])]


def load_program(raw: Any) -> tuple:
    """(key, entry) of :func:`dump_program`'s data; ``ValueError`` unless every field has
    its type (the MAC already vouches that this user's quotecheck wrote it)."""
    from array import array
    from binascii import a2b_base64

    if type(raw) is not list or len(raw) != 8:
        raise ValueError("not a program")
    text, is_bytes, flags, final_flags, code, groups, groupindex, indexgroup = raw
    if not (type(text) is str and type(is_bytes) is bool and type(flags) is int
            and type(final_flags) is int and type(code) is str and type(groups) is int
            and type(groupindex) is dict and type(indexgroup) is list
            and all(type(v) is int for v in groupindex.values())
            and all(type(v) in (str, type(None)) for v in indexgroup)):
        raise ValueError("not a program")
    words = array("I")
    if words.itemsize != 4:
        raise ValueError("no 32-bit array type")
    words.frombytes(a2b_base64(code))
    pattern = text.encode("latin-1") if is_bytes else text
    return (pattern, flags), (final_flags, words.tolist(), groups, groupindex,
                              tuple(indexgroup))


# -- the signed file -----------------------------------------------------------------------
def read_signed(path, key: Optional[bytes]) -> Optional[tuple]:
    """(JSON document, values keyed by name) of a store file whose MAC verifies, else None."""
    from quotecheck.resources.userkey import verify

    if key is None:
        return None
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_STORE_BYTES + 1)
        if len(data) > MAX_STORE_BYTES or not data.startswith(HEADER):
            return None
        end = data.index(b"\n")
        mac, body = data[len(HEADER):end].decode("ascii"), data[end + 1:]
        if not verify(key, path.name, body, mac):
            return None
        end = body.index(b"\n")
        doc = json.loads(body[:end])
        index = doc.get("values") if type(doc) is dict else None
        if type(index) is not list:
            return None
        values, at = {}, end + 1
        for name, size in index:
            if type(name) is not str or type(size) is not int or size < 0:
                return None
            values[name] = body[at:at + size]
            at += size
        return (doc, values) if at == len(body) else None
    except (OSError, ValueError, TypeError, UnicodeDecodeError):
        return None


def signed_bytes(name: str, doc: dict, values: dict, key: bytes) -> bytes:
    """A store file's bytes: the header with the MAC, under ``name``, of the JSON document
    (with the values' index) and the values' bytes."""
    from quotecheck.resources.userkey import sign

    doc = dict(doc, values=[[k, len(v)] for k, v in values.items()])
    body = b"".join([json.dumps(doc, separators=(",", ":")).encode("utf-8"), b"\n",
                     *values.values()])
    return HEADER + sign(key, name, body).encode("ascii") + b"\n" + body
