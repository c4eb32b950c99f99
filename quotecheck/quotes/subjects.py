"""Find the speaker mention a reporting verb governs: the subject before it ("Ana Ruiz, a
partner at X, said"), the clause subject before a participle, the name right after a quote,
or a generic subject ("The farmers said").

Works on masked sentences (quoted words are :data:`PLACEHOLDER`); used by
:mod:`quotecheck.quotes.attribution` and the pronoun and kind stages.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from quotecheck.quotes.adverbs import strip_adverbs
from quotecheck.quotes.attribution_words import PLACEHOLDER, UP, Lexicon
from quotecheck.quotes.inverted_mentions import mention_after
from quotecheck.quotes.mentions import RELATIVE_CLAUSE_TAIL, Mention, mention_ending
from quotecheck.quotes.phrase_words import PARTY_NOUNS
from quotecheck.resources.ruledata import load_data

OPENERS = " \t\u00a0\"'\u201c\u2018\u00ab\u201e([\u2014\u2013-"


_ASKED: tuple = (None, {})
"""The text :func:`subject_before` was last asked about, and its answers by (pos, floor, lex)."""


def subject_before(text: str, pos: int, lex: Lexicon, floor: int = 0) -> Optional[Mention]:
    """The mention that ends just before ``pos`` (skipping adverbs and one comma apposition),
    read from no further back than ``floor``. The answers for the text last asked about are
    kept: the attribution, pronoun and fragment stages ask again for one verb (a sixth of the
    calls on the seeds), some with another floor where it makes no difference (no text before
    ``pos - 320`` is read). A mention is a tuple, never changed by a caller."""
    global _ASKED
    asked = _ASKED
    if asked[0] is not text:
        asked = _ASKED = (text, {})     # one tuple: a thread never files one text's answer
    floor = max(floor, pos - 320)       # under another's
    key = (pos, floor, lex)
    answers = asked[1]
    if key not in answers:
        answers[key] = _subject_before(text, pos, lex, floor)
    return answers[key]


def _subject_before(text: str, pos: int, lex: Lexicon, floor: int) -> Optional[Mention]:
    lo = max(floor, pos - 160)
    pre = strip_adverbs(text[lo:pos])   # again only when a party tag goes (else the same)
    pre = strip_adverbs(_drop_party_tag(pre)) if pre.endswith((")", "),")) else pre
    if pre.endswith(_DASHES):     # an aside between dashes may be long: a wider window
        lo = max(floor, pos - 320)
        pre, aside = _drop_dash_aside(strip_adverbs(text[lo:pos]))
        named = mention_after(text, lo + aside, lex, pos) if aside > 0 else None
        if named is not None and named.kind == "name" and \
                text.startswith((",", "-", "\u2014", "\u2013"), named.end):
            head = mention_ending(pre[:-1], lo, lex, True)   # "A former candidate -- Ann
            if head is not None and head.kind == "description":  # Roe, who lost in 2008 --"
                return named
    if not pre.endswith(","):
        last = mention_ending(pre, lo, lex, True)
        if last is not None and last.kind in ("name", "pronoun"):
            return last     # "Another lawmaker who is wavering is Sen. Ann Roe, who said";
            # "the congressman who gained fame when he yelled": he
        return _before_relative(pre, lo, lex) or last
    # "Erica Marat, a professor at ..., told" / "The shadow secretary, Angela Rayner, said"
    inner = _drop_title_list(_drop_place_tail(pre[:-1].rstrip(" \t\u00a0"), lex))
    comma = inner.rfind(",")
    if comma > 0 and _AND_ROLE.match(inner, comma + 1):
        # "Will Young, a mechanic in Kansas City, Mo., and an organizer at X, said": a second
        # role in apposition; the first (and its place tail) goes the usual way
        inner = _drop_place_tail(inner[:comma].rstrip(" \t\u00a0"), lex)
    rel = _relative_tail(inner)
    while rel is not None and rel.start() > 0:
        # "Ellen Park, a partner at X, which led the round, said": skip the nested clause;
        # "One engineer who was let go, and who asked ..., said": both of them
        inner = _drop_party_tag(inner[:rel.start()].rstrip(" \t\u00a0"))
        rel = _relative_tail(inner)
    nested = None
    for nested in _COMMA_RELATIVE.finditer(inner):
        pass
    if rel is None and nested is not None and nested.start() > 0:
        # "Tom Vane, whose company, Vane Holdings, built it, said": a relative clause with
        # commas of its own runs to the verb; its nouns are no speaker, the noun before it is
        inner = inner[:nested.start()].rstrip(" \t\u00a0")
    appos = mention_ending(inner, lo, lex, True)
    comma = inner.rfind(",")
    if comma > 0 and _PARTICIPLE_APPOS.match(inner, comma + 1):
        # "The letters, seen by the Courier, say" / "The lawsuit, filed in X Court, alleges":
        # the participial phrase's agent or place is no speaker; the noun before it is
        head = mention_ending(inner[:comma].rstrip(" \t\u00a0"), lo, lex, True)
        return head if head is not None and head.kind != "pronoun" else None
    if comma > 0 and len(inner) - comma < 120 and PLACEHOLDER not in inner[comma:]:
        head = mention_ending(_drop_comma_party_tag(inner[:comma].rstrip(" \t\u00a0")), lo,
                              lex, True)
        if head is not None and appos is not None and appos.kind == "name" and \
                _GOVERNED.search(text, max(lo, head.start - 12), head.start):
            return appos        # "Of Carson, Levine, who backs Rubio, said": Levine
        if head is not None and head.kind == "description" and _ARTICLE.match(inner, comma + 1):
            # "Ada Roy, the trade minister of X, a founding member of the Y, said": two
            # descriptions in apposition; the name before them speaks, not the Y of the last
            comma2 = inner.rfind(",", 0, comma)
            if comma2 > 0 and not inner[comma2 + 1:head.start - lo].strip(" \t\u00a0"):
                name = mention_ending(inner[:comma2].rstrip(" \t\u00a0"), lo, lex, False)
                if name is not None and name.kind == "name":
                    return name
        if head is not None and head.kind == "name" and appos is not None and \
                appos.kind == "name" and appos.start > head.end and \
                head.text.rsplit(None, 1)[-1].lower() in PARTY_NOUNS and \
                _INDEFINITE_BEFORE.search(text, max(lo, head.start - 40), head.start):
            return appos        # "One red-state Democrat, Sen. Ann Roe, said": a party noun
        if head is not None and (head.kind == "name" or appos is None or appos.kind != "name"):
            return head
        # "Jones, 45, a retired teacher from Hamilton, said": a name two commas back; so in
        # "Jones, 45, of Flint, said", where the name after the last comma is her town
        comma2 = inner.rfind(",", 0, comma)
        if comma2 > 0 and comma - comma2 < 30 and (appos is None or appos.kind != "name" or
                                                    _ORIGIN.match(inner, comma + 1)):
            name = mention_ending(inner[:comma2].rstrip(" \t\u00a0"), lo, lex, False)
            if name is not None and name.kind == "name":
                return name
    if appos is not None and appos.kind in ("name", "description"):
        return appos
    return None


# "Minister of Fisheries, Oceans and Coastal Affairs": the last items of a department's
# name listed after "of" or "for" (capitalised words, any script's capitals as in names; the
# last pair joined by "and" or "&")
_CAP_WORD = UP + r"[\w\-\u2019']*"
_CAP_WORDS = _CAP_WORD + r"(?:[ \t\u00a0]+" + _CAP_WORD + r")*\Z"
_LIST_END = re.compile(r",[ \t\u00a0]*(?:" + _CAP_WORD + r"[ \t\u00a0]+)*?(?:and|&)[ \t\u00a0]+"
                       + _CAP_WORDS)
_LIST_ITEM = re.compile(r",[ \t\u00a0]*" + _CAP_WORDS)
_OF_ITEM = re.compile(r"\b(?:of|for)[ \t\u00a0]+" + _CAP_WORDS)
_LIST_AND = re.compile(r"[ \t\u00a0](?:and|&)[ \t\u00a0]")


def _drop_title_list(inner: str) -> str:
    """``inner`` without the list that ends a title after "of"/"for" ("Tom Reyes, Minister of
    Fisheries, Oceans and Coastal Affairs" -> "Tom Reyes, Minister of Fisheries"): its commas
    are no apposition's, and a list item ('Fisheries') is no speaker."""
    if _LIST_AND.search(inner, max(0, len(inner) - 80)) is None:
        return inner
    m = _LIST_END.search(inner, max(0, inner.rfind(",")))
    if m is None:
        return inner
    head = inner[:m.start()]
    while _OF_ITEM.search(head, max(0, len(head) - 60)) is None:
        item = _LIST_ITEM.search(head, max(0, head.rfind(",")))
        if item is None:
            return inner
        head = head[:item.start()]
    return head


_DASHES = ("--", "\u2014", "\u2013")


def _drop_dash_aside(pre: str) -> tuple[str, int]:
    """``pre`` ending in an aside between dashes ("John Dickey, the chief of X -- the firm
    that owns the show --" told) with the aside cut and a comma in its place, so that the
    subject before it is read as before an apposition's comma, and where the aside starts
    in ``pre``; else ``pre`` as it is and -1."""
    inner = pre.rstrip("-\u2014\u2013").rstrip(" \t\u00a0")
    k = max(inner.rfind(" --"), inner.rfind("\u2014"), inner.rfind(" \u2013"))
    if k <= 0 or PLACEHOLDER in inner[k:]:
        return pre, -1
    head = inner[:k].rstrip(" \t\u00a0")
    after = k + (3 if inner.startswith(" --", k) else 2 if inner[k] == " " else 1)
    if not head[-1:].isalnum() or head.rsplit(None, 1)[-1] in ("which", "who", "that"):
        return pre, -1      # "her ad, which — as Ann Roe noted — promises": no subject here
    return head + ",", after


_AND_ROLE = re.compile(r"[ \t\u00a0]*and[ \t\u00a0]+an?[ \t\u00a0]+[a-z]")
_ORIGIN = re.compile(r"[ \t\u00a0]*(?:of|from)[ \t\u00a0]+[A-Z]")
_ARTICLE = re.compile(r"[ \t\u00a0]*(?:an?|the)[ \t\u00a0]+[a-z]")
# "A Texas Democrat, ...", "One red-state Republican, ...": an indefinite article before a
# party noun makes it a description, whose apposition names the speaker
_INDEFINITE_BEFORE = re.compile(r"(?<![\w\-])(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t\u00a0]+"
                                r"(?:[a-z][\w\-]*[ \t\u00a0]+){0,2}\Z")
_GOVERNED = re.compile(r"\b(?:[Oo]f|[Oo]n|[Aa]bout|[Tt]o|[Ff]or|[Ww]ith|[Aa]gainst|[Ll]ike|[Uu]nlike|"
                       r"[Aa]s for)[ \t\u00a0]+\Z")


# "Gov. Ida Marsh (R-OK) said", "Sen. Al Rook (D-R.I.), said": a party and state tag
PARTY_TAG = r"[ \t\u00a0]*\([A-Z][\w.\- ]{0,18}\)"     # a party tag: " (R-Pa.)"
_PARTY_TAG = re.compile(r"(?<=\w)%s,?\Z" % PARTY_TAG)
# "Sen. Dana Holt, D-Mich., a member of ...": the AP style tag between commas
_COMMA_PARTY_TAG = re.compile(r"(?<=\w),[ \t\u00a0]*[DRI]-[A-Z][A-Za-z.]{1,14}\Z")


def _drop_party_tag(pre: str) -> str:
    """``pre`` without a final party tag; only a text ending in ')' or '),' can have one, the
    others skip the search (an end-anchored search still tries every offset)."""
    return _PARTY_TAG.sub("", pre) if pre.endswith((")", "),")) else pre


# "a mechanic based in Kansas City, Mo.,": a state or province after a place
_PLACE_TAIL = re.compile(r"(?<=\w),[ \t\u00a0]*([A-Z][A-Za-z.]{1,12})\Z")


def _drop_place_tail(inner: str, lex: Lexicon) -> str:
    """``inner`` without a final ', Mo.' (a place name of the lexicon after a comma)."""
    m = _PLACE_TAIL.search(inner, max(0, len(inner) - 16))
    if m is None or m.group(1).lower().rstrip(".") not in lex.place_names:
        return inner
    return inner[:m.start()]


def _drop_comma_party_tag(pre: str) -> str:
    """``pre`` without a final ', D-Mich.' tag (searched only when a hyphen is near the end)."""
    return _COMMA_PARTY_TAG.sub("", pre) if "-" in pre[-16:] else pre


_COMMA_RELATIVE = re.compile(r",[ \t\u00a0]+(?:whose|who|which)\b(?=[^.;:!?]*,)")


# a "who" clause of two words or more, no comma, dash, bracket or quotation mark in it
_RESTRICTIVE = re.compile(r"[ \t\u00a0]+who[ \t\u00a0]+(?![a-z]+ly\b)[a-z]+[ \t\u00a0]+[a-z]"
                          r"[^,;:()\"\u201c\u201d\u2014\u2013]*\Z")
_CLAUSE_START = re.compile(r"(?:\A|[,;:(\u2014\u201c\"]|[.!?][\u201d\"]?)[ \t\u00a0]*\Z")


def _before_relative(pre: str, lo: int, lex: Lexicon) -> Optional[Mention]:
    """"A town official who asked not to be named said": the description opening
    the clause before its restrictive "who" clause speaks, not a noun inside that clause."""
    rel = _RESTRICTIVE.search(pre, max(0, len(pre) - 130))
    if rel is None or rel.start() == 0 or re.search(r"\b(?:and|but|or)\b", rel.group()):
        return None
    head = mention_ending(pre[:rel.start()], lo, lex, True)
    if head is None or head.kind not in ("description", "group") or \
            not _CLAUSE_START.search(pre, 0, head.start - lo):
        return None
    return head


def _relative_tail(inner: str):
    """RELATIVE_CLAUSE_TAIL's match in ``inner``: it holds no comma but a first one, so it starts at
    or after the last comma, where the search starts."""
    return RELATIVE_CLAUSE_TAIL.search(inner, max(0, inner.rfind(",")))


_PARTICIPLE_APPOS = re.compile(
    r"[ \t\u00a0]*(?:first[ \t\u00a0]+|also[ \t\u00a0]+|later[ \t\u00a0]+)?"
    r"(?:seen|obtained|reviewed|filed|released|published|issued|sent|signed|dated|leaked|"
    r"posted|shared|written|prepared|commissioned|submitted|presented|tabled|made|given|"
    r"viewed|delivered|distributed|circulated|drafted|unveiled|launched)[ \t\u00a0]")



LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|near)[ \t\u00a0]+\Z")
_CLOSE_MARKS = "\"'\u201d\u2019\u00bb\u203a, \t\u00a0"


def after_quote_subject(text: str, s0: int, vs: int, lex: Lexicon) -> Optional[Mention]:
    """'“…,” Ms. Ruiz, 74 and living in Dover, Del., said': the name or
    description right after the quotation, before its commas, speaks."""
    q = text.rfind(PLACEHOLDER, s0, vs)
    if q == -1 or vs - q > 160:
        return None
    p = q + 1
    while p < vs and text[p] in _CLOSE_MARKS:
        p += 1
    if text.find(",", p, vs + 1) < 0:
        return None     # no comma to follow the mention (which ends by ``vs``): none to search
    m = mention_after(text, p, lex, vs)
    if m is None or m.kind not in ("name", "description") or m.start - p > 1 or \
            not text.startswith(",", m.end):
        return None
    return m


ACTED_AND = re.compile(r"[ \t\u00a0]+([a-z]+)(?:[ \t\u00a0]+[a-z]+)?[ \t\u00a0]+(?:and|but)\Z")


def acted_and(before: str):
    """``ACTED_AND.search(before)`` ("… smiled and"), searched from the end of the fourth
    word from the end: a match holds the last two or three words and the spaces before
    them, and a search from the start would try the pattern at every space of ``before``."""
    head = before.rsplit(None, 3)
    return ACTED_AND.search(before, len(head[0]) if len(head) == 4 else 0)


@lru_cache(maxsize=1)
def time_units() -> frozenset:
    """Plural nouns of time: a span of time opening a sentence ("Two days later, ...") is no
    group subject though its noun ends in -s (``[time_spans]`` of attribution.toml, issue 12)."""
    return frozenset(load_data("attribution")["time_spans"]["units"])


_GENERIC = re.compile(r"[ \t\u00a0]*(?:[Tt]he|[Aa]n?|[Oo]ne|[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|"
                      r"[Bb]oth|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Dd]ozens of|[Hh]undreds of|"
                      r"[Tt]housands of)(?:[ \t\u00a0]+[a-z][a-z\-]*){1,3}")


def generic_subject(text: str, s0: int, s1: int, lex: Lexicon,
                     loose: bool = False) -> Optional[Mention]:
    """'The farmers said ...': a determiner and a noun right before a reporting verb (or,
    ``loose``, before any verb or an apposition: "Two company directors, ..., were jailed")."""
    m = _GENERIC.match(text, s0, s1)
    if not m:
        return None
    words = list(re.finditer(r"\S+", m.group()))
    for n, w in enumerate(words[1:], 1):
        if w.group() in lex.pronoun_info:
            words = words[:n]   # "The first time he shouted": a pronoun ends the noun phrase
            break
    for w in reversed(words[1:]):
        end = m.start() + w.end()
        v = lex.verb_re.match(text, end + 1, s1) if text[end:end + 1] == " " else None
        if not v and loose and w.group().endswith("s") and text[end:end + 1] in (",", " "):
            v = True
        if v:
            start = m.start() + words[0].start()
            head = w.group()
            if head in time_units():
                return None
            kind = "group" if head.endswith("s") and not head.endswith("ss") else "description"
            return Mention(start, end, text[start:end], kind)
    return None
