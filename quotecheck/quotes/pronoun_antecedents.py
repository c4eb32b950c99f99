"""Which named mentions of a sentence can be what a "he" or "she" stands for, and which not.

Tests :class:`~quotecheck.quotes.pronouns.PronounResolver` runs on each named mention before
taking it as a pronoun's person: a place after a locative preposition ("resume in Porto
Velha"), a preposition's object ("by Tokayev"), a name modifying a noun ("the Kinder Morgan
pipeline"), a possessor of a person ("Klein's lawyer"), a name inside a dash aside or before
", he said," and a capitalised plural noun ("Crews") are no one's he or she; a name closing its
sentence with a reporting verb ("…, Foster writes") is. A mixin of
:class:`~quotecheck.quotes.coreference.SpeakerResolver` (it reads the document's index), kept
apart from the resolution itself so that both modules stay small.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from quotecheck.quotes.speakers import name_tokens
from quotecheck.resources.ruledata import load_data

PREPOSITIONS = frozenset((
    "on", "in", "at", "to", "by", "with", "from", "for", "of", "about", "against", "after",
    "before", "under", "over", "into", "onto", "toward", "towards", "than", "like", "between",
    "among", "behind", "beside", "near", "during", "aboard", "across", "through", "without",
))
"""Common prepositions, lower-case."""
_OWNED = re.compile(r"[\u2019']s?(?:[ \t\u00a0]+[\w\-]+){0,2}?[ \t\u00a0]+([a-z][\w\-]*)\b")
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "many", "some",
                         "most", "several"))     # not "that": "recently that Foster pieced"
NEXT_LOWER_WORD = re.compile(r"[ \t\u00a0]+([a-z][a-z\-]+)\b")
"""The lower-case word right after a position (group 1), matched from there."""
_NOT_NOUNS = frozenset(("has", "had", "have", "is", "was", "are", "were", "will", "would", "can",
                        "could", "may", "might", "must", "should", "did", "does", "do", "also",
                        "and", "or", "who", "whose", "then", "himself", "herself", "says",
                        "said"))
# "Ruiz, he said, “…”": a reporting clause set off by commas right after a name
_ASIDE_AFTER_NAME = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*\Z")
_ASIDE_VERB = re.compile(r"[A-Za-z]+[ \t\u00a0]+([a-z]+),")
# an aside set off by dashes ("— Ruiz called Vane a “chicken” on Twitter —")
_DASH = re.compile(r"[\u2014\u2013]|(?<=[ \t\u00a0])--(?=[ \t\u00a0])")


@lru_cache(maxsize=1)
def _locatives() -> frozenset:
    """Prepositions whose capitalised object is a place (``rules/data/attribution.toml``)."""
    return frozenset(load_data("attribution").get("locatives", {}).get("prepositions", ()))


def plural_noun_entity(ent) -> bool:
    """'Crews cleared the debris': a capitalised plural noun with no given name or gender is
    no he/she."""
    name = ent.display
    return ent.gender is None and " " not in name and name.endswith("s") and not name.endswith("ss")


_SUBHEAD_WORDS = 8
"""Most words of a subhead line ("Town notes", "What the council decided")."""


class AntecedentTests:
    """Tests on a named mention as a pronoun's person, over a SpeakerResolver's index."""

    def _subhead(self, sj: int) -> bool:
        """Sentence ``sj`` is a subhead: a line of its own, a few words, no stop or mark at
        its end ("Town notes", "Weekend Reading"). Its capitalised words are a section's
        name, no one a "he" or "she" stands for; a line that is a person's name alone
        ("Ann Lee", a speaker's label) is not taken for one."""
        s0, s1 = self.sentences[sj]
        k = s0      # back over spaces to what stands before the line (no copy of the text)
        while k and self.masked[k - 1] in " \t\u00a0":
            k -= 1
        if k and self.masked[k - 1] != "\n":
            return False    # most sentences: the sentence is not copied
        line = self.masked[s0:s1].strip()
        after = self.masked[s1:s1 + 2].lstrip(" \t\u00a0")
        if not line or after[:1] not in ("\n", ""):
            return False
        words = line.split(None, _SUBHEAD_WORDS)    # more than _SUBHEAD_WORDS: one too many
        if len(words) > _SUBHEAD_WORDS or not line[0].isupper() or not line[-1].isalnum():
            return False
        return not self.lex.is_given_name(words[0].casefold())

    def _relative_subject(self, nm, s0: int) -> bool:
        """True for Vane in "a text message that Vane sent to Ruiz": the subject of a clause
        after a noun's "that"/"which" is not the sentence's; a name later in the sentence is
        its "he" sooner (not after a verb: "said that Vane", "hopes that Vane")."""
        words = self.masked[max(s0, nm.start - 60):nm.start].split()
        at = next((j for j in range(len(words) - 1, max(0, len(words) - 4), -1)
                   if words[j] in ("that", "which")), None)
        if at is None or any(w in self.lex.verb_lemma or not w.isalpha() for w in words[at + 1:]):
            return False    # "that European captain Tom Vane": up to two words of a title
        noun = words[at - 1]
        if not noun.isalpha() or not noun.islower():
            return False
        return noun not in self.lex.not_relative_heads and noun not in self.lex.stance_verbs and \
            noun not in self.lex.verb_lemma and not noun.endswith(("ed", "ly"))

    def _aside_subject(self, nm, before: int) -> bool:
        """True for the name of "Ruiz, he said, “…”": right before a pronoun whose reporting
        verb is set off by commas, the name is the reported clause's subject, not the one
        who reports it."""
        m = _ASIDE_VERB.match(self.masked, before)
        return m is not None and _ASIDE_AFTER_NAME.match(self.masked, nm.end, before) is not None \
            and self.lex.is_reporting(m.group(1))

    def _inside_dashes(self, nm, s0: int, s1: int) -> bool:
        """True for a name inside a dash aside after its first name ("— Ana Ruiz earlier called
        Bo Vane a “chicken”, for example — Brooks insists"): an object there, never the
        sentence's subject; the aside's first name may be ("The mayor — Ana Ruiz — said")."""
        head = self.masked[s0:nm.start]
        if "\u2014" not in head and "\u2013" not in head and "--" not in head:
            return False        # most sentences have no dash: no regex run
        dashes = list(_DASH.finditer(self.masked, s0, nm.start))
        if len(dashes) % 2 == 0 or _DASH.search(self.masked, nm.end, s1) is None:
            return False        # no dash open before the name, or none closing after it
        k = bisect_left(self._starts, dashes[-1].end())
        return k < len(self.mentions) and self.mentions[k].start < nm.start

    def _closing_reporter(self, nm) -> bool:
        """True for "…, Foster writes in his book.", "…, Foster believes.": a name after a comma
        whose reporting or stance verb closes the sentence is the voice of what it holds."""
        if not self.masked[max(0, nm.start - 3):nm.start].rstrip().endswith((",", "\u201d", '"')):
            return False            # after a comma, or a quotation ("…,” Foster writes)
        m = NEXT_LOWER_WORD.match(self.masked, nm.end)
        if m is None:
            return False
        word = m.group(1)
        return word in self.lex.stance_verbs or self.lex.is_reporting(word)

    def _attributive(self, nm) -> bool:
        """True for "the Kinder Morgan pipeline", "many Lake Cowichan residents": a name between
        a determiner and a lower-case word modifies that word's noun; it is no he or she."""
        before = self.masked[max(0, nm.start - 20):nm.start].split()
        if not before or before[-1].lower() not in _DETERMINERS:
            return False
        m = NEXT_LOWER_WORD.match(self.masked, nm.end)
        return m is not None and m.group(1) not in _NOT_NOUNS and \
            m.group(1) not in self.lex.verb_lemma

    def _owns_person(self, nm) -> bool:
        """True for "Klein's lawyer": the possessor of a person is not that person."""
        m = _OWNED.match(self.masked, nm.end)
        return m is not None and m.group(1).lower() in self.lex.person_roles

    def _after_preposition(self, start: int, s0: int) -> bool:
        """True for "on the Máire Rua", "by Tokayev": an object, not the sentence subject."""
        words = self.masked[max(s0, start - 30):start].split()
        if words and words[-1].lower() in ("the", "a", "an"):
            words = words[:-1]
        return bool(words) and words[-1].lower() in PREPOSITIONS

    def _place_object(self, nm: tuple, s0: int) -> bool:
        """True for "resume in Porto Velha": a name governed by a locative preposition with no
        person cue (known given name, person title, gender learnt from a pronoun chain)."""
        words = self.masked[max(s0, nm.start - 30):nm.start].split()
        if words and words[-1].lower() == "the":
            words = words[:-1]
        if not words or words[-1].lower() not in _locatives():
            return False
        ent = self.entities[nm.entity]
        if ent.gender is not None or any(d in self.lex.person_roles or d in self.lex.titles
                                         for d in ent.descriptors):
            return False
        tokens = name_tokens(ent.display)
        if len(tokens) < 2:
            return True
        first = tokens[0]
        other = self._given.get(first, -1)     # given name of another person in the document
        known = self.lex.is_given_name(first)
        return not (known or (other >= 0 and self.entities[other] is not ent))
