"""Typing the differences between two aligned renderings of one quotation.

Each edit region (neighbouring changed words) gets a category from the contract
(orthographic, translation, wording, meaning, truncation) and a kind (spelling, negation,
scalar, number, scope, entity, modality, tense, boundary, dropped, substitution, ...). The
word lists behind these decisions are rule data (``rules/data/meaning-words.toml``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from quotecheck.align.elisions import across_elision, boundary_moved, scope_inside
from quotecheck.align.editregions import edit_regions
from quotecheck.align.expansions import abbreviation_expanded, initialism_expanded
from quotecheck.align.masking import masked_spelling, masked_variants, printed
from quotecheck.align.meaningkinds import (coordinated, emphasis_only, moved_negation,
                                           one_term_inflected, repeated_run, word_kind)
from quotecheck.align.meaningwords import (figure_values, is_content, is_numeric, lexicon, polar,
                                           scalar_hits)
from quotecheck.align.nameforms import name_house_style
from quotecheck.align.numberforms import spelled_variants, spoken_sum_variants
from quotecheck.align.orthography import (Word, doubling_variants, orthographic_kind,
                                          possessive_variants, squash)
from quotecheck.align.wordalign import gap_positions
from quotecheck.model import Segment
from quotecheck.resources.ruledata import load_data

# near: near-identical independent renderings (a shared translation, an unlinked copy);
# near-rendering: the same in one language, where a longer stretch is an accurate partial
RELATIONS = ("derived", "shared", "near", "near-rendering", "independent")


@dataclass
class Side:
    """One rendering as the typer sees it: its words and what surrounds its quote marks."""

    words: list[Word]
    raw: list[str]                       # original text of each word's token
    capital: list[bool] = field(default_factory=list)   # capitalised mid-sentence
    before: list[str] = field(default_factory=list)     # canonical words before the marks
    after: list[str] = field(default_factory=list)      # canonical words after the marks
    elided_before: frozenset = frozenset()              # word indices preceded by … or [...]
    anchor: int = 0                                     # original offset of an empty quote
    bracketed: frozenset = frozenset()                  # word indices inside [ ] or ( ): an editor's
    sentence_starts: frozenset = frozenset()            # word indices opening a sentence
    text: str = ""                                      # the document's text (gaps read on demand)


def type_region(a: list[str], b: list[str], a_win: list[str], b_win: list[str],
                a_caps: list[bool], b_caps: list[bool], relation: str,
                prev: str | None = None) -> tuple[str, str]:
    """Category and kind of one edit region ``a`` → ``b`` (canonical forms).

    ``a_win``/``b_win`` are the region widened by the equal words around it, so that a
    multi-word expression cut by the alignment ("far from") is still seen whole.
    """
    lex = lexicon()
    one_language = relation == "near-rendering"
    relation = "near" if one_language else relation
    if squash(a) == squash(b):   # joins differ; a figure inside: a number's house style
        return "orthographic", ("number-format" if any(w[:1].isdigit() for w in a + b)
                                else "hyphenation")
    if possessive_variants(a, b):   # "Thomas' birthday" / "Thomas's birthday"
        return "orthographic", "possessive"
    if doubling_variants(a, b):     # "benefitting" / "benefiting"
        return "orthographic", "spelling"
    if abbreviation_expanded(a, b, a_caps, b_caps):     # "UK" / "the United Kingdom's": one name
        return "orthographic", "abbreviation"
    if masked_variants(a, b):       # "sh—" / "s---" / the word in full: house style
        return "orthographic", "masking"
    na, nb = figure_values(a), figure_values(b)
    if (na and na == nb and all(is_numeric(w) for w in a + b)) or spelled_variants(a, b) or \
            spoken_sum_variants(a, b, a_win, b_win):
        return "orthographic", "number-format"  # one value written two ways ('1' / 'one')
    negative = lex.negators | lex.implicit_negators
    neg_a = sum(1 for w in a if w in negative)
    neg_b = sum(1 for w in b if w in negative)
    # scalar expressions compared by scale and strength: "completely"/"fully" are one degree
    sa = sorted(h[:2] for h in scalar_hits(a_win) if h[2][0] not in lex.negators)
    sb = sorted(h[:2] for h in scalar_hits(b_win) if h[2][0] not in lex.negators)
    if relation == "independent":
        # independent translations differ everywhere: only local, unmistakable changes count
        small = len(a) <= 3 and len(b) <= 3
        if na and nb and na != nb:
            return "meaning", "number"
        if small and neg_a != neg_b and a_win[:1] == b_win[:1] and a_win[-1:] == b_win[-1:]:
            return "meaning", "negation"
        if small and sa and sb and sa != sb and \
                {x[0] for x in sa} & {x[0] for x in sb}:
            return "meaning", "scalar"
        return "translation", "rendering"
    if na != nb and (na and nb or relation != "near"):
        # between independent renderings of one language a figure only one side has is a
        # phrase one outlet quoted and the other left out ("a pass" / "a pass 25 years ago")
        return "meaning", "number"
    if emphasis_only(a, b, a_win if a else b_win, lex) and not (sa if not a else sb):
        return "wording", "emphasis"
    if sa != sb:
        scales = {x[0] for x in sa} | {x[0] for x in sb}
        if neg_a != neg_b or scales:
            return "meaning", "scalar"
    if neg_a != neg_b and not coordinated(a, b, neg_a, neg_b):
        return "meaning", "negation"
    if len(a) == len(b) == 1 and a[0] in lex.honorific_group and \
            lex.honorific_group[a[0]] == lex.honorific_group.get(b[0]):
        return "orthographic", "honorific"   # "Miss Coughlan" / "Ms Coughlan": house style
    kind = word_kind(a, b, a_caps, b_caps, lex, prev)
    if kind:
        return "meaning", kind
    if one_language and _function_words_swapped(a, b):
        # one text in one language, function words for others: no translator chose them
        return "wording", "substitution"
    if relation in ("shared", "near") and all(not is_content(w) for w in a + b):
        return "translation", "function-word"
    if relation == "near":
        # independent renderings that are nearly one text: only a swapped content word is
        # a change of wording; additions and omissions are the translators' own (words on
        # both sides, joined into the region across a short gap, are no swap)
        xa, xb = _unshared(a, b), _unshared(b, a)
        if any(is_content(w) for w in xa) and any(is_content(w) for w in xb):
            return "wording", "substitution"
        return "translation", "rendering"
    if not b:
        if any(is_content(w) for w in a):
            return "truncation", "dropped"
        return "wording", "dropped"
    if not a:
        return "wording", "added"
    return "wording", "substitution"


def _function_words_swapped(a: list[str], b: list[str]) -> bool:
    """One or two function words (letters) on each side, others: "in"/"with", "it was"/"and"."""
    if not (0 < len(a) <= 2 and 0 < len(b) <= 2) or sorted(a) == sorted(b):
        return False
    return all(w.isalpha() and not is_content(w) for w in a + b)


def _unshared(a: list[str], b: list[str]) -> list[str]:
    """Words of ``a`` that ``b`` lacks."""
    return [w for w in a if w not in b]


@lru_cache(maxsize=1)
def settings() -> dict:
    """The ``[verdict]`` thresholds of ``rules/data/alignment.toml``."""
    return dict(load_data("alignment").get("verdict", {}))


def _span(words: list[Word], i1: int, i2: int, anchor: int) -> tuple[int, int]:
    """Original span of words[i1:i2]; an empty range sits after the previous word."""
    if i2 > i1:
        return words[i1].start, words[i2 - 1].end
    if i1 > 0:
        return words[i1 - 1].end, words[i1 - 1].end
    if words:
        return words[0].start, words[0].start
    return anchor, anchor


def _seg(cat, kind, a: Side, b: Side, i1, i2, j1, j2, text_a: str, text_b: str) -> Segment:
    a0, a1 = _span(a.words, i1, i2, a.anchor)
    b0, b1 = _span(b.words, j1, j2, b.anchor)
    return Segment(cat, kind, a0, a1, b0, b1, text_a, text_b)


def _surface(side: Side, i1: int, i2: int) -> str:
    """Original words i1..i2 (a contraction's token shown once)."""
    out, last = [], None
    for k in range(i1, i2):
        tok = side.words[k].token
        if tok != last:
            out.append(side.raw[k])
            last = tok
    return " ".join(out)


def _equal_segments(a: Side, b: Side, i1, i2, j1, j2) -> list[Segment]:
    """Equal words, split where the original spellings differ (orthographic segments)."""
    out: list[Segment] = []
    run = None
    k = 0
    n = i2 - i1
    while k < n:
        i, j = i1 + k, j1 + k
        # take whole tokens: all words sharing this token on either side
        ke = k + 1
        while ke < n and (a.words[i1 + ke].token == a.words[i].token
                          or b.words[j1 + ke].token == b.words[j].token):
            ke += 1
        ra, rb = _surface(a, i, i1 + ke), _surface(b, j, j1 + ke)
        kind = orthographic_kind(ra, rb) if ra != rb else None
        if ra != rb:
            if run is not None:
                out.append(_seg("equal", "same", a, b, i1 + run, i, j1 + run, j, "", ""))
                run = None
            masked = "*" in a.words[i].norm + b.words[j].norm   # 'bull----' / 'bullshit'
            out.append(_seg("orthographic", kind or ("masking" if masked else "typography"),
                            a, b, i, i1 + ke, j, j1 + ke, ra, rb))
        elif run is None:
            run = k
        k = ke
    if run is not None:
        out.append(_seg("equal", "same", a, b, i1 + run, i2, j1 + run, j2, "", ""))
    return out


def type_pair(a: Side, b: Side, relation: str, ops) -> list[Segment]:
    """Typed segments covering both renderings in order (``a`` earlier or parent)."""
    cfg = settings()
    fa = [w.norm for w in a.words]
    fb = [w.norm for w in b.words]
    regions = edit_regions(ops, int(cfg.get("merge_gap", 1)), relation == "near-rendering")
    in_region = {}
    for r in regions:
        for k in range(r[0], r[-1] + 1):
            in_region[k] = r
    out: list[Segment] = []
    k = 0
    while k < len(ops):
        if k not in in_region:
            _, i1, i2, j1, j2 = ops[k]
            out.extend(_equal_segments(a, b, i1, i2, j1, j2))
            k += 1
            continue
        r = in_region[k]
        i1, j1 = ops[r[0]][1], ops[r[0]][3]
        i2, j2 = ops[r[-1]][2], ops[r[-1]][4]
        cat, kind = _type_whole(a, b, fa, fb, i1, i2, j1, j2, relation, cfg)
        if (cat, kind) == ("meaning", "negation") and moved_negation(  # reworded, one polarity
                fa, fb, (i1, i2, j1, j2), ops, lexicon().negators):
            cat, kind = ("wording", "substitution") if relation == "derived" else (
                "translation", "rendering")     # other words, one sense (a rendering)
        out.append(_seg(cat, kind, a, b, i1, i2, j1, j2, _surface(a, i1, i2), _surface(b, j1, j2)))
        k = r[-1] + 1
    return out


def _type_whole(a, b, fa, fb, i1, i2, j1, j2, relation, cfg) -> tuple[str, str]:
    """Type one region, reading quote boundaries and elision marks (:func:`gap_positions`)."""
    lex = lexicon()
    ra, rb = fa[i1:i2], fb[j1:j2]
    if (rb and all(j in b.bracketed for j in range(j1, j2))) or \
            (ra and all(i in a.bracketed for i in range(i1, i2))):
        return "equal", "editorial"  # "[the president]" for "he", an edge's "[sic]": editor's
    most = int(cfg.get("repetition_max_words", 1))
    if (not rb and all(w in lex.negators for w in ra) and
            repeated_run(fa, a.sentence_starts, i1, i2, most)) or \
            (not ra and all(w in lex.negators for w in rb) and
             repeated_run(fb, b.sentence_starts, j1, j2, most)):
        # "not, not" / "not": the negation stands on both sides; a copy still dropped a word
        return ("wording", "repetition") if relation == "derived" else ("equal", "repetition")
    at_start, at_end, dropped, added = _edge_cut(fa, fb, i1, i2, j1, j2)
    if (at_start or at_end) and not (dropped or added):
        dropped, added = _edge_cut_past_brackets(a, b, fa, fb, (i1, i2, j1, j2))
    # a cut the writer marks ("kill ... the people" for "kill as many of the people") is
    # declared, not silent: only a negator left out through the mark flips what is said
    polarity = polar(dropped + added)      # ('not just me' left out negates nothing)
    if relation == "near-rendering" and (at_start or at_end) and ra and rb and \
            _boundary_only(ra, rb, lex):
        return "equal", "fragment"  # one outlet quotes more of the sentence than the other
    if (at_start or at_end) and (dropped or added):
        if relation == "near" and any(is_content(w) for w in dropped + added):
            return "translation", "rendering"  # more said on one side: two translations
        if relation != "derived":
            # independent renderings, and a partial reuse quoting in its own voice, cut the
            # utterance their way: only a copy (or a draft against its source) truncates
            return "equal", "fragment"
        marked = (0 if at_start else len(fb)) in b.elided_before
        if dropped and marked and not polarity:
            return "equal", "elided"
        if boundary_moved(a, b, dropped, added, at_start):
            return "truncation", "boundary"
        cut = dropped or added
        # the word right at the cut: a negator or scalar there changes what the rest says
        adjacent = cut[-1] if at_start else cut[0]
        edge = cut[-3:] if at_start else cut[:3]
        if adjacent in lex.negators:
            return "meaning", "negation"
        if any((h[2][-1] == adjacent) if at_start else (h[2][0] == adjacent)
               for h in scalar_hits(edge)):
            return "meaning", "scalar"
        kept = len(fb) if dropped else len(fa)
        whole = len(fa) if dropped else len(fb)
        fillers = cfg.get("edge_fillers", ())   # 'OK' left at the end: no word changed
        if any(is_content(w) and w not in fillers for w in cut) and \
                len(cut) <= int(cfg.get("truncation_max_dropped", 3)) \
                and kept >= float(cfg.get("truncation_min_kept", 0.5)) * whole:
            return ("truncation", "dropped") if dropped else ("wording", "added")
        # only function words trimmed ("We screwed up" → the service "screwed up"): the
        # copy's narration now carries them; an accurate partial quote
        return "equal", "fragment"
    if (dropped and b.elided_before.intersection(gap_positions(fa, i1, i2, j1))) or (
            added and a.elided_before.intersection(gap_positions(fb, j1, j2, i1))):
        if polarity and not (scope_inside(a, fa, i1, i2) if dropped
                             else scope_inside(b, fb, j1, j2)):
            return "meaning", "elision"
        return "equal", "elided"
    if relation != "derived" and one_term_inflected(ra, rb, fa, fb):
        return "equal", "term"   # "ping" / "pings" quoted apart: one term, no rendering
    across = across_elision(a, b, fa, fb, (i1, i2, j1, j2), relation, polarity, _typed)
    if across:
        return across
    return _typed(a, b, fa, fb, (i1, i2, j1, j2), relation)


def _typed(a, b, fa, fb, box, relation) -> tuple[str, str]:
    """:func:`type_region` of words ``fa[i1:i2]`` / ``fb[j1:j2]`` (``box``)."""
    i1, i2, j1, j2 = box
    named = name_house_style(a, b, box)   # "Sen." / "Senator", "-iy" / "-yy": one name
    if named:
        return "orthographic", named
    if len(a.raw) == len(fa) and len(b.raw) == len(fb) and \
            initialism_expanded(a.raw[i1:i2], b.raw[j1:j2], fa[i1:i2], fb[j1:j2]):
        return "orthographic", "abbreviation"   # "the IG" / "the inspector general"
    if masked_spelling(printed(a.words, a.text, i1, i2), printed(b.words, b.text, j1, j2)):
        return "orthographic", "masking"   # "d-n" (a dash) / "damn", "[expletive]" / a word
    prev = fa[i1 - 1] if i1 > 0 else None
    caps_a = a.capital[i1:i2] if a.capital else [False] * (i2 - i1)
    caps_b = b.capital[j1:j2] if b.capital else [False] * (j2 - j1)
    return type_region(fa[i1:i2], fb[j1:j2], fa[max(0, i1 - 1):i2 + 1],
                       fb[max(0, j1 - 1):j2 + 1], caps_a, caps_b, relation, prev)


def _edge_cut(fa: list, fb: list, i1: int, i2: int, j1: int, j2: int) -> tuple:
    """``(at_start, at_end, dropped, added)`` of a region, read at a quote's edge whenever the
    alignment allows: "We are [indeed thrilled ... We are] currently" is the first sentence
    left out, not words dropped inside ("We are" slides to the start), and "[In the days ...
    we] / [We]" at the start is the stretch before "we" left out (the shorter side ends the
    longer one). Without that, another stretch of one statement reads as changed words."""
    ra, rb = fa[i1:i2], fb[j1:j2]
    at_start, at_end = i1 == 0 and j1 == 0, i2 == len(fa) and j2 == len(fb)
    if ra and rb:   # one side ends (at the start) or begins (at the end) the other
        short, long_ = (rb, ra) if len(rb) < len(ra) else (ra, rb)
        cut = long_[:len(long_) - len(short)] if at_start and long_[-len(short):] == short \
            else (long_[len(short):] if at_end and long_[:len(short)] == short else None)
        if cut is None:
            return at_start, at_end, [], []
        return at_start, at_end, (cut if long_ is ra else []), (cut if long_ is rb else [])
    side, other, k1, k2, o1, o2 = (fa, fb, i1, i2, j1, j2) if ra else (fb, fa, j1, j2, i1, i2)
    n = k2 - k1
    if not at_start and k1 <= n and side[:k1] == other[:o1] and side[k2 - k1:k2] == side[:k1]:
        at_start, run = True, side[:n]        # the equal words before it repeat its end
    elif not at_end and len(side) - k2 <= n and side[k2:] == other[o2:] and \
            side[k1:k1 + len(side) - k2] == side[k2:]:
        at_end, run = True, side[len(side) - n:]   # the equal words after it repeat its start
    else:
        run = side[k1:k2]
    return at_start, at_end, (run if ra else []), (run if rb else [])


def _edge_cut_past_brackets(a: Side, b: Side, fa: list, fb: list, box) -> tuple[list, list]:
    """``(dropped, added)`` of an edge region read without the editor's bracketed words in
    it: "mainly [about] the fact" against "It was mainly praise ... It was mainly the fact"
    is a quotation that starts later, its bracket standing for the words left out; without
    that, the bracket joins the other's longer start into one rewritten region."""
    i1, i2, j1, j2 = box
    ka = [fa[k] for k in range(i1, i2) if k not in a.bracketed]
    kb = [fb[k] for k in range(j1, j2) if k not in b.bracketed]
    if len(ka) == i2 - i1 and len(kb) == j2 - j1:
        return [], []
    cut = _edge_cut(fa[:i1] + ka + fa[i2:], fb[:j1] + kb + fb[j2:],
                    i1, i1 + len(ka), j1, j1 + len(kb))
    return cut[2], cut[3]


def _boundary_only(ra: list[str], rb: list[str], lex) -> bool:
    """At an end of two same-language renderings: one side only adds words (no content word
    swapped for another, no negator), or the difference is longer than a swap."""
    xa, xb = _unshared(ra, rb), _unshared(rb, ra)
    if max(len(xa), len(xb)) > 3:
        return True   # a stretch of the sentence more: the other outlet's boundary
    if any(w in lex.negators or w in lex.implicit_negators for w in xa + xb):
        return False
    return not (any(is_content(w) for w in xa) and any(is_content(w) for w in xb))

