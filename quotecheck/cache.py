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

FORMAT = 2  # 2: BLAKE2b keys


def new_hash(data: bytes = b""):
    """A BLAKE2b hash object (32-byte digest) from the interpreter's built-in module: no
    ``hashlib`` OpenSSL start-up (a few ms of every run), and fast on large rule files."""
    try:
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - a build without the built-in module
        from hashlib import blake2b
    return blake2b(data, digest_size=32)

MAX_RUNS = 256  # whole-run results kept (the newest)


def _stat_signature(folder: Path, suffix: str) -> list:
    """Name, size and modification time of every ``*suffix`` file under ``folder`` (walked
    once per command while a warm start is active: the run key, the source cache's salt and
    the warm store all ask)."""
    memo = _ACTIVE.stat_memo if _ACTIVE is not None else None
    if memo is not None and (str(folder), suffix) in memo:
        return list(memo[(str(folder), suffix)])
    out = _walk_signature(folder, suffix)
    if memo is not None:
        memo[(str(folder), suffix)] = list(out)
    return out


def _walk_signature(folder: Path, suffix: str) -> list:
    out = []
    for top, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        for name in sorted(files):
            if name.endswith(suffix):
                try:
                    st = os.stat(os.path.join(top, name))
                except OSError:
                    continue
                out.append(f"{os.path.relpath(os.path.join(top, name), folder)}:"
                           f"{st.st_size}:{st.st_mtime_ns}")
    return out


def code_signature() -> str:
    """Hash of the quotecheck modules' names, sizes and modification times."""
    parts = _stat_signature(Path(__file__).resolve().parent, ".py")
    return new_hash("\n".join(parts).encode()).hexdigest()[:16]


def _rules_root() -> Path:
    import quotecheck_rules

    return Path(quotecheck_rules.__file__).resolve().parent


def salt(plugin_versions: Iterable[str] = ()) -> str:
    """Hash of everything a cached entry depends on besides the source text itself."""
    from . import __version__

    parts = [f"format={FORMAT}", f"version={__version__}"]
    parts += _stat_signature(Path(__file__).resolve().parent, ".py")
    parts += _stat_signature(_rules_root(), ".toml")
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
        out += _stat_signature(builtin, ".py")
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


# -- warm start: compiled regular expressions and parsed TOML kept across processes -----------
WARM_MAX_BYTES = 3 << 20  # beyond this, a save keeps only what the latest run used (the
# store is read whole by every run: about 2 ms per MB)


def user_cache_dir() -> Path:
    """The per-user cache folder (``$XDG_CACHE_HOME/quotecheck`` or ``~/.cache/quotecheck``)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "quotecheck"


def _regex_internals():
    """(the ``re`` compiler module, its parser module, ``_sre``) of this Python."""
    import re
    import _sre

    compiler = getattr(re, "_compiler", None)
    parser = getattr(re, "_parser", None)
    if compiler is None or parser is None:  # Python 3.10
        import sre_compile as compiler  # noqa: F811
        import sre_parse as parser  # noqa: F811
    return compiler, parser, _sre


class WarmStart:
    """Regex bytecode and parsed TOML of earlier runs, so a new process skips re-deriving them.

    Python's ``re`` parses and compiles every pattern afresh in each process; the extractor's
    and the rule packs' large patterns dominate a short run. The compiled program of a
    pattern (what ``re`` hands to ``_sre.compile``) depends only on the pattern, its flags and
    the Python build, so it is stored keyed by those and replayed. Parsed TOML is stored keyed
    by the file's bytes. Entries are marshalled; the file is named after the Python version
    and the regex engine's magic number, so another interpreter never reads them.
    """

    def __init__(self, folder: Path, name: str = "warm"):
        import sys

        _compiler, _parser, sre = _regex_internals()
        tag = f"{sys.implementation.cache_tag}-{sre.MAGIC}-{FORMAT}"
        self.name = name
        self.path = Path(folder) / f"{name}-{tag}.marshal"
        self._regex: Optional[dict] = None  # read on first use: a run that compiles and
        self._memo: Optional[dict] = None   # parses nothing never reads the file
        self.used_regex: dict = {}
        self.used_memo: dict = {}
        self.dirty = False
        self._saved_compile = None
        self.stat_memo: dict = {}  # (folder, suffix) -> stat signature, this command only

    def _load(self) -> None:
        self._regex, self._memo = {}, {}
        self.code = code_signature()
        try:
            import marshal

            with open(self.path, "rb") as fh:
                data = marshal.loads(fh.read())
            if isinstance(data, dict):
                self._regex = data.get("regex") or {}
                # derived values depend on the code that derived them: a changed module
                # drops them all (regex programs depend only on the Python build)
                if data.get("code") == self.code:
                    self._memo = data.get("memo") or {}
        except Exception:
            self._regex, self._memo = {}, {}

    @property
    def regex(self) -> dict:
        """(pattern, flags) → stored program."""
        if self._regex is None:
            self._load()
        return self._regex  # type: ignore[return-value]

    @property
    def memo(self) -> dict:
        """key → marshalled value."""
        if self._memo is None:
            self._load()
        return self._memo  # type: ignore[return-value]

    # regular expressions
    def compile(self, p, flags=0):
        """Drop-in for ``re``'s internal compile: replay a stored program or derive and store it."""
        compiler, parser, sre = _regex_internals()
        if not isinstance(p, (str, bytes)) or flags & compiler.SRE_FLAG_DEBUG:
            return self._saved_compile(p, flags)
        key = (p, int(flags))
        entry = self.regex.get(key)
        if entry is not None:
            try:
                pattern = sre.compile(p, entry[0], entry[1], entry[2], entry[3], entry[4])
                self.used_regex[key] = entry
                return pattern
            except Exception:
                pass
        try:  # the steps of re's own compile, keeping the program it hands to _sre
            tree = parser.parse(p, flags)
            code = compiler._code(tree, flags)
            groupindex = dict(tree.state.groupdict)
            indexgroup = [None] * tree.state.groups
            for name, i in groupindex.items():
                indexgroup[i] = name
            entry = (int(flags | tree.state.flags), [int(c) for c in code],  # plain ints
                     int(tree.state.groups - 1), groupindex, tuple(indexgroup))
            pattern = sre.compile(p, *entry)
        except Exception:  # a bad pattern, or internals this Python does not have:
            return self._saved_compile(p, flags)  # re's own compile (and its own error)
        self.regex[key] = self.used_regex[key] = entry
        self.dirty = True
        return pattern

    # derived data: parsed TOML, word maps, lexicon patterns
    def remember(self, key: str, compute: Callable[[], Any]) -> Any:
        """``compute()``'s value under ``key``, stored for next time when marshal can hold
        it; every call returns a fresh object (callers may change what they get)."""
        import marshal

        blob = self.memo.get(key)
        if blob is not None:
            try:
                value = marshal.loads(blob)
                self.used_memo[key] = blob
                return value
            except Exception:
                pass
        value = compute()
        try:
            blob = marshal.dumps(value)
        except ValueError:  # not plain data (dates and times): compute each time
            return value
        self.memo[key] = self.used_memo[key] = blob
        self.dirty = True
        return value

    def toml_loads(self, data: bytes, parse: Callable[[], Any]) -> Any:
        """``parse()``'s value for a TOML file's bytes (see :meth:`remember`)."""
        return self.remember("toml:" + new_hash(data).hexdigest(), parse)

    def install(self) -> "WarmStart":
        """Route this process's regex compilation and rule-file parsing through the store."""
        from . import ruledata

        compiler, _parser, _sre = _regex_internals()
        self._saved_compile = compiler.compile
        compiler.compile = self.compile
        ruledata.set_toml_memo(self.toml_loads)
        global _ACTIVE
        _ACTIVE = self
        return self

    def uninstall(self) -> None:
        """Undo :meth:`install` and save what is new (failures are ignored)."""
        from . import ruledata

        compiler, _parser, _sre = _regex_internals()
        if self._saved_compile is not None and compiler.compile == self.compile:
            compiler.compile = self._saved_compile
        self._saved_compile = None
        ruledata.set_toml_memo(None)
        global _ACTIVE
        if _ACTIVE is self:
            _ACTIVE = None
        self.save()

    def save(self) -> None:
        """Write the store if this run added to it; past ``WARM_MAX_BYTES`` keep only what
        this run used (entries of edited rule files and other runs age out)."""
        if not self.dirty:
            return
        import marshal

        try:
            data = marshal.dumps({"regex": self.regex, "memo": self.memo,  # dirty: loaded
                                  "code": self.code})
            if len(data) > WARM_MAX_BYTES:
                data = marshal.dumps({"regex": self.used_regex, "memo": self.used_memo,
                                      "code": self.code})
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, self.path)
            self.dirty = False
            for stale in self.path.parent.glob(f"{self.name}-*.marshal"):  # older formats
                if stale != self.path:
                    stale.unlink(missing_ok=True)
        except Exception:
            pass

    def __enter__(self) -> "WarmStart":
        return self.install()

    def __exit__(self, *exc) -> None:
        self.uninstall()


def warm_start(enabled: bool = True, folder: Optional[Path] = None, name: str = "warm"):
    """A context in which regex compilation and rule-file parsing reuse earlier processes'
    work (see :class:`WarmStart`); a no-op context when disabled. ``name`` keeps one store
    per command, so that each loads only what it uses."""
    import contextlib

    if not enabled:
        return contextlib.nullcontext()
    try:
        return WarmStart(folder or user_cache_dir(), name)
    except Exception:
        return contextlib.nullcontext()


_ACTIVE: Optional[WarmStart] = None


def remembered(key: str, compute: Callable[[], Any]) -> Any:
    """``compute()``, or its value from an earlier process while a warm start is active.
    ``key`` must name everything the value depends on (hash the inputs into it)."""
    if _ACTIVE is None:
        return compute()
    return _ACTIVE.remember(key, compute)


def data_key(*parts: Any) -> str:
    """A hash of plain data (str, numbers, lists, tuples and dicts, whose ``repr`` is the
    same in every process) for :func:`remembered` keys."""
    return new_hash(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()
