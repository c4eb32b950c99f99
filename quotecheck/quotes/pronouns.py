"""Pronouns and subject descriptions resolved to the people and organisations they stand for.

"he"/"she" go to the gender-compatible person most likely to be the subject of the nearest
sentence that has one (never a place after a locative preposition, never a capitalised plural
noun), "it"/"they" to the nearest organisation or group. A mixin of
:class:`quotecheck.quotes.coreference.SpeakerResolver`, which holds the document's index.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from quotecheck.quotes.entities import GENDERED_WORD, NamedMention
from quotecheck.quotes.inverted_mentions import mention_after
from quotecheck.quotes.mentions import Mention
from quotecheck.quotes.pronoun_antecedents import (NEXT_LOWER_WORD, PREPOSITIONS, AntecedentTests,
                                                   plural_noun_entity)
from quotecheck.quotes.clause_subjects import QUANTIFIERS
from quotecheck.quotes.subjects import generic_subject, subject_before
from quotecheck.quotes.speakers import (chain_info, fold_name, name_words, parse_name,
                                        strip_determiner)
from quotecheck.quotes.titles import WORK_NOUNS
from quotecheck.quotes.junk_speakers import TEXT_NOUNS

_DOCUMENT_NOUN = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|\w+[\u2019']s)[ \t\u00a0]+"
                            r"(?:[\w\-]+[ \t\u00a0]+){0,2}?([a-z]+)\b")
_NEUTER_SPEECH = re.compile(r"\b(?:[Ii]t|[Tt]he[ \t\u00a0]+([a-z]+))[ \t\u00a0]+(?:also[ \t\u00a0]+)?([a-z]+)\b")
_OWNER_NAME = re.compile(r"(?<![\w.\u2019'])([A-Z][\w-]+(?:[ \t\u00a0][A-Z][\w-]+){0,2})[\u2019']s\b")
_POSSESSOR = re.compile(r"\b([A-Z][\w-]+(?:[ \t\u00a0][A-Z][\w-]+){1,2})[\u2019']s\b")
PRONOUN_GENDER = {"he": "male", "his": "male", "him": "male", "himself": "male",
                   "she": "female", "her": "female", "hers": "female", "herself": "female"}
_POSSESSED_BEFORE = re.compile(r"\b([Hh]is|[Hh]er)[ \t\u00a0]+(?:[\w\-]+[ \t\u00a0]+)?([a-z\-]+),?"
                               r"[ \t\u00a0]+$")
# "he", "He", "she", "She" as words: what \b[Ss]?[Hh]e\b finds, opened by a class so that re
# skips to the next h or s in C (a pattern opening with \b is tried at every offset)
_SUBJECT_PRONOUN = re.compile(r"[SsHh](?<!\w[SsHh])(?:(?<=[Ss])[Hh])?(?<=[Hh])e\b")
_CLOSING_PRONOUN = re.compile(r",[ \t\u00a0]+([Hh]e|[Ss]he)[ \t\u00a0]+(?:also[ \t\u00a0]+)?([a-z]+)"
                              r"[.!]?[ \t\u00a0\n]*\Z")
_CLOSING_PRONOUN_AT = re.compile(r"[ \t\u00a0]+(?:also[ \t\u00a0]+)?([a-z]+)[.!]?[ \t\u00a0\n]*\Z")
_UNLIKE = re.compile(r"\b[Uu]nlike[ \t\u00a0]+\Z")
_AND = re.compile(r"[ \t\u00a0]+and[ \t\u00a0]+")
_DETERMINED = re.compile(r"[ \t\n\"'\u201c]*(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome)[ \t\u00a0]")


def _after_opening_preposition(masked: str, s0: int, start: int) -> bool:
    """True for "On Christmas Day" (the sentence opens with a preposition and capitalised
    words up to ``start``: a time or place; "Ten Hag was asked" is a subject) and for a word
    after "the" ("The Greens")."""
    words = masked[s0:start].split()
    if words and words[-1] in ("The", "the"):
        return True         # "The Greens, with three seats, …": a party or group, no he/she
    return bool(words) and words[0].lower() in PREPOSITIONS and \
        all(w[:1].isupper() for w in words[1:])


class PronounResolver(AntecedentTests):
    """Resolution of pronouns and described subjects over a SpeakerResolver's index."""

    def _resolve_pronoun(self, mention: Mention) -> tuple[str, Optional[int]]:
        """he/she: the first compatible person (named, or a described subject) in the nearest
        sentence that has one; it/they: the nearest organisation."""
        word = mention.text.lower()
        info = self.lex.pronoun_info.get(word)
        if info in ("male", "female"):
            si = self.sentence_index(mention.start)
            for sj in self._story_sentences(si, info):
                if sj < si and self._reported_by_pronoun(sj, info):
                    continue    # "Although Ruiz tweeted X, it is no statement, he said."
                best = self._first_person(sj, mention.start, info)
                if best is None and sj < si and not self._speaks(mention.end):
                    best = self._possessive_person(sj, info)    # not for "he said": a speaker
                    # named before is likelier than a name the paraphrase owns ("First,
                    # Vane’s cuts … “…,” he said")
                if best is None:
                    continue
                if isinstance(best, Mention):
                    if best.kind == "name":
                        return self.resolve(best)
                    return self._resolve_description(best, name_words(best.text))
                ent = self.entities[best.entity]
                if ent.gender is None and ent.kind == "person":
                    ent.gender = info
                return ent.display, best.entity
            possessor = self._possessor(si, mention.start, info)
            return (possessor, None) if possessor else (mention.text, None)
        if info in ("neuter", "plural"):
            si = self.sentence_index(mention.start)
            closing = self._closing_pronoun(mention, si)
            for sj in range(si, max(-1, si - 6), -1):
                if closing and sj == si:
                    continue    # "“…” including Port Alder, it said": the names are what it said
                kinds = ("org", "unknown") if info == "neuter" else ("org",)
                org = next((nm for nm in self._in_sentence(sj) if nm.start < mention.start
                            and self.entities[nm.entity].kind in kinds
                            and self.entities[nm.entity].gender is None), None)
                group = None
                if info == "plural":
                    group = self._subject_description(sj)
                    if group is None or group.kind != "group":
                        s0, s1 = self.sentences[sj]
                        group = generic_subject(self.masked, s0, s1, self.lex, loose=True)
                if group is not None and (group.kind != "group" or group.start >= mention.start):
                    group = None
                if group is not None and (org is None or group.start < org.start):
                    return strip_determiner(group.text), None      # "Protesters ... they"
                pair = self._named_pair(sj, mention.start) if info == "plural" else None
                if pair is not None and (org is None or pair[0] < org.start):
                    return pair[1], None        # "owners Ana Ruiz and Bo Vane said they"
                if org is not None:
                    return self.entities[org.entity].display, org.entity
            if info == "neuter":
                document = self._document_before(mention.start, si)
                if document is not None:
                    return document, None
                org = self._statement_run_org(mention.start, si)
                if org is not None:
                    return self.entities[org.entity].display, org.entity
        return mention.text, None

    def _statement_run_org(self, pos: int, si: int):
        """'Acme Power said in a statement …. “…,” it said. … the utility said. “…,” it said':
        past the six sentences "it" looks in, the organisation named up to twelve back when
        one of the last five is an unnamed body's speech ("it said", "the utility said"), none
        a document's or work's ("the commentary said": it is what "it" is), and it spoke there."""
        subjects = [m.group(1) or "it" for sj in range(si - 1, max(-1, si - 6), -1) for m in
                    _NEUTER_SPEECH.finditer(self.masked, *self.sentences[sj]) if self.lex.is_reporting(m.group(2))]
        if not subjects or any(w in self.lex.documents or w in WORK_NOUNS for w in subjects):
            return None
        return next((nm for sj in range(si - 6, max(-1, si - 12), -1)
                     for nm in self._in_sentence(sj) if nm.start < pos and
                     self.entities[nm.entity].kind == "org" and self._speaks(nm.end)), None)

    def _speaks(self, end: int) -> bool:
        """True when a reporting verb follows a name ending at ``end`` ("Acme Power said")."""
        return (m := NEXT_LOWER_WORD.match(self.masked, end)) is not None and self.lex.is_reporting(m.group(1))

    def _story_sentences(self, si: int, gender: str):
        """Sentences ``si``, ``si - 1``, … where a he/she's person is looked for: ten, and on
        while each names a person of ``gender`` by pronoun (a run of "he" sentences tells one
        person's story: "Brooks, 50, said … He grew up … He has a son …"; a credit or subhead
        of a few words does not break it), thirty at most."""
        for sj in range(si, max(-1, si - 30), -1):
            if si - sj >= 10:
                s0, s1 = self.sentences[sj + 1]
                if len(self.masked[s0:s1].split()) > 5 and not any(
                        PRONOUN_GENDER[w.lower()] == gender
                        for w in GENDERED_WORD.findall(self.masked, s0, s1)):
                    return
            yield sj

    def _document_before(self, pos: int, si: int) -> Optional[str]:
        """'Thursday's memo from the panel …. “…,” it stated': the nearest document named in
        this or the two sentences before, when no organisation was named there."""
        start = self.sentences[max(0, si - 2)][0]
        found = None
        for m in _DOCUMENT_NOUN.finditer(self.masked, start, pos):
            if m.group(1).lower() in self.lex.documents:
                found = m.group(1)
        return found

    def _possessor(self, si: int, before: int, gender: str) -> Optional[str]:
        """'Anita Desai's lot is still bare. … she says': a possessor's name, when no sentence
        nearby has a subject for the pronoun (three sentences back at most)."""
        lex = self.lex
        other = lex.male_names if gender == "female" else lex.female_names
        start = self.sentences[max(0, si - 3)][0]
        found = None
        for m in _POSSESSOR.finditer(self.masked, start, before):
            info = chain_info(m.group(1))
            if info is None or info[0].kind == "org" or info[0].single:
                continue
            if fold_name(info[0].name.split()[0]) in other:
                continue
            found = info[0].name
        return found

    def _possessive_person(self, sj: int, gender: str) -> Optional[Mention]:
        """'… the matter of Ruiz’s letters. In other words, he …': in a sentence before the
        pronoun's that names no one else and holds no he/him/his/himself of ``gender`` ("After
        backing Ruiz’s campaign, he …", "… proved himself Ruiz’s ally": that one is someone
        else), a person of ``gender`` named as a possessor (the index holds no possessor);
        not a possessor of a person ("Ruiz’s lawyer": the lawyer may be "he")."""
        s0, s1 = self.sentences[sj]
        if self._subhead(sj) or any(PRONOUN_GENDER[w.lower()] == gender
                                    for w in GENDERED_WORD.findall(self.masked, s0, s1)):
            return None
        other = self.lex.male_names if gender == "female" else self.lex.female_names
        found = None
        for m in _OWNER_NAME.finditer(self.masked, s0, s1):
            ent_i = self._surname_entity(fold_name(m.group(1).split()[-1]))
            if ent_i is None or found is not None:
                return None     # an unknown owner, or two owners: no one sure
            ent = self.entities[ent_i]
            owner = NamedMention(m.start(1), m.end(1), ent_i, sj)
            if ent.gender not in (None, gender) or fold_name(ent.display.split()[0]) in other \
                    or self._owns_person(owner):
                return None
            found = owner
        return found

    def _first_person(self, sj: int, before: int, gender: str):
        """The gender-compatible person of sentence ``sj`` (before ``before``) most likely to
        be its subject: a named person not governed by a preposition, else the leftmost named
        one, else a described subject ("One witness, ...", "Klein's lawyer")."""
        s0, s1 = self.sentences[sj]
        if self._subhead(sj):
            return None     # "Town notes": a section's name, no one's
        # the first compatible person not after a preposition wins, else the first one: the
        # people after the winner are not tested
        first = subject = relative = None
        for k in range(bisect_left(self._starts, s0), len(self.mentions)):
            nm = self.mentions[k]
            if nm.start >= min(s1, before):
                break
            ent = self.entities[nm.entity]
            if _UNLIKE.search(self.masked, max(s0, nm.start - 8), nm.start):
                continue        # "Unlike Al Mnajer, he has not found work": someone else
            if self._aside_subject(nm, before):
                continue        # "Ruiz, he said, “…”": Ruiz is what "he" spoke of
            if self._inside_dashes(nm, s0, min(s1, before)):
                continue        # "— Ruiz called Vane a “chicken” —, Brooks insists": not Vane
            if ent.kind != "org" and ent.gender in (None, gender) and not plural_noun_entity(ent) \
                    and not self._place_object(nm, s0) and not self._owns_person(nm) \
                    and not self._attributive(nm) and not self._relative_of(nm, s0, gender):
                if first is None and relative is None and \
                        self._pronoun_subject(s0, nm.start, gender):
                    return None     # "He checks gear with his cousin Kyle Bursey"
                if self._relative_subject(nm, s0):
                    relative = relative or nm   # "a message that Vane sent to Ruiz": Ruiz's
                    continue
                if first is None:
                    first = nm
                if self._closing_reporter(nm):
                    return nm       # "…, Foster writes in his book." names the next "he"
                if subject is None and not self._after_preposition(nm.start, s0):
                    subject = nm
        if subject is not None or first is not None or relative is not None:
            return subject or first or relative
        subj = self._subject_description(sj)
        if subj is None or subj.kind not in ("description", "name") or subj.start >= before:
            role = self.lex.role_re.search(self.masked, s0, min(s1, before))
            subj = Mention(role.start(), role.end(), role.group(), "description") \
                if role and not self._after_preposition(role.start(), s0) else None
        if subj is not None and subj.kind == "description" and \
                PRONOUN_GENDER.get(subj.text.split(None, 1)[0].lower()) == gender and \
                any(PRONOUN_GENDER[w.lower()] == gender
                    for w in GENDERED_WORD.findall(self.masked, subj.end, min(s1, before))):
            return None         # "His doctor gave him …. “…,” he said": the possessor is "he"
        if subj is not None and not self._pronoun_subject(s0, subj.start, gender):
            # "When I asked the minister ..., she laughed."; not "She said the attorney general"
            head = subj.text.rsplit(None, 1)[-1].lower()
            other = "female" if gender == "male" else "male"
            if head not in (self.lex.female if other == "female" else self.lex.male) and \
                    (subj.kind != "description" or self._person_head(head)):
                return subj
            owner = _NAME_OWNS.match(subj.text) if subj.kind == "description" else None
            if owner is not None:   # "McConnell's decision …. “…,” he said": McConnell
                return Mention(subj.start, subj.start + owner.end(1), owner.group(1), "name")
        return None

    def _person_head(self, head: str) -> bool:
        """A described subject a he/she can stand for: not headed by a thing ("As the paper
        noted", "The ad includes", "The movie", "At one point", "The two states", "The most
        telling promise", "a derogatory") unless the word is a person's role."""
        lex = self.lex
        if head in lex.person_roles or head in lex.male or head in lex.female:
            return True
        noun = head[:-1] if head.endswith("s") else head
        return not (noun in lex.documents or noun in WORK_NOUNS or noun in TEXT_NOUNS or
                    head in _COUNTS or head.endswith(("ing", "ory")))

    def _named_pair(self, sj: int, before: int) -> Optional[tuple]:
        """(start, "Ana Ruiz and Bo Vane") for two people joined by "and" in sentence ``sj``
        before ``before``: what a later plural "they" means."""
        named = [nm for nm in self._in_sentence(sj) if nm.start < before]
        for a, b in zip(named, named[1:]):
            ea, eb = self.entities[a.entity], self.entities[b.entity]
            if ea.kind == "person" and eb.kind == "person" and a.entity != b.entity and \
                    _AND.fullmatch(self.masked, a.end, b.start):
                return a.start, f"{ea.display} and {eb.display}"
        return None

    def _reported_by_pronoun(self, sj: int, gender: str) -> bool:
        """True when sentence ``sj`` closes with ", he said." (a pronoun of ``gender`` and a
        reporting verb): the people named before it are what "he" spoke of, and "he" is
        someone named earlier, whom a later "he" also means."""
        s0, s1 = self.sentences[sj]
        m = _CLOSING_PRONOUN.search(self.masked, max(s0, s1 - 40), s1)
        return m is not None and PRONOUN_GENDER[m.group(1).lower()] == gender and \
            self.lex.is_reporting(m.group(2))

    def _closing_pronoun(self, mention: Mention, si: int) -> bool:
        """True for the "it" of "…, it said." closing its sentence after a comma."""
        s1 = self.sentences[si][1]
        m = _CLOSING_PRONOUN_AT.match(self.masked, mention.end, s1)
        return m is not None and self.masked[max(0, mention.start - 3):mention.start].rstrip() \
            .endswith(",") and self.lex.is_reporting(m.group(1))

    def _relative_of(self, nm, s0: int, gender: str) -> bool:
        """True for "Her father Khaled" when resolving "she": a person introduced as the
        relative or role of a ``gender`` possessive pronoun is not that pronoun's person."""
        m = _POSSESSED_BEFORE.search(self.masked, max(s0, nm.start - 40), nm.start)
        return m is not None and PRONOUN_GENDER[m.group(1).lower()] == gender \
            and m.group(2) in self.lex.person_roles

    def _pronoun_subject(self, s0: int, first_name: int, gender: str) -> bool:
        """True when a subject pronoun of ``gender`` opens the sentence or comes before its
        first name in the same clause ("something she said … in its letter to Fleming")."""
        head = self.masked[s0:first_name]
        words = head.lstrip(" \t\n\"'\u201c\u2018").split(None, 1)
        if words and words[0].lower() in ("he", "she"):
            return PRONOUN_GENDER[words[0].lower()] == gender
        last = None
        for last in _SUBJECT_PRONOUN.finditer(head):
            pass
        return last is not None and PRONOUN_GENDER[last.group().lower()] == gender \
            and "," not in head[last.end():]

    def _subject_description(self, sj: int) -> Optional[Mention]:
        """The mention opening sentence ``sj`` when it is a description, a group or a name the
        index missed ("One witness", "The farmers said", "Her husband, Omar, ...")."""
        if sj not in self._subjects:
            s0, s1 = self.sentences[sj]
            m = mention_after(self.masked, s0, self.lex, s1)
            if m is None or m.kind == "pronoun":
                m = generic_subject(self.masked, s0, s1, self.lex) or self._verb_subject(s0, s1)
            elif m.kind == "name" and (parse_name(m.text, self.lex).kind == "org"
                                       or len(m.text.split()) > 1
                                       or not self.masked[s0:m.start].strip()
                                       or _after_opening_preposition(self.masked, s0, m.start)):
                m = None        # only a name in apposition to a description ("Her husband, Omar");
                # not the object of an opening preposition ("On Christmas Day, he")
            self._subjects[sj] = m
        return self._subjects[sj]

    def _verb_subject(self, s0: int, s1: int) -> Optional[Mention]:
        """The subject of the sentence's first reporting verb when it opens the sentence."""
        for n, v in enumerate(self.lex.iter_verbs(self.masked, s0, min(s1, s0 + 200))):
            m = subject_before(self.masked, v.start(), self.lex, s0)
            if m is not None and m.start - s0 <= 4 and m.kind in ("description", "group"):
                return m        # "One engineer who was let go, and who asked ..., said"
            if n >= 2 or not _DETERMINED.match(self.masked, s0):
                break       # later verbs only for "One engineer who ..., and who asked ..., said"
        return None


_COUNTS = frozenset(QUANTIFIERS + ("one", "six", "seven", "eight", "nine", "ten"))
"""A count heading a description ("The two states", "At one point") counts things, no he/she."""
_NAME_OWNS = re.compile(r"((?:[A-Z][\w\-]+[ \t\u00a0]+){0,2}[A-Z][\w\-]+)[\u2019']s[ \t\u00a0]")
"""A name owning a described thing ("McConnell's decision"): the person a later he/she means."""
