"""The narrator's voice of a document: its text outside quotations, for framing rules.

A :class:`Narration` is the document's matching view (folded, mapped back to the original)
with every quotation's content masked out, so one regex per rule over it can only hit the
narrator's own words. It also knows sentences, headline lines, the quotations themselves
(with the extractor's speaker where there is one) and the clauses that report someone
else's speech ("Putin alleged that ..."), where a label is the reported speaker's word.
"""
from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from functools import cached_property
from typing import Any, Iterable, Optional

from quotecheck.framing.runs import paraphrase_runs
from quotecheck.framing.speechopenings import more_openings
from quotecheck.framing.speechscope import naming_object_spans, scope_end
from quotecheck.framing.quotespans import QuotedSpan, Inverse, chrome_spans, quoted_spans
from quotecheck.framing.reported import (CLAUSE_AFTER, SHORT_REST, TAIL_ATTRIBUTION,
                                         finite_clause, more_reported_spans)
from quotecheck.framing.verbcontext import (SPEECH_CLASSES, THAT_AFTER, clausal_verbs,
                                            is_verb_use, naming_verbs, prev_word, verb_data,
                                            verb_matcher)
from quotecheck.model import Document, Quote
from quotecheck.text.lexicon import Hit
from quotecheck.text.normalize import document_matching_view

MASK = "\x00"
"""Stands in the narration text for every character inside a quotation."""

# a single line break may be a wrap; (?<!...): no search restarts inside a run of dots
# the mark or line break first, each branch looking back after it (as leading lookbehinds)
_BOUNDARY = re.compile(r"[.!?\n](?:(?<![.!?][.!?])(?<=[.!?])[.!?]*[\"')\]]*\s+|(?<=\n)[ \t]*\n\s*)")
_ABBREV = frozenset("mr mrs ms dr st gen col lt sgt sen rep gov prof jr sr vs inc corp ltd co "
                    "jan feb aug sept oct nov dec no".split())
# (issue 15, loaded21: baly_201811 reading) abbreviations that stand before a number ("Prop.
# 187", "Art. 5", "Sec. 3"): no sentence ends there when a digit follows, so a reported
# clause running through "recovering from Prop. 187, the measure that ..." is not cut short
_BEFORE_NUMBER = frozenset("prop props art arts fig figs vol vols sec secs ch para pt".split())
# a blank line inside a sentence: a line that ends in a word or a comma, the next starting with
# a lower-case letter (a paragraph never does), as in text hard-wrapped with blank lines
_OPEN_LINE = re.compile(r"[ \t]*[\w,]")   # read backwards from the line break
_WRAPPED = re.compile(r"[a-z]")
_INVERTED = re.compile(r"[^\x00\s],\s+$")
# the speaker after an inverted verb closing the sentence, no object pronoun ('said Roe, an aide')
# or the speaker's court or body after 'of' ('said Judge Ann Roe of U.S. District Court.')
_SPEAKER_REST = re.compile(r"\s+(?!(?:them|him|her|us|me|it|you)\b)(?:[\w'.\-]+\s+){0,5}[\w'.\-]+"
                           r"(?:\s+of\s+(?:the\s+)?(?:[\w'.\-]+\s+){0,4}[\w'.\-]+"
                           r"|,\s+(?:an?|the)\s+(?:[\w'.\-]+\s+){0,14}[\w'.\-]+)?[.!?]?\s*$")
_BLAMED_ON = re.compile(r"[^,;.\x00]{0,80}?\bon\b")
# the thing blamed for a result ("blamed the film's debacle for the loss"); not the party
# blamed for doing something ("blamed rebels for planning the attacks"), the narrator's naming
# (a quoted title may stand in it, masked: 'blamed the "Star Wars" debacle for the loss')
_BLAMED_FOR = re.compile(r"[^,;.]{0,60}?(?=\sfor\s+(?![a-z]+ing\b))")
# the word first, then its boundary looked back at (a leading \b: tried at every character)
_ACCORDING = re.compile(r"according(?<=\baccording) to\b")
_WORD = re.compile(r"[\w][\w'\-]*")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*")


class Narration:
    """A document's text as the narrator's voice: the matching view with quotations masked."""

    MASK = MASK

    def __init__(self, doc: Document, quotes: Iterable[Quote] = ()):
        self.doc = doc
        self.view = document_matching_view(doc)   # the one quote alignment reads too
        self.quotes = quoted_spans(doc, self.view, list(quotes))
        pieces, pos, text = [], 0, self.view.text
        for q in self.quotes:
            if q.start >= pos:
                pieces += [text[pos:q.start], MASK * (q.end - q.start)]
                pos = q.end
        pieces.append(text[pos:])
        self.text = "".join(pieces)
        self._qstarts = [q.start for q in self.quotes]

    # -- offsets ------------------------------------------------------------------------
    def original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` in ``doc.text`` of a narration span."""
        return self.view.span(start, end)

    def quote_at(self, pos: int) -> Optional[QuotedSpan]:
        """The quotation whose content holds narration offset ``pos``, if any."""
        i = bisect_right(self._qstarts, pos) - 1
        if i >= 0 and self.quotes[i].start <= pos < self.quotes[i].end:
            return self.quotes[i]
        return None

    @cached_property
    def opinion(self) -> Optional[str]:
        """Why the document reads as an opinion piece (the author's voice), or None: its
        metadata, furniture and voice (:func:`~quotecheck.framing.genre.opinion_reason`), then
        its address or a short text's voice (:func:`~quotecheck.framing.pagemarks.page_reason`)."""
        from quotecheck.framing.genre import opinion_reason
        from quotecheck.framing.pagemarks import page_reason
        return opinion_reason(self.doc, self) or page_reason(self.doc, self)

    # -- structure ----------------------------------------------------------------------
    @cached_property
    def _sentence_starts(self) -> list[int]:
        starts = [0]
        text, doc_text = self.view.text, self.doc.text
        for m in _BOUNDARY.finditer(text):
            if m.end() >= len(text) or self.quote_at(m.end()) is not None:
                continue
            if m.group()[0] in ".!?":
                if m.group().count("\n") >= 2:
                    starts.append(m.end())      # a stop then a blank line: a paragraph's end
                    continue
                w = prev_word(text, max(0, m.start() - 20), m.start())
                if w and (w.group(1) in _ABBREV or "." in w.group(1) or _initial(w.group(1))):
                    continue
                if w and w.group(1) in _BEFORE_NUMBER and text[m.end():m.end() + 1].isdigit():
                    continue        # "Prop. 187", "Art. 5": a number's label
            elif _OPEN_LINE.match(text[max(0, m.start() - 8):m.start()][::-1]) and \
                    _WRAPPED.match(doc_text, self.view.span(m.end(), m.end() + 1)[0]):
                continue    # a hard wrap with blank lines: 'the planning\n\ncommittee, ...'
            starts.append(m.end())
        return starts

    def sentence(self, pos: int) -> tuple[int, int]:
        """Narration offsets of the sentence holding ``pos``."""
        starts = self._sentence_starts
        i = bisect_right(starts, pos) - 1
        end = starts[i + 1] if i + 1 < len(starts) else len(self.text)
        return starts[max(i, 0)], end

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Narration offsets of every sentence in order (:meth:`sentence` of each)."""
        starts = self._sentence_starts
        return list(zip(starts, starts[1:] + [len(self.text)])) if self.text else []

    @cached_property
    def headlines(self) -> list[tuple[int, int]]:
        """One-line paragraphs that read as headlines or subheads: short, no closing sentence
        punctuation (a line of hard-wrapped prose is not one)."""
        out = []
        for m in _PARAGRAPH.finditer(self.view.text):
            line = m.group().strip()
            if not line or "\n" in line or line[-1] in ".!?:;,":
                continue
            if 1 <= len(_WORD.findall(line)) <= 20:
                out.append(m.span())
        return out

    def in_headline(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.headlines)

    @cached_property
    def chrome(self) -> list[tuple[int, int]]:
        """Narration spans of site chrome, outside every rule's scope."""
        return chrome_spans(self.doc, self.view)

    @cached_property
    def turns(self) -> list[tuple[int, int]]:
        """Narration spans of others' words: transcript turns, embedded posts and block
        quotations after a lead-in (turns, blockquotes)."""
        from quotecheck.framing.turns import others_words

        inv = Inverse(self.view)
        return [(inv(s), inv(e)) for s, e in others_words(self.doc.view.text)]

    def in_scope(self, scope: str, pos: int) -> bool:
        """Whether narration offset ``pos`` is in a rule's scope (headline or narration);
        never inside site chrome or a transcript's turn."""
        if any(s <= pos < e for s, e in self.chrome + self.turns):
            return False
        return self.in_headline(pos) if scope == "headline" else True

    @cached_property
    def verb_hits(self) -> list[Hit]:
        """Every listed reporting verb used as a verb (not a noun), in order; one regex pass.

        Hit values are ``class:lemma``; the stance rules filter them by class.
        """
        matcher = verb_matcher(verb_data()["classes"])
        out = []
        for hit in matcher.finditer(self.text):
            lemma = hit.value.split(":", 1)[1]
            if is_verb_use(self.text, hit.start, hit.text, lemma):
                out.append(hit)
        return out

    @cached_property
    def speech_verbs(self) -> list[Hit]:
        """Verb hits of the speech and cognition classes (those that report words)."""
        keep = SPEECH_CLASSES + ("cognition",)
        return [h for h in self.verb_hits if h.value.split(":", 1)[0] in keep]

    @cached_property
    def reported(self) -> list[tuple[int, int]]:
        """Spans where the narrator reports someone else's words or thoughts.

        The that-clause of a reporting verb ("Putin alleged that ..."), a sentence with
        "according to", and a sentence closed by an attribution ("..., he said.").
        """
        spans = []
        for hit in self.speech_verbs:
            s0, s1 = self.sentence(hit.start)
            lemma = hit.value.split(":", 1)[1]
            if lemma in naming_verbs():  # "whom the government calls terrorists, ...", and
                # to its comma: "calls this hypocrisy, noting that"
                spans.extend(naming_object_spans(self.text, hit.end, s1))
            m = THAT_AFTER.match(self.text, hit.end, min(s1, hit.end + 80))
            if m:           # to the sentence's end or the narrator's return (speechscope)
                spans.append((m.end(), scope_end(self.text, m.end(), s1)))
                if hit.value.startswith("emotive:"):
                    self._emotive_clauses.append(spans[-1])
                continue
            if not self.text.endswith("ing", hit.start, hit.end) and _INVERTED.search(
                    self.text, s0, hit.start) and _SPEAKER_REST.match(self.text, hit.end, s1):
                spans.append((s0, hit.start))   # "..., said the Kremlin senior official."
            m = CLAUSE_AFTER.match(self.text, hit.end, s1) if lemma in clausal_verbs() \
                else finite_clause(self.text, hit.end, s1, lemma)   # 'charged he lied'
            if m:
                spans.append((m.end(1), scope_end(self.text, m.end(1), s1)))
                continue
            if lemma in naming_verbs() and lemma not in clausal_verbs():
                continue    # ('declare' names and reports: "..., he declared" stays his)
            cause = _BLAMED_ON.match(self.text, hit.end, s1) if lemma == "blame" else None
            if cause:                # "blamed the unrest on destructive forces": his cause
                stop = self.text.find(",", cause.end(), s1)
                spans.append((cause.end(), s1 if stop < 0 else stop))
                continue
            cause = _BLAMED_FOR.match(self.text, hit.end, s1) if lemma == "blame" else None
            if cause:                # "blamed the film's debacle for the loss": his cause
                spans.append((hit.end, cause.end()))
                continue
            tail = TAIL_ATTRIBUTION.search(self.text, s0, hit.start)
            if tail and SHORT_REST.match(self.text, hit.end, s1):
                spans.append((s0, tail.start()))
        for m in _ACCORDING.finditer(self.text):    # up to the narrator's return after it
            s0, s1 = self.sentence(m.start())
            spans.append((s0, scope_end(self.text, m.end(), s1)))
        # sentences between two attributions to one speaker: "..., Marsh said. They are ...
        # Marsh said ..." (quotecheck.framing.runs)
        return sorted(spans + more_reported_spans(self) + paraphrase_runs(self)
                      + more_openings(self))

    @cached_property
    def _emotive_clauses(self) -> list[tuple[int, int]]:
        """The that-clauses of emotive speech verbs ('griped that ...'), filled by
        :attr:`reported`: the narrator's characterisation of the speaker frames them."""
        return []

    @cached_property
    def _reported_merged(self) -> tuple[list[int], list[int]]:
        return _merged(self.reported)

    @cached_property
    def _reported_merged_plain(self) -> tuple[list[int], list[int]]:
        reported = self.reported       # fills the emotive clauses
        emotive = set(self._emotive_clauses)
        return _merged([span for span in reported if span not in emotive])

    def in_reported(self, start: int, end: int, emotive_clauses: bool = True) -> bool:
        """Whether ``[start, end)`` lies in a reported clause; with ``emotive_clauses`` False, not
        counting the that-clause of an emotive verb ('griped that too many illegal immigrants
        were deported': a paraphrase the narrator's verb characterises, its label the
        narrator's; issue 15, loaded22)."""
        starts, ends = self._reported_merged if emotive_clauses else self._reported_merged_plain
        i = bisect_right(starts, start) - 1
        return i >= 0 and end <= ends[i]

    @cached_property
    def _speech_starts(self) -> list[int]:
        return [h.start for h in self.speech_verbs if not h.value.startswith("cognition:")]

    def speech_verb_before(self, start: int, pos: int) -> bool:
        """Whether a speech verb (not cognition) occurs in ``text[start:pos]``."""
        starts = self._speech_starts
        i = bisect_right(starts, start - 1)
        return i < len(starts) and starts[i] < pos


def _initial(word: str) -> bool:
    """A single letter before a stop is an initial ('J. Roe'); a single digit is not ('on May
    5. The court ...' ends a sentence)."""
    return len(word) == 1 and not word.isdigit()


def _merged(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The sorted ``spans`` merged where they overlap: (starts, ends)."""
    starts: list[int] = []
    ends: list[int] = []
    for s, e in sorted(spans):
        if starts and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


_CACHE: "weakref.WeakKeyDictionary[Any, dict]" = weakref.WeakKeyDictionary()


def story_quotes(story: Any, doc: Document) -> list[Quote]:
    """The extractor's quotes of ``doc`` (none when there is no story or no extractor)."""
    if story is None:
        return []
    try:
        return list(story.quotes_of(doc.id))
    except ModuleNotFoundError as exc:  # pragma: no cover - extractor not installed
        if (exc.name or "").startswith("quotecheck."):
            return []
        raise


def narration_for(story: Any, doc: Document) -> Narration:
    """The narration of ``doc`` in ``story``, built once per story and document."""
    if story is None:
        return Narration(doc)
    try:
        per_story = _CACHE.setdefault(story, {})
    except TypeError:  # a story object that cannot be weakly referenced
        return Narration(doc, story_quotes(story, doc))
    nar = per_story.get(doc.id)
    if nar is None or nar.doc is not doc:
        nar = per_story[doc.id] = Narration(doc, story_quotes(story, doc))
    return nar


def narration_regions(doc: Document, quotes: Iterable[Quote] = ()) -> list[tuple[int, int]]:
    """Original ``(start, end)`` spans of ``doc`` outside every quotation's content."""
    nar = Narration(doc, quotes)
    out, pos = [], 0
    for q in nar.quotes:
        if q.start > pos:
            out.append(nar.original(pos, q.start))
        pos = max(pos, q.end)
    if pos < len(nar.text):
        out.append(nar.original(pos, len(nar.text)))
    return [(s, e) for s, e in out if e > s]


def find_in_narration(doc: Document, phrases: Iterable[str], quotes: Iterable[Quote] = (),
                      story: Any = None) -> list[tuple[int, int, str]]:
    """Original spans of ``phrases`` (folded, multi-word, whole words) in the narrator's voice.

    For other analyses that need a lexicon outside quotations (hedges added by a copy, ...):
    returns ``(start, end, phrase)`` with ``doc.text[start:end]`` the words as written.
    """
    from quotecheck.text.lexicon import PhraseMatcher

    nar = narration_for(story, doc) if story is not None else Narration(doc, quotes)
    matcher = PhraseMatcher({p: p for p in phrases})
    return [(*nar.original(h.start, h.end), h.value) for h in matcher.finditer(nar.text)]


def stance_spread(quotes: Iterable[Quote]) -> dict:
    """How each document attributes each speaker: ``{speaker: {doc_id: {class: [verbs]}}}``.

    For reports that show the spread of stances across outlets (one outlet's 'claimed'
    against another's 'said') rather than a verdict on any of them.
    """
    from quotecheck.framing.verbcontext import verb_class

    spread: dict = {}
    for q in quotes:
        if not q.speaker or not q.verb:
            continue
        cls = verb_class(q.verb) or "unlisted"
        verbs = spread.setdefault(q.speaker, {}).setdefault(q.document, {}).setdefault(cls, [])
        if q.verb.lower() not in verbs:
            verbs.append(q.verb.lower())
    return spread


def words_of(text: str) -> list[str]:
    """Word tokens of a short text (a quotation's content)."""
    return _WORD.findall(text)
