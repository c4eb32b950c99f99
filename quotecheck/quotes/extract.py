"""Extract direct quotations with speaker and reporting verb from documents.

Pairs quote marks (:mod:`quotemarks`), finds the attribution in each quote's sentence
(:mod:`attribution`), falls back on the conventions of news copy for standalone quote
paragraphs (the speaker of the previous or next sentence, the speaker of the previous quote
paragraph), resolves pronouns and descriptions to named people (:mod:`coreference`) and
finally unifies speaker names across the documents of a story (:mod:`speakers`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from heapq import merge
from dataclasses import dataclass, replace
from typing import Optional

from quotecheck.load.regions import body_mask
from quotecheck.model import Document, Quote, stored_at_once
from quotecheck.quotes.attribution import Attribution, SentenceAttributions
from quotecheck.quotes.attribution_words import PLACEHOLDER, lexicon
from quotecheck.quotes.carried import (after_fragment_paragraph, after_narrator_paragraph,
                                       carry_reported_speech)
from quotecheck.quotes.closing import name_after_close
from quotecheck.quotes.conventions import (apply_conventions, headline_echo, is_stage_direction,
                                           transcript_turns)
from quotecheck.quotes.coreference import SpeakerResolver
from quotecheck.quotes.datelines import blank_datelines, blank_photo_credits
from quotecheck.quotes.embeds import with_embedded_posts
from quotecheck.quotes.fragments import (attribute_after_verb, attribute_fragments,
                                          attribute_possessors, attribute_subordinate_subjects)
from quotecheck.quotes.in_sentence import attribute_in_sentence, outer_report, trailing_participle
from quotecheck.quotes.junk_speakers import drop_junk_speakers
from quotecheck.quotes.kinds import classify_kinds, speaker_kind, unclaimed_fragments
from quotecheck.quotes.quoted_lists import list_items
from quotecheck.quotes.mentions import Mention
from quotecheck.quotes.namesakes import recent_namesake
from quotecheck.quotes.pronoun_chain import previous_speaker
from quotecheck.quotes.narrator import narrator_speaks
from quotecheck.quotes.polls import poll_findings
from quotecheck.quotes.reporters import carry_relays, relaying_source, relays_in_next_sentence
from quotecheck.quotes.speakers import parse_name
from quotecheck.quotes.speech_turns import with_speech_turns
from quotecheck.quotes.unify import gendered_speaker, unify_speakers
from quotecheck.quotes.written_text import text_speaker
from quotecheck.quotes.titles import (continues_titles, is_markup_value, is_nickname,
                                      looks_like_title)
from quotecheck.text.quotemarks import QuoteSpan, find_quote_spans
from quotecheck.text.sentences import split_sentences

_TERMINAL = ".!?\u2026"
_BLANK_LINE = re.compile(r"\n[ \t\r\u00a0]*\n")
# a line of nothing but dots or rule marks (" .", "***", "---"): a scraped paragraph separator
_RULE_LINE = re.compile(r"\n[ \t\u00a0]*[.*\u2022\u00b7_=~-]+[ \t\u00a0]*(?=\r?\n)")


@dataclass
class _Found:
    span: QuoteSpan
    sentence: int
    partial: bool
    att: Optional[Attribution] = None
    how: str = ""
    interrupted: bool = False   # the quoted words break off ("… --”, "…—”, "…”)
    kind: str = "direct"        # set by quotes.kinds.classify_kinds
    relay: Optional[Mention] = None         # who relays the words (quotes.reporters) ...
    relayed: Optional[Attribution] = None   # ... of the speaker of this attribution


_FURNITURE_RUN = re.compile(rb"[^\x00]+")
_NOT_BREAK = re.compile(r"[^\n]")


def _blank_furniture(masked: str, furniture: bytearray) -> str:
    """``masked`` with every character under ``furniture`` but line breaks made a space,
    run by run (the text is as long as the mask; else zip's per-character rule)."""
    if len(masked) != len(furniture):
        return "".join(" " if f and ch != "\n" else ch for ch, f in zip(masked, furniture))
    parts, pos = [], 0
    for m in _FURNITURE_RUN.finditer(furniture):
        s, e = m.span()
        parts.append(masked[pos:s])
        parts.append(_NOT_BREAK.sub(" ", masked[s:e]))
        pos = e
    parts.append(masked[pos:])
    return "".join(parts)


def _mask(text: str, spans: list[QuoteSpan]) -> str:
    """``text`` with quoted words replaced by an invisible placeholder (a final . ! ? kept)."""
    parts = []
    pos = 0
    for q in spans:
        keep_last = q.end - 1 if text[q.end - 1] in _TERMINAL else q.end
        parts.append(text[pos:q.start])
        parts.append(PLACEHOLDER * (keep_last - q.start))
        pos = keep_last
    parts.append(text[pos:])
    return "".join(parts)


def _blank_rule_lines(masked: str) -> str:
    """``masked`` with separator lines (" .", "***") blanked: the paragraphs around one are
    next to each other, and the line is no sentence a convention could look back to."""
    if "\n" not in masked:
        return masked
    return _RULE_LINE.sub(lambda m: "\n" + " " * (len(m.group()) - 1), masked)


def _is_partial(masked: str, q: QuoteSpan, s0: int, text: str) -> bool:
    """True when the quote is embedded in the narrator's sentence, not a sentence of its own."""
    first = text[q.start]
    before = masked[s0:q.open_start].rstrip()
    if not before or before.endswith((":", ",")) or before[-1] in "\u2014\u2013":
        return not (first.isupper() or first.isdigit() or first in "\u2026.[(")
    return True


def extract_quotes(doc: Document) -> list[Quote]:
    """Quotations of one document with speaker, speaker mention, reporting verb and spans.

    Quote marks in page furniture (captions, bylines, related links) open no quotation; a
    headline's quotation is kept (a pull quote); an embedded post is its author's quotation.
    """
    return with_speech_turns(doc, with_embedded_posts(doc, _marked_quotes(doc)))


def _marked_quotes(doc: Document) -> list[Quote]:
    text = doc.view.text
    spans = find_quote_spans(text)
    furniture = body_mask(doc, keep=frozenset(("headline",))) if doc.regions else None
    if spans and furniture:
        spans = [q for q in spans if not furniture[min(q.open_start, len(text) - 1)]]
    if not spans:
        return []
    lex = lexicon()
    masked = _mask(text, spans)
    if furniture:   # a byline's or caption's names are nobody's antecedent
        masked = _blank_furniture(masked, furniture)
    masked = blank_photo_credits(blank_datelines(_blank_rule_lines(masked)))
    sentences = split_sentences(masked)
    if not sentences:
        return []
    starts = [s for s, _ in sentences]
    resolver = SpeakerResolver(masked, sentences, lex)
    att_cache: dict = {}
    phrases = any(h in masked for h in lex.phrase_hints)

    def atts(si: int) -> SentenceAttributions:
        # a sentence's verbs are scanned when it is first asked for (most have no quote); a
        # sentence ends before a space or the text's end, so its scan finds what a scan of
        # the whole text finds in it
        if si not in att_cache:
            s0, s1 = sentences[si]
            att_cache[si] = SentenceAttributions(masked, s0, s1, lex, None, phrases)
        return att_cache[si]

    found: list[_Found] = []
    titles: list[_Found] = []   # listed with kind title, never attributed nor anyone's cue
    title_end = -1
    named: set = set()          # the words of the titles met so far
    for q in spans:
        si = max(0, bisect_right(starts, q.open_start) - 1)
        s0, s1 = sentences[si]
        if looks_like_title(text, masked, q, s0) or continues_titles(text, q, title_end) or \
                (named and text[q.start:q.end].rstrip(" ,.") in named):
            # "the song “Dead End Street”"; later "“Dead End Street” opens with" names it again
            titles.append(_Found(q, si, False, kind="title"))
            title_end = q.close_end if q.close_end is not None else -1
            named.add(text[q.start:q.end].rstrip(" ,."))
            continue
        if is_nickname(text, q) or is_stage_direction(text, q) or is_markup_value(text, q):
            continue            # part of a name, a transcript's "(CROSSTALK)", an address: not listed
        f = _Found(q, si, _is_partial(masked, q, s0, text),
                   interrupted=text[q.start:q.end].rstrip().endswith(("-", "\u2014", "\u2013", "\u2026")))
        f.att, f.how = attribute_in_sentence(q, atts(si), masked, s0, s1, lex)
        if f.how not in ("after", "credit") and q.close_end is not None:
            bare = name_after_close(text, masked, q.end, q.close_end, lex)
            if bare is not None:      # "“…,” Vane shot back.": the name after the mark
                f.att, f.how = bare, "after"
        if f.how == "before":
            outer = outer_report(f.att, atts(si), masked, lex)
            if outer is not f.att and f.att.strength == 2 and \
                    f.att.mention.text.lower() not in _THINGS and \
                    not trailing_participle(masked, f.att):
                f.relay, f.relayed = outer.mention, f.att   # the words are the inner speaker's,
            else:                                           # the outer one relays them
                f.att = outer
        if f.relay is None:
            f.relay = relaying_source(masked, f.att, q.close_end if q.close_end is not None
                                      else q.end, s0, s1, lex)
            f.relayed = f.att
        found.append(f)
    attribute_subordinate_subjects(found, masked, sentences, resolver)
    blank_lines = _BLANK_LINE.search(masked) is not None
    transcript_turns(found, text)
    apply_conventions(found, sentences, masked, atts, resolver, blank_lines)
    relays_in_next_sentence(found, masked, sentences, starts, lex)
    carry_relays(found)
    drop_junk_speakers(found, masked, lex)
    attribute_after_verb(found, masked, sentences, resolver)
    headline_echo(found, text, masked)
    attribute_possessors(found, masked, sentences, lex)
    classify_kinds(found, text, masked, sentences, lex.verb_re)
    titles.extend(f for f in found if f.kind == "title")
    found = [f for f in found if f.kind and f.kind != "title"]
    attribute_fragments(found, masked, sentences, resolver)
    after_fragment_paragraph(found, masked, sentences)
    after_narrator_paragraph(found, masked, resolver)
    unclaimed_fragments(found, text)
    partials = [f for f in found if f.kind == "partial"]
    if partials:
        poll_findings(partials, masked, sentences)
        carry_reported_speech(found, partials, masked, sentences, resolver, atts)
    list_items(found, text)
    text_speaker(found, masked, sentences)
    return _to_quotes(doc, found, resolver, titles)


_THINGS = frozenset(("it", "this", "that", "which"))   # "she says it shows": no one speaks
_QUOTE = stored_at_once(Quote)     # a Quote of its fields, 4x faster than Quote(...)


class _Identity:
    """Stands in for a view that is the document text itself (skips the offset map)."""

    @staticmethod
    def span(s: int, e: int) -> tuple[int, int]:
        """The span itself (an empty span stays at its start)."""
        return (s, e) if e > s else (s, s)


def _to_quotes(doc: Document, found: list, resolver: SpeakerResolver,
               titles: list = ()) -> list[Quote]:
    """Quotes of ``found`` (ids ``doc#qN``) with ``titles`` (``doc#tN``, no speaker) merged
    in text order: a title's id never shifts a quotation's."""
    view = doc.view
    if view.parent is None and view.text == doc.text and view.original_length == len(doc.text):
        view = _Identity()
    resolved = [resolver.resolve(f.att.mention) if f.att is not None else (None, None)
                for f in found]
    _forward_descriptions(found, resolved, resolver)
    recent_namesake(found, resolved, resolver.masked, resolver.entities)
    previous_speaker(found, resolved, resolver)
    out, narrators = [], set()
    for n, f in enumerate(found, 1):
        q = f.span
        s, e = view.span(q.start, q.end)
        kw = {}
        if f.att is not None:
            a = f.att
            speaker = resolved[n - 1][0]
            narrator = False
            if a.mention.kind == "pronoun" and speaker == a.mention.text:
                # the narrator's "I said", and the quotes carrying its mention on ("I said. “…”")
                if a.mention in narrators or narrator_speaks(resolver.masked, a, resolver.lex):
                    narrator = True
                    narrators.add(a.mention)
                else:
                    speaker = None
            speaker = " ".join(speaker.split()) if speaker else None
            ms, me = view.span(a.mention.start, _mention_end(a.mention))
            kw.update(speaker=speaker, speaker_start=ms, speaker_end=me,
                      speaker_kind="narrator" if narrator else
                      speaker_kind(a.mention.kind, resolved[n - 1][1], speaker, resolver))
            if a.verb is not None:
                vs, ve = view.span(a.verb_start, a.verb_end)
                kw.update(verb=doc.text[vs:ve], verb_start=vs, verb_end=ve)
            if f.relay is not None and f.relayed is a:
                relay = " ".join(resolver.resolve(f.relay)[0].split())
                if relay and relay != speaker:
                    kw.update(reported_by=relay)
        os_ = view.span(q.open_start, q.start)[0]
        ce = view.span(q.end, q.close_end)[1] if q.close_end is not None else None
        out.append(_QUOTE(id=f"{doc.id}#q{n}", document=doc.id, start=s, end=e, text=doc.text[s:e],
                         open_start=os_, close_end=ce, partial=f.partial,
                         continued=q.continued, kind=f.kind, **kw))
    if not titles:
        return out
    listed = []
    for n, f in enumerate(sorted(titles, key=lambda t: t.span.open_start), 1):
        q = f.span
        s, e = view.span(q.start, q.end)
        ce = view.span(q.end, q.close_end)[1] if q.close_end is not None else None
        listed.append(_QUOTE(id=f"{doc.id}#t{n}", document=doc.id, start=s, end=e,
                            text=doc.text[s:e], open_start=view.span(q.open_start, q.start)[0],
                            close_end=ce, continued=q.continued, kind="title"))
    return list(merge(out, listed, key=lambda x: x.start))


def _forward_descriptions(found: list, resolved: list, resolver: SpeakerResolver) -> None:
    """A lede's definite description with no earlier name ("Australia's opposition leader has
    accused ...") is the named person quoted within the next two sentences."""
    for i, f in enumerate(found):
        a = f.att
        if a is None or a.mention.kind != "description" or resolved[i][1] is not None:
            continue
        words = a.mention.text.split()
        if f.sentence > 4 or words[-1].lower() not in resolver.lex.person_roles or \
                resolver.person_named_before(a.mention.start):
            continue        # only a lede's "the Turkish leader", "Australia's opposition leader"
        headline = len(words) == 1 and words[0][:1].isupper() and f.sentence <= 1   # "Mayor vows"
        if not headline:
            if len(words) < 3 or (words[0].lower() != "the"
                                  and not words[0].endswith(("\u2019s", "'s"))):
                continue
            if not any(w[:1].isupper() for w in words[1:-1]) and not words[0][:1].isupper():
                continue
        for j in range(i + 1, len(found)):
            g = found[j]
            if g.sentence - f.sentence > (4 if headline else 2):
                break
            name, entity = resolved[j]
            if entity is not None and g.att is not None and g.att.mention.kind == "name" \
                    and resolver.entities[entity].kind == "person":
                resolved[i] = (name, entity)
                break


def _mention_end(mention: Mention) -> int:
    """End of a named mention without a trailing affiliation ("Mitch McConnell of Kentucky")."""
    if mention.kind != "name":
        return mention.end
    parsed = parse_name(mention.text)
    if parsed.kind == "org" or not parsed.name:
        return mention.end
    return mention.start + parsed.offset + len(parsed.name)


def extract_story_quotes(docs: list[Document]) -> list[Quote]:
    """Quotes of every document, with one canonical speaker name per person across documents."""
    texts = {d.id: d.text for d in docs}
    quotes = [q for d in docs for q in extract_quotes(d)]
    keys = [gendered_speaker(q.speaker, texts[q.document][q.speaker_start:q.speaker_end])
            if q.speaker and q.speaker_kind == "person" and q.speaker_start is not None
            else q.speaker for q in quotes]     # "Ms. Obama" for "Obama" where she was "she"
    canon = unify_speakers([k for k, q in zip(keys, quotes) if k and q.speaker_kind not in
                            _NO_NAME])      # a description ("Democrat") is no one's name
    plain = {k: q.speaker for k, q in zip(keys, quotes)}    # shown without the added title
    return [replace(q, speaker=plain.get(canon.get(k, k), canon.get(k, k)))
            if q.speaker and q.speaker_kind not in _NO_NAME else q for k, q in zip(keys, quotes)]


# speakers that name no one: a description, and the narrator's "I" (each article's own writer)
_NO_NAME = frozenset(("description", "narrator"))
