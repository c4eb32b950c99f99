"""Whether two renderings a group paired are two utterances, not one quotation changed.

A speaker says alike things more than once: prepared remarks and an interview, two tweets on
one subject, two press releases naming the same partners, the text released before a speech
and the speech. Aligned as one quotation, their differences read as changed words (QC103,
QC104) though neither outlet changed anything (issue 11). Each test here reads only the two
renderings' words and the words just around them, so it applies to every outlet alike:

- ``two_statements``: under half the words match, no fragment, no phrase comes through whole;
- ``shared_phrase_only``: one phrase (a list of names) comes through, and little else of the
  shorter rendering matches outside it;
- ``strung_across``: the shorter rendering's words are found in the longer only spread over
  a stretch several times its own length (a short phrase met again by chance far on);
- ``prepared_and_delivered``: one rendering is the text released in advance ("he plans to
  say", "prepared remarks") and the other is not;
- ``reframed_partial``: two short partial quotations alike but for their first word, a verb
  inflected for each outlet's own sentence ("was marshaling the full ..." / "would unleash
  the full ..."): a stock phrase said on two occasions with two verbs.

Thresholds and the advance-text cues are rule data (``[verdict] utterance_*`` of
``rules/data/alignment.toml``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from quotecheck.align.difftype import settings as verdict_settings
from quotecheck.align.pairalign import words_of
from quotecheck.align.renderings import Rendering
from quotecheck.align.wordalign import align, containment, longest_run, matched
from quotecheck.model import PairAlignment
from quotecheck.resources.regexprefilter import guard

_CHANGED_WORDS = frozenset(("wording", "meaning"))   # what QC103 and QC104 report
_CUE_BEFORE = 300   # characters before a quotation read for an advance-text cue
_CUE_AFTER = 80     # and after it ("...," he plans to say.)
_CUE_NAME = 40      # a speaker's name this near an advance-text cue is the one it speaks of


def another_utterance(pa: PairAlignment, a: Rendering, b: Rendering,
                      speaker: Optional[str] = None) -> bool:
    """Any test below says the pair is two utterances (the words aligned at most once for
    all, and only when a test needs them). The tests after ``two_statements`` are read only
    for a pair with changed words (QC103, QC104): on the real-news sets they would also take
    away about 75 paraphrase notes (QC108, info), most of them two utterances, some one
    utterance loosely rendered."""
    changed = any(seg.category in _CHANGED_WORDS for seg in pa.segments)
    na, nb = words_of(a), words_of(b)
    may_be_two = _may_be_two_statements(pa, na, nb)
    if not changed and not may_be_two:
        return False
    ops = align(na, nb)
    if may_be_two and two_statements(na, nb, ops):
        return True
    return changed and (shared_phrase_only(na, nb, ops) or strung_across(na, nb, ops) or
                        prepared_and_delivered(a, b, speaker) or
                        reframed_partial(a, b, na, nb, ops))


def _may_be_two_statements(pa: PairAlignment, na: list, nb: list) -> bool:
    """``two_statements``'s length and score conditions, read before any alignment: both
    renderings have ``utterance_min_words`` words and under ``utterance_max_score`` of them
    match in order."""
    cfg = verdict_settings()
    return min(len(na), len(nb)) >= cfg["utterance_min_words"] and \
        pa.score < cfg["utterance_max_score"]


def two_statements(na: list, nb: list, ops: list) -> bool:
    """Two statements of one speaker on one topic (prepared remarks and an interview), not
    one utterance rendered twice, for a pair that passed :func:`_may_be_two_statements`: the
    shorter is no fragment of the longer, and no phrase of its words comes through whole
    (rule data: ``[verdict] utterance_*``). Translations are exempt (by the caller): they
    share few phrases by nature."""
    cfg = verdict_settings()
    return containment(ops, len(na), len(nb)) < cfg["utterance_fragment"] and \
        longest_run(ops) < cfg["utterance_phrase_words"]


def shared_phrase_only(na: list, nb: list, ops: list) -> bool:
    """Two sentences sharing one phrase ("working with partners A, B and C" / "thanks to our
    partners A, B and C for their help"): outside its longest run of matched words the
    shorter rendering still has ``utterance_min_words`` words, and under
    ``utterance_phrase_share`` of them match. A rendering of one utterance keeps most of its
    words beyond any one phrase."""
    cfg = verdict_settings()
    run = longest_run(ops)
    rest = min(len(na), len(nb)) - run
    if rest < cfg["utterance_min_words"]:
        return False
    return matched(ops) - run < cfg["utterance_phrase_share"] * rest


def strung_across(na: list, nb: list, ops: list) -> bool:
    """The shorter rendering's matched words lie in the longer one over a stretch more than
    ``utterance_spread`` times the shorter's length: its words were met again far on in
    another sentence ("not to let them into our country" against "not to let them enter
    their country. [two dozen words] into our country"), not quoted from one place."""
    short_first = len(na) <= len(nb)
    shorter = len(na) if short_first else len(nb)
    equal = [(j1, j2) if short_first else (i1, i2)
             for tag, i1, i2, j1, j2 in ops if tag == "equal"]
    if len(equal) < 2:
        return False
    return equal[-1][1] - equal[0][0] > verdict_settings()["utterance_spread"] * shorter


def prepared_and_delivered(a: Rendering, b: Rendering, speaker: Optional[str] = None) -> bool:
    """One rendering is introduced as text released before it was spoken ("he plans to
    say", "his prepared remarks"), the other is not: the advance text and the delivered
    words are two versions, and neither outlet changed the quotation."""
    return _advance_text(a, speaker) != _advance_text(b, speaker)


def reframed_partial(a: Rendering, b: Rendering, na: list, nb: list, ops: list) -> bool:
    """Two partial quotations (each opens lower-case, inside another sentence) of at most
    ``utterance_partial_max_words`` words that differ only in their first word, two words
    with different inflections ("marshaling" / "unleash"): each outlet's quotation opens on
    a verb its own sentence governs, so the speaker used the phrase twice with two verbs.
    One outlet changing a verb of one remark keeps its form ("solving" / "resolving")."""
    if max(len(na), len(nb)) > verdict_settings()["utterance_partial_max_words"]:
        return False
    if [op[:5] for op in ops if op[0] != "equal"] != [("replace", 0, 1, 0, 1)]:
        return False
    if not (_opens_lower(a) and _opens_lower(b)):
        return False
    return _inflection(str(na[0])) != _inflection(str(nb[0]))


def _opens_lower(r: Rendering) -> bool:
    """The quotation's first letter is lower-case: a partial quotation."""
    text = r.doc.text[r.quote.start:r.quote.end]
    first = next((c for c in text if c.isalpha()), "")
    return first.islower()


def _inflection(word: str) -> str:
    """The inflectional ending a word shows: -ing, -ed, -s or none."""
    for end in ("ing", "ed"):
        if word.endswith(end) and len(word) > len(end) + 2:
            return end
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return "s"
    return ""


def _advance_text(r: Rendering, speaker: Optional[str] = None) -> bool:
    """An advance-text cue stands just before the quotation or just after it, or an earlier
    cue of the document names the quotation's speaker ("Lund said in prepared remarks ...",
    then paragraphs on, "he said"): the document quotes that one text throughout."""
    text = r.doc.text
    q = r.quote
    near = text[max(0, q.start - _CUE_BEFORE):q.start] + " " + text[q.end:q.end + _CUE_AFTER]
    return bool(_cues().search(near)) or _speaker_cued_before(r, speaker)


def _speaker_cued_before(r: Rendering, speaker: Optional[str]) -> bool:
    """An advance-text cue before the quotation has the surname of the quotation's speaker
    or of its group's speaker within ``_CUE_NAME`` characters of it."""
    names = {n.split()[-1] for n in (r.quote.speaker, speaker) if n and n.split()}
    names = {n for n in names if n[:1].isupper() and len(n) > 1}
    if not names:
        return False
    text = r.doc.text
    if not _has_cue_words(text):
        return False
    named = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names)) + r")\b")
    return any(named.search(text[max(0, m.start() - _CUE_NAME):m.end() + _CUE_NAME])
               for m in _cues().finditer(text, 0, r.quote.start))


def _cue_words() -> str:
    """The ``advance_text_cues`` as one alternation led by a word boundary (a space inside a
    cue matching any run of white space); empty where there are none."""
    words = verdict_settings().get("advance_text_cues", [])
    return r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")" \
        if words else ""


@lru_cache(maxsize=1)
def _cues() -> "re.Pattern":
    words = _cue_words()
    return re.compile(words + r"\b", re.IGNORECASE) if words else re.compile(r"(?!)")


@lru_cache(maxsize=1)
def _cue_starts():
    """The cues without their closing word boundary: where :func:`_cues` matches in a
    stretch of a text that begins at its start, this matches at the same place in the whole
    text (a stretch's end may stand for the boundary)."""
    words = _cue_words()
    return guard(re.compile(words, re.IGNORECASE)) if words else _cues()


@lru_cache(maxsize=256)
def _has_cue_words(text: str) -> bool:
    """Whether a cue's words stand anywhere in ``text`` (one search a document): most texts
    hold none, and then no cue stands before any of their quotations (each rendering
    searched the text up to its quotation, with a pattern the engine tries at every
    character: 1,300 searches at 300 articles)."""
    return _cue_starts().search(text) is not None
