"""Entry points of installed distributions, read straight from their metadata folders.

``importlib.metadata`` costs tens of milliseconds to import; a pre-commit run must start in
well under 150 ms, so the ``quotecheck`` group is found by reading the ``entry_points.txt``
of each ``*.dist-info`` / ``*.egg-info`` folder on ``sys.path`` (about a millisecond).
"""
from __future__ import annotations

import importlib
import os
import sys
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class EntryPoint:
    """One ``quotecheck`` entry point as declared by an installed distribution."""

    name: str
    value: str          # module or module:attribute
    dist: str
    version: str

    def load(self) -> Any:
        module, _, attr = self.value.partition(":")
        obj = importlib.import_module(module.strip())
        for part in filter(None, attr.strip().split(".")):
            obj = getattr(obj, part)
        return obj


def _dist_version(folder: str, name: str) -> tuple[str, str]:
    stem = name.rsplit(".", 1)[0]
    parts = stem.split("-")
    if len(parts) >= 2 and parts[1][:1].isdigit():
        return parts[0], parts[1]
    for meta in ("METADATA", "PKG-INFO"):
        try:
            with open(os.path.join(folder, meta), encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("Version:"):
                        return parts[0], line.split(":", 1)[1].strip()
                    if not line.strip():
                        break
        except OSError:
            continue
    return parts[0], "?"


def entry_points(group: str) -> list[EntryPoint]:
    """Entry points of ``group`` from the distributions on ``sys.path``.

    Reads ``*.dist-info`` / ``*.egg-info`` ``entry_points.txt`` files directly (the first
    distribution of a name on ``sys.path`` wins, as with importlib.metadata). Under a warm
    start (see :mod:`quotecheck.resources.warmstart`) the answer of an earlier process is
    reused while no metadata folder on ``sys.path`` has been added, removed or rewritten.
    """
    from quotecheck.resources.warmstart import data_key, remembered

    folders = _metadata_folders()
    key = data_key(group, folders)
    found = remembered(f"entry-points:{key}", lambda: [tuple(vars(ep).values())
                                                        for ep in _scan(group, folders)])
    return [EntryPoint(*fields) for fields in found]


def _metadata_folders() -> list:
    """(path entry, metadata folder, its modification time) on ``sys.path``: what the scan
    depends on (installing, removing or reinstalling a distribution changes it)."""
    out: list = []
    for entry in sys.path:
        try:
            listing = os.scandir(entry or ".")
        except OSError:
            continue
        with listing:
            for d in listing:
                if d.name.endswith((".dist-info", ".egg-info")):
                    try:
                        out.append((entry, d.name, d.stat().st_mtime_ns))
                    except OSError:
                        out.append((entry, d.name, None))
    out.sort(key=lambda t: (sys.path.index(t[0]), t[1]))
    return out


def _scan(group: str, folders: list) -> list[EntryPoint]:
    """The entry points of ``group``, read from the metadata folders that
    :func:`_metadata_folders` listed (``sys.path`` order, then name)."""
    header = f"[{group}]"
    seen: set = set()
    found: list[EntryPoint] = []
    for entry, name, _mtime in folders:
        folder = os.path.join(entry or ".", name)
        dist, version = _dist_version(folder, name)
        key = dist.lower().replace("-", "_").replace(".", "_")
        if key in seen:
            continue
        seen.add(key)
        try:
            with open(os.path.join(folder, "entry_points.txt"), encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError):
            continue
        if header not in text:
            continue
        if version == "?":
            version = _dist_version(folder, "x-?")[1]
        section = False
        for line in text.splitlines():
            line = line.strip()
            if line.startswith("["):
                section = line == header
            elif section and "=" in line and not line.startswith(("#", ";")):
                ep_name, value = (x.strip() for x in line.split("=", 1))
                found.append(EntryPoint(ep_name, value, dist, version))
    return found
