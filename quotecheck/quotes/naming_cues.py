"""Agentless naming cues before a quotation: "referred to as “…”", "is billed as “…”", "known
as a “…”", "by the name “…”", "simply called “…”". The quoted words are a name or label the
narrator reports, no one's speech in this sentence, so :func:`quotecheck.quotes.kinds.named_term`
makes them a term (scare or title kind, no speaker).

"referred to as" and "billed as" count only in the passive (after a be-form, "and", "or", a
comma or a dash): "which Kim Lee has referred to as “…”" is Lee's own words, a partial quote.
Verbs that PolNeAR annotates as speech before a partial ("labeled", "deemed", "dubbed",
"termed") are left out. Plain substring tests come first: most quotations pass none, so
the end-anchored searches run rarely.

Two cues after the quotation make a name or a word no one says either: a capitalised name
before a noun of an undertaking ('the “Activate” project', :func:`named_project`, a title) and a
short lower-case word that is a be-form's subject ('and “collusion” was among',
:func:`subject_term`, a scare quote). The determiners both kinds of cue read are here too.
"""
from __future__ import annotations

import re

_S = "[ \t\u00a0]"
_TAIL = f"{_S}*[,:\u2014\u2013-]?{_S}*\\Z"
_AS_CUE = re.compile(rf"\b(known|billed|referred{_S}+to(?:{_S}+[a-z]+ly)?){_S}+as"
                     rf"(?:{_S}+(?:the|an?))?{_TAIL}")
_PASSIVE_BEFORE = re.compile(rf"(?:\b(?:is|are|was|were|be|been|being|and|or)|[,\u2014\u2013-])"
                             rf"{_S}+(?:(?:[a-z]+ly|sometimes|also|often){_S}+)?\Z")
_NAMED_CUE = re.compile(rf"(?:\bby{_S}+the{_S}+name|\b(?:simply|also|often|commonly|popularly|"
                        rf"officially){_S}+(?:called|named|dubbed|titled)){_TAIL}")
# what a cue's tail ends with (less spaces and one , : or dash): a cheap test before searches
_LAST = (" as", " a", " an", " the", "name", "called", "named", "dubbed", "titled")
WINDOW = 70         # "and sometimes referred to dismissively as a “…”" fits


def naming_cue(masked: str, open_start: int) -> bool:
    """True when an agentless naming cue ends right before the quotation opening at
    ``open_start`` (spaces and one , : or dash between)."""
    before = masked[max(0, open_start - WINDOW):open_start]
    tail = before.rstrip(" \t\u00a0")
    if not tail.rstrip(",:\u2014\u2013-").rstrip(" \t\u00a0").endswith(_LAST):
        return False
    if "known" in before or "billed" in before or "referred" in before:
        m = _AS_CUE.search(before)
        if m is not None and (m.group(1) == "known" or
                              _PASSIVE_BEFORE.search(before, 0, m.start()) is not None):
            return True
    return ("name" in before or "called" in before or "dubbed" in before or "titled" in before) \
        and _NAMED_CUE.search(before) is not None


# "a piece entitled, “…”", "a column titled “…”", "under the title “…”", "its headline: “…”",
# "the usual campaign slogan, “…”": the quotation names a work or a slogan, whatever its form
# (a whole sentence with a full stop too); no one says it in this sentence
_TITLE_WORD_CUE = re.compile(rf"\b(?:(titled|entitled|headlined|headline|under{_S}+the{_S}+title)|"
                             rf"slogans?|motto|catchphrase|hashtag){_S}*[,:]?{_S}*\Z", re.IGNORECASE)
_TITLE_WORD_LAST = ("titled", "headlined", "headline", "title", "slogan", "slogans", "motto",
                    "catchphrase", "hashtag")     # entitled ends with titled
# "Jo used the slogan “…”", "repeated his catchphrase, “…”": the user says it (a speaker)
_USED_BEFORE = re.compile(rf"\b(?:use[sd]?|using|coin(?:s|ed|ing)?|utter(?:s|ed)?|repeat(?:s|ed|ing)?|"
                          rf"chant(?:s|ed|ing)?|shout(?:s|ed|ing)?){_S}+(?:[\w\u2019'-]+{_S}+){{0,2}}"
                          rf"(?:slogans?|motto|catchphrase){_S}*[,:]?{_S}*\Z")


def title_word_cue(masked: str, open_start: int) -> str:
    """"work" when a quotation opens right after "titled", "entitled", "headlined",
    "headline" or "under the title" (spaces and one comma or colon between), "slogan" after
    "slogan(s)", "motto", "catchphrase" or "hashtag" not used by someone ("used the slogan
    “…”"), else ""."""
    before = masked[max(0, open_start - 40):open_start]
    tail = before.rstrip(" \t\u00a0")
    if tail[-1:] in (",", ":"):
        tail = tail[:-1].rstrip(" \t\u00a0")
    if not tail[-11:].lower().endswith(_TITLE_WORD_LAST):
        return ""
    m = _TITLE_WORD_CUE.search(before)
    if m is None:
        return ""
    if m.group(1):
        return "work"
    return "" if _USED_BEFORE.search(masked, max(0, open_start - 60), open_start) else "slogan"


_INNER_CLOSE = re.compile(r"[\u2019'](?=[\s\u201d\"]|\Z)")


def title_then_more(body: str) -> bool:
    """'titled “‘Sorry, I Won’t.’ He wrote, ‘If …’”': the title is an inner quotation and the
    speaker's words go on after it, so the whole is no title."""
    if body[:1] not in ("\u2018", "'"):
        return False
    m = _INNER_CLOSE.search(body, 1)
    return m is not None and body[m.end():].strip(" \t\u00a0\n.,;:!?\u201d\"'\u2019") != ""


BLANKS = frozenset((" ", "\t", "\u00a0"))
ARTICLES = frozenset(("the", "The", "a", "A", "an", "An"))
# the words before a name that make it a term or a title ('the “…” trope', 'the “…” project');
# :func:`quotecheck.quotes.kinds.named_term` uses them too
DETERMINERS = ARTICLES | frozenset(("its", "Its", "his", "His", "her", "Her", "their", "Their",
                                    "this", "This", "that", "That"))
_SMALL_WORDS = frozenset(("and", "of", "the", "a", "an", "in", "on", "to", "for", "or", "at",
                          "with", "by", "&"))


# 'the “Activate” project', 'the Fund's “Open Doors” programme': a capitalised name right
# before a noun of an undertaking names it (a title kind, no speaker), whoever the sentence
# quotes. Not plan, policy, bill, movement: PolNeAR has 'the “America First” policy' as speech.
_PROJECT_AFTER = re.compile(r"[ \t\u00a0]+(?:project|programme|program|initiative|campaign|"
                            r"report|study|survey|strategy|scheme|series|app|platform|fund|index|"
                            r"award|prize|festival|conference|summit|exhibition|podcast|"
                            r"documentary|pilot|network)s?\b")


def named_project(text: str, masked: str, q) -> bool:
    """True for a quotation of one to six capitalised words after a determiner or a
    possessive and before a noun of an undertaking (:data:`_PROJECT_AFTER`)."""
    if q.close_end is None or text[q.close_end:q.close_end + 1] not in BLANKS or \
            _PROJECT_AFTER.match(text, q.close_end) is None:
        return False
    words = text[q.start:q.end].split()
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper() or \
            any(w[:1].islower() and w.lower() not in _SMALL_WORDS for w in words):
        return False
    if masked[q.open_start - 1:q.open_start] not in BLANKS:
        return False
    before = masked[max(0, q.open_start - 30):q.open_start].split()
    det = before[-1] if before else ""
    return det in DETERMINERS or det.endswith(("'s", "\u2019s"))


# '… was “no collusion” and “collusion” was among the top three': a short lower-case phrase in
# quotation marks that opens its clause (after the sentence's start, "and", "but", "or", a semicolon or a dash)
# and is the subject of a be-form is the word itself, named, not said (a scare kind)
_OPENS_CLAUSE = re.compile(rf"(?:[;\u2014\u2013]|\b(?:and|but|or)){_S}*\Z")
_BE_AFTER = re.compile(rf"{_S}+(?:is|was|are|were|has{_S}+been|had{_S}+been|remains|"
                       rf"became){_S}")


def subject_term(text: str, masked: str, q, s0: int) -> bool:
    """True for a lower-case phrase of one to three words, quoted, opening its clause and
    followed by a be-form ("and “collusion” was among …"): a word named, no one's speech."""
    be = _BE_AFTER.match(text, q.close_end) if q.close_end is not None else None
    if be is None:
        return False
    body = text[q.start:q.end]
    words = body.split()
    if not 1 <= len(words) <= 3 or not body[:1].islower() or body[-1:] in ".?!,;:":
        return False
    if not masked[s0:q.open_start].strip():
        return True
    m = _OPENS_CLAUSE.search(masked, max(s0, q.open_start - 8), q.open_start)
    # 'Clinton's “judgment” and “honesty” are': a plural verb after "and" has both as subject
    return m is not None and not (m.group().lstrip().startswith(("and", "or")) and
                                  be.group().split()[0] in ("are", "were"))
