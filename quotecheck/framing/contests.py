"""Whether the report itself sets out the contest over a claim (issue 15): then 'claimed' or
'alleged' is the standard verb for one side, not the narrator's doubt.

:mod:`quotecheck.framing.usage` already reads a denial or an accusation in the claim's own
sentence or the next (``disputes``). This module reads two wider contexts, each tied to the
claim so that a denial of something else nearby does not count:

- an answer to the claim in one of the ``contest_sentences`` sentences after it: a sentence
  with a word of ``contest_answers`` (denied, disputed, contradicted, 'not clear') that shares
  at least ``contest_min_shared`` content words with the claim ('NBC claimed that Google had
  demonetised the site. ... Google denied that it had stripped the site of ads': 'Google',
  'site'). An accusation against the claimant is no answer to the claim's content and is not
  listed (a state outlet's 'X claimed ...' answered by 'a newspaper accused X of taking sides'
  was judged the narrator's doubt);
- a two-sided dispute the report describes in one of the ``framing_sentences`` sentences
  before it: a side word (``dispute_sides``: 'both sides', 'the other side') with a dispute
  word in the same sentence (``dispute_words``: blame, accusations) ('Lawmakers spent the
  night assigning blame to the other side. ... The Speaker claimed that ...'). The claimant's
  own blame ('protests which the president blamed on foreign meddling') names no sides.

At first exposure on the 34 open sets the QC301 warnings these contexts read were 0 real / 4
false (doubt22). :func:`set_against` reads the claim's own sentence before the verb (qc301_29):
a clause opening on ``contrast_openers`` ('While the mayor claims ..., the city has ...') or a
contradiction the report states (``contradiction_phrases``: 'stood in sharp contrast to
remarks from the governor, who claimed'), and another's indirect question ('asked how anyone
could ... still claim'; ``question_verbs``, ``question_words``), the questioner's words.
A narrator's own verdict in the verb's clause ('claimed, without evidence') still keeps the
warning (:func:`quotecheck.framing.weighing.narrator_verdict`, checked by the
caller). The word lists and windows are ``[standard_usage]`` of rules/data/framing-verbs.toml.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from quotecheck.framing.verbcontext import usage_alternation, verb_data

# a sentence's end, or a paragraph's (a quotation masked in the narration hides its stop)
_END = re.compile(r"[.!?](?=[\s\"'\u201d\u2019\x00]|$)|\n[ \t]*\n")
_SPAN = 600         # at most this many characters are read per sentence


def contested(text: str, sentence_start: int, start: int, end: int,
              keys: Callable[[str], list]) -> bool:
    """Whether the report sets out the contest over the claim reported at ``[start, end)``
    (module docstring): an answer after it sharing its words, or a two-sided dispute before
    it. ``keys`` gives a text's content-word stems (:func:`quotecheck.framing.accounts._keys`)."""
    cfg = _settings()
    close = _sentence_end(text, end)
    claim = set(keys(text[end:close]))
    pos = close
    for _ in range(cfg["after"]):
        if pos >= len(text):
            break
        stop = _sentence_end(text, pos + 1)
        sentence = text[pos:stop]
        if cfg["answers"].search(sentence) and len(claim & set(keys(sentence))) >= cfg["need"]:
            return True
        pos = stop
    return any(cfg["sides"].search(s) and cfg["disputes"].search(s)
               for s in _sentences_before(text, sentence_start, cfg["before"]))


def set_against(text: str, sentence_start: int, start: int, end: int) -> str:
    """'dispute' where the claim's own sentence sets it against another side or the report's
    account before the verb at ``[start, end)`` (a 'While' clause holding the claim with a
    main clause after it, or a contradiction the report states), 'question' where the verb
    stands in another's indirect question, else '' (module docstring)."""
    p = _set_patterns()
    head = text[sentence_start:start]
    if p["question"].search(head):
        return "question"
    if p["contradiction"].search(head):
        return "dispute"
    if p["opener"].match(head) and p["main"].match(text, end,
                                                   _sentence_end(text, end)):
        return "dispute"
    return ""


@lru_cache(maxsize=1)
def _set_patterns() -> dict:
    """The patterns of :func:`set_against`, from ``[standard_usage]`` of framing-verbs.toml."""
    words = usage_alternation          # (an empty list's alternation matches nothing)
    return {
        # 'While the mayor claims': the sentence opens on the contrast and no comma, stop or
        # masked quotation closes its clause before the verb ('While in office, he claimed')
        "opener": re.compile(r"[\s\"'\u201c\u201d\u2018\u2019(]*(?:%s)\b[^,;:\x00]*$"
                             % words("contrast_openers"), re.IGNORECASE),
        # ... and a main clause after the claim: a comma, then at least three words, the
        # first no pronoun (another side named: 'the city has ...'; not the claimant going on,
        # 'he has ...', nor the narrator's own hedge, 'it appears that ...', which weighs the
        # claim no more than 'said' would)
        "main": re.compile(r"[^;]*?,[ \t]+(?!(?:he|she|it|they|we|i|you|there|this|that)\b)"
                           r"(?:[\w'\u2019\-]+[ \t]+){2,}[\w'\u2019\-]+", re.IGNORECASE),
        "contradiction": re.compile(r"\b(?:%s)\b" % words("contradiction_phrases"),
                                    re.IGNORECASE),
        # 'asked how anyone could ... still claim': a question verb, up to three words (its
        # object: 'asked reporters how'), a question word, then no stop before the verb
        "question": re.compile(r"\b(?:%s)[ \t]+(?:[\w'\u2019\-]+[ \t]+){0,3}?(?:%s)\b"
                               r"[^.;!?]*$" % (words("question_verbs"), words("question_words")),
                               re.IGNORECASE),
    }


def _sentence_end(text: str, pos: int) -> int:
    stop = _END.search(text, pos, min(len(text), pos + _SPAN))
    return stop.end() if stop else min(len(text), pos + _SPAN)


def _sentences_before(text: str, sentence_start: int, count: int) -> list:
    """Up to ``count`` sentences before ``sentence_start``, nearest first."""
    lo = max(0, sentence_start - count * _SPAN)
    stops = [m.end() for m in _END.finditer(text, lo, max(lo, sentence_start - 1))]
    bounds = [lo] + stops + [sentence_start]
    spans = [(a, b) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]
    return [text[a:b] for a, b in reversed(spans[-count:])]


@lru_cache(maxsize=1)
def _settings() -> dict:
    data = verb_data().get("standard_usage", {})

    def words(key: str) -> "re.Pattern":
        return re.compile(r"\b(?:%s)\b" % usage_alternation(key), re.IGNORECASE)

    return {"after": int(data.get("contest_sentences", 0)),
            "need": int(data.get("contest_min_shared", 2)),
            "before": int(data.get("framing_sentences", 0)),
            "answers": words("contest_answers"), "sides": words("dispute_sides"),
            "disputes": words("dispute_words")}
