"""Which files a folder walk leaves out: ``exclude`` patterns of the configuration and the
``.gitignore`` files of the repository, both with gitignore semantics (pathspec).

Files named on the command line are always read; only what a walk finds is filtered. Each
``.gitignore`` applies to its own folder's subtree, from the repository root (the nearest
folder above with ``.git``) down; without a repository, from the walked folder down.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from quotecheck.config import path_matcher

_MAX_GITIGNORE = 1024 * 1024   # a larger .gitignore is not read


def _real(path) -> str:
    return os.path.realpath(path)


def _relative(path: str, folder: str) -> Optional[str]:
    """``path`` relative to ``folder`` with ``/`` separators, or None outside it."""
    if path == folder:
        return ""
    prefix = folder.rstrip(os.sep) + os.sep
    if not path.startswith(prefix):
        return None
    return path[len(prefix):].replace(os.sep, "/")


class WalkFilter:
    """``skip(path, is_dir)``: whether a walk leaves an entry out."""

    def __init__(self, exclude: Optional[list] = None, root: Optional[Path] = None,
                 gitignore: bool = True):
        self.exclude = path_matcher(list(exclude)) if exclude else None
        self.root = _real(root or os.getcwd())
        self.gitignore = gitignore
        self._specs: dict = {}   # folder -> matcher of its .gitignore, or None
        self._chains: dict = {}  # (folder, walked top) -> folders whose .gitignore applies

    def _spec(self, folder: str):
        if folder not in self._specs:
            spec = None
            path = os.path.join(folder, ".gitignore")
            try:
                if os.path.isfile(path) and os.path.getsize(path) <= _MAX_GITIGNORE:
                    with open(path, encoding="utf-8", errors="replace") as fh:
                        spec = path_matcher(fh.read().splitlines())
            except (OSError, ValueError):  # unreadable, or a pattern pathspec refuses
                spec = None
            self._specs[folder] = spec
        return self._specs[folder]

    def _folders(self, real: str, top: str) -> list:
        """Folders from the repository root (or ``top``) down to ``real``'s parent."""
        key = (os.path.dirname(real), top)
        if key not in self._chains:
            self._chains[key] = self._chain(key[0], top)
        return self._chains[key]

    @staticmethod
    def _chain(folder: str, top: str) -> list:
        chain = []
        while True:
            chain.append(folder)
            if os.path.exists(os.path.join(folder, ".git")):
                break
            parent = os.path.dirname(folder)
            if parent == folder:
                return [f for f in chain if _relative(f, top) is not None][::-1]
            folder = parent
        return chain[::-1]

    def skip(self, path: Path, is_dir: bool, top: Path) -> bool:
        """Whether the walk of ``top`` leaves ``path`` out."""
        real = _real(path)
        tail = "/" if is_dir else ""
        if self.exclude is not None:
            rel = _relative(real, self.root)
            if rel and self.exclude.match_file(rel + tail):
                return True
        if not self.gitignore:
            return False
        for folder in self._folders(real, _real(top)):
            spec = self._spec(folder)
            rel = _relative(real, folder)
            if spec is not None and rel and spec.match_file(rel + tail):
                return True
        return False
