"""Speakers given by punctuation instead of a reporting verb: a credit line after a dash
('"..." ― Ana Ruiz' on its own line), a headline's 'X: "..."' and a line's '"..." – X'."""
from __future__ import annotations

import re
from typing import Optional

from quotecheck.quotes.attribution import Attribution
from quotecheck.quotes.attribution_words import Lexicon
from quotecheck.quotes.inverted_mentions import mention_after
from quotecheck.quotes.kinds import is_addressee
from quotecheck.quotes.mentions import Mention, mention_ending


_CREDIT_DASH = re.compile("[ \t\u00a0]*(?:[\u2015\u2014\u2013]|--?)[ \t\u00a0]*")


def credit_line(text: str, open_start: int, close: int, lex: Lexicon) -> Optional[Attribution]:
    """'“We need a change.” ― Ana Ruiz' on a line of its own (a vox pop, an epigraph): the
    name after the dash that ends the quotation's line is its speaker; so is the name of a
    dash line right under a quotation paragraph ('“…”' then '- Bo Vane.' or '-President Dan
    Obi, tweeting after the speech.': a fact-check list, a "quotable" box); and the one who
    "puts it" in the clause before ("As Bo Vane puts it, “…”")."""
    if text.find(" put", max(0, open_start - 160), open_start) >= 0:
        as_put = _AS_PUT_IT.search(text, max(0, open_start - 160), open_start)
        m = mention_after(text, as_put.start(1), lex, as_put.end(1)) if as_put else None
        if m is not None and m.kind in ("name", "description") and m.end == as_put.end(1):
            return Attribution.without_verb(m)    # "As Vane put it, “…”"
    dm = _CREDIT_DASH.match(text, close)
    below = False
    if dm is None and text[close:close + 1] in ("\n", "\r", "."):
        dm = _CREDIT_BELOW.match(text, close)       # the dash opens the next line
        below = dm is not None
    if dm is None or dm.end() == close:
        return None
    line0 = text.rfind("\n", 0, open_start) + 1
    if text[line0:open_start].strip(" \t\u00a0\u202a\u202c"):
        return None
    line1 = text.find("\n", dm.end())
    line1 = len(text) if line1 == -1 else line1
    m = mention_after(text, dm.end(), lex, line1)
    rest = text[m.end:line1].strip(" .\t\u00a0\r") if m is not None else ""
    if m is None or m.kind != "name" or rest and not (below and rest[0] == ","):
        return None
    return Attribution.without_verb(m)


# "As Bo Vane puts it, “…”", "as The Herald’s Bo Vane put it in a column: “…”": the clause
# opening the sentence or following a comma, then the quotation
_AS_PUT_IT = re.compile(r"(?:(?<=[\n.!?,;\u201d\"])[ \t\u00a0]*|\A)[Aa]s[ \t\u00a0]+([^,.;:\n]{2,60}?)"
                        r"[ \t\u00a0]+puts?[ \t\u00a0]+it\b[^.;:\n\"\u201c\u201d]{0,60}?[,:]?[ \t\u00a0]*\Z")
# the rest of the quotation's line (a full stop at most), blank lines, a dash opening a line
_CREDIT_BELOW = re.compile("[ \t\u00a0.]*\r?\n(?:[ \t\u00a0]*\r?\n)*[ \t\u00a0]*"
                           "(?:[\u2015\u2014\u2013]|--?)[ \t\u00a0]*")


_COLON_SPEAKER = re.compile(r"[ \t\u00a0]*:[ \t\u00a0]*$")
_DASH_SPEAKER = re.compile("[ \t\u00a0]*[\u2013\u2014\u2015-][ \t\u00a0]*")


def punctuation_attribution(text: str, open_start: int, close_end: Optional[int],
                            s0: int, s1: int, lex: Lexicon) -> Optional[Attribution]:
    """'X: “quote”' (colon) or '“quote” – X' (dash, en or em dash or the horizontal bar ―)
    ending a headline or a line."""
    pre = text[s0:open_start]
    # (a colon looked for first: the search tries the pattern at every offset of ``pre``)
    if ":" in pre and _COLON_SPEAKER.search(pre) and not _section_label(pre[:pre.rindex(":")]):
        colon = pre.rindex(":")
        m = mention_ending(pre[:colon].rstrip(), s0, lex)
        if m is not None and m.kind != "pronoun" and not _common_plural(m, text, lex) \
                and not is_addressee(text, m.start, s0):
            return Attribution.without_verb(m)
    if close_end is not None:
        dm = _DASH_SPEAKER.match(text, close_end, s1)
        if dm:
            m = mention_after(text, dm.end(), lex, s1)
            if m is not None and m.kind == "name" and text[m.end:s1].strip(" .") == "":
                return Attribution.without_verb(m)
    return None


def _section_label(pre: str) -> bool:
    """True for "ANALYST'S VIEW" or "EUROPEAN GROWTH" (two or more words in capitals opening
    a paragraph): a wire digest's section label before its quotation, no speaker."""
    line = pre[pre.rfind("\n") + 1:].strip()
    return " " in line and line.isupper()


def _common_plural(m: Mention, text: str, lex: Lexicon) -> bool:
    """'Councillors split over levy: “…”': a plural common noun (capitalised by a headline) is no
    named speaker."""
    if m.kind == "group":
        return True
    words = m.text.split()
    if m.kind != "name" or len(words) != 1 or not words[0].endswith("s") or words[0].endswith("ss"):
        return False
    low = words[0].lower()
    return low in lex.group_roles or low[:-1] in lex.person_roles or \
        re.search(rf"(?<![\w.]) {re.escape(low)}\b", text) is not None
