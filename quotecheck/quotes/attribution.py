"""Find who a quotation is attributed to, and with which reporting verb, within its sentence.

Uses the word lists of :mod:`quotecheck.quotes.attribution_words` (reporting verbs, titles,
roles, pronouns) and the subject finders of :mod:`quotecheck.quotes.subjects`. Works on one
sentence at a time with quotes masked, so quoted words never act as speakers or verbs. Resolving pronouns and descriptions to names is left to
:mod:`quotecheck.quotes.coreference`; whether a verb-looking word is used as a verb at all, to
:mod:`quotecheck.quotes.verb_use`.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from quotecheck.quotes.attribution_words import PLACEHOLDER, Lexicon
from quotecheck.quotes.inverted_mentions import generic_after, mention_after
from quotecheck.quotes.mentions import Mention
from quotecheck.quotes.phrase_words import IRREGULAR_PAST
from quotecheck.quotes.caused_speech import caused_speaker, label_agent, possessor_after
from quotecheck.quotes.clause_subjects import clause_subject, crowd_subject
from quotecheck.quotes.subjects import (LOCATIVE_BEFORE, OPENERS, acted_and,
                                        after_quote_subject, subject_before)
from quotecheck.quotes.verb_use import document_subject, is_passive, noun_use, verb_ok


class Attribution(NamedTuple):
    """A speaker mention and the reporting verb (or phrase) that ties it to quotes."""

    mention: Mention
    verb: Optional[str]
    verb_start: Optional[int]
    verb_end: Optional[int]
    anchor: int          # where the attribution sits: verb start, or the mention's start
    strength: int        # 2 reporting verb or phrase, 1 speech act, 0 punctuation (colon, dash)

    @classmethod
    def without_verb(cls, mention: Mention) -> "Attribution":
        """A speaker that punctuation or a house convention ties to a quote, no reporting
        verb (a colon, a transcript label, a pronoun in the next sentence): anchored at the
        mention, strength 0."""
        return cls(mention, None, None, None, mention.start, 0)


def sentence_attributions(text: str, s0: int, s1: int, lex: Lexicon) -> list[Attribution]:
    """Every (mention, verb) pair in the masked sentence ``text[s0:s1]``, in order."""
    return SentenceAttributions(text, s0, s1, lex).all()


class SentenceAttributions:
    """The attributions of one masked sentence, each worked out only when asked for: a quote
    usually needs the one next to it, not every verb of its sentence."""

    def __init__(self, text: str, s0: int, s1: int, lex: Lexicon, verbs: Optional[list] = None,
                 phrases: bool = True):
        """``verbs``: the sentence's verb matches when the caller scanned the whole text once;
        ``phrases`` False when the text holds no phrase hint at all."""
        self.text, self.s0, self.s1, self.lex = text, s0, s1, lex
        found = [vm for vm in (lex.verbs_in(text, s0, s1) if verbs is None else verbs)
                 if not noun_use(text, vm)]
        self._verbs = [vm for i, vm in enumerate(found) if i + 1 == len(found)
                       or not document_subject(text, vm, found[i + 1], lex)]
        self._phrases = (list(lex.phrase_re.finditer(text, s0, s1)) if phrases and any(
            text.find(h, s0, s1) >= 0 for h in lex.phrase_hints) else [])
        items = [(vm.start(), 0, i) for i, vm in enumerate(self._verbs)]
        if self._phrases:
            items += [(pm.start(), 1, i) for i, pm in enumerate(self._phrases)]
            items.sort()
        self._items = items
        self._memo: dict = {}

    def all(self) -> list[Attribution]:
        """Every attribution of the sentence, in order."""
        out = [self._get(kind, i) for _, kind, i in self._items]
        return [a for a in out if a is not None]

    def first_after(self, pos: int) -> Optional[Attribution]:
        """The first attribution anchored at or after ``pos``."""
        for anchor, kind, i in self._items:
            if anchor >= pos:
                a = self._get(kind, i)
                if a is not None:
                    return a
        return None

    def words_before(self, pos: int) -> list:
        """The verb and phrase words (as written) anchored before ``pos``: a cheap look
        before working out any attribution."""
        return [(self._verbs[i] if kind == 0 else self._phrases[i]).group()
                for anchor, kind, i in self._items if anchor < pos]

    def last_before(self, pos: int) -> Optional[Attribution]:
        """The last attribution anchored before ``pos``."""
        for anchor, kind, i in reversed(self._items):
            if anchor < pos:
                a = self._get(kind, i)
                if a is not None:
                    return a
        return None

    def _get(self, kind: int, i: int) -> Optional[Attribution]:
        key = (kind, i)
        if key not in self._memo:
            self._memo[key] = self._verb(i) if kind == 0 else self._phrase(i)
        return self._memo[key][0] if kind == 0 else self._memo[key]

    def _phrase(self, i: int) -> Optional[Attribution]:
        pm = self._phrases[i]
        mention = mention_after(self.text, pm.end(), self.lex, self.s1) or \
            possessor_after(self.text, pm.end(), self.lex)      # "according to X's latest “…”"
        if mention is None:
            return None
        return Attribution(mention, pm.group(), pm.start(), pm.end(), pm.start(), 2)

    def _previous_subject(self, i: int) -> Optional[Mention]:
        for j in range(i if i > 64 else 0):  # a long chain (", adding" hundreds of times):
            self._get(0, j)                 # fill from the start, so recursion stays shallow
        for j in range(i - 1, -1, -1):
            self._get(0, j)
            att, is_subject = self._memo[(0, j)]
            if att is not None and is_subject:
                return att.mention
        return None

    def _verb(self, i: int) -> tuple:
        """(Attribution or None, whether its mention is the verb's subject)."""
        text, s0, s1, lex = self.text, self.s0, self.s1, self.lex
        vm = self._verbs[i]
        vs, ve = vm.span()
        form = vm.group().lower()
        strength = lex.verb_lemma.get(form, (form, 1))[1]
        caused = caused_speaker(text, s0, vs, lex)      # "which led Ann Roe to declare"
        if caused is not None:
            return Attribution(caused, vm.group(), vs, ve, vs, strength), True
        if not verb_ok(text, vm, s0):
            return None, False
        before = text[max(s0, vs - 200):vs].rstrip(" \t\u00a0")
        passive = is_passive(before, form)
        labelled = label_agent(text, ve, s1, form, lex, before, passive)
        if labelled is not None:                        # "was called “…” by Roe"
            return Attribution(labelled, vm.group(), vs, ve, vs, strength), False
        if form in ("read", "reads") and before and not _after_quote(before):
            reader = _text_reader(text, s0, vs, lex)    # "“…,” the editorial read"
            if reader is not None:
                return Attribution(reader, vm.group(), vs, ve, vs, strength), True
            if form == "read":      # "a statement read in court": only "“…,” read a statement"
                return None, False
        if passive:
            agent = _BY_AGENT.match(text, ve, s1)               # "was described by X as"
            mention = mention_after(text, agent.end(), lex, s1) if agent else None
            if mention is not None and lex.verb_lemma.get(form, (form, 0))[0] == "ask" and \
                    _ASKED_WHAT.search(text, agent.end(), mention.end + 12):  # (the lemma first)
                mention = None      # "was asked by a reporter why ...": the asker's question
                #                     is told, the quotation answers it
            att = Attribution(mention, vm.group(), vs, ve, vs, strength) if mention else None
            return att, False
        mention = None
        if form.endswith("ing") and before.endswith(" as"):
            quoted = _QUOTED_AS.search(before[-80:])           # "was quoted by Interfax as saying"
            if quoted:
                at = vs - (len(before[-80:]) - quoted.start()) - (len(text[max(s0, vs - 200):vs])
                                                                  - len(before))
                mention = subject_before(text, at, lex, s0)
        if mention is None and form in _GROUP_SPEECH and before.endswith((",", " and")):
            mention = crowd_subject(text, s0, vs, lex)          # "where 50 protesters gathered,
            #                                                     chanting": the crowd's words
        if mention is None and form.endswith("ing") and before.endswith(_PARTICIPLE_AFTER):
            mention = self._previous_subject(i)                 # "said, adding", "by tweeting"
            if mention is None and lex.verb_lemma.get(form, ("", 0))[0] in _CORE_SPEECH:
                opener = mention_after(text, s0, lex, s1)       # "Musk hit back on X, writing"
                if opener is not None and opener.kind in ("name", "pronoun") and \
                        not text[s0:opener.start].strip(OPENERS) and not (
                            opener.text == "It" and text.startswith((" was ", " is "), opener.end)):
                    mention = opener
                else:       # "Speaking in Dover, Delaware, Vane turned on Ruiz, calling"
                    mention = clause_subject(text, s0, vs, lex)
        if mention is None and before.endswith(",") and not form.endswith("ing"):
            mention = _inverted_after_comma(text, s0, vs, ve, s1, lex, form)
        if mention is None:
            mention = subject_before(text, vs, lex, s0)
            given = _GAVE_OCCASION.search(before) if mention is None and \
                form.endswith("ing") else None
            if given is not None:       # "Ruiz gave an interview noting": the giver speaks
                mention = subject_before(text, max(s0, vs - 200) + given.start(), lex, s0)
            if mention is not None and mention.kind != "pronoun" and form.endswith("ing") and \
                    _TO_WHOM.search(text, max(s0, mention.start - 9), mention.start):
                mention = _sentence_opener(text, s0, s1, mention, lex)   # "a letter to X asking"
            if mention is not None and before.endswith(",") and not form.endswith("ing") and \
                    not text[mention.end:vs].strip(", \t\u00a0") and \
                    _object_of_earlier_verb(text, s0, mention, lex):
                # "He suggested it was her tone, called her “third-rate”": the verbs share the
                # clause's subject; the noun before the comma is the first one's object
                mention = self._previous_subject(i) or clause_subject(text, s0, vs, lex)
            if mention is None or LOCATIVE_BEFORE.search(text, max(s0, mention.start - 8),
                                                          mention.start):
                mention = after_quote_subject(text, s0, vs, lex) or mention
            elif text[s0:s0 + 4].lstrip(OPENERS)[:1] == PLACEHOLDER and \
                    mention.kind != "pronoun" and \
                    (mention.kind != "name" or text.find(",", s0, mention.start) >= 0):
                # '“…,” Ann Ruiz, the attorney general, one of the states taking the agency to court, said':
                # the name right after the quote, not a noun of its appositions
                named = after_quote_subject(text, s0, vs, lex)
                if named is not None and named.kind == "name" and named.end < mention.start \
                        and not text[s0:named.start].strip(_QUOTE_LEAD):
                    mention = named
        if mention is None and before.endswith((" and", " but")):
            acted = acted_and(before)       # "Ms. Sherry smiled and said"
            if acted and (acted.group(1).endswith("ed") or lex.is_verb_form(acted.group(1))):
                mention = subject_before(text, vs - len(before) + acted.start(), lex, s0)
        if mention is None:
            if before and lex.verb_lemma.get(form, ("", 0))[0] == "tell":
                # '“fantastic,” telling reporters that …': who is told never speaks; the
                # participle's subject does
                if form.endswith("ing"):
                    mention = self._previous_subject(i) or clause_subject(text, s0, vs, lex)
            elif not before or _after_quote(before):
                mention = mention_after(text, ve, lex, s1)      # "..., said Putin"
                particle = _PARTICLE.match(text, ve, s1) if mention is None else None
                if particle is not None:    # "“…,” points out the shop's owner"
                    mention = mention_after(text, particle.end(), lex, s1)
                if (mention is None or mention.text.lower() in ("one", "another")) and \
                        lex.verb_lemma.get(form, ("", 0))[0] in _CORE_SPEECH:
                    mention = generic_after(text, ve, lex, s1) or mention
            elif before.endswith((",", " and", " but")) or form.endswith("ing"):
                mention = self._previous_subject(i)             # "... and vowed"
        if mention is None or not _plausible_speaker(mention, form, lex):
            return None, False
        return Attribution(mention, vm.group(), vs, ve, vs, strength), True


# an occasion of speech given, the participle after it ("gave an interview noting", "held a
# news conference saying"): the one who gave it speaks
_GAVE_OCCASION = re.compile(r"(?<![\w\-])(?:gave|held|delivered|granted)[ \t\u00a0]+(?:an?|his|"
                            r"her|their|its|the)[ \t\u00a0]+(?:[a-z\-]+[ \t\u00a0]+)?(?:interview|"
                            r"speech|address|news[ \t\u00a0]+conference|press[ \t\u00a0]+"
                            r"conference|briefing|talk)s?\Z")


# a participle after the one written or spoken to, or spoken of ("sent an email to supporters
# inviting them", "a statement to Wired explaining", "sounded off on Vole, saying", "its
# opposition to Vole, arguing"): that noun is no subject of the participle (issue 12)
# ("chatter about Perez, who is …, saying": his)
_TO_WHOM = re.compile(r"(?<![\w\-])(?:to|on|at|against|toward|towards)[ \t\u00a0]+\Z")


def _sentence_opener(text: str, s0: int, s1: int, obj: Mention, lex: Lexicon):
    """The subject of the clause before ``obj`` (:func:`clause_subject`: "Even before X spoke,
    his campaign sent a text to supporters saying"), else the person, group or description
    opening the sentence ("The weekly has been cool to Vole, arguing"), else None."""
    m = clause_subject(text, s0, obj.start, lex)
    if m is not None:
        return m
    m = mention_after(text, s0, lex, s1)
    if m is None or m.end > obj.start or m.kind not in ("name", "pronoun", "description", "group") \
            or text[s0:m.start].strip(OPENERS):
        return None
    return m


# what a participle's own subject-less clause opens with: "said, adding", "by tweeting", "was
# booed after saying" (the main clause's subject speaks)
_PARTICIPLE_AFTER = (",", " by", " upon", " after", " before", " while")  # not "goes without saying"
_CORE_SPEECH = frozenset(("say", "tell", "add", "write", "ask", "reply", "respond", "claim",
                          "insist", "warn", "explain", "note", "argue", "admit", "acknowledge",
                          "deny", "complain", "recall", "agree", "describe", "call", "state",
                          "announce", "declare", "tweet", "post", "urge", "vow", "promise"))
# a crowd's words ("The crowd chanted “…”", "“Out!” the crowd yelled"); "chant", "shout" and
# their -s forms are also nouns ("the chant", "shouts of"); "roar" is no reporting verb
# ("“Is it over?” The crowd roared." is the crowd's answer, not its words)
_GROUP_SPEECH = frozenset(("chanted", "chanting", "yelled", "yelling", "shouted", "shouting",
                           "screamed", "screaming"))


_LOWER_WORD = re.compile(r"(?<![\w\-])[a-z]+\b")


def _object_of_earlier_verb(text: str, s0: int, mention: Mention, lex: Lexicon) -> bool:
    """True when a lower-case past-tense or reporting verb precedes ``mention`` in its comma
    chunk: the mention before "…, called" is that verb's object, not an apposition's head."""
    lo = max(s0, text.rfind(",", s0, mention.start) + 1, text.rfind(PLACEHOLDER, s0, mention.start))
    prev = ""
    for m in _LOWER_WORD.finditer(text, lo, mention.start):
        w = m.group()
        if prev not in _MODIFIER_BEFORE and (w.endswith("ed") or w in IRREGULAR_PAST or (
                w in lex.verb_lemma and lex.verb_lemma[w][0] != w and not w.endswith("s"))):
            return True     # "suggested", "mocked", "said"; not "a detailed", "state Sen."
        prev = w
    return False


_MODIFIER_BEFORE = frozenset(("a", "an", "the", "his", "her", "its", "their", "our", "my", "your",
                              "this", "that", "these", "those", "more", "most", "very", "well",
                              "newly", "widely", "highly", "self", "so", "and", "or"))


# speech verbs whose subject may follow them; "told X", "called X" name the hearer; "asked X"
# does too, but not after a comma before a name that ends the clause ("Rather than …, why not
# …, asks editor Ann Lee, “…?”": the asker; found in the GGT listing, issue 12)
_INVERTIBLE = _CORE_SPEECH - {"tell", "urge", "call", "describe", "promise", "deny", "vow"}
_NAME_ENDS_CLAUSE = re.compile(r"[ \t\u00a0]*(?:[,.;:)]|\Z|(?:of|from|at|in|on|who)\b)")


_PARTICLE = re.compile(r"[ \t\u00a0]+(?:out|back)(?=[ \t\u00a0])")


def _inverted_after_comma(text: str, s0: int, vs: int, ve: int, s1: int, lex: Lexicon,
                          form: str) -> Optional[Mention]:
    """'“We are thrilled” about the ruling, said Ana Ruiz, director of …': a speech verb after a
    comma, in a sentence with a quote, and followed by a name that ends the clause is
    inverted; its speaker is that name, not the noun before the comma ("the ruling")."""
    if text.find(PLACEHOLDER, s0, s1) < 0 or \
            lex.verb_lemma.get(form, ("", 0))[0] not in _INVERTIBLE:
        return None
    mention = mention_after(text, ve, lex, s1)
    if mention is None or mention.kind not in ("name", "description") or \
            text[ve:mention.start].strip(" \t\u00a0")[-1:] not in ("", ",") or \
            _NAME_ENDS_CLAUSE.match(text, mention.end, s1) is None:
        return None
    if lex.verb_lemma[form][0] == "ask":
        # "asked X" names the hearer unless X ends the clause and no subject with an apposition
        # opens the sentence ("Ruiz, an activist, asked the senator, …": the senator is asked)
        opener = mention_after(text, s0, lex, s1)
        if _ASKER_ENDS.match(text, mention.end, s1) is None or (
                opener is not None and not text[s0:opener.start].strip(OPENERS) and
                text[opener.end:s1].lstrip(" \t\u00a0").startswith(",")):
            return None
    return mention


_ASKER_ENDS = re.compile(r"[ \t\u00a0]*(?:[,.;:?!]|\Z)")


def _text_reader(text: str, s0: int, vs: int, lex: Lexicon) -> Optional[Mention]:
    """'“…,” the editorial read' / '“…,” a message on the site reads': a text right after the
    quote is what reads it out (not "a statement read in court")."""
    mention = subject_before(text, vs, lex, s0)
    place = _PLACE_BEFORE.search(text, s0, mention.start) if mention is not None else None
    if place is not None:       # "a message on the website reads": the message
        mention = subject_before(text, place.start(), lex, s0)
    if mention is None or text[s0:mention.start].strip(_QUOTE_LEAD + " \t\u00a0") or \
            mention.text.rsplit(None, 1)[-1].lower() not in lex.documents:
        return None
    return mention


_PLACE_BEFORE = re.compile(r"[ \t\u00a0]+(?:on|in|at|outside|inside)[ \t\u00a0]+\Z")


_TIME_HEADS = frozenset(("point", "time", "moment", "stage", "juncture", "times", "points"))


def _plausible_speaker(mention: Mention, form: str, lex: Lexicon) -> bool:
    """A description headed by a word outside the role lists ("the farmers", "a competing
    baker") speaks only through a core speech verb, not "began" or "continued"; one headed
    by a point in time ("at one point calling ...") never."""
    if mention.kind not in ("description", "group"):
        return True
    words = mention.text.lower().split()
    head = words[-1]
    if head in _TIME_HEADS:
        return False        # ", at one point calling X a “…”": a time, no one
    # a mention opened by a subordinator or preposition ("after fans of the show") keeps its
    # last word as head
    for n, w in enumerate(words[1:-1] if words[0] not in _NO_OPENER else (), 1):
        if w in _POSTMODIFIER_OPENERS:     # "One veteran of the building trade": veteran, not
            if words[n - 1] not in _NO_HEAD and (w, words[n - 1][:6]) != ("of", "source"):
                head = words[n - 1]        # trade; not "one of the surveys", "the source of"
            break
    if head in lex.person_roles or head in lex.group_roles:
        return True
    if head in lex.documents or (head.endswith("s") and head[:-1] in lex.documents):
        return True         # "The lawsuit ... alleges", "The notices ... warn"
    return lex.verb_lemma.get(form, (form, 0))[0] in _CORE_SPEECH or form in _GROUP_SPEECH


_POSTMODIFIER_OPENERS = frozenset(("of", "from", "at", "with", "in", "for", "on"))
_NO_HEAD = frozenset(("one", "some", "many", "most", "all", "each", "both", "several", "none",
                      "two", "three", "few", "any", "either", "neither", "half", "part"))
_NO_OPENER = frozenset(("after", "before", "when", "while", "since", "until", "because", "if",
                        "as", "of", "in", "on", "at", "by", "with", "for", "from"))


_QUOTED_AS = re.compile(r"\s(?:was|were|is|are|has been|had been|been)\s+quoted\b[^.;:]*\sas$")
# the question told after the asker ("asked by a reporter why", not ", who is ...": a relative
# clause about the asker)
_ASKED_WHAT = re.compile(r"(?<![,;])[ \t\u00a0](?:why|whether|if|how|what|when|where|about)\b")
_BY_AGENT = re.compile(r"(?:[ \t\u00a0]+\w+ly)?[ \t\u00a0]+by(?=[ \t\u00a0])")


_QUOTE_LEAD = PLACEHOLDER + OPENERS + "\"'\u201d\u2019\u00bb\u203a,.!?"   # a quote opening the sentence
# a misprinted “ closing a quote ("It's over,“ said Ann Lee") closes it as well
_AFTER_QUOTE = re.compile("[\"'\u201d\u2019\u00bb\u203a\u201c],?$|,[\"'\u201d\u2019\u00bb\u203a\u201c]$")


def _after_quote(before: str) -> bool:
    """``before`` ends with a closing mark (and a comma): two characters and a final line
    break at most, so only its last three are searched."""
    return _AFTER_QUOTE.search(before, max(0, len(before) - 3)) is not None


