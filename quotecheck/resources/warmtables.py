"""Word tables of the running command's warm start (:meth:`WarmStart.table`), the one store
of per-string results kept across processes: :class:`Kept` for a pure function of one
string (speed35), :func:`data_table` for functions that also read rule data, keyed by the
digests of those data files (the store itself drops every derived value when the code
changes), so an edited rule file starts a new table (speed36).
"""
from __future__ import annotations

from typing import Optional

from quotecheck.resources import warmstart

_HELD: dict = {}  # table name -> (the warm start it was read from, the live table or None)


def data_table(name: str, *data: str, valid: Optional[frozenset] = None,
               into: Optional[dict] = None) -> Optional[dict]:
    """The live table ``name`` (str -> str) of the running command's warm start, read in at
    its first use in the command and kept at the command's end (:meth:`WarmStart.table`),
    under the digests of ``rules/data/<data>.toml``; None without a warm start or when a
    data file cannot be read (the caller then computes every value). A stored value not in
    ``valid`` (when given) is dropped: a miss. ``into``, a process cache, takes the stored
    values once, when the table is read in."""
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
        if into is not None:
            into.update(table)
    _HELD[name] = (active, table)
    return table


class Kept(dict):
    """The results of a pure function of one string, kept per string: a subscript of this
    dict (``kept.__getitem__``, mapped in C over a sentence's words) costs less than the
    ``lru_cache`` wrapper's call; it starts afresh past ``bound`` entries (memory). With a
    ``warm`` key it is filled, at its first miss under a command's warm start, with the
    results earlier processes kept (:meth:`WarmStart.table`; speed35)."""

    def __init__(self, func, bound: int = 65536, warm: str = ""):
        super().__init__()
        self.func = func
        self.bound = bound
        self.warm = warm
        self.filled_by = None   # the warm start whose table was read in

    def __missing__(self, key: str) -> str:
        active = warmstart.active() if self.warm else None
        if active is not self.filled_by:
            self.filled_by = active
            if active is not None:
                active.table(self.warm, self)
                if key in self:
                    return dict.__getitem__(self, key)
        if len(self) >= self.bound:
            self.clear()
        value = self[key] = self.func(key)
        return value
