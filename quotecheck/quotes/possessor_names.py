"""Learn a person named only as a possessor ("Part of Ian Poulter’s punishment"), so that a
later bare "Poulter" is him; only when no one else in the text shares the surname.

A possessor is no mention (no antecedent there: "Klein's lawyer"), so such names were never
indexed; a text naming "Bill Clinton’s" and "Hillary Clinton" (or "Mrs. Clinton") must not
give every bare "Clinton" to the possessor: the surname guard (issue 12, spk43).
"""
from __future__ import annotations

from quotecheck.quotes.speakers import chain_info

# the word before a capitalised surname: another given name or an honorific names someone else
_WORD_BEFORE = r"([\w.\-\u2019']+)[ \t\u00a0]+%s(?![\w\-])"
_SPACES = " \t\u00a0"
_WORD_MARKS = "_.-\u2019'"      # with the letters and digits: the characters of a word above


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
    for before in words_before(resolver.masked, surname):
        if before[:1].isupper() and before != given:
            return
    surname_of[info[1][-1]] = resolver._entity_for(info[0], info[1], surname_of)


def words_before(text: str, surname: str):
    """The group 1 of each ``_WORD_BEFORE % re.escape(surname)`` match in ``text``, in order,
    found from the surname's occurrences (``str.find``) instead of trying the pattern's
    opening word at every character. A match's word is the run of word characters right
    before the spaces before an occurrence, from where the search stands (the end of the
    last match) at the earliest."""
    pos, n, size = 0, len(text), len(surname)
    k = text.find(surname)
    while k >= 0:
        end = k + size
        if end < n and (text[end].isalnum() or text[end] in "_-"):
            k = text.find(surname, k + 1)
            continue            # the surname runs on into a word
        space = k
        while space > pos and text[space - 1] in _SPACES:
            space -= 1
        start = space
        if space < k:
            while start > pos and (text[start - 1].isalnum() or text[start - 1] in _WORD_MARKS):
                start -= 1
        if start < space:
            yield text[start:space]
            pos = end
            k = text.find(surname, end)
        else:
            k = text.find(surname, k + 1)
