"""Inline suppressions in Markdown and HTML drafts.

``<!-- quotecheck: ignore[QC301] reason -->`` silences those codes or rule names in the next
block (paragraph); ``<!-- quotecheck: disable[QC301,scare-quote] -->`` silences them until a
matching ``enable[...]`` (or the end of the file). Suppressed findings are kept and marked
``suppressed=True`` (SARIF shows them as such); a suppression without codes and one that
silenced nothing are themselves reported.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Optional

from quotecheck.model import Detection, Document, Finding

_COMMENT = re.compile(
    r"<!--\s*quotecheck\s*:\s*(ignore|disable|enable)\b\s*(?:\[([^\]]*)\])?\s*(.*?)\s*-->",
    re.S | re.I)
_BLOCK_END = re.compile(r"\n[ \t]*\n")


@dataclass
class Suppression:
    """One suppression comment and the original-text region it covers."""

    kind: str                 # ignore or disable
    codes: tuple              # codes, code prefixes or rule names
    reason: str
    document: str
    start: int                # the comment itself
    end: int
    region_start: int         # what it silences
    region_end: int
    used: set                 # the selectors that silenced at least one finding

    def covers(self, finding: Finding) -> Optional[str]:
        """The selector that silences ``finding``, or None."""
        if finding.document != self.document:
            return None
        if not (self.region_start <= finding.start < self.region_end
                or (finding.start == finding.end == self.region_start)):
            return None
        for sel in self.codes:
            if sel == finding.name or finding.code.startswith(sel) and sel[:1].isupper():
                return sel
        return None


def _next_block(doc: Document, offset: int, seen: Optional[list] = None) -> tuple[int, int]:
    """Original span of the block (paragraph) that follows ``offset`` in ``doc``.

    ``seen`` ([from, to, block end]: only white space from ``from`` to ``to``) carries the
    last skip and block between calls in document order, so a long run of white space or a
    long block after many comments is walked once, not once per comment (quadratic)."""
    view = doc.view
    d = view.from_original(offset)
    text = view.text
    if seen and seen[0] <= d <= seen[1]:
        d, d_end = seen[1], seen[2]
    else:
        start_skip = d
        while d < len(text) and text[d].isspace():
            d += 1
        m = _BLOCK_END.search(text, d)
        d_end = m.start() if m else len(text)
        if seen is not None:
            seen[:] = [start_skip, d, d_end]
    start, end = view.span(d, d_end)
    return max(start, offset), max(end, offset)


def parse_suppressions(doc: Document) -> tuple[list, list]:
    """Suppressions of one document, and Detections for comments that name no code."""
    found: list = []
    problems: list = []
    open_ranges: dict = {}  # selector -> (comment start, comment end, region start)
    seen: list = []
    for m in _COMMENT.finditer(doc.text):
        kind = m.group(1).lower()
        codes = tuple(c.strip() for c in (m.group(2) or "").split(",") if c.strip())
        reason = (m.group(3) or "").strip()
        if not codes:
            problems.append(Detection("suppression", "invalid-suppression", doc.id, m.start(),
                                      m.end(), args={"problem": "names no rule code",
                                                     "directive": kind}))
            continue
        if kind == "ignore":
            r0, r1 = _next_block(doc, m.end(), seen)
            found.append(Suppression("ignore", codes, reason, doc.id, m.start(), m.end(),
                                     r0, r1, set()))
        elif kind == "disable":
            for code in codes:
                open_ranges.setdefault(code, (m.start(), m.end(), reason))
        else:  # enable
            for code in codes:
                if code in open_ranges:
                    s, e, why = open_ranges.pop(code)
                    found.append(Suppression("disable", (code,), why, doc.id, s, e, e,
                                             m.start(), set()))
    for code, (s, e, why) in open_ranges.items():
        found.append(Suppression("disable", (code,), why, doc.id, s, e, e, len(doc.text),
                                 set()))
    return found, problems


def apply_suppressions(findings: Iterable[Finding], suppressions: list) -> list:
    """``findings`` with those under a suppression marked ``suppressed=True`` (kept, not
    dropped); each suppression records which of its selectors were used."""
    out: list = []
    for f in findings:
        hit = None
        for s in suppressions:
            sel = s.covers(f)
            if sel:
                s.used.add(sel)
                hit = hit or s
        out.append(replace(f, suppressed=True, justification=hit.reason or None)
                   if hit and not f.suppressed else f)
    return out


def unused_detections(suppressions: list,
                      is_active: Callable[[str], bool] = lambda sel: True) -> list:
    """Detections for selectors that silenced nothing (only those whose rule ran)."""
    out: list = []
    for s in suppressions:
        for sel in s.codes:
            if sel not in s.used and is_active(sel):
                out.append(Detection("suppression", "unused-suppression", s.document, s.start,
                                     s.end, args={"problem": f"{s.kind}[{sel}] silenced nothing",
                                                  "directive": s.kind, "selector": sel}))
    return out
