"""A speaking he/she no sentence nearby names is the person quoted just before (issue 12, spk44).

'“…,” says Ana Ruiz. … [a video card naming a man; ten sentences with no one] … “…,” she
says': the pronoun's story window (:meth:`PronounResolver._story_sentences`) held no person of
her gender, so the quotation had no speaker, which is always wrong for a "she says". The
speaker of the nearest earlier attributed quotation is taken when it is a person known to be
named with a given name of that gender ("Ana Ruiz"; a junk entity a pronoun once took,
"Hepatitis C", is no one); any other speaker there (a man, an organisation, a surname alone)
leaves the quotation as it was.
"""
from __future__ import annotations

from quotecheck.quotes.pronouns import PRONOUN_GENDER
from quotecheck.quotes.speakers import fold_name


def previous_speaker(found: list, resolved: list, resolver) -> None:
    """Give ``resolved[i]`` of an unresolved he/she with a reporting verb the (speaker, entity)
    of the nearest earlier attributed quotation when that is a person of the same gender."""
    for i, f in enumerate(found):
        a = f.att
        if a is None or a.verb is None or a.mention.kind != "pronoun" or \
                resolved[i][1] is not None or resolved[i][0] != a.mention.text:
            continue
        gender = PRONOUN_GENDER.get(a.mention.text.lower())
        if gender not in ("male", "female"):
            continue
        j = next((j for j in range(i - 1, -1, -1) if found[j].att is not None
                  and resolved[j][0] is not None and resolved[j][0] != found[j].att.mention.text),
                 None)
        if j is None or resolved[j][1] is None:
            continue
        ent = resolver.entities[resolved[j][1]]
        names = resolver.lex.female_names if gender == "female" else resolver.lex.male_names
        words = ent.display.split()
        if ent.kind == "person" and ent.gender in (None, gender) and \
                len(words) > 1 and fold_name(words[0]) in names:
            resolved[i] = resolved[j]
