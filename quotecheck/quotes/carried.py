"""Reported speech carried on: a partial quotation in a sentence that names no one takes the
speaker whose words the paragraph's previous sentence reports.

'Moss has argued that the plan was doomed from the start. So there is still “a
very strong lobby …”' and '“…,” Ms. Vane said, “…” For young renters, by contrast,
“nobody counts on a raise.”' continue the previous sentence's report: the
narrator goes on paraphrasing the same speaker. Only a partial quotation left without any
speaker by the steps before, of more than a scare quote's few words (those stay the
narrator's), in the same paragraph, in a sentence with no named person or organisation and
no he/she/they/I/we of its own. Used by :mod:`quotecheck.quotes.extract`.
"""
from __future__ import annotations

import re

from quotecheck.quotes.conventions import indirect_speech

_SUBJECT_PRONOUN = re.compile(r"(?<![\w\-])(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)(?![\w\-\u2019'])")
# an opening phrase whose capitalised words are no subject ("For black voters, …", "In Iowa, …")
_OPENING = re.compile(r"[^\w\n]*(?:For|In|On|At|With|Among|Unlike|Like|Beyond|Under|Outside|"
                      r"Inside|Across|Within)\b[^,\n]{1,60},")
_FIRST_WORD = re.compile(r"[^\w\n]*[\w\-]+(?:[\u2019'][\w]+)?")
# verbs whose report a paraphrase goes on with (not admit, acknowledge, recall, predict ...)
_SAYING = frozenset(("say", "tell", "argue", "insist", "explain", "write", "warn", "note", "add"))
# "refugees from Iraq admitted to the country": a preposition's object is no subject
_OBJECT_OF = re.compile(r"\b(?:from|of|in|at|to|for|with|by|on|about)[ \t\u00a0]+\Z")
_CAPITAL = re.compile(r"(?<![\w\-])[A-Z]")


def carry_reported_speech(found: list, partials: list, masked: str, sentences: list,
                          resolver, atts) -> None:
    """Give each speakerless partial quotation the previous sentence's reported speaker (see
    the module docstring): the last quotation of that sentence with a reporting verb, else the
    sentence's own 'NAME said/argued …' when it holds no quotation. ``partials``: the
    quotations of ``found`` of partial kind; ``atts(si)`` the extractor's (cached) attributions
    of sentence ``si``."""
    todo = [f for f in partials if f.att is None and f.sentence > 0]
    if not todo:
        return
    last_of: dict = {}          # sentence index: its last quotation with a verb's speaker
    for f in found:
        if f.att is not None and f.att.verb is not None:
            last_of[f.sentence] = f.att
    for f in todo:
        si = f.sentence
        p1 = sentences[si - 1][1]
        s0, s1 = sentences[si]
        if "\n" in masked[p1:s0] or not _names_no_one(masked, s0, s1, resolver):
            continue
        att = last_of.get(si - 1)
        if att is None:     # (none for a sentence that holds a quotation)
            att = indirect_speech(si - 1, sentences, masked, atts)
            if att is not None and resolver.lex.verb_lemma.get(
                    att.verb.lower(), ("", 0))[0] not in _SAYING:
                att = None      # "Refugees from Norland admitted to …": no report to go on
        if att is not None and not _OBJECT_OF.search(masked, max(0, att.mention.start - 12),
                                                     att.mention.start):
            f.att, f.how = att, "carried-report"


def _names_no_one(masked: str, s0: int, s1: int, resolver) -> bool:
    """True when the sentence ``masked[s0:s1]`` outside its quotations names no person or
    organisation, holds no subject pronoun, opens with no possessive ("Scott's family has
    called …") and has no capitalised word after its first one but in an opening phrase."""
    if resolver.names_between(s0, s1) or _SUBJECT_PRONOUN.search(masked, s0, s1):
        return False
    opening = _OPENING.match(masked, s0, s1)
    first = _FIRST_WORD.match(masked, opening.end() if opening else s0, s1)
    if first is None:
        return True
    if opening is None and first.group().endswith(("'s", "\u2019s")):
        return False
    return _CAPITAL.search(masked, first.end(), s1) is None


_GAP_CHARS = " \t\u00a0\r\n.,;:!?)]\u201d\"'"


def _span_end(found_quote) -> int:
    """Where a found quotation ends: after its closing mark, else after its words."""
    span = found_quote.span
    return span.close_end if span.close_end is not None else span.end


def after_fragment_paragraph(found: list, masked: str, sentences: list) -> None:
    """A quotation paragraph right after a paragraph whose last sentence holds a fragment
    that only :func:`quotecheck.quotes.fragments.attribute_fragments` gave a speaker ('Vane
    used to back Ruiz, but now said the city had “…” / “I think she can do that.”') is that
    speaker's: the previous-quote convention, which ran before the fragment had a speaker.
    Only a quotation of direct kind left without any speaker, opening its paragraph in the
    sentence right after the fragment's, with one paragraph break between them."""
    for i in range(1, len(found)):
        f, g = found[i], found[i - 1]
        if f.att is not None or f.kind != "direct" or g.how != "fragment-subject" or \
                g.att is None or f.sentence != g.sentence + 1:
            continue
        g_end = _span_end(g)
        s0 = sentences[f.sentence][0]
        gap = masked[g_end:s0]
        if "\n" not in gap or gap.strip(_GAP_CHARS) or masked[s0:f.span.open_start].strip():
            continue    # the fragment's sentence goes on, or words come before the quotation
        f.att, f.how = g.att, "previous-quote"


def after_narrator_paragraph(found: list, masked: str, resolver) -> None:
    """'“…,” Vane said. / The losses were largest in the north. / “…”': a quotation paragraph
    after one narrator paragraph that names no one (no name, no he/she/they/I/we) goes on with
    the speaker of the quotation before that paragraph, as news copy runs one speaker's quotes
    round a line of the reporter's figures; not after a paragraph ending in a colon or a
    question. Only a direct quotation left without any speaker, alone in its paragraph, right
    after an attributed quotation with a reporting verb."""
    for i in range(1, len(found)):
        f, g = found[i], found[i - 1]
        if f.att is not None or f.kind != "direct" or g.att is None or g.att.verb is None:
            continue
        g_end, f_end = _span_end(g), _span_end(f)
        lines = masked[g_end:f.span.open_start].split("\n")
        middle = [k for k, line in enumerate(lines[1:-1], 1) if any(c.isalnum() for c in line)]
        line_end = masked.find("\n", f_end)
        if len(lines) < 3 or lines[-1].strip() or len(middle) != 1 or \
                masked[f_end:line_end if line_end >= 0 else len(masked)].strip(_GAP_CHARS):
            continue    # not alone in its paragraph, or not one paragraph between
        p0 = g_end + sum(len(line) + 1 for line in lines[:middle[0]])
        p1 = p0 + len(lines[middle[0]])
        if not _names_no_one(masked, p0, p1, resolver) or \
                masked[p0:p1].rstrip().endswith((":", "?")):
            continue    # "…, who said this?" / "The board put it this way:": someone new
        f.att, f.how = g.att, "previous-quote"
