"""Resolve speaker mentions within one document: names, pronouns and descriptions.

Indexes the named people and organisations of a document (a regex scan for capitalised
chains, cached per chain), then resolves "he", "the Kazakh leader" or "America's top diplomat"
to the nearest compatible named mention: gender and number where inferable, recency, subject
position and the roles and places seen with the name ("Kazakhstan's president").
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from quotecheck.quotes.attribution_words import Lexicon, lexicon
from quotecheck.quotes.cataphora import fronted_subject
from quotecheck.quotes.descriptions import DescriptionResolver
from quotecheck.quotes.entities import (GENDERED_WORD, NEGATED_AUX, SKIPPABLE_BEFORE_VERB, Entity,
                                        NamedMention, WORK_WORD_ENDS, after_work_noun, apposed_role,
                                        joint_speaker, joined_names, paired_given_name, modifier_chain,
                                        relative_given_name,
                                        section_label_end, title_case_headline_end)
from quotecheck.quotes.entity_descriptors import EntityDescriptors
from quotecheck.quotes.mentions import Mention
from quotecheck.quotes.name_entities import NameEntities, family_name_first
from quotecheck.quotes.possessor_names import learn_possessor
from quotecheck.quotes.pronouns import PRONOUN_GENDER, PronounResolver
from quotecheck.quotes.speakers import (chain_info, fold_name, index_chain, name_words,
                                        names_someone, parse_name, same_speaker,
                                        title_words_before)

# a lower-case role inside a chain and the capitalised name that ends it
_ROLE_THEN_NAME_END = re.compile(r"(?<=[ \t\u00a0])[a-z][\w\-]*(?:[ \t\u00a0]+[a-z][\w\-]*)*"
                                 r"(?=(?:[ \t\u00a0]+[A-Z][\w\u2019'\-.]*)+\Z)")
# a person's name closing a chain as its possessor ("Part of Ian Poulter’s")
_FINAL_POSSESSOR = re.compile(r"(?:[A-Z][\w\-]+[ \t\u00a0]+)+[A-Z][\w\-]+"
                              r"(?=(?:[\u2019']s|(?<=s)[\u2019'])\Z)")
_POSSESSIVE_ENDS = ("\u2019s", "'s", "s\u2019", "s'")    # a plain string test before the search
_INNER_POSSESSIVE = re.compile("[\u2019']s?(?=[ \t\u00a0]+[A-Z])")
_OF_BEFORE = re.compile(r"\bof[ \t\u00a0]+(?:\S+[ \t\u00a0]+){0,3}\Z")


_DROPPED: set = set()      # chains of the default lexicon that name no one anywhere


def _drop_anywhere(chain: str, dropped: set) -> None:
    """Keep ``chain``, which the scan just dropped as naming no one with no title word before
    it, in ``dropped`` when it is dropped so wherever it stands, with nothing learnt on the
    way: then a later match of the same text skips the scan's tests (half the chains of a
    news text: "He", "The", "Russia’s"). Exact, because every test of the scan up to the
    drop reads the chain alone (under a fixed lexicon) except three, excluded here: a chain
    opening with two capitals is cut at a section label (which reads the text before it);
    a possessive inside it or closing it teaches the index a possessor; and a title word
    before it joins the chain (the caller tests that word before skipping)."""
    if chain[:2].isupper() or ("\u2019" in chain or "'" in chain) and (
            _INNER_POSSESSIVE.search(chain) or
            chain.endswith(_POSSESSIVE_ENDS) and _FINAL_POSSESSOR.search(chain)):
        return
    if len(dropped) >= 32768:   # bounded as the chain caches are
        dropped.clear()
    dropped.add(chain)


def _title_word_before(text: str, ms: int, titles) -> bool:
    """Whether the word right before offset ``ms`` (one space between) is a lower-case title
    word of ``titles`` ("former president Ruiz"): the first test of
    :func:`~quotecheck.quotes.speakers.title_words_before`, made here so most chains skip
    the call, and the one test a dropped chain must pass to be skipped (:func:`_drop_anywhere`)."""
    return ms > 2 and text[ms - 1] == " " and text[ms - 2].islower() and \
        text[text.rfind(" ", max(0, ms - 30), ms - 1) + 1:ms - 1] in titles


class SpeakerResolver(PronounResolver, DescriptionResolver, EntityDescriptors, NameEntities):
    """Named people and organisations of one document, and resolution of mentions to them."""

    def __init__(self, masked: str, sentences: list, lex: Optional[Lexicon] = None):
        self.lex = lex or lexicon()
        self.masked = masked
        self.sentences = sentences
        self._sent_starts = [s for s, _ in sentences]
        self.entities: list[Entity] = []
        self.mentions: list[NamedMention] = []
        self._subjects: dict = {}
        self._resolved: dict = {}
        self._by_name: dict = {}
        self._by_initial: dict = {}
        self._given: dict = {}
        self._family_first: dict = {}      # "ban" -> the entity of "Ban Ki-moon"
        self._scan()
        # looked up per quotation, built once: forms and kinds are fixed once the scan is done
        self._surnames: Optional[dict] = None
        self._named_as: dict = {}
        self._person_names: dict = {}
        self._roles_of: Optional[dict] = None

    # -- index ---------------------------------------------------------------------------
    def sentence_index(self, pos: int) -> int:
        """Index of the sentence holding offset ``pos``."""
        return max(0, bisect_right(self._sent_starts, pos) - 1)

    def _scan(self) -> None:
        lex = self.lex
        text = self.masked
        surname_of: dict = {}
        things: list = []           # where a thing's name stands ("steers the Máire Rua")
        starts, nsent, si = self._sent_starts, len(self._sent_starts), 0
        entities, mentions = self.entities, self.mentions
        indexed = index_chain if lex is lexicon() else self._index_chain
        titles = lex.titles
        dropped = _DROPPED if indexed is index_chain else set()     # see _drop_anywhere
        for m in lex.scan_re.finditer(text, title_case_headline_end(text)):
            ms, me = m.span()
            if ms > 0 and (text[ms - 1].isalnum() or text[ms - 1] in "-_.\u2019'("):
                continue            # inside a word, or a credit in brackets: "(Reuters)"
            chain = m.group()
            if chain in dropped and not _title_word_before(text, ms, titles):
                continue            # "He", "The", "Kazakhstan’s": the chain alone says no one
            if chain[:2].isupper():
                ms = section_label_end(text, ms)    # "THE BORROWING Back when": no "Back"
                chain = text[ms:me]
            own = _INNER_POSSESSIVE.search(chain) if "\u2019" in chain or "'" in chain else None
            if own is not None:         # "Jeanine Durning’s This Shape": Durning is indexed
                si = self._index_possessor(chain[:own.start()], ms, surname_of, si)
            elif chain.endswith(_POSSESSIVE_ENDS) and (tail := _FINAL_POSSESSOR.search(chain)):
                learn_possessor(self, tail.group(), surname_of)    # "Part of Ian Poulter’s"
            # a title before the name ("former president "): the word before is tested here,
            # as title_words_before tests it first, so most chains skip the call
            prefix = title_words_before(text, ms, lex) if _title_word_before(text, ms, titles) \
                else ""
            info, names = indexed(prefix + chain)
            if prefix and info is not None and info[0].kind == "org":
                prefix = ""         # "property owner Stoneridge Holdings": titles join people only
                info, names = indexed(chain)
            if info is not None and info[0].kind == "org" and " " in chain:
                role = _ROLE_THEN_NAME_END.search(chain)    # "Bank of Canada governor David
                person = indexed(chain[role.start():]) if role else None    # Dodge": him
                if person is not None and person[0] is not None and \
                        person[0][0].kind == "person":
                    ms, chain, prefix = ms + role.start(), chain[role.start():], ""
                    info, names = person
            if not names:
                if not prefix and chain not in dropped:
                    _drop_anywhere(chain, dropped)
                continue            # "Fort Wayne", "Mich.", "They’re", "Lake Cowichan": no one
            parsed, tokens, strong = info
            # modifier_chain's first test ("the " before) here: most chains skip the call
            if text[ms - 4:ms] == "the " and modifier_chain(text, ms, parsed, tokens, strong, lex):
                things.append(ms)   # "the Trump Train": no one, a thing's name to _learn_gender
                continue
            if parsed.acronym and len(parsed.name) > 5 and (ms == 0 or text[ms - 1] == "\n"):
                continue            # a dateline: "COPENHAGEN —", "NUR-SULTAN, Jan. 10"
            if parsed.single and "-" in parsed.name and joined_names(text, parsed.name):
                continue            # "the Ruiz-Vane ticket": two people, neither of them
            if ms > 4 and text[ms - 1] == " " and not strong and (
                    text[ms - 2] in WORK_WORD_ENDS or text[ms - 2].isspace()) and \
                    after_work_noun(text, ms):
                continue            # "her 2003 book, Living History,": a title, no one
                                    # (not "his book, Mr. Ruiz said")

            pair = kin = None
            if parsed.single and not strong and parsed.kind != "org":
                known = surname_of.get(tokens[-1])
                if (known is None or entities[known].kind != "person") and \
                        not self._followed_by_verb(me) and not apposed_role(text, me, lex):
                    pair = paired_given_name(text, me, tokens, lex)
                    if pair is None:
                        kin = relative_given_name(text, ms, tokens, lex)    # "his wife, Melania,"
                        if kin is None:
                            continue
                    else:
                        entities.append(Entity({pair[1]: 1}, set(), "person", pair[0]))
                        given = self._given     # "Brenda and Tommy Keller": Brenda, later "Brenda"
                        given[tokens[0]] = len(entities) - 1 if tokens[0] not in given else -1
            index = self._entity_for(parsed, tokens, surname_of) if pair is None \
                else len(entities) - 1
            ent = entities[index]
            if kin is not None and ent.kind != "org":
                ent.kind = "person"
                ent.gender = ent.gender or kin or None
            if len(tokens) > 1 and ent.kind == "person" and not (
                    text.find("of", max(0, ms - 40), ms) >= 0 and   # the pattern's literal
                    _OF_BEFORE.search(text, max(0, ms - 40), ms)):  # not "mother of Sean Smith"
                surname_of[tokens[-1]] = index  # "Ernie LeBlanc" named again: a bare LeBlanc is him
            if parsed.descriptors:
                ent.descriptors.update(parsed.descriptors)
                ent.places.update(parsed.places)
            ent.ends.append(me)
            start = ms - len(prefix) + parsed.offset
            while si + 1 < nsent and starts[si + 1] <= start:
                si += 1
            mentions.append(NamedMention(start, me, index, si))
        self._starts = [nm.start for nm in mentions]
        self._learn_gender(things)

    def _index_chain(self, chain: str) -> tuple:
        """:func:`index_chain` under this resolver's own lexicon (uncached)."""
        info = chain_info(chain)
        return info, info is not None and names_someone(info, self.lex)

    def _index_possessor(self, name: str, ms: int, surname_of: dict, si: int) -> int:
        """'Jeanine Durning’s This Shape': a person named as the possessor inside a longer
        chain is a person of the index too (a later bare 'Durning' is hers). Returns the
        sentence index of ``ms``."""
        info = chain_info(name)
        if info is None or info[0].kind != "person" or len(info[1]) < 2:
            return si
        parsed, tokens, _ = info
        index = self._entity_for(parsed, tokens, surname_of)
        start = ms + parsed.offset
        starts = self._sent_starts
        while si + 1 < len(starts) and starts[si + 1] <= start:
            si += 1
        self.mentions.append(NamedMention(start, ms + len(name), index, si))
        return si

    def _learn_gender(self, things=()) -> None:
        """A sentence with one named person (and no thing's name) and only "his"/"he" (or
        "her"/"she") after it tells that person's gender ("Adrian Dix announced his plan")."""
        by_sentence: dict = {}
        # sentence -> its people (a thing's name counts: "one of her final seasons" may be its)
        people: dict = {self.sentence_index(pos): {-1} for pos in things}
        for nm in self.mentions:
            ent = self.entities[nm.entity]
            if ent.kind == "person":
                people.setdefault(nm.sentence, set()).add(nm.entity)
                if ent.gender is None:
                    by_sentence.setdefault(nm.sentence, []).append(nm)
        for si, nms in by_sentence.items():
            if len({nm.entity for nm in nms}) != 1:
                continue
            if len(people[si]) > 1:     # another person of the sentence may own "his"
                continue
            found = {PRONOUN_GENDER[w.lower()] for w in
                     GENDERED_WORD.findall(self.masked, nms[0].end, self.sentences[si][1])}
            if len(found) == 1:
                self.entities[nms[0].entity].gender = found.pop()

    def _in_sentence(self, si: int) -> list:
        s0, s1 = self.sentences[si]
        k = bisect_left(self._starts, s0)
        out = []
        while k < len(self.mentions) and self.mentions[k].start < s1:
            out.append(self.mentions[k])
            k += 1
        return out

    def _followed_by_verb(self, end: int) -> bool:
        text = self.masked
        raw = text[end:end + 40].split(None, 4)
        comma = bool(raw) and not raw[0].strip(",;:\u2014\u2013-")
        words = [w for w in raw if w.strip(",;:\u2014\u2013-")]
        for w in words[:3]:
            if self.lex.is_verb_form(w.rstrip(",.")):
                return not (comma and w.endswith("ing"))    # "X, writing" is no subject
            if not comma and w in NEGATED_AUX:
                return True                                  # "Mulder didn't hesitate"
            if not comma and w.islower() and w.isalpha() and w.endswith("ed") and len(w) > 4:
                return True                                  # "OpenAI on Tuesday unveiled"

            if w.lower() not in SKIPPABLE_BEFORE_VERB and not (w.endswith("ly") and w.islower()):
                return False
        return False

    # -- resolution ----------------------------------------------------------------------
    def resolve(self, mention: Mention) -> tuple[str, Optional[int]]:
        """(speaker string, entity index or None) for a mention found by attribution."""
        done = self._resolved.get(mention)
        if done is None:
            done = self._resolved[mention] = joint_speaker(self.masked, mention,
                                                           self._resolve(mention), self.lex)
        return done

    def _resolve(self, mention: Mention) -> tuple[str, Optional[int]]:
        if mention.kind == "name":
            parsed = parse_name(mention.text, self.lex)
            if not parsed.name:
                named = self._surname_entity(fold_name(mention.text)) if " " not in mention.text \
                    else None
                if named is not None:       # "Dean, a doctor, said" after "Howard Dean"
                    return self.entities[named].display, named
                return self._resolve_description(mention, parsed.descriptors)
            k = bisect_left(self._starts, mention.end) - 1
            while k >= 0 and self.mentions[k].end > mention.start - 40:
                nm = self.mentions[k]
                if nm.start < mention.end and mention.start < nm.end:
                    return self.entities[nm.entity].display, nm.entity
                k -= 1
            return self._entity_named(parsed.name)
        if mention.kind == "pronoun":      # "In what it called “…”, Acme named": ahead
            return fronted_subject(self, mention) or self._resolve_pronoun(mention)
        words = name_words(mention.text)
        if len(words) == 1 and mention.text[:1].isupper():
            named = self._surname_entity(words[0])      # "said Baker" after "Ross Baker"
            if named is not None:
                return self.entities[named].display, named
        return self._resolve_description(mention, words)

    def _entity_named(self, name: str) -> tuple[str, Optional[int]]:
        """(display, index) of the latest entity with a form that is ``name``'s speaker, else
        (name, None); once per name and document."""
        done = self._named_as.get(name)
        if done is None:
            done = (name, None)
            for i in range(len(self.entities) - 1, -1, -1):
                if any(same_speaker(name, n) for n in self.entities[i].forms):
                    done = (self.entities[i].display, i)
                    break
            self._named_as[name] = done
        return done

    def _surname_entity(self, word: str) -> Optional[int]:
        """The one person named with ``word`` as surname ("Baker" of "Ross Baker"), if any:
        looked up in an index of the document's surnames, built on first use."""
        if self._surnames is None:
            self._surnames = {}
            for i, ent in enumerate(self.entities):
                if ent.kind == "person":
                    for f in ent.forms:
                        parts = f.split()
                        if len(parts) > 1:
                            self._surnames.setdefault(fold_name(parts[-1]), set()).add(i)
                        if family_name_first(f, self.lex):
                            self._surnames.setdefault(fold_name(parts[0]), set()).add(i)
        found = self._surnames.get(word, ())
        return next(iter(found)) if len(found) == 1 else None

    def _candidates(self, pos: int, want_person: bool = True):
        """Named mentions before ``pos`` within a dozen sentences, in text order."""
        si = self.sentence_index(pos)
        out = []
        for k in range(bisect_left(self._starts, pos) - 1, -1, -1):
            nm = self.mentions[k]
            if si - nm.sentence > 12:
                break
            if (self.entities[nm.entity].kind == "org") != want_person:
                out.append(nm)
        out.reverse()
        return out

    def person_named_before(self, pos: int) -> bool:
        """True when a person is named before ``pos`` after the first sentence (a headline)."""
        return any(nm.sentence > 0 for nm in self._candidates(pos))

    def _is_person_name(self, word: str) -> bool:
        """True when ``word`` names a person of the document (once per word)."""
        done = self._person_names.get(word)
        if done is None:
            done = self._person_names[word] = any(
                ent.kind == "person" and any(same_speaker(word, n) for n in ent.forms[:3])
                for ent in self.entities)
        return done

    def is_named_at(self, start: int, end: int) -> bool:
        """True when a named mention of the index overlaps ``[start, end)``."""
        k = bisect_left(self._starts, end) - 1
        return k >= 0 and self.mentions[k].end > start

    def names_between(self, start: int, end: int) -> bool:
        """True when a named mention of the index starts in ``[start, end)``."""
        k = bisect_left(self._starts, start)
        return k < len(self.mentions) and self.mentions[k].start < end

    def first_person_in(self, si: int) -> Optional[NamedMention]:
        """The first named person of sentence ``si`` (the subject of most news sentences)."""
        for nm in self.mentions:
            if nm.sentence == si and self.entities[nm.entity].kind == "person":
                return nm
            if nm.sentence > si:
                break
        return None


