"""Forget attributions to mentions that no source can be: a place ("a town hall in Dover said"),
a dateline or capitals subhead, a platform words were posted on ("wrote on Twitter"), a thing
standing before a participle ("a new video calling it") or capitalised adjectives before the noun
they modify ("Nine civic and Muslim groups urged"); the issuer of a statement or the owner
of a post speaks instead.

Split from :mod:`quotecheck.quotes.kinds` (what quote marks hold, what kind a speaker is): this
is the cleanup of wrong speakers after attribution, a responsibility of its own.
"""
from __future__ import annotations

import re

from quotecheck.quotes.clause_subjects import QUANTIFIERS, past_verb_at
from quotecheck.quotes.inscriptions import to_inscription
from quotecheck.quotes.mentions import mention_ending
from quotecheck.quotes.phrase_words import DETERMINERS


_AFTER_PLACE_WORD = re.compile(r"\b(?:in|at|near|across|outside|inside)[ \t\u00a0]+\Z")
_DATELINE_TAIL = re.compile(r"[ \t\u00a0]*(?:,|\(|[\u2014\u2013]|--)")
_NEXT_WORD = re.compile(r"[ \t\u00a0]+(?:and[ \t\u00a0]+[a-z]+[ \t\u00a0]+)?([a-z]+)\b")
# capitalised modifiers before such an adjective ("Central Asian", "Republican Jewish")
# modifiers that are not in attribution.toml [names] adjectives (which _adjective_name accepts
# too: "western", "american", ... are held there once)
_MODIFIERS = frozenset(("republican", "democratic", "central", "popular", "north", "south",
                        "east", "west", "conservative", "liberal", "progressive", "devout",
                        "orthodox", "black", "white", "young", "prominent", "leading"))


def _adjective_name(masked: str, m, lex) -> bool:
    """True for a "name" of capitalised adjectives before the noun they modify ("Muslim
    organizations", "Central Asian states", "Popular Christian and corporate speaker"); not
    "Mark Cuban" (a given name first) nor "Ruiz said"."""
    words = [w.lower() for w in m.text.split()]
    if words[-1] not in lex.name_adjectives or not all(
            w in _MODIFIERS or w in lex.name_adjectives or w.endswith(("-linked", "-born"))
            for w in words[:-1]):
        return False
    nxt = _NEXT_WORD.match(masked, m.end)
    return nxt is not None and not lex.is_verb_form(nxt.group(1)) and \
        not nxt.group(1).endswith(("ly", "ed")) and nxt.group(1) not in _NOT_NOUNS and \
        nxt.group(1).rstrip("s") not in lex.documents and \
        nxt.group(1).rstrip("s") not in TEXT_NOUNS  # "Chinese books … read": a text speaks


TEXT_NOUNS = frozenset(("book", "text", "scripture", "newspaper", "paper", "media", "tabloid"))
"""Texts and their carriers: a thing that is read, no person (also no he/she)."""
_NOT_NOUNS = frozenset(("also", "then", "now", "still", "later", "too", "has", "had", "is",
                        "was", "will", "would", "and", "or", "who", "of", "in", "at", "on"))
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z'\u2019\-]{2,}\b")


def junk_speaker(masked: str, att, lex) -> bool:
    """True for a mention no source can be: a place after "in"/"at" ("a town hall in Dover,
    Delaware, said"), a dateline or an all-capitals subhead word ("HALIFAX, May 3 —",
    "FLOODS CLOSE SCHOOLS IN …"), or a thing, not a person, standing before a participle or
    without a determiner ("a new video calling it", "same show", "effort")."""
    m = att.mention
    if m.kind == "name":
        if _AFTER_PLACE_WORD.search(masked, max(0, m.start - 10), m.start) or \
                posting_platform(masked, m, lex) or (m.text[-1:] == "." and " " not in m.text
                                                     and m.text[:-1].lower() in lex.place_names):
            return True     # "in Dover", "on Twitter", "Saint-Hyacinthe, Que.": no one
        if _adjective_name(masked, m, lex):
            return True         # "Muslim organizations", "many Jewish leaders": an adjective
        if m.text.isupper() and len(m.text) > 3:
            line0 = masked.rfind("\n", 0, m.start) + 1
            caps = len(_CAPS_WORD.findall(masked, max(line0, m.start - 40), m.end + 40))
            at_line_start = not masked[line0:m.start].strip()
            return caps >= 3 or (at_line_start and bool(_DATELINE_TAIL.match(masked, m.end)))
        return False
    if m.kind not in ("description", "group"):
        return False
    words = m.text.lower().split()
    head = words[-1]
    obj = _OBJECT_BEFORE.search(masked, max(0, m.start - 30), m.start) if \
        att.verb_start is None or m.end <= att.verb_start else None
    if obj is not None and (obj.group("inner") is None or _occasion(masked, m, obj, lex)
                            and _issuer(masked, att, lex) is not None):
        return True     # "she issued a note saying", "who had once described", "Trump in his
        #                 speech called"
    if [w for w in words if w not in _DETERMINERS][:1] == ["same"] or head.rstrip("-") == "so":
        return True     # "members of the same club, said"; "The so called “X”"
    if head in lex.public_bodies or any(w in lex.person_roles or w in lex.group_roles
                                        or w in lex.documents or w in ("one", "another")
                                        for w in words):
        return False
    verb = (att.verb or "").lower()
    if verb.endswith("ing") and _opens_acting_clause(masked, m, att, lex):
        return False    # "The diocese issued a statement, saying": the clause's subject acts
    return verb.endswith("ing") or words[0] not in _DETERMINERS and not head.endswith("s")


def _opens_acting_clause(masked: str, m, att, lex) -> bool:
    """True when the description opens its sentence (or line) with "the" and a past-tense
    verb follows it, before the participle: the main clause's subject, not a thing before
    the participle ("a new video calling it"). A quantified group ("several groups") may
    also follow an opening phrase's comma, and acts only before a participle after a comma."""
    first = m.text.split(None, 1)[0].lower()
    quantified = first in _QUANTIFIERS
    if att.verb_start is None or m.end >= att.verb_start or first != "the" and not quantified:
        return False
    before = masked[max(0, m.start - 3):m.start]
    opens = (m.start == 0 or before.strip() == "" and not before.endswith(" ") or
             before.rstrip().endswith((".", "!", "?", "\n")) or "\n" in before or
             quantified and before.rstrip().endswith(","))
    return opens and past_verb_at(masked, m.end, att.verb_start, lex) and (
        not quantified or masked[max(0, att.verb_start - 4):att.verb_start].rstrip()[-1:] == ",")


# "In May, several groups sued, saying": a quantified group after an opening phrase acts too,
# before a participle after a comma only ('Some outlets heard that one “…” even telling')
_QUANTIFIERS = frozenset(QUANTIFIERS)


# the descriptions' determiners ("“…,” says my two-year-old": a person) and quantifiers
_DETERMINERS = DETERMINERS | frozenset(("some", "many", "several", "two", "three", "most", "both"))
# a description right after a preposition or a verb is its object, no clause's subject
_OBJECT_BEFORE = re.compile(
    r"(?:(?<![\w\-])(?P<verb>issued|released|sent|posted|published|put[ \t\u00a0]+out|"
    r"sent[ \t\u00a0]+out|revised)|(?<![\w\-])(?:during|without|into|through|attending)"
    r"|(?:^|[,;]|\b(?:has|had|have|is|was|are|were))[ \t\u00a0]+in"
    r"|(?P<inner>(?<=[\w.)])[ \t\u00a0]+in))[ \t\u00a0]+"
    r"(?:(?:the|a|an|his|her|its|their|this|that)[ \t\u00a0]+)?\Z")


_ON_PLATFORM = re.compile(r"(?<![\w\-])(?:on|to|via|in|from|across)[ \t\u00a0]+(?:the[ \t\u00a0]+)?\Z")
_POST_NOUN = re.compile(r"[ \t\u00a0]+(?:post|posts|posting|page|account|feed|video|live|"
                        r"message|thread|story|stories|status|update|comment|broadcast)\b")
_POSSESSOR_BEFORE = re.compile(r"(?:[A-Z][\w.\-]*[ \t\u00a0]+){0,3}[A-Z][\w.\-]*(?:[\u2019']s?)"
                               r"[ \t\u00a0]+\Z")

_OWNER_END = re.compile(r"[\u2019']s?[ \t\u00a0]+\Z")


def posting_platform(masked: str, m, lex) -> bool:
    """True for a social platform named as where words were posted ("wrote on Twitter:",
    "took to Facebook", "Ruiz’s Facebook post"), not as a company that speaks."""
    words = m.text.lower().split()
    if not words or (words[-1] not in lex.platforms and " ".join(words[-2:]) not in lex.platforms):
        return False
    return bool(_ON_PLATFORM.search(masked, max(0, m.start - 12), m.start)
                or _POST_NOUN.match(masked, m.end)
                or _POSSESSOR_BEFORE.search(masked, max(0, m.start - 60), m.start))


def drop_junk_speakers(found: list, masked: str, lex) -> None:
    """Forget attributions to mentions that cannot be a source (see :func:`junk_speaker`), so
    the sentence's own subject or no one speaks instead; an inscription's words go to the
    thing (:func:`~quotecheck.quotes.inscriptions.to_inscription`)."""
    for f in found:
        if f.att is not None and not to_inscription(f, masked) and \
                junk_speaker(masked, f.att, lex):
            f.att, f.how = _issuer(masked, f.att, lex), ""


def _issuer(masked: str, att, lex):
    """'Ann Obi issued a statement saying …': the one who issued, released or sent the
    statement speaks through it; 'Obi’s Facebook post:' the post's owner (None when no such
    subject is found)."""
    m = att.mention
    if posting_platform(masked, m, lex):
        # "From Ruiz’s Facebook post: “…”": the post's owner speaks
        owner = _POSSESSOR_BEFORE.search(masked, max(0, m.start - 60), m.end - len(
            m.text.split()[-1]))
        who = owner and mention_ending(_OWNER_END.sub("", masked[:owner.end()]), 0, lex)
        return att._replace(mention=who, anchor=who.start) if who and who.kind == "name" \
            else None
    obj = _OBJECT_BEFORE.search(masked, max(0, m.start - 30), m.start)
    if obj is None or obj.group("verb") is None and (obj.group("inner") is None or m.kind not in (
            "description", "group") or not _occasion(masked, m, obj, lex)):
        return None     # "its capital in Terre Haute, called": a place, no occasion
    from quotecheck.quotes.subjects import subject_before

    line0 = masked.rfind("\n", 0, obj.start()) + 1
    # "Vane in her launch speech called …", "Ruiz said in a statement that": the one
    # before the occasion speaks
    at = obj.start("verb") if obj.group("verb") is not None else _word_before(masked, obj)
    who = subject_before(masked, at, lex, max(line0, obj.start() - 160))
    if obj.group("inner") is not None and who is not None and not _CLAUSE_START.search(
            masked, max(line0, who.start - 12), who.start) and who.start > line0:
        return None     # "told the mayor in a letter saying": the hearer, no subject
    if who is None or who.kind not in ("name", "pronoun", "description", "group"):
        return None
    new = att._replace(mention=who, anchor=who.start)
    return None if junk_speaker(masked, new, lex) else new


_OCCASIONS = frozenset(("speech", "interview", "remarks", "address", "testimony", "dissent",
                        "opinion", "blog", "op-ed", "column", "tweets", "posts", "video", "book",
                        "announcement"))
_CLAUSE_START = re.compile(r"(?:^|[,;:.!?(\"\u201c\u2018\u2014\u2013]|\b(?:when|while|as|and|but|after|"
                           r"because|that|then|so|where|though|although|since|if|But|And|When|"
                           r"While|As|After|Then|So))[ \t\u00a0]*\Z")


def _occasion(masked: str, m, obj, lex) -> bool:
    """A description after "in" that is the occasion or medium of a statement ("in his speech",
    "in a statement", "in a blog post"), right after a name, a pronoun or a reporting verb;
    not a place ("in the room"), a time ("in the past") or a manner ("in a firm voice")."""
    nxt = masked[m.end:m.end + 16].split()[:1]    # "in a celebratory tweet": the verb-like noun
    heads = (m.text.lower().split()[-1], nxt[0].lower() if nxt else "")
    if "," in m.text or not any(h in lex.documents or h in _OCCASIONS for h in heads):
        return False
    before = masked[max(0, obj.start() - 30):obj.start()].split()[-1:]
    w = before[0] if before else ""
    return bool(w) and (w[:1].isupper() and w.lower() not in lex.not_names or
                        w.lower() in lex.pronoun_info or lex.verb_lemma.get(
        w.lower(), ("", 0))[0] in ("say", "write", "add", "state", "tell", "note", "argue"))


def _word_before(masked: str, obj) -> int:
    """Where the subject search starts for "Ruiz in a statement": after the name ("Ruiz"), or
    before a reporting verb ("Ruiz said in a statement")."""
    w = masked[max(0, obj.start() - 30):obj.start()].split()[-1]
    return obj.start() if w[:1].isupper() else obj.start() - len(w)
