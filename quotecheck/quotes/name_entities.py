"""Which entity of a document a name found by the scan belongs to, a new one when none fits.

:class:`NameEntities` is a mixin of :class:`~quotecheck.quotes.coreference.SpeakerResolver`:
it matches each name the scan meets ("Ruiz", "Mrs. Obama", "Ban", "Sir Malcolm") against the
people and organisations indexed so far, by exact form, courtesy title and gender, a family
name written first, a known given name or a surname the resolver has seen. It lives apart from
the scan and the resolution so that each stays small; it reads and updates the resolver's
index (``entities``, ``_by_name``, ``_by_initial``, ``_given``, ``_family_first``).
"""
from __future__ import annotations

import re

from quotecheck.quotes.attribution_words import Lexicon
from quotecheck.quotes.entities import Entity, courtesy_entity, courtesy_gender, other_given_name
from quotecheck.quotes.speakers import ChainInfo, fold_name, same_speaker, stated_gender

# "Ban Ki-moon", "Kim Jong-un": a family name first, then a hyphenated given name whose second
# part is lower case; a later bare "Ban" is the family name
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+\Z")


def family_name_first(name: str, lex: Lexicon) -> bool:
    """True for "Ban Ki-moon" (a known family name, then a given name like "Ki-moon")."""
    if "-" not in name:
        return False        # most names: no split, no fold
    parts = name.split()
    return len(parts) == 2 and fold_name(parts[0]) in lex.family_first and \
        _HYPHENED_GIVEN.match(parts[1]) is not None


class NameEntities:
    """The entity lookup of :class:`~quotecheck.quotes.coreference.SpeakerResolver`."""

    def _entity_for(self, parsed: ChainInfo, tokens: tuple, surname_of: dict) -> int:
        """Index of the entity this name belongs to (a new one when none matches)."""
        is_org = parsed.kind == "org"
        seen = self._by_name.get((parsed.name, is_org))
        g = courtesy_gender(parsed, tokens, self.lex) if parsed.descriptors and len(tokens) == 1 else None
        if g is not None:       # "Mrs. Obama" after "Barack Obama": a person of her own
            own = self._by_name.get((parsed.name, is_org, g))
            near = seen if seen is not None else surname_of.get(tokens[-1])
            if own is None and near is not None and self.entities[near].kind == "person" and \
                    self.entities[near].gender not in (None, g):
                same = [i for i, e in enumerate(self.entities) if e.gender == g and e.kind ==
                        "person" and any(fold_name(f.split()[-1]) == tokens[-1] for f in e.forms)]
                if not same:        # "Michelle Obama" named before: hers; else her own
                    self.entities.append(courtesy_entity(parsed, g, self.lex))
                own = self._by_name[(parsed.name, is_org, g)] = \
                    same[-1] if same else len(self.entities) - 1
            if own is not None:
                self.entities[own].add_name(parsed.name)
                return own
        if seen is not None:
            self.entities[seen].add_name(parsed.name)
            return seen
        family = self._family_first.get(tokens[0]) if self._family_first and len(tokens) == 1 \
            and not is_org else None
        if family is not None:
            self.entities[family].add_name(parsed.name)     # "Ban" after "Ban Ki-moon"
            self._by_name[(parsed.name, is_org)] = family
            return family
        if len(tokens) == 1 and not is_org and tokens[0] not in surname_of:
            given = self._given.get(tokens[0])     # "Sir Malcolm", "Omar": a known given name
            if given is not None and given >= 0:
                return given
        exact = surname_of.get(tokens[-1])
        block = self._by_initial.setdefault(tokens[-1][:1], [])   # same_speaker needs this
        order = ([exact] if exact is not None else []) + block[::-1]
        for i in order:
            ent = self.entities[i]
            if (ent.kind == "org") != is_org:
                continue
            if any(same_speaker(parsed.name, n) for n in ent.forms[-3:]) and \
                    not other_given_name(parsed.name, tokens, ent, self.lex):
                ent.add_name(parsed.name)
                if parsed.kind == "person":
                    ent.kind = "person"
                if ent.kind == "person":   # a headline's bare "Trump", then "Donald Trump":
                    surname_of.setdefault(tokens[-1], i)    # later bare "Trump"s are him
                self._by_name[(parsed.name, is_org)] = i
                return i
        kind = parsed.kind
        if kind == "unknown" and len(tokens) >= 2:
            kind = "person"
        self.entities.append(Entity({parsed.name: 1}, set(), kind, stated_gender(parsed, tokens, self.lex)))
        index = len(self.entities) - 1
        self._by_name[(parsed.name, is_org)] = index
        block.append(index)
        if kind == "person":
            surname_of[tokens[-1]] = index
            if "-" in parsed.name and family_name_first(parsed.name, self.lex):
                surname_of.setdefault(tokens[0], index)     # "Ban" of "Ban Ki-moon"
                self._family_first.setdefault(tokens[0], index)
            elif len(tokens) >= 2:   # a given name shared by two people points to neither
                self._given[tokens[0]] = index if tokens[0] not in self._given else -1
        elif kind == "org":
            surname_of.setdefault(tokens[-1], index)
        return index
