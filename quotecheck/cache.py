"""On-disk cache of what the draft check derives from each source (``.quotecheck_cache/``).

Entries are pickles keyed by the source's content hash, under a folder named after a salt
of the quotecheck version, the code and rule files it runs (their sizes and modification
times) and the loaded plugins' versions, so a change to any of them starts afresh. A corrupt
or unreadable entry is ignored and rebuilt; ``--no-cache`` bypasses the cache entirely.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from quotecheck.resources.signature import FORMAT, new_hash, stat_signature

MAX_RUNS = 256  # whole-run results kept (the newest)


def salt(plugin_versions: Iterable[str] = ()) -> str:
    """Hash of everything a cached entry depends on besides the source text itself."""
    from quotecheck import __version__
    from quotecheck.resources.ruledata import rules_root

    parts = [f"format={FORMAT}", f"version={__version__}"]
    parts += stat_signature(Path(__file__).resolve().parent, ".py")
    parts += stat_signature(rules_root(), ".toml")
    parts += sorted(plugin_versions)
    return new_hash("\n".join(parts).encode()).hexdigest()[:16]


def content_key(*texts: str) -> str:
    """Hash of a source's identity and content."""
    h = new_hash()
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

    def get(self, key: str, plain: bool = False) -> Any:
        """The cached value or None (missing, corrupt or unreadable entries alike).

        ``plain`` entries (str, int, tuples, lists, dicts, None) use the built-in
        ``marshal`` so that a fully cached run imports nothing more; others are pickles.
        """
        if not self.enabled:
            return None
        try:
            with open(self._path(key), "rb") as fh:
                data = fh.read()
            if plain:
                import marshal

                return marshal.loads(data)
            import pickle

            return pickle.loads(data)
        except Exception:
            return None

    def put(self, key: str, value: Any, plain: bool = False) -> None:
        """Store a value atomically; failures (read-only folder, full disk) are ignored."""
        if not self.enabled:
            return
        try:
            if plain:
                import marshal

                data = marshal.dumps(value)
            else:
                import pickle

                data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            if not self.folder.is_dir():  # type: ignore[union-attr]
                self.folder.mkdir(parents=True, exist_ok=True)  # type: ignore[union-attr]
                self._prune_stale_salts()
            self._write_gitignore()
            tmp = self._path(f"{key}.{os.getpid()}.tmp")
            with open(tmp, "wb") as fh:
                fh.write(data)
            os.replace(tmp, self._path(key))
            if self.folder.name == "runs":  # type: ignore[union-attr]
                self._prune_runs()
        except Exception:
            return

    def _prune_stale_salts(self) -> None:
        """Remove entries written under other salts (older code, rules or plugins)."""
        import shutil

        root = self.folder.parent  # type: ignore[union-attr]
        for child in root.iterdir():
            if child.is_dir() and child != self.folder and child.name != "runs":
                shutil.rmtree(child, ignore_errors=True)

    def _prune_runs(self) -> None:
        names = os.listdir(self.folder)  # type: ignore[arg-type]
        if len(names) <= MAX_RUNS:
            return
        entries = sorted((self.folder / n for n in names),  # type: ignore[operator]
                         key=lambda p: p.stat().st_mtime)
        for old in entries[:len(names) - MAX_RUNS // 2]:
            old.unlink(missing_ok=True)

    def _write_gitignore(self) -> None:
        marker = self.folder.parent / ".gitignore"  # type: ignore[union-attr]
        if not marker.exists():
            marker.write_text("# created by quotecheck\n*\n", encoding="utf-8")

    def get_or_compute(self, key: str, compute: Callable[[], Any]) -> Any:
        """The cached value, else ``compute()`` stored for next time."""
        value = self.get(key)
        if value is not None:
            self.hits += 1
            return value
        self.misses += 1
        value = compute()
        self.put(key, value)
        return value


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
        out += stat_signature(builtin, ".py")
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
