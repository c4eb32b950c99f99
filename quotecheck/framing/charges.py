"""The content of a charge, and a statement's content in a relative clause: the words are
the charging party's or the speaker's, not the narrator's (issue 15).

- A noun of charging with 'of' ('charges of cronyism, delays and incompetence', 'allegations
  of neglect', 'two counts of reckless endangerment'): the charge as its makers put it, to
  the end of the noun phrase (a list joined by commas included).
- A formal charge with 'with' ('was charged with partiality, tyranny and oppression',
  'charged with appointing incompetent receivers'): the charge sheet's or the impeachment
  article's words, to the end of the phrase.
- A statement's content in a relative clause ('a site that Washington said was a terrorist
  camp', 'a law which critics called a reckless gamble'): what the speaker said it was, to
  the end of the phrase.
- A party's accusation or criticism in the active voice ('Pompeo accused Iran of arming
  terrorist groups and the brutal regime of ...', 'condemned the authority for failing to act,
  refusing talks and glorifying terrorists'): the accuser's own account of what was done, to
  the end of the phrase (a list joined by commas included). In the passive with no accuser
  ('was accused of hiring racist staff') only the charge's word is reported
  (:mod:`quotecheck.framing.reported`): the rest may be the narrator's.

A label or an evaluative word there is reported, as in a that-clause of 'said'; a word after
the phrase stays the narrator's. The word lists are ``[charges]`` of
rules/data/framing-verbs.toml.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from quotecheck.framing.verbcontext import verb_data
from quotecheck.resources.regexprefilter import guard
from quotecheck.text.lexicon import word_alternation
from quotecheck.text.wordled import WordLed

# a phrase ends at a comma before a new clause or phrase, not at one inside a list ("of
# cronyism, delays and incompetence"), at a semicolon, a dash or the sentence's end
# ("accused X of stoking division, while aligning himself with Y, and ...": a 'while' with a
# gerund goes on with the charge, frame27)
_PHRASE_END = re.compile(r",(?=\s+(?:the|a|an|this|these|those|he|she|it|they|we|i|his|her|"
                         r"their|its|our|who|which|where|when|while(?!\s+[a-z]+ing\b)|but|so|"
                         r"yet|according|"
                         r"including|both|as|said|says|after|before|because|although|though|"
                         r"and\s+(?:the|a|an|he|she|it|they|was|were|is|are|had|has))\b)"
                         r"|[;\x00]|\s[\u2014\u2013-]{1,2}\s|\s_\s")


def charge_spans(nar: Any, clause_end: Callable) -> list[tuple[int, int]]:
    """Narration spans of a charge's content and of a statement's content in a relative
    clause (module docstring); ``clause_end(nar, pos, sentence_end)`` bounds each."""
    text = nar.text
    spans = []
    for pattern in _patterns():
        for m in pattern.finditer(text):
            end = clause_end(nar, m.end(), nar.sentence(m.start())[1])
            # what someone called a thing ('which the guru called a divine power, to kill
            # critics'): its object, to the first comma
            stop = (_COMMA if m.lastgroup == "named" else _PHRASE_END).search(text, m.end(), end)
            spans.append((m.end(), stop.start() if stop else end))
    for m in _accusers().finditer(text):
        if _PASSIVE.search(text, max(0, m.start() - 12), m.start()):
            continue            # "was accused of hiring ...": no accuser named
        end = clause_end(nar, m.end(), nar.sentence(m.start())[1])
        stop = _PHRASE_END.search(text, m.end(), end)
        spans.append((m.end(), stop.start() if stop else end))
    return spans


# a passive auxiliary right before the verb ("was accused of", "had been condemned for")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|gets|got)\s+$")


@lru_cache(maxsize=1)
def _accusers() -> "re.Pattern":
    """'accused X of', 'condemned X for': a verb of ``party_charges`` with an object of one
    to six words, then the charge (``[charges]`` of rules/data/framing-verbs.toml)."""
    data = verb_data().get("charges", {})
    verbs = data.get("party_charges", ())
    if not verbs:
        return re.compile(r"(?!x)x")
    return WordLed(guard(re.compile(r"\b(?:%s)\s+(?!of\b|for\b)(?:[\w'.\-]+\s+){1,6}?(?:of|for)"
                                    r"\s+(?=[a-z])" % word_alternation(sorted(verbs, key=len,
                                                                           reverse=True)))), verbs)


_COMMA = re.compile(r"[,;\x00]")


@lru_cache(maxsize=1)
def _patterns() -> tuple:
    data = verb_data().get("charges", {})
    nouns = word_alternation(sorted(data.get("nouns", ()), key=len, reverse=True))
    formal = word_alternation(sorted(data.get("formal", ()), key=len, reverse=True))
    said = word_alternation(sorted(data.get("relative_verbs", ()), key=len, reverse=True))
    # (the first two are tried only where a word of their list occurs: text.wordled, speed34)
    return (
        # "charges of cronyism", "two counts of reckless endangerment"
        WordLed(guard(re.compile(r"\b(?:%s)\s+of\b" % nouns)), data.get("nouns", ())),
        # "was charged with partiality", "indicted on charges of" (the nouns above)
        WordLed(guard(re.compile(r"\b(?:%s)\s+with\b" % formal)), data.get("formal", ())),
        # "a site that Washington said was", "which critics called"
        guard(re.compile(r"\b(?:that|which)\s+(?:[\w'.\-]+\s+){1,3}?(?:%s)(?:\s+(?:was|were|"
                         r"is|are|had\s+been|would\s+be|to\s+be)\b|(?P<named>(?=\s+(?:a|an|the)"
                         r"\b)))" % said)),
    )
