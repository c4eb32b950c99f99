"""A quotation in a list of quoted terms is a term like its neighbours, not speech with no
speaker.

"With signs reading “Quebec first,” “Build it” and “The plan is a sham,”", "banned “toxic
assets” and “bring the evil-doers to justice”", "entries: “Most important vote of our time” and
“POTUS”": the short items no one was given are scare quotes (:func:`quotecheck.quotes.kinds.
unclaimed_fragments`), but an item of five words or more was listed as a direct or partial
quotation with no speaker (issue 12: signs, banned-word lists). An unattributed quotation of up
to eight words, with no stop inside, joined to a scare-quote neighbour by "and", "or" or a
comma alone, takes the neighbour's kind. Not after a semicolon ("“so tasty”; “too sweet”;
“worth the wait,” were some comments": people's words), not in a list a crowd
chanted or shouted (a crowd's words), and only once the partial quotations were carried to
the speaker of the report around them (run last).

A list of speech items shares its speaker: in "placards in the video, including: “…” and “…”"
the first item was attributed to the sentence's subject and the second, joined by "and", was
left with no one (issue 12); :func:`list_items` gives it its neighbour's.
"""
from __future__ import annotations

import re

_JOIN = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*(?:(?:and|or)[ \t\u00a0]+)?\Z")
_MAX_WORDS = 8
_WORD_JOIN = re.compile(r"\b(?:and|or)\b")


def _item(f, text: str) -> bool:
    """True for an unattributed speech quotation short enough to be a list's item."""
    q = f.span
    if f.kind not in ("direct", "partial") or f.att is not None or q.close_end is None:
        return False
    words = text[q.start:q.end].rstrip(" ,.;").split()
    return 0 < len(words) <= _MAX_WORDS and not any(w[-1:] in ".?!" for w in words[:-1]) \
        and words[-1][-1:] not in "?!"      # a cry ("“Miss you!”") stays words said


def _joined(a, b, text: str) -> bool:
    """True when quotation ``b`` follows ``a`` with only a list's joiner between them."""
    gap_start, gap_end = a.span.close_end, b.span.open_start
    if gap_start is None or text[gap_start - 2:gap_start - 1] in (".", "?", "!"):
        return False        # "“sham.” “We will …”": the list ended with its sentence
    return 0 <= gap_end - gap_start <= 8 and "\n" not in text[gap_start:gap_end] and \
        _JOIN.match(text[gap_start:gap_end]) is not None


_CROWD = re.compile(r"\b(?:chant|shout|scream|yell|cries\b|cried\b|sang\b|sing\b|sings\b|singing|"
                    r"slogan|calls[ \t\u00a0]+of|cheer|chorus|jeer)", re.I)


def _chains(found: list, text: str) -> list:
    """The runs of quotations joined by a list's joiners, in text order."""
    order = sorted(found, key=lambda f: f.span.open_start)
    chains = []
    for f in order:
        if chains and _joined(chains[-1][-1], f, text):
            chains[-1].append(f)
        else:
            chains.append([f])
    return [c for c in chains if len(c) > 1]


def list_items(found: list, text: str) -> None:
    """Give each unattributed short quotation of a list with a scare-quote item the kind
    scare, unless the list is a crowd's chant; in a list with none, an unattributed item
    takes its neighbour's speaker (:func:`_share_speaker`)."""
    for chain in _chains(found, text):
        if not any(f.kind == "scare" for f in chain):
            _share_speaker(chain, text)
            continue
        head = chain[0].span.open_start
        if _CROWD.search(text, max(0, head - 80), head) is not None:
            continue
        for f in chain:
            if _item(f, text):
                f.kind = "scare"


def _share_speaker(chain: list, text: str) -> None:
    """Give an unattributed speech quotation of ``chain`` (a list with no scare-quote item) the
    attribution of the item before it when "and" or "or" joins them ("… including: “A” and
    “B”": B is A's speaker's); not a run of quotations side by side or after a comma alone
    (a page of sayings, each with its own credit: "“A” “B” _ Ann Vole")."""
    for prev, f in zip(chain, chain[1:]):
        if f.att is None and prev.att is not None and f.kind in ("direct", "partial") and \
                _WORD_JOIN.search(text, prev.span.close_end, f.span.open_start) and \
                _own_sentence(prev, text):
            f.att, f.how = prev.att, "list-item"


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*[ \t\u00a0]+[\"'\u201c\u2018(]*[A-Z]|\n")


def _own_sentence(f, text: str) -> bool:
    """True when ``f``'s attribution stands in its own sentence ("placards …, including: “A”"),
    not one a convention carried from sentences or paragraphs before (a subhead's list of
    tributes, a paper's poster lines: the speaker of an earlier quotation is not theirs)."""
    m, q = f.att.mention, f.span
    if m.end <= q.open_start:
        return _SENTENCE_END.search(text, m.end, q.open_start) is None
    return q.close_end is not None and _SENTENCE_END.search(text, q.close_end, m.start) is None
