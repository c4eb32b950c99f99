"""Resolve descriptions of speakers ("the Kazakh leader", "the company", "the retired welder",
"the 78-year-old") to the named person or organisation they point back to.

A mixin of :class:`quotecheck.quotes.coreference.SpeakerResolver`: it uses the resolver's index of
named mentions (``entities``, ``mentions``, ``_candidates``) and its sentence map.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from quotecheck.quotes.mentions import Mention
from quotecheck.quotes.speakers import (NAME_DETERMINERS, POSSESSIVE_END, fold_name,
                                        same_place, strip_determiner)

_AGE = re.compile(r"\d{1,3}-year-old\Z")
_BUSINESS_NOUNS = frozenset(("company", "firm", "landlord", "developer", "business", "operator",
                             "corporation", "insurer", "employer", "manufacturer", "retailer",
                             "owner", "builder", "contractor", "lender", "chain", "utility"))
_MEDIA = frozenset(("gazette", "times", "post", "news", "press", "herald", "tribune", "journal",
                    "telegraph", "guardian", "courier", "star", "sun", "globe", "mail", "chronicle",
                    "observer", "reuters", "afp", "ap", "bbc", "cbc", "cnn", "radio", "tv"))
_BUSINESS_BEFORE = re.compile(r"\b(?:company|firm|landlord|developer|operator|insurer|employer|"
                              r"manufacturer|retailer|owner|builder|contractor|lender|chain|"
                              r"utility|corporation|business|property manager)"
                              r"(?:,|[ \t\u00a0]+(?:called|named))?[ \t\u00a0]+\Z")


_ISSUED = re.compile(r"[ \t\u00a0]+(?:issued|released|published|posted|sent|put[ \t\u00a0]+out)"
                     r"[ \t\u00a0]+\Z")

# Elected offices one person holds one of at a time, and the abbreviated titles before a name
# that name one of them ("Gov. Jeb Bush", "Sen. Ana Ruiz", "Rep. Bo Sands"): the spelled-out
# role words already exclude each other above (a "governor" descriptor is no "senator"); the
# abbreviations, which are titles rather than person roles, now do as well
_OFFICES = frozenset(("senator", "governor", "mayor", "congressman", "congresswoman",
                      "representative"))
_OFFICE_ABBREVIATIONS = frozenset(("sen", "sen.", "gov", "gov.", "rep", "rep."))

_PLACE_TAIL = re.compile(r"[ \t\u00a0]+(?:in|of|at|from|for)[ \t\u00a0]+")


# "Zentra said (on) Thursday that ": a reporting verb, up to three words, "that"
_REPORTED_THAT = re.compile(r"[ \t\u00a0]+([a-z]+)(?:[ \t\u00a0]+[A-Za-z]+){0,3}?[ \t\u00a0]+that[ \t\u00a0]+")

# "he" or "she", a person spoken of (:meth:`DescriptionResolver._other_he_she`)
_HE_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# a capitalised possessor: "Espinos’ clients", "Campbell's partner"
_OWNER = re.compile(r"\b([A-Z][\w\-]+)(?:[\u2019']s\b|(?<=s)[\u2019'](?!\w))")


# a lone given name after a relative ("Shepard's father Dennis at"), no surname after it
_GIVEN_AFTER = re.compile(r",?[ \t\u00a0]([A-Z][a-z]+)\b(?![ \t\u00a0]+[A-Z]|[\u2019'-])")


class DescriptionResolver:
    """Definite descriptions to named entities; indefinite and anonymous ones stay unnamed."""

    def _resolve_description(self, mention: Mention, words: tuple) -> tuple[str, Optional[int]]:
        """A definite description resolves to the best matching named entity before it."""
        lex = self.lex
        text = mention.text
        if "of" in words[1:] and words[words.index("of") - 1] in lex.person_roles:
            words = words[:words.index("of")]   # "the secretary of state": a secretary
        first = words[0] if words else ""
        content = [w for w in words if w not in NAME_DETERMINERS]
        head = content[-1] if content else ""
        if first in ("a", "an") and head in lex.documents:
            issuer = self._issuer(mention.start)    # "X issued a report charging …"
            if issuer is not None:
                return self.entities[issuer].display, issuer
        if first in ("a", "an", "one", "some", "another"):
            return strip_determiner(text), None    # indefinite or anonymous: no name to give
        if first in ("his", "her") and head in lex.documents:
            owner = self._resolve_pronoun(Mention(mention.start, mention.start + len(first),
                                                  mention.text[:len(first)], "pronoun"))
            if owner[1] is not None:
                return owner                        # "her statement said": hers
        if first in ("his", "her", "its", "their", "my", "our"):
            named = self._named_by_apposition(mention)   # "Her daughter, Ruth Vance, said"
            if named is not None:
                return self.entities[named].display, named
            return text.split(None, 1)[-1], None    # "its spokesman", "her head brewer"
        if head in lex.relatives and any(POSSESSIVE_END.search(w) for w in text.split()[:-1]):
            named = self._relative_named(mention, text)     # "Shepard's father Dennis"
            if named is not None:
                return named
            return strip_determiner(text), None    # "the victim's nephew" is not the victim
        owner = next((POSSESSIVE_END.sub("", w) for w in text.split() if POSSESSIVE_END.search(w)
                      and w[:1].isupper()), None)
        if owner and self._is_person_name(owner):
            return text, None                       # "Klein's lawyer" is not Klein
        if head in lex.documents:
            author = self._document_author(mention, head)      # "a report released by X"
            if author is not None:
                return self.entities[author].display, author
            return self._earlier_document(mention, head), None   # "the statement" said
        if first == "the" and head in lex.org_cues and head not in lex.group_roles:
            org = self._nearest_org(mention.start, content)    # "the centre": the Forecast Centre
            if org is not None and any(head in fold_name(n).split() for n in self.entities[org].forms):
                return self.entities[org].display, org
        if head in lex.group_roles or mention.kind == "group":
            if first in ("the", "its", "this") and not head.endswith("s"):
                org = self._nearest_org(mention.start, content)
                if org is not None:
                    return self.entities[org].display, org
            return strip_determiner(text), None
        if first == "the" and any(_AGE.match(w) for w in content):
            # "the 78-year-old (mother) said": an age describes a person, never an organisation,
            # and news uses it for someone introduced a few sentences (or a subhead) back
            found = self._nearest_person(mention.start, back=6)
            if found is not None:
                return self.entities[found].display, found
        if head not in lex.person_roles and head not in lex.titles and head not in lex.epithets:
            if first == "the" and not head.endswith("s"):
                found = self._described_as(mention.start, content)   # "the retired welder"
                if found is not None:
                    return self.entities[found].display, found
            return strip_determiner(text), None    # "Analysts at Morgan Stanley"
        raw = mention.text.split()
        places = {w for w, r in zip(words, raw) if w not in NAME_DETERMINERS and w != head
                  and (w in lex.place_group or (r[:1].isupper() and w not in lex.titles))}
        roles = lex.role_synonyms.get(head, frozenset()) | {head}
        best, best_score = None, 0.0
        si = self.sentence_index(mention.start)
        seen, near = set(), 0
        for rank, nm in enumerate(reversed(self._candidates(mention.start))):
            if nm.entity in seen:
                continue
            seen.add(nm.entity)
            if self._place_object(nm, self.sentences[nm.sentence][0]):
                continue        # "speaking in Fort Wayne, Indiana": no "Indiana governor"
            if self._subhead(nm.sentence) and not self._named_in_body(nm.entity):
                continue        # "Harbour notes": a section's name is no "the chair"
            ent = self.entities[nm.entity]
            gap = si - nm.sentence
            near += gap <= 3
            self._describe(ent)
            score = 0.0
            if places:
                if any(same_place(p, q, lex) for p in places for q in ent.places):
                    score += 3
                elif ent.places:
                    continue
            if roles & ent.descriptors:
                score += 1.5
            elif head in lex.person_roles and ent.descriptors & lex.person_roles:
                continue            # "the spokesperson" is not the company's president
            elif head in _OFFICES and ent.descriptors & _OFFICE_ABBREVIATIONS:
                continue            # "the Florida senator" is not "Florida Gov. Jeb Bush"
            score += 1.0 if gap <= 3 else 0.5 if gap <= 6 else 0.0
            score -= 0.01 * rank
            if score > best_score:
                best, best_score = nm, score
        needed = 3.0 if owner else 0.9     # "the European Union's foreign policy chief"
        if best is not None and best_score < 1.5 and head in lex.epithets and (
                near > 1 or self._owner_near(mention.start, si, best)):
            return strip_determiner(text), None    # "the affable proprietor" among three people
        if best is not None and best_score < 1.5 and self._other_he_she(best, mention.start):
            return strip_determiner(text), None    # "… he took a toddler … when the billionaire
        if best is not None and best_score < 1.5 and near > 1:     # asked" is not "Clinton"
            # only nearness, another person as near: the nearest person only when that is
            # also the subject there ("the witness said" after "Ferreira said he had not")
            if self._nearest_person(mention.start) != best.entity:
                return strip_determiner(text), None
        if best is not None and best_score >= needed:
            return self.entities[best.entity].display, best.entity
        return strip_determiner(text), None

    def _other_he_she(self, best, pos: int) -> bool:
        """True when the sentences after ``best``'s up to ``pos`` speak of someone by "he" (or
        "she") only and ``best`` is known to be of the other gender: nearness alone then picks
        the wrong person, the one those sentences are about is another."""
        gender = self.entities[best.entity].gender
        if gender is None or best.sentence + 1 >= len(self.sentences):
            return False
        since = self.sentences[best.sentence + 1][0]
        words = {w.lower() for w in _HE_SHE.findall(self.masked, since, pos)}
        return len(words) == 1 and words != {"he" if gender == "male" else "she"}

    def _owner_near(self, pos: int, si: int, best) -> bool:
        """True when another person is named as a possessor ("Espinos' clients", "Ruiz's
        partner") from three sentences before ``pos``: a possessor is no indexed mention, but
        it is someone an epithet could mean as well."""
        object_end = self.sentences[best.sentence][1]
        for m in _OWNER.finditer(self.masked, self.sentences[max(0, si - 3)][0], pos):
            if best.end <= m.start() < object_end:
                continue        # "Ruiz has borrowed Pereira's playbook": an object
            other = self._surname_entity(fold_name(m.group(1)))
            if other is not None and other != best.entity:
                return True
        return False

    def _relative_named(self, mention: Mention, text: str) -> Optional[tuple]:
        """'Shepard's father Dennis': the relative named right after a surname's kin word is
        "Dennis Shepard" when the kin word is a man's (a mother, a wife, a sister may bear
        another surname); a person named after it ("Shepard's father, Dennis Shepard,") is that
        person; None when no name follows (issue 12)."""
        words = text.split()
        owner = words[-2] if len(words) >= 2 else ""
        # a father, son, brother keeps the surname; a mother or sister may not
        surname = POSSESSIVE_END.sub("", owner) if owner[:1].isupper() and POSSESSIVE_END.search(owner) \
            and fold_name(words[-1]) in self.lex.male else ""
        k = bisect_left(self._starts, mention.end)
        if k < len(self.mentions) and self.mentions[k].start - mention.end <= 2 and \
                self.entities[self.mentions[k].entity].kind == "person":
            i = self.mentions[k].entity
            ent = self.entities[i]
            if surname and all(" " not in f and self.lex.is_given_name(fold_name(f))
                               for f in ent.forms):
                ent.add_name(f"{ent.display} {surname}")    # the given name's full name
            return ent.display, i
        m = _GIVEN_AFTER.match(self.masked, mention.end)
        if m is None or not surname or not self.lex.is_given_name(fold_name(m.group(1))):
            return None
        return f"{m.group(1)} {surname}", None

    def _named_by_apposition(self, mention: Mention) -> Optional[int]:
        """'his son' after 'His son, Peter Wallace-Byrne, said …': the person that same
        description introduced as an apposition (or 'his lawyer Ann Roy')."""
        words = mention.text.split()
        pattern = r"[ \t\u00a0]+".join(re.escape(w) for w in words)
        window_start = max(0, mention.start - 1500)
        found = None
        for m in re.finditer(rf"(?i:\b{pattern}),?[ \t\u00a0]+",
                             self.masked[window_start:mention.start]):
            at = window_start + m.end()
            k = bisect_left(self._starts, at)
            if k < len(self.mentions) and self.mentions[k].start - at <= 1 and \
                    self.entities[self.mentions[k].entity].kind == "person":
                found = self.mentions[k].entity
        return found

    def _document_author(self, mention: Mention, head: str) -> Optional[int]:
        """'the report' after 'a report released by the Provincial Health Quality Council' (or
        'a news release from the Eastport Police Service'): the organisation that issued it."""
        if not mention.text.lower().startswith("the "):
            return None
        window_start = max(0, mention.start - 1200)
        author = None
        for m in re.finditer(rf"[ \t\u00a0]+(?:issued|released|published|posted|sent)[ \t\u00a0]+"
                             rf"(?:an?|its|their)[ \t\u00a0]+(?:[\w\-]+[ \t\u00a0]+){{0,2}}{head}\b",
                             self.masked[window_start:mention.start]):
            at = window_start + m.start()       # "The Eastport Police Service issued a release"
            k = bisect_left(self._starts, at) - 1
            if k >= 0 and at - self.mentions[k].end <= 1 and \
                    self.entities[self.mentions[k].entity].kind == "org":
                author = self.mentions[k].entity
        for m in re.finditer(rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Nn]ew)\s+(?:[\w\-]+\s+){{0,2}}"
                             rf"{head}\b,?(?:\s+(?:released|published|issued|prepared|"
                             rf"commissioned|written|compiled|produced)(?:\s+\w+){{0,2}}?)?"
                             rf"\s+(?:by|from)\s+(?:the\s+)?",
                             self.masked[window_start:mention.start]):
            at = window_start + m.end()
            k = bisect_left(self._starts, at)
            if k < len(self.mentions) and self.mentions[k].start - at <= 1:
                author = self.mentions[k].entity
        return author

    def _issuer(self, start: int) -> Optional[int]:
        """The named subject of "issued / released / published / sent" right before the
        document mention at ``start`` ("The Harbour Trust issued a report charging …")."""
        m = _ISSUED.search(self.masked, max(0, start - 40), start)
        if m is None:
            return None
        k = bisect_left(self._starts, m.start()) - 1
        if k < 0 or not 0 <= m.start() - self.mentions[k].end <= 1:
            return None
        while k > 0 and _PLACE_TAIL.fullmatch(self.masked, self.mentions[k - 1].end,
                                               self.mentions[k].start):
            k -= 1                  # "The Harbour Trust in Dover issued": the trust
        return self.mentions[k].entity

    def _earlier_document(self, mention: Mention, head: str) -> str:
        """'the statement' after 'according to a police statement': that statement."""
        window = self.masked[max(0, mention.start - 800):mention.start]
        found = None
        for m in re.finditer(rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[\w\-]+\s+){{0,2}}{head})\b",
                             window):
            found = m.group(1)
        return found or strip_determiner(mention.text)

    def _nearest_org(self, pos: int, content: list) -> Optional[int]:
        """The organisation that "the agency" / "the defence ministry" most likely points back to:
        one whose name holds every word of the description, or for a bare noun the nearest."""
        si = self.sentence_index(pos)
        fallback = None
        if len(content) == 1 and content[0] in _BUSINESS_NOUNS:
            introduced = self._introduced_business(pos)     # "landlord Corbel Estates"
            if introduced is not None:
                return introduced
        for nm in reversed(self._candidates(pos, want_person=False)):
            ent = self.entities[nm.entity]
            if any(all(w in fold_name(n) for w in content) for n in ent.forms):
                return nm.entity
            business = len(content) == 1 and content[0] in _BUSINESS_NOUNS
            if business and fold_name(ent.display.split()[-1]) in _MEDIA:
                continue            # "reviewed by the Gazette": the outlet is no company
            if fallback is None and len(content) == 1 and content[0] in self.lex.org_cues \
                    and si - nm.sentence <= (6 if business else 2):
                fallback = nm.entity
        if fallback is None and len(content) == 1 and content[0] in self.lex.org_cues:
            fallback = self._unmarked_org(pos, si)
        return fallback

    def _introduced_business(self, pos: int) -> Optional[int]:
        """The latest name written after a business noun ("landlord Harbourline Properties",
        "the developer, Corbel Estates,"): what "the company" later points back to."""
        found = None
        for nm in self._candidates(pos) + self._candidates(pos, want_person=False):
            if _BUSINESS_BEFORE.search(self.masked, max(0, nm.start - 24), nm.start) and \
                    (found is None or nm.start > found.start):
                found = nm
        return found.entity if found is not None else None

    def _unmarked_org(self, pos: int, si: int) -> Optional[int]:
        """'Halcyon Widgets said ... the company said': a name with no organisation cue, no
        known given name and no gender that was the subject of a verb, two sentences back at most."""
        lex = self.lex
        for nm in reversed(self._candidates(pos)):
            if si - nm.sentence > 2:
                break
            ent = self.entities[nm.entity]
            first = fold_name(ent.display.split()[0])
            if len(ent.display.split()) == 1 and first.endswith("s"):
                continue            # "Tenants of a tower face eviction": a plural common noun
            if ent.gender is None and not lex.is_given_name(first) \
                    and self._followed_by_verb(nm.end):
                return self._reporting_org(nm)
        return None

    def _reporting_org(self, nm) -> int:
        """'Zentra said Thursday that Morvik has …': of two organisations in one sentence, the
        one after "X said … that" is what X reported on; "the company" is X."""
        for other in self._candidates(nm.start):
            if other.sentence != nm.sentence or other.start >= nm.start:
                continue
            m = _REPORTED_THAT.fullmatch(self.masked, other.end, nm.start)
            if m is not None and self.lex.is_reporting(m.group(1)) and \
                    self.entities[other.entity].gender is None:
                return other.entity
        return nm.entity

    def _named_in_body(self, entity: int) -> bool:
        """True when ``entity`` is named outside subhead lines (a headline's "Trump" is
        "Donald Trump" of the text; "Harbour" of "Harbour notes" is named nowhere else)."""
        return any(nm.entity == entity and not self._subhead(nm.sentence) for nm in self.mentions)

    def _nearest_person(self, pos: int, back: int = 4) -> Optional[int]:
        """The person named most recently before ``pos`` (``back`` sentences at most),
        preferring a sentence's subject."""
        si = self.sentence_index(pos)
        candidates = self._candidates(pos)
        for sj in range(si, max(-1, si - back), -1):
            s0 = self.sentences[sj][0]
            people = [nm for nm in candidates if nm.sentence == sj]
            if people:
                free = [nm for nm in people if not self._after_preposition(nm.start, s0)]
                return (free or people)[0].entity
        return None

    def _described_as(self, pos: int, content: list) -> Optional[int]:
        """The person an earlier apposition described with these words ("Gerald Fisk, a
        retired machinist, ..." for "the retired machinist"), within a dozen sentences."""
        seen = set()
        for nm in reversed(self._candidates(pos)):
            if nm.entity in seen:
                continue
            seen.add(nm.entity)
            ent = self.entities[nm.entity]
            self._describe(ent)
            if all(w in ent.descriptors for w in content):
                return nm.entity
        return None
