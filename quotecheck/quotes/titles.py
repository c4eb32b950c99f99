"""Titles of works and nicknames in quote marks: no one's words.

"the song “Dead End Street”", "“Night Tales,” an HBO series", "CNN's “The Lead with Jo
Park”" name a work (listed with kind ``title``); "Bernie “Iron Bernie” Kowalczyk" is part of
a name (not listed). Used by :mod:`quotecheck.quotes.extract` before attribution.
"""
from __future__ import annotations

import re
from typing import Optional

from quotecheck.text.quotemarks import QuoteSpan

_WORK_NOUNS = (r"show|programme|program|book|film|movie|series|newspaper|magazine|column|headline|"
               r"memoir|novel|album|song|play|podcast|essay|documentary|op-ed|study|poem|painting|"
               r"exhibition|opera|musical|sitcom|game|autobiography|biography|drama|thriller|"
               r"comedy|serial|single|anthem|report|broadcast|miniseries|franchise|reboot|revival|"
               r"ad|spot|sequel|blockbuster|track|commentary|editorial|article|piece")
WORK_NOUNS = frozenset(_WORK_NOUNS.split("|"))    # "the commentary said": a work, no body
_TITLE_CUE = re.compile(rf"(?:[\u2019']s|(?<=\w)s[\u2019']|\bon|\bin|\bof|\btold|\bwith|\b(?:during|at)[ \t\u00a0]+(?:a|an|the)|"
                        rf"\bduring|\btitled|\bentitled|\bheadlined|\bauthor of|\baccording to|"
                        rf"\bauthors[ \t\u00a0]+of[ \t\u00a0]+the|\bperform(?:s|ed|ing)?|\bsang|\bsings?|"
                        rf"\b(?:took|takes|take)[ \t\u00a0]+the[ \t\u00a0]+stage[ \t\u00a0]+to|"
                        rf"\b(?:hits|songs|tracks|titles|books|films|movies|shows|albums)[ \t\u00a0]+"
                        rf"(?:including|such[ \t\u00a0]+as|like)|"
                        rf"\b(?:{_WORK_NOUNS})(?:[ \t\u00a0]+(?:called|named|dubbed))?)[,:]?\s*$", re.IGNORECASE)
# the words _TITLE_CUE's and _WORK_CUE's branches end with (before [,:]?\s*$): a text whose end
# is none of them is not searched (a case-insensitive search led by \b branches costs about
# 20 us on 24 characters)
_WORK_CUE_ENDS = ("titled", "entitled", "of", "to") + tuple(_WORK_NOUNS.split("|"))
_TITLE_CUE_ENDS = _WORK_CUE_ENDS + (
    "s", "s'", "on", "in", "told", "with", "a", "an", "the", "during", "headlined", "perform",
    "performed", "performing", "sang", "sing", "including", "as", "like", "called", "named",
    "dubbed")


def _may_end_cue(before: str, ends: tuple) -> bool:
    """False only where no match of a cue pattern ending ``(?:…)[,:]?\\s*$`` (case-insensitive)
    can end ``before``: less its trailing spaces and one comma or colon, its end is no cue's
    last word. Decided on ASCII only (re's case folding matches ASCII letters to a few
    other characters; the apostrophe ’ is never part of such a word)."""
    tail = before.rstrip()
    if tail[-1:] in (",", ":"):
        tail = tail[:-1]
    end = tail[-16:].replace("\u2019", "'")
    return not end.isascii() or end.lower().endswith(ends)


_WORK_NOUN_BEFORE = re.compile(rf"\b(?:{_WORK_NOUNS})[ \t\u00a0]*\Z", re.IGNORECASE)
_WORK_CUE = re.compile(rf"\b(?:titled|entitled|author of|according to|co-author of|(?:{_WORK_NOUNS}))[,:]?\s*$",
                       re.IGNORECASE)
_WORK_AFTER = re.compile(rf"[ \t\u00a0]*,?(?:[ \t\u00a0]+on[ \t\u00a0]+[A-Z][\w\-]*(?:[ \t\u00a0]+[A-Z][\w\-]*)?,)?"
                         rf"(?:[ \t\u00a0]+(?:is|was))?[ \t\u00a0]+(?:an?|the|his|her|their|its)[ \t\u00a0]+"
                         rf"(?:[\w\-\u2019'.]+[ \t\u00a0]+){{0,4}}?(?:{_WORK_NOUNS}|(?:tv|TV|hit|"
                         rf"HBO|NBC|CBS|ABC|Fox|Netflix)[ \t\u00a0]+\w+)\b")
# "“X” star Ann Lee", "“X” host", "a “X” hat", "“X,” by Ann Lee" (a book), "“X” broadcast on"
_CREDIT_AFTER = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]+(?:(?:star|stars|host|hosts|creator|hat|hats|"
                           r"sequel|episode|broadcast|aired|TV[ \t\u00a0]+show)\b|by[ \t\u00a0]+[A-Z])")


_TITLE_SMALL = frozenset(("and", "of", "the", "a", "an", "in", "on", "to", "for", "or", "at",
                          "with", "from", "by", "is", "vs", "vs.", "de", "del", "la", "el", "le",
                          "du", "des", "von", "van", "y"))
_TITLE_LIST = re.compile(r"[ \t\u00a0]*(?:,[ \t\u00a0]*(?:(?:and|or)[ \t\u00a0]+)?|(?:and|or)[ \t\u00a0]+)\Z")
_COMMA_INSIDE = re.compile(r"[ \t\u00a0]*(?:(?:and|or)[ \t\u00a0]+)?\Z")


def continues_titles(text: str, q: QuoteSpan, last_end: int) -> bool:
    """'the hits “La Noche” and “Madre Tierra”', 'a play called “Los Hijos,” or “Sons of
    Rudd”': a capitalised quote of a few words right after a title, joined by a comma, "and"
    or "or"."""
    return 0 <= last_end <= q.open_start and q.open_start - last_end < 8 and \
        text[q.start:q.start + 1].isupper() and q.end - q.start <= 80 and \
        (_TITLE_LIST.match(text, last_end, q.open_start) is not None or
         text[:last_end].rstrip("\"'\u201d\u2019 ").endswith(",") and
         _COMMA_INSIDE.match(text, last_end, q.open_start) is not None)


# "a German news site called “The Local”", "an account called “Hypo-Vane”": a thing's name
# (a person calls someone names: "Vane called Obi “Little Ann”", "what he called the “…”")
_THING_CALLED = re.compile(r"(?<![\w\u2019'-])(?!(?:who|which|that|he|she|they|we|i|you|it|also|"
                           r"and|then|once|often|later|publicly|repeatedly)\b)[a-z][a-z-]{2,},?"
                           r"[ \t\u00a0]+(?:called|named)(?:[ \t\u00a0]+the)?[ \t\u00a0]*\Z")


# a Title Case quote in two parts joined by a colon, both capitalised and neither a
# sentence ("Star Wars: Episode I", "Backfire: The Battle for HP"): a work and its subtitle
_SUBTITLED = re.compile(r"[A-Z0-9][^:.!?;\n]{1,40}:[ \t\u00a0]+[A-Z0-9][^:.!?;\n]{2,80}[.,]?\Z")


def looks_like_title(text: str, masked: str, q: QuoteSpan, s0: int) -> bool:
    """A short Title Case stretch after a cue ("the song “Dead End Street”") names a work."""
    if q.end - q.start > 120 or not (text[q.start].isupper() or text[q.start].isdigit()):
        return False
    if text[q.start:q.end].rstrip(" ,.")[-1:] in "!?" and not _WORK_NOUN_BEFORE.search(
            masked, max(s0, q.open_start - 24), q.open_start):
        return False        # "chants of “Marco! Marco!”": a cry, not a title; but "the movie
                            # “Run, Ana, Run!”" is one
    words = text[q.start:q.end].split()
    if not 0 < len(words) <= 12 or not all(w[:1].isupper() or not w[:1].isalpha()
                                           or (i and w in _TITLE_SMALL) for i, w in enumerate(words)):
        return False
    before = masked[max(s0, q.open_start - 24):q.open_start]
    if chanted(masked, q.open_start):
        return False        # "chants of “Dump Vane”": a crowd's words
    if _SUBTITLED.match(text[q.start:q.end]):
        return True         # "“Star Wars: Episode I _ The Phantom Menace”": title and subtitle
    if len(words) > 6 or q.end - q.start > 80:  # "Peter Burr's book “Backfire: The Battle for HP”"
        return _may_end_cue(before, _WORK_CUE_ENDS) and bool(_WORK_CUE.search(before))
    if _may_end_cue(before, _TITLE_CUE_ENDS) and _TITLE_CUE.search(before) or \
            _THING_CALLED.search(before):
        return True         # "the movie, “Sons of Trump”", "author of “Hacked World Order,”"
    return q.close_end is not None and bool(_WORK_AFTER.match(masked, q.close_end)
                                            or _CREDIT_AFTER.match(masked, q.close_end))


_NAME_BEFORE = re.compile(r"(?:^|[\s(])[A-Z][\w.\u2019'-]*[ \t\u00a0]\Z")
_NAME_AFTER = re.compile(r"[ \t\u00a0][A-Z][\w\u2019'-]+")


def is_nickname(text: str, q: QuoteSpan) -> bool:
    """'Bernie “Iron Bernie” Kowalczyk': a short capitalised quote between a given name and
    a surname is a nickname, part of the name."""
    if q.end - q.start > 30 or q.close_end is None or not text[q.start:q.start + 1].isupper() \
            or text[q.open_start - 1:q.open_start] != " ":
        return False
    if len(text[q.start:q.end].split()) > 3 or text[q.end - 1] in ".,!?":
        return False
    before = _NAME_BEFORE.search(text, max(0, q.open_start - 30), q.open_start)
    if before is None or before.group().strip(" \t\u00a0(").lower() in _TITLE_CUE_WORDS:
        return False
    return bool(_NAME_AFTER.match(text, q.close_end))


_TITLE_CUE_WORDS = frozenset(("in", "on", "at", "as", "the", "a", "an", "for", "from", "to", "of",
                              "and", "but", "or", "with", "by", "i", "it", "this", "that", "like"))


_CHANT = re.compile(r"\b(?:chants?|chanting|chanted|calls|cries|cried|shouts?|shouting|shouted|"
                    r"yelling|yelled|cheers|chorus|screaming|screamed|singing)"
                    r"(?:[ \t\u00a0]+of)?[ \t\u00a0]*[,:]?[ \t\u00a0]*\Z")


_CHANT_LAST = "sgdtf"      # chants, chanting, chanted, chant, … of


def chanted(masked: str, open_start: int) -> bool:
    """True after "chants of", "chanting", "shouts of": a crowd's words, not a title."""
    lo = max(0, open_start - 16)
    # a match ends with its word's last letter and then only spaces, a comma or a colon:
    # other ends are not searched (a search led by \b tries every offset)
    if masked[lo:open_start].rstrip(" \t\u00a0,:")[-1:] not in _CHANT_LAST:
        return False
    return _CHANT.search(masked, lo, open_start) is not None


# a name the sentence is about: '“The Long Run” was nominated', '“Billions,” on Showtime, is'
_SUBJECT_VERB = (r"[ \t\u00a0]+(?:is|was|were|are|has|had|"
                 r"will|won|became|remains|premiered|aired|airs|opened|opens|stars|"
                 r"starred|features|featured)[ \t\u00a0]")
SUBJECT_AFTER = re.compile(r"[ \t\u00a0]*(?:,?[ \t\u00a0]*[^,\n\"\u201c\u201d]{1,40},)?" + _SUBJECT_VERB)
_VERB_AT = re.compile(_SUBJECT_VERB)


def subject_after(text: str, pos: int) -> bool:
    """True when :data:`SUBJECT_AFTER` matches at ``pos``, decided mostly without it: its
    optional aside backtracks through up to 40 characters at every call (a few per quotation),
    and a match needs the verb right after ``pos`` (no aside) or right after the comma that
    ends the aside, which is the first comma from ``pos`` on or, when the aside opens with a
    comma, the second; where neither is followed by the verb there is no match."""
    if _VERB_AT.match(text, pos):
        return True
    comma = text.find(",", pos)
    if comma < 0:
        return False
    if not _VERB_AT.match(text, comma + 1):
        comma = text.find(",", comma + 1)
        if comma < 0 or not _VERB_AT.match(text, comma + 1):
            return False
    return SUBJECT_AFTER.match(text, pos) is not None


def named_work(text: str, masked: str, q: QuoteSpan, s0: int,
               subject: Optional[bool] = None) -> bool:
    """'Ann Obi's commentary, “Tell your story,” is thoughtful': a quotation right after a
    work's noun that is the subject of the next verb names the work, whatever its case.
    ``subject``: :func:`subject_after` at the closing mark when the caller has it already."""
    if subject is None:
        subject = q.close_end is not None and subject_after(text, q.close_end)
    if not subject:
        return False
    lo = max(s0, q.open_start - 30)
    return _may_end_cue(masked[lo:q.open_start], _WORK_CUE_ENDS) and \
        _WORK_CUE.search(masked, lo, q.open_start) is not None


# a web address or file path: a scheme or "www." first, or a file name's extension last
_ADDRESS = re.compile(r"(?:https?:|ftp:|www\.|/)\S*|\S+\.(?:jpe?g|png|gif|webp|svg|mp[34]|m3u8|"
                      r"html?|php|aspx?|js|css|json|xml|pdf)(?:[?#]\S*)?", re.IGNORECASE)
_SPACE = re.compile(r"\s")     # str.isspace's characters


def is_markup_value(text: str, q: QuoteSpan) -> bool:
    """'poster="http://…/still.jpg"': a quoted string without a space that is a web address or
    file path, or the value of an HTML attribute left in a page's text (a mark opening right
    after '='), is no one's words. A video player's poster attribute kept by a capture was
    read as a quotation and compared with the same outlet's other pages (QC104)."""
    if q.end - q.start < 1 or q.end - q.start > 400:
        return False
    body = text[q.start:q.end]
    if _SPACE.search(body):     # one scan in C, not a Python test of each character
        return False
    if text[max(0, q.open_start - 1):q.open_start] == "=" and q.open_start > 1 \
            and text[q.open_start - 2].isalpha():
        return True                        # attr="value"
    return _ADDRESS.fullmatch(body) is not None
