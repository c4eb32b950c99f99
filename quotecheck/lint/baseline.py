"""Baselines: accept the findings a draft already has, report only new ones later.

A finding's fingerprint hashes its rule code, the document's name and the folded text of the
span and of the sentence around it, never line numbers, so edits elsewhere in the file do not
turn old findings into new ones.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Optional

from quotecheck.errors import InputError
from quotecheck.model import Document, Finding

SCHEMA = "quotecheck-baseline/1"
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+|\n\s*\n")
_SPACE = re.compile(r"\s+")


def _fold(text: str) -> str:
    from quotecheck.text.normalize import fold_text

    return _SPACE.sub(" ", fold_text(text)).strip()


SENTENCE_REACH = 2000
"""How far a fingerprint's sentence reaches on either side of the finding: a run-on text
without sentence ends (hostile or garbled input) then costs a bounded window per finding,
not the whole document (quadratic in findings times size)."""


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Span of the sentence (or paragraph) holding ``text[start:end]``, at most
    :data:`SENTENCE_REACH` characters either side of it."""
    low = max(0, start - SENTENCE_REACH)
    s = _last_sentence_end(text, low, start)
    m = _SENTENCE_END.search(text, end, end + SENTENCE_REACH)
    return s, (m.start() + 1 if m else min(len(text), end + SENTENCE_REACH))


def _last_sentence_end(text: str, low: int, start: int) -> int:
    """End of the last sentence end a scan of ``text[low:start]`` finds (``low`` if none),
    scanning only a growing window before ``start``: the window opens after a character no
    match can hold, so its matches are the whole scan's (a text dense with sentence ends
    cost a scan of the whole reach per finding)."""
    step = 64
    while True:
        w = max(low, start - step)
        while w > low and _in_end(text[w - 1]):
            w -= 1
        last = None
        for m in _SENTENCE_END.finditer(text, w, start):
            last = m.end()
        if last is not None or w == low:
            return low if last is None else last
        step *= 4


def _in_end(ch: str) -> bool:
    """A character a sentence-end match can hold (marks, closers, white space)."""
    return ch.isspace() or ch in ".!?\u2026\"'\u201d\u2019)]"


def fingerprint(finding: Finding, doc: Optional[Document]) -> str:
    """A stable hash of code, document name, and the folded span and sentence text."""
    name = Path(doc.path).name if doc is not None else finding.document
    if doc is not None:
        span = doc.text[finding.start:finding.end]
        s0, s1 = sentence_around(doc.text, finding.start, finding.end)
        sentence = doc.text[s0:s1]
    else:
        span = sentence = ""
    key = "\x1f".join((finding.code, name, _fold(span), _fold(sentence)))
    # surrogateescape: a file name that is not UTF-8 hashes as its own bytes
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def with_fingerprints(findings: Iterable[Finding], documents: dict) -> list:
    """The findings with ``fingerprint`` filled where missing."""
    return [f if f.fingerprint
            else replace(f, fingerprint=fingerprint(f, documents.get(f.document)))
            for f in findings]


def write_baseline(path: str, findings: Iterable[Finding], documents: dict) -> int:
    """Write every (unsuppressed) finding's fingerprint to ``path``; returns how many."""
    rows = []
    for f in with_fingerprints(findings, documents):
        if f.suppressed:
            continue
        doc = documents.get(f.document)
        rows.append({"fingerprint": f.fingerprint, "code": f.code, "document": f.document,
                     "text": doc.text[f.start:f.end] if doc else ""})
    rows.sort(key=lambda r: (r["document"], r["code"], r["fingerprint"]))
    data = {"schema": SCHEMA, "findings": rows}
    try:  # backslashreplace: a document name that is not UTF-8 stays readable JSON
        Path(path).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n",
                              encoding="utf-8", errors="backslashreplace")
    except OSError as exc:
        raise InputError(f"cannot write baseline: {exc.strerror or exc}", path=path) from None
    return len(rows)


def read_baseline(path: str) -> Counter:
    """Fingerprints (with multiplicity) recorded in a baseline file; InputError naming the
    file for anything that is not a baseline (never a traceback)."""
    from quotecheck.resources.files import read_regular

    raw = read_regular(path)
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"baseline is not UTF-8 (byte 0x{raw[exc.start]:02x})",
                         path=path) from None
    except ValueError as exc:
        raise InputError(f"baseline is not valid JSON: {exc}", path=path,
                         line=getattr(exc, "lineno", None)) from None
    except RecursionError:
        raise InputError("baseline is not valid JSON: nested too deep", path=path) from None
    rows = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(rows, list) or data.get("schema") != SCHEMA:
        raise InputError(f"not a quotecheck baseline (expected schema {SCHEMA})", path=path)
    counts: Counter = Counter()
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not isinstance(row.get("fingerprint"), str):
            raise InputError(f"findings[{i}]: expected a table with a string fingerprint",
                             path=path)
        counts[row["fingerprint"]] += 1
    return counts


def new_findings(findings: Iterable[Finding], baseline: Counter, documents: dict) -> list:
    """Findings not accounted for by the baseline (each baseline entry absorbs one finding)."""
    left = Counter(baseline)
    out = []
    for f in with_fingerprints(findings, documents):
        if left[f.fingerprint] > 0 and not f.suppressed:
            left[f.fingerprint] -= 1
            continue
        out.append(f)
    return out
