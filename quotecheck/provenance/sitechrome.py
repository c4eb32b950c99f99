"""Sentences that are never derivation evidence although two texts share them word for word.

An outlet prints the same sentences on many of its pages (a newsletter box, a copyright
notice, "Hide Caption 3 of 12"); a capture often glues them into a paragraph of the story, so
line-level chrome detection misses them, and two unrelated stories of one site then align on
them. (A social post embedded on one line is the load stage's: ``lineshape.signed_post_lines``.)
An outlet with two documents in a run prints such a sentence too rarely to tell by recurrence:
a sentence that two of its pages share and that reads as a sign-up box's, an appeal's or a
disclaimer's (:func:`quotecheck.load.chromesentences.is_chrome_sentence`) goes too, and so
does a page note of ``[shared_notes]`` in furniture.toml (a columnist's bio, a membership
appeal, a column's tagline) in a run of shared sentences, with a short label beside it and,
at the page's foot, the rest of the run after it (see :func:`_whole_blocks`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from quotecheck.load.chromesentences import is_chrome_sentence
from quotecheck.resources.regexsafe import compile_safe
from quotecheck.resources.ruledata import load_data


def drop_outlet_chrome(texts: list, outlet: dict, min_docs: int = 3,
                       copies_overlap: float = 0.5, story_overlap: float = 0.2) -> None:
    """Take out of each text's narration the sentences its outlet prints on ``min_docs`` or
    more pages that are not copies of one story (their sentence sets overlap, Jaccard, less
    than ``copies_overlap`` on average) nor versions of one running story (every two of them
    share at least ``story_overlap`` of their narration words, Jaccard, the sentences they
    all print left out). Figures are left out of the comparison, so "3 of 12" and "5 of 59"
    are one sentence.

    An agency's write-throughs of one story (the first take, the update an hour later, the
    next day's lead) rewrite most sentences, so their sentence sets overlap little, yet they
    tell one story in one vocabulary (a fifth to two fifths of their longer words shared
    besides the lines they carry over); those lines are the story's, the evidence that links
    the versions. Pages of different stories that print one box (a sign-up appeal, a bio, a
    standard explainer paragraph) share a tenth of their other words or less, even on one
    topic."""
    prints = _outlet_prints(texts, outlet)
    where: dict = defaultdict(set)
    for i, t in enumerate(texts):
        site = outlet.get(t.doc.id)
        if site:
            for p in prints[i]:
                where[(site, p)].add(i)
    sets = [frozenset(p) for p in prints]
    verdict: dict = {}

    def chrome(holders: frozenset) -> bool:
        if holders not in verdict:
            ordered = sorted(holders)
            pairs = list(zip(ordered, ordered[1:]))
            verdict[holders] = (_mean_jaccard(sets, pairs) < copies_overlap
                                and not _one_story(prints, ordered, pairs, story_overlap))
        return verdict[holders]

    # how many sentences follow each print's last place in each text: a page note stands at
    # the foot of every page that prints it
    after = [{p: len(ps) - 1 - k for k, p in enumerate(ps)} for ps in prints]
    for i, t in enumerate(texts):
        site = outlet.get(t.doc.id)
        if not site:
            continue
        holders = [where[(site, p)] for p in prints[i]]
        drop = [_chrome_here(t, s, h, min_docs, chrome) for s, h in zip(t.narration, holders)]

        def foot_everywhere(k: int, slack: int, i=i, holders=holders) -> bool:
            return all(after[j][prints[i][k]] <= slack for j in holders[k] if j != i)

        drop = _whole_blocks(t, drop, [len(h) >= 2 for h in holders], foot_everywhere)
        keep = [s for s, gone in zip(t.narration, drop) if not gone]
        if len(keep) != len(t.narration):
            t.narration = keep
    drop_shared_feet(texts, outlet, story_overlap)


def drop_shared_feet(texts: list, outlet: dict, story_overlap: float = 0.2,
                     share: float = 0.5, least: int = 2) -> None:
    """Take out of two pages of one outlet the run of sentences both print at their foot in one
    order (at most two lines of their own below it, see :func:`_foot_run`), when the pages tell
    different stories (they share less than ``story_overlap`` of their other narration words,
    Jaccard) and the run is less than ``share`` of either page's narration.

    An outlet with two pages in a run cannot show its chrome by recurrence; a column's author
    bio, a podcast or newsletter promotion, a survey report's method note and acknowledgments
    close each page of the outlet, so two pages of different stories end alike and nothing else
    links them. An outlet's update of its own story shares its vocabulary besides (and mostly
    more sentences above the foot): that pair is left alone. A run of fewer than ``least``
    sentences stays: a lone closing line two pages share is as often a background sentence
    or a quotation the later story carries over as a promotion line."""
    prints = _outlet_prints(texts, outlet)
    by_site: dict = defaultdict(list)
    for i, t in enumerate(texts):
        if prints[i]:
            by_site[outlet[t.doc.id]].append(i)
    drop: dict = defaultdict(set)
    for members in by_site.values():
        sets = {i: set(prints[i]) for i in members}
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                both = sets[i] & sets[j]
                if not both:
                    continue
                at_i, at_j, run = _foot_run(prints[i], prints[j], both)
                if (run >= least and run < share * len(prints[i]) and run < share * len(prints[j])
                        and not _one_story(prints, [i, j], [(i, j)], story_overlap,
                                           common=frozenset(prints[i][at_i:at_i + run]))):
                    drop[i].update(range(at_i, at_i + run))
                    drop[j].update(range(at_j, at_j + run))
    for i, gone in drop.items():
        texts[i].narration = [s for k, s in enumerate(texts[i].narration) if k not in gone]


def _foot_run(a: list, b: list, both: set, slack: int = 2) -> tuple:
    """The run of sentences ``a`` and ``b`` both end with (prints in ``both``, in one order,
    contiguous), below it at most ``slack`` sentences on each page that the other does not
    print (a dated promotion, a differing credit line): (start in ``a``, start in ``b``,
    length), length 0 when there is none."""
    for ta in range(min(slack, len(a) - 1) + 1):
        if a[-1 - ta] in both:
            break
    else:
        return 0, 0, 0
    if any(p in both for p in a[len(a) - ta:]):
        return 0, 0, 0
    tb = next((t for t in range(min(slack, len(b) - 1) + 1) if b[-1 - t] == a[-1 - ta]), None)
    if tb is None or any(p in both for p in b[len(b) - tb:]):
        return 0, 0, 0
    n = 0
    while (n < min(len(a) - ta, len(b) - tb) and a[-1 - ta - n] == b[-1 - tb - n]
           and a[-1 - ta - n] in both):
        n += 1
    return len(a) - ta - n, len(b) - tb - n, n


def _one_story(prints: list, holders: list, pairs: list, least: float,
               common: frozenset = None) -> bool:
    """Whether every pair of ``holders`` (sorted neighbours) shares at least ``least`` of
    its longer narration words (Jaccard), the sentences all of them print (or ``common``)
    left out (a box's words would make pages of different stories alike)."""
    if common is None:
        common = frozenset.intersection(*(frozenset(prints[i]) for i in holders))
    words = {i: frozenset(w for p in prints[i] if p not in common for w in p if len(w) > 3)
             for i in holders}   # (short words are every story's)
    return all(len(words[a] & words[b]) >= least * (len(words[a] | words[b]) or 1)
               and words[a] for a, b in pairs)


def _mean_jaccard(sets: list, pairs: list) -> float:
    """The mean Jaccard overlap of ``sets[a]`` and ``sets[b]`` over ``pairs``."""
    return sum(len(sets[a] & sets[b]) / (len(sets[a] | sets[b]) or 1)
               for a, b in pairs) / len(pairs)


def _chrome_here(t, sentence, holders: set, min_docs: int, chrome) -> bool:
    """Whether ``sentence`` of ``t`` is its outlet's chrome: printed on ``min_docs`` pages
    that are not copies of one story, or on two and reading as chrome by its words."""
    if len(holders) >= min_docs and chrome(frozenset(holders)):
        return True
    return len(holders) >= 2 and is_chrome_sentence(t.text[sentence.start:sentence.end])


def _whole_blocks(t, drop: list, shared: list, foot_everywhere=None, gap: int = 2,
                  label_words: int = 12, foot: int = 3) -> list:
    """``drop`` widened around page notes in runs of shared sentences (each printed by two or
    more of the outlet's pages, at most ``gap`` sentences apart): a note goes, with the short
    sentence (a label, at most ``label_words`` words) just before or after it; in a run at the
    page's foot (at most ``foot`` sentences follow it) all from the first note that opens a
    block on go (a bio's plain sentences), not from a mere mention ("letters to the editor"),
    which a story sentence can hold, nor from a note that another page printing it holds
    above its foot (``foot_everywhere(k, slack)``: a story sentence shaped like a bio, "<Name>
    is a columnist for ... who ...", in a paragraph a later page reuses at its foot). A story
    paragraph reused above a note, or text under a box in mid-page, stays evidence."""
    out = list(drop)
    run: list = []
    n = len(t.narration)
    for k, s in enumerate(t.narration + [None]):
        if s is not None and shared[k] and (
                not run or s.index - t.narration[run[-1]].index <= gap):
            run.append(k)
            continue
        kinds = [_page_note(_text(t, j)) for j in run]
        notes = [m for m, kind in enumerate(kinds) if kind]
        if notes:
            blocks = [m for m in notes if kinds[m] == _BLOCK]
            wide = {run[m] for m in notes}
            if blocks and n - 1 - run[-1] <= foot and (     # a run at the page's foot
                    foot_everywhere is None
                    or foot_everywhere(run[blocks[0]], n - 1 - run[blocks[0]] + foot)):
                wide.update(run[blocks[0]:])
            for m in (notes[0] - 1, notes[-1] + 1):
                if 0 <= m < len(run) and len(_text(t, run[m]).split()) <= label_words:
                    wide.add(run[m])
            for j in wide:
                out[j] = True
        run = [k] if s is not None and shared[k] else []
    return out


def _text(t, k: int) -> str:
    s = t.narration[k]
    return t.text[s.start:s.end].strip()


_MENTION, _BLOCK = 1, 2     # kinds of page note (0: none)


@lru_cache(maxsize=1)
def _notes() -> tuple:
    """The compiled ``openings`` (matched), ``anywhere`` and ``mentions`` (searched) of
    ``[shared_notes]``."""
    d = load_data("furniture").get("shared_notes", {})
    openings = [compile_safe(p) for p in d.get("openings", ())]
    anywhere = [compile_safe(p, re.IGNORECASE) for p in d.get("anywhere", ())]
    mentions = [compile_safe(p, re.IGNORECASE) for p in d.get("mentions", ())]
    return openings, anywhere, mentions


def _page_note(sentence: str) -> int:
    """Whether ``sentence`` reads as a note of the page: ``_BLOCK`` (a bio's opening, an
    appeal, a tagline, a credit line), ``_MENTION`` (wording a story sentence can hold too:
    "letters to the editor") or 0."""
    openings, anywhere, mentions = _notes()
    if any(p.match(sentence) for p in openings) or any(p.search(sentence) for p in anywhere):
        return _BLOCK
    return _MENTION if any(p.search(sentence) for p in mentions) else 0


def _outlet_prints(texts: list, outlet: dict) -> list:
    """Each text's narration as prints (:func:`_print`). Only a text with an outlet is ever
    compared (its own prints, its holders' sets and feet): a text without one is printed as
    nothing."""
    return [[_print(s) for s in t.narration] if outlet.get(t.doc.id) else [] for t in texts]


def _print(sentence) -> tuple:
    """The sentence's words, folded, figures left out."""
    return tuple(w for w in sentence.folded_words() if not w[:1].isdigit())
