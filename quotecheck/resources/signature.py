"""What stored entries are keyed on: hashes of bytes, and signatures of the code and data files.

Both stores (the per-user warm start and the draft check's source cache) key their entries on
these, so a change to quotecheck's code or rule files starts them afresh.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator, Optional

FORMAT = 3  # 2: BLAKE2b keys; 3: JSON entries signed with the user key, content hashes
PACKAGE_ROOT = Path(__file__).resolve().parent.parent  # the quotecheck package folder

_STAT_MEMO: Optional[dict] = None  # set by an installed warm start: one walk per command
_DIGESTS: Optional[dict] = None  # path -> [size, mtime, ctime, inode, digest], kept across
# processes by a warm start: a file whose stat is unchanged is not read again (as git does;
# an edit always moves the change time, which no one but the clock's owner can set back)
RACY_NS = 2_000_000_000  # a file changed this recently may change again unseen: not kept


def new_hash(data: bytes = b"", key: bytes = b""):
    """A BLAKE2b hash object (32-byte digest) from the interpreter's built-in module: no
    ``hashlib`` OpenSSL start-up (a few ms of every run), and fast on large rule files.
    With ``key`` it is a keyed hash (BLAKE2's MAC mode, see :mod:`.userkey`)."""
    try:
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - a build without the built-in module
        from hashlib import blake2b
    return blake2b(data, digest_size=32, key=key)


def stat_signature(folder: Path, suffix: str) -> list:
    """Name, size and modification time of every ``*suffix`` file under ``folder`` (walked
    once per command while a warm start is active: the run key, the source cache's salt and
    the warm store all ask)."""
    memo = _STAT_MEMO
    if memo is not None and (str(folder), suffix) in memo:
        return list(memo[(str(folder), suffix)])
    out = _walk_signature(folder, suffix)
    if memo is not None:
        memo[(str(folder), suffix)] = list(out)
    return out


def _signed_files(folder: Path, suffix: "str | tuple") -> Iterator[str]:
    """The paths of the files under ``folder`` whose names end in ``suffix`` (one or a tuple),
    in a stable order, past caches and hidden folders: what both signatures walk."""
    for top, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        for name in sorted(files):
            if name.endswith(suffix):
                yield os.path.join(top, name)


def _walk_signature(folder: Path, suffix: str) -> list:
    out = []
    for path in _signed_files(folder, suffix):
        try:
            st = os.stat(path)
        except OSError:
            continue
        out.append(f"{os.path.relpath(path, folder)}:{st.st_size}:{st.st_mtime_ns}")
    return out


def content_signature(folder: Path, suffixes: tuple) -> list:
    """Name and content hash of every file ending in one of ``suffixes`` under ``folder``:
    what a stored result depends on (an edit that keeps size and modification time still
    shows). Walked and hashed once per command while a warm start is active."""
    memo = _STAT_MEMO
    key = ("content", str(folder), suffixes)
    if memo is not None and key in memo:
        return list(memo[key])
    out = [f"{os.path.relpath(path, folder)}:{file_digest(path)}"
           for path in _signed_files(folder, suffixes)]
    if memo is not None:
        memo[key] = list(out)
    return out


def file_digest(path: str) -> str:
    """Content hash of one file ("-" when it cannot be read)."""
    memo = _DIGESTS
    try:
        st = os.stat(path)
        stamp = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
        if memo is not None:
            known = memo.get(path)
            if known is not None and known[:4] == stamp:
                return known[4]
        with open(path, "rb") as fh:
            digest = new_hash(fh.read()).hexdigest()
    except (OSError, ValueError):  # unreadable, or not a path (a NUL in a stored name)
        return "-"
    if memo is not None:
        import time

        if time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) > RACY_NS:
            memo[path] = stamp + [digest]
    return digest


def set_digest_memo(memo: Optional[dict]) -> None:
    """Reuse file digests of earlier processes (see ``_DIGESTS``); ``None`` ends it."""
    global _DIGESTS
    _DIGESTS = memo


def code_signature() -> str:
    """Hash of the quotecheck modules' names and contents."""
    parts = content_signature(PACKAGE_ROOT, (".py",))
    return new_hash("\n".join(parts).encode()).hexdigest()[:16]


def set_stat_memo(memo: Optional[dict]) -> None:
    """Share one walk of the code and rule folders among everything a command keys (``None``
    ends the sharing)."""
    global _STAT_MEMO
    _STAT_MEMO = memo
