"""Queries over the index: quote families, copies, a document's story, counts.

Each returns plain data in the archive's JSON schema (``quotecheck-archive/1``, see
``docs/archive.schema.json``); readers open the index read-only and, the index being in WAL
mode, keep working while an update writes it.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Optional

from quotecheck.archive import index as idx
from quotecheck.archive.store import FORMAT, open_archive
from quotecheck.errors import InputError, UsageError
from quotecheck.load.metadata import iso_date

SCHEMA_ID = "quotecheck-archive/1"
_TOKEN = re.compile(r"\w+", re.UNICODE)
EDGE_FIELDS = ("source", "derived", "source_outlet", "derived_outlet", "relation", "credited",
               "confidence", "published", "story")


# FTS5 yields matches in rowid (= rank) order: asked for the first LIMIT by rowid it stops
# there, where a join ordered by the families' rank gathered and sorted every match first
# (a phrase in many families: 300 ms at a million families). Families by primary key.
QUOTE_SQL = ("SELECT f.data FROM families f WHERE f.rank IN (SELECT rowid FROM family_text "
             "WHERE family_text MATCH ? ORDER BY rowid LIMIT ?) ORDER BY f.rank")


def _reader(root):
    archive = open_archive(root)
    return idx.connect(archive.index_path, readonly=True)


def _envelope(query: str, **body) -> dict:
    return {"schema": SCHEMA_ID, "archive_format": FORMAT, "query": query, **body}


def fts_phrase(words: str) -> Optional[str]:
    """An FTS5 phrase query for ``words`` (tokens only: no operator can be injected)."""
    tokens = _TOKEN.findall(words)
    return '"' + " ".join(tokens) + '"' if tokens else None


def query_quote(root, words: str, speaker: Optional[str] = None, limit: int = 50) -> dict:
    """Quote families whose renderings contain ``words`` as a phrase (case and accents
    ignored), optionally only those whose speaker contains ``speaker``; oldest first."""
    phrase = fts_phrase(words)
    if phrase is None:
        raise UsageError("query quote: give some words to look for")
    con = _reader(root)
    try:
        sql = QUOTE_SQL
        params: list = [f"text : {phrase}"]
        if speaker:
            sp = fts_phrase(speaker)
            if sp:
                params[0] = f"text : {phrase} AND speaker : {sp}"
        params.append(int(limit))
        families = [json.loads(row[0]) for row in con.execute(sql, params)]
    finally:
        con.close()
    return _envelope("quote", words=words, speaker=speaker, families=families)


def _edge(row) -> dict:
    out = dict(zip(EDGE_FIELDS, row))
    out["credited"] = bool(out["credited"])
    return out


def _day(value: Optional[str], flag: str) -> Optional[str]:
    if value is None:
        return None
    if not iso_date(value):
        raise UsageError(f"{flag} {value!r}: not an ISO 8601 date such as 2026-03-01")
    return value.strip()[:10]


def query_copies(root, since: Optional[str] = None, until: Optional[str] = None,
                 uncredited: bool = False) -> dict:
    """Derivation edges whose derived article appeared between ``since`` and ``until``
    (days, inclusive), only the uncredited ones with ``uncredited``; in time order."""
    lo, hi = _day(since, "--since"), _day(until, "--until")
    where, params = [], []
    if lo:
        where.append("day >= ?")
        params.append(lo)
    if hi:
        where.append("day <= ?")
        params.append(hi)
    if uncredited:
        where.append("credited = 0")
    sql = f"SELECT {', '.join(EDGE_FIELDS)} FROM edges"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY day, published, source, derived"
    con = _reader(root)
    try:
        edges = [_edge(row) for row in con.execute(sql, params)]
    finally:
        con.close()
    return _envelope("copies", since=lo, until=hi, uncredited=uncredited, edges=edges)


def query_story(root, document: str) -> dict:
    """The story ``document`` belongs to: its documents (time order) and edges."""
    con = _reader(root)
    try:
        row = con.execute("SELECT story FROM documents WHERE id = ?", (document,)).fetchone()
        if row is None:
            raise InputError(f"no document {document!r} in the archive")
        sid = row[0]
        docs = [dict(zip(("id", "outlet", "published", "url", "language"), r)) for r in
                con.execute("SELECT id, outlet, published, url, language FROM documents "
                            "WHERE story = ? ORDER BY day, published, id", (sid,))]
        edges = [_edge(r) for r in con.execute(
            f"SELECT {', '.join(EDGE_FIELDS)} FROM edges WHERE story = ? "
            "ORDER BY day, published, source, derived", (sid,))]
    finally:
        con.close()
    return _envelope("story", document=document,
                     story={"id": sid, "documents": docs, "edges": edges})


def stats(root) -> dict:
    """Counts: documents, stories, families, edges, days; and per day and per stage."""
    con = _reader(root)
    try:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        per_day = []
        for day, articles, pairs in con.execute(
                "SELECT day, articles, pairs FROM days ORDER BY day"):
            n_edges = con.execute("SELECT count(*) FROM edges WHERE day = ?", (day,)).fetchone()[0]
            per_day.append({"day": day, "articles": articles, "pairs": pairs,
                            "edges": n_edges})
        out = _envelope(
            "stats", documents=one("SELECT count(*) FROM documents"),
            stories=one("SELECT count(*) FROM stories"),
            families=one("SELECT count(*) FROM families"),
            edges=one("SELECT count(*) FROM edges"), days=one("SELECT count(*) FROM days"),
            stages={"articles": one("SELECT coalesce(sum(articles), 0) FROM days"),
                    "pairs": one("SELECT coalesce(sum(pairs), 0) FROM days"),
                    "stories": one("SELECT count(*) FROM stories"),
                    "stories_linked": one("SELECT count(*) FROM stories WHERE documents > 1"),
                    "families": one("SELECT count(*) FROM families"),
                    "families_variants": one("SELECT coalesce(sum(variants), 0) FROM families")},
            per_day=per_day)
    finally:
        con.close()
    return out


EXPORT_TABLES = ("documents", "stories", "edges", "families", "variants")


def export(root, out) -> dict:
    """The index's tables as Parquet files in folder ``out`` (one file per table), for
    DuckDB, Spark, Dask or pandas users; returns {table: rows}."""
    from quotecheck.archive.daystage import write_parquet_rows

    out = Path(out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} exists and is not a folder")
    out.mkdir(parents=True, exist_ok=True)
    con = _reader(root)
    counts = {}
    try:
        for table in ("documents", "stories", "edges"):
            cur = con.execute(f"SELECT * FROM {table}")
            names = [c[0] for c in cur.description]
            rows = [dict(zip(names, r)) for r in cur.fetchall()]
            types = {n: _sql_type(con, table, n) for n in names}
            write_parquet_rows(rows, types, out / f"{table}.parquet", names[0])
            counts[table] = len(rows)
        fams, variants = [], []
        for (data,) in con.execute("SELECT data FROM families ORDER BY rank"):
            f = json.loads(data)
            first = f["first"]
            fams.append({"id": f["id"], "speaker": f["speaker"], "text": f["text"],
                         "first_document": first["document"], "first_outlet": first["outlet"],
                         "first_published": first["published"],
                         "independent_roots": f["independent_roots"],
                         "outlets": f["outlets"], "variants": len(f["variants"])})
            for n, v in enumerate(f["variants"]):
                variants.append({"family": f["id"], "position": n, **{k: v.get(k) for k in (
                    "document", "outlet", "published", "text", "speaker", "difference")}})
    finally:
        con.close()
    write_parquet_rows(fams, {"id": "VARCHAR", "speaker": "VARCHAR", "text": "VARCHAR",
                              "first_document": "VARCHAR", "first_outlet": "VARCHAR",
                              "first_published": "VARCHAR", "independent_roots": "BIGINT",
                              "outlets": "VARCHAR[]", "variants": "BIGINT"},
                       out / "families.parquet", "first_published, id")
    write_parquet_rows(variants, {"family": "VARCHAR", "position": "BIGINT",
                                  "document": "VARCHAR", "outlet": "VARCHAR",
                                  "published": "VARCHAR", "text": "VARCHAR",
                                  "speaker": "VARCHAR", "difference": "VARCHAR"},
                       out / "variants.parquet", "family, position")
    counts["families"], counts["variants"] = len(fams), len(variants)
    return counts


def _sql_type(con, table: str, column: str) -> str:
    for _, name, kind, *_ in con.execute(f"PRAGMA table_info({table})"):
        if name == column:
            return {"INTEGER": "BIGINT", "REAL": "DOUBLE"}.get(kind.upper(), "VARCHAR")
    return "VARCHAR"
