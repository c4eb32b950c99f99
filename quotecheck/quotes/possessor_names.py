"""Learn a person named only as a possessor ("Part of Ian Poulter’s punishment"), so that a
later bare "Poulter" is him; only when no one else in the text shares the surname.

A possessor is no mention (no antecedent there: "Klein's lawyer"), so such names were never
indexed; a text naming "Bill Clinton’s" and "Hillary Clinton" (or "Mrs. Clinton") must not
give every bare "Clinton" to the possessor: the surname guard (issue 12, spk43).
"""
from __future__ import annotations

import re

from quotecheck.quotes.speakers import chain_info

# the word before a capitalised surname: another given name or an honorific names someone else
_WORD_BEFORE = r"([\w.\-\u2019']+)[ \t\u00a0]+%s(?![\w\-])"


def learn_possessor(resolver, name: str, surname_of: dict) -> None:
    """Index ``name`` (a known given name and a surname, closing a chain as its possessor)
    when the surname is not yet anyone's and every capitalised word before the surname in
    the text is that given name (else another person, "Mrs. Clinton", shares it)."""
    info = chain_info(name)
    if info is None or info[0].kind != "person" or len(info[1]) != 2 or \
            not resolver.lex.is_given_name(info[1][0]) or info[1][-1] in surname_of:
        return
    words = name.split()
    given, surname = words[0], words[-1]
    for m in re.finditer(_WORD_BEFORE % re.escape(surname), resolver.masked):
        before = m.group(1)
        if before[:1].isupper() and before != given:
            return
    surname_of[info[1][-1]] = resolver._entity_for(info[0], info[1], surname_of)
