"""Who relays a quotation: the outlet, record or person through whom the narrator has a
speaker's words ("“…,” Vane said, according to the Ledger", "…, the Ledger reported").

The words' speaker is whoever said them (Vane); the relaying source is kept beside the speaker
(``Quote.reported_by``), never in its place, so a reader sees both who spoke and who reported
it. Works on one masked sentence (quoted words are placeholders) with the mention finders of
:mod:`quotecheck.quotes.mentions` and :mod:`quotecheck.quotes.subjects`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional

from quotecheck.quotes.attribution_words import PLACEHOLDER
from quotecheck.quotes.inverted_mentions import mention_after
from quotecheck.quotes.mentions import Mention
from quotecheck.quotes.subjects import subject_before

_ACCORDING = re.compile(r"\b[Aa]ccording[ \t\u00a0]+to[ \t\u00a0]+")
_REPORTED = re.compile(r"\b(?:reported|reports)\b")
# what may follow the relaying source to the sentence's end: a short adjunct ("on Monday",
# "in a story published Friday"), no further clause
_SENTENCE_END = re.compile(r"[^,;:\u2014\u2013" + PLACEHOLDER + r"]{0,60}\Z")
_TAIL = " \t\u00a0\r\n.!?\"'\u201d\u2019"
_COMMA_BEFORE = re.compile(r",[ \t\u00a0]*\Z")
_COMMA_THE = re.compile(r",[ \t\u00a0]*(?:[Tt]he[ \t\u00a0]+)?\Z")
_THE_ONLY = re.compile(r"[ \t\u00a0]*(?:[Tt]he[ \t\u00a0]+)?")
_CLOSERS = "\"'\u201d\u2019\u00bb\u203a"


def relaying_source(masked: str, att, close: int, s0: int, s1: int, lex) -> Optional[Mention]:
    """The source that relays a quotation attributed to ``att`` in the sentence
    ``masked[s0:s1]`` (``close``: the end of the quote's closing mark), or None.

    Only a clause that ends the sentence after the quote and its attribution counts: ",
    according to X", ", X reported", ", reports X" (the words before it are X's report of what
    the speaker said); and a sentence-opening "According to X," before the speaker's own verb.
    """
    if att is None or att.mention.kind not in ("name", "pronoun", "description", "group"):
        return None
    lo = max(close, att.mention.end, att.verb_end if att.verb_end is not None else 0)
    end = s1
    while end > s0 and masked[end - 1] in _TAIL:
        end -= 1
    if lo < end and masked.find(PLACEHOLDER, lo, end) < 0:   # else a later quote's clause
        who = _trailing(masked, lo, end, lex)
        if who is not None:
            return who
    if masked.find("ccording", s0, s1) < 0:
        return None         # no "According to" in the sentence: the match below is not tried
    lead = _ACCORDING.match(masked, s0 + len(masked[s0:s1]) - len(masked[s0:s1].lstrip()), s1)
    if lead is not None and lead.end() <= att.mention.start:      # "According to X, Vane said"
        who = _source_after(masked, lead.end(), lex, s1)
        if who is not None and who.end < att.mention.start and \
                masked[who.end:who.end + 1] == ",":
            return who
    return None


_THE = re.compile(r"[Tt]he[ \t\u00a0]+(?=[A-Z])")


def _source_after(masked: str, pos: int, lex, end: int) -> Optional[Mention]:
    """The mention right after ``pos``; after "the", a capitalised name ("the Harbor Ledger",
    which a speaker finder leaves alone: a lower-case "the" opens no speaker's name)."""
    the = _THE.match(masked, pos, end)
    if the is not None:
        who = mention_after(masked, the.end(), lex, end)
        if who is not None and who.start == the.end() and who.kind == "name":
            return who
    return mention_after(masked, pos, lex, end)


def _trailing(masked: str, lo: int, end: int, lex) -> Optional[Mention]:
    """", according to X", ", X reported", ", reports X" ending the sentence after ``lo``."""
    # each search is run only where its words stand (a search opening with \b is tried at
    # every offset of the range): a match lies within [lo, end), and so do its words
    m = None
    for m in (_ACCORDING.finditer(masked, lo, end) if masked.find("ccording", lo, end) >= 0
              else ()):
        pass
    if m is not None:
        who = _source_after(masked, m.end(), lex, end)
        if who is not None and _SENTENCE_END.match(masked, who.end, end):
            return who
    for v in (_REPORTED.finditer(masked, lo, end) if masked.find("report", lo, end) >= 0
              else ()):
        if _COMMA_BEFORE.search(masked, lo, v.start()):             # ", reports the Ledger"
            who = _source_after(masked, v.end(), lex, end)
        else:                                                       # ", the Ledger reported"
            who = subject_before(masked, v.start(), lex, lo)
            if who is not None and not _COMMA_THE.search(masked, lo, who.start) and not (
                    lo and masked[lo - 1] in _CLOSERS and _THE_ONLY.fullmatch(masked, lo, who.start)):
                who = None      # '… that he was “…,” the Ledger reported': the comma is masked
            elif who is not None and not _SENTENCE_END.match(masked, v.end(), end):
                who = None
        if who is not None and who.kind == "name" and (who.start > v.start()
                                                        or who.end <= v.start()):
            if who.start < v.start() or _SENTENCE_END.match(masked, who.end, end):
                return who
    return None


def carry_relays(found: list) -> None:
    """A quote that takes the previous quote's attribution ('“A,” Vane said, according to the
    Ledger. “B.”', or the next piece of a multi-paragraph quote), the same speaker's mention,
    is relayed by the same source: it keeps the previous quote's ``relay`` beside it."""
    for prev, f in zip(found, found[1:]):
        if f.relay is None and f.att is not None and prev.att is not None and \
                prev.relay is not None and prev.relayed is prev.att and \
                f.how in ("previous-quote", "continued", "beat") and \
                f.att.mention == prev.att.mention:
            f.relay, f.relayed = prev.relay, f.att


def relays_in_next_sentence(found: list, masked: str, sentences: list, starts: list, lex) -> None:
    """'“…?” Vane said, according to the Ledger.': the question mark ended the quote's
    sentence; its attribution and relaying clause are in the next one (``starts``: the
    sentences' starts), which is read for the relay when nothing but blanks lies between."""
    for f in found:
        if f.relay is not None or f.att is None:
            continue
        s1 = sentences[f.sentence][1]
        if f.att.mention.start >= s1:
            a0, a1 = sentences[bisect_right(starts, f.att.mention.start) - 1]
            if a0 == s1 or not masked[s1:a0].strip():
                f.relay, f.relayed = relaying_source(masked, f.att, a0, a0, a1, lex), f.att
