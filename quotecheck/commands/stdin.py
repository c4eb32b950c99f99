"""A draft on standard input (``quotecheck check - --stdin-filename story.md``), for editors
and CMS hooks: read once, named by ``--stdin-filename`` (its format, its configuration, its
per-file ignores), and keyed into the run cache by its content.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

STDIN = "-"


def stdin_name(app) -> str:
    """The name standard input goes by: ``--stdin-filename``, else ``stdin.md``."""
    return app.option("stdin_filename") or "stdin.md"


def stdin_bytes(app) -> bytes:
    """Standard input's bytes, read on first use and kept on the application."""
    data = getattr(app, "_stdin_data", None)
    if data is None:
        stream = getattr(sys.stdin, "buffer", None)
        raw = stream.read() if stream is not None else (sys.stdin.read() if sys.stdin else "")
        data = raw if isinstance(raw, bytes) else str(raw).encode("utf-8", "surrogatepass")
        app._stdin_data = data
    return data


def stdin_key(app, paths) -> list:
    """Extra run-cache key parts: the content of standard input when a path is ``-``."""
    if STDIN not in paths:
        return []
    return [f"stdin={stdin_name(app)}:{hashlib.sha256(stdin_bytes(app)).hexdigest()}"]


def config_target(app, path: str) -> Path:
    """Where to look for the configuration of ``path`` (the stdin file name for ``-``)."""
    return Path(stdin_name(app)) if path == STDIN else Path(path)


def load_stdin(app, role: str, max_file_size: int):
    """The draft on standard input as a Document; raises InputError for bad bytes."""
    from quotecheck.errors import InputError
    from quotecheck.load.loader import EXTENSIONS, decode, load_text

    name = stdin_name(app)
    data = stdin_bytes(app)
    if max_file_size and len(data) > max_file_size:
        raise InputError(f"standard input larger than --max-file-size ({max_file_size} bytes)",
                         path=name)
    text = decode(data, name)
    fmt = EXTENSIONS.get(Path(name).suffix.lower(), "text")
    return load_text(text, Path(name).name, path=name, fmt=fmt, role=role)
