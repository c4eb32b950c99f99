"""Finding a draft's quoted words in its sources and typing what changed.

Texts are compared as canonical word keys (:mod:`quotecheck.lint.wordkeys`), so that house
style never counts as a change. A quoted piece is located by
exact key sequence, else by aligning windows around shared rare words (difflib,
``autojunk=False``); the differences left are typed wording, meaning or truncation.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from quotecheck.lint.wordkeys import is_content, match_data, singular, threshold, word_sets


@dataclass
class Match:
    """Where a quoted piece was found: source document, key range, score and typed changes."""

    document: str
    k0: int                 # key range in the source's key list
    k1: int
    start: int              # original span in the source
    end: int
    score: float            # matched content words / content words of the piece
    changes: list           # (category, kind, draft_keys, source_keys, changed_source_keys)

    @property
    def exact(self) -> bool:
        return not self.changes


# -- locating --------------------------------------------------------------------------------
def _weight(keys) -> float:
    return sum(1.0 if is_content(k) else 0.34 for k in keys)


def _core_blocks(blocks: list) -> list:
    """Matching blocks without stray one- or two-word matches cut off from the rest by a
    source gap much longer than the draft's (a "the" ten words further on)."""
    def stray(edge, inner) -> bool:
        gap_a = abs(inner.a - (edge.a + edge.size)) if edge.a < inner.a else \
            abs(edge.a - (inner.a + inner.size))
        gap_b = abs(inner.b - (edge.b + edge.size)) if edge.b < inner.b else \
            abs(edge.b - (inner.b + inner.size))
        return edge.size <= 2 and gap_b > gap_a + 3

    while len(blocks) > 1 and stray(blocks[-1], blocks[-2]):
        blocks = blocks[:-1]
    while len(blocks) > 1 and stray(blocks[0], blocks[1]):
        blocks = blocks[1:]
    return blocks


class SourceIndex:
    """Keys of every source document with an index from key to positions."""

    def __init__(self, sources: dict):
        self.keys = sources  # doc id -> list[Key]
        self.seq = {d: [k.key for k in ks] for d, ks in sources.items()}
        self.pos: dict = {}
        for d, seq in self.seq.items():
            for i, k in enumerate(seq):
                self.pos.setdefault(k, []).append((d, i))

    def locate(self, piece: list, limit: int = 40) -> list:
        """Best matches of a piece (list of Key) in the sources, best first."""
        words = [k.key for k in piece]
        if not words:
            return []
        exact = self._exact(words)
        if exact:
            return [self._match(d, i, i + len(words), 1.0, []) for d, i in exact]
        return self._approximate(piece, words, limit)

    def _exact(self, words: list) -> list:
        hits = []
        for d, i in self.pos.get(words[0], ()):
            if self.seq[d][i:i + len(words)] == words:
                hits.append((d, i))
        return hits

    def _approximate(self, piece: list, words: list, limit: int) -> list:
        slack = max(int(threshold("window-slack")), len(words) // 3)
        anchors = sorted({w for w in words if is_content(w) and w in self.pos},
                         key=lambda w: (len(self.pos[w]), w))[:6]
        windows = set()
        for w in anchors:
            i = words.index(w)
            for d, j in self.pos[w][:limit]:
                lo = max(0, j - i - slack)
                windows.add((d, lo, min(len(self.seq[d]), j - i + len(words) + 2 * slack)))
        total = _weight(words) or 1.0
        best: list = []
        from difflib import SequenceMatcher  # only for quotes no source has word for word

        for d, lo, hi in windows:
            window = self.seq[d][lo:hi]
            sm = SequenceMatcher(None, words, window, autojunk=False)
            blocks = _core_blocks([b for b in sm.get_matching_blocks() if b.size])
            if not blocks:
                continue
            matched = sum(_weight(words[b.a:b.a + b.size]) for b in blocks)
            # Pair unmatched draft words at either end with as many source words.
            k0 = lo + max(0, blocks[0].b - blocks[0].a)
            tail = len(words) - (blocks[-1].a + blocks[-1].size)
            k1 = min(hi, lo + blocks[-1].b + blocks[-1].size + tail)
            best.append((matched / total, d, k0, k1))
        best.sort(key=lambda t: (-t[0], t[1], t[2]))
        out, seen = [], set()
        for score, d, k0, k1 in best:
            if (d, k0, k1) in seen:
                continue
            seen.add((d, k0, k1))
            changes = typed_changes(words, self.seq[d][k0:k1], piece, self.keys[d][k0:k1])
            out.append(self._match(d, k0, k1, score, changes))
        return out

    def _match(self, d: str, k0: int, k1: int, score: float, changes: list) -> Match:
        ks = self.keys[d]
        return Match(d, k0, k1, ks[k0].start, ks[k1 - 1].end, score, changes)

    def span(self, d: str, k0: int, k1: int) -> tuple:
        """Original span of source keys ``k0..k1``."""
        ks = self.keys[d]
        return ks[k0].start, ks[k1 - 1].end

    def gap(self, d: str, k0: int, k1: int) -> list:
        """Source keys ``k0..k1`` of document ``d`` (the words an elision left out)."""
        return self.seq[d][k0:k1]


# -- typing the differences --------------------------------------------------------------------
def dropped_operators(gap: list, sets: dict) -> list:
    """Negators or scalars among left-out source words that bear on the words kept after
    them: within three words of the end of the gap, with no clause break in between
    (negation and degree words scope to the right in English)."""
    operators = sets["negators"] | sets["scalars"]
    hits = []
    for i, w in enumerate(gap):
        after = gap[i + 1:]
        if w in operators and len(after) <= 3 and not sets["clause-breaks"] & set(after):
            hits.append(w)
    return hits


def _contraction_only(draft: list, source: list) -> bool:
    """Whether the words differ only by an ambiguous contraction and a full form it may
    stand for ("it's" / "it has", "we'd" / "we had")."""
    if len(draft) != len(source):
        return False
    ambiguous = match_data()["contractions"]["ambiguous"]
    for a, b in zip(draft, source):
        if a != b and not (b in ambiguous.get(a, ()) or a in ambiguous.get(b, ())):
            return False
    return True


def classify(draft: list, source: list) -> tuple:
    """(category, kind) of one difference: draft words in place of source words."""
    sets = word_sets()
    if "".join(draft) == "".join(source):
        return "orthographic", "spacing"
    if _contraction_only(draft, source):
        return "orthographic", "contraction"
    if not draft:  # source words left out without an elision mark
        dropped = dropped_operators(source, sets)
        if dropped:
            return "meaning", "negation" if set(dropped) & sets["negators"] else "scalar"
        return "truncation", "dropped"
    if not source:  # words added inside the quotation
        added = set(draft)
        if added & sets["negators"]:
            return "meaning", "negation"
        if added & sets["scalars"]:
            return "meaning", "scalar"
        if any(w[:1].isdigit() for w in added):
            return "meaning", "number"
        return "wording", "insertion"
    d, s = set(draft), set(source)
    if (d ^ s) & sets["negators"]:
        return "meaning", "negation"
    if any(w[:1].isdigit() for w in d ^ s):
        return "meaning", "number"
    if (d ^ s) & sets["scalars"]:
        return "meaning", "scalar"
    if (d ^ s) & sets["modals"]:
        return "meaning", "modality"
    if d ^ s and (d ^ s) <= sets["auxiliaries"]:
        return "meaning", "tense"
    if draft and source and len(draft) == len(source) and \
            [singular(w) for w in draft] == [singular(w) for w in source]:
        return "meaning", "number"
    if (d ^ s) & sets["pronouns"]:
        return "meaning", "scope"
    return "wording", "substitution"


def typed_changes(words: list, window: list, piece: list, window_keys: list) -> list:
    """Typed differences between a quoted piece and a source window (orthography skipped):
    (category, kind, draft keys, source keys shown, source keys that differ)."""
    from difflib import SequenceMatcher

    out = []
    sm = SequenceMatcher(None, words, window, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        category, kind = classify(words[i1:i2], window[j1:j2])
        if category == "orthographic":
            continue
        core = window_keys[j1:j2]
        if i1 == i2 or j1 == j2:  # one side empty: show the neighbouring words on both
            i1, j1 = max(0, i1 - 1), max(0, j1 - 1)
            i2, j2 = min(len(words), i2 + 1), min(len(window), j2 + 1)
        out.append((category, kind, piece[i1:i2], window_keys[j1:j2], core))
    return out


# -- second opinion from the alignment stage ----------------------------------------------------
def align_changes(draft, piece: list, src, window_keys: list) -> Optional[list]:
    """The changes typed by the alignment stage (``quotecheck.align.pairalign``, relation
    "derived"), in the tuple form of :func:`typed_changes`; None when it is unavailable or fails.

    Its typer knows more kinds (a scalar region such as "far from the last" / "not the
    last", scope, entity); boundary truncations are left out (a draft may quote a fragment).
    """
    try:
        from quotecheck.align.pairalign import align_renderings
        from quotecheck.model import Quote
    except ImportError:  # pragma: no cover - alignment stage not installed
        return None
    if not piece or not window_keys or src is None:
        return None
    s0, s1 = window_keys[0].start, window_keys[-1].end
    d0, d1 = piece[0].start, piece[-1].end
    a = Quote("lint-source", src.id, s0, s1, src.text[s0:s1])
    b = Quote("lint-draft", draft.id, d0, d1, draft.text[d0:d1])
    try:
        pair = align_renderings(a, src, b, draft, relation="derived")
    except Exception:  # a second opinion must never stop the check
        return None
    out = []
    for seg in pair.segments:
        category = "wording" if seg.category == "translation" else seg.category
        if category not in ("wording", "meaning", "truncation") or seg.kind == "boundary":
            continue
        core = [k for k in window_keys if seg.a_start <= k.start < seg.a_end]
        dkeys = [k for k in piece if seg.b_start <= k.start < seg.b_end]
        if not dkeys:
            dkeys = _around(piece, seg.b_start)
        skeys = core or _around(window_keys, seg.a_start)
        out.append((category, seg.kind, dkeys, skeys, core))
    return out


def _around(keys: list, offset: int) -> list:
    """The keys on either side of an empty span at ``offset``."""
    before = [k for k in keys if k.end <= offset][-1:]
    after = [k for k in keys if k.start >= offset][:1]
    return before + after
