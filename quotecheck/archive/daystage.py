"""Per-day stages: articles with their comparison keys (Parquet per day) and windowed pairs.

``analyse_day`` reads a day's raw batches, finds each article's text apart from page
furniture and records its comparison keys (content-word stems, capitalised names and figures
of the body sentences) in ``days/DAY/articles-SIG.parquet``. ``window_pairs`` joins, in
DuckDB, the keys of the days within the window around a day: keys found in 2..cap articles
of the window (the cap a share of the window's articles, so it grows with the daily volume
as passim's document-frequency bound does) link pairs that share at least N of them, at least
a share of the smaller article's keys and, once the cap is above the fixed ``key_cap``, keys
rare enough together (the sum of their ln(window articles / articles with the key): common
words shared by chance must not chain unrelated stories), the strongest K per article. Both
are module-level functions over small task values, so any engine can run them.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from quotecheck.archive.ingest import read_batch
from quotecheck.archive.store import temp_path
from quotecheck.errors import QuotecheckError

ARTICLE_COLUMNS = {
    "id": "VARCHAR", "day": "VARCHAR", "published": "VARCHAR", "outlet": "VARCHAR",
    "url": "VARCHAR", "language": "VARCHAR", "format": "VARCHAR", "hash": "VARCHAR",
    "text": "VARCHAR", "body_chars": "BIGINT", "keys": "VARCHAR[]",
}


_DATABASE = (None, None)   # (pid, this process's in-memory DuckDB): opening one costs 20-50 ms


def duckdb_connect():
    """A cursor on this process's in-memory DuckDB (each caller its own cursor, so threads
    of one worker never share one); a clear error without the ``archive`` extra. Nothing
    is stored in the database: every query reads Parquet files and writes them."""
    global _DATABASE
    try:
        import duckdb
    except ImportError:
        raise QuotecheckError("archive mode needs DuckDB: pip install 'quotecheck[archive]'"
                              ) from None
    if _DATABASE[0] != os.getpid():   # never a database inherited through fork
        database = duckdb.connect(":memory:")
        database.execute("SET preserve_insertion_order = true")
        _DATABASE = (os.getpid(), database)
    return _DATABASE[1].cursor()


def sql_string(value: str) -> str:
    """A SQL string literal (file paths go into COPY statements, which take no parameters)."""
    return "'" + str(value).replace("'", "''") + "'"


def parquet_rows(path, con=None) -> int:
    """Rows in a Parquet file, -1 when it is missing or unreadable (then it is rebuilt);
    ``con``: a DuckDB connection to use (the driver checks many files on one)."""
    if not os.path.isfile(path):
        return -1
    own = con is None
    con = duckdb_connect() if own else con
    try:
        return int(con.execute(f"SELECT count(*) FROM read_parquet({sql_string(path)})"
                               ).fetchone()[0])
    except Exception:   # a corrupt or truncated file: a miss  # noqa: BLE001
        return -1
    finally:
        if own:
            con.close()


def write_parquet_rows(rows: list, columns: dict, output, order: str) -> None:
    """``rows`` (dicts) as a Parquet file at ``output``, atomically, sorted by ``order``."""
    staging = temp_path(Path(output).with_suffix(".jsonl"))
    target = temp_path(Path(output))
    try:
        with open(staging, "w", encoding="utf-8", errors="surrogatepass") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        spec = ", ".join(f"{sql_string(k)}: {sql_string(v)}" for k, v in columns.items())
        spec = "{" + spec + "}"
        select = ", ".join(f'"{k}"' for k in columns)
        con = duckdb_connect()
        try:
            con.execute(f"COPY (SELECT {select} FROM read_json({sql_string(staging)}, "
                        f"format='newline_delimited', columns={spec}) ORDER BY {order}) "
                        f"TO {sql_string(target)} (FORMAT PARQUET)")
        finally:
            con.close()
        os.replace(target, output)
    finally:
        for p in (staging, target):
            try:
                os.unlink(p)
            except OSError:
                pass


# -- stage 1: articles and keys ------------------------------------------------------------
@dataclass(frozen=True)
class DayTask:
    """One day's articles: the raw batch files to read and the Parquet file to write."""

    day: str
    batches: tuple
    output: str


def article_keys(doc) -> tuple:
    """``(keys, body characters)``: the comparison keys of ``doc``'s body sentences (chrome
    and furniture left out): content-word stems, which include capitalised names and figures."""
    from quotecheck.provenance.derivation import prepare

    dt = prepare(doc)
    keys: set = set()
    chars = 0
    for s in dt.sentences:
        keys.update(s.keys)
        chars += s.end - s.start
    return sorted(k for k in keys if len(k) > 2 or k[:1].isdigit()), chars


def load_record(rec: dict):
    """The Document of an article record (as ``compare`` would load it)."""
    from quotecheck.load.loader import load_text

    meta = {k: rec.get(k) for k in ("outlet", "url", "published", "language") if rec.get(k)}
    return load_text(rec["text"], rec["id"], fmt=rec.get("format") or "text", meta=meta)


def analyse_day(task: DayTask) -> dict:
    """Stage 1 for one day (the driver schedules it when its output is missing or bad)."""
    records = sorted((r for b in task.batches for r in read_batch(b)), key=lambda r: r["id"])
    rows = []
    for rec in records:
        doc = load_record(rec)
        keys, chars = article_keys(doc)
        rows.append({**{k: rec.get(k) for k in ARTICLE_COLUMNS if k in rec},
                     "day": task.day, "keys": keys, "body_chars": chars})
    write_parquet_rows(rows, ARTICLE_COLUMNS, task.output, "id")
    return {"day": task.day, "articles": len(rows), "skipped": False}


# -- stage 2: candidate pairs in the window ----------------------------------------------
@dataclass(frozen=True)
class PairsTask:
    """Pairs whose later article falls on ``day``, keys counted over ``inputs`` (the day
    files of the window ``day`` +- window_days)."""

    day: str
    first_day: str          # the earliest day a partner may fall on (day - window_days)
    inputs: tuple           # Parquet files of the days in the window
    output: str
    key_cap: int
    min_shared: int
    top_k: int
    min_share_pct: int = 15
    key_df_pct: int = 0     # a key in more than this percentage of the window's articles
                            # links nothing (0: only ``key_cap``, archives made before it)
    min_weight: int = 0     # ... and when that share is above ``key_cap``, a pair's shared
                            # keys' ln(window articles / articles with the key) sum to this
    weight_scaled: int = 0  # 1: that bound grows with ln(cap / key_cap) (``weight_bound``)


PAIR_COLUMNS = {"a": "VARCHAR", "b": "VARCHAR", "shared": "BIGINT"}


WEIGHT_RAMP = 4.0   # the scaled bound is whole once the cap is this many times key_cap


def weight_bound(task: PairsTask) -> str:
    """SQL for the least summed weight of a pair's shared keys, in integer hundredths of a
    nat, from the window's cap ``c``: none while the cap is ``key_cap``; then ``min_weight``
    times ln(c / key_cap) / ln(WEIGHT_RAMP), at most ``min_weight``: it grows with the
    log of the window from where the relative cap starts (500 articles by default) and is
    whole from 2,000. A fixed bound of 45 nats left 15% of the planted copies out of their
    story at 180 articles a day (windows of 900), where a busy story's own words are in
    many of the window's articles, while chance pairs, whose number grows with the window,
    need it from about 2,500 articles on. Archives made before (``weight_scaled`` 0) keep
    the fixed bound."""
    kc, mw = int(task.key_cap), int(task.min_weight)
    if task.weight_scaled:
        return (f"CASE WHEN c <= {kc} THEN 0 ELSE CAST(floor(100 * {mw} * least(1.0, "
                f"ln(c::DOUBLE / {kc}) / ln({WEIGHT_RAMP}))) AS BIGINT) END")
    return f"CASE WHEN c <= {kc} THEN 0 ELSE 100 * {mw} END"


def window_pairs(task: PairsTask) -> dict:
    """Stage 2 for one day (the driver schedules it when its output is missing or bad)."""
    files = "[" + ", ".join(sql_string(p) for p in task.inputs) + "]"
    target = temp_path(Path(task.output))
    # the strongest pairs: by the information their shared keys carry (integer hundredths of
    # a nat, so sums are exact whatever the order), by their count in archives made before
    rank = "weight DESC, shared" if task.min_weight else "shared"
    con = duckdb_connect()
    try:
        con.execute(f"""
        COPY (
          WITH w AS (SELECT id, day, unnest(keys) AS key FROM read_parquet({files})),
          n AS (SELECT id, len(keys) AS n FROM read_parquet({files})),
          cap0 AS (SELECT count(*) AS articles, CAST(greatest({int(task.key_cap)},
                          floor({int(task.key_df_pct)} * count(*) / 100)) AS BIGINT) AS c
                   FROM n),
          cap AS (SELECT articles, c, {weight_bound(task)} AS bound FROM cap0),
          df AS (SELECT key, count(*) AS f FROM w GROUP BY key
                 HAVING count(*) BETWEEN 2 AND (SELECT c FROM cap)),
          k AS (SELECT w.id, w.day, w.key,
                       CAST(round(100 * ln((SELECT articles FROM cap) / df.f)) AS BIGINT) AS wt
                FROM w JOIN df USING (key)),
          p AS (
            SELECT x.id AS a, y.id AS b, count(*) AS shared, sum(x.wt) AS weight
            FROM k x JOIN k y ON x.key = y.key
            WHERE y.day = {sql_string(task.day)} AND x.day >= {sql_string(task.first_day)}
              AND (x.day < y.day OR (x.day = y.day AND x.id < y.id))
            GROUP BY x.id, y.id HAVING count(*) >= {int(task.min_shared)}
              AND sum(x.wt) >= (SELECT bound FROM cap)),
          q AS (
            SELECT p.* FROM p JOIN n na ON na.id = p.a JOIN n nb ON nb.id = p.b
            WHERE 100 * p.shared >= {int(task.min_share_pct)} * least(na.n, nb.n)),
          r AS (
            SELECT a, b, shared,
              row_number() OVER (PARTITION BY a ORDER BY {rank} DESC, b) AS ra,
              row_number() OVER (PARTITION BY b ORDER BY {rank} DESC, a) AS rb
            FROM q)
          SELECT a, b, shared FROM r WHERE ra <= {int(task.top_k)} OR rb <= {int(task.top_k)}
          ORDER BY a, b
        ) TO {sql_string(target)} (FORMAT PARQUET)""")
        os.replace(target, task.output)
        n = int(con.execute(f"SELECT count(*) FROM read_parquet({sql_string(task.output)})"
                            ).fetchone()[0])
    finally:
        con.close()
        try:
            os.unlink(target)
        except OSError:
            pass
    return {"day": task.day, "pairs": n, "skipped": False}
