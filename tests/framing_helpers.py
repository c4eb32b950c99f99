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


def doubted(rs, text, select="QC3"):
    """(code, flagged words) of each finding ``text`` raises in the narrator's doubt: every
    warning, and a 'claim' or 'allege' at info for no reason but issue 15's account policy
    (quotecheck.framing.accounts: a party's account the report does not weigh). Tests that pin
    that an exception does not apply to a plain claim read this: the exception's own reason
    would show in the finding's note."""
    doc = load_text(text, id="example")
    found = run_checks(Story([doc]), rs.with_selection(select=select), documents=[doc])
    return [(f.code, doc.text[f.start:f.end]) for f in found
            if f.severity == "warning" or account_only(f)]


def account_only(finding) -> bool:
    """Whether ``finding`` is at info for no reason but issue 15's account policy."""
    from quotecheck.framing.verbcontext import verb_data

    note = verb_data()["standard_usage"]["account_note"]
    return finding.severity == "info" and finding.message.endswith(f"(info: {note})")


def doubt_codes(found, severity=None):
    """(code, severity) of findings, a 'claim' lowered only by the account policy counted as
    the warning it is without that policy (see :func:`doubted`)."""
    out = [(f.code, "warning" if account_only(f) else f.severity) for f in found]
    return [c for c in out if severity is None or c[1] == severity]
