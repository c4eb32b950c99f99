"""What a pair of quote marks holds (direct or partial speech, the title of a work, a scare
quote, a headline's words) and what kind of source a speaker is (person, organisation, description).

Only direct and partial quotations are speech that needs a speaker; a headline (or pull
quote) repeats words reported in the body, and a scare quote is the narrator's own
distancing. Used by :mod:`quotecheck.quotes.extract` after attribution. Mentions that can be no
source at all (a place, a dateline, a platform) are dropped by :mod:`quotecheck.quotes.junk_speakers`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import repeat
from typing import Optional

from quotecheck.quotes.naming_cues import (ARTICLES, BLANKS, DETERMINERS, named_project, naming_cue,
                                           subject_term, title_then_more, title_word_cue)
from quotecheck.quotes.titles import chanted, named_work, subject_after

_FIRST_BREAK = re.compile(r"[ \t\r\u00a0]*\n")
_PULL_LINE = re.compile(r"(?im)^[ \t]*[\"\u201c\u2018']?(?:read more|related|see also|watch|listen|more)\b"
                        r"[^\n]{0,40}:"
                        r"[^\n]*$")
HEADLINE_MAX = 130          # a one-line first paragraph up to this long is a title line


_SO_CALLED = re.compile(r"\b[Ss]o(?:-[ \t\u00a0]?|[ \t\u00a0])called[ \t\u00a0]*\Z")


def so_called(masked: str, open_start: int) -> bool:
    """True after "so-called": the narrator's distancing, no one's words (the search, tried
    at every offset, only where "called" stands)."""
    lo = max(0, open_start - 12)
    return masked.find("called", lo, open_start) >= 0 and \
        _SO_CALLED.search(masked, lo, open_start) is not None


def headline_end(text: str) -> int:
    """End of the title line: the document's first line when it is short and more text
    follows; 0 when the document does not open with one."""
    start = len(text) - len(text.lstrip())
    m = _FIRST_BREAK.search(text, start)
    if m is None or m.start() - start > HEADLINE_MAX or not text[m.end():].strip():
        return 0
    line = text[start:m.start()]
    if line.count(". ") + line.count("? ") + line.count("! ") >= 2:
        return 0            # a lede of several sentences, not a title
    if line.endswith(";"):  # "Mayor rebuffs levy; \nSays plan is 'dead on arrival.'": the
        deck = _FIRST_BREAK.search(text, m.end())       # title's second line, its deck
        if deck is not None and deck.start() - m.end() <= HEADLINE_MAX:
            return deck.start()
    return m.start()


# _PULL_LINE's opening at a line start: found by a search that jumps from line break to line
# break (a pattern opening with a (?m)^ or a (?i) word is tried at every offset, and lower-casing
# the text to look for the cues costs as much); a line that opens with no cue is no pull line
_PULL_OPENING = "[ \t]*[\"\u201c\u2018']?(?i:read more|related|see also|watch|listen|more)\\b"
# at a line break, a look at the cue's first letter first (every character re matches for it
# case-insensitively: "s" also the long s): most lines fail there, before the cue alternation
_PULL_FIRST = "LMRSWlmrsw\u017f"
_PULL_AT_BREAK = re.compile(f"\n(?=[ \t]*[\"\u201c\u2018']?[{_PULL_FIRST}])" + _PULL_OPENING)
_PULL_AT_START = re.compile(_PULL_OPENING)


def pull_lines(text: str) -> list[tuple[int, int]]:
    """Spans of "READ MORE: …" / "Related: …" lines: links to other articles, whose quoted
    words are headlines, not the speech this article reports."""
    starts = [m.start() + 1 for m in _PULL_AT_BREAK.finditer(text)]
    if _PULL_AT_START.match(text) is not None:
        starts.insert(0, 0)
    # a pull line lies within its line and starts where a cue opens one: tried there only
    # (the same spans as _PULL_LINE.finditer); the cue test lower-cases the whole text, so
    # it comes last
    spans = [m.span() for m in map(_PULL_LINE.match, repeat(text), starts) if m is not None]
    return spans if spans and _has_pull_cue(text) else []


def _has_pull_cue(text: str) -> bool:
    # a cue as written is one in the lower-cased text (lower-casing maps a character at a
    # time, and ASCII lower case to itself): most texts answer before the whole text is copied
    cues = ("read more", "related", "see also", "watch", "listen", "more:")
    if any(cue in text for cue in cues):
        return True
    low = text[:0] or text.lower()
    return any(cue in low for cue in cues)


def _in_pull(at: int, pulls: list, starts: list) -> bool:
    """True when ``at`` lies inside one of the sorted, disjoint ``pulls`` spans."""
    i = bisect_right(starts, at) - 1
    return i >= 0 and at < pulls[i][1]


def classify_kinds(found: list, text: str, masked: str, sentences: list, verb_re) -> None:
    """Set ``kind`` on each found quotation (see :data:`quotecheck.model.QUOTE_KINDS`): title
    for an unattributed Title Case name ("“Back the Builders”"), headline for the title line and "READ MORE:" lines, scare for a short unattributed
    fragment of a sentence with no reporting verb, else partial or direct."""
    limit = headline_end(text)
    pulls = pull_lines(text)            # disjoint, in text order: bisect for the one before
    pull_starts = [a for a, _ in pulls]
    term_end = -1                       # close of the last term named ("words such as “a,” …")
    markup = "<" in text                # once, not a look back of 1,000 characters per quote
    for f in found:
        q = f.span
        # a name the sentence is about ("“…,” on Showtime, is"): asked by two tests, found once
        subject = q.close_end is not None and subject_after(text, q.close_end)
        if markup and in_markup(text, q.open_start):
            f.kind = ""         # an attribute value of markup: not listed
        elif ((cue := title_word_cue(masked, q.open_start))
              and not title_then_more(text[q.start:q.end])):
            # 'a piece entitled “…”', 'the campaign slogan, “…”': a work's or a slogan's name
            f.kind = "title" if cue == "work" or is_title(text, q.start, q.end) else "scare"
            f.att, f.how = None, ""
        elif named_work(text, masked, q, sentences[f.sentence][0], subject):
            f.kind, f.att, f.how = "title", None, ""     # "her column, “…,” is thoughtful"
        elif named_term(masked, q.open_start, term_end, q.close_end):
            f.kind = "title" if is_title(text, q.start, q.end) else "scare"
            f.att, f.how = None, ""     # "the term “bimbo eruptions”", "known as “Guccifer”"
            term_end = q.close_end if q.close_end is not None else q.end
        elif named_project(text, masked, q):
            f.kind, f.att, f.how = "title", None, ""     # 'the “Activate” project'
        elif f.partial and subject_term(text, masked, q, sentences[f.sentence][0]):
            f.kind, f.att, f.how = "scare", None, ""     # 'and “collusion” was among'
        elif subhead(text, q, verb_re, tail_only=True):
            f.kind, f.att, f.how = "headline", None, ""  # '‘Circle of friends’ grows in shelters.'
        elif (f.att is None and not so_called(masked, q.open_start)
                and not chanted(masked, q.open_start) or subject) \
                and is_title(text, q.start, q.end):     # the cheap tests first
            f.att, f.how = None, ""     # "“Billions,” on Showtime, is a drama": a name
            f.kind = "title"    # the title or name of a work, campaign: listed, no speaker
        elif q.open_start < limit or _in_pull(q.open_start, pulls, pull_starts) \
                or credited_headline(text, q) or subhead(text, q) or caps_head(text, q):
            f.kind = "headline"
        elif f.partial and f.att is None and (so_called(masked, q.open_start) or (
                len(text[q.start:q.end].split()) <= 4
                and not verb_re.search(masked, *sentences[f.sentence]))):
            f.kind = "scare"
        else:
            f.kind = "partial" if f.partial else "direct"


_TERM_CUE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t\u00a0]+(?:[\w\-]+[ \t\u00a0]+)?"
    r"(?:term|phrase|word|label|moniker|hashtag|slogan|motto|catchphrase|acronym|pseudonym|"
    r"nickname|alias)|\b(?:terms|words|phrases)[ \t\u00a0]+(?:such[ \t\u00a0]+as|like)|"
    r"\bknown[ \t\u00a0]+as(?:[ \t\u00a0]+the)?|\bnicknamed|\b(?:Latin|Spanish|French|German|"
    r"Arabic|Greek|Russian|slang|shorthand|code)[ \t\u00a0]+for|\b(?:short|stands?)[ \t\u00a0]+for)"
    r"[ \t\u00a0]*[,:\u2014\u2013-]?[ \t\u00a0]*\Z")
_TERM_LIST = re.compile(r"(?:[ \t\u00a0]*[,\u2014\u2013])?[ \t\u00a0]*(?:(?:and|or)[ \t\u00a0]*,?[ \t\u00a0]*)?"
                        r"(?:simply[ \t\u00a0]*,?[ \t\u00a0]*)?\Z")   # "“a,” “b” — or, simply, “c”"

# 'the “…” trope', 'a “…” label' (a noun of naming right after the close, a determiner before the
# open) and 'A “…” is when …', 'The “…” refers to …' (an article before, a definition after):
# the quoted words are named, not said
_NOUN_AFTER = re.compile(r"[ \t\u00a0]+(?:trope|moniker|label|nickname|hashtag|buzzword|meme|"
                         r"epithet)s?\b")     # not slogan, mantra: PolNeAR has "the “…” slogan" as speech
_DEFINES_AFTER = re.compile(r"[ \t\u00a0]+(?:is[ \t\u00a0]+when|means|refers[ \t\u00a0]+to|"
                            r"is[ \t\u00a0]+(?:short|slang|shorthand)[ \t\u00a0]+for|stands[ \t\u00a0]+for)\b")
# the first two letters of _NOUN_AFTER's and _DEFINES_AFTER's words; blanks, for more spaces
_AFTER_TWO = frozenset(("tr", "mo", "la", "ni", "ha", "bu", "me", "ep", "is", "re", "st"))


def _word_before(masked: str, open_start: int) -> str:
    """The word right before a quotation's opening mark and one space ("the" of 'the “…”'),
    else "": a word longer than six letters shows cut and matches no determiner."""
    seg = masked[max(0, open_start - 7):open_start]
    if seg[-1:] not in (" ", "\t", "\u00a0"):
        return ""
    parts = seg.split()
    return parts[-1].lstrip("(\u2014\u2013-") if parts else ""


_DEFINED_AFTER = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*(?:(?:which|that)[ \t\u00a0]+)?(?:(?:is|are|was|"
                            r"were)[ \t\u00a0]+)?defined[ \t\u00a0]+as\b")


def named_term(masked: str, open_start: int, term_end: int, close_end=None) -> bool:
    """True for words named, not said: after "the term", "the phrase", "known as",
    "Latin for", "words such as", each further item of such a list ("“a,” “b” and “c”"),
    and before "which is defined as"."""
    if 0 <= term_end <= open_start and open_start - term_end < 20 and \
            masked[term_end - 2:term_end - 1] not in (".", "?", "!") and \
            _TERM_LIST.match(masked, term_end, open_start):     # "“sham.” “We …”": a new sentence
        return True
    nxt = masked[close_end + 1:close_end + 3] if close_end is not None else ""
    if (nxt in _AFTER_TWO or nxt[:1] in BLANKS) and masked[open_start - 1:open_start] in BLANKS:
        det = _word_before(masked, open_start)      # (nxt: a cheap test first; most pass none)
        if det in DETERMINERS and _NOUN_AFTER.match(masked, close_end) or \
                det in ARTICLES and _DEFINES_AFTER.match(masked, close_end):
            return True     # 'the “…” trope', 'A “…” is when'
    if close_end is not None and _DEFINED_AFTER.match(masked, close_end) or naming_cue(masked, open_start):
        return True         # 'a “targeted area,” which is defined as …'; 'referred to as “…”'
    lo = max(0, open_start - 40)
    if not _cue_ending(masked[lo:open_start]):
        return False        # what _TERM_CUE needs to end with is not there: skip its search
    return _TERM_CUE.search(masked, lo, open_start) is not None and \
        _USED_TERM.search(masked, max(0, open_start - 60), open_start) is None


# the last word of every _TERM_CUE branch ("the term", "words such as", "known as the",
# "nicknamed", "Latin for", "short for"): a cheap test before the end-anchored search
_CUE_LAST_WORDS = ("term", "phrase", "word", "label", "moniker", "hashtag", "slogan", "motto",
                   "acronym", "pseudonym", "nickname", "alias", "as", "like", "the",
                   "nicknamed", "for")


def _cue_ending(before: str) -> bool:
    """True when ``before`` less _TERM_CUE's tail (spaces, one , : or dash, spaces) ends
    with a cue's last word (catchphrase ends with phrase): needed for _TERM_CUE to match."""
    before = before.rstrip(" \t\u00a0")
    if before[-1:] in (",", ":", "\u2014", "\u2013", "-"):
        before = before[:-1].rstrip(" \t\u00a0")
    return before.endswith(_CUE_LAST_WORDS)


# "Vane has used the phrase “…”", "coined a new phrase, “…”": the user's own words
_USED_TERM = re.compile(
    r"\b(?:use[sd]?|using|use[ \t\u00a0]+of|coin(?:s|ed|ing)?|prefer(?:s|red)?|utter(?:s|ed)?|"
    r"repeat(?:s|ed)?)[ \t\u00a0]+(?:[\w\u2019'-]+[ \t\u00a0]+){0,2}(?:term|phrase|word|slogan)"
    r"[ \t\u00a0]*[,:]?[ \t\u00a0]*\Z")


_BY_AGENT = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]+by[ \t\u00a0]+(?:the[ \t\u00a0]+)?[A-Z]")


def unclaimed_fragments(found: list, text: str) -> None:
    """A fragment of at most four words that no attribution step gave a speaker ("Tea Party
    “super PACs” had seized", "promoting “quack” cures") is the narrator's term: scare kind.
    A cry or a chant ("chanted “What curfew?”", "jeers and “BERNIE!”") and words credited to
    someone after them ("called “strategic ambiguity” by Jo Hendry") stay words said."""
    for f in found:
        q = f.span
        if f.kind == "partial" and f.att is None and len(text[q.start:q.end].split()) <= 4 \
                and text[q.start:q.end].rstrip(" ,.")[-1:] not in "?!" \
                and not chanted(text, q.open_start) and not (
                    q.close_end is not None and _BY_AGENT.match(text, q.close_end)):
            f.kind = "scare"


_LIST_ITEM = re.compile(r"[ \t\u00a0]*(?:[A-Z][A-Z0-9 &'\u2019,.-]{1,40})?[\u2014\u2013-]?[ \t\u00a0]*")
_CREDIT_AFTER = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]+by[ \t\u00a0]+(?:the[ \t\u00a0]+)?[A-Z]")


def credited_headline(text: str, q) -> bool:
    """'—“Museum to close in December,” by the Courier's Ana Ruiz:': another article's
    headline, credited to its writer (a newsletter's link list), not speech."""
    if q.close_end is None or _CREDIT_AFTER.match(text, q.close_end) is None:
        return False
    line0 = text.rfind("\n", 0, q.open_start) + 1
    return _LIST_ITEM.fullmatch(text, line0, q.open_start) is not None


def subhead(text: str, q, verb_re=None, tail_only: bool = False) -> bool:
    """A paragraph that is nothing but a short quotation in single marks ('‘So much anger.’'
    between paragraphs; up to 16 words with no stop of its own): a section head quoting below.
    With ``tail_only``, only a head with a short tail and no reporting verb (``verb_re``)
    counts ('‘Circle of friends’ grows in shelters.': a headline's single marks around a term,
    no one's speech: the caller makes it a headline quotation with no speaker)."""
    if q.close_end is None or text[q.open_start] not in "\u2018'" or q.start - q.open_start > 1 \
            or text[q.open_start + 1:q.open_start + 2] == "'" or \
            len(text[q.start:q.end].split()) > (10 if text[q.end - 1:q.end] in ".?!,;:" else 16):
        return False
    line0 = text.rfind("\n", 0, q.open_start) + 1
    line1 = text.find("\n", q.close_end)
    line1 = len(text) if line1 == -1 else line1
    if text[line0:q.open_start].strip():
        return False
    tail = text[q.close_end:line1].strip(" \t.")
    if tail_only:
        return bool(tail) and _head_tail(text, q, tail, verb_re)
    return not tail


def _head_tail(text: str, q, tail: str, verb_re) -> bool:
    """True for a subhead's tail: up to six words, lower case first, no stop inside, and no
    reporting verb, after a quotation of up to six words with no stop of its own."""
    words = tail.split()
    return len(words) <= 6 and words[0][:1].islower() and not any(c in tail for c in ".?!:;\"\u201c") \
        and len(text[q.start:q.end].split()) <= 6 and text[q.end - 1:q.end] not in ".?!,;:" \
        and verb_re.search(tail) is None


def caps_head(text: str, q) -> bool:
    """'“DIVISIVE, STUPID AND WRONG”' opening its line (a news digest's section heads): a
    head in capitals quoting the story below it, not speech this sentence reports."""
    body = text[q.start:q.end]
    if q.close_end is None or not body.isupper() or len(body.split()) < 2 or len(body) > 100:
        return False
    line0 = text.rfind("\n", 0, q.open_start) + 1
    return not text[line0:q.open_start].strip()


def speaker_kind(mention_kind: str, entity: Optional[int], speaker: Optional[str],
                 resolver) -> Optional[str]:
    """person, organisation or description for a resolved speaker (None: no speaker; the
    narrator's "I" is :func:`quotecheck.quotes.narrator.narrator_speaks`)."""
    if not speaker:
        return None
    ent_kind = resolver.entities[entity].kind if entity is not None else None
    if ent_kind == "org":
        return "organisation"
    if ent_kind == "person":
        return "person"
    if mention_kind == "name":
        words = speaker.lower().split()
        org = any(w in resolver.lex.org_cues for w in words) or \
            words[-1] in resolver.lex.group_roles or words[0] == "the"
        return "organisation" if org else "person"
    return "description"


_ADDRESSEE = re.compile(r"\b(?:to|for|at|toward|towards|with)[ \t\u00a0]+(?:[a-z][\w\u2019'-]*"
                        r"[ \t\u00a0]+){0,3}\Z")


def is_addressee(masked: str, start: int, floor: int) -> bool:
    """True when the mention at ``start`` is the object of "to"/"for" ("a note she sent to her
    aide Lee: “Call me.”"): the one addressed, not the speaker."""
    return bool(_ADDRESSEE.search(masked, max(floor, start - 40), start))


_SMALL = frozenset(("and", "of", "the", "a", "an", "in", "on", "to", "for", "or", "at", "with",
                    "by", "from", "as", "vs", "vs.", "v.", "&", "is", "my", "your", "our"))


def is_title(text: str, start: int, end: int) -> bool:
    """'“Farmers for Rudd 2012”', '“Back the Builders”', ''Harvest of the Dunes'': two
    to eight words in Title Case (small words aside), no sentence inside: a name or title."""
    words = text[start:end].rstrip(",.;: ").split()
    if not 2 <= len(words) <= 8 or text[end - 1:end] in "?!":
        return False
    caps = 0
    for i, w in enumerate(words):
        core = w.strip("()[]\u2019'\"-:")
        if not core:
            continue
        if core[:1].isupper() or core[:1].isdigit():
            caps += 1
        elif not (i and core.lower() in _SMALL):
            return False
    return caps >= 2 and "." not in text[start:end].rstrip(".")


def in_markup(text: str, open_start: int) -> bool:
    """True for a quoted attribute value of a tag (<tweet id="…" author="…">)."""
    lt = text.rfind("<", max(0, open_start - 1000), open_start)   # values run long
    return lt >= 0 and ">" not in text[lt:open_start] and "\n" not in text[lt:open_start] \
        and re.match(r"</?[A-Za-z]", text[lt:lt + 2]) is not None
