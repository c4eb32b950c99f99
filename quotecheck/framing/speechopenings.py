"""More openings of reported speech: shapes where a source's clause starts that the reporting
verb's own tests (``narration.Narration.reported``) miss.

- the clause without 'that' after the occasion of the statement ("said in a statement the
  rebels were ...", "said in an interview with the BBC on Sunday the plan was ...", "wrote on
  social media the verdict was ..."): the occasion stands between the verb and its clause;
- the clause after a colon that is no quotation ("The minister said: the rebels are ..."):
  indirect speech set off like a quotation, without its marks;
- the clause after a listener ("told parliament on Tuesday the rebels were ...", "told the
  BBC in an interview the plan was ...") and after a verb of writing or posting ("posted on
  Facebook that ...", "tweeted the so-called ...");
- the clause of a possessive's claim without 'that' ("repeated his claim the regime was ..."),
  and of claims or reports of no one named ("denied claims it had shelled ...");
- a view given as the holder's account ("In his view, the rebels are ...", "By her account,
  the guards were ...", "In the group's words, the army was ...").

Each runs to the sentence's end or to the narrator's return (:mod:`speechscope`). A framing
word there is the source's (issue 15); the same test for every outlet.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from quotecheck.framing.reported import CLAUSE_AFTER
from quotecheck.framing.speechscope import FINITE as _AUX, scope_end
from quotecheck.framing.verbcontext import clausal_verbs
from quotecheck.resources.regexprefilter import Guarded, guard

_OCCASIONS = (r"statement|interview|speech|address|letter|post|posting|tweet|message|briefing|"
              r"release|report|filing|broadcast|conference|session|hearing|meeting|appearance|"
              r"remarks|comments|note|blog|video|call|sermon|rally|debate|email|e-mail|"
              r"podcast|lecture|television|radio|tv|twitter|facebook|telegram|instagram|"
              r"website|media|camera|parliament|sunday|monday|tuesday|wednesday|thursday|"
              r"friday|saturday")
# "in a statement", "in an interview with the BBC", "at a news conference in Geneva",
# "on state television": one or two, then the clause (CLAUSE_AFTER, group 1 its start)
_OCCASION = (r"(?:,?\s+(?:in|on|at|during|via|through|over)\s+(?:(?:a|an|the|his|her|its|their|"
             r"our|[\w\-]+'s)\s+)?(?:[\w\-]+\s+){0,3}?(?:" + _OCCASIONS + r")s?\b"
             r"(?:\s+(?:to|with|on|at|from|before|in)\s+(?:the\s+)?(?:[\w'.\-]+\s+){0,3}?"
             r"[\w'.\-]+?)?){1,2}")
_COLON = re.compile(r"\s*:\s+(?=[\w])")
_ACCOUNT = re.compile(r"\b(?:in|by)\s+(?:his|her|their|its|[\w\-]+'s?)\s+(?:own\s+)?"
                      r"(?:account|accounts|view|words|telling|version|opinion|estimation|"
                      r"reckoning|assessment)\s*,")


_TOLD_WORDS = "told|tells"
_WROTE_WORDS = "wrote|writes|posted|posts|tweeted|tweets|texted|messaged"
# (a listener may be a joint poll's pair, "told the Reuters/Ipsos pollsters that": frame27)
_TOLD = r"\b(?:" + _TOLD_WORDS + r")\s+(?!that\b)(?:[\w'./\-]+\s+){0,3}?[\w'./\-]+"
_WROTE = r"\b(?:" + _WROTE_WORDS + ")"
# where a listener's or a writer's clause can start: the engine skips ahead to these words'
# letters, where the patterns' opening \b made it try every position (regexprefilter's lead)
_VERB_LEAD = "(?:" + _TOLD_WORDS + "|" + _WROTE_WORDS + ")"
# a possessive's claim, or claims and reports of no one named ("denied claims it had ...",
# "amid reports the army had ..."); a possessive word starts a hyphenated token, not each
# part of it (else a long "x-x-x-..." run is scanned from every part: quadratic)
_CLAIM = (r"\b(?:(?:his|her|their|its|our|(?<![\w\-])[\w\-]+'s?)\s+(?:[\w\-]+\s+)?"
          r"(?:claim|contention|assertion|argument|belief|allegation|accusation|insistence|"
          r"fear|warning|complaint|charge)s?|(?:claims|allegations|accusations|assertions|"
          r"suggestions|rumou?rs|reports|fears|charges|complaints))")


_STOPS = r"(?:of|for|about|in|on|to|at|with|by|from|and|or|but|that|which|who|as)"
# a clause with its subject and an auxiliary, for verbs that also take a plain object ("told
# the story", "wrote the letter", "her fears were"), right after them (after a comma a new
# clause starts: "to shrug off the coach's claims, Lane has been ..."): group 1 its start
_STRICT_CLAUSE = (r"\s+(\b)(?!" + _AUX + r"\b|" + _STOPS + r"\b)(?=(?:(?!" + _STOPS +
                  r"\b)[\w'.\-]+\s+){1,4}?" + _AUX + r"\b)")


@lru_cache(maxsize=1)
def _account():
    """:data:`_ACCOUNT` behind its literal prefilter (regexprefilter: most narrations hold
    none of its nouns)."""
    return guard(_ACCOUNT)


@lru_cache(maxsize=1)
def _after_occasion() -> "re.Pattern":
    return re.compile(_OCCASION + "(?:" + CLAUSE_AFTER.pattern + ")")


@lru_cache(maxsize=1)
def _other_verbs() -> tuple:
    """The listener's and the writer's clauses: ('that' form, CLAUSE_AFTER form) patterns."""
    head = "(?:%s|%s)(?:%s)?" % (_TOLD, _WROTE, _OCCASION)
    lead = re.compile(_VERB_LEAD)     # every match of both starts with one of its words
    return (Guarded(re.compile(head + r",?\s+that\b"), (), True, False, lead),
            Guarded(re.compile(head + _STRICT_CLAUSE), (), True, False, lead),
            re.compile(_CLAIM + _STRICT_CLAUSE))


def more_openings(nar: Any) -> list[tuple[int, int]]:
    """Narration spans of the reported clauses of the module docstring's shapes."""
    text, spans = nar.text, []
    after_occasion = _after_occasion()
    for hit in nar.speech_verbs:
        lemma = hit.value.split(":", 1)[1]
        if hit.value.startswith("cognition:") or lemma not in clausal_verbs():
            continue
        s1 = nar.sentence(hit.start)[1]
        m = _COLON.match(text, hit.end, s1)
        if m and nar.quote_at(m.end()) is None:      # a quotation is masked already
            spans.append((m.end(), scope_end(text, m.end(), s1)))
            continue
        m = after_occasion.match(text, hit.end, s1)
        if m:
            spans.append((m.end(1), scope_end(text, m.end(1), s1)))
    that, clause, claim = _other_verbs()
    for m in that.finditer(text):
        s1 = nar.sentence(m.start())[1]
        spans.append((m.end(), scope_end(text, m.end(), s1)))
    for pattern in (clause, claim):
        for m in pattern.finditer(text):
            s1 = nar.sentence(m.start())[1]
            if m.end(1) > s1:
                continue
            end = scope_end(text, m.end(1), s1)
            if pattern is claim:    # a noun's clause, to its comma ("Amid reports the army
                comma = text.find(",", m.end(1), end)    # had fired, the regime ...")
                end = comma if comma >= 0 else end
            spans.append((m.end(1), end))
    for m in _account().finditer(text):     # behind its prefilter: 'account', 'view', ...
        s0, s1 = nar.sentence(m.start())
        spans.append((s0, scope_end(text, m.end(), s1)))
    return spans
