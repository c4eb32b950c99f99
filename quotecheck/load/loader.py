"""Load articles from files and folders into Documents, collecting errors per input.

``.txt``, ``.md`` and ``.html``/``.htm`` files are read as UTF-8 (a leading BOM is not part
of ``Document.text``: offsets count from the first character after it). A bad input becomes
one error naming the file and line; the other inputs of the run still load.
"""
from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from quotecheck.errors import ConfigError, InputError, QuotecheckError
from quotecheck.load.frontmatter import read_front_matter
from quotecheck.load.furniture import furniture_regions
from quotecheck.load.htmltext import html_view, markdown_view, plain_view
from quotecheck.load.metadata import MANIFEST_NAME, Manifest, read_manifest, resolve_metadata
from quotecheck.load.recurring import with_outlet_chrome
from quotecheck.model import Document, Metadata
from quotecheck.resources.files import (DEFAULT_MAX_FILE_SIZE, kind_of, read_regular,
                                        too_large)

EXTENSIONS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
              ".html": "html", ".htm": "html"}
FORMAT_ALIASES = {"text": "text", "txt": "text", "plain": "text", "markdown": "markdown",
                  "md": "markdown", "html": "html", "htm": "html"}
_BOM = b"\xef\xbb\xbf"
# Corpus documentation, not articles: skipped when walking a folder (still loaded if named).
_NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing", "copying")


@dataclass
class LoadResult:
    """Documents that loaded, one error per input that did not (InputError/ConfigError) and
    one notice (InputError) per file skipped while walking a folder."""

    documents: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)  # skipped while walking folders

    @property
    def ok(self) -> bool:
        return not self.errors


# -- public API ------------------------------------------------------------------------
def load_text(text: str, id: str, path: Optional[str] = None, fmt: str = "text",
              role: str = "compared", meta: Optional[dict] = None) -> Document:
    """A Document from a string (front matter honoured, outlet inferred if not given).

    ``meta`` holds manifest-level fields (outlet, url, published, language, affiliation);
    front matter in ``text`` beats it. Raises ConfigError for invalid front matter.
    """
    fmt = FORMAT_ALIASES.get(fmt.lower(), fmt) if fmt else "text"
    if fmt not in ("text", "markdown", "html"):
        raise ValueError(f"unknown document format: {fmt!r}")
    where = path or id
    front, body = read_front_matter(text, where)
    title, page_meta = "", None
    if fmt == "html":
        page = html_view(text, body)
        view, title, page_meta = page.view, page.title, page.meta
    elif fmt == "markdown":
        view = markdown_view(text, body)
    else:
        view = plain_view(text, body)
    metadata = resolve_metadata(front, dict(meta or {}), view.text, title, page_meta)
    return Document(id=id, path=path or id, text=text, view=view, meta=metadata, role=role,
                    format=fmt, regions=furniture_regions(view, text, fmt))


def load_paths(paths: Iterable, role: str = "compared",
               progress: Optional[Callable[[str], None]] = None,
               plugins: Any = None, max_file_size: Optional[int] = None,
               walk_filter: Any = None) -> LoadResult:
    """Load every file named or found in the folders named, in a deterministic order.

    Missing paths, binary, undecodable, empty or too large files (over ``max_file_size``
    bytes, default 10 MiB) and bad manifests become errors in ``LoadResult.errors``;
    everything else lands in ``LoadResult.documents``. Walking a folder never leaves it:
    links out of it, link loops, special files, too large files and unreadable sub-folders
    are skipped with a notice in ``LoadResult.warnings``. With a plugin manager,
    ``quotecheck_parse_document`` is offered each file first. A folder walk leaves out what
    ``walk_filter`` (a :class:`~quotecheck.load.walkfilter.WalkFilter`: ``exclude`` and
    ``.gitignore``; by default ``.gitignore`` only) skips; files named are always read.
    """
    if walk_filter is None:
        from quotecheck.load.walkfilter import WalkFilter

        walk_filter = WalkFilter()
    limit = DEFAULT_MAX_FILE_SIZE if max_file_size is None else max_file_size
    result = LoadResult()
    found: list = []  # (path, root folder whose manifests apply)
    for given in paths:
        p = Path(given)
        try:
            mode = os.stat(p).st_mode
        except (OSError, ValueError) as exc:  # ValueError: a NUL character in the name
            result.errors.append(InputError(_missing(exc), path=str(given)))
            continue
        if stat.S_ISDIR(mode):
            walked = _walk(p, limit, result.warnings, walk_filter)
            if not walked:
                result.errors.append(InputError(
                    "folder holds no .txt, .md or .html files", path=str(given)))
            found.extend((f, p) for f in walked)
        elif stat.S_ISREG(mode):
            if p.name != MANIFEST_NAME:  # metadata, applied to its folder's articles
                found.append((p, p.parent))
        else:
            result.errors.append(InputError(f"{kind_of(mode)}, not a regular file",
                                            path=str(given)))
    found = _unique_files(found)
    ids = unique_ids([f for f, _ in found])
    manifests = _ManifestCache(result.errors)
    for i, ((path, root), doc_id) in enumerate(zip(found, ids), 1):
        if progress:
            progress(f"loading {i}/{len(found)} {path}")
        try:
            result.documents.append(load_file(path, doc_id, role, manifests.fields_for(path, root),
                                              plugins, limit))
        except QuotecheckError as exc:
            result.errors.append(exc)
    result.documents = with_outlet_chrome(result.documents)  # lines recurring per outlet
    return result


def load_file(path: Path, doc_id: str, role: str = "compared",
              meta: Optional[dict] = None, plugins: Any = None,
              max_file_size: Optional[int] = None) -> Document:
    """One file as a Document; raises InputError or ConfigError naming the file and line.

    Only a regular file of at most ``max_file_size`` bytes (default 10 MiB) is read.
    """
    spath = str(path)
    data = read_regular(path, max_file_size)
    if plugins is not None:
        doc = plugins.first_result("quotecheck_parse_document", path=spath, data=data)
        if isinstance(doc, Document):
            return _adopt(doc, doc_id, spath, role, meta)
    text = decode(data, spath)
    fmt = EXTENSIONS.get(path.suffix.lower(), "text")
    doc = load_text(text, doc_id, path=spath, fmt=fmt, role=role, meta=meta)
    if not doc.view.text.strip():
        what = "no visible text" if fmt == "html" else "no text besides front matter and comments"
        raise InputError(what, path=spath)
    return doc


def decode(data: bytes, path: str) -> str:
    """UTF-8 text of a file's bytes (BOM dropped); InputError for binary or bad bytes."""
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    elif data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError("UTF-16 file: only UTF-8 is read (save it as UTF-8)", path=path,
                         line=1)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError("binary file (NUL byte), not text", path=path,
                         line=data.count(b"\n", 0, nul) + 1)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x})", path=path,
                         line=data.count(b"\n", 0, exc.start) + 1) from None
    if not text.strip():
        raise InputError("empty file", path=path)
    return text


def unique_ids(paths: list) -> list:
    """File names, with parent folders prefixed only where two inputs share a name."""
    parts = [Path(os.path.abspath(p)).parts for p in paths]
    ids = [pp[-1] for pp in parts]
    depth = [1] * len(ids)
    while True:
        seen: dict = {}
        for i, doc_id in enumerate(ids):
            seen.setdefault(doc_id, []).append(i)
        clashes = [group for group in seen.values() if len(group) > 1]
        if not clashes:
            return ids
        grew = False
        for group in clashes:
            for i in group:
                if depth[i] < len(parts[i]):
                    depth[i] += 1
                    ids[i] = "/".join(parts[i][-depth[i]:]).lstrip("/")
                    grew = True
        if not grew:
            return ids


# -- internals -------------------------------------------------------------------------
def _adopt(doc: Document, doc_id: str, path: str, role: str, meta: Optional[dict]) -> Document:
    """A plugin's Document under the run's id, path and role, with metadata filled in."""
    if not doc.view.text.strip():
        raise InputError("no text (from a parser plugin)", path=path)
    metadata = doc.meta
    if metadata == Metadata():
        metadata = resolve_metadata({}, dict(meta or {}), doc.view.text)
    return replace(doc, id=doc_id, path=path, role=role, meta=metadata)



def _missing(exc: Exception) -> str:
    """The message for a path that cannot be looked at (missing, too long, a link loop...)."""
    if not isinstance(exc, OSError):
        return "invalid file name"
    if exc.errno == errno.ENOENT:
        return "no such file or directory"
    return f"cannot read: {exc.strerror or exc}"


def _is_article_name(name: str) -> bool:
    stem, ext = os.path.splitext(name)
    return ext.lower() in EXTENSIONS and stem.lower() not in _NOT_ARTICLES


def _walk(folder: Path, limit: int, notes: list, walk_filter: Any = None) -> list:
    """Regular files with a known extension under ``folder``, sorted, hidden entries skipped.

    Never leaves ``folder``: a link whose target lies outside it (or loops, or dangles) is
    skipped, as are special files, files over ``limit`` bytes and sub-folders that cannot
    be listed; each gets one notice in ``notes``. Links inside the tree are followed for
    files only (a linked folder is walked under its own name anyway).
    """
    top_real = os.path.realpath(folder)
    out: list = []
    stack = [folder]
    while stack:
        here = stack.pop()
        try:
            with os.scandir(here) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            notes.append(InputError(f"cannot read folder ({exc.strerror or exc}): skipped",
                                    path=str(here)))
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(here) / entry.name
            try:
                link = entry.is_symlink()
                if link and not _inside(os.path.realpath(path), top_real):
                    if _is_article_name(entry.name) or os.path.isdir(path):
                        notes.append(InputError(f"symbolic link leads out of {folder}: "
                                                "skipped", path=str(path)))
                    continue
                st = os.stat(path) if link else entry.stat(follow_symlinks=False)
            except OSError as exc:
                if _is_article_name(entry.name):
                    what = "symbolic link loop or broken link" if link else exc.strerror
                    notes.append(InputError(f"{what}: skipped", path=str(path)))
                continue
            if stat.S_ISDIR(st.st_mode):
                if not link and not (walk_filter and walk_filter.skip(path, True, folder)):
                    subfolders.append(path)
                continue
            if not _is_article_name(entry.name):
                continue
            if walk_filter and walk_filter.skip(path, False, folder):
                continue
            if not stat.S_ISREG(st.st_mode):
                notes.append(InputError(f"{kind_of(st.st_mode)}, not a regular file: skipped",
                                        path=str(path)))
            elif st.st_size > limit:
                notes.append(InputError(too_large(st.st_size, limit) + ": skipped",
                                        path=str(path)))
            else:
                out.append(path)
        stack.extend(reversed(subfolders))
    return out


def _inside(real: str, top_real: str) -> bool:
    """Whether the resolved path ``real`` is ``top_real`` or lies under it."""
    return real == top_real or real.startswith(top_real.rstrip(os.sep) + os.sep)


def _unique_files(found: list) -> list:
    """Drop a file named twice (directly and through a folder): the first mention wins."""
    seen = set()
    out = []
    for path, root in found:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            out.append((path, root))
    return out


class _ManifestCache:
    """Reads each folder's manifest once; a bad manifest is reported once, then ignored."""

    def __init__(self, errors: list):
        self._errors = errors
        self._by_folder: dict = {}
        self._real: dict = {}       # folder -> resolved path, once per folder (not per file)

    def _resolved(self, folder: Path) -> str:
        real = self._real.get(folder)
        if real is None:
            real = self._real[folder] = os.path.realpath(folder)
        return real

    def _manifest(self, folder: Path) -> Optional[Manifest]:
        key = self._resolved(folder)
        if key not in self._by_folder:
            candidate = folder / MANIFEST_NAME
            manifest = None
            if candidate.is_file():
                try:
                    manifest = read_manifest(candidate)
                except ConfigError as exc:
                    self._errors.append(exc)
            self._by_folder[key] = manifest
        return self._by_folder[key]

    def fields_for(self, path: Path, root: Path) -> dict:
        """Fields for ``path`` from the nearest manifest naming it, between its folder and root."""
        folder = path.parent
        chain = []
        top = self._resolved(root)
        while True:
            chain.append(folder)
            if self._resolved(folder) == top or folder == folder.parent:
                break
            folder = folder.parent
        nearest_defaults = None
        real = None
        for folder in chain:
            manifest = self._manifest(folder)
            if manifest is None:
                continue
            if nearest_defaults is None:
                nearest_defaults = manifest
            real = real or Path(os.path.realpath(path))
            if real in manifest.files:
                return manifest.fields_for(path, real)
        return dict(nearest_defaults.defaults) if nearest_defaults else {}
