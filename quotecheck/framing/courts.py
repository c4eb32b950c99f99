"""Court reports: where 'claimed' and 'alleged' are each side's standard verbs.

A report of a trial, a hearing or an appeal sets out each side's account: the prosecution
alleges, a defendant or a witness claims, a party maintains or insists. There a doubt verb of
the ``standard_usage`` list (and of ``court_report_lemmas``: 'insist') is the court reporter's
usual verb (for 'insist', where the lead names proceedings, ``court_report_proceedings``, not
only a court), not the outlet's doubt, even where no court is named in the claim's own or the
next sentence (what ``standard_usage`` reads).
A document is a court report when its lead names court proceedings and its narration names
them in at least ``MIN_TERMS`` distinct ways (``court_report`` in rules/data/framing-verbs.toml:
'court', 'jury', 'magistrate', 'cleared of', 'told the court', ...), or in one fewer where the
lead names a verdict or testimony (``court_report_lead``: 'was cleared of', 'told the court'). Words inside quotations
do not count, nor a word written in capitals only (a wire's section slug, a shouted
headline). The same test applies to every outlet.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.framing.verbcontext import verb_data

LEAD_CHARS = 700
"""How far from the top of the narration the proceedings must be named (the lead)."""

MIN_TERMS = 3
"""Distinct proceedings words the narration must use to read as a court report."""


@lru_cache(maxsize=2)
def _terms(key: str = "court_report") -> "re.Pattern":
    """Whole-word pattern of the ``key`` words of ``standard_usage``, first letter in either
    case, the rest as listed (so 'COURTS' in a slug or a capitals headline does not match)."""
    words = verb_data().get("standard_usage", {}).get(key, ())
    if not words:
        return re.compile(r"(?!x)x")
    forms = ("[%s%s]%s" % (w[0].lower(), w[0].upper(), re.escape(w[1:]))
             for w in sorted(words, key=len, reverse=True))
    return re.compile(r"\b(?:%s)\b" % "|".join(forms))


@lru_cache(maxsize=64)
def court_report(text: str) -> bool:
    """Whether the narration ``text`` reads as a court report (see the module docstring)."""
    pattern = _terms()
    lead = min(len(text), LEAD_CHARS)
    if not pattern.search(text, 0, lead):
        return False
    # a verdict or testimony in the lead ("was cleared of", "told the court") needs one
    # fewer distinct word: a short court story names the court once after its lead
    needed = MIN_TERMS - 1 if _terms("court_report_lead").search(text, 0, lead) else MIN_TERMS
    return len({m.group(0).lower() for m in pattern.finditer(text)}) >= needed


def court_usage(text: str, lemma: str) -> str:
    """Why the doubt verb ``lemma`` is standard in this court report ('' where it is not)."""
    data = verb_data().get("standard_usage", {})
    extra = lemma in data.get("court_report_lemmas", ())
    if not (lemma in data.get("verbs", ()) or extra) or not court_report(text):
        return ""
    if extra and not _terms("court_report_proceedings").search(text, 0, LEAD_CHARS):
        return ""       # a court named as an institution only ("nominee to the Supreme Court")
    return data.get("court_report_note", "a party's or a witness's account in a court report")
