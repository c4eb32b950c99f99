"""More that-less reported clauses, the speaker's words (issue 15):

- a verb of saying or thinking whose clause opens with a gerund subject ("Critics said
  hiring a cousin for the post is an egregious abuse", "She argues taxing the poor would be
  cruel"): the clause runs to a finite verb within a dozen words, no relative pronoun or
  comma between; not a preposition that ends in -ing ("said during the rally") nor an
  indefinite pronoun ("said nothing about the brutal cuts that were ...");
- a noun of allegation with a pronoun subject and its verb, no 'that' ("over accusations he
  used city funds to smear a rival", "amid allegations she took bribes"): the verb has an
  object after it; a relative clause on the noun ("the allegations he faced were ...",
  "the claims he made against her") is no content, so a verb of making or meeting a charge
  and a verb followed by a preposition, a finite verb or a comma are left out;
- a relative clause without 'that' whose subject is the gap ("opposed provisions
  they said steer funds away from ...");
- a named subject whose predicate is a quotation, the clause going on after it ("said Ortiz
  "keeps putting himself first" and his conduct was the most egregious ..."): the clause is
  the speaker's from the closing mark on, a clause coordinated with 'and' included (the
  quotation's own words are the speaker's anyway).

The gerund clause reads across a quotation inside it that the clause's words go on after
('said merging the levies would be a "cowardly" swindle'): the marks pick out one
word of the object, the rest of the object is still the speaker's; a quotation followed by a
comma, a stop or the attribution still ends it.

All run to the clause's end or the narrator's return (:mod:`speechscope`). The verbs and the
nouns are data (``gerund_subject_verbs``, ``pronoun_clause_nouns`` and
``relative_charge_verbs`` of ``[reported]`` in rules/data/framing-verbs.toml).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Optional

from quotecheck.framing.phrases import capitalised
from quotecheck.framing.speechscope import FINITE as _FINITE, scope_end
from quotecheck.framing.verbcontext import clausal_verbs, verb_data
from quotecheck.resources.regexprefilter import guard
from quotecheck.text.lexicon import word_alternation

_NOT_GERUND = (r"(?:during|including|according|regarding|concerning|following|pending|"
               r"notwithstanding|considering|excluding|barring|nothing|something|anything|"
               r"everything|morning|evening|thing|things)")
_NOT_SUBJECT_WORD = r"(?:that|which|who|whom|whose|where|when|while|because|if)"
# group 1: the clause's start, right after the verb
GERUND_SUBJECT = re.compile(r"\s+(\b)(?=(?!" + _NOT_GERUND + r"\b)[a-z]{2,}ing\s+"
                            r"(?:(?!" + _NOT_SUBJECT_WORD + r"\b|" + _FINITE + r"\b)"
                            r"[\w'.\-]+\s+){1,12}?" + _FINITE + r"\b)")
# (issue 15) a quotation inside a gerund subject's clause: a
# lower-case word of the clause goes on right after its closing mark (not a speaker's tag)
_GOES_ON = re.compile(r"[\"'\u201d\u2019]?[ \t]+(?!(?:he|she|they|said|says|wrote|writes)\b)[a-z]")
_CLOSED = ",.;:!?"


def _gerund_clause_end(nar: Any, pos: int, s1: int, clause_end: Callable) -> int:
    """The end of a gerund subject's clause from ``pos``: ``clause_end``'s, read on past each
    quotation the clause goes on after (its words end in no punctuation of their own)."""
    end = clause_end(nar, pos, s1)
    while end < s1 and nar.text[end] == "\x00":
        quote = nar.quote_at(end)
        if quote is None or quote.close >= s1 or not _GOES_ON.match(nar.text, quote.end, s1) \
                or nar.doc.text[quote.ostart:quote.oend].rstrip()[-1:] in _CLOSED:
            break
        end = clause_end(nar, quote.close, s1)
    return end


# after the pronoun's verb: no object there (a relative clause on the noun)
_NO_OBJECT = (r"(?:" + _FINITE + r"|against|about|in|on|at|to|from|with|by|for|over|during|"
              r"last|this|next|earlier|yesterday|today|and|or|but)\b|[,;.:\x00]")


# (issue 15, baly_202005 reading) a relative clause without 'that' whose subject is
# the gap ("opposed provisions they said steer funds away from ...", "the cuts he says would
# hurt ..."): a noun, a pronoun and the clausal verb, then the gap's verb: an auxiliary, or
# a word and its object before a preposition or a determiner; not a clause with a subject of
# its own ("the risk she says unpaid loans pose for ...", read by CLAUSE_AFTER alone)
_GAP_BEFORE = re.compile(r"\b(?!(?:that|which|who|whom|whose|what|and|or|but|as|if|because|"
                         r"when|so|than|where|while|until|since|after|before)\b)[a-z][\w\-]*"
                         r"\s+(?:they|he|she|we)\s+$")
_GAP_AFTER = re.compile(r"\s+(?=" + _FINITE + r"\b|[a-z][\w\-]*\s+[a-z][\w\-]*\s+(?:to|toward|"
                        r"towards|from|into|for|on|in|at|with|by|away|back|out|off|over|against|"
                        r"through|the|a|an|their|his|her|its|our)\b)")


@lru_cache(maxsize=1)
def _data() -> tuple:
    data = verb_data().get("reported", {})
    verbs = frozenset(data.get("gerund_subject_verbs", ()))
    nouns = data.get("pronoun_clause_nouns", ())
    relative = word_alternation(data.get("relative_charge_verbs", ()))
    if not nouns:
        return verbs, None
    noun_clause = re.compile(
        r"\b(?:%s)\s+(?P<s>he|she|they|it|we)\s+(?:[a-z]+ly\s+)?(?!(?:%s|%s)\b)[a-z]+"
        r"\s+(?!%s)" % (word_alternation(sorted(nouns, key=len, reverse=True)), relative,
                        _FINITE, _NO_OBJECT))
    return verbs, guard(noun_clause)


# (issue 15) a named subject right after the verb, then a quotation ("said Ortiz "keeps ...");
# group 1: the subject
_NAMED_QUOTED = re.compile(r"\s+([\w'\-]+\.?(?:\s+[\w'.\-]+){0,2}?)\s+[\"'\u201c\u2018]?\x00")


def _quoted_predicate(nar: Any, pos: int, s1: int,
                      clause_end: Callable) -> Optional[tuple[int, int]]:
    """The span after a quoted predicate of a named subject at ``pos`` (:data:`_NAMED_QUOTED`:
    the subject's words capitalised, the quotation opening lower-case and the clause going on
    after its closing mark), or None."""
    m = _NAMED_QUOTED.match(nar.text, pos, s1)
    quote = nar.quote_at(m.end() - 1) if m else None
    if quote is None or quote.close >= s1:
        return None
    inner = nar.doc.text[quote.ostart:quote.oend].strip()
    if not capitalised(nar, m.start(1), m.end(1)) or not inner[:1].islower() \
            or inner[-1:] in _CLOSED or not _GOES_ON.match(nar.text, quote.end, s1):
        return None
    end = clause_end(nar, quote.close, s1)
    return quote.close, scope_end(nar.text, quote.close, end)


def thatless_spans(nar: Any, clause_end: Callable) -> list[tuple[int, int]]:
    """Narration spans of the two clauses of the module docstring; ``clause_end(nar, pos,
    sentence_end)`` bounds each before the narrator's return."""
    verbs, noun_clause = _data()
    text, spans = nar.text, []
    clausal = clausal_verbs()
    for hit in nar.speech_verbs:    # one pass: "said hiring X is", "provisions they said steer"
        lemma = hit.value.split(":", 1)[1]
        if lemma not in verbs and lemma not in clausal:
            continue
        s0, s1 = nar.sentence(hit.start)
        m = GERUND_SUBJECT.match(text, hit.end, s1) if lemma in verbs else None
        if m:
            end = _gerund_clause_end(nar, m.end(1), s1, clause_end)
            spans.append((m.end(1), scope_end(text, m.end(1), end)))
        if lemma in clausal and _GAP_BEFORE.search(text, max(s0, hit.start - 40), hit.start) \
                and _GAP_AFTER.match(text, hit.end, s1):
            spans.append((hit.end, scope_end(text, hit.end, clause_end(nar, hit.end, s1))))
        if lemma in clausal:        # 'said Ortiz "keeps ..." and ...'
            span = _quoted_predicate(nar, hit.end, s1, clause_end)
            if span:
                spans.append(span)
    if noun_clause is not None:
        for m in noun_clause.finditer(text):
            s1 = nar.sentence(m.start())[1]
            end = clause_end(nar, m.start("s"), s1)
            spans.append((m.start("s"), scope_end(text, m.start("s"), end)))
    return spans
