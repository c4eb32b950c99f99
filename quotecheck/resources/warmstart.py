"""Warm start: compiled regular expressions and parsed TOML kept across processes.

A short run is dominated by compiling the extractor's and rule packs' large patterns and
parsing rule files; :class:`WarmStart` stores both in a per-user file and replays them. The
on-disk source cache of ``check`` is :mod:`quotecheck.cache`.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable, Optional

from quotecheck.resources.userkey import user_cache_dir  # noqa: F401  (where it was)

MAX_DIGESTS = 4096  # file digests kept (see signature.file_digest)
TABLE_MAX = 20000  # entries of one word table kept (see WarmStart.table): the first words met, in order
WARM_MAX_BYTES = 3 << 20  # beyond this, a save keeps only what the latest run used (the
# store is read whole by every run: about 2 ms per MB)




def _regex_internals():
    """(the ``re`` compiler module, its parser module, ``_sre``) of this Python."""
    import _sre
    import re

    compiler = getattr(re, "_compiler", None)
    parser = getattr(re, "_parser", None)
    if compiler is None or parser is None:  # Python 3.10
        import sre_compile as compiler  # noqa: F811
        import sre_parse as parser  # noqa: F811
    return compiler, parser, _sre


class WarmStart:
    """Regex bytecode and parsed TOML of earlier runs, so a new process skips re-deriving them.

    Python's ``re`` parses and compiles every pattern afresh in each process; the extractor's
    and the rule packs' large patterns dominate a short run. The compiled program of a
    pattern (what ``re`` hands to ``_sre.compile``) depends only on the pattern, its flags and
    the Python build, so it is stored keyed by those and replayed. Parsed TOML is stored keyed
    by the file's bytes. The file holds JSON data only, signed with the user's key
    (:mod:`.storeformat`): a file anyone else altered is ignored (everything is derived
    afresh). It is named after the Python version and the regex engine's magic number, so
    another interpreter never reads it.
    """

    def __init__(self, folder: Path, name: str = "warm"):
        import sys

        _compiler, _parser, sre = _regex_internals()
        from quotecheck.resources.signature import FORMAT

        tag = f"{sys.implementation.cache_tag}-{sre.MAGIC}-{FORMAT}"
        self.name = name
        self.path = Path(folder) / f"{name}-{tag}.json"
        self.folder = Path(folder)
        self._regex: Optional[dict] = None  # read on first use: a run that compiles and
        self._memo: Optional[dict] = None   # parses nothing never reads the file
        self.used_regex: dict = {}
        self.used_memo: dict = {}
        self.dirty = False
        self._saved_compile = None
        self.stat_memo: dict = {}  # (folder, suffix) -> stat signature, this command only
        self.tables: dict = {}  # key -> (a live word table, its size once filled)

    def _load(self) -> None:
        self._regex, self._memo = {}, {}
        from quotecheck.resources import signature

        self.code = signature.code_signature()
        from quotecheck.resources.storeformat import read_signed
        from quotecheck.resources.userkey import user_key

        signed = read_signed(self.path, user_key(self.folder))
        if signed is None:
            return
        data, values = signed
        try:  # programs stay raw (checked and decoded when used); keys are checked here
            regex = data.get("regex") or []
            self._regex = {(raw[0].encode("latin-1") if raw[1] else raw[0], raw[2]): raw
                           for raw in regex if type(raw) is list and len(raw) == 8
                           and type(raw[0]) is str and type(raw[2]) is int}
            # derived values depend on the code that derived them: a changed module
            # drops them all (regex programs depend only on the Python build)
            if data.get("code") == self.code:
                self._memo = values
        except Exception:
            self._regex, self._memo = {}, {}

    @property
    def regex(self) -> dict:
        """(pattern, flags) → stored program."""
        if self._regex is None:
            self._load()
        return self._regex  # type: ignore[return-value]

    @property
    def memo(self) -> dict:
        """key → the value's JSON text (bytes, see :func:`.storeformat.dump_value`)."""
        if self._memo is None:
            self._load()
        return self._memo  # type: ignore[return-value]

    # regular expressions
    def compile(self, p, flags=0):
        """Drop-in for ``re``'s internal compile: replay a stored program or derive and store it."""
        compiler, parser, sre = _regex_internals()
        if not isinstance(p, (str, bytes)) or flags & compiler.SRE_FLAG_DEBUG:
            return self._saved_compile(p, flags)
        key = (p, int(flags))
        entry = self.regex.get(key)
        if entry is not None:
            try:
                if type(entry) is list:  # as read from the store: check every field
                    from quotecheck.resources.storeformat import load_program

                    stored_key, entry = load_program(entry)
                    if stored_key != key or type(stored_key[0]) is not type(p):
                        raise ValueError("another pattern")
                pattern = sre.compile(p, entry[0], entry[1], entry[2], entry[3], entry[4])
                self.used_regex[key] = entry
                return pattern
            except Exception:
                pass
        try:  # the steps of re's own compile, keeping the program it hands to _sre
            tree = parser.parse(p, flags)
            code = compiler._code(tree, flags)
            groupindex = dict(tree.state.groupdict)
            indexgroup = [None] * tree.state.groups
            for name, i in groupindex.items():
                indexgroup[i] = name
            entry = (int(flags | tree.state.flags), [int(c) for c in code],  # plain ints
                     int(tree.state.groups - 1), groupindex, tuple(indexgroup))
            pattern = sre.compile(p, *entry)
        except Exception:  # a bad pattern, or internals this Python does not have:
            return self._saved_compile(p, flags)  # re's own compile (and its own error)
        self.regex[key] = self.used_regex[key] = entry
        self.dirty = True
        return pattern

    # derived data: parsed TOML, word maps, lexicon patterns
    def remember(self, key: str, compute: Callable[[], Any]) -> Any:
        """``compute()``'s value under ``key``, stored for next time when it is plain data
        (JSON with tuples); every call returns a fresh object (callers may change it)."""
        from quotecheck.resources.storeformat import NotPlain, dump_value, load_value

        blob = self.memo.get(key)
        if blob is not None:
            try:
                value = load_value(blob)
                self.used_memo[key] = blob
                return value
            except Exception:
                pass
        value = compute()
        try:
            blob = dump_value(value)
        except (NotPlain, ValueError, RecursionError):  # dates, sets: compute each time
            return value
        self.memo[key] = self.used_memo[key] = blob
        self.dirty = True
        return value

    def table(self, key: str, live: dict) -> None:
        """Fill ``live``, a cache of a pure function of one string (str -> str), with what an
        earlier process kept under ``key``; what this run adds is kept at :meth:`uninstall`
        (the words a story set repeats are folded and stemmed once, not once per process)."""
        from quotecheck.resources.storeformat import load_value

        blob = self.memo.get(key)
        if blob is not None:
            try:
                stored = load_value(blob)
                if type(stored) is dict and all(type(k) is str and type(v) is str
                                                for k, v in stored.items()):
                    live.update(stored)     # anything else is no table of words: a miss
                    self.used_memo[key] = blob
            except Exception:
                pass
        self.tables[key] = (live, len(live))

    def _keep_tables(self) -> None:
        """Store each word table that grew in this run (its first :data:`TABLE_MAX` entries)."""
        from itertools import islice

        from quotecheck.resources.storeformat import dump_value

        for key, (live, filled) in self.tables.items():
            if len(live) == filled:
                continue
            try:
                kept = dict(islice(live.items(), TABLE_MAX))
                if all(type(v) is str for v in kept.values()):
                    self.memo[key] = self.used_memo[key] = dump_value(kept)
                    self.dirty = True
            except Exception:
                pass
        self.tables = {}

    def toml_loads(self, data: bytes, parse: Callable[[], Any]) -> Any:
        """``parse()``'s value for a TOML file's bytes (see :meth:`remember`)."""
        from quotecheck.resources.signature import new_hash

        return self.remember("toml:" + new_hash(data).hexdigest(), parse)

    def install(self) -> "WarmStart":
        """Route this process's regex compilation and rule-file parsing through the store."""
        from importlib import import_module

        # loaded first for its imports alone: json's own patterns compile before compile is
        # routed through the store
        import_module("quotecheck.resources.storeformat")
        from quotecheck.resources import ruledata, signature

        compiler, _parser, _sre = _regex_internals()
        self._saved_compile = compiler.compile
        compiler.compile = self.compile
        ruledata.set_toml_memo(self.toml_loads)
        signature.set_stat_memo(self.stat_memo)
        self.digests = self._read_digests()
        self._digests_at_start = dict(self.digests)
        signature.set_digest_memo(self.digests)
        global _ACTIVE
        _ACTIVE = self
        return self

    def uninstall(self) -> None:
        """Undo :meth:`install` and save what is new (failures are ignored)."""
        from quotecheck.resources import ruledata, signature

        compiler, _parser, _sre = _regex_internals()
        if self._saved_compile is not None and compiler.compile == self.compile:
            compiler.compile = self._saved_compile
        self._saved_compile = None
        ruledata.set_toml_memo(None)
        global _ACTIVE
        if _ACTIVE is self:
            _ACTIVE = None
            signature.set_stat_memo(None)
            signature.set_digest_memo(None)
        self._keep_tables()
        self.save()
        if getattr(self, "digests", None) not in (None, self._digests_at_start):
            self._write_digests()

    # file digests (see signature.file_digest): a small signed file of their own, read by
    # every command (the replay of a whole run needs them before anything else)
    def _digests_path(self) -> Path:
        return self.folder / f"digests-{self.path.name.split('-', 1)[1]}"

    def _read_digests(self) -> dict:
        from quotecheck.resources.storeformat import read_signed
        from quotecheck.resources.userkey import user_key

        signed = read_signed(self._digests_path(), user_key(self.folder))
        known = signed[0].get("digests") if signed else None
        if type(known) is not dict:
            return {}
        return {p: d for p, d in known.items()
                if type(d) is list and len(d) == 5 and all(type(x) is int for x in d[:4])
                and type(d[4]) is str}

    def _write_digests(self) -> None:
        from quotecheck.resources.storeformat import signed_bytes
        from quotecheck.resources.userkey import user_key

        key = user_key(self.folder)
        if key is None:
            return
        path = self._digests_path()
        digests = self.digests
        if len(digests) > MAX_DIGESTS:  # keep what this run added (other projects age out)
            digests = {p: d for p, d in digests.items() if self._digests_at_start.get(p) != d}
        try:
            data = signed_bytes(path.name, {"digests": digests}, {}, key)
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                         | getattr(os, "O_NOFOLLOW", 0), 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except Exception:
            pass

    def save(self) -> None:
        """Write the store if this run added to it; past ``WARM_MAX_BYTES`` keep only what
        this run used (entries of edited rule files and other runs age out)."""
        if not self.dirty:
            return
        from quotecheck.resources.storeformat import signed_bytes
        from quotecheck.resources.userkey import user_key

        key = user_key(self.folder)
        if key is None:  # nothing signed is nothing replayed: do not store
            return
        try:
            data = signed_bytes(self.path.name, self._document(self.regex), self.memo, key)
            if len(data) > WARM_MAX_BYTES:
                data = signed_bytes(self.path.name, self._document(self.used_regex),
                                    self.used_memo, key)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                         | getattr(os, "O_NOFOLLOW", 0), 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, self.path)
            self.dirty = False
            for pattern in (f"{self.name}-*.marshal", f"{self.name}-*.json"):  # older formats
                for stale in self.path.parent.glob(pattern):
                    if stale != self.path and not stale.is_symlink():
                        stale.unlink(missing_ok=True)
        except Exception:
            pass

    def _document(self, regex: dict) -> dict:
        """The JSON document of a store holding ``regex`` programs (values follow it)."""
        from quotecheck.resources.storeformat import dump_program

        return {"regex": [e if type(e) is list else dump_program(k, e)
                          for k, e in regex.items()], "code": self.code}

    def __enter__(self) -> "WarmStart":
        return self.install()

    def __exit__(self, *exc) -> None:
        self.uninstall()


def warm_start(enabled: bool = True, folder: Optional[Path] = None, name: str = "warm"):
    """A context in which regex compilation and rule-file parsing reuse earlier processes'
    work (see :class:`WarmStart`); a no-op context when disabled. ``name`` keeps one store
    per command, so that each loads only what it uses."""
    import contextlib

    if not enabled:
        return contextlib.nullcontext()
    try:
        return WarmStart(folder or user_cache_dir(), name)
    except Exception:
        return contextlib.nullcontext()


_ACTIVE: Optional[WarmStart] = None


def active() -> Optional[WarmStart]:
    """The warm start of this process's running command, or None."""
    return _ACTIVE


def remembered(key: str, compute: Callable[[], Any]) -> Any:
    """``compute()``, or its value from an earlier process while a warm start is active.
    ``key`` must name everything the value depends on (hash the inputs into it)."""
    if _ACTIVE is None:
        return compute()
    return _ACTIVE.remember(key, compute)


def data_key(*parts: Any) -> str:
    """A hash of plain data (str, numbers, lists, tuples and dicts, whose ``repr`` is the
    same in every process) for :func:`remembered` keys."""
    from quotecheck.resources.signature import new_hash

    return new_hash(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


def file_stamp(*paths: str) -> tuple:
    """The sizes, then the modification times, of ``paths``: a :func:`data_key` part that
    changes when a module whose reading a remembered value depends on is edited."""
    stats = [os.stat(p) for p in paths]
    return tuple(st.st_size for st in stats) + tuple(st.st_mtime_ns for st in stats)
