"""Speaker names unified across the documents of a story (issue 12).

One person is quoted under several forms ("Judy Shepard", "Mrs. Shepard", "Shepard"): each
story's speaker names are grouped by :func:`~quotecheck.quotes.speakers.same_speaker` and shown
under the group's fullest form. A group whose names state a gender takes no name stating the
other one, so a bare surname joined to the husband does not bridge the wife's "Mrs." to him.
"""
from __future__ import annotations

from quotecheck.quotes.nameblocks import NameBlocks
from quotecheck.quotes.speakers import (is_couple, name_gender, name_tokens, same_speaker,
                                        speaker_key)


def fullest(names) -> str:
    """The most complete name form: most name tokens, then most frequent, then first seen."""
    counts: dict = {}
    order: dict = {}
    for i, n in enumerate(names):
        counts[n] = counts.get(n, 0) + 1
        order.setdefault(n, i)
    return max(counts, key=lambda n: (len(name_tokens(n)), counts[n], len(n), -order[n]))


def unify_speakers(names: list) -> dict:
    """Map every speaker name to a canonical display name shared by all names of one person.

    Each name joins the earliest group holding a name of the same speaker and stating no
    other gender (a couple's "Mr. and Mrs. Keller" only another couple's), else starts one; a
    bare surname that fits groups of both genders is then taken out to stand alone (it is
    either), after it kept "Mrs. Keller" from the husband; only the names
    :class:`~quotecheck.quotes.nameblocks.NameBlocks` offers are compared."""
    unique = list(dict.fromkeys(n for n in names if n))
    keys = {n: tuple(speaker_key(n).split()) for n in unique}
    blocks = NameBlocks(k[-1] for k in keys.values() if k)
    group_of: dict = {}
    groups: list[list] = []
    gender_of: list = []        # the gender a group's names state, once one does
    genders = {n: name_gender(n) for n in unique}
    for name in unique:
        key = keys[name]
        gender = genders[name]
        hits = [group_of[other] for other in blocks.candidates(key) if same_speaker(name, other)
                and is_couple(name) == is_couple(other)] if key else []
        hits = [g for g in hits if gender is None or gender_of[g] in (None, gender)]
        if hits:    # "Mrs. Keller" joins no group a bare "Keller" took to "Dennis Keller"
            group_of[name] = min(hits)
            groups[group_of[name]].append(name)
            gender_of[group_of[name]] = gender_of[group_of[name]] or gender
        else:
            group_of[name] = len(groups)
            groups.append([name])
            gender_of.append(gender)
        if key:
            blocks.add(name, key)
    for name in unique:     # "Keller" when "Dennis Keller" and "Mrs. Keller" speak: either
        g = group_of[name]
        if genders[name] is None and len(keys[name]) == 1 and len(groups[g]) > 1 and \
                len({gender_of[group_of[o]] for o in blocks.candidates(keys[name])
                     if same_speaker(name, o)} - {None}) > 1:
            groups[g].remove(name)
            group_of[name] = len(groups)
            groups.append([name])
            gender_of.append(None)
    members: list[list] = [[] for _ in groups]
    for n in names:
        if n in group_of:
            members[group_of[n]].append(n)
    out = {}
    for g, present in zip(groups, members):
        canonical = fullest(present)
        for n in g:
            out[n] = canonical
    return out


_MENTION_TITLE = {"mr": "Mr.", "mr.": "Mr.", "he": "Mr.", "mrs": "Mrs.", "mrs.": "Mrs.",
                  "ms": "Ms.", "ms.": "Ms.", "miss": "Miss", "she": "Ms."}


def gendered_speaker(speaker: str, mention: str) -> str:
    """'Ms. Obama' for a person shown by the surname "Obama" whose mention was "Ms. Obama" or
    "she": the gender the document gave the speaker, so that :func:`unify_speakers` puts her
    with "Michelle Obama" and not with "Barack Obama"; else ``speaker``."""
    first = mention.split(None, 1)[0].lower() if mention and " " not in speaker else ""
    title = _MENTION_TITLE.get(first)
    return f"{title} {speaker}" if title and speaker[:1].isupper() else speaker
