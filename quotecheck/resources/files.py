"""Reading files that someone else wrote: regular files only, never more than a size limit.

A FIFO would block every command, ``/dev/zero`` would fill memory and a huge file would stall
a pre-commit hook, so articles, manifests, configuration and rule files are all read here:
``stat`` before opening (devices are never opened), a non-blocking open, ``fstat`` again on
the open file (it may have been swapped), and at most ``limit`` bytes read.
"""
from __future__ import annotations

import os
import stat
from typing import Optional, Type

from quotecheck.errors import InputError, QuotecheckError

DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024  # bytes; ``max-file-size`` / ``--max-file-size``
_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024 ** 2, "mb": 1024 ** 2,
          "mib": 1024 ** 2, "g": 1024 ** 3, "gb": 1024 ** 3, "gib": 1024 ** 3}


def parse_size(value: object) -> Optional[int]:
    """A size in bytes from ``10485760``, ``"512k"``, ``"10MB"`` (units of 1024); None when
    ``value`` is not a positive size."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if not isinstance(value, str):
        return None
    text = value.strip().lower().replace(" ", "")
    digits = len(text) - len(text.lstrip("0123456789"))
    number, unit = text[:digits], text[digits:]
    if not number or unit not in _UNITS or len(number) > 15:
        return None
    size = int(number) * _UNITS[unit]
    return size if size > 0 else None


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words (for the message that skips it)."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def too_large(size: int, limit: int) -> str:
    """The message for a file over the size limit."""
    return (f"file too large ({size} bytes, limit {limit}; raise it with max-file-size or "
            "--max-file-size)")


def read_regular(path: "os.PathLike[str] | str", limit: Optional[int] = None,
                 error: Type[QuotecheckError] = InputError) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (default 10 MiB).

    Anything else (missing, unreadable, a FIFO, socket or device, a link loop, too large)
    raises ``error`` naming the file, with one line of explanation.
    """
    limit = DEFAULT_MAX_FILE_SIZE if limit is None else limit
    spath = os.fsdecode(path)
    try:
        before = os.stat(path)
        if not stat.S_ISREG(before.st_mode):
            raise error(f"{kind_of(before.st_mode)}, not a regular file: not read", path=spath)
        if before.st_size > limit:
            raise error(too_large(before.st_size, limit), path=spath)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror or exc}", path=spath) from None
    except ValueError:  # a NUL character in the name
        raise error("cannot read: invalid file name", path=spath) from None
    with os.fdopen(fd, "rb") as fh:
        try:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise error(f"{kind_of(st.st_mode)}, not a regular file: not read", path=spath)
            data = fh.read(limit + 1)
        except OSError as exc:
            raise error(f"cannot read: {exc.strerror or exc}", path=spath) from None
    if len(data) > limit:
        raise error(too_large(max(len(data), st.st_size), limit), path=spath)
    return data
