"""Index rows from the stage outputs: documents with their story, stories, derivation edges."""
from __future__ import annotations

from quotecheck.archive.store import read_json


def story_id(sig: str) -> str:
    """The story id shown to users: the head of its membership hash."""
    return sig[:16]


def index_rows(archive, docs: list, stories: list, sigs: list) -> dict:
    """``documents``, ``stories`` and ``edges`` rows for :func:`index.write_index`."""
    story_of = {}
    story_rows, edge_rows = [], []
    meta = {d[0]: d for d in docs}
    for sig, ids in zip(sigs, stories):
        sid = story_id(sig)
        data = read_json(archive.story_path(sig))
        if not isinstance(data, dict):
            raise RuntimeError(f"story output unreadable: {archive.story_path(sig)}")
        for d in ids:
            story_of[d] = sid
        edges = data.get("edges", ())
        for e in edges:
            derived = meta.get(e["derived"])
            source = meta.get(e["source"])
            edge_rows.append((e["source"], e["derived"], source[4] if source else None,
                              derived[4] if derived else None, e["relation"],
                              1 if e["credited"] else 0, float(e["confidence"]),
                              derived[3] if derived else None, derived[2] if derived else None,
                              sid))
        story_rows.append((sid, sig, ids[0], meta[ids[0]][2], len(ids), len(edges)))
    doc_rows = [(d[0], d[1], d[2], d[3], d[4], d[5], d[6], story_of.get(d[0])) for d in docs]
    edge_rows.sort(key=lambda r: (r[8] or "", r[7] or "", r[0], r[1]))
    return {"documents": doc_rows, "stories": story_rows, "edges": edge_rows}
