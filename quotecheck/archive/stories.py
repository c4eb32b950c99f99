"""Stories: connected groups of candidate pairs, and the per-story analysis stage.

``find_stories`` runs union-find over every candidate pair of the archive (cheap: K pairs
per article at most) and splits a group larger than ``max_story`` by sub-window, so the
stories depend on the pairs alone and a later day extends (or merges) earlier stories
exactly as one batch run would. A story's output is named by the hash of its members: an
unchanged story is never analysed again, a grown one is analysed afresh.

``analyse_stories`` runs the existing :class:`~quotecheck.story.Story` analysis (quotes,
provenance, quote alignment) over each story of a task and writes one JSON file per story:
documents, edges (with credit), quotations with their group, parent rendering and typed
difference, and each document's root. Framing and the rule engine are not run.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Iterable

from quotecheck.archive.daystage import duckdb_connect, load_record, sql_string
from quotecheck.archive.store import STAGE_VERSION, atomic_write_json, digest, read_json


class _UnionFind:
    def __init__(self):
        self.parent: dict = {}

    def find(self, x):
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = (ra, rb) if ra < rb else (rb, ra)
            self.parent[hi] = lo


def find_stories(doc_days: dict, pairs: Iterable, window_days: int, max_story: int) -> list:
    """Stories as tuples of document ids ordered by (day, id), sorted by their first member.

    ``doc_days`` maps every document to its day; ``pairs`` are (a, b) candidate pairs. A
    document without pairs is a story of its own. A group over ``max_story`` documents is cut
    into blocks of 2 * window_days + 1 days from its first day, then into runs of max_story.
    """
    uf = _UnionFind()
    for a, b in pairs:
        if a in doc_days and b in doc_days:
            uf.union((doc_days[a], a), (doc_days[b], b))
    groups: dict = {}
    for doc, day in doc_days.items():
        key = (day, doc)
        groups.setdefault(uf.find(key), []).append(key)
    out = []
    span = 2 * window_days + 1
    for members in groups.values():
        members.sort()
        if len(members) <= max_story:
            out.append(tuple(d for _, d in members))
            continue
        first = _dt.date.fromisoformat(members[0][0])
        blocks: dict = {}
        for day, doc in members:
            blocks.setdefault((_dt.date.fromisoformat(day) - first).days // span, []).append(doc)
        for block in blocks.values():
            for i in range(0, len(block), max_story):
                out.append(tuple(block[i:i + max_story]))
    out.sort(key=lambda ids: (doc_days[ids[0]], ids[0]))
    return out


@dataclass(frozen=True)
class LinkTask:
    """Stage 3: stories from every day file (articles) and pair file of the archive."""

    day_files: tuple
    pair_files: tuple
    window_days: int
    max_story: int
    output: str      # JSON: {"version", "stories": [[[day, id], ...], ...]}


def read_membership(path):
    """Stories of a stage 3 output as lists of (day, id) pairs, None when it does not read."""
    data = read_json(path)
    if not (isinstance(data, dict) and data.get("version") == STAGE_VERSION["stories"]
            and isinstance(data.get("stories"), list)):
        return None
    return data["stories"]


def link_stories(task: LinkTask) -> dict:
    """Stage 3 (skipped when its output exists and reads)."""
    done = read_membership(task.output)
    if done is not None:
        return {"stories": len(done), "skipped": True}
    con = duckdb_connect()
    try:
        def listing(files):
            return "[" + ", ".join(sql_string(f) for f in files) + "]"
        doc_days = dict(con.execute(f"SELECT id, day FROM read_parquet("
                                    f"{listing(task.day_files)})").fetchall()
                        if task.day_files else [])
        pairs = (con.execute(f"SELECT a, b FROM read_parquet({listing(task.pair_files)})"
                             ).fetchall() if task.pair_files else [])
    finally:
        con.close()
    stories = find_stories(doc_days, pairs, task.window_days, task.max_story)
    atomic_write_json(task.output, {"version": STAGE_VERSION["stories"], "stories": [
        [[doc_days[d], d] for d in ids] for ids in stories]})
    return {"stories": len(stories), "skipped": False}


def story_signature(ids: tuple) -> str:
    return digest("story", STAGE_VERSION["story"], list(ids))


@dataclass(frozen=True)
class StoryTask:
    """Stories to analyse: ``stories`` holds (signature, output path, member ids) triples;
    ``day_files`` the Parquet files of the days their members fall on."""

    day_files: tuple
    stories: tuple


def story_ok(path) -> bool:
    """Whether a story output exists and parses (anything else is analysed again)."""
    data = read_json(path)
    return (isinstance(data, dict) and data.get("version") == STAGE_VERSION["story"]
            and isinstance(data.get("documents"), list))


def analyse_stories(task: StoryTask) -> dict:
    """Stage 4 for a batch of stories (each skipped when its output exists and reads)."""
    todo = [(sig, out, ids) for sig, out, ids in task.stories if not story_ok(out)]
    articles = sum(len(ids) for _, _, ids in task.stories)
    if not todo:
        return {"stories": len(task.stories), "articles": articles, "analysed": 0}
    wanted = sorted({d for _, _, ids in todo for d in ids})
    files = "[" + ", ".join(sql_string(p) for p in task.day_files) + "]"
    con = duckdb_connect()
    try:
        cur = con.execute(f"SELECT id, text, outlet, published, url, language, format, day "
                          f"FROM read_parquet({files}) WHERE list_contains(?, id)", [wanted])
        names = [c[0] for c in cur.description]
        records = {row[0]: dict(zip(names, row)) for row in cur.fetchall()}
    finally:
        con.close()
    for sig, out, ids in todo:
        missing = [d for d in ids if d not in records]
        if missing:
            raise RuntimeError(f"story {sig[:16]}: documents missing from the day files: "
                               f"{missing[:3]}")
        atomic_write_json(out, analyse_story(sig, [records[d] for d in ids]))
    return {"stories": len(task.stories), "articles": articles, "analysed": len(todo)}


def _difference(pa) -> str:
    """A typed difference in one line: the verdict, then each changed span by category."""
    if pa is None:
        return ""
    changes = [f"{s.category}/{s.kind}: {s.a_text!r} -> {s.b_text!r}"
               for s in pa.segments if s.category != "equal"]
    return "; ".join([pa.verdict] + changes[:6])


def analyse_story(sig: str, records: list) -> dict:
    """One story's rows (see the module docstring)."""
    from quotecheck.model import SPEECH_KINDS
    from quotecheck.story import Story

    docs = [load_record(r) for r in records]
    story = Story(docs)
    quotes = [q for q in story.quotes if q.kind in SPEECH_KINDS and q.text.strip()]
    edges, roots, parent_of, cluster_of = [], {d.id: d.id for d in docs}, {}, {}
    group_speaker: dict = {}
    if len(docs) > 1:
        prov = story.provenance
        undisclosed = {(d.args.get("parent"), d.document) for d in prov.detections
                       if d.rule_type == "provenance"}
        for e in sorted(prov.edges, key=lambda e: (e.source, e.derived)):
            edges.append({"source": e.source, "derived": e.derived, "relation": e.relation,
                          "confidence": round(float(e.confidence), 3),
                          "credited": (e.source, e.derived) not in undisclosed})
        roots = {d.id: prov.root_of(d.id) for d in docs}
        alignment = story.alignment
        for c in alignment.clusters:
            for qid in c.quotes:
                cluster_of[qid] = c.id
                if c.speaker:
                    group_speaker[qid] = c.speaker
        for pa in alignment.alignments:
            parent_of.setdefault(pa.b, pa)
    return {
        "version": STAGE_VERSION["story"], "story": sig,
        "documents": [{"id": r["id"], "outlet": r.get("outlet"), "published": r.get("published"),
                       "day": r.get("day"), "root": roots[r["id"]]} for r in records],
        "edges": edges,
        "quotes": [{"id": q.id, "document": q.document, "speaker": q.speaker,
                    "family_speaker": group_speaker.get(q.id, q.speaker), "text": q.text,
                    "start": q.start, "cluster": cluster_of.get(q.id),
                    "parent": parent_of[q.id].a if q.id in parent_of else None,
                    "difference": _difference(parent_of.get(q.id))}
                   for q in quotes],
    }
