"""Quote families across the archive: every rendering of one utterance, wherever it appeared.

Renderings are linked when they share the resolved speaker and the canonical words (folded,
punctuation dropped), when one story's quote alignment put them in one group (a copy's
changed quotation stays with its parent), and, within one speaker, when they share most of
their rare content words (near-variants across stories). A family keeps its first
appearance, its outlets, every variant in time order with its typed difference from its
parent rendering, and its independent roots (distinct story roots).
"""
from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass

from quotecheck.archive.store import atomic_write_bytes, digest, read_json
from quotecheck.load.metadata import published_instant

_WORDS = re.compile(r"\w+(?:['\u2019]\w+)*", re.UNICODE)
_RARE_CAP = 20          # a stem in more of one speaker's renderings than this links nothing
_NEAR_SHARED = 3        # near-variants share at least this many rare stems ...
_NEAR_SHARE = 0.6       # ... and this share of the shorter rendering's stems
_UNATTRIBUTED_MIN = 4   # unattributed renderings link by their words only from this length


@dataclass(frozen=True)
class FamiliesTask:
    """All story outputs of the archive (sorted) and the families file to write."""

    story_files: tuple
    output: str


def when(published) -> str:
    """A sortable UTC instant for a ``published`` value ('' when unknown)."""
    instant = published_instant(published) if published else None
    return instant.strftime("%Y-%m-%dT%H:%M:%S") if instant else ""


def _canonical(text: str) -> tuple:
    from quotecheck.text.normalize import fold_text

    return tuple(w.lower() for w in _WORDS.findall(fold_text(text)))


def _stems(words: tuple) -> frozenset:
    from quotecheck.provenance.derivation import settings, stem

    stop = settings()["stopwords"]
    return frozenset(stem(w) for w in words if w not in stop and len(w) > 2)


def _renderings(story_files: tuple) -> list:
    out = []
    for path in story_files:
        data = read_json(path)
        if not isinstance(data, dict):
            raise RuntimeError(f"story output unreadable: {path}")
        docs = {d["id"]: d for d in data.get("documents", ())}
        for q in data.get("quotes", ()):
            d = docs.get(q["document"], {})
            words = _canonical(q["text"])
            if not words:
                continue
            out.append({**q, "story": data["story"], "outlet": d.get("outlet"),
                        "published": d.get("published"), "when": when(d.get("published")),
                        "root": (data["story"], d.get("root") or q["document"]),
                        "words": words, "speaker_key": (q.get("speaker") or "").casefold()})
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
    speakers = [r["speaker"] for r in members if r.get("speaker")]
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
                  "published": first["published"]},
        "outlets": sorted({r["outlet"] for r in members if r["outlet"]}),
        "independent_roots": len({r["root"] for r in members}),
        "variants": variants,
    }


def build_families(task: FamiliesTask) -> dict:
    """Stage 5: the families file (JSON Lines, families in order of first appearance)."""
    import json

    if read_json_lines_ok(task.output):
        return {"skipped": True}
    rends = _renderings(task.story_files)
    roots = _link(rends)
    groups: dict = {}
    for i, root in enumerate(roots):
        groups.setdefault(root, []).append(rends[i])
    families = [family_of(groups[root]) for root in sorted(groups)]
    data = "".join(json.dumps(f, ensure_ascii=False, sort_keys=True) + "\n" for f in families)
    atomic_write_bytes(task.output, data.encode("utf-8", "surrogatepass"))
    return {"skipped": False, "families": len(families), "renderings": len(rends)}


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
