"""Helpers of the framing reading tests: the warnings (or infos) a short text raises, as
(code, words)."""
from __future__ import annotations

from quotecheck.load.loader import load_text
from quotecheck.plugins.run import run_checks
from quotecheck.story import Story


def warnings(rs, text, select="QC3"):
    """(code, flagged words) of each warning ``text`` raises under the ``select`` rules."""
    doc = load_text(text, id="example")
    found = run_checks(Story([doc]), rs.with_selection(select=select), documents=[doc])
    return [(f.code, doc.text[f.start:f.end]) for f in found if f.severity == "warning"]


def infos(rs, text, select="QC3"):
    """(code, flagged words) of each info-level finding ``text`` raises under ``select``."""
    doc = load_text(text, id="example")
    found = run_checks(Story([doc]), rs.with_selection(select=select), documents=[doc])
    return [(f.code, doc.text[f.start:f.end]) for f in found if f.severity == "info"]
