"""Attribution of a quotation from its own sentence: the credit line, the attribution right
after it, before it or later, and the outer speaker of a fragment inside a reported clause.
Split from :mod:`quotecheck.quotes.extract` (first step of attribution, before conventions)."""
from __future__ import annotations

import re

from quotecheck.quotes.attribution import Attribution, SentenceAttributions
from quotecheck.quotes.attribution_words import Lexicon
from quotecheck.quotes.kinds import so_called
from quotecheck.quotes.punctuation import credit_line, punctuation_attribution
from quotecheck.quotes.relative_who import relative_speaker
from quotecheck.text.quotemarks import QuoteSpan

_GAP = re.compile(r"[\s,\u2014\u2013-]*")
# \b(?:would|will|could|might|may|should|plans? to|intends? to|is to|are to)\b opened by the class
# of first letters, so re skips to candidates in C (a pattern opening with \b tries every offset)
_MODAL = re.compile(r"[wcmspia](?<!\w[wcmspia])(?:(?<=w)(?:ould|ill)|(?<=c)ould|(?<=m)(?:ight|ay)|"
                    r"(?<=s)hould|(?<=p)lans? to|(?<=i)(?:ntends? to|s to)|(?<=a)re to)\b")


def attribute_in_sentence(q: QuoteSpan, candidates: SentenceAttributions, masked: str, s0: int,
                           s1: int, lex: Lexicon):
    """(attribution, how) for a quote from its own sentence: right after it, before it, later."""
    close = q.close_end if q.close_end is not None else q.end
    credit = credit_line(masked, q.open_start, close, lex)
    if credit is not None:
        return credit, "credit"
    after = candidates.first_after(close)
    if after is not None:
        first = min(after.mention.start,
                    after.verb_start if after.verb_start is not None else after.anchor)
        if first - close <= 3 and _GAP.fullmatch(masked, close, first):
            label = _relative_label(masked, q.open_start, candidates, lex)
            if label is None and after.verb is not None and \
                    after.verb.lower().startswith("according"):
                label = _speaker_before(candidates, q.open_start, s0, masked, after, lex)
            elif label is None and after.verb is not None and after.verb.endswith("ing"):
                label = _labelled_object(masked, q.open_start, close, candidates, after, lex)
            return (label, "before") if label is not None else (after, "after")
    relative = relative_speaker(masked, q.open_start, s0, lex)     # (no "who": one rfind)
    if relative is not None:        # "the minister, who said that X would “…”": the minister
        return relative, "before"
    if so_called(masked, q.open_start):
        return None, ""         # the city's so-called “efficiency plan”: a scare quote
    before = candidates.last_before(q.open_start)
    if before is not None and before.verb_start is not None and \
            _MODAL.search(masked, before.mention.end, before.verb_start):
        # "… told AFP that Canberra would announce “…”": a predicted act is not the utterance;
        # the main clause's speaker is
        main = candidates.last_before(min(before.mention.start, before.anchor))
        if main is not None and main.strength == 2:
            return main, "before"
    if before is not None:
        return before, "before"
    if after is not None:
        return after, "later"
    punct = punctuation_attribution(masked, q.open_start, q.close_end, s0, s1, lex)
    if punct is not None:
        return punct, "punctuation"
    return None, ""


# "which Vane called", "a clip that Judge Ann Ruiz called": a relative word, then the subject
_RELATIVE_END = re.compile(r"(?:^|[\s,(\u2014\u2013])(?:which|that|what|whom)[ \t\u00a0]+\Z", re.I)
_LABEL_LEMMAS = frozenset(("call", "dub", "term", "label", "brand"))


def _relative_label(masked: str, open_start: int, candidates: SentenceAttributions,
                    lex: Lexicon):
    """The attribution of a relative clause that labels the quotation and ends at its mark
    ('$31 million, which Toller called “a disgrace,” blaming Lund', 'in a clip that Judge
    Ruiz called “distasteful,” Santo said'): the label is the clause subject's word, not the
    next clause's (a participle's object, the main clause's subject); else None."""
    before = _verb_before(candidates, open_start, lex, _LABEL_LEMMAS)
    if before is None or masked[before.verb_end:open_start].strip(" \t\u00a0"):
        return None
    m = before.mention
    if m.kind not in ("name", "description", "group") or m.end > before.verb_start or \
            masked[m.end:before.verb_start].strip(" \t\u00a0"):
        return None     # the subject right before its verb ("Tramp called")
    if _RELATIVE_END.search(masked, max(0, m.start - 12), m.start) is None:
        return None
    return before


_AS_GAP = re.compile(r"[ \t\u00a0]+(?:as[ \t\u00a0]+)?")
_DESCRIBING_LEMMAS = _LABEL_LEMMAS | {"describe"}     # "is describing as “reckless” a ..."


def _labelled_object(masked: str, open_start: int, close: int, candidates, after, lex):
    """'Ruiz is describing as “reckless” a Vane tweet attacking her', 'Ruiz called “absurd”
    the memo banning it': the quote is the labelling verb's word for the thing after it, whose
    participle is no speech of that thing; the labelling verb's subject speaks (else None)."""
    before = _verb_before(candidates, open_start, lex, _DESCRIBING_LEMMAS)
    if before is None or after.mention.start < close or \
            before.mention.end > before.verb_start or \
            not _AS_GAP.fullmatch(masked, before.verb_end, open_start):
        return None
    return before


def _verb_before(candidates: SentenceAttributions, open_start: int, lex: Lexicon,
                 lemmas: frozenset):
    """The last attribution before ``open_start`` if its verb is one of ``lemmas``, else None."""
    before = candidates.last_before(open_start)
    if before is None or before.verb is None or before.verb_end is None or \
            lex.verb_lemma.get(before.verb.lower(), ("", 0))[0] not in lemmas:
        return None
    return before


def _speaker_before(candidates: SentenceAttributions, open_start: int, s0: int, masked: str,
                    after, lex: Lexicon):
    """'Ann Ruiz said the fees could “…,” according to Reuters': a fragment inside a person's
    reported words stays that person's, the source after it relays them
    (:func:`quotecheck.quotes.reporters.relaying_source`); not after a quote that opens its
    sentence (there the credit is the speaker), nor when the source is a person ("Sputnik
    added the detail that X will “…,” according to Kim": Kim's words, the outlet relays)."""
    m = after.mention
    if m.kind == "pronoun" or (m.kind == "name" and any(
            lex.is_given_name(w.strip(".,").lower()) for w in m.text.split()[:3])):
        return None
    before = candidates.last_before(open_start)
    if before is None or before.verb is None or before.strength != 2 or \
            before.mention.kind not in ("name", "pronoun", "description") or \
            not masked[s0:open_start].strip(" \t\u00a0\"'\u201c\u2018"):
        return None
    return before


_CLAUSE_LEMMAS = frozenset(("say", "tell", "add", "claim", "write", "note", "argue", "insist",
                            "explain", "point", "suggest", "conclude", "contend", "acknowledge",
                            "admit", "warn", "report", "state", "declare", "announce", "assert",
                            "allege", "recall", "complain", "reveal", "according to"))
_INTO_CLAUSE = re.compile(r"[ \t\u00a0]*(?:out[ \t\u00a0]+)?(?:(?:on[ \t\u00a0]+)?[A-Z][a-z]+day"
                          r"[ \t\u00a0]*|(?:earlier|later|last[ \t\u00a0]+\w+)[ \t\u00a0]*)?,?"
                          r"[ \t\u00a0]*(?:that[ \t\u00a0]+)?(?:(?:when|while|if|because)[ \t\u00a0]+)?\Z"
                          r"|[ \t\u00a0]+(?:during|at|in|on|after)[ \t\u00a0][^,;:\u2063]{3,80}"
                          r"[ \t\u00a0]that[ \t\u00a0]+\Z")     # "said during a rally in X that"


# "told reporters at a briefing in Beijing that": the one told (and where), then the clause
_TOLD_WHOM = re.compile(r"[ \t\u00a0]+[A-Za-z][^,;:\u2063\n]{1,80}?[ \t\u00a0]that[ \t\u00a0]+")


def outer_report(att: Attribution, candidates: SentenceAttributions, masked: str,
                  lex: Lexicon) -> Attribution:
    """'Ann Ruiz said Vane called the plan “reckless”', 'According to the Ledger, Vane praised
    her “tireless” aide': a fragment inside the clause another speaker reports is words of
    that report; its speaker is the outer one (the reported clause's subject is what the words
    are about)."""
    if att.mention.kind not in ("name", "pronoun", "description", "group"):
        return att
    start = min(att.mention.start, att.anchor)
    if not any(lex.verb_lemma.get(w.lower(), (w.lower(), 0))[0] in _CLAUSE_LEMMAS
               for w in candidates.words_before(start)):
        return att      # no reporting verb before it: nothing to work out
    main = candidates.last_before(start)
    if main is None or main.verb_end is None or main.strength != 2 or \
            main.mention.start >= start or main.mention.kind == "group":
        return att
    lemma = lex.verb_lemma.get(main.verb.lower(), (main.verb.lower(), 0))[0]
    if lemma not in _CLAUSE_LEMMAS:
        return att
    gap_from = max(main.verb_end, main.mention.end)
    gap = _INTO_CLAUSE.fullmatch(masked, gap_from, start) or (
        _TOLD_WHOM.fullmatch(masked, gap_from, start) if lemma == "tell" else None)
    if start - gap_from > (100 if masked.endswith(" that ", gap_from, start) else 40) or \
            gap is None or ("," in gap.group() and main.mention.start < main.verb_end):
        return att      # "after the interview concluded, Maher stated": no reported clause
    return main


_COMMA_END = re.compile(r",[ \t\u00a0]*\Z")
# participles that put a label on something ("calling the charges “absurd”"): the reporter's
# gloss; "saying" after "Vane said Roberts had told him …" goes on with the inner speaker
_LABELLING = frozenset(("calling", "describing", "labelling", "labeling", "dubbing", "branding",
                        "terming"))


def trailing_participle(masked: str, att: Attribution) -> bool:
    """True when ``att``'s verb is a labelling participle after a comma, not its mention's own
    verb: 'Ruiz says Peru has held him since May, calling the charges “absurd”' (the mention,
    Peru, is the subject of the reported clause's verb). Such a participle goes with the
    reporting subject (Ruiz), so the words are the outer speaker's, not Peru's relayed by Ruiz."""
    vs = att.verb_start
    return vs is not None and att.verb is not None and att.verb.lower() in _LABELLING and \
        _COMMA_END.search(masked, max(0, vs - 4), vs) is not None and \
        att.mention.end < masked.rfind(",", 0, vs)
