"""The report's own finding that a claim is false, given as a flat negation in the sentence
right after it (issue 15): then 'claimed' is the accurate verb for what was said, not the
narrator's doubt (bench/judging.md: the report's own finding is false as framing).

:func:`quotecheck.framing.accounts.doubt_usage` calls this module for 'claim' and 'allege'
(never against the narrator's own verdict in the verb's clause), and
:func:`quotecheck.framing.usage.standard_usage` for the short shape (:func:`short_denial`), one
pattern for both (scope24). The shapes of the next sentence:

- a short negation with a pronoun subject: '(He was not.)', 'She did not.';
- another's denial in an elliptical clause: 'Monitors of every camp said that it had
  not.' (a verb of ``refutation_reporters``, a pronoun, an auxiliary and 'not' closing it);
- an existential negation of the claim's own thing: '... claims to have ended the "war on
  oil." There was no war to begin with.' (a noun after 'there was no' that the claim names);
- a named subject of the claim denied: '... claimed the mayor's post was a threat. The
  mayor did not threaten anyone.' (the subject's first word is in the claim).

The sentence is short (``refutation_words`` words at most) and names no evidence
(``refutation_evidential``: 'There is no evidence for that.' is the narrator's evidential,
which keeps the warning), and a non-answer ('did not respond when asked',
``refutation_non_answers``) is no denial, nor is a quotation opening the sentence (a
party's words, in straight or curly marks alike). The word lists are ``[standard_usage]`` of
rules/data/framing-verbs.toml.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.framing.verbcontext import usage_alternation, verb_data
from quotecheck.text.sentences import sentence_end

# a sentence's end (before a closing quotation mark too), or a paragraph's (accounts.py reads
# the claim's sentence with it too)
SENTENCE_STOP = re.compile(r"[.!?](?=[\s\"'\u201d\u2019]|$)|\n[ \t]*\n")
_LEAD = re.compile(r"[\s\"'\u201d\u2019]*")
_SPAN = 600
_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")
# a next sentence that opens a quotation (after the claim's stop and any closing mark glued to
# it, a space, then an opening mark, straight or curly): a party's words, not the report's
_QUOTED = re.compile(r"[.!?]?[\"'\u201d\u2019)]*\s+[\"'\u201c\u2018]")
# closing marks glued to a stop (a mark after a space opens the next quotation)
_CLOSERS = re.compile(r"[\"'\u201d\u2019)]*")
# a quotation in straight or curly marks, or one left open to the window's end
_QUOTATION = re.compile(r"\"[^\"]*(?:\"|$)|\u201c[^\u201d]*(?:\u201d|$)")
_PRONOUNS = frozenset(("he", "she", "it", "they", "we", "i", "you", "this", "that", "there",
                       "but", "and", "yet", "in", "the", "a", "an"))


def flat_denial(text: str, end: int) -> bool:
    """Whether the sentence after the claim whose verb ends at ``end`` of the original
    ``text`` denies the claim flatly (module docstring). The original text, not the
    narration: a quotation masked there hides the claim's stop and its words."""
    stop = SENTENCE_STOP.search(text, end, min(len(text), end + _SPAN))
    if not stop:
        return False        # no end in sight: what follows the window is the claim's own tail
    close = stop.start()
    begin = _LEAD.match(text, min(len(text), close + 1)).end()   # past a paragraph break
    following = text[close:sentence_end(text, SENTENCE_STOP, begin, begin + _SPAN,
                                        fallback=close + _SPAN)]
    return _denies(text[end:close], following)


def own_counter(text: str, end: int) -> bool:
    """Whether the ``refutation_reach`` sentences after the claim whose verb ends at ``end``
    of the original ``text`` set the report's own counter against it ('... runs counter to
    the findings', 'did, however, ...'; ``refutation_counters``), read with quotations
    blanked (a party's words are not the report's finding, and their stops are not the
    report's sentences)."""
    p = _patterns()
    stop = SENTENCE_STOP.search(text, end, min(len(text), end + _SPAN))
    if not stop or not p["counter"]:
        return False
    begin = _CLOSERS.match(text, min(len(text), stop.start() + 1)).end()   # the claim's own
    window = _QUOTATION.sub(lambda m: " " * len(m.group()), text[begin:begin + 2 * _SPAN])
    stops = [m.end() for m in SENTENCE_STOP.finditer(window)][:p["reach"]]
    cut = stops[-1] if len(stops) == p["reach"] else len(window)
    if p["counter"].search(window, 0, cut):
        return True
    # a sentence within reach that opens on a counter ('But the plan was first reported
    # years before.', 'In fact, applicants must ...'): the report sets its own account against
    # the claim; a pronoun right after the opener is the speaker going on ('But he added ...')
    # (each start tried lies before ``cut``: 0 and the stops before the last; with fewer
    # stops than the reach the window ran out first, and the sentence after the last stop
    # is within reach too: qc301_29)
    starts = [0] + (stops[:-1] if len(stops) == p["reach"] else stops)
    return bool(p["opener"]) and any(p["opener"].match(window, s) for s in starts)


def short_denial(following: str) -> bool:
    """Whether ``following`` (the sentence after a claim, its leading stop included) is a
    short negation of it with a pronoun subject: '(He was not.)', 'She did not.' (the shape
    :func:`quotecheck.framing.usage.standard_usage` reads too; one pattern for both)."""
    p = _patterns()
    return bool(p["short"].match(following)) and not _guarded(following)


def _guarded(following: str) -> bool:
    """Whether ``following`` is too long to be a flat denial, or names evidence, or is a
    non-answer ('did not respond when asked')."""
    p = _patterns()
    words = _WORD.findall(following)
    return not words or len(words) > p["limit"] or bool(p["evidential"].search(following)) \
        or bool(p["non_answer"].search(following))


def _denies(claim: str, following: str) -> bool:
    """Whether ``following`` (a sentence, its leading stop included) denies ``claim`` (the
    words from the verb to its sentence's end) in one of the three shapes."""
    p = _patterns()
    if _QUOTED.match(following) or _guarded(following):
        return False
    if p["short"].match(following) or p["elliptical"].match(following):
        return True
    claimed = {w.lower().replace("\u2019", "'").split("'")[0] for w in _WORD.findall(claim)}
    found = p["existential"].match(following) or p["named"].match(following)
    return bool(found) and found.group(1).lower() not in _PRONOUNS \
        and found.group(1).lower() in claimed


@lru_cache(maxsize=1)
def _patterns() -> dict:
    """The denial patterns, built once from ``[standard_usage]`` of framing-verbs.toml."""
    data = verb_data().get("standard_usage", {})
    words = usage_alternation   # a [standard_usage] list, longest first

    subjects, verbs = words("refutation_subjects"), words("refutation_verbs")
    lead = r"[.!?]?[\s\"'\u201d\u2019\x00()]*(?:but,?\s+)?"
    return {
        "limit": int(data.get("refutation_words", 0)),
        "reach": int(data.get("refutation_reach", 0)),
        "counter": data.get("refutation_counters") and re.compile(
            r"(?<!\w)(?:%s)(?!\w)" % words("refutation_counters"), re.IGNORECASE),
        "opener": data.get("refutation_openers") and re.compile(
            r"[\s\x00)]*(?:%s)\s+(?!(?:%s)\b)" % (words("refutation_openers"),
                                                words("refutation_speakers")), re.IGNORECASE),
        "evidential": re.compile(r"\b(?:%s)\b" % words("refutation_evidential"), re.IGNORECASE),
        "non_answer": re.compile(r"\b(?:%s)\b" % words("refutation_non_answers"), re.IGNORECASE),
        # '(He was not.)', 'She did not.': a pronoun, an auxiliary, 'not' and a few characters
        "short": re.compile(r"[.!?]?\s*\(?\s*(?:%s)\s+(?:%s)(?:\s+not|n['\u2019]t)\b[^.!?()]{0,12}"
                            r"(?:[.!?)]|$)" % (subjects, verbs), re.IGNORECASE),
        # 'Monitors of every camp said that it had not.'
        "elliptical": re.compile(lead + r"[^.!?]{0,80}?\b(?:%s)\s+(?:that\s+)?(?:%s)\s+(?:%s)"
                                 r"(?:\s+not|n['\u2019]t)\s*[.!?)]?\s*$"
                                 % (words("refutation_reporters"), subjects, verbs),
                                 re.IGNORECASE),
        # 'There was no war to begin with.' (the noun 'war' is the claim's)
        "existential": re.compile(lead + r"there\s+(?:was|were|is|are|has\s+been|had\s+been)"
                                  r"\s+(?:no|never\s+any)\s+(?:such\s+)?([^\W\d_]+)",
                                  re.IGNORECASE),
        # 'Castro did not call for violence.' (the subject 'Castro' is named in the claim)
        "named": re.compile(lead + r"(?:the\s+)?([^\W\d_]+)(?:['\u2019]s)?(?:\s+[^\W\d_]+){0,2}?\s+"
                            r"(?:(?:%s)(?:\s+not|n['\u2019]t)|never)\b" % verbs, re.IGNORECASE),
    }
