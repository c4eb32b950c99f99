"""The speaker of a quotation inside a "who" relative clause: 'the Chilean minister, who said
that the pact has served “…”', 'Ann Vane - who previously said she would “…” - spoke',
'an impersonator who promises that Roe won't “…”'. The clause's reporting verb has no subject
of its own but the relative pronoun, so the usual look-ups take the subject of the reported
clause (Roe) or nobody; the words are the pronoun's antecedent's (the head before ', who')."""
from __future__ import annotations

import re
from typing import Optional

from quotecheck.quotes.attribution import Attribution
from quotecheck.quotes.attribution_words import Lexicon
from quotecheck.quotes.subjects import subject_before

# ", who", " - who", " who", then up to two auxiliaries or adverbs, then a lower-case verb
_WHO = re.compile(r"(?:,|[ \t\u00a0][\u2014\u2013-]|[\u2014\u2013])?[ \t\u00a0]*\bwho[ \t\u00a0]+"
                  r"((?:(?:has|had|have|previously|once|also|later|repeatedly|recently|often|"
                  r"already|earlier|first|then)[ \t\u00a0]+){0,2})([a-z]+)\b")
# the verbs whose complement is the speaker's own words (a strength-2 reporting verb of these)
_SAYING = frozenset(("say", "promise", "vow", "pledge", "claim", "insist", "warn", "argue",
                     "declare", "predict", "write", "tweet", "state", "assert", "tell"))
# what ends the relative clause before the quote: a clause or paragraph break, an aside, a
# comma not right before the mark ("analysts who claim …, Vane said, “…”"), another relative,
# another quotation (masked)
_CLOSED = re.compile(r"[;:()\n\u201c\u201d\"\u2063\u2014\u2013]|\bwho\b|\bwhich\b|[a-z]{2}[.!?][ \t\u00a0]|"
                     r"[ \t\u00a0]-[ \t\u00a0]|,(?![ \t\u00a0]*(?:that[ \t\u00a0]+)?\Z)")
# an earlier quotation of the same clause: "who promises that Roe won't “…” or “…”"
_COORDINATED = re.compile(r"[\u201c\u2018\"']+\u2063+[.!?,]?[\u201d\u2019\"']+,?[ \t\u00a0]+"
                          r"(?:and|or)[ \t\u00a0]+(?:that[ \t\u00a0]+)?")
_ADVERB = re.compile(r"[ \t\u00a0][a-z]+ly[ \t\u00a0]")
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")
_OF_BEFORE = re.compile(r"\bof[ \t\u00a0]+\Z")
# a quantity of people is no speaker; its members are ("the share of voters who say")
_QUANTITIES = frozenset(("percentage", "share", "number", "proportion", "majority", "minority",
                         "half", "third", "quarter", "fraction", "percent"))


def relative_speaker(masked: str, open_start: int, s0: int, lex: Lexicon) -> Optional[Attribution]:
    """The attribution to the antecedent of the last 'who' before ``open_start`` in its
    sentence when the quote sits in that relative clause's reported complement, else None."""
    lo = max(s0, open_start - 160)
    at = masked.rfind("who", lo, open_start)
    if at < 0:
        return None
    m = None
    for m in _WHO.finditer(masked, max(s0, at - 3), open_start):
        pass
    if m is None or m.end(2) > open_start:
        return None
    form = m.group(2)
    lemma, strength = lex.verb_lemma.get(form, ("", 0))
    if lemma not in _SAYING or strength != 2 or form.endswith("ing"):
        return None
    gap = masked[m.end(2):open_start]
    if len(gap) > 120 or _CLOSED.search(_COORDINATED.sub(" ", gap)):
        return None
    who = m.start() + m.group().index("who")
    head = subject_before(masked, len(masked[:who].rstrip(" \t\u00a0,\u2014\u2013-")), lex, s0)
    if head is not None and _PARTY_TAG.fullmatch(head.text):
        head = subject_before(masked, len(masked[:head.start].rstrip(" \t\u00a0,")), lex, s0)
        #                                           "Rep. Ann Roe, R-S.C., who": Ann Roe
    if head is None or head.kind == "pronoun" or not _plausible_head(masked, head, lex):
        return None
    return Attribution(head, form, m.start(2), m.end(2), m.start(2), 2)


def _plausible_head(masked: str, head, lex: Lexicon) -> bool:
    """False for a head that is a clause or a quantity, not the antecedent: "Obama passionately
    rebuked critics", "described members of Congress", "the percentage", "the Tom Vanes of
    the world" (a singular description after "of" is a complement's object)."""
    if head.kind == "name":
        return True
    words = head.text.split()
    if (head.text[:1].isupper() and _ADVERB.search(head.text)) or \
            any(lex.is_verb_form(w) for w in words) or words[-1].lower() in _QUANTITIES:
        return False
    return head.kind != "description" or \
        _OF_BEFORE.search(masked, max(0, head.start - 8), head.start) is None
