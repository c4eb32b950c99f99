"""Index rows from the stage outputs: what changed since the index was last written.

A story's output is named by the hash of its members, so the stories of an update are those
of the index that are still current, plus new ones; the rows (story, its edges, its members'
story id) of the new ones replace those of the stories that are gone. The id users see is
the story's first document's (hashed), so it outlives the growth of the story.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from quotecheck.archive.store import digest, read_json


STORY_IDS = "first-document"   # index meta: how the index's story ids are made


def story_id(first_document: str) -> str:
    """The story id shown to users, from the story's first document (day, then id): a later
    day that extends the story keeps it; a merge keeps the earlier story's."""
    return digest("story-id", first_document)[:16]


@dataclass
class StoryChanges:
    """Stories gone from the index (hashes) and rows for the new ones."""

    gone: list = field(default_factory=list)
    stories: list = field(default_factory=list)
    edges: list = field(default_factory=list)
    members: list = field(default_factory=list)     # (story id, document id)


def story_changes(archive, stories: list, sigs: list, indexed: set) -> StoryChanges:
    """Rows for :func:`index.write_index`: ``stories``/``sigs`` are the current stories,
    ``indexed`` the hashes of those the index holds."""
    current = set(sigs)
    out = StoryChanges(gone=sorted(indexed - current))
    for sig, ids in zip(sigs, stories):
        if sig in indexed:
            continue
        sid = story_id(ids[0])
        data = read_json(archive.story_path(sig))
        if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
            raise RuntimeError(f"story output unreadable: {archive.story_path(sig)}")
        meta = {d["id"]: d for d in data["documents"]}
        edges = data.get("edges", ())
        for e in edges:
            source, derived = meta.get(e["source"], {}), meta.get(e["derived"], {})
            out.edges.append((e["source"], e["derived"], source.get("outlet"),
                              derived.get("outlet"), e["relation"], 1 if e["credited"] else 0,
                              float(e["confidence"]), derived.get("published"),
                              derived.get("day"), sid))
        out.stories.append((sid, sig, ids[0], meta[ids[0]].get("day"), len(ids), len(edges)))
        out.members.extend((sid, d) for d in ids)
    return out
