"""Word tables of the running command's warm start for functions of one string that also
read rule data: keyed by the digests of those data files (the store itself drops every
derived value when the code changes), so an edited rule file starts a new table (speed36).
"""
from __future__ import annotations

from typing import Optional

from quotecheck.resources import warmstart

_HELD: dict = {}  # table name -> (the warm start it was read from, the live table or None)


def data_table(name: str, *data: str, valid: Optional[frozenset] = None) -> Optional[dict]:
    """The live table ``name`` (str -> str) of the running command's warm start, read in at
    its first use in the command and kept at the command's end (:meth:`WarmStart.table`),
    under the digests of ``rules/data/<data>.toml``; None without a warm start or when a
    data file cannot be read (the caller then computes every value). A stored value not in
    ``valid`` (when given) is dropped: a miss."""
    active = warmstart.active()
    if active is None:
        return None
    held = _HELD.get(name)
    if held is not None and held[0] is active:
        return held[1]
    from quotecheck.resources.ruledata import rules_root
    from quotecheck.resources.signature import file_digest

    digests = [file_digest(str(rules_root() / "data" / f"{d}.toml")) for d in data]
    table: Optional[dict] = None
    if "-" not in digests:
        table = {}
        active.table(f"{name}:" + warmstart.data_key(digests), table)
        if valid is not None:
            for key in [k for k, v in table.items() if v not in valid]:
                del table[key]
    _HELD[name] = (active, table)
    return table
