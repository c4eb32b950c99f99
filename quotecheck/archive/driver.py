"""The update driver: ingest, run the stages through an engine, write the query index.

Only this module (the driver) writes the index and decides which stage outputs are current;
stage tasks read their inputs from the archive's files and write their own outputs. Stage
outputs are named by the hash of their inputs, so a rerun after a crash skips what is done
and an unchanged day, window or story is never computed again.
"""
from __future__ import annotations

import datetime as _dt
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from quotecheck.archive import index as idx
from quotecheck.archive.daystage import (DayTask, PairsTask, analyse_day, duckdb_connect,
                                         parquet_rows, window_pairs)
from quotecheck.archive.engine import Engine, LocalEngine
from quotecheck.archive.families import FamiliesTask, build_families, merged_families
from quotecheck.archive.ingest import batch_bytes, ingest
from quotecheck.archive.rows import STORY_IDS
from quotecheck.archive.store import (STAGE_VERSION, Settings, UpdateLock, atomic_write_bytes,
                                      atomic_write_json, digest, open_archive, read_json)
from quotecheck.archive.stories import (LinkTask, StoryTask, analyse_stories, link_stories,
                                        read_membership, story_signature)

STORY_TASK_ARTICLES = 200   # articles per story task (a balance of overhead and spread)
# Speaker partitions of the families stage: fixed, so that each update finds the previous
# update's renderings per partition (the families do not depend on it).
FAMILY_PARTS = 8


@dataclass
class UpdateResult:
    """What an update did: new, duplicate and bad inputs; stage counts; errors to report."""

    added: int = 0
    duplicates: int = 0
    errors: list = field(default_factory=list)
    documents: int = 0
    stories: int = 0
    stories_analysed: int = 0
    families: int = 0
    edges: int = 0
    days: int = 0
    cpu_seconds: float = 0.0


def update(root, inputs: Iterable, *, engine: Optional[Engine] = None,
           settings: Optional[Settings] = None,
           progress: Optional[Callable[[str], None]] = None,
           undated: Optional[str] = None) -> UpdateResult:
    """Add the articles of ``inputs`` to the archive at ``root`` (created if missing) and
    bring every stage and the index up to date. Bad inputs are in ``result.errors``.
    ``undated``: an ISO 8601 date for folder articles that give none (else an error each)."""
    engine = engine or LocalEngine(1)
    archive = open_archive(root, create=True, settings=settings)
    started = time.process_time()
    with UpdateLock(archive.root):
        con = idx.connect(archive.index_path)
        try:
            result = _update(archive, con, list(inputs), engine, progress, undated)
        finally:
            con.close()
    result.cpu_seconds = time.process_time() - started
    return result


def _update(archive, con, inputs, engine, progress, undated=None) -> UpdateResult:
    known = idx.known_documents(con)
    got = ingest(inputs, {k: v[0] for k, v in known.items()}, {v[0] for v in known.values()},
                 undated)
    result = UpdateResult(added=len(got.articles), duplicates=got.duplicates, errors=got.errors)
    day_batches = idx.batches(con)
    new_batches = []
    for day, records in got.by_day().items():
        data = batch_bytes(records)
        name = digest("batch", data.decode("utf-8", "surrogatepass"))[:24]
        atomic_write_bytes(archive.raw_path(day, name), data)
        if name not in day_batches.get(day, []):
            day_batches.setdefault(day, []).append(name)
            new_batches.append((day, name, len(records)))
    check = duckdb_connect()   # one connection checks every stage file the driver needs
    try:
        return _stages(archive, con, check, engine, progress, result, day_batches, new_batches,
                       got.articles)
    finally:
        check.close()


def _stages(archive, con, check, engine, progress, result, day_batches, new_batches,
            new_articles):
    s = archive.settings
    days = sorted(day_batches)
    day_sig = {d: digest("day", STAGE_VERSION["day"], sorted(day_batches[d])) for d in days}
    day_file = {d: str(archive.day_path(d, day_sig[d])) for d in days}

    # stage 1: articles and keys, per day (days whose output is missing or unreadable)
    counts = _rows_of(day_file, check)
    todo = [d for d in days if counts[d] < 0]
    tasks = [DayTask(d, tuple(str(archive.raw_path(d, n)) for n in sorted(day_batches[d])),
                     day_file[d]) for d in todo]
    sizes = {**idx.batch_sizes(con), **{(d, n): a for d, n, a in new_batches}}
    for r in _run(engine, analyse_day, tasks, "articles", progress,
                  [sum(sizes.get((d, n), 0) for n in day_batches[d]) or 1 for d in todo]):
        counts[r["day"]] = r["articles"]

    # stage 2: candidate pairs in the window around each day
    pair_file, tasks = {}, []
    for d in days:
        window = _window(days, d, s.window_days)
        sig = digest("pairs", STAGE_VERSION["pairs"], d, [(w, day_sig[w]) for w in window],
                     s.signature())
        pair_file[d] = str(archive.pairs_path(d, sig))
    pair_counts = _rows_of(pair_file, check)
    for d in days:
        if pair_counts[d] >= 0:
            continue
        window = _window(days, d, s.window_days)
        first = (_dt.date.fromisoformat(d) - _dt.timedelta(days=s.window_days)).isoformat()
        tasks.append(PairsTask(d, first, tuple(day_file[w] for w in window), pair_file[d],
                               s.key_cap, s.min_shared, s.top_k, s.min_share_pct,
                               s.key_df_pct, s.min_weight, s.weight_scaled))
    for r in _run(engine, window_pairs, tasks, "pairs", progress):
        pair_counts[r["day"]] = r["pairs"]

    # stage 3: stories over every pair of the archive
    link_sig = digest("stories", STAGE_VERSION["stories"], [Path(f).name for f in
                      sorted(day_file.values())], [Path(f).name for f in
                      sorted(pair_file.values())], s.window_days, s.max_story)
    link = LinkTask(tuple(day_file[d] for d in days), tuple(pair_file[d] for d in days),
                    s.window_days, s.max_story, str(archive.membership_path(link_sig)))
    _run(engine, link_stories, [link], "stories", progress)
    membership = read_membership(link.output)
    if membership is None:
        raise RuntimeError(f"story membership unreadable after the stage: {link.output}")
    doc_days = {doc: day for members in membership for day, doc in members}
    stories = [tuple(doc for _, doc in members) for members in membership]
    sigs = [story_signature(ids) for ids in stories]

    # stage 4: per-story analysis of the stories whose membership is new (a story in the
    # index was complete when the index was written; its output is trusted if it exists)
    indexed = idx.story_signatures(con)
    todo = [(sig, ids) for sig, ids in zip(sigs, stories)
            if sig not in indexed or not archive.story_path(sig).is_file()]
    result.stories_analysed = _analyse(archive, engine, progress, todo, doc_days, day_file)

    # stage 5: quote families across the archive, by speaker partition
    fam_sig = digest("families", STAGE_VERSION["families"], sorted(sigs))
    listing = archive.story_list_path(fam_sig)
    if read_json(listing) != sorted(sigs):
        atomic_write_json(listing, sorted(sigs))
    previous = idx.meta(con)
    before = _part_paths(previous.get("renderings"))
    before_families = _part_paths(previous.get("families"))
    tasks = [FamiliesTask(str(archive.root), str(listing), previous.get("story_list", ""),
                          before[p], str(archive.renderings_path(fam_sig, p)),
                          str(archive.family_part_path(fam_sig, p)), p, FAMILY_PARTS,
                          before_families[p])
             for p in range(FAMILY_PARTS)]
    bad = {g for r in _run(engine, build_families, tasks, "families", progress)
           for g in r.get("unreadable", ())}
    if bad:   # a story output that does not read is a miss: analysed again
        for sig in bad:
            archive.story_path(sig).unlink(missing_ok=True)
        result.stories_analysed += _analyse(archive, engine, progress,
                                            [(g, i) for g, i in zip(sigs, stories) if g in bad],
                                            doc_days, day_file)
        left = {g for r in _run(engine, build_families, tasks, "families", progress)
                for g in r.get("unreadable", ())}
        if left:
            raise RuntimeError(f"story outputs unreadable after a rerun: {sorted(left)[:3]}")
    unchanged = previous.get("story_list") == str(listing)   # the index holds these already
    families = None if unchanged else merged_families([t.output for t in tasks])

    # the index, in one transaction: rows of new stories replace those of stories gone
    from quotecheck.archive.rows import story_changes

    # an index from before story ids were their first document's: every story's rows anew
    renamed = bool(indexed) and previous.get("story_ids") != STORY_IDS
    changes = story_changes(archive, stories, sigs, set() if renamed else indexed)
    if renamed:
        changes.gone = sorted(indexed)
    idx.write_index(
        con, new_batches=new_batches,
        days=[(d, day_sig[d], counts.get(d, 0), pair_file[d], pair_counts.get(d, 0))
              for d in days],
        new_documents=[(a["id"], a["hash"], a["day"], a["published"], a["outlet"], a["url"],
                        a["language"]) for a in new_articles],
        changes=changes, families=families,
        meta={"story_list": str(listing), "story_ids": STORY_IDS,
              "renderings": json.dumps([t.renderings for t in tasks]),
              "families": json.dumps([t.output for t in tasks])})
    result.documents, result.stories = len(doc_days), len(stories)
    result.families, result.days = idx.count(con, "families"), len(days)
    result.edges = idx.count(con, "edges")
    return result


def _analyse(archive, engine, progress, todo: list, doc_days: dict, day_file: dict) -> int:
    """Stage 4 over ``todo`` ((hash, member ids) pairs), in tasks of about
    STORY_TASK_ARTICLES articles; returns how many stories were analysed."""
    tasks, batch, size = [], [], 0
    for sig, ids in todo:
        batch.append((sig, str(archive.story_path(sig)), ids))
        size += len(ids)
        if size >= STORY_TASK_ARTICLES:
            tasks.append(_story_task(batch, doc_days, day_file))
            batch, size = [], 0
    if batch:
        tasks.append(_story_task(batch, doc_days, day_file))
    ran = _run(engine, analyse_stories, tasks, "stories", progress,
               [sum(len(ids) for _, _, ids in t.stories) for t in tasks])
    return sum(r["analysed"] for r in ran)


def read_json_text(text):
    """JSON stored as text in the index's meta table; None when absent or invalid."""
    try:
        return json.loads(text) if text else None
    except ValueError:
        return None


def _part_paths(text) -> list:
    """The previous update's file of each families partition (index meta), '' for none."""
    paths = read_json_text(text)
    if not (isinstance(paths, list) and len(paths) == FAMILY_PARTS):
        return [""] * FAMILY_PARTS
    return [str(p) for p in paths]


def _window(days: list, day: str, width: int) -> list:
    d = _dt.date.fromisoformat(day)
    lo = (d - _dt.timedelta(days=width)).isoformat()
    hi = (d + _dt.timedelta(days=width)).isoformat()
    return [x for x in days if lo <= x <= hi]


def _story_task(batch: list, doc_days: dict, day_file: dict) -> StoryTask:
    needed = sorted({doc_days[d] for _, _, ids in batch for d in ids})
    return StoryTask(tuple(day_file[d] for d in needed), tuple(batch))


def _rows_of(files: dict, con) -> dict:
    """Rows of each Parquet file (``{key: path}``), -1 for a missing or unreadable one: one
    DuckDB query for all of them (a query per file was a fifth of a one-day update of a
    100-day archive), a query per file only when one of them does not read."""
    import os

    present = {k: p for k, p in files.items() if os.path.isfile(p)}
    counts = {k: -1 for k in files}
    if not present:
        return counts
    from quotecheck.archive.daystage import sql_string

    listed = "[" + ", ".join(sql_string(p) for p in present.values()) + "]"
    try:
        found = dict(con.execute(f"SELECT filename, count(*) FROM read_parquet({listed}, "
                                 "filename = true, union_by_name = true) GROUP BY filename"
                                 ).fetchall())
    except Exception:   # some file does not read: find which, one by one  # noqa: BLE001
        return {k: parquet_rows(p, con) for k, p in files.items()}
    for k, p in present.items():
        counts[k] = int(found.get(p, 0))
    return counts


def _run(engine: Engine, fn, tasks: list, label: str, progress, weights=None) -> list:
    """``engine.map`` with a progress line (tasks, articles per second, time left)."""
    if not tasks:
        return []
    total_weight = sum(weights) if weights else len(tasks)
    started = time.monotonic()

    def report(done: int, total: int) -> None:
        if progress is None:
            return
        elapsed = max(1e-6, time.monotonic() - started)
        rate = done / elapsed
        left = (total - done) / rate if rate else 0
        items = total_weight * done / max(1, total)
        progress(f"{label}: {done}/{total} tasks, {items / elapsed:,.0f}/s, "
                 f"{left:,.0f}s left")

    out = engine.map(fn, tasks, label=label, progress=report)
    if progress is not None:
        progress("")
    return out


def terminal_progress(stream=None) -> Optional[Callable[[str], None]]:
    """A progress writer for a terminal (one rewritten line), or None when not a terminal."""
    stream = stream or sys.stderr
    if not stream.isatty():
        return None

    def write(message: str) -> None:
        print("\r\x1b[K" + message, end="" if message else "", file=stream, flush=True)

    return write
