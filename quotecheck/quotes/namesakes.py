"""A bare surname right after a namesake's quotation is that namesake (issue 12, round 29).

"“…,” said Ostler's father Dennis. … “…,” Ostler added." The bare "Ostler" was bound, when the
index was built, to the first person named Ostler (the son, named in the lede), so the father's
second quotation went to the son. A bare surname that follows, with no other mention of that
surname between, a quotation whose speaker is another person with the same surname is read as
the person just quoted: a writer who names two people of one family gives the bare surname to
the one in the reader's mind. Not when the namesake just quoted is the same person in another
form ("De Blasio", "Bill de Blasio"), and not when that one was named by given name alone ("“…,”
Tom told her. “…,” Ebeling said.": the writer keeps the bare surname for the other).
"""
from __future__ import annotations

import re

from quotecheck.quotes.speakers import same_speaker

_WINDOW = 800       # characters from the namesake's mention to the bare surname


def _surname(name: str) -> str:
    words = name.split()
    return words[-1].lower().rstrip(".,") if words else ""


def recent_namesake(found: list, resolved: list, masked: str, entities: list) -> None:
    """Change ``resolved[i]`` (speaker, entity) of a bare-surname attribution to the latest
    earlier speaker with that surname when no mention of the surname falls between. People
    only (``entities``: the resolver's): "The Times said" after "The New York Times" is not
    the Los Angeles Times' namesake."""
    last: dict = {}         # surname -> (position after its speaker's mention, (name, entity))
    for i, f in enumerate(found):
        a = f.att
        if a is None or resolved[i][0] is None:
            continue
        name, entity = resolved[i]
        if entity is None or entities[entity].kind != "person":
            continue
        sur = _surname(name)
        text = a.mention.text.strip()
        if a.mention.kind == "name" and " " not in text and text[:1].isupper() and \
                text.lower() == sur and sur in last:
            end, (prev, prev_entity) = last[sur]
            if len(prev.split()) > 1 and prev_entity is not None and \
                    not same_speaker(prev, name) and \
                    0 <= a.mention.start - end < _WINDOW and \
                    re.search(rf"\b{re.escape(text)}\b", masked[end:a.mention.start]) is None:
                resolved[i] = (prev, prev_entity)
        if a.mention.kind == "name" and sur and sur not in a.mention.text.lower():
            last.pop(sur, None)     # "Tom told …": named apart by his given name, not the namesake
        else:
            last[sur] = (a.mention.end, resolved[i])
