"""What a document says a named entity is: the appositions (", Kazakhstan's president,"), party
states (", R-Iowa"), "as mayor" roles and possessives that resolve descriptions to names.

A mixin of :class:`quotecheck.quotes.coreference.SpeakerResolver` (uses its ``masked``, ``lex``
and ``_roles_of``); split from that module to keep it short.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from quotecheck.quotes.attribution_words import PLACEHOLDER
from quotecheck.quotes.entities import ROLE_AS, Entity, possessed_roles
from quotecheck.quotes.speakers import NAME_CONNECTORS, POSSESSIVE_END, fold_name, party_state


class EntityDescriptors:
    """Descriptors, places and roles of a resolver's entities, learnt from the text around them."""

    def _describe(self, ent: "Entity") -> None:
        """Add the appositions after an entity's mentions (", Kazakhstan’s president,")."""
        if ent.described:
            return
        ent.described = True
        for end in ent.ends:
            state = party_state(self.masked, end, self.lex)     # ", R-Iowa": Iowa, no "r-iowa"
            appos = set(state) if state else self._apposition(end)
            ent.descriptors.update(appos)
            ent.places.update(d for d in appos if d not in self.lex.titles
                              and d not in self.lex.person_roles and d not in NAME_CONNECTORS)
            ent.descriptors.update(self._role_as(end))
        if ent.kind == "person":    # "McCallum’s last term as mayor": possessives are no
            roles = self._possessive_roles()    # mentions of the index
            ent.descriptors.update(roles.get(ent.display.rsplit(None, 1)[-1], ()))

    def _apposition(self, end: int) -> set:
        """Descriptors from ", Kazakhstan’s president," or ", head of the ... Council," after a name."""
        text = self.masked
        if not text.startswith(", ", end):
            return set()
        stop = text.find(",", end + 2, end + 120)
        seg = text[end + 2: stop if stop != -1 else min(len(text), end + 80)]
        if PLACEHOLDER in seg or self.lex.verb_re.search(seg) or self._names_someone(end + 2, seg):
            return set()
        raw = re.findall(r"[\w\u2019'\-.]+", seg)[:8]
        if not raw:
            return set()
        lead = fold_name(raw[0])
        if not (lead in ("a", "an", "the") or lead in self.lex.titles or raw[0][:1].isupper()
                or lead in self.lex.person_roles):
            return set()
        words = [POSSESSIVE_END.sub("", fold_name(w)) for w in raw]
        return {w for w in words if w in self.lex.titles or w in self.lex.person_roles
                or w in self.lex.place_group or (w[:1].isalpha() and w not in self.lex.not_names
                                                 and len(w) > 3)}

    def _names_someone(self, start: int, seg: str) -> bool:
        """True when the words after the comma are another person's whole name ("Ana Ruiz, Bo
        Vane and Eli Cho inside the shop"): a list of names, no apposition of the first."""
        k = bisect_left(self._starts, start)
        if k == len(self.mentions) or self.mentions[k].start != start:
            return False
        nm = self.mentions[k]
        return nm.end >= start + len(seg.rstrip()) and self.entities[nm.entity].kind == "person"

    def _possessive_roles(self) -> dict:
        """{name: roles} of "McCallum’s last term as Surrey mayor" in the text, found once."""
        if self._roles_of is None:
            self._roles_of = {}
            text = self.masked
            for start, name, role in possessed_roles(text):
                if start and (text[start - 1].isalnum() or text[start - 1] in "_-"):
                    continue
                roles = {w for w in fold_name(role).split() if w in self.lex.person_roles}
                self._roles_of.setdefault(name, set()).update(roles)
        return self._roles_of

    def _role_as(self, end: int) -> set:
        """The role of "McCallum’s last term as Surrey mayor", "Lee served as governor": a
        person role a few words after the name, after "as", no other name in between."""
        m = ROLE_AS.match(self.masked, end, end + 80)
        if m is None:
            return set()
        return {w for w in fold_name(m.group(1)).split() if w in self.lex.person_roles}
