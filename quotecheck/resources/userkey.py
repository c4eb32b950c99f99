"""The per-user secret that signs what quotecheck stores, so it only replays its own entries.

Caches live where a repository can plant files (``.quotecheck_cache/``) and the warm store in
a per-user folder; every stored entry carries a keyed BLAKE2b hash (a MAC) made with a
random key kept outside any repository (``$XDG_CACHE_HOME/quotecheck/secret.key``, mode 0600).
Without a readable key nothing is replayed (see docs/security.md).
"""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Optional

KEY_NAME = "secret.key"
KEY_BYTES = 32
_KEYS: dict = {}  # folder -> key (or None): read once per process


def user_cache_dir() -> Path:
    """The per-user cache folder (``$XDG_CACHE_HOME/quotecheck`` or ``~/.cache/quotecheck``)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "quotecheck"


def user_key(folder: Optional[Path] = None) -> Optional[bytes]:
    """The secret key of this user (created on first use), or None when it cannot be read
    or written safely (a link, another owner, permissions open to others, a short file)."""
    where = str(folder or user_cache_dir())
    if where not in _KEYS:
        _KEYS[where] = _read_or_create(Path(where) / KEY_NAME)
    return _KEYS[where]


def forget_keys() -> None:
    """Drop the keys read by this process (tests that change ``XDG_CACHE_HOME``)."""
    _KEYS.clear()


def _read_or_create(path: Path) -> Optional[bytes]:
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, os.O_RDONLY | nofollow)
    except FileNotFoundError:
        return _create(path)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_mode & 0o077:
            return None
        if hasattr(os, "getuid") and st.st_uid != os.getuid():
            return None
        key = os.read(fd, KEY_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    return key if len(key) == KEY_BYTES else None


def _create(path: Path) -> Optional[bytes]:
    """A new random key, written with mode 0600; None if another process raced us to it or
    the folder is not writable (then this run replays nothing)."""
    key = os.urandom(KEY_BYTES)
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                     | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:
        return _read_or_create(path) if not path.is_symlink() else None
    except OSError:
        return None
    try:
        os.write(fd, key)
    except OSError:
        return None
    finally:
        os.close(fd)
    return key


def sign(key: bytes, name: str, data: bytes) -> str:
    """The MAC of ``data`` stored under ``name`` (binding an entry to its key: a valid entry
    copied under another name does not verify)."""
    from quotecheck.resources.signature import new_hash

    h = new_hash(key=key)
    h.update(name.encode("utf-8", "surrogatepass") + b"\x00")
    h.update(data)
    return h.hexdigest()


def verify(key: Optional[bytes], name: str, data: bytes, mac: str) -> bool:
    """Whether ``mac`` is this user's MAC of ``data`` under ``name`` (constant time)."""
    from _operator import _compare_digest  # what hmac.compare_digest is, without hashlib

    if key is None or not isinstance(mac, str) or not mac.isascii():
        return False
    return _compare_digest(sign(key, name, data), mac)
