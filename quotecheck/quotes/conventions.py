"""News-copy conventions that give a quote with no attribution in its sentence a speaker from
its context: a previous colon or reported-speech paragraph, the next sentence, an action beat,
the previous quote's speaker, a neighbouring subject, the next paragraph's first name, and a
headline quote's echo in the body. Used by :mod:`quotecheck.quotes.extract`.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from quotecheck.quotes.attribution import Attribution
from quotecheck.quotes.attribution_words import PLACEHOLDER, Lexicon, lexicon
from quotecheck.quotes.inverted_mentions import mention_after
from quotecheck.quotes.mentions import Mention
from quotecheck.quotes.response_of import response_of_mention
from quotecheck.text.quotemarks import TURN_LABEL, QuoteSpan

_BLANK_LINE = re.compile(r"\n[ \t\r\u00a0]*\n")


def headline_echo(found: list, text: str, masked: str) -> None:
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


_NO_TURN = frozenset(("VIDEO", "AUDIO", "UPDATE", "NOTE", "EDITOR'S NOTE", "EDITOR\u2019S NOTE",
                      "SOURCE", "PHOTO", "CROSSTALK", "TRANSCRIPT", "WATCH", "READ", "BREAKING",
                      "ANNOUNCER", "NARRATOR", "UNIDENTIFIED MALE", "UNIDENTIFIED FEMALE"))


_STAGE_DIRECTION = re.compile(r"[(\[][A-Z][A-Z ,'\u2019-]*\.?[)\]]\.?")


def is_stage_direction(text: str, q: QuoteSpan) -> bool:
    """'"(CROSSTALK.)', '“[APPLAUSE]': a transcript's bracketed stage direction, no one's words."""
    return _STAGE_DIRECTION.fullmatch(text, q.start, q.end) is not None


def transcript_turns(found: list, text: str) -> None:
    """'"PENCE: Well, look …': a quoted transcript turn opening with a capitalised speaker label
    is that speaker's, and its words start after the label; so are the next paragraphs of the
    same quotation until the next label (a label of a clip or a note is nobody's)."""
    turn = None     # (group, attribution) of the last labelled turn
    for f in found:
        m = TURN_LABEL.match(text, f.span.start)
        if m is not None and len(m.group(1)) > 2:
            turn = None
            if f.att is None and m.group(1) not in _NO_TURN:
                mention = Mention(m.start(1), m.end(1), m.group(1).title(), "name")
                f.att, f.how = Attribution.without_verb(mention), "turn"
                f.span = replace(f.span, start=m.end())
                turn = (f.span.group, f.att)
        elif turn is not None and f.att is None and f.span.group == turn[0]:
            f.att, f.how = turn[1], "turn"


def _echo_words(text: str, q: QuoteSpan) -> str:
    """The quote's words, folded for comparison (case, punctuation and apostrophes ignored)."""
    return " ".join(re.findall(r"\w+", text[q.start:q.end].lower().replace("\u2019", "'")))


def _colon_subject(f, masked: str, sentences, resolver):
    """'Flames goaltender Jacob Markstrom was blunt: “…”': the sentence's subject speaks."""
    s0, _ = sentences[f.sentence]
    if masked[s0:f.span.open_start].rstrip().endswith(":"):
        return _sentence_subject(masked, f.sentence, sentences, resolver)
    return None


# the as-clause ends right before the quote ("As she put it, “…”") or before the clause that holds
# it ("As she put it, the plan is “a mess.”"): a comma then closes the as-clause
_AS_PUT_IT = re.compile(r"(?:^|(?<=[\s,;(]))[Aa]s[ \t]+(?=\S)(?:(?!\n).){1,200}?(?<=\s)"
                        r"(?:put|phrased|summed[ \t]+up)[ \t]+it(?:[ \t]+\w+)?[ \t]*"
                        r"(?:,?[ \t]*\Z|,[ \t]+(?=\S)(?:(?!\n).)*\Z)")


_SPACES = re.compile(r"\s*")


def _as_put_it_subject(f, masked: str, sentences, resolver):
    """'As Ann Marlow, a tax lawyer, recently put it, “…”' and 'As she put it, the plan is “a mess”':
    the as-clause's subject speaks."""
    s0, _ = sentences[f.sentence]
    end = f.span.open_start
    # the pattern is tried at every offset: searched only where one of its verbs stands
    m = _AS_PUT_IT.search(masked, s0, end) if masked.find("put", s0, end) >= 0 or \
        masked.find("phrased", s0, end) >= 0 or masked.find("summed", s0, end) >= 0 else None
    if m is None:
        return None
    at = _SPACES.match(masked, m.start() + 2).end()    # the subject after 'As '
    mention = mention_after(masked, at, resolver.lex, f.span.open_start)
    return Attribution.without_verb(mention) if mention else None


def _name_attribution(masked: str, nm) -> Attribution:
    """The verbless attribution to the name the resolver found at ``nm``, as written there."""
    return Attribution.without_verb(Mention(nm.start, nm.end, masked[nm.start:nm.end], "name"))


def _paragraph_break(masked: str, a: int, b: int) -> bool:
    return "\n" in masked[a:b]


def apply_conventions(found: list, sentences, masked: str, atts, resolver,
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
    last = None
    for i, f in enumerate(found):
        if f.att is None:
            subject = _colon_subject(f, masked, sentences, resolver)
            if subject is not None:
                f.att, f.how = subject, "colon-subject"
            elif (subject := _as_put_it_subject(f, masked, sentences, resolver)) is not None:
                f.att, f.how = subject, "as-put-it"
            elif (said := response_of_mention(masked, f.span.close_end, sentences[f.sentence][1],
                                              resolver.lex)) is not None:
                f.att, f.how = Attribution.without_verb(said), "response-of"
        if f.att is None and not f.partial:
            f.att, f.how = _context_attribution(f, found, i, last, sentences, masked, atts,
                                                resolver, blank_lines)
        if f.att is not None and (not f.partial or f.att.verb is not None):
            last = f    # '… calling him “a buffoon,” Sue said. / “But he's ours!”': Sue's too


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
        indirect = indirect_speech(si - 1, sentences, masked, atts)
        if indirect is not None:
            return indirect, "previous-indirect"
    # '“A,” says Tom Berg. “B.” While parents say …': a quote right after the paragraph's
    # attributed quote continues it (or the beat between them), whatever the next sentence
    if prev_same_para and last is not None and last.sentence == si - 1 and last.att is not None:
        beat = _action_beat(f, found, i, masked, resolver.lex)
        return (beat, "beat") if beat is not None else (last.att, "previous-quote")
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
    # a person introduced as subject right before ("Coach Bill Hendry was blunt. “…”"; "Tom
    # Reyes stands in his kitchen." then a quote paragraph) beats the previous quote's speaker
    if si > 0 and (prev_same_para or _paragraphs_between(masked, sentences[si - 1][1], s0,
                                                          blank_lines) <= 1) \
            and (last is None or last.sentence < si - 1):
        subject = _introduced_subject(si - 1, sentences, masked, resolver)
        if subject is not None:
            return subject, "introduced-subject"
    # "“…,” said Jo Lin. “…”": the paragraph's previous sentence names the speaker, after
    # any earlier quote's speaker
    if prev_same_para and (last is None or last.sentence < si - 1):
        prev = atts(si - 1).last_before(sentences[si - 1][1] + 1)
        if prev is not None and prev.verb is not None:
            return prev, "previous-sentence"
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
    if not prev_same_para and not next_same_para and si > 0 \
            and _paragraphs_between(masked, sentences[si - 1][1], s0, blank_lines) <= 1:
        person = _paragraph_person(si - 1, sentences, masked, resolver)
        if person is not None:      # "Laurin lost 40 per cent. … / “It took me years.”"
            return person, "previous-paragraph-person"
    if not prev_same_para and not next_same_para and si + 1 < len(sentences) \
            and _paragraphs_between(masked, s1, sentences[si + 1][0], blank_lines) <= 1:
        nm = resolver.first_person_in(si + 1)
        if nm is not None:
            return _name_attribution(masked, nm), "next-paragraph-name"
    return None, ""


_HE_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")


def _paragraph_person(sj: int, sentences, masked: str, resolver) -> Optional[Attribution]:
    """The person the paragraph ending with sentence ``sj`` is about: in its last sentence
    that has one, the first he/she/his/her or named person (a quote paragraph after it is
    theirs)."""
    while sj >= 0:
        s0, s1 = sentences[sj]
        if PLACEHOLDER not in masked[s0:s1]:
            nm = resolver.first_person_in(sj)
            he = _HE_SHE.search(masked, s0, nm.start if nm is not None else s1)
            if he is not None and nm is not None and he.group().lower() in ("his", "her"):
                he = None       # "Still, even with her pension, Carla Laurent lost …"
            if he is not None:
                mention = Mention(he.start(), he.end(), he.group(), "pronoun")
                return Attribution.without_verb(mention)
            if nm is not None:
                return _name_attribution(masked, nm)
        if sj == 0 or _paragraph_break(masked, sentences[sj - 1][1], s0):
            return None
        sj -= 1
    return None


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
        if verb and verb[0].islower() and verb[0].rstrip(",;.").isalpha() and \
                verb[0] not in _NOT_VERBS:      # not "” Festooned with …, the store"
            return Attribution.without_verb(m)
    return None


_SUBJECT_PREFIX = re.compile(r"(?:[^,.;:!?\n]{0,120},[ \t\u00a0]+)?(?:[\w.\u2019'-]+[ \t\u00a0]+){0,3}\Z")
# after the name, a party tag and an apposition may come before the verb ("Sen. Ann Roe (Ore.),
# who lost to Vane, named ...")
_NEXT_WORD = re.compile(r"(?:[ \t\u00a0]*\([A-Z][\w.\- ]{0,18}\))?(?:,[^,\n]{1,60},)?"
                        r"[ \t\u00a0]+([a-z][a-z]+)\b")
# an opening phrase that ends in a quoted title holding its comma: 'On “Meet the Press,” ...'
_TITLE_OPENER = re.compile(r"[^,.;:!?\n\u2063]{2,60}[\"\u201c]\u2063{2,30}[\"\u201d][ \t\u00a0]+")


# "He points at …", also after a conjunction and a time phrase ("But early on, he did …")
_PRONOUN_SUBJECT = re.compile(r"[ \t\n\u00a0]*(?:(?:But|And|Yet|Still|So)[ \t\u00a0]+)?(?:(?:[Ee]arly on|"
                              r"[Aa]t first|[Ll]ater|[Tt]hen|[Nn]ow|[Tt]oday|[Bb]ack then),?[ \t\u00a0]+)?"
                              r"(?<![\w\-])([Hh]e|[Ss]he)[ \t\u00a0]+([a-z][a-z]+)\b")
_LONG_QUOTE = re.compile(PLACEHOLDER + "{31}")     # "became “acutely aware” of it" holds a term
_LEAD_WORDS = frozenset(("then", "later", "meanwhile", "now", "but", "and", "still", "yet",
                         "the", "a", "an", "team", "club", "club's", "team's"))
_NOT_VERBS = frozenset(("of", "on", "in", "at", "for", "with", "to", "and", "or", "from", "by",
                        "as", "into", "after", "before", "than", "who", "whose", "which", "that"))


def _introduced_subject(sj: int, sentences, masked: str, resolver) -> Optional[Attribution]:
    """The named person who is the subject of sentence ``sj`` (a sentence with no quote): after
    at most an opening phrase and a few descriptor words, followed by a lower-case verb."""
    p0, p1 = sentences[sj]
    if PLACEHOLDER in masked[p0:p1] and _LONG_QUOTE.search(masked, p0, p1):
        return None     # a sentence quoting more than a term has its own attribution
    nm = resolver.first_person_in(sj)
    if nm is None:
        # "Tom Reyes stands in his kitchen. He points at the window." then the quote
        m = _PRONOUN_SUBJECT.match(masked, p0, p1)
        if m is None or m.group(2) in _NOT_VERBS:
            return None
        a, b = m.span(1)
        return Attribution.without_verb(Mention(a, b, m.group(1), "pronoun"))
    titled = _TITLE_OPENER.match(masked, p0, nm.start)    # 'On “Face the Nation,” Sen. X'
    p0 = titled.end() if titled else p0
    if not _SUBJECT_PREFIX.match(masked, p0, nm.start):
        return None
    lead = masked[p0:nm.start].rsplit(",", 1)[-1].split()
    titles = resolver.lex.titles
    if any(not (w[:1].isupper() or w.lower().strip(".") in titles or w.lower() in _LEAD_WORDS)
           for w in lead):
        return None         # "Police arrested John Smith on Friday": an object, not a subject
    nxt = _NEXT_WORD.match(masked, nm.end, p1)
    if nxt is None or nxt.group(1) in _NOT_VERBS:
        return None
    return _name_attribution(masked, nm)


def indirect_speech(sp: int, sentences, masked: str, atts):
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


_OPENING_PHRASE = frozenset(("with", "after", "before", "in", "as", "when", "while", "despite",
                             "although", "because", "if", "since", "during", "amid", "following",
                             "for", "on", "at", "from", "without", "unlike", "like"))


def _sentence_subject(masked, si, sentences, resolver) -> Optional[Attribution]:
    """The sentence's opening mention (pronoun, name, description) or its first named person."""
    s0, s1 = sentences[si]
    lex = resolver.lex
    mention = mention_after(masked, s0, lex, s1)
    if mention is not None and mention.text.split(None, 1)[0].lower() in _OPENING_PHRASE:
        # "With leaders worried about apathy, President Vale is rolling out …": the subject
        # follows the opening phrase's comma
        comma = masked.find(",", mention.end, s1)
        mention = mention_after(masked, comma + 1, lex, s1) if comma != -1 else None
    nm = resolver.first_person_in(si)
    if mention is not None and mention.kind == "name" and nm is not None and \
            nm.start > mention.start and _modifies_noun(masked, mention.end, lex) and \
            not resolver.is_named_at(mention.start, mention.end):
        mention = None      # "Governance lassitude was on display when Musk wrote this:"
    if mention is not None and (mention.kind != "name" or nm is not None):
        return Attribution.without_verb(mention)
    if nm is not None:
        return _name_attribution(masked, nm)
    return None


_NEXT_LOWER = re.compile(r"[ \t\u00a0]+([a-z]+)\b")


def _modifies_noun(masked: str, end: int, lex: Lexicon) -> bool:
    """True when a capitalised word is followed by a lower-case noun ("Governance lassitude"),
    not a verb, an adverb or a participle: it is a modifier, not the sentence's subject."""
    m = _NEXT_LOWER.match(masked, end)
    if m is None:
        return False
    w = m.group(1)
    return not (lex.is_verb_form(w) or w in _NOT_VERBS or w in lex.stance_verbs
                or w.endswith(("ly", "ed", "s")))
