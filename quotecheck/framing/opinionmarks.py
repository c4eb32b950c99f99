"""Opinion marks of full scraped articles that carry no section tag (issue 15, baly07 reading).

A page scraped whole (newspaper3k's text of an AllSides-linked article) often loses the
desk's label, yet keeps other furniture of its genre, the same for every outlet:

* a column syndicate's copyright line at the foot ("COPYRIGHT 2020 CREATORS.COM",
  "(c) 2020 by King Features Syndicate", "\u00a9 2019 Tribune Content Agency, LLC"; the
  syndicates are rule data, ``[syndicates]`` of ``opinion-voice.toml``): these syndicates sell
  columns and features, so the piece is a syndicated column (a news agency's line, "(c) 2020
  The Associated Press", is not one of them, nor a news service's credit "Distributed by
  ...", which names the syndicate as the carrier and the paper as the holder), but a
  columns-only syndicate's distribution credit on the last line ("DISTRIBUTED BY
  CREATORS.COM" under the author's own copyright line) is a column's;
* a column's sign-off at the foot naming the piece a column, an op-ed, a commentary or an
  essay printed before ("This column originally appeared in ...", ``[column_signoff]``);
* a media-watch post's appeal naming the sponsors of the coverage it criticises and
  pointing the reader to their contact details (``[sponsor_appeal]``);
* a review's furniture: a bookseller's link on the bibliographic line ("TITLE by Jane Roe
  Buy on Bookshop") or a page address whose slug ends on the genre ("...-book-review");
* an author's note that opens on the role ("Outlet columnist Jane Roe is a ..."), the last
  short paragraph: :mod:`quotecheck.framing.genre` reads notes that open on the name;
* a syndicated column's byline box closing the page: the author's name, who they are or
  have been, and their book ("Jane Roe has been a harbour pilot ... Her newest book ...";
  ``[closing_bio]``), longer than the short notes above and naming no staff
  post (a reporter's bio may name a book too, and reports carry reporters' bios);
* a closing call to action: the narrator tells the reader to contact someone and demand or
  urge something (an advocacy blog's appeal; news tells readers where to find help, not
  what to demand);
* an essayist's 'we' that prescribes: in its own sentences (outside quotations) the
  narrator tells a 'we' what it must, should, ought to or needs to do at least ``MIN_WE_
  MUST`` times and asks at least ``MIN_ASKED`` questions of its own; news leaves 'we must'
  to the people it quotes;
* a commentary page's summary bullets giving one named author's argument line by line
  ("Jane Roe: ...", "She says ...", "Roe: ..."; ``[author_summary]``): a news summary names
  several speakers;
* a lede's verdict on a figure's claim, a present-tense sentence of its own ("He's right
  about that."; ``[lede_verdict]``): news reports a claim and leaves the verdict to others.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from quotecheck.framing.textkinds import HEAD_CHARS
from quotecheck.resources.regexprefilter import guard
from quotecheck.resources.regexruns import run_scoped
from quotecheck.resources.ruledata import load_data
# the syndicate's holder line is shared with provenance (the common source of a column's
# carriers), so it lives below both stages
from quotecheck.resources.syndicates import columns_credit, holder_line
from quotecheck.text.lexicon import word_alternation


# "TITLE: Subtitle by Jane Roe and John Doe Buy on Bookshop" (the retailer's link text kept
# on the bibliographic line by the scraper)
_BOOKSELLER_LINE = run_scoped(re.compile(
    r"(?m)^[^\n]{3,200}\bby [A-Z][^\n]{2,120}\bBuy (?:it |the book |now )?(?:on|at|from) "
    r"(?:Bookshop|Amazon|IndieBound|Barnes)\b"))
_REVIEW_SLUG = re.compile(r"[-_/](?:book|film|movie|album|tv|theater|theatre)[-_]review"
                          r"(?:[-_/.]|$)", re.I)
# the role first, then the name and 'is': "THR columnist Jane Roe is a ...", "Contributing
# writer John Doe is ..."
_ROLE_NOTE = re.compile(
    r"(?:[A-Z][\w.&'\u2019\-]* ){0,3}(?i:guest columnist|columnist|contributing writer|"
    r"contributing editor|contributing columnist|contributor) "
    r"[A-Z][\w.'\u2019\-]+(?: [A-Z][\w.'\u2019\-]+){0,3},? (?:is|was) ")
NOTE_WORDS = 60
"""Longest last paragraph (in words) read as an author's note, role first here or name first
in :mod:`quotecheck.framing.genre`."""


@lru_cache(maxsize=1)
def _trailing_card() -> "re.Pattern":
    """Page furniture a scraper keeps after the author's note: a card or link line opening
    with a label in capitals and a colon (``[closing_note] trailing_cards``, "WATCH: How the
    vote went"), one short line; no part of the text, so the note above it still closes it."""
    labels = load_data("opinion-voice")["closing_note"]["trailing_cards"]
    return re.compile(r"(?:%s)[ \t]*:[^\n]{0,150}\Z" % "|".join(map(re.escape, labels)))
# read in the narration (lower case, quotations masked): a quoted activist's "Call your
# senator and demand a vote" is someone else's appeal
_CALL_TO_ACTION = guard(re.compile(   # (behind its needles' test, speed27)
    r"(?m)(?:^|[.!?][ \t]+)(?:contact|call|write to|e-?mail|tell) [^\n.!?]{3,120}?"
    r"\band (?:demand|urge|insist)\b"))
_WE_MUST = re.compile(   # first letters first, \b behind them: re skips ahead in C (speed27)
    r"(?:w(?<=\bw)(?:e|e all)|u(?<=\bu)s all) (?:all )?(?:must|should|ought to|need to|have to)\b")
MIN_WE_MUST, MIN_ASKED = 2, 2
"""Fewest narrator sentences prescribing to 'we', and fewest of its own questions."""


def closing_note(text: str, by_line: bool, max_words: int = NOTE_WORDS) -> str:
    """The last paragraph of ``text`` (of three at least; with ``by_line`` each line is one;
    trailing video cards and link lines, :func:`_trailing_card`, left out),
    without the bracket wire copy opens a note with ("(X is ...)"), where it is short enough
    for an author's note (``max_words``, ``NOTE_WORDS`` unless given); else ''."""
    parts = re.split(r"\n[ \t]*\n|\n" if by_line else r"\n[ \t]*\n", text.strip())
    paragraphs = [p.strip() for p in parts if p.strip()]
    while len(paragraphs) > 3 and _trailing_card().match(paragraphs[-1]):
        paragraphs.pop()
    if len(paragraphs) < 3:
        return ""
    last = paragraphs[-1].lstrip("(")
    return last if len(last.split()) <= max_words else ""


@lru_cache(maxsize=1)
def closing_bio() -> tuple:
    """The compiled ``[closing_bio]`` patterns: (opening, book, staff) and its word cap."""
    data = load_data("opinion-voice")["closing_bio"]
    return (re.compile(data["opening"]), re.compile(data["book"]),
            re.compile(data["staff"], re.I), data["max_words"])


def book_bio(text: str) -> bool:
    """Whether the last paragraph (or line) of ``text`` is an author's bio naming their book:
    it opens on a name and who the person is or has been, says they wrote a book ('is the
    author of', 'His latest book is'), and names no staff post of a newsroom
    (``[closing_bio]``)."""
    return _bio_line(closing_note(text, by_line=True, max_words=10 ** 9))


def _bio_line(last: str) -> bool:
    """:func:`book_bio` of the closing line ``last`` already read (any length: at most
    ``max_words`` words pass)."""
    opening, book, staff, max_words = closing_bio()
    return bool(last) and len(last.split()) <= max_words and bool(opening.match(last)) \
        and bool(book.search(last)) and not staff.search(last)


@lru_cache(maxsize=1)
def _verdict_headline() -> "re.Pattern":
    """A headline that opens on the narrator's own possessive and a verdict ("Our Stupid
    Decade", "My Shameful Party"): ``[headline_verdict]`` possessives, then a one-word
    evaluative adjective of the QC331 lexicon (``framing-evaluative``)."""
    data = load_data("opinion-voice")["headline_verdict"]
    verdicts = sorted({w for group in load_data("framing-evaluative")["labels"]
                       for w in group["words"] if w.isalpha()}, key=lambda w: (-len(w), w))
    return re.compile(r"[ \t]*(?:%s)[ \t]+(?i:%s)\b" % (word_alternation(data["possessives"]),
                                                       word_alternation(verdicts)))


@lru_cache(maxsize=1)
def _headline_label() -> "re.Pattern":
    """The desk's genre label kept on the headline's line: after it ("...: Our view",
    "... | Column") or heading it ("Endorsement: ..."); ``[headline_labels]``."""
    data = load_data("opinion-voice")["headline_labels"]
    return re.compile(r"(?i)[ \t]*(?:(?:%s)[ \t]*:|[^\n]{8,200}?[ \t]*[:|\u2014\u2013][ \t]*"
                      r"(?:%s)[ \t]*$)" % (word_alternation(data["heading"]),
                                            word_alternation(data["tail"])),
                      re.M)


@lru_cache(maxsize=1)
def _editors_note() -> "re.Pattern":
    """An editor's note on its own line naming the piece a commentary (``[editors_note]``)."""
    data = load_data("opinion-voice")["editors_note"]
    return re.compile(r"(?im)^[ \t]*\(?%s%s" % (data["note"], data["genre"]))


@lru_cache(maxsize=1)
def _column_signoff() -> tuple["re.Pattern", int]:
    """A column's sign-off naming the piece printed before ("This column originally appeared
    in ...", "A version of this column appeared in ..."), at a line's start or after a
    sentence's end, and the foot's ``tail_chars`` it is read in (``[column_signoff]``)."""
    data = load_data("opinion-voice")["column_signoff"]
    return re.compile(r"(?im)(?:^|[.!?][\"'\u201d\u2019)]?[ \t]+)[ \t]*(?:(?:%s) version of )?"
                      r"this (?:%s) (?:(?:was|has been|is) )?(?:(?:%s) )?(?:%s)\b" % tuple(
                          word_alternation(data[k]) for k in ("versions", "genres", "adverbs",
                                                                "verbs"))), \
        data["tail_chars"]


def column_signoff(text: str) -> bool:
    """Whether the foot of ``text`` (its last ``tail_chars``) signs the piece off as a column,
    an op-ed, a commentary or an essay printed before elsewhere (``[column_signoff]``)."""
    signoff, tail = _column_signoff()
    return bool(signoff.search(text[-tail:]))


@lru_cache(maxsize=1)
def _sponsor_appeal() -> "re.Pattern":
    """A paragraph naming the sponsors of the coverage and pointing the reader to their
    contact details (``[sponsor_appeal]``)."""
    data = load_data("opinion-voice")["sponsor_appeal"]
    return guard(re.compile(r"(?i)\b(?:%s)\b[^\n]{0,%d}?\b(?:%s)\b" % (
        word_alternation(data["sponsors"]), data["gap"], word_alternation(data["contact"]))))


_SPEAKER_LABEL = re.compile(r"(?:[A-Z][\w.'\u2019\-]* ){0,2}([A-Z][\w.'\u2019\-]*):\s")


@lru_cache(maxsize=1)
def _summary_opener() -> "re.Pattern":
    """A summary bullet giving an author's full name: "Jane Roe: ...", "Jane Roe says ...",
    or "..., writes Jane Roe" at its end (``[author_summary]``)."""
    data = load_data("opinion-voice")["author_summary"]
    verbs = "|".join(data["verbs"])
    return re.compile(r"^(?:Story highlights\s+)?(%s)(?::|\s+(?:%s))\s|,\s+(?:%s)\s+(%s)\.?\s*$"
                      % (data["name"], verbs, verbs, data["name"]))


def author_summary(text: str) -> bool:
    """Whether the short lines at the top of ``text`` summarise one named author's argument
    bullet by bullet (``[author_summary]``): a full name, then more bullets going on with
    the surname ("Roe: ...", "Roe says ...") or 'He/She says', one at least a surname label
    (or more such bullets without one)."""
    data = load_data("opinion-voice")["author_summary"]
    verbs = "|".join(data["verbs"])
    head = text.lstrip("\n").split("\n", 4 * data["first_lines"])[:4 * data["first_lines"]]
    lines = [s for s in map(str.strip, head) if s][:data["first_lines"]]    # not the whole page
    for i, line in enumerate(lines):
        m = len(line) <= data["max_chars"] and _summary_opener().search(line)
        if not m:
            continue
        name = (m.group(1) or m.group(2)).split()[-1]
        surname = re.escape(name)       # in the patterns; the label compares the name itself
        going_on = re.compile(r"^(?:%s(?::|\s+(?:%s))|(?:He|She)\s+(?:%s))\s"
                              r"|,\s+(?:he|she|%s)\s+(?:%s)\.?$"
                              % (surname, verbs, verbs, surname, verbs))
        rest = [r for r in lines[i + 1:i + 1 + data["window"]] if len(r) <= data["max_chars"]]
        if any(label.group(1) != name for label in map(_SPEAKER_LABEL.match, rest) if label):
            continue    # another speaker's label: an interview's turns, not one author's summary
        follow = sum(bool(going_on.search(r)) for r in rest)
        if follow >= data["min_follow_unlabelled"] or (
                follow >= data["min_follow"]
                and sum(bool(re.match(surname + r":\s", r)) for r in rest) >= data["min_labels"]):
            return True
    return False


def furniture_mark(text: str, url: Optional[str]) -> Optional[str]:
    """Why the page ``text`` (at ``url``) reads as opinion by its furniture, or None."""
    headline = text.lstrip("\n")
    if _headline_label().match(headline):
        return "the desk's label on the headline's line ('...: Our view', 'Endorsement: ...')"
    if _verdict_headline().match(headline):
        return "a headline passing the author's own verdict ('Our Stupid Decade')"
    if holder_line(text):
        return "a column syndicate's copyright line"
    if columns_credit(text):
        return "a column syndicate's distribution credit closes the page"
    if column_signoff(text):
        return "a sign-off naming the piece a column printed before ('This column first " \
               "appeared in ...')"
    if _sponsor_appeal().search(text):
        return "a closing appeal naming the coverage's sponsors and their contact details"
    if _BOOKSELLER_LINE.search(text[:HEAD_CHARS]) or (url and _REVIEW_SLUG.search(url)):
        return "a review's bookseller line or address"
    last = closing_note(text, by_line=True, max_words=10 ** 9)     # read once for both notes
    if last and len(last.split()) <= NOTE_WORDS and _ROLE_NOTE.match(last):
        return "an author's note naming the author's role first"
    if _bio_line(last):
        return "an author's bio naming their book closes the piece: a column's byline box"
    if _editors_note().search(text[:HEAD_CHARS]):
        return "an editor's note naming the piece a commentary or a column run before"
    if author_summary(text):
        return "a summary's bullets giving one named author's argument ('Roe: ...', 'She says ...')"
    return None


def prescribing_we(sentences: list) -> bool:
    """Whether the narrator's own ``sentences`` (lower-case voice sentences) tell a 'we'
    what to do at least ``MIN_WE_MUST`` times and ask at least ``MIN_ASKED`` questions."""
    must = sum(bool(_WE_MUST.search(s)) for s in sentences)
    asked = sum(s.rstrip().endswith("?") for s in sentences)
    return must >= MIN_WE_MUST and asked >= MIN_ASKED


@lru_cache(maxsize=1)
def _lede_verdict() -> "re.Pattern":
    """A sentence of its own passing the narrator's present-tense verdict on a figure's claim
    ("he's right about that."), after a sentence's end or a quotation's close; read in the
    lower-case narration's lede; ``[lede_verdict]``."""
    data = load_data("opinion-voice")["lede_verdict"]
    verbs = "|".join(re.escape(v) for v in data["verbs"])
    return re.compile(r"(?:\A|[.!?\"\u201d\x00][ \t]+)(?:%s)(?:%s) (?:(?:%s) )?(?:%s)"
                      r"(?: (?:%s))?[.!](?=\s|\Z)" % (
                          word_alternation(data["pronouns"]), verbs,
                          word_alternation(data["qualifiers"]),
                          word_alternation(data["verdicts"]), word_alternation(data["scopes"])))


def voice_mark(narration_text: str, sentences: list) -> Optional[str]:
    """Why the narration (``narration_text``: lower case, quotations masked; ``sentences``:
    the texts of its voice sentences in :mod:`quotecheck.framing.genre`) reads as an
    advocate's or an essayist's, or None."""
    if _CALL_TO_ACTION.search(narration_text):
        return "a call to action: the reader told to contact someone and demand"
    if _lede_verdict().search(narration_text[:HEAD_CHARS]):
        return "the narrator's verdict on a figure's claim in the lede ('He's right about that.')"
    if prescribing_we(sentences):
        return "the narrator tells 'we' what to do and asks: an essayist's voice"
    return None
