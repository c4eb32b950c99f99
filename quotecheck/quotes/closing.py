"""The speaker named right after a quotation's closing mark ("“…,” Vane shot back."), when
the sentence's verb scan found none: the shape of news copy itself attributes the quote.

A quotation whose words end in a comma, question or exclamation mark (or a dash), closed and
followed, with or without a space, by a capitalised name and a past-tense verb (an optional
particle: "went on", "shot back") that ends the clause, or by such a verb and then the name
("reacted Vane."), is that name's. The name is taken as written: a capitalised word in that
place is a name even when it is also a word ("From said", "Will wrote"), and a verb no
reporting list holds ("pressed", "went on") still reports in that place.
"""
from __future__ import annotations

import re
from typing import Optional

from quotecheck.quotes.attribution import Attribution
from quotecheck.quotes.mentions import Mention
from quotecheck.quotes.phrase_words import IRREGULAR_PAST

_NAME = r"[A-Z][\w'\u2019.-]*(?:[ \t\u00a0]+[A-Z][\w'\u2019.-]*){0,3}"
_VERB = r"[a-z]{3,}"
_PARTICLE = r"(?:[ \t\u00a0]+(?:on|back|in|up|out))?"
_END = r"(?=[ \t\u00a0]*(?:[.,;!?]|\Z))"
_NAME_VERB = re.compile(rf"[ \t\u00a0]?(?P<name>{_NAME})[ \t\u00a0]+(?P<verb>{_VERB}{_PARTICLE}){_END}")
_VERB_NAME = re.compile(rf"[ \t\u00a0]?(?P<verb>{_VERB}{_PARTICLE})[ \t\u00a0]+(?P<name>{_NAME}){_END}")
_ENDS_SPEECH = ",?!\u2014\u2013-"
_NOT_NAMES = frozenset(("The", "A", "An", "This", "That", "These", "Those", "It", "He", "She",
                        "They", "We", "I", "You", "But", "And", "Or", "So", "Then", "When"))


def _past(word: str, lex) -> bool:
    """A past-tense verb: a reporting verb's form, a regular -ed form or an irregular past,
    or a verb that reports only in this place ("echoes"); never an -ing form ("“…,” blaming
    Vane." is a participle and its object)."""
    if word.endswith("ing"):
        return False
    return word in lex.verb_lemma or word in IRREGULAR_PAST or \
        (word.endswith("ed") and len(word) > 4) or word in lex.after_quote_verbs


def name_after_close(text: str, masked: str, words_end: int, close: int, lex) -> Optional[Attribution]:
    """The attribution "“…,” Name verbed" / "“…?” verbed Name" right after ``close`` (the end
    of the closing mark; ``words_end`` the end of the quoted words in ``text``; ``masked``
    the text with quoted words masked), or None."""
    if words_end <= 0 or text[words_end - 1] not in _ENDS_SPEECH and \
            masked[close:close + 1] != ",":
        return None
    pos = close + (masked[close:close + 1] == ",")
    limit = masked.find("\n", pos, pos + 80)      # "“…?” Vane pressed." may be a sentence
    limit = pos + 80 if limit < 0 else limit        # of its own: look past the quote's own
    for pattern in (_NAME_VERB, _VERB_NAME):
        m = pattern.match(masked, pos, min(limit, len(masked)))
        if m is None:
            continue
        name, verb = m.group("name"), m.group("verb")
        if name.split()[0] in _NOT_NAMES or not _past(verb.split()[0], lex):
            continue
        ns, ne = m.span("name")
        if name.endswith(".") and len(name.rsplit(None, 1)[-1]) > 2:
            name, ne = name[:-1], ne - 1            # "reacted Vane.": the sentence's stop
        vs, ve = m.span("verb")
        return Attribution(Mention(ns, ne, name, "name"), verb, vs, ve, vs, 2)
    return None
