"""Scoring helpers for ``bench/eval_realnews.py``: pair labels, P/R/F1, two text-reuse baselines.

Plain Python, no dependencies: word 5-gram MinHash (an estimate of Jaccard similarity) and
word-bigram containment, the usual near-duplicate and reuse detectors the provenance stage is
measured against; METER-style pair labels (``wholly``, ``partially``, ``non`` derived) read
from CSV; finding judgements (real / false alarm with a failure class) read from CSV.
"""
from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

DERIVED = ("wholly", "partially")
LABELS = DERIVED + ("non",)
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
MASK64 = (1 << 64) - 1
MERSENNE61 = (1 << 61) - 1


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits; an inner apostrophe stays in the word)."""
    return [w.replace("’", "'") for w in WORD.findall(text.lower())]


def shingles(text: str, n: int) -> set[tuple[str, ...]]:
    """The set of word n-grams of ``text`` (the whole text as one n-gram if shorter)."""
    toks = words(text)
    if len(toks) < n:
        return {tuple(toks)} if toks else set()
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


def jaccard(a: set, b: set) -> float:
    """|a ∩ b| / |a ∪ b| (0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def containment(a: set, b: set) -> float:
    """The larger of the two containments: |a ∩ b| / min(|a|, |b|) (0 if either is empty)."""
    small = min(len(a), len(b))
    return len(a & b) / small if small else 0.0


def _hash64(gram: tuple[str, ...]) -> int:
    """A stable 64-bit hash of one n-gram (independent of PYTHONHASHSEED)."""
    return int.from_bytes(hashlib.blake2b(" ".join(gram).encode(), digest_size=8).digest(), "big")


@dataclass(frozen=True)
class MinHasher:
    """``perms`` universal hash functions ``(a*x + b) mod p``, drawn from a fixed seed."""

    perms: int = 128
    seed: int = 1

    def params(self) -> list[tuple[int, int]]:
        out = []
        for i in range(self.perms):
            digest = hashlib.blake2b(f"{self.seed}:{i}".encode(), digest_size=16).digest()
            a = int.from_bytes(digest[:8], "big") % (MERSENNE61 - 1) + 1
            out.append((a, int.from_bytes(digest[8:], "big") % MERSENNE61))
        return out

    def signature(self, grams: set) -> tuple[int, ...]:
        """The MinHash signature of a shingle set (all-max for an empty set)."""
        hashes = [_hash64(g) & MASK64 for g in grams]
        if not hashes:
            return tuple([MERSENNE61] * self.perms)
        return tuple(min((a * h + b) % MERSENNE61 for h in hashes) for a, b in self.params())


def minhash_similarity(sig_a: tuple[int, ...], sig_b: tuple[int, ...]) -> float:
    """The share of signature slots that agree: an unbiased estimate of Jaccard similarity."""
    return sum(x == y for x, y in zip(sig_a, sig_b)) / len(sig_a) if sig_a else 0.0


def pair_key(a: str, b: str) -> tuple[str, str]:
    """An unordered pair as a sorted tuple."""
    return (a, b) if a <= b else (b, a)


def baseline_scores(texts: dict[str, str], perms: int = 128) -> dict[tuple, dict[str, float]]:
    """Per unordered document pair: ``minhash5`` (estimated 5-gram Jaccard), ``jaccard5``
    (exact) and ``bigram`` (word-bigram containment)."""
    hasher = MinHasher(perms)
    five = {d: shingles(t, 5) for d, t in texts.items()}
    two = {d: shingles(t, 2) for d, t in texts.items()}
    sigs = {d: hasher.signature(g) for d, g in five.items()}
    scores = {}
    for a, b in combinations(sorted(texts), 2):
        scores[(a, b)] = {"minhash5": minhash_similarity(sigs[a], sigs[b]),
                          "jaccard5": jaccard(five[a], five[b]),
                          "bigram": containment(two[a], two[b])}
    return scores


def prf(predicted: set, gold: set) -> tuple[float, float, float]:
    """Precision, recall and F1 of a predicted pair set against the gold pair set
    (precision is 1.0 with no predictions, recall 1.0 with no gold pairs)."""
    return prf_counts(len(predicted & gold), len(predicted), len(gold))


def prf_counts(hits: int, npred: int, ngold: int,
               empty: float = 1.0) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts. ``empty`` is the precision with no predictions and
    the recall with no gold pairs: 1.0 for one set scored alone (nothing to find, nothing
    claimed), 0.0 for counts summed over many sets (``provenance_pooled.py``)."""
    p = hits / npred if npred else empty
    r = hits / ngold if ngold else empty
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def best_threshold(scores: dict[tuple, float], gold: set, grid: list[float]) -> float:
    """The threshold of ``grid`` with the highest F1; on a plateau of equal F1, its median
    (the middle of the safe range, not an edge that only just separates this set)."""
    f1 = {t: round(prf({k for k, v in scores.items() if v >= t}, gold)[2], 9) for t in grid}
    top = sorted(t for t in grid if f1[t] == max(f1.values()))
    return top[(len(top) - 1) // 2]


@dataclass(frozen=True)
class PairLabel:
    label: str                 # wholly | partially | non
    source: str | None = None  # the document the other derives from, when clear
    note: str = field(default="", compare=False)   # the labeller's note (failure listings)


def read_labels(path: Path) -> dict[tuple[str, str], PairLabel]:
    """Pair labels from a CSV with ``doc_a, doc_b, label, direction, note``; ``direction`` is
    ``a->b`` (doc_a is the source), ``b->a`` or empty."""
    out = {}
    with Path(path).open(newline="", encoding="utf-8") as handle:
        for n, row in enumerate(csv.DictReader(handle), start=2):
            a, b, label = row["doc_a"].strip(), row["doc_b"].strip(), row["label"].strip()
            if label not in LABELS:
                raise ValueError(f"{path}:{n}: label {label!r} is not one of {LABELS}")
            way = (row.get("direction") or "").strip()
            source = {"a->b": a, "b->a": b}.get(way)
            if way and source is None:
                raise ValueError(f"{path}:{n}: direction {way!r} is not a->b or b->a")
            out[pair_key(a, b)] = PairLabel(label, source, row.get("note") or "")
    return out


def direction_accuracy(edges: list[tuple[str, str]], labels: dict) -> tuple[int, int]:
    """(right, scored): over labelled derived pairs with a direction that some edge links,
    how many are linked source -> derived the labelled way (any edge that way counts)."""
    ways: dict[tuple, set[str]] = {}
    for source, derived in edges:
        ways.setdefault(pair_key(source, derived), set()).add(source)
    right = scored = 0
    for key, lab in labels.items():
        if lab.label in DERIVED and lab.source and key in ways:
            scored += 1
            right += lab.source in ways[key]
    return right, scored


def finding_keys(finding: dict) -> list[str]:
    """The keys a judgement may use for a finding: its fingerprint and document|code|start."""
    keys = [f"{finding['document']}|{finding['code']}|{finding['start']}"]
    if finding.get("fingerprint"):
        keys.insert(0, finding["fingerprint"])
    return keys


def read_judgements(path: Path) -> dict[str, tuple[str, str]]:
    """Judgements from a CSV with ``fingerprint, document, code, start, verdict, class``:
    key -> (verdict, class); ``verdict`` is ``real`` or ``false``."""
    out = {}
    with Path(path).open(newline="", encoding="utf-8") as handle:
        for n, row in enumerate(csv.DictReader(handle), start=2):
            verdict = row["verdict"].strip()
            if verdict not in ("real", "false"):
                raise ValueError(f"{path}:{n}: verdict {verdict!r} is not real or false")
            value = (verdict, (row.get("class") or "").strip())
            if (row.get("fingerprint") or "").strip():
                out[row["fingerprint"].strip()] = value
            out[f"{row['document'].strip()}|{row['code'].strip()}|{row['start'].strip()}"] = value
    return out
