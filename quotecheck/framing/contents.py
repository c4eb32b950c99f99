"""The content of a worry, a story, a denial or an agreement (issue 15): a verdict word
there is the holder's, the teller's or the accuser's account, not the narrator's.

- A noun of worry or telling with 'about' or 'over' and a clause ('have concerns about men
  being smeared', 'told a story about how he parroted the chairman'): from the clause's verb
  (not its subject: in 'concerns about illegal immigrants voting' the label stays the
  narrator's) to the end of the phrase.
- The gerund a denial denies ('denied bragging about conquests', 'denies being a racist'):
  the accusation's word, as with 'accused X of scaremongering'; not the rest of the phrase
  ('deny writing an explosive op-ed' keeps 'explosive' the narrator's).
- What parties agreed on, after a colon ('the one thing both sides agreed on: it was an ugly
  fight'), to the sentence's end.
- The that-clause of a view named as a view ('giving the lie to the notion that the young
  would rather whine than work', 'the myth that'): the view's content, to the first comma or
  conjunction.

The word lists are ``content_nouns``, ``denying``, ``agreeing`` and ``view_of_nouns`` of
``[reported]`` in rules/data/framing-verbs.toml.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from quotecheck.framing.verbcontext import verb_data
from quotecheck.resources.regexprefilter import guard
from quotecheck.text.lexicon import word_alternation

# the end of the content: a comma, a semicolon, a dash or a conjunction opening a new clause
_CONTENT_END = re.compile(r"[,;:\x00]|\s[\u2014\u2013-]{1,2}\s|\s(?:but|yet|while|although|"
                          r"though|whereas|so|because)\s")
_PRONOUN = r"(?:he|she|they|we|i|you|it)"


@lru_cache(maxsize=1)
def _patterns() -> tuple:
    """The (about, gerund, agreed, view) content patterns (module docstring)."""
    data = verb_data().get("reported", {})
    nouns = word_alternation(sorted(data.get("content_nouns", ()), key=len, reverse=True))
    deny = word_alternation(sorted(data.get("denying", ()), key=len, reverse=True))
    # "concerns about how he ...", "a story about him lying", "fears over being smeared",
    # "concerns about men being smeared": group c opens the clause's predicate
    about = re.compile(r"\b(?:%s)\s+(?:about|over)\s+(?:(?:how|why|that)\s+%s\s+(?:\w+ly\s+)?"
                       r"|(?:him|her|them|us|me|it)\s+(?=[a-z]+ing\b)"
                       r"|(?:(?:the|a|an|his|her|their|its|some|many)\s+)?(?:[\w'\-]+\s+){0,2}?"
                       r"[\w'\-]+\s+(?=(?:being|getting)\s+[a-z]+(?:ed|en)\b)"
                       r"|(?=(?:being|getting)\s+[a-z]+(?:ed|en)\b))(?P<c>)" % (nouns, _PRONOUN))
    # "denied bragging", "denies ever being a racist", "denied having been"
    gerund = re.compile(r"\b(?:%s)\s+(?:(?:ever|repeatedly|again)\s+)?(?P<c>(?:being|having\s+been)"
                        r"\s+(?:an?\s+)?[\w\-]+|[a-z]+ing)\b" % deny)
    agreed = re.compile(r"\b(?:%s)(?:\s+(?:on|upon|about))?:\s+(?P<c>)" % word_alternation(
        sorted(data.get("agreeing", ()), key=len, reverse=True)))
    # "the notion that the young would rather whine": a view's that-clause
    views = word_alternation(sorted(data.get("view_of_nouns", ()), key=len, reverse=True))
    view = re.compile(r"\b(?:%s)\s+that\s+(?P<c>)" % views)
    return guard(about), guard(gerund), guard(agreed), guard(view)


def content_spans(nar: Any, clause_end: Callable, pos: int = 0,
                  stop: int | None = None) -> list[tuple[int, int]]:
    """Narration spans of the content of a worry, a story, a denial, an agreement or a view
    (module docstring) opening in ``text[pos:stop]``; ``clause_end(nar, pos, sentence_end)``
    bounds each."""
    text = nar.text
    stop = len(text) if stop is None else stop
    about, gerund, agreed, view = _patterns()
    spans = []
    for m in gerund.finditer(text, pos, stop):   # the denied act's word ("denied bragging")
        spans.append((m.start("c"), m.end("c")))
    for m in agreed.finditer(text, pos, stop):     # "agreed on: it was ...": to the sentence's end
        spans.append((m.start("c"), clause_end(nar, m.start("c"), nar.sentence(m.start())[1])))
    for m in (*about.finditer(text, pos, stop),   # "concerns about men being smeared"
              *view.finditer(text, pos, stop)):    # "the notion that they would rather whine"
        end = clause_end(nar, m.start("c"), nar.sentence(m.start())[1])
        cut = _CONTENT_END.search(text, m.end(), end)
        spans.append((m.start("c"), cut.start() if cut else end))
    return spans


def in_content(nar: Any, start: int) -> bool:
    """Whether the doubt or emotive verb at ``start`` lies in the content of a worry, a story,
    a denial, an agreement or a view in its sentence ('denied bragging about it', 'a story
    about how he boasted', 'the notion that they whine'): the accuser's, the teller's or the
    view's word. Reads the sentence only."""
    s0, s1 = nar.sentence(start)
    return any(a <= start < b for a, b in content_spans(nar, lambda _n, _p, e: e, s0, s1))
