"""Extract direct quotations with speaker and reporting verb from documents.

Pairs quote marks (:mod:`quotemarks`), finds the attribution in each quote's sentence
(:mod:`attribution`), falls back on the conventions of news copy for standalone quote
paragraphs (the speaker of the previous or next sentence, the speaker of the previous quote
paragraph), resolves pronouns and descriptions to named people (:mod:`coreference`) and
finally unifies speaker names across the documents of a story (:mod:`speakers`).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Optional

from .attribution import (PLACEHOLDER, Attribution, Mention, SentenceAttributions,
                          lexicon, mention_after, mention_ending)
from .attribution_words import Lexicon
from .coreference import SpeakerResolver
from .model import Document, Quote
from .quotemarks import QuoteSpan, find_quote_spans
from .sentences import split_sentences
from .speakers import parse_name, unify_speakers

_TERMINAL = ".!?\u2026"
_BLANK_LINE = re.compile(r"\n[ \t\r\u00a0]*\n")
_GAP = re.compile(r"[\s,\u2014\u2013-]*")
_TITLE_CUE = re.compile(r"(?:[\u2019']s|\bon|\bin|\btitled|\bentitled|\bheadlined|\bshow|\bprogramme|"
                        r"\bprogram|\bbook|\bfilm|\bmovie|\bseries|\bnewspaper|\bmagazine|\bcolumn|"
                        r"\bheadline|\bmemoir|\bnovel|\balbum|\bsong|\bplay|\bpodcast|\bessay|"
                        r"\bdocumentary|\bop-ed|\bstudy|\bpoem|\bpainting|\bexhibition|\bopera|\bmusical|\bsitcom|\bgame)[,:]?\s*$", re.IGNORECASE)


@dataclass
class _Found:
    span: QuoteSpan
    sentence: int
    partial: bool
    att: Optional[Attribution] = None
    how: str = ""
    interrupted: bool = False   # the quoted words break off ("… --”, "…—”, "…”)


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


def _is_partial(masked: str, q: QuoteSpan, s0: int, text: str) -> bool:
    """True when the quote is embedded in the narrator's sentence, not a sentence of its own."""
    first = text[q.start]
    before = masked[s0:q.open_start].rstrip()
    if not before or before.endswith((":", ",")) or before[-1] in "\u2014\u2013":
        return not (first.isupper() or first.isdigit() or first in "\u2026.[(")
    return True


_TITLE_SMALL = frozenset(("and", "of", "the", "a", "an", "in", "on", "to", "for", "or", "at"))


def _looks_like_title(text: str, masked: str, q: QuoteSpan, s0: int) -> bool:
    """A short Title Case stretch after a cue ("the song “Dead End Street”") names a work."""
    if q.end - q.start > 80 or not text[q.start].isupper():
        return False
    words = text[q.start:q.end].split()
    if not 0 < len(words) <= 6 or not all(w[:1].isupper() or not w[:1].isalpha()
                                          or (i and w in _TITLE_SMALL) for i, w in enumerate(words)):
        return False
    return bool(_TITLE_CUE.search(masked[max(s0, q.open_start - 20):q.open_start]))


_NAME_BEFORE = re.compile(r"(?:^|[\s(])[A-Z][\w.\u2019'-]*[ \t\u00a0]\Z")
_NAME_AFTER = re.compile(r"[ \t\u00a0][A-Z][\w\u2019'-]+")


def _is_nickname(text: str, q: QuoteSpan) -> bool:
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


def extract_quotes(doc: Document) -> list[Quote]:
    """Quotations of one document with speaker, speaker mention, reporting verb and spans."""
    text = doc.view.text
    spans = find_quote_spans(text)
    if not spans:
        return []
    lex = lexicon()
    masked = _mask(text, spans)
    sentences = split_sentences(masked)
    if not sentences:
        return []
    starts = [s for s, _ in sentences]
    resolver = SpeakerResolver(masked, sentences, lex)
    att_cache: dict = {}
    verbs = list(lex.verb_re.finditer(masked))      # one scan for the whole text
    verb_starts = [m.start() for m in verbs]
    phrases = any(h in masked for h in lex.phrase_hints)

    def atts(si: int) -> SentenceAttributions:
        if si not in att_cache:
            s0, s1 = sentences[si]
            own = verbs[bisect_left(verb_starts, s0):bisect_left(verb_starts, s1)]
            att_cache[si] = SentenceAttributions(masked, s0, s1, lex, own, phrases)
        return att_cache[si]

    found: list[_Found] = []
    for q in spans:
        si = max(0, bisect_right(starts, q.open_start) - 1)
        s0, s1 = sentences[si]
        if _looks_like_title(text, masked, q, s0) or _is_nickname(text, q):
            continue            # a title of a work ("the Kinks song “Dead End Street”")
        f = _Found(q, si, _is_partial(masked, q, s0, text),
                   interrupted=text[q.start:q.end].rstrip().endswith(("-", "\u2014", "\u2013", "\u2026")))
        f.att, f.how = _attribute_in_sentence(q, atts(si), masked, s0, s1, lex)
        found.append(f)
    blank_lines = _BLANK_LINE.search(masked) is not None
    _apply_conventions(found, sentences, masked, atts, resolver, blank_lines)
    _headline_echo(found, text, masked)
    return _to_quotes(doc, found, resolver)


def _attribute_in_sentence(q: QuoteSpan, candidates: SentenceAttributions, masked: str, s0: int,
                           s1: int, lex: Lexicon):
    """(attribution, how) for a quote from its own sentence: right after it, before it, later."""
    close = q.close_end if q.close_end is not None else q.end
    after = candidates.first_after(close)
    if after is not None:
        first = min(after.mention.start,
                    after.verb_start if after.verb_start is not None else after.anchor)
        if first - close <= 3 and _GAP.fullmatch(masked, close, first):
            return after, "after"
    before = candidates.last_before(q.open_start)
    if before is not None:
        return before, "before"
    if after is not None:
        return after, "later"
    punct = punctuation_attribution(masked, q.open_start, q.close_end, s0, s1, lex)
    if punct is not None:
        return punct, "punctuation"
    return None, ""


_COLON_SPEAKER = re.compile(r"[ \t\u00a0]*:[ \t\u00a0]*$")
_DASH_SPEAKER = re.compile("[ \t\u00a0]*[\u2013\u2014-][ \t\u00a0]*")


def punctuation_attribution(text: str, open_start: int, close_end: Optional[int],
                            s0: int, s1: int, lex: Lexicon) -> Optional[Attribution]:
    """'X: “quote”' (colon) or '“quote” – X' at the end of a headline (dash)."""
    pre = text[s0:open_start]
    if _COLON_SPEAKER.search(pre):
        colon = pre.rindex(":")
        m = mention_ending(pre[:colon].rstrip(), s0, lex)
        if m is not None and m.kind != "pronoun" and not _common_plural(m, text, lex):
            return Attribution(m, None, None, None, m.start, 0)
    if close_end is not None:
        dm = _DASH_SPEAKER.match(text, close_end, s1)
        if dm:
            m = mention_after(text, dm.end(), lex, s1)
            if m is not None and m.kind == "name" and text[m.end:s1].strip(" .") == "":
                return Attribution(m, None, None, None, m.start, 0)
    return None


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


def _headline_echo(found: list, text: str, masked: str) -> None:
    """A quote of the first paragraph (a headline) without a named speaker takes the speaker of
    the later quote that repeats its words."""
    first_break = _BLANK_LINE.search(masked) or re.search(r"\n", masked)
    limit = first_break.start() if first_break else 0
    for f in found:
        if f.span.open_start >= limit:
            break
        if f.att is not None and f.att.mention.kind == "name":
            continue
        key = _echo_words(text, f.span)
        if len(key.split()) < 3:
            continue
        for g in found:
            if g.span.open_start > limit and g.att is not None and key in _echo_words(text, g.span):
                f.att, f.how = g.att, "headline-echo"
                break


def _echo_words(text: str, q: QuoteSpan) -> str:
    """The quote's words, folded for comparison (case, punctuation and apostrophes ignored)."""
    return " ".join(re.findall(r"\w+", text[q.start:q.end].lower().replace("\u2019", "'")))


def _colon_subject(f: _Found, masked: str, sentences, resolver):
    """'Flames goaltender Jacob Markstrom was blunt: “…”': the sentence's subject speaks."""
    s0, _ = sentences[f.sentence]
    if masked[s0:f.span.open_start].rstrip().endswith(":"):
        return _sentence_subject(masked, f.sentence, sentences, resolver)
    return None


def _paragraph_break(masked: str, a: int, b: int) -> bool:
    return "\n" in masked[a:b]


def _apply_conventions(found: list, sentences, masked: str, atts, resolver,
                       blank_lines: bool) -> None:
    """Standalone quote paragraphs and multi-paragraph quotes take the speaker of their context."""
    # pieces of one multi-paragraph quote share an attribution
    by_group: dict = {}
    for f in found:
        by_group.setdefault(f.span.group, []).append(f)
    for pieces in by_group.values():
        if len(pieces) > 1:
            att = next((p.att for p in pieces if p.att is not None), None)
            for p in pieces:
                if p.att is None and att is not None:
                    p.att, p.how = att, "continued"
    last: Optional[_Found] = None
    for i, f in enumerate(found):
        if f.att is None:
            subject = _colon_subject(f, masked, sentences, resolver)
            if subject is not None:
                f.att, f.how = subject, "colon-subject"
        if f.att is None and not f.partial:
            f.att, f.how = _context_attribution(f, found, i, last, sentences, masked, atts,
                                                resolver, blank_lines)
        if f.att is not None and not f.partial:
            last = f


def _context_attribution(f, found, i, last, sentences, masked, atts, resolver, blank_lines):
    """Attribution of a standalone quote from the sentences around it (news conventions)."""
    si = f.sentence
    s0, s1 = sentences[si]
    prev_same_para = si > 0 and not _paragraph_break(masked, sentences[si - 1][1], s0)
    next_same_para = (si + 1 < len(sentences)
                      and not _paragraph_break(masked, s1, sentences[si + 1][0]))
    # the previous sentence introduces it: "He said:" / "She put it simply:"
    if si > 0:
        p0, p1 = sentences[si - 1]
        if masked[p0:p1].rstrip().endswith(":"):
            prev = atts(si - 1).last_before(p1 + 1)
            if prev is not None:
                return prev, "previous-colon"
            subj = _sentence_subject(masked, si - 1, sentences, resolver)
            if subj is not None:
                return subj, "previous-colon"
    # a quote paragraph right after "Mayor Jo Lin said the vote was ..." (indirect speech)
    if si > 0 and not prev_same_para:
        indirect = _indirect_speech(si - 1, sentences, masked, atts)
        if indirect is not None:
            return indirect, "previous-indirect"
    # the next sentence in the paragraph names the speaker ("… .” Putin said.)
    if next_same_para:
        n0, _ = sentences[si + 1]
        nxt = atts(si + 1).first_after(n0)
        if nxt is not None and nxt.anchor - n0 <= 60:
            return nxt, "next"
    # an action beat: '“…, was it worth it? --” He stopped, and looked out the window. “…”'
    beat = _action_beat(f, found, i, masked, resolver.lex)
    if beat is not None:
        return beat, "beat"
    # the previous attributed quote, in this paragraph or the one before
    if last is not None and last.att is not None:
        l0 = sentences[last.sentence][0]
        if _paragraphs_between(masked, l0, s0, blank_lines) <= 1:
            return last.att, "previous-quote"
    if prev_same_para:
        prev = atts(si - 1).last_before(sentences[si - 1][1] + 1)
        if prev is not None:
            return prev, "previous-sentence"
    # a named person in the next or previous sentence of the paragraph
    for sj, ok in ((si + 1, next_same_para), (si - 1, prev_same_para)):
        if ok:
            subj = _sentence_subject(masked, sj, sentences, resolver)
            if subj is not None:
                return subj, "neighbour-subject"
    # a paragraph that is nothing but the quote, named in the next paragraph's first sentence
    # ("“It's the worst flooding I've seen.” / That was the verdict of Hugh Morrison, ...")
    if not prev_same_para and not next_same_para and si + 1 < len(sentences) \
            and _paragraphs_between(masked, s1, sentences[si + 1][0], blank_lines) <= 1:
        nm = resolver.first_person_in(si + 1)
        if nm is not None:
            return Attribution(Mention(nm.start, nm.end, masked[nm.start:nm.end], "name"),
                               None, None, None, nm.start, 0), "next-paragraph-name"
    return None, ""


def _action_beat(f, found: list, i: int, masked: str, lex: Lexicon) -> Optional[Attribution]:
    """The person (pronoun or name) acting right after an interrupted quote ("…--” He stopped")
    or between the previous quote of the paragraph and this one ("” She paused. “…")."""
    q = f.span
    spans = []
    if q.close_end is not None and f.interrupted:
        stop = masked.find("\n", q.close_end)
        spans.append((q.close_end, stop if stop != -1 else len(masked)))
    if i > 0 and found[i - 1].span.close_end is not None:
        prev_close = found[i - 1].span.close_end
        if prev_close <= q.open_start and "\n" not in masked[prev_close:q.open_start]:
            spans.append((prev_close, q.open_start))
    for a, b in spans:
        a += len(masked[a:b]) - len(masked[a:b].lstrip(" \t\u00a0.,\u2014\u2013-"))
        m = mention_after(masked, a, lex, b)
        if m is None or m.kind not in ("pronoun", "name") or m.start - a > 2:
            continue
        verb = masked[m.end:b].split(None, 1)
        if verb and verb[0].islower() and verb[0].isalpha():
            return Attribution(m, None, None, None, m.start, 0)
    return None


def _indirect_speech(sp: int, sentences, masked: str, atts):
    """The attribution of sentence ``sp`` when it ends the previous paragraph, has no quote
    and its main clause is "NAME said/told/added ..." (reported speech that a quote follows)."""
    p0, p1 = sentences[sp]
    if PLACEHOLDER in masked[p0:p1]:
        return None
    att = atts(sp).first_after(p0)
    if att is None or att.strength < 2 or att.mention.kind == "group" \
            or att.mention.start - p0 > 80 or att.verb is None:
        return None
    lemma = lexicon().verb_lemma.get(att.verb.lower(), ("", 0))[0]
    if lemma not in _INDIRECT_VERBS or att.mention.start > att.anchor:
        return None
    return att


_INDIRECT_VERBS = frozenset(("say", "tell", "add", "explain", "argue", "insist", "warn", "note",
                             "write", "recall", "acknowledge", "admit", "predict", "suggest"))


def _paragraphs_between(masked: str, a: int, b: int, blank_lines: bool) -> int:
    """Paragraph breaks between two offsets: blank lines, or line breaks in a text that has
    no blank line at all (``blank_lines`` False)."""
    gap = masked[a:b]
    if blank_lines:
        return len(_BLANK_LINE.findall(gap))
    return gap.count("\n")


def _sentence_subject(masked, si, sentences, resolver) -> Optional[Attribution]:
    """The sentence's opening mention (pronoun, name, description) or its first named person."""
    s0, s1 = sentences[si]
    lex = resolver.lex
    mention = mention_after(masked, s0, lex, s1)
    if mention is not None and (mention.kind != "name" or resolver.first_person_in(si) is not None):
        return Attribution(mention, None, None, None, mention.start, 0)
    nm = resolver.first_person_in(si)
    if nm is not None:
        return Attribution(Mention(nm.start, nm.end, masked[nm.start:nm.end], "name"),
                           None, None, None, nm.start, 0)
    return None


class _Identity:
    """Stands in for a view that is the document text itself (skips the offset map)."""

    @staticmethod
    def span(s: int, e: int) -> tuple[int, int]:
        """The span itself (an empty span stays at its start)."""
        return (s, e) if e > s else (s, s)


def _to_quotes(doc: Document, found: list, resolver: SpeakerResolver) -> list[Quote]:
    view = doc.view
    if view.parent is None and view.text == doc.text and view.original_length == len(doc.text):
        view = _Identity()
    resolved = [resolver.resolve(f.att.mention) if f.att is not None else (None, None)
                for f in found]
    _forward_descriptions(found, resolved, resolver)
    out = []
    for n, f in enumerate(found, 1):
        q = f.span
        s, e = view.span(q.start, q.end)
        kw = {}
        if f.att is not None:
            a = f.att
            speaker = resolved[n - 1][0]
            if a.mention.kind == "pronoun" and speaker == a.mention.text:
                speaker = None
            speaker = " ".join(speaker.split()) if speaker else None
            ms, me = view.span(a.mention.start, _mention_end(a.mention))
            kw.update(speaker=speaker, speaker_start=ms, speaker_end=me)
            if a.verb is not None:
                vs, ve = view.span(a.verb_start, a.verb_end)
                kw.update(verb=doc.text[vs:ve], verb_start=vs, verb_end=ve)
        os_ = view.span(q.open_start, q.start)[0]
        ce = view.span(q.end, q.close_end)[1] if q.close_end is not None else None
        out.append(Quote(id=f"{doc.id}#q{n}", document=doc.id, start=s, end=e, text=doc.text[s:e],
                         open_start=os_, close_end=ce, partial=f.partial,
                         continued=q.continued, **kw))
    return out


def _forward_descriptions(found: list, resolved: list, resolver: SpeakerResolver) -> None:
    """A lede's definite description with no earlier name ("Australia's opposition leader has
    accused ...") is the named person quoted within the next two sentences."""
    for i, f in enumerate(found):
        a = f.att
        if a is None or a.mention.kind != "description" or resolved[i][1] is not None:
            continue
        words = a.mention.text.split()
        if f.sentence > 4 or words[-1].lower() not in resolver.lex.person_roles:
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
    quotes = [q for d in docs for q in extract_quotes(d)]
    canon = unify_speakers([q.speaker for q in quotes if q.speaker])
    return [replace(q, speaker=canon.get(q.speaker, q.speaker)) if q.speaker else q for q in quotes]
