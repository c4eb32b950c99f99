"""Quote families: linking renderings into families and each family's record.

Pure functions over rendering rows (the families stage, ``families.build_families``, reads
and writes the files). A rendering's resolved speaker is its story quote group's speaker
(else its own). Renderings are linked when they share the resolved speaker and the canonical
words (folded, punctuation dropped), when one story's quote alignment put them in one group
(a copy's changed quotation stays with its parent), within one speaker and story when they
share half their content words (independent translations of one utterance), and within one
speaker when they share most of their rare content words (near-variants across stories).
Every link but the story group's stays within one resolved speaker.
"""
from __future__ import annotations

import difflib
import re
from collections import Counter
from functools import lru_cache

from quotecheck.archive.store import digest
from quotecheck.load.metadata import published_instant

_WORDS = re.compile(r"\w+(?:['\u2019]\w+)*", re.UNICODE)
_RARE_CAP = 20          # a stem in more of one speaker's renderings than this links nothing
_NEAR_SHARED = 3        # near-variants share at least this many rare stems ...
_NEAR_SHARE = 0.6       # ... and this share of the shorter rendering's stems
_STORY_SHARE = 0.5      # within one story (translations of one utterance): this share
_UNATTRIBUTED_MIN = 4   # unattributed renderings link by their words only from this length


def speaker_key(row: dict) -> str:
    """The resolved speaker a rendering links under (case folded; '' when unattributed)."""
    return (row["family_speaker"] or "").casefold()


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


def renderings(rows: list) -> list:
    """Rows with their canonical words (rows without words dropped), in time order; ``row``
    is the row each came from."""
    out = []
    for r in rows:
        words = _canonical(r["text"])
        if words:
            out.append({**r, "row": r, "when": when(r["published"]), "words": words,
                        "root": (r["story"], r["root"]),
                        "speaker_key": speaker_key(r)})
    out.sort(key=lambda r: (r["when"], r["document"], r["start"]))
    return out


def link(rends: list) -> list:
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
                         "speaker": r.get("speaker"), "story": r["story_id"],
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
