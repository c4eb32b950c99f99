"""Stage 5: quote families across the archive, one task per speaker partition, updated in place.

Every link but a story quote group's stays within one resolved speaker (see
:mod:`~quotecheck.archive.familylink`), so the stage runs in partitions by speaker (bounded
memory, in parallel). An update re-links only the speakers whose renderings changed (with
the speakers a story quote group joins them to): the families of every other speaker are
the previous update's, line for line, which is what a batch build gives them, since their
renderings and every link among them are the same. Each rendering row records its family's
position in the partition's families file, so those families are kept without re-reading.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import chain

from quotecheck.archive.familylink import (family_of, link, order_key, renderings, speaker_key,
                                           when)
from quotecheck.archive.rows import story_id
from quotecheck.archive.store import atomic_write_bytes, read_json


@dataclass(frozen=True)
class FamiliesTask:
    """The families of one speaker partition of the current stories. Renderings of stories
    the previous update had come from its renderings file; only new stories' outputs are read."""

    root: str                 # the archive folder (story files are found by their hash)
    stories: str              # JSON file: the current story hashes
    previous_stories: str     # the previous update's story list ('' for none)
    previous_renderings: str  # the previous update's renderings of this part ('' for none)
    renderings: str           # output: this part's renderings of the current stories (Parquet)
    output: str               # output: this part's families (JSON Lines, first appearance order)
    part: int = 0
    parts: int = 1
    previous_families: str = ''   # the previous update's families of this part ('' for none)


RENDERING_COLUMNS = {
    "story": "VARCHAR", "id": "VARCHAR", "document": "VARCHAR", "speaker": "VARCHAR",
    "family_speaker": "VARCHAR", "text": "VARCHAR", "start": "BIGINT", "cluster": "VARCHAR",
    "parent": "VARCHAR", "difference": "VARCHAR", "outlet": "VARCHAR", "published": "VARCHAR",
    "root": "VARCHAR", "story_id": "VARCHAR",
    "family": "BIGINT",   # the line of the rendering's family in the families file (or null)
}


def partition(speaker, parts: int) -> int:
    """The partition of a resolved speaker (stable across runs and machines)."""
    import hashlib

    key = (speaker or "").casefold().encode("utf-8", "surrogatepass")
    return int(hashlib.sha1(key).hexdigest()[:8], 16) % max(1, parts)


def story_renderings(sig: str, data) -> list:
    """Rendering rows of one story output (RuntimeError when it is unreadable)."""
    if not isinstance(data, dict) or not isinstance(data.get("quotes"), list):
        raise RuntimeError(f"story output {sig[:16]} unreadable; run the update again")
    docs = {d["id"]: d for d in data.get("documents", ())}
    first = data["documents"][0]["id"] if data.get("documents") else sig
    rows = []
    for q in data["quotes"]:
        d = docs.get(q["document"], {})
        rows.append({"story": sig, "id": q["id"], "document": q["document"],
                     "speaker": q.get("speaker"),
                     "family_speaker": q.get("family_speaker", q.get("speaker")),
                     "text": q["text"], "start": q["start"],
                     "cluster": q.get("cluster"), "parent": q.get("parent"),
                     "difference": q.get("difference"), "outlet": d.get("outlet"),
                     "published": d.get("published"), "root": d.get("root") or q["document"],
                     "story_id": story_id(first), "family": None})
    return rows


@dataclass
class Previous:
    """What the previous update left for this partition."""

    kept: list      # its rendering rows of stories still current
    gone: list      # its rendering rows of stories that are gone
    covered: set    # the current stories it covers
    lines: list     # its families file, one JSON text a family (None: families not reusable)


def previous_state(task: FamiliesTask, current: set) -> Previous:
    """The previous renderings and families; nothing reusable when the renderings file or its
    story list is missing, unreadable or of an earlier version (then every story is read),
    no family lines when
    the families file does not match the renderings (then every rendering is re-linked)."""
    listed = read_json(task.previous_stories) if task.previous_stories else None
    if not isinstance(listed, list) or not task.previous_renderings:
        return Previous([], [], set(), None)
    from quotecheck.archive.daystage import duckdb_connect, sql_string

    con = duckdb_connect()
    try:
        cur = con.execute(f"SELECT * FROM read_parquet({sql_string(task.previous_renderings)})")
        names = [c[0] for c in cur.description]
        rows = [dict(zip(names, r)) for r in cur.fetchall()]
    except Exception:   # a missing or corrupt file: a miss  # noqa: BLE001
        return Previous([], [], set(), None)
    finally:
        con.close()
    if set(RENDERING_COLUMNS) - set(names):   # an earlier version's file: a miss
        return Previous([], [], set(), None)
    covered = set(listed) & current
    kept = [r for r in rows if r["story"] in covered]
    gone = [r for r in rows if r["story"] not in covered]
    lines = _family_lines(task.previous_families)
    positions = {r["family"] for r in rows if r.get("family") is not None}
    if lines is not None and positions != set(range(len(lines))):
        lines = None
    if lines is None:
        for r in kept:
            r["family"] = None
    return Previous(kept, gone, covered, lines)


def _family_lines(path) -> list:
    """The JSON text of each family of a families file (None when missing or corrupt)."""
    if not path:
        return None
    try:
        with open(path, "rb") as fh:
            lines = [line.decode("utf-8") for line in fh.read().split(b"\n") if line.strip()]
        for line in lines:
            if not (line.startswith("{") and line.endswith("}")):
                return None
        return lines
    except (OSError, ValueError):
        return None


def relink_plan(kept: list, gone: list, new: list) -> tuple:
    """(rows to link again, positions of previous families kept as they are).

    Dirty speakers are those of renderings gone or new; a story quote group joins the
    speakers of its renderings into one unit (the one link across speakers). Every rendering
    of a unit holding a dirty speaker is linked again; every other unit has the renderings
    and links it had, so its families are the previous ones. A previous family is kept only
    when none of its renderings belongs to a speaker linked again."""
    parent: dict = {}

    def find(x):
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    groups: dict = {}
    for r in chain(kept, new):
        if r.get("cluster"):
            groups.setdefault((r["story"], r["cluster"]), set()).add(speaker_key(r))
    for keys in groups.values():
        first, *others = sorted(keys)
        for k in others:
            a, b = find(first), find(k)
            if a != b:
                parent[max(a, b)] = min(a, b)
    dirty_units = {find(speaker_key(r)) for r in chain(gone, new)}
    again = [r for r in chain(kept, new) if find(speaker_key(r)) in dirty_units]
    stale = {r["family"] for r in chain(kept, gone) if find(speaker_key(r)) in dirty_units}
    kept_families = {r["family"] for r in kept if r["family"] is not None} - stale
    return again, kept_families


def build_families(task: FamiliesTask) -> dict:
    """Stage 5: the renderings file and the families file (JSON Lines, families in order of
    first appearance); skipped when both exist and read."""
    from quotecheck.archive.daystage import parquet_rows, write_parquet_rows
    from quotecheck.archive.store import story_file

    if read_json_lines_ok(task.output) and parquet_rows(task.renderings) >= 0:
        return {"skipped": True}
    current = read_json(task.stories)
    if not isinstance(current, list):
        raise RuntimeError(f"story list unreadable: {task.stories}")
    current = set(current)
    previous = previous_state(task, current)
    new, unreadable = [], []
    for sig in sorted(current - previous.covered):
        try:
            new.extend(r for r in story_renderings(sig, read_json(story_file(task.root, sig)))
                       if partition(r["family_speaker"], task.parts) == task.part)
        except RuntimeError:
            unreadable.append(sig)
    if unreadable:   # the driver analyses these stories again, then runs this stage again
        return {"skipped": False, "unreadable": unreadable}
    if previous.lines is not None and not new and not previous.gone:   # nothing changed
        _copy(task.previous_renderings, task.renderings)
        _copy(task.previous_families, task.output)
        return {"skipped": False, "families": len(previous.lines), "relinked": 0,
                "kept": len(previous.lines), "stories_read": len(current - previous.covered)}
    again, reused = (previous.kept + new, set()) if previous.lines is None else \
        relink_plan(previous.kept, previous.gone, new)
    linked = {id(r) for r in again}
    if any(r["family"] is not None and r["family"] not in reused and id(r) not in linked
           for r in previous.kept):   # cannot happen (see relink_plan); then link everything
        again, reused = previous.kept + new, set()
    families = _families(again, reused, previous)
    for position, (_, _, members) in enumerate(families):
        for r in members:
            r["family"] = position
    write_parquet_rows(previous.kept + new, RENDERING_COLUMNS, task.renderings,
                       "story, document, start, id")
    data = "".join(text + "\n" for _, text, _ in families)
    atomic_write_bytes(task.output, data.encode("utf-8", "surrogatepass"))
    return {"skipped": False, "families": len(families), "relinked": len(again),
            "kept": len(reused), "stories_read": len(current - previous.covered)}


def _copy(source: str, target: str) -> None:
    """``source``'s bytes at ``target``, atomically (a partition the update did not touch)."""
    with open(source, "rb") as fh:
        atomic_write_bytes(target, fh.read())


def _families(again: list, reused: set, previous: Previous) -> list:
    """(order key, JSON text, rendering rows) of every family of the partition, in order of
    first appearance: the families of ``again`` linked afresh, the ``reused`` ones as they
    were (their order key from their renderings: the earliest one is the first appearance)."""
    for r in again:
        r["family"] = None
    out = []
    rends = renderings(again)
    roots = link(rends)
    groups: dict = {}
    for i, root in enumerate(roots):
        groups.setdefault(root, []).append(rends[i])
    for root in groups:
        members = groups[root]
        record = family_of(members)
        out.append((order_key(record), json.dumps(record, ensure_ascii=False, sort_keys=True),
                    [r["row"] for r in members]))
    kept: dict = {}
    for r in previous.kept:
        if r["family"] in reused:
            kept.setdefault(r["family"], []).append(r)
    for position, members in kept.items():
        key = min((when(r["published"]), r["document"], r["start"]) for r in members)
        out.append((key, previous.lines[position], members))
    out.sort(key=lambda item: item[0])
    return out


def merged_families(paths: list):
    """``(family, its JSON text)`` from every partition file, merged in order of first
    appearance (lazily: one line per file in memory)."""
    import heapq

    def lines(path):
        with open(path, "rb") as fh:
            for line in fh:
                text = line.decode("utf-8").strip()
                if text:
                    yield json.loads(text), text

    return heapq.merge(*(lines(p) for p in paths), key=lambda pair: order_key(pair[0]))


def read_json_lines_ok(path) -> bool:
    """Whether a JSON Lines output exists and every line parses."""
    return read_families(path) is not None


def read_families(path):
    """The families of a families file, or None when it is missing or corrupt (a miss).
    Lines end at a newline only: a quotation may hold U+2028, which ``splitlines`` splits."""
    try:
        with open(path, "rb") as fh:
            return [json.loads(line) for line in fh.read().decode("utf-8").split("\n")
                    if line.strip()]
    except (OSError, ValueError):
        return None
