"""Quote families across the archive: every rendering of one utterance, wherever it appeared.

A rendering's resolved speaker is its story quote group's speaker (else its own). Renderings
are linked when they share the resolved speaker and the canonical words (folded, punctuation
dropped), when one story's quote alignment put them in one group (a copy's changed quotation
stays with its parent), within one speaker and story when they share half their content
words (independent translations of one utterance), and within one speaker when they share
most of their rare content words (near-variants across stories). Every link stays within
one resolved speaker, so the stage runs in partitions by speaker (bounded memory, in
parallel) and gives the same families whatever the number of partitions. A family keeps
its first appearance, outlets, every variant in time order with its typed difference from
its parent rendering, and its independent roots (distinct story roots).
"""
from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from quotecheck.archive.store import atomic_write_bytes, digest, read_json
from quotecheck.load.metadata import published_instant

_WORDS = re.compile(r"\w+(?:['\u2019]\w+)*", re.UNICODE)
_RARE_CAP = 20          # a stem in more of one speaker's renderings than this links nothing
_NEAR_SHARED = 3        # near-variants share at least this many rare stems ...
_NEAR_SHARE = 0.6       # ... and this share of the shorter rendering's stems
_STORY_SHARE = 0.5      # within one story (translations of one utterance): this share
_UNATTRIBUTED_MIN = 4   # unattributed renderings link by their words only from this length


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


RENDERING_COLUMNS = {
    "story": "VARCHAR", "id": "VARCHAR", "document": "VARCHAR", "speaker": "VARCHAR",
    "family_speaker": "VARCHAR", "text": "VARCHAR", "start": "BIGINT", "cluster": "VARCHAR",
    "parent": "VARCHAR", "difference": "VARCHAR", "outlet": "VARCHAR", "published": "VARCHAR",
    "root": "VARCHAR",
}


def partition(speaker, parts: int) -> int:
    """The partition of a resolved speaker (stable across runs and machines)."""
    import hashlib

    key = (speaker or "").casefold().encode("utf-8", "surrogatepass")
    return int(hashlib.sha1(key).hexdigest()[:8], 16) % max(1, parts)


def order_key(family: dict) -> tuple:
    """Families in order of first appearance: (instant, document, offset)."""
    first = family["first"]
    return (when(first["published"]), first["document"], first.get("start", 0))


@lru_cache(maxsize=65536)
def when(published) -> str:
    """A sortable UTC instant for a ``published`` value ('' when unknown; kept per value:
    every rendering of an article asks)."""
    instant = published_instant(published) if published else None
    return instant.strftime("%Y-%m-%dT%H:%M:%S") if instant else ""


def _canonical(text: str) -> tuple:
    from quotecheck.text.normalize import fold_text

    return tuple(w.lower() for w in _WORDS.findall(fold_text(text)))


def _stems(words: tuple) -> frozenset:
    from quotecheck.provenance.derivation import settings, stem

    stop = settings()["stopwords"]
    return frozenset(stem(w) for w in words if w not in stop and len(w) > 2)


def story_renderings(sig: str, data) -> list:
    """Rendering rows of one story output (RuntimeError when it is unreadable)."""
    if not isinstance(data, dict) or not isinstance(data.get("quotes"), list):
        raise RuntimeError(f"story output {sig[:16]} unreadable; run the update again")
    docs = {d["id"]: d for d in data.get("documents", ())}
    rows = []
    for q in data["quotes"]:
        d = docs.get(q["document"], {})
        rows.append({"story": sig, "id": q["id"], "document": q["document"],
                     "speaker": q.get("speaker"),
                     "family_speaker": q.get("family_speaker", q.get("speaker")),
                     "text": q["text"], "start": q["start"],
                     "cluster": q.get("cluster"), "parent": q.get("parent"),
                     "difference": q.get("difference"), "outlet": d.get("outlet"),
                     "published": d.get("published"), "root": d.get("root") or q["document"]})
    return rows


def _previous_rows(task: FamiliesTask, current: set) -> tuple:
    """(rows kept from the previous renderings file, the stories they cover); nothing when
    that file or its story list is missing or unreadable (then every story is read)."""
    listed = read_json(task.previous_stories) if task.previous_stories else None
    if not isinstance(listed, list) or not task.previous_renderings:
        return [], set()
    from quotecheck.archive.daystage import duckdb_connect, sql_string

    con = duckdb_connect()
    try:
        cur = con.execute(f"SELECT * FROM read_parquet({sql_string(task.previous_renderings)})")
        names = [c[0] for c in cur.description]
        rows = [dict(zip(names, r)) for r in cur.fetchall()]
    except Exception:   # a missing or corrupt file: a miss  # noqa: BLE001
        return [], set()
    finally:
        con.close()
    covered = set(listed) & current
    return [r for r in rows if r["story"] in covered], covered


def _renderings(rows: list) -> list:
    out = []
    for r in rows:
        words = _canonical(r["text"])
        if words:
            out.append({**r, "when": when(r["published"]), "words": words,
                        "root": (r["story"], r["root"]),
                        "speaker_key": (r["family_speaker"] or "").casefold()})
    out.sort(key=lambda r: (r["when"], r["document"], r["start"]))
    return out


def _link(rends: list) -> list:
    """Union-find over renderings (indices); returns each rendering's family root index."""
    parent = list(range(len(rends)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first: dict = {}
    for i, r in enumerate(rends):
        keys = []
        if r["speaker_key"] or len(r["words"]) >= _UNATTRIBUTED_MIN:
            keys.append(("words", r["speaker_key"], r["words"]))
        if r.get("cluster"):
            keys.append(("cluster", r["story"], r["cluster"]))
        for key in keys:
            if key in first:
                union(first[key], i)
            else:
                first[key] = i
    by_speaker: dict = {}
    for i, r in enumerate(rends):
        if r["speaker_key"]:
            by_speaker.setdefault(r["speaker_key"], []).append(i)
    _link_within_stories(rends, by_speaker, union)
    for members in by_speaker.values():
        if len(members) < 2:
            continue
        stems = {i: _stems(rends[i]["words"]) for i in members}
        df = Counter(s for i in members for s in stems[i])
        posting: dict = {}
        for i in members:
            rare = [s for s in stems[i] if df[s] <= _RARE_CAP]
            shared = Counter(j for s in rare for j in posting.get(s, ()))
            for j, n in shared.items():
                if n >= _NEAR_SHARED and n >= _NEAR_SHARE * min(len(stems[i]), len(stems[j])):
                    union(i, j)
            for s in rare:
                posting.setdefault(s, []).append(i)
    return [find(i) for i in range(len(rends))]


def _link_within_stories(rends: list, by_speaker: dict, union) -> None:
    """Within one speaker and one story, renderings sharing ``_STORY_SHARE`` of the shorter
    one's content stems (at least ``_NEAR_SHARED``), common or not: independent translations
    of one utterance, whose topic words a busy story makes too common for the rare-stem link."""
    for members in by_speaker.values():
        by_story: dict = {}
        for i in members:
            by_story.setdefault(rends[i]["story"], []).append(i)
        for group in by_story.values():
            if len(group) < 2:
                continue
            stems = {i: _stems(rends[i]["words"]) for i in group}
            posting: dict = {}
            for i in group:
                shared = Counter(j for s in stems[i] for j in posting.get(s, ()))
                for j, n in shared.items():
                    if n >= _NEAR_SHARED and n >= _STORY_SHARE * min(len(stems[i]),
                                                                     len(stems[j])):
                        union(i, j)
                for s in stems[i]:
                    posting.setdefault(s, []).append(i)


def _word_difference(a: tuple, b: tuple) -> str:
    """An untyped word difference (renderings from different stories were never aligned)."""
    changes = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op != "equal":
            changes.append(f"{op}: {' '.join(a[i1:i2])!r} -> {' '.join(b[j1:j2])!r}")
    return "; ".join(["words" if changes else "identical"] + changes[:6])


def family_of(members: list) -> dict:
    """One family's record from its renderings (in time order)."""
    first = members[0]
    speakers = [r["family_speaker"] for r in members if r.get("family_speaker")]
    speaker = max(dict.fromkeys(speakers), key=speakers.count) if speakers else None
    by_quote = {r["id"]: r for r in members}
    variants = []
    for k, r in enumerate(members):
        if k == 0:
            difference = None
        elif r.get("parent") in by_quote and r.get("difference"):
            difference = r["difference"]
        else:
            difference = _word_difference(members[k - 1]["words"], r["words"])
        variants.append({"document": r["document"], "outlet": r["outlet"],
                         "published": r["published"], "text": r["text"],
                         "speaker": r.get("speaker"), "story": r["story"][:16],
                         "difference": difference})
    return {
        "id": digest("family", first["document"], first["start"])[:16],
        "speaker": speaker, "text": first["text"],
        "first": {"document": first["document"], "outlet": first["outlet"],
                  "published": first["published"], "start": first["start"]},
        "outlets": sorted({r["outlet"] for r in members if r["outlet"]}),
        "independent_roots": len({r["root"] for r in members}),
        "variants": variants,
    }


def build_families(task: FamiliesTask) -> dict:
    """Stage 5: the renderings file and the families file (JSON Lines, families in order of
    first appearance); skipped when both exist and read."""
    import json

    from quotecheck.archive.daystage import parquet_rows, write_parquet_rows
    from quotecheck.archive.store import story_file

    if read_json_lines_ok(task.output) and parquet_rows(task.renderings) >= 0:
        return {"skipped": True}
    current = read_json(task.stories)
    if not isinstance(current, list):
        raise RuntimeError(f"story list unreadable: {task.stories}")
    current = set(current)
    rows, covered = _previous_rows(task, current)
    unreadable = []
    for sig in sorted(current - covered):
        try:
            rows.extend(r for r in story_renderings(sig, read_json(story_file(task.root, sig)))
                        if partition(r["family_speaker"], task.parts) == task.part)
        except RuntimeError:
            unreadable.append(sig)
    if unreadable:   # the driver analyses these stories again, then runs this stage again
        return {"skipped": False, "unreadable": unreadable}
    write_parquet_rows(rows, RENDERING_COLUMNS, task.renderings, "story, document, start, id")
    rends = _renderings(rows)
    roots = _link(rends)
    groups: dict = {}
    for i, root in enumerate(roots):
        groups.setdefault(root, []).append(rends[i])
    families = sorted((family_of(groups[root]) for root in groups), key=order_key)
    data = "".join(json.dumps(f, ensure_ascii=False, sort_keys=True) + "\n" for f in families)
    atomic_write_bytes(task.output, data.encode("utf-8", "surrogatepass"))
    return {"skipped": False, "families": len(families), "renderings": len(rends),
            "stories_read": len(current - covered)}


def merged_families(paths: list):
    """``(family, its JSON text)`` from every partition file, merged in order of first
    appearance (lazily: one line per file in memory)."""
    import heapq
    import json

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
    """The families of a families file, or None when it is missing or corrupt (a miss)."""
    import json

    try:
        with open(path, "rb") as fh:
            return [json.loads(line) for line in fh.read().decode("utf-8").splitlines()
                    if line.strip()]
    except (OSError, ValueError):
        return None
