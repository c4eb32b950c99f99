"""The query index: SQLite (standard library) with FTS5, in WAL mode, written by the driver only.

The index is the archive's record of what is in it (batches per day, stage signatures) and
what the queries read (documents, stories, edges, quote families with a full-text table).
An update writes it in one ``BEGIN IMMEDIATE`` transaction at the end, so a killed update
leaves the index as it was, and readers (WAL) keep their snapshot while it is written.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from quotecheck.errors import ConfigError

SCHEMA_VERSION = "1"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS batches (day TEXT, name TEXT, articles INTEGER,
    PRIMARY KEY (day, name));
CREATE TABLE IF NOT EXISTS days (day TEXT PRIMARY KEY, articles_sig TEXT, articles INTEGER,
    pairs_sig TEXT, pairs INTEGER);
CREATE TABLE IF NOT EXISTS documents (id TEXT PRIMARY KEY, hash TEXT, day TEXT,
    published TEXT, outlet TEXT, url TEXT, language TEXT, story TEXT);
CREATE INDEX IF NOT EXISTS documents_story ON documents (story);
CREATE INDEX IF NOT EXISTS documents_hash ON documents (hash);
CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, signature TEXT, first_document TEXT,
    first_day TEXT, documents INTEGER, edges INTEGER);
CREATE TABLE IF NOT EXISTS edges (source TEXT, derived TEXT, source_outlet TEXT,
    derived_outlet TEXT, relation TEXT, credited INTEGER, confidence REAL, published TEXT,
    day TEXT, story TEXT);
CREATE INDEX IF NOT EXISTS edges_day ON edges (day);
CREATE INDEX IF NOT EXISTS edges_story ON edges (story);
CREATE TABLE IF NOT EXISTS families (rank INTEGER PRIMARY KEY, id TEXT UNIQUE, speaker TEXT,
    text TEXT, first_document TEXT, first_outlet TEXT, first_published TEXT,
    independent_roots INTEGER, variants INTEGER, data TEXT);
CREATE VIRTUAL TABLE IF NOT EXISTS family_text USING fts5(speaker, text,
    tokenize = 'unicode61 remove_diacritics 2');
"""


def connect(path, readonly: bool = False) -> sqlite3.Connection:
    """A connection to the index at ``path`` (schema created for a writer); a file that is
    not an SQLite database is a ConfigError naming it, never a traceback."""
    path = Path(path)
    if readonly and not path.is_file():
        raise ConfigError("no index in the archive (has an update finished?)", path=str(path))
    try:
        con = sqlite3.connect(str(path), timeout=30.0, isolation_level=None)
        con.execute("PRAGMA busy_timeout = 30000")
        if readonly:
            con.execute("PRAGMA query_only = 1")
            con.execute("SELECT 1 FROM families LIMIT 1").fetchone()   # not a count: O(1)
        else:
            con.execute("PRAGMA journal_mode = WAL")
            con.execute("PRAGMA synchronous = NORMAL")
            con.executescript(SCHEMA)
            con.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
    except sqlite3.DatabaseError as exc:
        raise ConfigError(f"archive index unreadable or corrupt ({exc})", path=str(path)) from None
    return con


def known_documents(con: sqlite3.Connection) -> dict:
    """Every document id in the index with its content hash and day."""
    return {row[0]: (row[1], row[2]) for row in con.execute("SELECT id, hash, day FROM documents")}


def batches(con: sqlite3.Connection) -> dict:
    """Batch names per day, as registered by earlier updates."""
    out: dict = {}
    for day, name in con.execute("SELECT day, name FROM batches ORDER BY day, name"):
        out.setdefault(day, []).append(name)
    return out


def batch_sizes(con: sqlite3.Connection) -> dict:
    """Articles per registered batch, keyed by (day, name) (progress counts articles)."""
    return {(d, n): a for d, n, a in con.execute("SELECT day, name, articles FROM batches")}


def day_signatures(con: sqlite3.Connection) -> dict:
    return {row[0]: (row[1], row[2]) for row in con.execute(
        "SELECT day, articles_sig, pairs_sig FROM days")}


def story_signatures(con: sqlite3.Connection) -> set:
    """Hashes of the stories the index holds (their outputs were complete when written)."""
    return {row[0] for row in con.execute("SELECT signature FROM stories")}


def meta(con: sqlite3.Connection) -> dict:
    return dict(con.execute("SELECT key, value FROM meta"))


def count(con: sqlite3.Connection, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def write_index(con: sqlite3.Connection, *, new_batches: list, days: list,
                new_documents: list, changes, families: list, meta: dict) -> None:
    """An update's changes, in one transaction (rolled back on any error): new batches and
    documents, the day table, rows of new stories in place of those gone, the families."""
    con.execute("BEGIN IMMEDIATE")
    try:
        con.executemany("INSERT OR REPLACE INTO batches VALUES (?, ?, ?)", new_batches)
        con.execute("DELETE FROM days")
        con.executemany("INSERT INTO days VALUES (?, ?, ?, ?, ?)", days)
        con.executemany("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
                        new_documents)
        gone = [row for sig in changes.gone for row in con.execute(
            "SELECT id FROM stories WHERE signature = ?", (sig,)).fetchall()]
        con.executemany("DELETE FROM stories WHERE id = ?", gone)
        con.executemany("DELETE FROM edges WHERE story = ?", gone)
        con.executemany("INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?, ?, ?)",
                        changes.stories)
        con.executemany("DELETE FROM edges WHERE story = ?", [(r[0],) for r in changes.stories])
        con.executemany("INSERT INTO edges VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", changes.edges)
        con.executemany("UPDATE documents SET story = ? WHERE id = ?", changes.members)
        if families is not None:   # None: the families did not change
            _write_families(con, families)
        con.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", sorted(meta.items()))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _family_rows(rank: int, f: dict, data: str) -> tuple:
    """(families row, family_text row) of family ``f`` at ``rank``."""
    first = f["first"]
    row = (rank, f["id"], f["speaker"], f["text"], first["document"], first["outlet"],
           first["published"], f["independent_roots"], len(f["variants"]), data)
    words = "\n".join(dict.fromkeys(v["text"] for v in f["variants"]))
    speakers = " ".join(dict.fromkeys([f["speaker"] or ""]
                                      + [v["speaker"] or "" for v in f["variants"]]))
    return row, (rank, speakers, words)


def _write_families(con: sqlite3.Connection, families, chunk: int = 5000) -> None:
    """Make the families table (and its full-text table) hold ``families`` (an iterable of
    (family, its JSON text) in rank order), a chunk at a time, rewriting only the ranks whose
    family changed: a day's update changes few, and re-indexing every family's text was most
    of its index write. The result is the same table a full rewrite gives."""
    total, pending = 0, []
    for rank, (f, data) in enumerate(families, 1):
        total = rank
        pending.append((rank, f, data))
        if len(pending) >= chunk:
            _write_changed(con, pending)
            pending = []
    if pending:
        _write_changed(con, pending)
    con.execute("DELETE FROM families WHERE rank > ?", (total,))
    con.execute("DELETE FROM family_text WHERE rowid > ?", (total,))


def _write_changed(con: sqlite3.Connection, batch: list) -> None:
    """Rewrite the ranks of ``batch`` ((rank, family, JSON text), consecutive) whose stored
    family differs. A family that moved leaves its old rank empty: a later batch finds that
    rank changed and writes it (no earlier rank can hold it: ids are unique)."""
    old = dict(con.execute("SELECT rank, data FROM families WHERE rank BETWEEN ? AND ?",
                           (batch[0][0], batch[-1][0])))
    changed = [item for item in batch if old.get(item[0]) != item[2]]
    if not changed:
        return
    ranks = {r for r, _, _ in changed}
    for _, f, _ in changed:
        ranks.update(r for (r,) in con.execute("SELECT rank FROM families WHERE id = ?",
                                                (f["id"],)))
    con.executemany("DELETE FROM families WHERE rank = ?", [(r,) for r in sorted(ranks)])
    con.executemany("DELETE FROM family_text WHERE rowid = ?", [(r,) for r in sorted(ranks)])
    rows = [_family_rows(r, f, data) for r, f, data in changed]
    _insert_families(con, [a for a, _ in rows], [b for _, b in rows])


def _insert_families(con: sqlite3.Connection, rows: list, texts: list) -> None:
    con.executemany("INSERT INTO families VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.executemany("INSERT INTO family_text (rowid, speaker, text) VALUES (?, ?, ?)", texts)
