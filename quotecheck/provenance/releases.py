"""Two write-ups of one unseen press release: siblings under it, not one the other's source.

Trade outlets print a company's announcement within a day or two of each other, each
trimming and rewording it. Two such copies resemble each other as a copy resembles its
parent, so the pair gets an edge and the later one was told it reuses the earlier without
credit. Text alone cannot tell a direct copy from two copies of an unseen common text, but a
release has a voice: every quotation is the announcing organisation speaking (an officer
named by title, or the organisation itself), and nothing in the shared text is an outlet's
own reporting ("told <Outlet>"). When both texts have that voice, were published within a
few days of each other, neither credits or cites the other, and no garble of one shows up in
the other, the pair is put under a latent root (``text:<key>``, as three or more copies of
one text are in :mod:`quotecheck.provenance.families`): QC503 information, not QC501.
The same holds for any two sites' copies whose order came from content alone while the pages'
own printed dates put the "copy" on an earlier day than its "source" (:func:`printed_against`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.resources.ruledata import load_data


@lru_cache(maxsize=1)
def _patterns() -> tuple:
    """(officer titles, own-reporting phrases, maximum days apart) from ``[releases]``."""
    cfg = load_data("provenance").get("releases", {})
    titles = re.compile(r"\b(?:" + "|".join(cfg.get("officer_titles", ["chief executive"]))
                        + r")\b", re.IGNORECASE)
    own = re.compile(r"\b(?:" + "|".join(cfg.get("own_reporting", ["told"])) + r")")
    return titles, own, cfg.get("max_days_apart", 3)


def release_voiced(dt, quotes) -> bool:
    """True when ``dt`` quotes someone, and every quotation is an organisation speaking or a
    person the text names with an officer title ("Jane Roe, chief executive of ...")."""
    titles = _patterns()[0]
    text, view = dt.text, dt.doc.view
    seen = False
    for q in quotes:
        if q.kind not in ("direct", "partial") or q.continued:
            continue
        if q.speaker_kind == "organisation":
            seen = True
            continue
        if not q.speaker:
            continue   # an unattributed rendering says nothing about whose voice it is
        surname = q.speaker.split()[-1]
        mention = None
        if q.speaker_start is not None and q.speaker_end is not None:
            mention = (view.from_original(q.speaker_start), view.from_original(q.speaker_end))
        titled = False
        for s in dt.sentences:
            named = surname in text[s.start:s.end] or (
                mention is not None and s.start <= mention[0] < s.end)
            if named and _titled(s, titles, text):
                titled = True
                break
        if not titled:
            return False
        seen = True
    return seen


def _titled(s, titles, text: str) -> bool:
    """Whether sentence ``s`` holds an officer title (kept in the sentence's memo: every
    quotation of a text, and every partner the text is measured against, asks again; the
    title pattern opens with a word boundary under IGNORECASE, so ``re`` tries it at every
    character)."""
    memo = s.memo()
    got = memo.get("officer_title")
    if got is None or got[0] is not titles:
        got = memo["officer_title"] = (titles, titles.search(text, s.start, s.end) is not None)
    return got[1]


def own_reporting(dt, indexes) -> bool:
    """True when one of the sentences ``indexes`` of ``dt`` reads as the outlet's own
    reporting ("told Energy Daily", "in an interview with"): no release says that."""
    own = _patterns()[1]
    return any(own.search(dt.text, dt.sentences[i].start, dt.sentences[i].end)
               for i in indexes)


def days_apart(pa, pb):
    """Whole days between two published values, or None when either is unknown."""
    from quotecheck.load.metadata import published_instant

    ta, tb = published_instant(pa), published_instant(pb)
    if ta is None or tb is None:
        return None
    return abs((ta - tb).total_seconds()) / 86400.0


def release_siblings(src, dst, alignment, evidence, voiced: dict) -> bool:
    """True when the edge ``src`` -> ``dst`` reads as two copies of one unseen release (see
    module): both texts release-voiced, near in time, no derivation evidence beyond time and
    which holds more, no outlet's own reporting in the shared sentences."""
    if not (voiced.get(src.doc.id) and voiced.get(dst.doc.id)):
        return False
    if any(ev.startswith(_DERIVATION) for ev in evidence):
        return False
    days = days_apart(src.doc.meta.published, dst.doc.meta.published)
    if days is not None and days > _patterns()[2]:
        return False
    pairs = alignment.pairs
    return not (own_reporting(src, [x for x, _, _ in pairs])
                or own_reporting(dst, [y for _, y, _ in pairs]))


def printed_against(src, dst, evidence) -> bool:
    """True when the edge ``src`` -> ``dst`` was directed by content alone (no credit, cite,
    garble or publication time) while the pages' own printed dates put ``dst`` on an earlier
    calendar day than ``src``, or at an earlier instant when both times name their zone (a
    copy's "Updated 1:32 PM PDT" before its source's "Posted 11:06 PM CEST"): the copy cannot
    have taken from its "source", so nothing tells which came first and the two read as copies
    of one unseen text. A time of day printed without a zone cannot order two sites; a
    source's "Updated" date may be later than its first version, so it never contradicts
    (a line that opens with the first posting, "Posted: ... Updated: ...", dates that)."""
    from quotecheck.load.datelines import printed_dateline
    from quotecheck.load.metadata import published_instant

    if any(ev.startswith(_DERIVATION + ("published earlier",)) for ev in evidence):
        return False
    (src_day, src_line), dst_day = printed_dateline(src.doc), printed_dateline(dst.doc)[0]
    first_figure = re.search(r"\d", src_line)
    if not (src_day and dst_day) or re.search(r"\bupdated\b", src_line[:first_figure.start()]
                                              if first_figure else src_line, re.IGNORECASE):
        return False                # the line dates an update ("Updated: ...", "Last updated")
    if dst_day[:10] < src_day[:10]:
        return True
    zoned = [t for t in (src_day, dst_day) if _ZONED.search(t)]
    if len(zoned) == 2:
        src_at, dst_at = published_instant(src_day), published_instant(dst_day)
        return bool(src_at and dst_at and dst_at < src_at)
    return False


_ZONED = re.compile(r"T\d\d:\d\d(?:[+-]\d\d:\d\d|Z)$")


# direction votes that show one text took from the other (see direction.pair_direction)
_DERIVATION = ("credits ", "cites ", "garbles only the copy has",
               "the copy credits a wire", "both carry the")
