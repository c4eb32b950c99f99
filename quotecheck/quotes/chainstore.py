"""The name facts of capitalised chains (:func:`speakers.index_chain`) kept across processes.

A story set's documents meet the same chains ("President Joe Biden", "NATO") in every
``compare``; parsing each costs ~14 us. Under a command's warm start the facts are kept in a
word table (:meth:`WarmStart.table`) as JSON texts of plain data, keyed by the attribution
lexicon's file digest (the store itself drops values when the code changes). A stored text
that is not exactly the expected shape is a miss: the chain is parsed afresh (speed36).
"""
from __future__ import annotations

import json
from typing import Callable, Optional

from quotecheck.resources.warmtables import data_table


def _table() -> Optional[dict]:
    """The chain table of the running command's warm start, or None."""
    return data_table("speakers-chain", "attribution")


def encode(value: tuple) -> str:
    """JSON text of an :func:`index_chain` value ((ChainInfo, tokens, strong) or None, taken)."""
    info, taken = value
    if info is None:
        return json.dumps([None, taken])
    parsed, tokens, strong = info
    return json.dumps([[parsed.name, list(parsed.descriptors), list(parsed.places), parsed.kind,
                        parsed.offset, parsed.single, parsed.acronym, list(tokens), strong],
                       taken])


def _strings(items) -> bool:
    """Whether ``items`` is a list of plain strings (the types collected in C)."""
    return type(items) is list and set(map(type, items)) <= _STR


_STR = frozenset((str,))


def decode(text: str, make_info: Callable) -> Optional[tuple]:
    """The value :func:`encode` wrote, or None when ``text`` is not exactly that shape."""
    try:
        raw = json.loads(text)
    except (ValueError, TypeError, RecursionError):
        return None
    if type(raw) is not list or len(raw) != 2 or type(raw[1]) is not bool:
        return None
    info, taken = raw
    if info is None:
        return (None, taken) if taken is False else None
    if type(info) is not list or len(info) != 9:
        return None
    name, descriptors, places, kind, offset, single, acronym, tokens, strong = info
    if not (type(name) is str and _strings(descriptors) and _strings(places)
            and type(kind) is str and type(offset) is int and type(single) is bool
            and type(acronym) is bool and _strings(tokens) and type(strong) is bool):
        return None
    parsed = make_info(name, tuple(descriptors), tuple(places), kind, offset, single, acronym)
    return (parsed, tuple(tokens), strong), taken


def kept_chain(chain: str, compute: Callable[[str], tuple], make_info: Callable) -> tuple:
    """``compute(chain)``, or its value kept by an earlier process under the warm start."""
    table = _table()
    if table is None:
        return compute(chain)
    text = table.get(chain)
    if text is not None:
        value = decode(text, make_info)
        if value is not None:
            return value
    value = compute(chain)
    table[chain] = encode(value)
    return value
