"""Opinion pieces: where the narrator's voice is the author's, by design.

A column or an op-ed argues; 'claimed' or 'infamous' there is the author's stated view, not
an outlet slipping its stance into a news report. Framing findings in an opinion piece are
therefore at most info. The same test applies to every outlet: the document's metadata
(``section`` in front matter or the manifest), the page's own labels and byline
conventions ("Opinion |", "Op-Ed", "Letters", "X is a columnist", "By X, professor at ...", a
closing author's note "X, ..., is co-founder of ...", a bio line "X is a writer and
journalist. He is the author of ..."), or, where
the page carries no label (a review, a reposted column), an author who speaks as "I" in the
narration together with other marks of a personal voice (addressing the reader, "we",
rhetorical questions, a sentence opened by a stance adverb such as "Remarkably", a
concession "Sure, ...", an aside "(thankfully)"), or, without
"I", one who marks the personal voice in all those other ways (a blogger's voice) or who
speaks for a 'we' with the reader, addresses 'you' and asks (an essayist's voice), or a
narrator who argues: prescribes in its own unattributed sentences ('Germany must make a
greater effort itself'), asks inside its paragraphs and attributes little (an editorial or a
commentary; :func:`argued_voice`), or one who talks to someone in its own sentences
('Well, ...', '..., folks.', 'Just watch.': :mod:`quotecheck.framing.talkvoice`).
Wire copy marks its genre in its own furniture: an editors' note naming the piece a review
or column, a "Reviewed by" line, a genre slug on its own line ("(Slate commentary)") or
heading the headline ("EDUCATION COLUMN: ...", "FILM REVIEW: ..."), a line introducing a
reprint ("The following editorial appeared in ..."), a review's credit block
("Cast: ... Director: ..."), a
books page's bibliographic head line ("TITLE, by X. Publisher; 586 pages; $29.95."), a
critic's closing tagline, or (syndicated papers' copy) an
unsigned piece with no dateline under a newspaper's copyright line: its editorial.
A full page scraped without its desk's label keeps other furniture of its genre (a column
syndicate's line, a bookseller's link, a role-first author's note, a call to action, an
essayist's prescribing 'we'): :mod:`quotecheck.framing.opinionmarks`. Last, the voice as a
score (:mod:`quotecheck.framing.voicescore`): an argued narration, and a report dense with
attributions and quotations where no personal-voice test is read.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import Any, Optional

from quotecheck.framing.authornotes import byline_note, closing_author_note
from quotecheck.framing.columnvoice import argument_mark_reason, reader_imperative
from quotecheck.framing.essayvoice import essay_reason
from quotecheck.framing.opinionmarks import furniture_mark, voice_mark
from quotecheck.framing.talkvoice import conversational_voice
from quotecheck.framing.textkinds import HEAD_CHARS
from quotecheck.framing.voicelines import others_lines, voice_text
from quotecheck.framing.voicescore import SENTENCE as _SENTENCE, WORD as _WORDS, own_words
from quotecheck.framing.voicescore import argued_reason, reported, stance_rate, voice_features
from quotecheck.load.sections import opinion_section   # (in load: provenance reads it too)
from quotecheck.model import Document
from quotecheck.resources.regexprefilter import OpeningOrFound, guard
from quotecheck.resources.regexruns import run_scoped
from quotecheck.text.spanindex import SpanIndex


# A label line at the top of the page: "Opinion", "Opinion | Title", "OP-ED: ...", and the
# editorial board's signed pieces ("EDITORIAL OBSERVER: ...", "Editorial Notebook: ..."), and a
# compound label whose last part is one of those ("ANALYSIS/OPINION:").
_LABEL_LINE = run_scoped(re.compile(r"(?im)^[ \t]*(?:(?:news )?analysis ?/ ?)?"
                         r"(?:opinion|op-ed|op ed|editorial(?: observer| notebook)?|"
                         r"column|commentary|"
                         r"guest column|guest essay|perspective|letters|letters to the editor|"
                         r"letter to the editor)\.?[ \t]*(?:[|:\u2014\u2013-]|$)"))
# A byline with a role: "By Jane Roe, professor at ...", "By X, a columnist".
_BYLINE_ROLE = run_scoped(re.compile(
    r"(?m)^[ \t]*By [A-Z][\w.'\u2019\-]+(?: [A-Z][\w.'\u2019\-]+){0,3}, (?:an? |the )?"
    r"(?:\w+ ){0,2}(?:professor|columnist|contributor|opinion writer|author|lecturer|"
    r"fellow|former \w+)\b"))
# The tagline conventions anywhere: "X is a columnist", "The views expressed ... own",
# a genre line "This is an opinion column." on a line of its own.
# Behind its literal prefilter: one text in a hundred holds any of its phrases, and the
# engine tried five case-blind branches at every character of the others (~1 ms an article)
_TAGLINE = guard(re.compile(
    r"\b(?:is|was) an? (?:[\w\-]+ ){0,3}(?:columnist|opinion writer|op-ed contributor|"
    r"contributing opinion writer|editorial writer)\b"
    r"|\b(?:in|from) my (?:last |previous |earlier |latest |weekly |)column\b"
    r"|\b(?:his|her|their) opinions are (?:his|her|their) own\b|\beditor of the editorial page\b"
    r"|\bthe (?:views|opinions|thoughts) expressed (?:[\w\-]+ ){0,4}are (?:(?:just |only )?"
    r"those of (?:just |only )?the (?:author|writer)|the author's own|(?:his|her|their) own|solely"
    # (issue 15/11) "The views expressed in this essay are hers." (on no silver news page)
    r"|(?:his|hers|theirs|the (?:author|writer)['\u2019]s)\b)"
    # (issue 11, judge27b) the page's own genre line, wherever it stands (after a summary's
    # bullets and the author's bio): "This is an opinion column." over its disclaimer
    r"|^[ \t]*this is an (?:opinion|op-ed) (?:column|piece|article|essay)\b", re.I | re.M))
# (issue 15/11) More of a column's furniture, read after the page furniture (an editor's note
# "This column originally appeared ..." names its own reason first; a pattern apart from the
# tagline, whose literal prefilter takes at most 40 needles): the piece's reprint line, "This column
# first appeared in ...", an opinion page's panel of outside writers, "a member of the Ledger's
# Board of Contributors", and an editorial's signature line, "The Editorial Board" (none of
# them on a silver news page).
_COLUMN_LINES = guard(re.compile(
    r"\bthis (?:column|op-ed|commentary|essay) (?:[\w\-]+ ){0,2}(?:first |originally )?"
    r"(?:appeared|ran|was (?:first |originally )?published)\b"
    r"|\bboard of contributors\b|^[ \t]*(?:the )?(?:[\w.'\u2019]+ ){0,3}editorial board[ \t]*$",
    re.I | re.M))
# Wire furniture naming the genre: "(Eds.: Credits follow the review.)",
# "_ Reviewed by JANE ROE" (a books page).
_WIRE_GENRE = re.compile(   # its "Reviewed by" line apart, tried at line starts (speed27)
    r"\((?i:eds?|editors?)\.?:[^)]{0,200}\b(?i:review|column|commentary|editorial|op-ed)s?\b")
_REVIEWED_BY = run_scoped(re.compile(r"(?m)^[ \t_\-]*Reviewed by [A-Z]"))
# (issue 15, DUC 2007 main reading) an editor's note at the top naming the author's opinion
# role: "(EDITOR'S NOTE: Jane Roe, an editorial writer for the Dale (Ore.) Ledger, is
# known for her pieces on press freedom.)"; a parenthesis of a few words may
# stand inside it, blank-line hard wraps too
_EDITORS_NOTE = re.compile(
    r"\((?i:editor['\u2019]?s['\u2019]?\s+note|note\s+to\s+editors)\s*:"
    r"(?:[^()]|\([^()\n]{0,40}\)){0,300}?"
    r"\b(?i:editorial[ \t]+page[ \t]+editor|editorial[ \t]+writer|columnist|commentator|"
    r"commentary|op-ed|column)s?\b")
# The wire's genre slug on a line of its own near the top, "(Slate commentary)", "(Column)"
# (not "(The Week in Review)": a news section), and a books page's bibliographic head line,
# "THE TITLE, by Jane Roe. Publisher; 586 pages; $29.95." (the piece under it is a review).
_HEAD_GENRE = run_scoped(re.compile(
    r"^[ \t]*\((?:[A-Z][\w.'\u2019\-]* ){0,3}(?i:commentary|column|editorial|op-ed|"
    r"opinion)\)[ \t]*$"
    r"|^[^\n]{2,150}, by [A-Z][\w.'\u2019\-]+(?: [A-Z][\w.'\u2019\-]+){0,3}[.,;(][^\n]{0,80}"
    r"\b\d{2,4} pages\b[^\n]{0,20}\$\d", re.M))
# (issue 15, TAC 2011 reading) the wire's line introducing a reprinted opinion piece: "The
# following editorial ran in Monday's Riverton Gazette:", "The following column by Jane
# Roe was published in ..."
_FOLLOWING = run_scoped(re.compile(r"(?im)^[ \t]*(?:\(?)the following (?:[\w'\u2019\-]+ ){0,2}"
                        r"(?:editorial|column|commentary|op-ed|opinion piece|essay)s?\b[^\n]{0,80}"
                        r"\b(?:appeared|appears|was published|ran|runs|is reprinted)\b"))
# A genre slug heading the headline, after a word or two of topic: "EDUCATION COLUMN: ...",
# "FILM REVIEW: ..." (wire copy files its columns and reviews this way; not "ANALYSIS:", which
# heads news analysis, a news genre).
_HEADLINE_SLUG = re.compile(
    r"\A\s*(?:[A-Z][\w&'\u2019\-]*[ \t]+){1,2}(?i:column|review|commentary|op-ed)[ \t]*:")
# A film guide's or a review's credit block: "Cast: Jane Roe, John Doe. Director: Ann Poe."
# The plot told under it is the critic's summary of a fiction, not the outlet's news voice.
_CREDITS = guard(re.compile(r"(?m)\bCast: [A-Z][^\n]{2,200}?\bDirect(?:or|ors|ed by):? [A-Z]"))
# A syndicate's copyright line, "c.2000 The Boston Globe", its byline and its dateline.
# (the head patterns with a "^" of each line are tried at line starts only, speed28)
_COPYRIGHT_LINE = run_scoped(re.compile(r"(?m)^[ \t]*c\. ?\d{4} ([A-Z][^\n]{2,60})$"))
_BYLINE = re.compile(r"(?m)\bBy [A-Z][\w.'\u2019\-]+|^[ \t]*BY [A-Z]")
_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Za-z.'\-]*(?:[ ,]+[A-Z][A-Za-z.'\-]*){0,5}"
                       r"(?: \([A-Za-z]+\))? ?(?:_|--|\u2014|:)")


# An op-ed author's bio line, top or foot: "Jane Roe is an American writer. She is the author of"
_AUTHOR_BIO = run_scoped(re.compile(   # (line starts only, speed27)
    r"(?m)^[ \t]*[A-Z][\w.'\u2019\-]+(?: [A-Z][\w.'\u2019\-]+){1,3} (?:is|was) an? (?:[\w\-]+ ){0,3}"
    r"(?:writer|journalist|author|commentator|essayist|novelist|columnist)"
    r"(?: and (?:[\w\-]+ ){0,2}(?:writer|journalist|author|commentator|analyst|broadcaster))?"
    r"[^.\n]{0,80}\.\s+(?:(?:He|She|They) (?:is|are|was|were) (?:the )?(?:co-)?author of|"
    r"(?:His|Her|Their) (?:latest |new |most recent |first )?(?:book|novel)\b)"))


def opinion_reason(doc: Document, narration: Any = None) -> Optional[str]:
    """Why ``doc`` reads as an opinion piece ('section "opinion"', 'labelled Opinion',
    ...), or None for news; ``narration`` (its :class:`~quotecheck.framing.narration.
    Narration`) lets the author's own voice count (:func:`personal_voice`)."""
    if opinion_section(doc.meta):
        return f"section {doc.meta.section.strip()!r}"
    text = doc.view.text
    head = text[:HEAD_CHARS]
    if _LABEL_LINE.search(head):
        return "labelled as opinion at the top"
    if _BYLINE_ROLE.search(head):
        return "a byline naming the author's role"
    if _TAGLINE.search(text):
        return "a columnist's tagline"
    if _AUTHOR_BIO.search(text):
        return "an author's bio line"
    if closing_author_note(text):
        return "an author's note closing the piece"
    if byline_note(head):
        return "an author's note under the byline"
    if _HEADLINE_SLUG.match(head):
        return "a column's or a review's slug heading the headline"
    if _CREDITS.search(text):
        return "a review's credit block (Cast: ..., Director: ...)"
    if _HEAD_GENRE.search(head):
        return "the wire's genre slug or a book's bibliographic line at the top"
    if _FOLLOWING.search(head):
        return "the wire's line introducing a reprinted editorial, column or commentary"
    if _EDITORS_NOTE.search(head):
        return "an editor's note naming the author a columnist or commentator"
    if _WIRE_GENRE.search(text) or _REVIEWED_BY.search(text):
        return "the wire's note naming it a review or column"
    if _unsigned_syndicated(head):
        return "an unsigned, undatelined piece under a newspaper's copyright (its editorial)"
    furniture = furniture_mark(text, getattr(doc.meta, "url", None))
    if furniture:
        return furniture
    if _COLUMN_LINES.search(text):
        return "a column's reprint line, an opinion panel or an editorial board's signature"
    if narration is None:
        return None
    matches, quoting = [], []       # one pass: the voice (read by the five tests below: found
    for m, held in _scoped_sentences(narration):   # once) and the sentences quoting someone
        (quoting if held else matches).append(m)
    voice = [m.group() for m in matches]
    held, quoting = quoting, [m.group() for m in quoting]
    scored = voice_features(narration.text, voice, quoting, stance=False)   # the stance rate
    # only where argued_reason's other tests pass (it is the dearest)
    # (scored's 'i' and 'you' patterns match wherever _MARKS' do: with none in the voice
    # sentences, the three tests below cannot pass and their passes are skipped; speed34)
    # the narrator's words beside its quotations, read only where the voice is no report's
    own = [] if reported(scored) else own_words(held, narration.text)
    if reported(scored):
        pass    # a report's attributions and quotations: an 'I' that slipped is a speaker's
    elif (scored["i"] or own) and personal_voice(narration, voice + own):
        return "the author writes as 'I'"
    elif scored["you"] and reader_address(narration, voice):
        return "the author addresses the reader ('you', 'let's', questions): a blogger's voice"
    elif scored["you"] and inclusive_voice(narration, voice):
        return "the narrator speaks for 'we', addresses 'you' and asks: an essayist's voice"
    if argued_voice(narration, matches):
        return "the narrator prescribes and asks, with few attributions: an argued piece"
    if reader_imperative(voice):
        return "the narrator turns to the reader ('make no mistake', 'rest assured'): a column"
    if conversational_voice(narration, matches):
        return "the narrator talks to someone ('Well, ...', '..., folks.', 'Just watch.'): a blog"
    stance = lru_cache(maxsize=None)(lambda: stance_rate(voice, quoting))   # asked once
    return voice_mark(narration.text, voice) or argued_reason(scored, stance) or \
        essay_reason(scored, voice, stance, getattr(doc.meta, "url", None), head.lstrip("\n")) \
        or argument_mark_reason(voice)    # an argument marker: read last, the other reasons first


def _unsigned_syndicated(head: str) -> bool:
    """Whether ``head`` carries a syndicate's copyright line ("c.2000 The Boston Globe") with
    no byline above or below it and a first paragraph after it with no dateline: the wire's
    convention for a newspaper's (unsigned) editorial; signed or datelined copy is news."""
    m = _COPYRIGHT_LINE.search(head)
    if m is None or _BYLINE.search(head):
        return False
    body = head[m.end():].lstrip()
    return bool(body) and not _DATELINE.match(body)


MIN_WORDS = 150
"""Shortest narration (in words) whose voice is judged: a sentence or a brief is not."""


def long_enough(text: str) -> bool:
    """Whether ``text`` holds ``MIN_WORDS`` words, counted up to ``MIN_WORDS`` only (a long
    text's other words are not listed; speed28)."""
    return sum(1 for _ in islice(_WORDS.finditer(text), MIN_WORDS)) >= MIN_WORDS
MIN_MARKS = 3
"""Fewest narration sentences with a personal mark, one of them the author's 'I'."""

_MARKS = (
    # "i" then a word ("i think", "i'll turn"), never the letter of "c.i.a."
    # (each word's first letter comes before its word-start test, a leading \b written as
    # (?<!\wy) after the "y": the same matches, and the engine skips to those letters instead
    # of trying every character of every voice sentence)
    ("i", re.compile(r"i(?<!\wi)(?:'m|'ve|'ll|'d)?\s+[a-z]|m(?<!\wm)(?:e|y|yself)\b")),
    ("you", re.compile(r"y(?<!\wy)(?:ou|our|ours|ourself|ou're|ou've|ou'll|ou'd)\b")),
    ("we", re.compile(r"w(?<!\ww)(?:e|e're|e've|e'll|e'd)\b|u(?<!\wu)s\b"
                      r"|o(?<!\wo)(?:ur|urselves)\b|l(?<!\wl)et's\b")),
    # (only whether a sentence has one is read: OpeningOrFound)
    ("stance", OpeningOrFound(re.compile(
        r"^\W*(?:ironically|remarkably|surely|obviously|frankly|of course|sadly|thankfully|"
        r"arguably|admittedly|needless to say|predictably|tellingly|amazingly|nope)\b"
        # a concession ("Sure, she ..."), a one-word answer ("Perhaps.", "Perhaps not."),
        r"|^\W*sure,|^\W*perhaps(?: not)?\W*$"), re.compile(   # an aside in brackets
        r"\((?:thankfully|sadly|alas|mercifully|happily|ironically|of course)\)"))),
    ("question", re.compile(r"\?\W*$")),
)
# a double mark, or an apostrophe without a letter on both sides; the mark first, so the
# engine skips to one (a lookbehind first made it try every character of every sentence)
_QUOTE_MARK = re.compile(r"[\"'\u201c\u201d\u00ab\u00bb](?<![a-z]'(?=[a-z]))")


def _scoped_sentences(narration: Any):
    """The narration's sentences (as matches) that can mark the author's voice, when the text
    is long enough (``MIN_WORDS``): outside transcript turns, chrome and headlines; each with
    whether it holds a quotation (a mask or quotation mark: it may be someone's words, and
    only the narrator's words around the quotation count, for the stance rate)."""
    if not long_enough(narration.text):
        return
    text = voice_text(narration)    # the country's "US" is not the reader's 'us'
    others = SpanIndex(others_lines(narration))   # posts, video titles, cues: others' 'I'
    for m in _SENTENCE.finditer(text):
        if others.holds(m.start()) or not narration.in_scope("narration", m.start()) \
                or narration.in_headline(m.start()):
            continue
        sentence = m.group()
        yield m, narration.MASK in sentence or bool(_QUOTE_MARK.search(sentence))


def _voice_matches(narration: Any):
    """The sentences of :func:`_scoped_sentences` outside quotations: the author's voice."""
    return (m for m, held in _scoped_sentences(narration) if not held)


def _voice_sentences(narration: Any):
    """The texts of :func:`_voice_matches`."""
    return (m.group() for m in _voice_matches(narration))


def personal_voice(narration: Any, sentences: Optional[list] = None) -> bool:
    """True when the narrator of a text of some length speaks as "I" and marks a personal
    voice at least ``MIN_MARKS`` times in all (in :func:`_voice_sentences`, or
    ``sentences`` when the caller has them)."""
    mine = total = 0
    first = dict(_MARKS)["i"]       # the author's own "I" (needed once), then the others
    others = [pattern for name, pattern in _MARKS if name != "i"]
    for sentence in _voice_sentences(narration) if sentences is None else sentences:
        if first.search(sentence):
            mine += 1
            total += 1
        elif any(pattern.search(sentence) for pattern in others):
            total += 1
        if mine >= 1 and total >= MIN_MARKS:
            return True     # the counts only grow: the rest of the text cannot undo it
    return False


def reader_address(narration: Any, sentences: Optional[list] = None) -> bool:
    """True when the narrator of a text of some length, without "I", marks a personal voice
    in every other way (addresses the reader as "you", includes them in "we" or "let's",
    asks, opens a sentence with a stance adverb): a blogger's voice ("Let's not get
    hysterical just yet, folks."); news copy may do one or two of these, not all."""
    others = [(name, pattern) for name, pattern in _MARKS if name != "i"]
    kinds: set = set()
    for sentence in _voice_sentences(narration) if sentences is None else sentences:
        kinds |= {name for name, pattern in others if pattern.search(sentence)}
        if len(kinds) == len(others):
            return True
    return False


MIN_WE, MIN_QUESTIONS = 2, 3
"""Fewest narration sentences with 'we'/'us' and fewest questions of :func:`inclusive_voice`."""


def inclusive_voice(narration: Any, sentences: Optional[list] = None) -> bool:
    """True when the narrator of a text of some length (no "I" or stance adverb needed:
    :func:`opinion_reason` tries this after :func:`personal_voice` and
    :func:`reader_address`) speaks for a 'we' that takes in the reader in at least
    ``MIN_WE`` sentences ('how many of us will stare at our flight crew'), addresses 'you'
    at least once and asks at least ``MIN_QUESTIONS`` questions of its own (issue 15): a
    critic's or an essayist's voice; news copy reports others' 'we' inside quotations and
    seldom asks."""
    marks = dict(_MARKS)
    we = you = asked = 0
    for sentence in _voice_sentences(narration) if sentences is None else sentences:
        we += bool(marks["we"].search(sentence))
        you += bool(marks["you"].search(sentence))
        asked += bool(marks["question"].search(sentence))
        if we >= MIN_WE and you >= 1 and asked >= MIN_QUESTIONS:
            return True
    return False


MIN_PRESCRIPTIONS = 4
"""Fewest narrator sentences prescribing ('must', 'should') in an argued piece, and at least
``PRESCRIPTION_SHARE`` of its voice sentences; attributions at most ``ATTRIBUTION_SHARE``."""
PRESCRIPTION_SHARE = ATTRIBUTION_SHARE = 0.1
_PRESCRIBE = guard(re.compile(r"\b(?:must|should|ought to|needs? to|ha(?:ve|s) to)\b"))
_ATTRIBUTE = re.compile(   # first letters first, \b behind them: re skips ahead in C (speed27)
    r"(?:s(?<=\bs)(?:aid|ays|ay)|t(?<=\bt)(?:old|ells)|a(?<=\ba)(?:ccording to|rgued|rgues)|"
    r"u(?<=\bu)(?:rged|rges)|r(?<=\br)(?:ecommended|ecommends)|c(?<=\bc)(?:alled for|alls for)|"
    r"w(?<=\bw)(?:arned|arns|ants?)|b(?<=\bb)elieves?|i(?<=\bi)(?:nsisted|nsists)|"
    r"d(?<=\bd)(?:emanded|emands))\b")


def argued_voice(narration: Any, matches: Optional[list] = None) -> bool:
    """True when the narrator of a text of some length argues (issue 15): it prescribes in
    its own sentences ('Germany must make a greater effort itself', no attribution in them) at
    least ``MIN_PRESCRIPTIONS`` times and in a tenth of its voice sentences, asks at least one
    question inside a paragraph (a Q&A explainer's questions stand as lines of their own), and
    attributes little ('said', 'told', 'according to' at most once in ten voice sentences, or
    four times): an editorial or a commentary, where news reports what others prescribe.
    ``matches``: :func:`_voice_matches` when the caller has them."""
    text = narration.text
    attributions = len(_ATTRIBUTE.findall(text))
    if matches is not None and attributions > max(MIN_PRESCRIPTIONS,
                                                  ATTRIBUTION_SHARE * len(matches)):
        return False    # news attributes: the sentences need not be read (speed34)
    voice = prescribing = asked = 0
    for m in _voice_matches(narration) if matches is None else matches:   # or the caller's
        sentence = m.group()
        voice += 1
        if _ATTRIBUTE.search(sentence):
            continue
        prescribing += bool(_PRESCRIBE.search(sentence))
        end = text.find("\n", m.end())
        line = text[text.rfind("\n", 0, m.start()) + 1:len(text) if end < 0 else end]
        asked += sentence.rstrip().endswith("?") and line.strip() != sentence.strip()
    return (prescribing >= max(MIN_PRESCRIPTIONS, PRESCRIPTION_SHARE * voice) and asked >= 1
            and attributions <= max(MIN_PRESCRIPTIONS, ATTRIBUTION_SHARE * voice))
