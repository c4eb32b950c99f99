"""Speakers for quoted fragments in the narrator's sentence ("Bo Sands has pushed his promise
of “free tuition”", "Ann Obi described the council as ''fairly chosen''"): with
no reporting verb tied to the fragment, its words belong to the sentence's subject, the
one the narrator is reporting on. Used by :mod:`quotecheck.quotes.extract`.
"""
from __future__ import annotations

import re
from typing import Optional

from quotecheck.quotes.attribution import Attribution
from quotecheck.quotes.inverted_mentions import mention_after
from quotecheck.quotes.junk_speakers import junk_speaker
from quotecheck.quotes.mentions import Mention, mention_ending
from quotecheck.quotes.phrase_words import IRREGULAR_PAST

_LEAD = re.compile(r"(?:[ \t\u00a0\"'\u201c\u2018(\[]|(?:But|And|Yet|So|Now|Still|Then|"
                   r"Instead|Meanwhile|Later|Earlier|Also|However|Indeed)\b,?)*")


def attribute_fragments(found: list, masked: str, sentences: list, resolver) -> None:
    """Give each partial quotation still without a speaker its sentence's subject, else the
    speaker of a quotation in the sentence before when its own sentence names no one
    ("… ,” he said. But that is not “properly chargeable.”")."""
    prev = None
    for f in found:
        if f.att is not None or f.kind != "partial":
            prev = f
            continue
        s0, s1 = sentences[f.sentence]
        limit = f.span.open_start
        if _joined_to(prev, f, masked, resolver.lex):
            f.att, f.how = prev.att, "joined-fragment"
            prev = f
            continue
        # an opening clause ("While ...", "As ..."): closed by a comma before the quotation,
        # its subject is no speaker (the main clause's is, after the opening phrase below);
        # "As Bo Vane puts it" (as_put) names the speaker inside the clause
        sub = _SUBORDINATE.match(masked, s0, limit)
        as_put = sub is not None and _AS_PUT.match(masked, sub.end(), limit) is not None
        opened = sub is not None and "," in masked[sub.end():limit] and not as_put
        att = _who_antecedent(masked, (s0, s1), limit, resolver) or \
            (None if opened or as_put else _subject_before(masked, (s0, s1), limit, resolver))
        if att is None:         # "While Sands calls the plan “a disgrace,” Vane ...": the
            if sub is not None and not opened:              # clause the fragment is in
                att = _subject_before(masked, (sub.end(), s1), limit, resolver)
        at = s0
        for _ in range(3):      # "On Thursday night as the candidates took the stage, Bo Vane
            if att is not None:  # opened with a call to “embrace” ...": after an opening phrase
                break
            intro = _INTRO.match(masked, at, limit)
            if intro is None:
                break
            at = intro.end()
            att = _subject_before(masked, (at, s1), limit, resolver)
        if att is None:
            att = _participle_subject(masked, (s0, s1), f.span, resolver)
        if att is None:
            att = _clause_subject_near(masked, (s0, s1), f.span, resolver)
        if att is None and prev is not None and prev.att is not None and \
                f.sentence - prev.sentence == 1 and _names_no_one(masked, s0, s1, resolver):
            f.att, f.how = prev.att, "previous-speaker"
        elif att is not None:
            f.att, f.how = att, "fragment-subject"
        prev = f


def _joined_to(prev, f, masked: str, lex) -> bool:
    """True when fragment ``f`` continues the attributed quotation ``prev`` of its sentence
    with no verb between, or only one that goes on with the same subject ('proclaimed that X
    “cannot come” but Y “can come easily”', 'called it “meritless” and “improper”', '“…” and
    waxed poetic about “…”'): the same speaker's words; not 'the claim about “Y” in Ohio is
    “true”', 'labeled “Z,” a doctor typed “W”', where a clause of its own holds the second."""
    if prev is None or prev.att is None or prev.sentence != f.sentence or not prev.partial:
        return False
    gap_start = prev.span.close_end if prev.span.close_end is not None else prev.span.end
    if f.span.open_start - gap_start > 150:
        return False
    words = _GAP_WORD.findall(masked, gap_start, f.span.open_start)
    first = next((k for k, w in enumerate(words) if w in _AUX or w in _BE or
                  w.endswith("ed") or w in IRREGULAR_PAST or lex.is_verb_form(w)), None)
    # no verb, or one that goes on with the same subject ("and waxed poetic about “…”")
    return first is None or all(w in _CONNECTIVES or w.endswith("ly") for w in words[:first])


_GAP_WORD = re.compile(r"(?<![\w\-])[A-Za-z]+(?![\w\-])")
_CONNECTIVES = frozenset(("and", "but", "or", "then", "also", "even", "yet", "so", "not", "still"))


_FIRST_WORD = re.compile(r"[\W\u2063]*(\w+)")
_CAPITAL_OR_PRONOUN = re.compile(r"(?<![\w\-\u2063])(?:[A-Z][a-z]|(?:he|she|they|I|we|it)\b)")


def _names_no_one(masked: str, s0: int, s1: int, resolver) -> bool:
    """True when the sentence's words outside quotes name no one and hold no pronoun
    (a capital after its first word, "he", "they" ...)."""
    first = _FIRST_WORD.match(masked, s0, s1)
    if first is None or first.group(1) in ("He", "She", "They", "I", "We", "It"):
        return first is None
    return _CAPITAL_OR_PRONOUN.search(masked, first.end(), s1) is None


def attribute_possessors(found: list, masked: str, sentences: list, lex) -> None:
    """Give a partial quotation with no speaker the owner of the claim, call or statement it
    is part of (see :func:`_possessor`); before kinds are set, so it is no scare quote."""
    for f in found:
        if f.att is None and f.partial:
            att = _possessor(masked, sentences[f.sentence][0], f.span.open_start, lex)
            if att is not None:
                f.att, f.how = att, "possessor"


_SPEECH_NOUN = re.compile(
    r"(?:[\w\-]+[ \t\u00a0]+){0,2}?(?:claim|statement|comment|remark|call|promise|pledge|vow|"
    r"answer|words|description|assertion|warning|charge|accusation|slogan|mantra|refrain|"
    r"argument|insistence|suggestion|declaration|appeal|plea|message|response|reply|tweet|"
    r"speech|letter|interview|threat|boast|joke|quip|criticism|attack|rhetoric|"
    r"characteri[sz]ation|prediction|demand|question|insult|line|retort|admission|denial)s?"
    r"(?![\w\-])")
# an apostrophe ("’s", "’") or "his", "her", "their" as a word, then spaces: what
# (?:[’']s?|\b(?:[Hh]is|[Hh]er|[Tt]heir))[ \t\u00a0]+ finds, opened by a class (see _SUBJECT_PRONOUN)
_POSSESSIVE_END = re.compile(r"[\u2019'HhTt](?:(?<=[\u2019'])s?|(?<!\w[Hh])(?<=[Hh])(?:is|er)|"
                             r"(?<!\w[Tt])(?<=[Tt])heir)[ \t\u00a0]+")


def _possessor(masked: str, s0: int, limit: int, lex) -> Optional[Attribution]:
    """'Sands's call for a “revolution”', 'his statement on Wednesday that “…”': the one whose
    claim, call or statement the quoted words are (the last such phrase of the clause)."""
    found = None
    for m in _POSSESSIVE_END.finditer(masked, max(s0, limit - 160), limit):
        noun = _SPEECH_NOUN.match(masked, m.end(), limit)
        if noun is None or re.search(r"[.;:!?\u2063]", masked[noun.end():limit]) or \
                limit - noun.end() > 80:
            continue
        if _CHARACTERISED.search(masked, noun.end(), limit):
            found = None    # "played down Ruiz's comments as “…”": said of them, not in them
            continue
        said = _PARTICIPLE_AFTER.search(masked, noun.end(), limit)
        if said is not None and lex.is_verb_form(said.group(1)) and masked[s0:m.start()].strip():
            found = None    # "tried to play down Ruiz's remarks, saying they were “…”": the
            continue        # participle's words are the subject's, said about the remarks
        if m.group().lstrip()[:1] in "\u2019'":
            mention = mention_ending(masked[:m.start()], 0, lex)
            if mention is None or mention.start < s0 or mention.kind == "pronoun":
                continue
        else:
            a = m.start() + (len(m.group()) - len(m.group().lstrip()))
            word = m.group().split()[0]
            mention = Mention(a, a + len(word), word, "pronoun")
        verb = _VERB_BEFORE.search(masked, max(s0, mention.start - 40), mention.start)
        if verb is not None and lex.is_verb_form(verb.group(1)):
            found = None    # "who called Ruiz's remarks “toxic”": the caller's words about them
            continue
        found = Attribution.without_verb(mention)
    return found


# ", saying", ", shouting that": a participle clause after the possessed noun
_PARTICIPLE_AFTER = re.compile(r",[ \t\u00a0]*([a-z]+ing)(?![\w\-])")
_CHARACTERISED = re.compile(r"(?<![\w\-])as(?:[ \t\u00a0]+(?:an?|the))?[ \t\u00a0]*[\"'\u201c\u2018]*\Z")


def attribute_subordinate_subjects(found: list, masked: str, sentences: list, resolver) -> None:
    """'…, and as Vane went on about “…” and “…,” Ruiz said yes': partial quotations talked
    about in a clause opened by as/while/when with its own acting subject are that subject's
    words, not those of a reporting verb outside the clause (before it, or the main clause's
    after it)."""
    for f in found:
        if not f.partial or f.att is None or f.how not in ("before", "after", "later"):
            continue
        s0, s1 = sentences[f.sentence]
        opener = None
        for opener in _CLAUSE_OPENER.finditer(masked, max(s0, f.span.open_start - 120),
                                              f.span.open_start):
            pass
        if opener is None or _CLAUSE_END.search(masked, opener.end(), f.span.open_start) or \
                not _TALK_ABOUT.search(masked, opener.end(), f.span.start):
            continue        # only talk about the quoted words: "as Vane went on about “…”"
        vs = f.att.verb_start if f.att.verb_start is not None else f.att.anchor
        if opener.start() <= vs < f.span.open_start:
            continue        # the reporting verb is the clause's own: "as Vane said, “…”"
        att = _subject_before(masked, (opener.end(), s1), f.span.open_start, resolver)
        if att is not None and att.mention.kind in ("name", "pronoun"):
            f.att, f.how = att, "clause-subject"


# "…, and as Vane", "; while she": a subordinate clause opening after a clause boundary
_CLAUSE_OPENER = re.compile(r"(?:[,;\u2014\u2013][ \t\u00a0]+(?:and[ \t\u00a0]+|but[ \t\u00a0]+)?)"
                            r"(?:as|while|when|whereas)[ \t\u00a0]+")
_TALK_ABOUT = re.compile(r"[a-z][ \t\u00a0]+(?:about|of)[ \t\u00a0]+[\"\u201c]")
_CLAUSE_END = re.compile(r"[;:.!?]|,(?![ \t\u00a0]*(?:and|or)?[ \t\u00a0]*[\"\u201c])")


_SUBORDINATE = re.compile(r"[ \t\u00a0\"'\u201c\u2018(\[]*(?:While|As|When|After|Although|"
                          r"Though|Because|Since|Whereas|Before|Once|Until|Even as|Even though)"
                          r"[ \t\u00a0]+")
_AS_PUT = re.compile(r"[^,\n]{2,80}?[ \t\u00a0](?:puts?|said|says|noted|notes|wrote|writes|told|"
                     r"explained|observed|argued|argues)(?:[ \t\u00a0]+it)?(?=[ \t\u00a0,])")
_IN_SENTENCE = ("after", "before", "later", "punctuation", "continued", "colon-subject", "credit")
_VERB_BEFORE = re.compile(r"([A-Za-z]+)[ \t\u00a0]*[,:]?[ \t\u00a0]*\Z")
_LOCATIVE = re.compile(r"\b(?:in|at|from|near|to)[ \t\u00a0]+\Z")
_INTRO = re.compile(r"[^,\n]{2,120},[ \t\u00a0]*")


def attribute_after_verb(found: list, masked: str, sentences: list, resolver) -> None:
    """'Mrs. Dora Clint shook her head and said, “No.”', 'Here in Dover, Sands stepped up
    his emphasis, saying, “…”': a quotation right after a reporting verb whose subject the
    sentence parse missed belongs to the sentence's subject, not to a neighbouring speaker."""
    for f in found:
        if f.partial or (f.att is not None and f.how in _IN_SENTENCE
                         and not _LOCATIVE.search(masked, max(0, f.att.mention.start - 8),
                                                  f.att.mention.start)):
            continue
        s0, s1 = sentences[f.sentence]
        verb = _VERB_BEFORE.search(masked, max(s0, f.span.open_start - 30), f.span.open_start)
        if verb is None or not resolver.lex.is_verb_form(verb.group(1)):
            continue
        att = _subject_before(masked, (s0, s1), verb.start(), resolver, False)
        intro = _INTRO.match(masked, s0, verb.start())
        if (att is None or att.mention.kind == "name" and masked[att.mention.end] == ",") \
                and intro:
            att = _subject_before(masked, (intro.end(), s1), verb.start(), resolver, False)
        if att is not None:
            vs, ve = verb.span(1)
            f.att = Attribution(att.mention, masked[vs:ve], vs, ve, vs, 1)
            f.how = "verb-subject"


# (?:[,;:\u2014\u2013]|[\u201d"](?!\w)|[ \t\u00a0]-{1,2}(?=[ \t\u00a0])|\b(?:that|and|but|as|when|
# while|because))[ \t\u00a0]+ opened by the class of every branch's first character (the
# branches' first characters differ): re skips to a candidate in C instead of trying the \b
# branch at every offset; the look-behinds tell which branch the character opens
# the branches after the class: a punctuation mark or a closing quotation mark; a conjunction
_BOUNDARY_MARKS = r"(?<=[,;:\u2014\u2013])|(?<=[\u201d\"])(?!\w)"
_BOUNDARY_CONJ = (r"|(?<!\w[tabw])(?:(?<=t)hat|(?<=a)(?:nd|s)|(?<=b)(?:ut|ecause)"
                  r"|(?<=w)h(?:en|ile))")
_BOUNDARY = re.compile(r"[,;:\u2014\u2013\u201d\" \t\u00a0tabw](?:" + _BOUNDARY_MARKS
                       + r"|(?<=[ \t\u00a0])-{1,2}(?=[ \t\u00a0])" + _BOUNDARY_CONJ
                       + r")[ \t\u00a0]+")
# the same without the spaced-dash branch, whose space made every space a candidate: used on a
# range holding no space before a dash (most), 2.5x faster
_BOUNDARY_NO_DASH = re.compile(r"[,;:\u2014\u2013\u201d\"tabw](?:" + _BOUNDARY_MARKS
                               + _BOUNDARY_CONJ + r")[ \t\u00a0]+")


def _boundaries(masked: str, pos: int, endpos: int):
    """``_BOUNDARY.finditer(masked, pos, endpos)``, without the dash branch where no space,
    tab or no-break space before a dash lies in the range (the branch's match holds both)."""
    dash = (masked.find(" -", pos, endpos) >= 0 or masked.find("\t-", pos, endpos) >= 0
            or masked.find("\u00a0-", pos, endpos) >= 0)
    return (_BOUNDARY if dash else _BOUNDARY_NO_DASH).finditer(masked, pos, endpos)


def _clause_subject_near(masked: str, sentence: tuple, span, resolver) -> Optional[Attribution]:
    """'From his “vulgar” speech to his call for a “force,” Will described Trump as a “…”',
    'Two analysts, Ana Obi and Bo Vane, found that the army is “the best”', 'Noting that the
    plan “costs too much,” though, Obi did back it': the subject of the first clause
    before the fragment (after a comma, dash, quote or 'that'), else of the clause right
    after it."""
    s0, s1 = sentence
    limit = span.open_start
    for b in _boundaries(masked, s0, limit):
        att = _subject_before(masked, (b.end(), s1), limit, resolver)
        if att is not None:
            return att
    close = span.close_end if span.close_end is not None else span.end
    after = _BOUNDARY.search(masked, close, min(s1, close + 30))
    if after is not None:
        att = _subject_before(masked, (after.end(), s1), s1, resolver)
        if att is not None and att.mention.kind != "pronoun":
            return att
    return None


_PARTICIPLE = re.compile(r"[a-z]+ing[ \t\u00a0]")


def _participle_subject(masked: str, sentence: tuple, span, resolver) -> Optional[Attribution]:
    """'After saying her knee was “so sore …,” she was rushed to hospital': a fragment in an
    opening participle clause is the words of the main clause's subject (even a passive one)."""
    s0, s1 = sentence
    sub = _SUBORDINATE.match(masked, s0, span.open_start)
    if sub is None or not _PARTICIPLE.match(masked, sub.end()) or \
            "," in masked[sub.end():span.open_start]:
        return None
    close = span.close_end if span.close_end is not None else span.end
    # the clause ends at the quote (its comma inside the marks) or at the next comma
    for after in (_MAIN_RIGHT_AFTER.match(masked, close, s1), _MAIN_AFTER.match(masked, close, s1)):
        att = _subject_before(masked, (after.end(), s1), s1, resolver, False) if after else None
        if att is not None and att.mention.kind in ("name", "pronoun"):
            return att
    return None


_MAIN_RIGHT_AFTER = re.compile(r"[ \t\u00a0]+")
_MAIN_AFTER = re.compile(r"[^,\n]{0,80}?,[ \t\u00a0]*")


_WHO = re.compile(r",[ \t\u00a0]+who[ \t\u00a0]+[^,;:\n]{2,90}\Z")


def _who_antecedent(masked: str, sentence: tuple, limit: int, resolver) -> Optional[Attribution]:
    """'Tom Rudd, who has called the pact “a disgrace”': the person the who-clause is about."""
    s0, _ = sentence
    m = _WHO.search(masked, max(s0, limit - 100), limit)
    if m is None:
        return None
    mention = mention_ending(masked[:m.start()], 0, resolver.lex) if m.start() > s0 else None
    if mention is None or mention.start < s0 or mention.kind == "pronoun":
        return None
    return Attribution.without_verb(mention)


def _subject_before(masked: str, sentence: tuple, limit: int, resolver,
                    acting: bool = True) -> Optional[Attribution]:
    """The mention opening the sentence (after "But", "And" ...) when it ends before the
    quote: a name, a pronoun or a description of a person or group."""
    s0, s1 = sentence
    lead = _LEAD.match(masked, s0, limit)
    at = lead.end() if lead else s0
    mention = mention_after(masked, at, resolver.lex, min(s1, limit))
    if mention is None or mention.end > limit or \
            mention.start - at > 3 and not _role_words(masked, at, mention.start, resolver.lex):
        return None
    if mention.kind == "pronoun" and mention.text.lower() in ("it", "this", "that"):
        return None
    if _PARTICIPLE.match(mention.text) and resolver.lex.is_verb_form(mention.text.split()[0]):
        return None     # "…, saying Ruiz should “…”": Ruiz is the reported clause's subject
    if acting and not _acts(masked, mention.end, limit, resolver.lex):
        return None
    att = Attribution.without_verb(mention)
    return None if junk_speaker(masked, att, resolver.lex) else att


_ROLE_LEAD = re.compile(r"[ \t\u00a0]*(?:[A-Za-z][a-z\-]*[ \t\u00a0]+){1,4}\Z")


def _role_words(masked: str, at: int, start: int, lex) -> bool:
    """True when only a role and its modifiers stand before a name the mention finder kept
    apart ("Republican presidential candidate Ted Vane took to …"): the role opens the subject."""
    lead = _ROLE_LEAD.match(masked, at, start)
    words = masked[at:start].split()
    return lead is not None and words[-1].lower() in lex.titles and not any(
        lex.is_verb_form(w.lower()) for w in words)


_AUX = frozenset(("has", "had", "have", "is", "was", "were", "are", "will", "would", "could",
                  "can", "may", "might", "did", "does", "do", "should", "must"))
_SKIP = frozenset(("also", "then", "later", "still", "again", "even", "once", "often", "never",
                   "already", "just", "now", "repeatedly", "recently", "previously"))
_BE = frozenset(("is", "was", "were", "are", "been", "being", "be"))
_NEXT_HEAD = r"(?:[ \t\u00a0]+of[ \t\u00a0]+[a-z]+(?=[ \t\u00a0]+[a-z]))?(?:[ \t\u00a0]*\([^()\n]{1,30}\))?"
_NEXT_TAIL = r"[ \t\u00a0]+([a-z]+)(?:[ \t\u00a0]+([a-z]+))?(?:[ \t\u00a0]+([a-z]+))?"
# the words after a mention, past nothing, one to three comma asides ("Jo Rae, 45, a nurse,",
# "Clinton, who spoke first,") or one dash aside ("Gingrich — named by X as a pick —"):
# each is tried, shortest first, since the first verb may follow any of them
_NEXT_WORDS = tuple(re.compile(_NEXT_HEAD + aside + _NEXT_TAIL) for aside in (
    "", r"[ \t\u00a0]*,[^,\n]{1,80},", r"[ \t\u00a0]*(?:,[^,\n]{1,80}){2},",
    r"[ \t\u00a0]*(?:,[^,\n]{1,80}){3},",
    r"[ \t\u00a0]*[\u2014\u2013][^\u2014\u2013\n]{1,100}[\u2014\u2013]"))


def _acts(masked: str, end: int, limit: int, lex) -> bool:
    """True when the mention is the subject of an active verb ("Bo Sands has pushed", "Ann Obi
    described", "Ann Obi, who spoke first, did not"), not a noun phrase's first word
    ("Independent media") or a passive's target ("outlets are being targeted with")."""
    for pattern in _NEXT_WORDS:
        m = pattern.match(masked, end, limit)
        if m is not None and _verb_words([w for w in m.groups() if w], lex):
            return True
    return False


def _verb_words(words: list, lex) -> bool:
    """True when ``words`` (up to three after a mention) open with an active verb."""
    while len(words) > 1 and words[0] in _SKIP:
        words = words[1:]
    first = words[0]
    if first in _AUX:
        rest = [w for w in words[1:] if w not in ("not", "also", "being", "been", "repeatedly")]
        return not (first in _BE or "been" in words or "being" in words) or not rest \
            or not rest[0].endswith("ed")
    return lex.is_verb_form(first) or first.endswith("ed") or first in IRREGULAR_PAST or (
        first.endswith("s") and not first.endswith("ss") and first not in _S_NOT_VERBS)


# words ending in "s" that are no third-person verb ("Queens, …, as Italians, the …")
_S_NOT_VERBS = frozenset(("as", "his", "this", "its", "us", "thus", "plus", "yes", "perhaps",
                          "whereas", "across", "unless", "besides", "always", "sometimes"))

