"""Find the subject of the main clause a participle or chant ends ("Attorneys for Ann Vale
appeared to oppose it, saying"; "Hundreds of nurses marched, chanting").

Split from :mod:`quotecheck.quotes.subjects` (mentions ending right before a verb), which
neared the module size limit; works on masked sentences likewise.
"""
from __future__ import annotations

import re
from typing import Optional

from quotecheck.quotes.attribution_words import PLACEHOLDER, Lexicon
from quotecheck.quotes.inverted_mentions import mention_after
from quotecheck.quotes.adverbs import PRE_VERB_WORDS
from quotecheck.quotes.mentions import FUNCTION_WORDS, Mention
from quotecheck.quotes.phrase_words import IRREGULAR_PAST
from quotecheck.quotes.subjects import PARTY_TAG, time_units


def clause_subject(text: str, s0: int, vs: int, lex: Lexicon) -> Optional[Mention]:
    """The subject of the main clause before a participle: the first name, pronoun or
    description ("Attorneys for Ann Vale appeared to oppose it, saying"), at the sentence start
    or after one of its first commas, followed by a lower-case verb."""
    starts = [s0]
    for _ in range(3):
        c = text.find(",", starts[-1], vs)
        if c == -1:
            break
        starts.append(c + 1)
    plain = None
    for n, p in enumerate(starts):
        lead = _LEAD_WORDS.match(text, p, vs)     # "And then Vane went …"
        if lead is None and n:                    # "…, as Ann Ruiz echoed it, saying"
            last = text.find(",", p, vs)            # the clause ends at the participle's comma
            lead = _SUBORDINATE.match(text, p, vs) if last == text.rfind(",", p, vs) else None
        m = mention_after(text, lead.end() if lead else p, lex, vs) or \
            _quantified_group(text, lead.end() if lead else p, vs, lex)
        if m is None and not n:     # "The bishop issued a statement, saying": a noun on no
            # role list, kept for when no later clause has a subject ("The change came in
            # May, when the Lee administration made ..., saying": the administration)
            plain = _definite_noun(text, lead.end() if lead else p, vs, lex)
            if plain is not None and any(_LEAD_WORDS.match(text, c, vs) or
                                         _SUBORDINATE.match(text, c, vs) for c in starts[1:]):
                plain = None    # "The talk went on, as campaign chief Ann Roe hit back, saying"
        if m is None or m.kind not in ("name", "pronoun", "description", "group") or \
                PLACEHOLDER in text[p:m.start] or not all(
                    w[:1].isupper() for w in text[lead.end() if lead else p:m.start].split()):
            continue    # words before it may only be a role the name follows ("Police Chief")
        if past_verb_at(text, m.end, vs, lex) or m.kind == "name" and past_verb_at(
                text, _after_party_tag(text, m.end, vs), vs, lex):
            return m    # "But Sen. Pat Vane (R-Pa.) refused to …, responding"
        if m.kind != "pronoun" and _postmodified_verb(text, m.end, vs, lex):
            return m    # "One aide inside the campaign office tried to …, saying"
        if text.startswith(",", m.end) and any(past_verb_at(text, c, vs, lex)
                                               for c in starts[n + 2:]):
            return m    # "Silverman, herself a supporter, drew boos upon saying"
    return plain


# "The bishop", "The local diocese": the article and one or two lower-case words
_DEFINITE_NOUN = re.compile(r"[ \t\u00a0]*[Tt]he[ \t\u00a0]+([a-z][a-z\-]*)"
                            r"(?:[ \t\u00a0]+([a-z][a-z\-]*))?")


def _definite_noun(text: str, pos: int, vs: int, lex: Lexicon) -> Optional[Mention]:
    """The sentence-opening "the" and noun a past-tense verb follows ("The diocese issued a
    statement on Tuesday, saying"), a noun on no role list; None when a word is a function
    word, pronoun, adverb, participle or verb ("The next day", "The court-ordered ...")."""
    m = _DEFINITE_NOUN.match(text, pos, vs)
    if m is None:
        return None
    for last in (1, 2):
        end = m.end(last)
        if end < 0 or not past_verb_at(text, end, vs, lex):
            continue
        words = [m.group(g) for g in range(1, last + 1)]
        if any(w in FUNCTION_WORDS or w in PRE_VERB_WORDS or w in lex.pronoun_info or
               lex.is_verb_form(w) or w.endswith(("ly", "ing", "ed")) or w + "s" in time_units()
               for w in words):
            return None
        start = m.start() + len(m.group()) - len(m.group().lstrip(" \t\u00a0"))
        kind = "group" if words[-1].endswith("s") and not words[-1].endswith("ss") else \
            "description"
        return Mention(start, end, text[start:end], kind)
    return None


# the quantifiers of a group that acts before a participle ("several environmental groups",
# "Some local parents"); junk_speakers keeps such a group as the clause's subject too
QUANTIFIERS = ("several", "some", "many", "other", "most", "both", "two", "three", "four", "five")
# a quantifier (its first letter in either case) and a plural noun
_QUANTIFIED = re.compile(r"[ \t\u00a0]*(?:%s)(?:[ \t\u00a0]+[a-z][a-z\-]*){1,3}s\b" % "|".join(
    f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in QUANTIFIERS))


def _quantified_group(text: str, pos: int, vs: int, lex: Lexicon) -> Optional[Mention]:
    """A quantified plural noun a past-tense verb follows ("In August, several environmental
    groups granted X a delay, saying"): the group the participle's clause is about."""
    m = _QUANTIFIED.match(text, pos, vs)
    if m is None or not past_verb_at(text, m.end(), vs, lex):
        return None
    words = text[pos:m.end()].split()[1:]
    if any(w in FUNCTION_WORDS or w in PRE_VERB_WORDS or w in lex.pronoun_info or
           lex.is_verb_form(w) or w.endswith(("ly", "ing", "ss")) for w in words):
        return None     # "Some of them", "Many also", "Two days later", "Some say"
    start = m.end() - len(text[pos:m.end()].lstrip(" \t\u00a0"))
    return Mention(start, m.end(), text[start:m.end()], "group")


# the last clause before the participle may be a subordinate one ("…, as Ann Ruiz echoed the
# criticism, saying"), and a place or group after its subject ("One aide inside the office")
_SUBORDINATE = re.compile(r"[ \t\u00a0]*(?:as|while|when|after|because|since|though|although)"
                          r"[ \t\u00a0]+")
_POSTMODIFIER = re.compile(r"[ \t\u00a0]+(?:inside|at|in|of|from|with|for|on)((?:[ \t\u00a0]+"
                           r"[\w\-\u2019']+){1,4})")
_WORD_END = re.compile(r"[\w\-\u2019']+")


def _postmodified_verb(text: str, pos: int, vs: int, lex: Lexicon) -> bool:
    """A preposition and up to four words after ``pos``, then a past or reporting verb."""
    post = _POSTMODIFIER.match(text, pos, vs)
    return post is not None and any(past_verb_at(text, w.end(), vs, lex) for w in
                                    _WORD_END.finditer(text, post.start(1), post.end(1)))


_LEAD_WORDS = re.compile(r"[ \t\u00a0]*(?:(?:And|But|Then|So|Yet|and|but|then|so|yet|also|later)"
                         r"[ \t\u00a0]+)+")


_PARTY_TAG_AT = re.compile(PARTY_TAG)


def _after_party_tag(text: str, pos: int, vs: int) -> int:
    """The offset after a party tag ("(R-Pa.)") at ``pos``; ``pos`` when there is none."""
    tag = _PARTY_TAG_AT.match(text, pos, vs)
    return tag.end() if tag else pos


def past_verb_at(text: str, pos: int, vs: int, lex: Lexicon) -> bool:
    """True when a lower-case past-tense or reporting verb follows ``pos``."""
    nxt = _NEXT_VERB.match(text, pos, vs)
    return nxt is not None and (nxt.group(1).endswith("ed") or nxt.group(1) in IRREGULAR_PAST
                                or lex.is_verb_form(nxt.group(1)))


# "Cannon again refused to …, saying": one adverb before the main clause's verb
_NEXT_VERB = re.compile(r"[ \t\u00a0]+(?:(?:again|also|then|later|repeatedly|immediately|quickly|"
                        r"once)[ \t\u00a0]+)?([a-z]+)\b")


# a clause's opening: the sentence start, a comma, semicolon or dash, or a subordinating word
_CLAUSE_OPEN = re.compile(r"(?:[,;\u2014\u2013]|--|(?<![\w\-])(?:where|as|when|while|and)"
                          r"(?![\w\-]))[ \t\u00a0]+")
# a count before a group noun: "about 50", "more than 200", "Hundreds of", "dozens of"
_COUNT = re.compile(r"(?:(?:[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost|[Rr]oughly|[Ss]ome|[Oo]ver|"
                    r"[Mm]ore[ \t\u00a0]+than|[Aa]t[ \t\u00a0]+least)[ \t\u00a0]+)?\d[\d,]*"
                    r"[ \t\u00a0]+|(?:[Hh]undreds|[Dd]ozens|[Tt]housands|[Ss]cores)[ \t\u00a0]+of"
                    r"[ \t\u00a0]+")


def crowd_subject(text: str, s0: int, vs: int, lex: Lexicon) -> Optional[Mention]:
    """The group whose clause a chanting or shouting participle ends ("Clinton spoke nearby,
    where about 50 protesters had gathered, chanting", "Hundreds of nurses marched, chanting"):
    the nearest clause before the participle opened by a group noun (a count may precede it)
    and a past-tense verb; a person named earlier in the sentence is not the crowd."""
    opens = [s0] + [m.end() for m in _CLAUSE_OPEN.finditer(text, s0, vs)]
    for p in reversed(opens):
        lead = _LEAD_WORDS.match(text, p, vs)
        p = lead.end() if lead else p
        count = _COUNT.match(text, p, vs)
        at = count.end() if count else p
        m = mention_after(text, at, lex, vs)
        if m is None or m.kind != "group" or m.start != at or PLACEHOLDER in text[p:m.end]:
            continue
        verb_at = m.end
        aux = _AUX.match(text, m.end, vs)
        if aux:
            verb_at = aux.end()
        if past_verb_at(text, verb_at, vs, lex):
            return Mention(p, m.end, text[p:m.end], "group") if count else m
    return None


_AUX = re.compile(r"[ \t\u00a0]+(?:had|have|were|are)(?=[ \t\u00a0])")
