"""On-disk cache of what the draft check derives from each source (``.quotecheck_cache/``).

Entries are pickles keyed by the source's content hash, under a folder named after a salt
of the quotecheck version, the code and rule files it runs (their sizes and modification
times) and the loaded plugins' versions, so a change to any of them starts afresh. A corrupt
or unreadable entry is ignored and rebuilt; ``--no-cache`` bypasses the cache entirely.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

FORMAT = 1


def _stat_signature(folder: Path, pattern: str) -> list:
    out = []
    for p in sorted(folder.rglob(pattern)):
        try:
            st = p.stat()
        except OSError:
            continue
        out.append(f"{p.relative_to(folder).as_posix()}:{st.st_size}:{st.st_mtime_ns}")
    return out


def salt(plugin_versions: Iterable[str] = ()) -> str:
    """Hash of everything a cached entry depends on besides the source text itself."""
    from . import __version__
    from .ruledata import rules_root

    parts = [f"format={FORMAT}", f"version={__version__}"]
    parts += _stat_signature(Path(__file__).resolve().parent, "*.py")
    parts += _stat_signature(rules_root(), "*.toml")
    parts += sorted(plugin_versions)
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def content_key(*texts: str) -> str:
    """Hash of a source's identity and content."""
    h = hashlib.sha256()
    for t in texts:
        h.update(t.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()[:32]


class Cache:
    """A folder of pickled entries under one salt; disabled caches compute every time."""

    def __init__(self, root: Optional[Path], salt_value: str = "", enabled: bool = True):
        self.enabled = enabled and root is not None
        self.folder = (Path(root) / salt_value) if self.enabled else None
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.pickle"  # type: ignore[operator]

    def get(self, key: str) -> Any:
        """The cached value or None (missing, corrupt or unreadable entries alike)."""
        if not self.enabled:
            return None
        try:
            with open(self._path(key), "rb") as fh:
                value = pickle.load(fh)
        except Exception:
            return None
        return value

    def put(self, key: str, value: Any) -> None:
        """Store a value atomically; failures (read-only folder, full disk) are ignored."""
        if not self.enabled:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)  # type: ignore[union-attr]
            self._write_gitignore()
            tmp = self._path(f"{key}.{os.getpid()}.tmp")
            with open(tmp, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self._path(key))
        except Exception:
            return

    def _write_gitignore(self) -> None:
        marker = self.folder.parent / ".gitignore"  # type: ignore[union-attr]
        if not marker.exists():
            marker.write_text("# created by quotecheck\n*\n", encoding="utf-8")

    def get_or_compute(self, key: str, compute: Callable[[], Any]) -> Any:
        value = self.get(key)
        if value is not None:
            self.hits += 1
            return value
        self.misses += 1
        value = compute()
        self.put(key, value)
        return value
