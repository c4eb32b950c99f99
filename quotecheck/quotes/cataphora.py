"""An "it" or "they" in a clause that opens the sentence points ahead, to the main clause's
subject, when nothing before it in the sentence could be meant.

"In conducting what it called a “…,” Tesla has named …": the pronoun of the fronted clause was
resolved backwards, to the last organisation of an earlier sentence (or, with that one's photo
credit blanked, to no one), though the sentence itself names who "it" is right after the
clause's comma (issue 12). Only a sentence that opens with a preposition or a subordinator
("In", "After", "While", "By"), has no name before the pronoun, and has a name of an
organisation (for "it"; of a group or organisation for "they") as the first words after the
clause's comma is read this way.
"""
from __future__ import annotations

from typing import Optional

from quotecheck.quotes.mentions import Mention

_OPENERS = frozenset(("in", "by", "after", "before", "while", "when", "since", "despite",
                      "although", "though", "as", "on", "upon", "through", "without", "with",
                      "unlike", "following", "until", "announcing", "explaining", "defending"))
_BLANKS = " \t\u00a0"


def fronted_subject(resolver, mention: Mention) -> Optional[tuple[str, Optional[int]]]:
    """(display, entity) of the main clause's subject that ``mention`` ("it", "they") of a
    fronted clause points ahead to, or None (``resolver``: a
    :class:`quotecheck.quotes.coreference.SpeakerResolver`)."""
    word = mention.text.lower()
    if word not in ("it", "they"):
        return None
    si = resolver.sentence_index(mention.start)
    s0, s1 = resolver.sentences[si]
    masked = resolver.masked
    head = masked[s0:mention.start]
    stop = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
    if stop >= 0:           # "Until now. In what it called": the splitter kept two as one
        s0, head = s0 + stop + 2, head[stop + 2:]
    words = head.split()
    if not words or words[0].strip("\"'\u201c\u2018(").lower() not in _OPENERS or \
            any("," in w for w in words):
        return None         # a clause that opens the sentence, the pronoun before its comma
    names = [nm for nm in resolver._in_sentence(si) if nm.start >= s0]
    if any(nm.start < mention.start for nm in names):
        return None         # "After Acme said it …": the name before is meant
    nm = next((nm for nm in names if nm.start > mention.end), None)
    if nm is None or masked[s0:nm.start].rstrip(_BLANKS)[-1:] not in (",", "\u201d", '"'):
        return None         # the clause's comma (or its quotation's close) right before
    ent = resolver.entities[nm.entity]
    if ent.kind not in ("org", "unknown") or ent.gender is not None:
        return None
    return ent.display, nm.entity
