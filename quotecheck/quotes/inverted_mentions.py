"""Find the speaker phrase that starts right after an inverted reporting verb ("said Putin",
"said a spokesman for the ministry, Ana Lima", "said the National Rifle Association").

Split from :mod:`quotecheck.quotes.mentions` (mentions that END at an offset, before a verb):
the forward search has its own patterns (a role then a name, an organisation's name, the issuer
of a document), and keeping them here leaves both modules room to grow.
"""
from __future__ import annotations

import re
from typing import Optional

from quotecheck.quotes.adverbs import PRE_VERB_WORDS, PRONOUN_AUX
from quotecheck.quotes.attribution_words import Lexicon
from quotecheck.quotes.mentions import (FUNCTION_WORDS, INDEFINITE, Mention, classify_mention,
                                        trim_mention)
from quotecheck.quotes.phrase_words import IRREGULAR_PAST, ROLE_PARTICIPLES, generic_span


def mention_after(text: str, pos: int, lex: Lexicon, limit: int) -> Optional[Mention]:
    """The mention that starts right after ``pos`` (an inverted "said Putin")."""
    m = lex.mention_at_start.match(text, pos, min(limit, pos + 160))
    if not m:
        return _the_organisation(text, pos, lex, limit)
    group = m.lastgroup or "chain"
    s, e = m.span(group)
    if group == "desc" and text[s:e].lower() in INDEFINITE:
        noun = generic_after(text, s, lex, limit)   # "One engineer who was let go, ..."
        if noun is not None:
            return noun
    mention = Mention(s, e, text[s:e], classify_mention(text[s:e], group, lex))
    aux = PRONOUN_AUX.fullmatch(mention.text) if mention.kind == "name" and (
        "'" in mention.text or "\u2019" in mention.text) else None     # needs its apostrophe
    if aux:
        return Mention(s, s + aux.end(1), aux.group(1), "pronoun")     # "They’re saying"
    if group == "desc" and text[s:e].rsplit(None, 1)[-1].lower() in lex.documents:
        source = _DOCUMENT_SOURCE.match(text, e, min(limit, e + 24))
        if source:  # "said a statement (released by) Lakeshore Credit Union": the organisation
            named = lex.appos_re.match(text, source.end(), min(limit, source.end() + 80))
            if named:
                a, b = named.span("name")
                return trim_mention(Mention(a, b, text[a:b], "name"), lex)
    if group == "desc" and text.startswith(", ", e):
        # "the central bank governor, Ana Lima" names the description
        named = lex.appos_re.match(text, e + 2, min(limit, e + 80))
        if named and (named.end() >= limit or text[named.end()] in ",.;:)"):
            a, b = named.span("name")   # "One voter, retired teacher Bernard Mulenga,"
            return trim_mention(Mention(a, b, text[a:b], "name"), lex)
    mention = trim_mention(mention, lex)
    if mention is not None and mention.kind == "name":
        described = _compound_modifier(text, mention, lex, limit)
        if described is not None:   # a name after its role still speaks ("Kremlin-backed
            named = _name_after_role(text, mention.end, False, lex, limit)   # host Al Roe")
            return named if named is not None else described
    if mention is not None and mention.kind in ("name", "description", "group"):
        named = _name_after_role(text, mention.end, mention.kind != "name", lex, limit)
        if named is None and mention.kind == "name":   # "Heart and Stroke senior manager
            joined = _AND_NAME.match(text, mention.end, min(limit, mention.end + 60))  # Erin Kim"
            if joined is not None:
                named = _name_after_role(text, joined.end(), False, lex, limit)
        if named is not None:
            return named
    if mention is not None and mention.kind in ("description", "group") and \
            text.startswith(" ", mention.end):
        org = _the_organisation(text, mention.end, lex, limit, article=False)
        if org is not None:     # "the event organizer Alliance for Better Schools"
            return org
    return mention


# a capitalised word and a lower-case tail is a modifier, no name ("Kremlin-backed media",
# "Cold War-era files", "Ohio-style rules"): a participle tail, or one of these words
_MODIFIER_TAIL = re.compile(r"-(?:[a-z]+ed|era|style|born|type|wide|like|friendly)\Z")
_NOUN_AFTER = re.compile(r"[ \t\u00a0]+([a-z][a-z\-]*)\b")


def _compound_modifier(text: str, mention: Mention, lex: Lexicon,
                       limit: int) -> Optional[Mention]:
    """The description a "name" ending in a compound modifier opens ("according to
    Kremlin-backed media": the media, not "Kremlin-backed"), or None."""
    if not _MODIFIER_TAIL.search(mention.text):
        return None
    noun = _NOUN_AFTER.match(text, mention.end, min(limit, mention.end + 40))
    if noun is None:
        return None
    head = noun.group(1)
    if head in FUNCTION_WORDS or head in PRE_VERB_WORDS or head in lex.pronoun_info \
            or head.endswith(("ly", "ing", "ed")) or lex.is_verb_form(head):
        return None
    kind = "group" if head.endswith("s") and not head.endswith("ss") else "description"
    return Mention(mention.start, noun.end(1), text[mention.start:noun.end(1)], kind)


def _name_after_role(text: str, end: int, described: bool, lex: Lexicon,
                     limit: int) -> Optional[Mention]:
    """"Radio co-host Eli Marr", "Air Force 1st Lt. Tomas Ferreira", "his campaign manager Jo
    Vane": the name after role words at ``end`` (after a name, role words are needed)."""
    named = _ROLE_THEN_NAME.match(text, end, min(limit, end + 60))
    if not named or not (named.group(1) or described) or any(
            w.lower() in FUNCTION_WORDS or w.lower() in PRE_VERB_WORDS or w.lower() in _NOT_ROLE
            or w.endswith(("ed", "ing")) and w not in ROLE_PARTICIPLES or lex.is_verb_form(w)
            for w in named.group(1).split()):
        return None
    inner = lex.mention_at_start.match(text, named.start(2), min(limit, named.end(2)))
    if inner and inner.lastgroup == "chain" and inner.end() == named.end(2):
        a, b = inner.span("chain")
        return trim_mention(Mention(a, b, text[a:b], "name"), lex)
    return None


_AND_NAME = re.compile(r"[ \t\u00a0]+(?:and|&)[ \t\u00a0]+[A-Z][\w\u2019'\-]*"
                       r"(?:[ \t\u00a0]+[A-Z][\w\u2019'\-]*)*")
_THE = re.compile(r"[ \t\u00a0]*[Tt]he[ \t\u00a0]+(?=[A-Z])")
_OWNER = re.compile(r"[A-Z][\w\-]*[\u2019']s?[ \t\u00a0]+(?=[A-Z])")
_CAPITALISED = re.compile(r"[ \t\u00a0]*([A-Z][\w\u2019'\-]*(?:[ \t\u00a0]+[A-Z][\w\u2019'\-]*)*)")
# "Alliance to Reclaim Our Schools": capitalised words joined by a preposition or "and"
_NAME_TAIL = re.compile(r"(?:[ \t\u00a0]+(?:to|for|of|on|against|and)(?:[ \t\u00a0]+the)?"
                        r"(?:[ \t\u00a0]+[A-Z][\w\u2019'\-]*)+)*")


def _the_organisation(text: str, pos: int, lex: Lexicon, limit: int,
                      article: bool = True) -> Optional[Mention]:
    """'said the National Rifle Association', 'according to the Alliance to Reclaim Our
    Schools': ("the" and) a capitalised name with an organisation's word is the speaker."""
    at = pos
    if article:
        the = _THE.match(text, pos, limit)
        if the is None:
            return None
        at = the.end()
    m = _CAPITALISED.match(text, at, min(limit, at + 160))
    if m is None:
        return None
    s, e = m.span(1)
    owner = _OWNER.match(text, s, e)
    if owner is not None and article:   # "said the bureau’s Dana Ortiz": the person
        return trim_mention(Mention(owner.end(), e, text[owner.end():e], "name"), lex)
    e = _NAME_TAIL.match(text, e, min(limit, e + 80)).end()
    if not any(w.lower() in lex.org_cues for w in text[s:e].split()):
        return None
    return Mention(s, e, text[s:e], "name")


_NOT_ROLE = IRREGULAR_PAST | frozenset((
    "over", "about", "after", "before", "under", "into", "through", "during", "against", "without",
    "between", "among", "across", "near", "since", "inside", "outside", "within", "around"))
_ROLE_THEN_NAME = re.compile(r"((?:[ \t\u00a0]+(?:[a-z][\w\-]*|\d+(?:st|nd|rd|th)|"
                             r"[A-Z][a-z]{1,4}\.)){0,3})[ \t\u00a0]+"
                             r"([A-Z][\w\u2019'\-]*(?:[ \t\u00a0]+[A-Z][\w\u2019'\-]*)"
                             r"{1,3})(?=[ \t\u00a0]*(?:[,.;:()]|$)|[ \t\u00a0]+[a-z])")
_DOCUMENT_SOURCE = re.compile(r"[ \t\u00a0]+(?:(?:released|issued|published|posted)[ \t\u00a0]+by|"
                              r"from|by|of)[ \t\u00a0]+(?:the[ \t\u00a0]+)?")


def generic_after(text: str, pos: int, lex: Lexicon, limit: int) -> Optional[Mention]:
    """'“…,” said a planner for one campaign' / '… says a narrator.': a determiner and a noun
    right after an inverted reporting verb name a speaker, though the noun is on no role list."""
    found = generic_span(text, pos, lex, limit, FUNCTION_WORDS | INDEFINITE)
    return Mention(found[0], found[1], text[found[0]:found[1]], found[2]) if found else None
