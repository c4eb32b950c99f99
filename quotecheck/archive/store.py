"""The archive folder on disk: paths, settings, atomic writes, safe reads and the update lock.

Every stage output is content-addressed (its name carries a hash of its inputs), written to
a temporary file and moved into place with ``os.replace``: a killed task leaves at most a
stray temporary file, a retried task writes the identical file, and an output that exists
and reads is a stage already done. Files hold data only (JSON, JSON Lines, Parquet); a file
that does not parse is a miss, never a crash.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Optional

from quotecheck.errors import ConfigError, UsageError

FORMAT = "quotecheck-archive/1"
SETTINGS_NAME = "archive.json"
INDEX_NAME = "index.sqlite"
LOCK_NAME = "update.lock"
# Bumped when a stage's output would change for the same input (old outputs are then misses).
STAGE_VERSION = {"day": "1", "pairs": "2", "stories": "1", "story": "2", "families": "6"}


@dataclass(frozen=True)
class Settings:
    """Fixed when the archive is created: changing them would make earlier outputs disagree
    with later ones (incremental updates must equal one batch run)."""

    window_days: int = 2       # candidate pairs within +-window_days
    key_cap: int = 50          # a key in more articles of a window than this links nothing,
    key_df_pct: int = 10       # ... or than this percentage of the window's articles if more
    min_weight: int = 45       # with that larger cap, a pair's shared keys' summed
                               # ln(window articles / articles with the key) is at least this
                               # (growing to it with ln(cap / key_cap) when weight_scaled)
    min_shared: int = 8        # a candidate pair shares at least this many keys ...
    min_share_pct: int = 15    # ... and this percentage of the smaller article's keys
    top_k: int = 5             # the strongest pairs per article and window
    max_story: int = 200       # a larger connected group is split by sub-window
    weight_scaled: int = 1     # 1: min_weight scaled by the window (archives made before: 0)

    def as_dict(self) -> dict:
        return asdict(self)

    def signature(self) -> dict:
        """The settings as stage outputs are named by: ``weight_scaled`` only when set, so
        an archive made before it keeps its pair files."""
        out = self.as_dict()
        if not out["weight_scaled"]:
            del out["weight_scaled"]
        return out


def digest(*parts: Any) -> str:
    """A stable hex hash of JSON-serialisable parts (names of content-addressed files)."""
    h = hashlib.sha256()
    for p in parts:
        h.update(json.dumps(p, sort_keys=True, ensure_ascii=False).encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and os.replace."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write_json(path: Path, data: Any) -> None:
    atomic_write_bytes(path, json.dumps(data, ensure_ascii=False, sort_keys=True,
                                        separators=(",", ":")).encode("utf-8"))


def read_json(path: Path) -> Optional[Any]:
    """The JSON data in ``path``, or None when it is missing or does not parse (a miss)."""
    try:
        with open(path, "rb") as fh:
            return json.loads(fh.read().decode("utf-8"))
    except (OSError, ValueError):
        return None


def temp_path(path: Path) -> Path:
    """A fresh temporary name beside ``path`` (for writers such as DuckDB's COPY)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=str(path.parent))
    os.close(fd)
    return Path(tmp)


class Archive:
    """Paths of one archive folder (``root``) and its fixed settings."""

    def __init__(self, root, settings: Settings):
        self.root = Path(root)
        self.settings = settings

    @property
    def index_path(self) -> Path:
        return self.root / INDEX_NAME

    def raw_path(self, day: str, name: str) -> Path:
        return self.root / "raw" / day / f"{name}.jsonl"

    def day_path(self, day: str, sig: str) -> Path:
        return self.root / "days" / day / f"articles-{sig[:20]}.parquet"

    def pairs_path(self, day: str, sig: str) -> Path:
        return self.root / "pairs" / f"{day}-{sig[:20]}.parquet"

    def story_path(self, sig: str) -> Path:
        return story_file(self.root, sig)

    def families_path(self, sig: str) -> Path:
        return self.root / "families" / f"families-{sig[:20]}.jsonl"

    def membership_path(self, sig: str) -> Path:
        return self.root / "stories" / f"membership-{sig[:20]}.json"

    def renderings_path(self, sig: str, part: int = 0) -> Path:
        return self.root / "families" / f"renderings-{sig[:20]}-{part}.parquet"

    def family_part_path(self, sig: str, part: int) -> Path:
        return self.root / "families" / f"families-{sig[:20]}-{part}.jsonl"

    def story_list_path(self, sig: str) -> Path:
        return self.root / "families" / f"stories-{sig[:20]}.json"


def story_file(root, sig: str) -> Path:
    """Where the per-story stage writes the story with membership hash ``sig``."""
    return Path(root) / "stories" / sig[:2] / f"{sig[:32]}.json"


def open_archive(root, create: bool = False, settings: Optional[Settings] = None) -> Archive:
    """The archive at ``root``; with ``create`` a missing one is made with ``settings``.

    Settings given for an existing archive must match the stored ones (UsageError): they
    decide which articles link, so they cannot change between updates.
    """
    root = Path(root)
    stored = read_json(root / SETTINGS_NAME)
    if stored is None:
        if (root / SETTINGS_NAME).exists():
            raise ConfigError("archive settings file is unreadable or corrupt",
                              path=str(root / SETTINGS_NAME))
        if not create:
            raise UsageError(f"no archive at {root} (run 'quotecheck archive update' first)")
        if root.exists() and not root.is_dir():
            raise UsageError(f"{root} exists and is not a folder")
        settings = settings or Settings()
        root.mkdir(parents=True, exist_ok=True)
        atomic_write_json(root / SETTINGS_NAME, {"format": FORMAT, **settings.as_dict()})
        return Archive(root, settings)
    if not isinstance(stored, dict) or stored.get("format") != FORMAT:
        raise ConfigError(f"not a {FORMAT} archive", path=str(root / SETTINGS_NAME))
    try:
        have = stored_settings(stored)
    except (TypeError, ValueError):
        raise ConfigError("archive settings are invalid", path=str(root / SETTINGS_NAME)) from None
    if settings is not None and settings != have:
        diff = ", ".join(f"{k} {v} (archive has {getattr(have, k)})"
                         for k, v in settings.as_dict().items() if getattr(have, k) != v)
        raise UsageError(f"{root}: settings are fixed when an archive is created: {diff}")
    return Archive(root, have)


def stored_settings(stored: dict) -> Settings:
    """The Settings of a settings file's data; fields added since it was written take the
    value that reproduces the old behaviour (``key_df_pct`` 0: the fixed cap alone), so an
    archive made before them keeps linking as it did (incremental stays equal to batch)."""
    fields = {k: int(v) for k, v in stored.items() if k != "format"}
    fields.setdefault("key_df_pct", 0)
    fields.setdefault("min_weight", 0)
    fields.setdefault("weight_scaled", 0)
    return Settings(**fields)


class UpdateLock:
    """An exclusive lock on the archive for one updater (``fcntl.flock``: the kernel drops it
    when the process dies, even by kill -9). A second updater is refused with the holder's pid."""

    def __init__(self, root):
        self.path = Path(root) / LOCK_NAME
        self._fd: Optional[int] = None

    def __enter__(self) -> "UpdateLock":
        import fcntl

        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            try:
                holder = os.read(fd, 32).decode("ascii", "replace").strip() or "?"
            finally:
                os.close(fd)
            raise UsageError(f"{self.path.parent}: another update is running (pid {holder}); "
                             "try again when it has finished") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        self._fd = fd
        return self

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            import fcntl

            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
