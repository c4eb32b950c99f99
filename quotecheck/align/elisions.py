"""A region of two aligned renderings that holds one rendering's elision mark ("…", "...",
"[...]"): words the writer declares left out are no change of the quotation.

:func:`across_elision` is called by ``difftype`` (which passes its own region typer, so this
module needs nothing of it): where the other rendering prints the words the mark leaves out,
the words around the mark are typed against the ones they match; where the mark joins a
passage the other rendering does not quote to the sentence both quote, the other's words at
that seam are the ones the mark leaves out. Only a negator in the words concerned (on one
side of a seam) makes either a change of meaning, and not one inside whole sentences the mark
leaves out ("The plan was late ... It was a mess" for "The plan was late. It could not be
fixed. It was a mess."): a sentence left out negates none of the kept ones. Nor does a
preposition that negates its own phrase ("today, without a summons, so as to") left out
with the whole phrase (:func:`scope_inside`). A cut at a quote's end whose words stand right
outside the other rendering's marks is a moved boundary (:func:`boundary_moved`).
"""
from __future__ import annotations

import re

from quotecheck.align.meaningwords import is_content, lexicon, polar
from quotecheck.align.wordalign import gap_positions

_SWAP_WORDS = 3    # a marked rendering's words at a seam up to this many: read as a swap

# a phrase break between two words: a comma, a dash, a bracket, a colon, a sentence's end
_BREAK = re.compile(r"[,;:()\[\]\u2013\u2014]|\s[-\u2010-\u2012]\s|[.!?](?:\s|$)")

_WORST = ("equal", "orthographic", "translation", "rendering", "wording", "truncation",
          "meaning")


def across_elision(a, b, fa, fb, box, relation, polarity, typed) -> tuple[str, str] | None:
    """A region holding one rendering's elision mark ("let down by the council, [...] and we
    will sue") where the other prints the words left out too ("let down by the town council,
    and by the mayor, and we will sue"): the words around the mark are typed against the
    other's words they match, and the stretch between is the elided one (a negator in it is
    a change of meaning). Without that, the left-out stretch joins a change of the words
    beside the mark and reads as the quotation rewritten."""
    i1, i2, j1, j2 = box
    for cut, full, cw, fw, (c1, c2), (f1, f2) in ((a, b, fa, fb, (i1, i2), (j1, j2)),
                                                   (b, a, fb, fa, (j1, j2), (i1, i2))):
        slots = sorted(k for k in cut.elided_before if c1 <= k <= c2)
        if not slots or (f2 - f1) <= (c2 - c1):
            continue
        k = slots[0]
        head = _cover(cw[c1:k], fw[f1:f2])
        tail = _cover(cw[k:c2][::-1], fw[f1:f2][::-1])
        if head is None or tail is None or head + tail >= f2 - f1:
            continue
        if polarity or (polar(fw[f1 + head:f2 - tail])
                        and not scope_inside(full, fw, f1 + head, f2 - tail)):
            return "meaning", "elision"
        parts = [((c1, k), (f1, f1 + head)), ((k, c2), (f2 - tail, f2))]
        kinds = [("equal", "elided")]
        for (x1, x2), (y1, y2) in parts:
            if x2 > x1 or y2 > y1:
                box2 = (x1, x2, y1, y2) if cut is a else (y1, y2, x1, x2)
                kinds.append(typed(a, b, fa, fb, box2, relation))
        return max(kinds, key=lambda k: _WORST.index(k[0]) if k[0] in _WORST else 2)
    return seam_elision(a, b, fa, fb, box)


def seam_elision(a, b, fa, fb, box) -> tuple[str, str] | None:
    """A region that runs from one rendering's elision mark to its edge on both sides ("The
    mayor had a reason to end it ... a complete audit would" against "The evidence does show
    that a complete audit would"): the marked rendering joins a passage the other does not
    quote to the sentence both quote, and the other's words at the seam are the ones the mark
    leaves out. Neither rendering changed the other's words. A negator in the words the mark
    leaves out ("does not indicate") is a change of meaning through the mark; a short stretch
    on the marked side (``_SWAP_WORDS``) is a swap beside the mark, and a joined passage that
    negates is typed as any other region (None): both as before this reading."""
    i1, i2, j1, j2 = box
    if i2 == i1 or j2 == j1:
        return None          # words on one side only: the gap readings of ``difftype``
    for cut, full, cw, fw, (c1, c2), (f1, f2) in ((a, b, fa, fb, (i1, i2), (j1, j2)),
                                                   (b, a, fb, fa, (j1, j2), (i1, i2))):
        if c2 - c1 <= _SWAP_WORDS:
            continue         # a word or two at the mark ("No puppet. ..." / "Nope. ..."): a swap
        before = c2 in cut.elided_before and _no_content(cw[:c1]) and _no_content(fw[:f1])
        after = c1 in cut.elided_before and _no_content(cw[c2:]) and _no_content(fw[f2:])
        if before or after:
            if polar(cw[c1:c2]):
                return None   # the joined passage negates: typed as any region, as before
            return ("meaning", "elision") if polar(fw[f1:f2]) and not scope_inside(
                full, fw, f1, f2) else ("equal", "elided")
    return None


def scope_inside(side, fw: list, k1: int, k2: int) -> bool:
    """The negators of ``fw[k1:k2]`` (words of ``side``, left out at a mark) negate none of
    the kept words: the stretch is whole sentences (:func:`whole_sentences`), or each negator
    is a preposition of ``phrase_negators`` whose phrase, one word or more after it, ends at
    a break (a comma, a dash, a sentence's end) inside the stretch or right after it
    ("appear today, without the need for a summons, so as to" / "appear ... so as to").
    An elided "not" ("I will ... resign" for "I will not resign") stays a change. Nor does a
    stretch that opens on a sentence's closing phrase and runs on in whole sentences
    (:func:`closing_phrase_then_sentences`)."""
    return whole_sentences(side, fw, k1, k2) or _own_phrases(side, fw, k1, k2) or \
        closing_phrase_then_sentences(side, fw, k1, k2)


def closing_phrase_then_sentences(side, fw: list, k1: int, k2: int) -> bool:
    """``fw[k1:k2]`` opens after a phrase break with the closing phrase of a sentence whose
    head is kept ("You said that, not me. [whole sentences] This is" quoted as "you said
    that ... This is") and runs on in whole sentences: the phrase, set off by its break, is
    an afterthought ("not me", "not today") that negates none of the kept words, and the
    sentences after it are whole. The stretch, or the same stretch slid as
    :func:`gap_positions` slides it, is read."""
    starts = side.sentence_starts
    if k2 <= k1 or not starts:
        return False
    breaks = phrase_breaks(side)
    for d in gap_positions(fw, k1, k2, 0):
        lo, hi = k1 + d, k2 + d
        first = min((k for k in starts if lo < k < hi), default=None)
        if lo in breaks and lo not in starts and first is not None and \
                (hi == len(fw) or hi in starts) and not breaks.intersection(range(lo + 1, first)):
            return True
    return False


def _own_phrases(side, fw: list, k1: int, k2: int) -> bool:
    """Each negator of ``fw[k1:k2]``, or of the stretch slid as :func:`gap_positions`
    slides it, heads a phrase (``phrase_negators``) that ends at a break of ``side`` within
    the stretch or right after it."""
    lex = lexicon()
    if k2 <= k1 or not any(w in lex.phrase_negators for w in fw[k1:k2]):
        return False
    breaks = phrase_breaks(side)
    for d in gap_positions(fw, k1, k2, 0):
        lo, hi = k1 + d, k2 + d
        if all(fw[k] in lex.phrase_negators and breaks.intersection(range(k + 2, hi + 1))
               for k in range(lo, hi) if fw[k] in lex.negators and polar(fw[k:k + 2])):
            return True
    return False


def phrase_breaks(side) -> frozenset:
    """Word indices of ``side`` with a phrase break (:data:`_BREAK`) in the gap before them,
    and the quotation's end; read from the document's text when a negator left out at a mark
    asks, not for every rendering."""
    ws, text = side.words, side.text
    return frozenset(k for k in range(1, len(ws)) if ws[k].token != ws[k - 1].token and
                     k not in side.elided_before and
                     _BREAK.search(text[ws[k - 1].end:ws[k].start] + " ")) | {len(ws)}


def whole_sentences(side, fw: list, k1: int, k2: int) -> bool:
    """``fw[k1:k2]`` (words of ``side``) are whole sentences of it: the stretch, or the same
    stretch slid along words that repeat its ends (as :func:`gap_positions` slides a gap),
    opens a sentence and ends where another opens or the quotation ends."""
    starts = side.sentence_starts
    if k2 <= k1 or not starts:
        return False
    return any(k1 + d in starts and (k2 + d == len(fw) or k2 + d in starts)
               for d in gap_positions(fw, k1, k2, 0))


def _no_content(words: list) -> bool:
    """No content word among ``words`` (a quotation's edge reached but for "The", "and")."""
    return not any(is_content(w) for w in words)


def _cover(part: list, full: list) -> int | None:
    """Fewest words at the start of ``full`` holding every content word of ``part`` (a name's
    possessive ending aside); None when ``full`` lacks one."""
    if not part:
        return 0
    need = {w.rstrip("s").rstrip("'\u2019") for w in part if is_content(w)}
    if not need:
        return None
    end = 0
    for w in need:
        at = [n for n, x in enumerate(full) if x.rstrip("s").rstrip("'\u2019") == w]
        if not at:
            return None
        end = max(end, at[0] + 1)
    return end


def boundary_moved(a, b, dropped, added, at_start) -> bool:
    """True when words left out of one rendering's marks stand right outside them (``a``,
    ``b``: ``difftype.Side``): the other outlet moved the quote's boundary, a declared cut."""
    if dropped:
        outside = b.before if at_start else b.after
        words = dropped
    else:
        outside = a.before if at_start else a.after
        words = added
    if not outside or not words:
        return False
    n = len(words)
    return (outside[-n:] == words) if at_start else (outside[:n] == words)
