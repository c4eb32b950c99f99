"""Speakers that no subject before the verb gives: the object of a causative verb before an
infinitive ("a loss that led Ann Roe to declare that …": Roe declares), the agent of a
labelling verb after its quotation ("called “a blank cheque” by Sen. Roe", "as described
by Roe") and the owner of the words after "according to" ("according to X's latest “…”").
Used by :mod:`quotecheck.quotes.attribution` (issue 12)."""
from __future__ import annotations

import re
from typing import Optional

from quotecheck.quotes.attribution_words import PLACEHOLDER, Lexicon
from quotecheck.quotes.inverted_mentions import mention_after
from quotecheck.quotes.mentions import Mention
from quotecheck.quotes.subjects import subject_before

_S = r"[ \t\u00a0]+"
# a causative verb, its object, then "to" before the speech verb
_CAUSED_TO = re.compile(r"(?<![\w\-])(?:led|leads|leading|prompted|prompts|prompting|forced|"
                        r"forces|forcing|caused|causes|causing|spurred|spurs|spurring|pushed|"
                        r"pushes|pushing|inspired|inspires|inspiring|compelled|compels|"
                        r"compelling|moved|moves|moving)" + _S + r"(?=\S)(?!to\b)"
                        r"([^,;:\u2063\n]{1,80}?)" + _S + r"to" + _S + r"\Z")


def caused_speaker(text: str, s0: int, vs: int, lex: Lexicon) -> Optional[Mention]:
    """The object of a causative verb right before "to" and the speech verb at ``vs`` ("which
    led Senator Ray Quill to declare", "prompting her to warn"), else None."""
    if not text.startswith("to", vs - 3):
        return None
    lo = max(s0, vs - 110)
    m = _CAUSED_TO.search(text, lo, vs)
    if m is None:
        return None
    mention = subject_before(text, m.end(1), lex, m.start(1))
    if mention is None or mention.start < m.start(1) or mention.end != m.end(1):
        return None
    lead = text[m.start(1):mention.start].strip(" \t\u00a0")
    if mention.kind == "name":      # "the analyst Mark Dorn", "NPR's Ann Lee"; not "X and Y"
        role = _ROLE_OF.fullmatch(lead)
        if role is not None and role.group(1).lower() in lex.person_roles:
            at = m.start(1) + role.start(1)     # "the mayor of San Juan": the mayor
            return Mention(at, mention.end, text[at:mention.end], "description")
        return None if _NOT_APPOSED.search(lead) else mention
    if mention.kind == "pronoun":
        return mention
    head = mention.text.split(" of ", 1)[0].rsplit(None, 1)[-1].lower()   # "mayor of X"
    if lead in ("", "the", "The") and (head in lex.person_roles or head in lex.group_roles):
        return mention              # "prompting the mayor to warn"; not "led a drive to deny"
    return None


_ROLE_OF = re.compile(r"(?:[Tt]he[ \t\u00a0]+)?([a-z]+)[ \t\u00a0]+of(?:[ \t\u00a0]+the)?")
# a name after these words in the causative's object is no apposition of one person
_NOT_APPOSED = re.compile(r"(?:^|\s)(?:of|and|or|for|from|at|in)(?:\s|$)|,")


_BY = _S + r"by(?=[ \t\u00a0])"
# after a labelling verb: its quotation, then "by" and the agent ("was called “…” by X",
# "labelled as a “…”, by X")
_LABEL_BY = re.compile(_S + r"(?:as" + _S + r")?(?:(?:an?|the)" + _S + r")?"
                       r"[\"'\u201c\u2018\u00ab]?" + PLACEHOLDER + r"+[,\"'\u201d\u2019\u00bb]{0,3}" + _BY)
# "as described by X": the agent right after the participle
_AS_BY = re.compile(_BY)
_LABEL_LEMMAS = frozenset(("call", "dub", "term", "label", "brand", "describe"))
# a reduced relative after a comma ("the inquiry, often labelled “…” by X")
_REDUCED = re.compile(r",(?:[ \t\u00a0]+(?:often|sometimes|widely|long|once|also|later|[a-z]+ly))?\Z")
# "…, as described by X": "as" before the participle, its agent after it
_AS_BEFORE = re.compile(r"(?:^|[\s,\u2014\u2013(])as\Z")


def label_agent(text: str, ve: int, s1: int, form: str, lex: Lexicon, before: str,
                passive: bool) -> Optional[Mention]:
    """The agent of a passive labelling verb after its quotation ("dubbed “…” by Ann Roe") or
    of "as described by X" (no quotation between), else None; ``passive``: a form of "be"
    before the verb."""
    if lex.verb_lemma.get(form, ("", 0))[0] not in _LABEL_LEMMAS or not form.endswith("ed"):
        return None
    agent = _LABEL_BY.match(text, ve, s1) if passive or _REDUCED.search(before[-24:]) else None
    if agent is None and _AS_BEFORE.search(before[-4:]):
        agent = _AS_BY.match(text, ve, s1)
    if agent is None:
        return None
    mention = mention_after(text, agent.end(), lex, s1)
    if mention is None or mention.kind == "pronoun" and mention.text.lower() in ("it", "them"):
        return None
    return mention


# "according to X's (latest|annual …) “…”": the possessor, the possessed words in marks right after
_POSSESSED = re.compile(r"[ \t\u00a0]+((?:(?:an?|the|The|A|An)[ \t\u00a0]+)?[\w.\-]+(?:[ \t\u00a0]+"
                        r"[\w.\-]+){0,4}?)[\u2019']s(?:[ \t\u00a0]+[a-z][\w\-]*){0,2}[ \t\u00a0]+"
                        r"[\"'\u201c\u2018\u00ab]?" + PLACEHOLDER)


def possessor_after(text: str, pos: int, lex: Lexicon) -> Optional[Mention]:
    """The owner of the quoted words after "according to" at ``pos`` ("according to a
    Michigan school's latest “…”"), else None."""
    m = _POSSESSED.match(text, pos, pos + 120)
    if m is None:
        return None
    mention = subject_before(text, m.end(1), lex, m.start(1))
    return mention if mention is not None and mention.end == m.end(1) else None
