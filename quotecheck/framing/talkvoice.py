"""A narrator who talks to someone: interjections, vocatives and spoken asides (issue 15).

A commentary blog keeps the cadence of speech in its own sentences: it opens them with an
interjection ("Well, ...", "Oh, and ...", "Look, ..."), calls the person it argues with by
name or by a term of address at the end of a sentence ("That's not your call, Jane.",
"..., folks.") and drops one-sentence asides to the reader ("Just watch.", "Go figure.").
A news report leaves all of these to the people it quotes (inside quotation marks or a
transcript turn, which the voice sentences leave out). News analysis may open one sentence
with "Well," or answer itself once, so at least ``min_sentences`` (rule data) different
sentences must carry such a mark. The lists and the count are ``[conversational]`` of
``rules/data/opinion-voice.toml``; the same test applies to every outlet.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable

from quotecheck.resources.ruledata import load_data
from quotecheck.text.lexicon import word_alternation


@lru_cache(maxsize=1)
def _settings() -> tuple:
    """(interjection opener, spoken aside, vocative term, reporting verb, min sentences),
    compiled from ``[conversational]``; each read in a lower-case voice sentence."""
    data = load_data("opinion-voice")["conversational"]
    opener = re.compile(r"\W*(?:%s)(?:,|!|\.\.\.|\u2026)" % word_alternation(data["interjections"]))
    aside = re.compile(r"\W*(?:(?:%s)\W*$|%s)" % (word_alternation(data["asides"]),
                                                 "|".join(data["aside_openers"])))
    term = re.compile(r",\s+(?:%s)\W*$" % word_alternation(data["vocatives"]))
    verb = re.compile(r"\b(?:%s)\b" % word_alternation(data["reporting_verbs"]))
    return opener, aside, term, verb, data["min_sentences"]


# a name closing a sentence after a comma ("..., Nancy."), read in the original text; not an
# abbreviation ("Jr.", "Calif.") nor a place after its city ("Austin, Texas.": no 'you' there)
_NAME_LAST = re.compile(r",\s+[A-Z][a-z'\u2019\-]+[.!?)\u2026]*\s*$")
_WORD_LAST = re.compile(r",\s+(?:[a-z'\u2019\-]+ )?[a-z'\u2019\-]+[.!?)\u2026]*\s*$")   # lower case
_SECOND_PERSON = re.compile(r"\byou(?:r|rs|rself|'re|\u2019re)?\b")


def _vocative(sentence: str, original: Any, term: Any, verb: Any) -> bool:
    """Whether the sentence ends by addressing someone: a term of address ('..., folks.'),
    or a name after a comma in a sentence that says 'you' or 'your' (the name is the one
    addressed; ``original()`` gives the sentence's original text, asked for only then);
    never a sentence with a reporting verb ('..., you know, Roe said.')."""
    if not _WORD_LAST.search(sentence) or verb.search(sentence):
        return False
    if term.search(sentence):
        return True
    return bool(_SECOND_PERSON.search(sentence)) and bool(_NAME_LAST.search(original()))


def conversational_voice(narration: Any, matches: Iterable[Any]) -> bool:
    """Whether at least ``min_sentences`` of the narrator's own sentences (``matches``:
    matches over ``narration.text``, quotations and turns left out) open with an
    interjection, end on a vocative or are a spoken aside to the reader."""
    opener, aside, term, verb, least = _settings()
    text = narration.doc.text
    marked = 0
    for m in matches:
        sentence = m.group().strip()
        if not (opener.match(sentence) or aside.match(sentence)) and not _vocative(
                sentence, lambda: text[slice(*narration.original(m.start(), m.end()))].rstrip(),
                term, verb):
            continue
        marked += 1
        if marked >= least:
            return True
    return False
