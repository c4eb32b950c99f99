"""Ingest: JSON Lines files and folders become article records, bad lines reported and counted.

A JSON Lines input holds one article a line: ``id``, ``text``, ``outlet``, ``published``
(ISO 8601), optional ``url`` and ``language``. A folder is loaded as ``quotecheck compare``
loads one (manifest or front matter). An article needs an id, some text and a published
date (its day decides the candidate window); anything else is one error naming the file and
line, and the rest is ingested. Exact duplicates (same outlet and same text) are dropped by
content hash: the same text from two outlets is syndication, which the archive must see.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from quotecheck.errors import InputError, QuotecheckError
from quotecheck.load.metadata import iso_date, published_instant

FIELDS = ("id", "text", "outlet", "published", "url", "language", "format")


@dataclass
class Ingested:
    """New articles by day, errors (one per bad line or file) and what was dropped."""

    articles: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    duplicates: int = 0          # exact duplicates of an article already seen
    clashes: int = 0             # an id already used by a different article

    def by_day(self) -> dict:
        out: dict = defaultdict(list)
        for a in self.articles:
            out[a["day"]].append(a)
        return {d: sorted(v, key=lambda a: a["id"]) for d, v in sorted(out.items())}


def content_hash(outlet: Optional[str], text: str) -> str:
    """The duplicate key: the outlet and the exact text."""
    h = hashlib.sha256()
    h.update((outlet or "").encode("utf-8", "surrogatepass"))
    h.update(b"\x00")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:32]


def day_of(published: str) -> Optional[str]:
    """The UTC day (YYYY-MM-DD) of an ISO 8601 value; None when it is not one."""
    instant = published_instant(published) if iso_date(published) else None
    return instant.date().isoformat() if instant else None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value):
    """A string without lone surrogates (JSON escapes can make them; no UTF-8 file can hold
    them): each becomes U+FFFD, one code point for one, so offsets stay as they were."""
    return _SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value


def article(raw: dict, where: str, line: Optional[int]) -> dict:
    """A validated article record from a JSON object; InputError names what is wrong."""
    if not isinstance(raw, dict):
        raise InputError("not a JSON object", path=where, line=line)
    raw = {k: _clean(v) for k, v in raw.items()}
    doc_id = raw.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise InputError("missing 'id'", path=where, line=line)
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"article {doc_id!r}: missing 'text'", path=where, line=line)
    published = raw.get("published")
    day = day_of(published) if isinstance(published, str) else None
    if day is None:
        what = "missing 'published'" if published is None else f"bad date {published!r}"
        raise InputError(f"article {doc_id!r}: {what} (ISO 8601 wanted)", path=where, line=line)
    rec = {"id": doc_id, "text": text, "published": published.strip(), "day": day}
    for key in ("outlet", "url", "language"):
        value = raw.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"article {doc_id!r}: {key!r} is not a string", path=where,
                             line=line)
        rec[key] = value or None
    fmt = raw.get("format") or "text"
    rec["format"] = fmt if fmt in ("text", "markdown", "html") else "text"
    rec["hash"] = content_hash(rec["outlet"], text)
    return rec


def read_jsonl(path: Path, out: Ingested) -> list:
    """Articles of a JSON Lines file; bad lines go to ``out.errors`` with file and line."""
    records = []
    try:
        fh = open(path, "rb")
    except OSError as exc:
        out.errors.append(InputError(f"cannot read: {exc.strerror or exc}", path=str(path)))
        return records
    with fh:
        for n, raw_line in enumerate(fh, 1):
            if not raw_line.strip():
                continue
            try:
                data = json.loads(raw_line.decode("utf-8"))
            except UnicodeDecodeError:
                out.errors.append(InputError("not valid UTF-8", path=str(path), line=n))
                continue
            except ValueError as exc:
                msg = getattr(exc, "msg", str(exc))
                out.errors.append(InputError(f"invalid JSON ({msg})", path=str(path), line=n))
                continue
            try:
                records.append(article(data, str(path), n))
            except InputError as exc:
                out.errors.append(exc)
    return records


def read_folder(path: Path, out: Ingested, undated: Optional[str] = None) -> list:
    """Articles of a folder (or a single article file) loaded as ``compare`` loads them."""
    from quotecheck.load.loader import load_paths

    result = load_paths([path])
    out.errors.extend(result.errors)
    records = []
    for doc in result.documents:
        raw = {"id": doc.id, "text": doc.text, "outlet": doc.meta.outlet,
               "published": doc.meta.published or undated, "url": doc.meta.url,
               "language": doc.meta.language, "format": doc.format}
        try:
            records.append(article(raw, doc.path, None))
        except QuotecheckError as exc:
            out.errors.append(exc)
    return records


def ingest(inputs: Iterable, known_ids: dict, known_hashes: set,
           undated: Optional[str] = None) -> Ingested:
    """New articles from ``inputs`` (JSON Lines files end in .jsonl/.ndjson/.json; anything else
    is loaded as a folder or article file). ``known_ids`` maps ids already in the archive to
    their content hash; ``known_hashes`` holds their hashes. The first of two duplicates wins.
    ``undated``: the date given to folder articles without one (else they are errors)."""
    out = Ingested()
    seen_ids = dict(known_ids)
    seen_hashes = set(known_hashes)
    for given in inputs:
        path = Path(given)
        if not path.exists():
            out.errors.append(InputError("no such file or directory", path=str(given)))
            continue
        if path.is_file() and path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
            records = read_jsonl(path, out)
        else:
            records = read_folder(path, out, undated)
        for rec in records:
            if rec["hash"] in seen_hashes:
                out.duplicates += 1
                continue
            if rec["id"] in seen_ids:
                out.clashes += 1
                out.errors.append(InputError(
                    f"article id {rec['id']!r} is already in the archive with other text: "
                    "skipped", path=str(given)))
                continue
            seen_ids[rec["id"]] = rec["hash"]
            seen_hashes.add(rec["hash"])
            out.articles.append(rec)
    return out


def batch_bytes(records: list) -> bytes:
    """A day's new articles as JSON Lines, sorted by id (the raw batch file's content)."""
    lines = [json.dumps({k: r.get(k) for k in FIELDS + ("day", "hash")}, ensure_ascii=False,
                        sort_keys=True) for r in sorted(records, key=lambda r: r["id"])]
    return ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")


def read_batch(path: Path) -> list:
    """The records of a raw batch file; a missing or corrupt file raises InputError."""
    try:
        data = Path(path).read_bytes().decode("utf-8", "surrogatepass")
        return [json.loads(line) for line in data.splitlines() if line.strip()]
    except (OSError, ValueError) as exc:
        raise InputError(f"archive batch file unreadable ({exc}); remove the archive's "
                         "index entry or re-ingest", path=str(path)) from None
