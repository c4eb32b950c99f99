"""Figures in narration: value, approximator, referent (what is counted), stated source, time.

Figures are compared only for the same referent: a ``number`` detection when a derived copy
disagrees with its parent, or outlets disagree for the same referent at the same stated time;
otherwise the spread is recorded with each outlet's source and time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .derivation import DocText
from .model import Detection, Related
from .normalize import fold_text
from .ruledata import load_data

_NUM = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w]|[.,]\d)")
_SOURCE = re.compile(r"according to (?:the )?([^,.;\u201c\"]{3,60})|"
                     r"((?:[Tt]he )?(?:[\w'\u2019-]+ ){0,2}[\w'\u2019-]+)\s+(?:said|say|says|"
                     r"reported|estimated|announced)\b")
_DAYS = re.compile(r"\b(?:(?:earlier|late|on) )?(Monday|Tuesday|Wednesday|Thursday|Friday|"
                   r"Saturday|Sunday)\b")


@dataclass(frozen=True)
class Figure:
    """A figure as one document states it (offsets into the original text)."""

    document: str
    start: int
    end: int
    text: str
    value: float
    approximator: Optional[str]
    referent: Optional[str]
    source: Optional[str]
    time: Optional[str]


@lru_cache(maxsize=1)
def _cfg() -> dict:
    data = load_data("provenance")
    fig = data["figures"]
    heads = {w: cls for cls, words in fig["referents"].items() for w in words}
    events = {w: ev for ev, words in fig["events"].items() for w in words}
    approx = sorted(fig["approximators"], key=len, reverse=True)
    times = sorted(data["integrity"]["time_phrases"], key=len, reverse=True)
    return {"heads": heads, "events": events, "approx": approx, "ahead": fig["ahead"],
            "behind": fig["behind"], "tolerance": fig["tolerance"], "times": times}


def extract_figures(dt: DocText) -> list[Figure]:
    """Figures in the narration of ``dt`` (numbers inside quotation marks are the speaker's)."""
    cfg = _cfg()
    out = []
    for sent in dt.sentences:
        words = sent.words
        text = dt.text[sent.start:sent.end]
        for m in _NUM.finditer(dt.text, sent.start, sent.end):
            idx = next((k for k, w in enumerate(words) if w[1] == m.start()), None)
            if idx is None or words[idx][3]:
                continue
            raw = m.group()
            value = float(raw.replace(",", ""))
            if len(raw) == 4 and raw[:2] in ("19", "20") and "," not in raw:
                continue  # a year
            if dt.text[m.end():m.end() + 1] == "-":
                continue  # "81-year-old", "4-year-old": an attribute, not a count
            referent = _referent(words, idx, cfg)
            if referent is None:
                continue
            before = dt.text[max(sent.start, m.start() - 20):m.start()].lower()
            approx = next((a for a in cfg["approx"] if before.rstrip().endswith(a)), None)
            s, e = dt.doc.view.span(m.start(), m.end())
            out.append(Figure(dt.doc.id, s, e, raw, value, approx, referent,
                              _source(text), _time(text, cfg)))
    return out


def _referent(words: list, idx: int, cfg: dict) -> Optional[str]:
    heads, events = cfg["heads"], cfg["events"]
    cls = None
    for w in words[idx + 1: idx + 1 + cfg["ahead"]]:
        f = fold_text(w[0])
        if f in heads:
            cls = heads[f]
            break
    if cls is None:
        for w in reversed(words[max(0, idx - cfg["behind"]):idx]):
            f = fold_text(w[0])
            if f in heads:
                cls = heads[f]
                break
    if cls is None:
        return None
    if cls == "people":
        for w in words[idx + 1: idx + 10] + words[max(0, idx - 3): idx][::-1]:
            ev = events.get(fold_text(w[0]))
            if ev:
                return f"people {ev}"
    return cls


def _source(text: str) -> Optional[str]:
    m = _SOURCE.search(text)
    if not m:
        return None
    name = (m.group(1) or m.group(2) or "").strip()
    return name or None


def _time(text: str, cfg: dict) -> Optional[str]:
    low = text.lower()
    for phrase in cfg["times"]:
        if re.search(r"\b" + re.escape(phrase) + r"\b", low):
            return phrase
    m = _DAYS.search(text)
    return m.group(1).lower() if m else None


def _agree(x: Figure, y: Figure, tolerance: float) -> bool:
    if x.value == y.value:
        return True
    if x.approximator or y.approximator:
        return abs(x.value - y.value) <= tolerance * max(x.value, y.value)
    return False


def compare_figures(figs: dict, result, by_id: dict) -> tuple[list, list]:
    """The spread of figures per referent (records for reporters) and ``number`` detections."""
    tol = _cfg()["tolerance"]
    detections: list[Detection] = []
    for edge in result.edges:
        parent_figs = figs.get(edge.source, [])
        for f in figs.get(edge.derived, []):
            same = [p for p in parent_figs if p.referent == f.referent]
            if same and not any(_agree(f, p, tol) for p in same):
                p = same[0]
                detections.append(Detection(
                    "number", "number", f.document, f.start, f.end,
                    {"value": f.text, "parent_value": p.text, "referent": f.referent,
                     "parent": edge.source, "scope": "derived copy"},
                    (Related(p.document, p.start, p.end, "figure in the parent"),)))
    roots = {}
    for doc_id in figs:
        roots[doc_id] = result.root_of(doc_id)
    flat = [f for lst in figs.values() for f in lst if roots[f.document] == f.document]
    for k, x in enumerate(flat):
        for y in flat[k + 1:]:
            if (x.document != y.document and x.referent == y.referent and x.time and y.time
                    and x.time == y.time and not _agree(x, y, tol)):
                detections.append(Detection(
                    "number", "number", y.document, y.start, y.end,
                    {"value": y.text, "other_value": x.text, "referent": y.referent,
                     "other": x.document, "time": y.time, "scope": "outlets"},
                    (Related(x.document, x.start, x.end, "same referent and time"),)))
    records = []
    by_ref: dict = {}
    for lst in figs.values():
        for f in lst:
            by_ref.setdefault(f.referent, []).append(f)
    for ref in sorted(by_ref):
        items = by_ref[ref]
        records.append({
            "referent": ref,
            "documents": len({f.document for f in items}),
            "independent_roots": len({roots.get(f.document, f.document) for f in items}),
            "values": [{"document": f.document, "text": f.text, "value": f.value,
                        "approximator": f.approximator, "source": f.source, "time": f.time,
                        "start": f.start, "end": f.end, "root": roots.get(f.document)}
                       for f in items],
        })
    return records, detections
