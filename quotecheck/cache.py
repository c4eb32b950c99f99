"""On-disk cache of what the draft check derives from each source (``.quotecheck_cache/``).

Entries are JSON data (never pickles: loading runs no code), keyed by the source's content
hash, under a folder named after a salt of the quotecheck version, the contents of its code
and rule files and the loaded plugins' versions, so a change to any of them starts afresh.
Each entry carries a MAC made with the user's secret key (:mod:`.resources.userkey`), bound
to the entry's name: an entry a repository planted, or a valid one moved, is a miss. A
corrupt, unsigned or unexpected entry is a miss and is rebuilt; ``--no-cache`` bypasses it.

The cache only uses folders it made itself (marked with a ``CACHEDIR.TAG`` it wrote), never
follows a symbolic link, and deletes only files named like its own entries inside such
folders: a ``.quotecheck_cache`` that is a link, or not quotecheck's, is refused
(:func:`refusal`) and the run goes on without the cache.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from quotecheck.resources.signature import FORMAT, content_signature, new_hash

MAX_RUNS = 256  # whole-run results kept (the newest)
MAX_ENTRY_BYTES = 64 << 20  # larger files are not quotecheck's entries: a miss
TAG_NAME = "CACHEDIR.TAG"  # https://bford.info/cachedir/ (backup tools skip the folder)
TAG = (b"Signature: 8a477f597d28d172789f06886806bc55\n"
       b"# a cache folder made by quotecheck (signed data entries; safe to delete)\n")
_HEX = frozenset("0123456789abcdef")
HEADER = b"quotecheck-entry 1 "  # then the MAC in hex, a newline and the JSON text
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def salt(plugin_versions: Iterable[str] = ()) -> str:
    """Hash of everything a cached entry depends on besides the source text itself."""
    from quotecheck import __version__
    from quotecheck.resources.ruledata import rules_root

    parts = [f"format={FORMAT}", f"version={__version__}"]
    parts += content_signature(Path(__file__).resolve().parent, (".py",))
    parts += content_signature(rules_root(), (".toml", ".txt"))
    parts += sorted(plugin_versions)
    return new_hash("\n".join(parts).encode()).hexdigest()[:16]


def content_key(*texts: str) -> str:
    """Hash of a source's identity and content."""
    h = new_hash()
    for t in texts:
        h.update(t.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()[:32]


def is_entry_name(name: str) -> bool:
    """Whether a file name is one the cache writes (``[run-]<32 hex>.json``, or its
    ``.json.<pid>.tmp`` while being written): the only files it ever deletes. (No regular
    expression: a replayed run compiles none, so it never reads the warm store.)"""
    stem, _dot, rest = name.partition(".")
    if stem.startswith("run-"):
        stem = stem[4:]
    if len(stem) != 32 or not set(stem) <= _HEX:
        return False
    if rest == "json":
        return True
    parts = rest.split(".")
    return (len(parts) == 3 and parts[0] == "json" and parts[1].isascii()
            and parts[1].isdigit() and parts[2] == "tmp")


# -- folders the cache may use ------------------------------------------------------------
def refusal(root: Path) -> Optional[str]:
    """Why the cache folder ``root`` must not be used (it, or its ``runs`` folder, is a
    symbolic link, not a folder, or not one quotecheck made), or None when it is usable or
    does not exist yet."""
    why = _problem(Path(root), create=False, missing_ok=True)
    if why is None and os.path.lexists(Path(root) / "runs"):
        inner = _problem(Path(root) / "runs", create=False)
        return f"its runs folder {inner}" if inner else None
    return why


def _problem(folder: Path, create: bool, missing_ok: bool = False,
             gitignore: bool = False) -> Optional[str]:
    """None when ``folder`` is a real folder quotecheck marked (made and marked now when
    missing and ``create``); else a short reason."""
    try:
        st = os.lstat(folder)
    except FileNotFoundError:
        if missing_ok:
            return None
        if not create:
            return "missing"
        return _make(folder, gitignore)
    except OSError as exc:
        return f"cannot read it ({exc.strerror})"
    if stat.S_ISLNK(st.st_mode):
        return "is a symbolic link"
    if not stat.S_ISDIR(st.st_mode):
        return "is not a folder"
    if _read_small(folder / TAG_NAME, len(TAG)) != TAG:
        return f"was not made by quotecheck (no {TAG_NAME} of its own)"
    return None


def _make(folder: Path, gitignore: bool) -> Optional[str]:
    try:
        os.mkdir(folder)
    except FileExistsError:
        return _problem(folder, create=False)
    except OSError as exc:
        return f"cannot create it ({exc.strerror})"
    try:
        if gitignore:
            _write_new(folder / ".gitignore", b"# created by quotecheck\n*\n")
        _write_new(folder / TAG_NAME, TAG)  # last: a half-made folder is not claimed
    except OSError as exc:
        return f"cannot mark it ({exc.strerror})"
    return None


def _write_new(path: Path, data: bytes) -> None:
    """Write a file that must not exist yet (never through a link)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


def _read_small(path: Path, limit: int) -> Optional[bytes]:
    """The bytes of a regular file (not a link) up to ``limit``, or None."""
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
            return None
        chunks, size = [], 0
        while size < st.st_size:
            chunk = os.read(fd, st.st_size - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


class Cache:
    """A folder of signed JSON entries under one salt; disabled caches compute every time."""

    def __init__(self, root: Optional[Path], salt_value: str = "", enabled: bool = True,
                 key: Optional[bytes] = None):
        self.enabled = enabled and root is not None
        self.root = Path(root) if self.enabled else None  # type: ignore[arg-type]
        self.folder = (self.root / salt_value) if self.enabled else None  # type: ignore
        self._key = key
        self._readable: Optional[bool] = None
        self.hits = 0
        self.misses = 0

    @property
    def key(self) -> Optional[bytes]:
        """The user's secret key (None: nothing is read or written)."""
        if self._key is None:
            from quotecheck.resources.userkey import user_key

            self._key = user_key() or b""
        return self._key or None

    def _path(self, name: str) -> Path:
        return self.folder / f"{name}.json"  # type: ignore[operator]

    def _usable(self) -> bool:
        """Whether the root and this folder exist and are quotecheck's (checked once)."""
        if self._readable is None:
            self._readable = (_problem(self.root, create=False) is None  # type: ignore
                              and _problem(self.folder, create=False) is None)  # type: ignore
        return self._readable

    def get(self, name: str, decode: Optional[Callable[[Any], Any]] = None) -> Any:
        """The cached value (through ``decode``, which validates the shape and raises on
        anything unexpected) or None: missing, corrupt, unsigned or unreadable alike."""
        if not self.enabled or not is_entry_name(f"{name}.json"):
            return None
        key = self.key
        if key is None or not self._usable():
            return None
        data = _read_small(self._path(name), MAX_ENTRY_BYTES)
        if data is None or not data.startswith(HEADER):
            return None
        try:
            from quotecheck.resources.userkey import verify

            line_end = data.index(b"\n")
            mac, body = data[len(HEADER):line_end].decode("ascii"), data[line_end + 1:]
            if not verify(key, name, body, mac):
                return None
            import json

            value = json.loads(body.decode("utf-8"))
            return decode(value) if decode is not None else value
        except Exception:
            return None

    def put(self, name: str, value: Any, encode: Optional[Callable[[Any], Any]] = None) -> None:
        """Store a value (``encode``d to plain JSON data first) atomically; failures (a
        refused or read-only folder, a full disk) are ignored."""
        if not self.enabled or not is_entry_name(f"{name}.json"):
            return
        key = self.key
        if key is None:
            return
        try:
            import json

            from quotecheck.resources.userkey import sign

            plain = encode(value) if encode is not None else value
            body = json.dumps(plain, separators=(",", ":")).encode("utf-8")
            data = HEADER + sign(key, name, body).encode("ascii") + b"\n" + body
            if not self._claim():
                return
            tmp = self.folder / f"{name}.json.{os.getpid()}.tmp"  # type: ignore[operator]
            _write_new(tmp, data)
            os.replace(tmp, self._path(name))
            if self.folder.name == "runs":  # type: ignore[union-attr]
                self._prune_runs()
        except Exception:
            return

    def _claim(self) -> bool:
        """Make (or check) the root and this folder; a new salt folder prunes stale ones."""
        if _problem(self.root, create=True, gitignore=True) is not None:  # type: ignore
            return False
        existed = os.path.lexists(self.folder)  # type: ignore[arg-type]
        if _problem(self.folder, create=True) is not None:  # type: ignore[arg-type]
            return False
        self._readable = True
        if not existed and self.folder.name != "runs":  # type: ignore[union-attr]
            self._prune_stale_salts()
        return True

    def _prune_stale_salts(self) -> None:
        """Remove entries written under other salts (older code, rules or plugins): only in
        folders quotecheck marked, only files named like its entries, never through links."""
        with os.scandir(self.root) as listing:  # type: ignore[arg-type]
            folders = [Path(d.path) for d in listing
                       if d.name not in ("runs", self.folder.name)  # type: ignore[union-attr]
                       and d.is_dir(follow_symlinks=False)]
        for folder in folders:
            if _problem(folder, create=False) is not None:
                continue
            for entry in _own_entries(folder):
                _unlink(entry.path)
            if not any(n != TAG_NAME for n in os.listdir(folder)):
                _unlink(os.path.join(folder, TAG_NAME))
                try:
                    os.rmdir(folder)
                except OSError:
                    pass

    def _prune_runs(self) -> None:
        entries = _own_entries(self.folder)  # type: ignore[arg-type]
        if len(entries) <= MAX_RUNS:
            return
        entries.sort(key=lambda e: e.stat(follow_symlinks=False).st_mtime)
        for old in entries[:len(entries) - MAX_RUNS // 2]:
            _unlink(old.path)

    def get_or_compute(self, name: str, compute: Callable[[], Any],
                       encode: Optional[Callable[[Any], Any]] = None,
                       decode: Optional[Callable[[Any], Any]] = None) -> Any:
        """The cached value, else ``compute()`` stored for next time."""
        value = self.get(name, decode)
        if value is not None:
            self.hits += 1
            return value
        self.misses += 1
        value = compute()
        self.put(name, value, encode)
        return value


def _own_entries(folder: Path) -> list:
    """The regular files of ``folder`` named like the cache's entries (its only deletions)."""
    try:
        with os.scandir(folder) as listing:
            return [e for e in listing
                    if is_entry_name(e.name) and e.is_file(follow_symlinks=False)]
    except OSError:
        return []


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


# -- whole-run results -------------------------------------------------------------------------
def _hash_path(h, path: str) -> None:
    """Feed a file's bytes, or every file under a folder (names and bytes), into ``h``."""
    h.update(b"\x01" + os.fsencode(os.path.abspath(path)))
    if os.path.isdir(path):
        for top, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                _hash_file(h, os.path.join(top, name))
    else:
        _hash_file(h, path)


def _hash_file(h, path: str) -> None:
    h.update(b"\x02" + os.fsencode(path))
    try:
        with open(path, "rb") as fh:
            h.update(new_hash(fh.read()).digest())
    except OSError:
        h.update(b"\x00unreadable")


def _environment_signature() -> list:
    """What else can change a run: the code and rule files (salt), the site-packages folders
    on sys.path (their modification time changes when a package, hence a plugin, is
    installed), and the environment variables quotecheck reads."""
    import sys

    out = [salt()]
    for entry in sys.path:
        if not entry.rstrip("/\\").endswith(("site-packages", "dist-packages")):
            continue  # the working folder changes when the cache itself is written
        try:
            out.append(f"{entry}:{os.stat(entry).st_mtime_ns}")
        except OSError:
            continue
    builtin = Path(__file__).resolve().parent.parent / "plugins" / "builtin"
    if builtin.is_dir():
        out += content_signature(builtin, (".py",))
    for var in sorted(os.environ):
        if var.startswith("QUOTECHECK_") or var in ("NO_COLOR", "FORCE_COLOR", "COLUMNS",
                                                    "TERM", "GITHUB_ACTIONS"):
            out.append(f"{var}={os.environ[var]}")
    return out


def run_key(argv: Iterable[str], inputs: Iterable[str], config_path: Optional[Path],
            extra: Iterable[str] = ()) -> str:
    """Key of a whole ``check`` run: options, configuration, every input file's bytes, and
    the environment signature. Equal keys give equal output."""
    h = new_hash()
    for part in (*argv, os.getcwd(), *extra, *_environment_signature()):
        h.update(str(part).encode("utf-8", "surrogatepass") + b"\x00")
    if config_path is not None:
        _hash_file(h, str(config_path))
    for path in inputs:
        _hash_path(h, str(path))
    return "run-" + h.hexdigest()[:32]
