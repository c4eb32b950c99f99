"""A transparent score of the narrator's voice: opinion or news (issue 15, full scraped pages).

A page scraped whole often loses the desk's label; what remains is how the narrator writes.
News reports: its sentences attribute ('said', 'according to'), many of them sit inside
quotation marks, and the narrator neither speaks as 'I' nor turns to the reader. A column
argues in its own voice: 'I' and 'we' outside quotations, 'you' addressed to the reader,
questions and exclamations of its own, its own comment on what it tells ('of course', 'it
should come as no surprise', 'fair enough'), few attributions, and a commentary page's
promotion at the foot ('Get columns like this in your inbox'). Each of these is a rate over the
narrator's own sentences (:func:`voice_features`); :func:`argued_reason` weighs their sum
against thresholds kept as rule data (``rules/data/opinion-voice.toml``, with what, why and
examples the tests run), and :func:`reported` tells a quoting report; calibrated on
the URL sections of a multi-outlet corpus with the address hidden from the text (the same
weights for every outlet). Read last by :func:`~quotecheck.framing.genre.opinion_reason`,
after every label and furniture test: a voice alone must be unmistakable, because a news
report taken for opinion silences its framing findings.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from quotecheck.resources.regexprefilter import OpeningOrFound, guard
from quotecheck.resources.ruledata import load_data

# each opens with its first letters, the word boundary tested behind them: ``re`` skips ahead
# in C only to a pattern's first literal or class (speed27; same matches as ``\b(?:i|...)``)
_I = re.compile(r"(?:i(?<=\bi)(?:|'m|'ve|'ll|'d)|m(?<=\bm)(?:e|y|yself))\b")
_WE = re.compile(r"(?:w(?<=\bw)e(?:|'re|'ve|'ll|'d)|u(?<=\bu)s|o(?<=\bo)ur(?:|s|selves)"
                 r"|l(?<=\bl)et's)\b")
_YOU = re.compile(r"y(?<=\by)ou(?:|r|rs|rself|rselves|'re|'ve|'ll|'d)\b")
_ATTRIBUTION = re.compile(r"(?:s(?<=\bs)(?:aid|ays|tated)|t(?<=\bt)old|"
                          r"a(?<=\ba)(?:ccording to|nnounced|dded)|r(?<=\br)eported|"
                          r"e(?<=\be)xplained|n(?<=\bn)oted)\b")
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
"""A sentence of lower-cased narration, for counting (genre's voice sentences use it too)."""
WORD = re.compile(r"[a-z][a-z'\-]*")
"""A lower-case word."""
_AROUND_QUOTATION = re.compile("[\"\u201c\u201d\u00ab\u00bb]?\x00+[,.;:!?]*[\"\u201c\u201d\u00ab\u00bb]?")


def own_fragments(sentence: str) -> list:
    """The narrator's own words of a sentence that holds a quotation (masked by
    ``\\x00``-characters): the pieces around each quotation, with their marks and the
    commas and spaces that open them left off ('"...," the mayor said. in other words, ...'
    gives ['', 'the mayor said. in other words, ...'])."""
    return [piece.lstrip(" ,") for piece in _AROUND_QUOTATION.split(sentence)]


# a quotation the extractor left unmasked, in paired marks ('the campaign called it "a
# disgrace"', "the 'old guard'"): a double mark's pair, or a single mark's whose opening has
# no letter before it and whose close no letter after it (an apostrophe, "wouldn't", is
# inside a word); a mark left over is unpaired
_UNMASKED = re.compile("\"[^\"]*\"|\u201c[^\u201c\u201d]*\u201d|\u00ab[^\u00ab\u00bb]*\u00bb"
                       "|(?<![a-z])['\u2018].*?['\u2019](?![a-z])")
# after a colon, a headline's or a card's quoted words ('senator: i will run'), and a
# reporter's first person, the object 'me' of an interviewer ('a lobbyist told me') and a
# newsroom's 'my colleague': a report's, not the narrator's voice
_AFTER_LABEL = re.compile(r":[ \t][^\x00]*")
_OBJECT_ME = re.compile(r"\bme\b|\bmy colleagues?\b")
_CLOSING_MARK = re.compile("[\"\u201d\u00bb]")     # right after a sentence's end: a close
_STRAY_MARK = re.compile("[\"\u201c\u201d\u00ab\u00bb\u2018]|['\u2019](?<![a-z]['\u2019](?=[a-z]))")


def _own_words(sentence: str) -> str:
    """The narrator's own words of a quoting sentence (:func:`own_fragments`, joined), with any
    quotation the extractor left unmasked but paired ('the "blue wall" held, i think') taken
    out, and a fragment's words after a colon (a headline's quoted words, 'senator: i will
    run') and an interviewer's 'me' ('a lobbyist told me'); '' where a quotation mark stays
    unpaired (a quotation running on from or into another sentence: its words may be the
    speaker's)."""
    pieces = (_AFTER_LABEL.sub(":", p) for p in own_fragments(sentence) if p.strip())
    own = _OBJECT_ME.sub(" ", _UNMASKED.sub(" ", " ".join(pieces)))
    return "" if _STRAY_MARK.search(own) or "\x00" in own else own


def own_words(quoting: list, text: str) -> list:
    """The narrator's own words of each quoting sentence (``quoting``: matches in ``text``, the
    lower-case narration with quotations masked; '' left out): its 'I' ('as i noted in my
    last piece, the mayor called it "..."'; '"...?" i asked her.') and its questions beside
    the quotations. A sentence that a closing mark follows ends inside a quotation whose
    opening the extractor took for a close (its last words are the speaker's), and is not
    read. A column runs its first person into the sentences it quotes in, and the
    personal-voice test of :mod:`quotecheck.framing.genre` reads these words with its own
    sentences; news leaves 'I' to the people it quotes."""
    own = (_own_words(m.group()) for m in quoting if not _CLOSING_MARK.match(text, m.end()))
    return [w for w in own if w]


@lru_cache(maxsize=None)
def _promo():
    """The compiled footer promotions of a commentary page (rule data)."""
    return re.compile("|".join(f"(?:{p})" for p in load_data("opinion-voice")["promo"]["patterns"]))


@lru_cache(maxsize=None)
def _stance():
    """The compiled stance cues of ``[stance]`` (rule data): the narrator's own comment on
    what it tells ('of course', 'it is hard to avoid', 'fair enough', 'one might wonder')."""
    data = load_data("opinion-voice")["stance"]   # the opener matched at the start only,
    # the phrases behind their literal prefilter (an alternation of both tried every position)
    return OpeningOrFound(re.compile("\\W*(?:" + "|".join(data["openers"]) + ")\\b"),
                          guard(re.compile("\\b(?:" + "|".join(data["phrases"]) + ")\\b")))


def stance_rate(voice: list, quoting: tuple = ()) -> float:
    """The share of the voice and quoting sentences (see :func:`voice_features`) that carry
    the narrator's own comment (``[stance]``), read in a quoting sentence around its
    quotations only."""
    cue = _stance()
    commented = sum(bool(cue.search(s)) for s in voice) + \
        sum(any(cue.search(piece) for piece in own_fragments(s)) for s in quoting)
    return commented / max(len(voice) + len(quoting), 1)


def voice_features(narration_text: str, voice: list, quoting: tuple = (),
                   stance: bool = True) -> dict:
    """Rates of the narrator's marks: ``narration_text`` (lower case, quotations masked by
    ``mask``-characters), ``voice`` (its sentences outside quotations, chrome and headlines),
    ``quoting`` (its sentences that hold a quotation, masked: only ``stance`` reads them, in
    the narrator's words around the quotation, :func:`own_fragments`; a comment that follows
    a quotation ('"...," she said. In other words, ...') is the narrator's, and a scrape often
    runs it into the quoted sentence). Each rate is per voice sentence except ``stance``
    (per voice or quoting sentence), ``attributions`` (per narration sentence) and ``quoted``
    (share of masked characters); ``promo`` is 0 or 1. With ``stance`` False the stance rate,
    the dearest, is left None for :func:`argued_reason` to ask only where its other tests
    pass."""
    n = max(len(voice), 1)
    sentences = max(sum(1 for m in SENTENCE.finditer(narration_text) if WORD.search(m.group())), 1)
    masked = narration_text.count("\x00")
    return {
        "voice": len(voice),
        "i": sum(bool(_I.search(s)) for s in voice) / n,
        "we": sum(bool(_WE.search(s)) for s in voice) / n,
        "you": sum(bool(_YOU.search(s)) for s in voice) / n,
        "question": sum(s.rstrip().endswith("?") for s in voice) / n,
        "exclamation": sum(s.rstrip().endswith("!") for s in voice) / n,
        "attributions": len(_ATTRIBUTION.findall(narration_text)) / sentences,
        "quoted": masked / max(len(narration_text), 1),
        "promo": float(bool(_promo().search(narration_text))),
        "stance": stance_rate(voice, quoting) if stance else None,
    }


def _settings() -> dict:
    return load_data("opinion-voice")["argued"]


def attributes_little(f: dict, s: dict) -> bool:
    """The gate of the voice readings: at least ``min_voice`` own sentences, at most
    ``max_attributions`` reporting verbs a sentence and ``max_quoted`` quoted (``f``: the
    :func:`voice_features`, ``s``: the reading's settings)."""
    return (f["voice"] >= s["min_voice"] and f["attributions"] <= s["max_attributions"]
            and f["quoted"] <= s["max_quoted"])


def voice_marks(f: dict) -> float:
    """The summed rates of the narrator's I, we, you, questions and exclamations."""
    return f["i"] + f["we"] + f["you"] + f["question"] + f["exclamation"]


def argued_reason(f: dict, stance: Optional[Callable[[], float]] = None) -> Optional[str]:
    """Why the narration reads as an argued piece by its voice alone (its
    :func:`voice_features` ``f`` against the thresholds of ``[argued]``), or a commentary
    page's promotion; else None. Over ``long_voice`` own sentences two more voices argue: a
    group's or the reader's 'we' in many of them (a movement's tribute, an advocacy post) and
    marks half again the bar with more quoted (a satire quoting its target); over
    ``long_voice`` (``[stance]``) a narration that hardly attributes argues on a lower stance
    rate. ``stance`` gives the stance rate where ``f`` has none."""
    if f["promo"]:
        return "a commentary page's promotion at the foot"
    s = _settings()
    marks = voice_marks(f)
    if attributes_little(f, s) and marks >= s["min_marks"]:
        return "the narrator argues in its own voice: few attributions or quotations, " \
               "many 'I', 'we', 'you' and questions"
    if f["voice"] >= s["long_voice"] and f["attributions"] <= s["max_attributions"]:
        if f["we"] >= s["group_min_we"] and f["quoted"] <= s["group_max_quoted"]:
            return "the narrator speaks for a 'we' in many of its own sentences and " \
                   "attributes little: a group's or a columnist's voice"
        if marks >= s["strong_min_marks"] and f["quoted"] <= s["strong_max_quoted"]:
            return "the narrator's own voice is marked throughout ('I', 'we', 'you', " \
                   "questions, exclamations) and attributes little"
    t = load_data("opinion-voice")["stance"]
    if attributes_little(f, t):
        rate = f["stance"] if f["stance"] is not None else stance()
        if rate < t["min_stance"] or marks + rate < t["min_score"]:
            if (f["voice"] >= t["long_voice"] and f["quoted"] <= t["long_max_quoted"]
                    and f["attributions"] <= t["long_max_attributions"]
                    and rate >= t["long_min_stance"]):   # a long telling that hardly attributes
                return "a long narration comments on what it tells and hardly attributes"
            return None
        return "the narrator comments on what it tells ('of course', 'no surprise'), " \
               "attributes and quotes little"
    return None


def reported(f: dict) -> bool:
    """Whether the narration reads as a report by its density of attributions and quotations
    (its :func:`voice_features` ``f`` against ``[reported]``: at least ``min_attributions``
    per sentence and ``min_quoted`` of its characters inside quotation marks): a personal
    voice found there ('I', 'we', 'you') is most often a speaker's words whose quotation
    marks a scrape lost (a paragraph quoted without its closing mark, a transcript), not
    the author's."""
    s = load_data("opinion-voice")["reported"]
    return f["attributions"] >= s["min_attributions"] and f["quoted"] >= s["min_quoted"]


@lru_cache(maxsize=None)
def _desk_cues():
    """The compiled prescriptive modals and reporting verbs of ``[desk_prescription]``."""
    data = load_data("opinion-voice")["desk_prescription"]
    return tuple(re.compile("\\b(?:" + "|".join(data[key]) + ")\\b")
                 for key in ("modals", "reporting"))


def desk_prescription_reason(f: dict, voice: list) -> Optional[str]:
    """Why a narration reads as an unsigned editorial (``[desk_prescription]``, issue 11/15,
    edit30), or None: over at least ``min_voice`` own sentences ``voice`` (lower case) that
    attribute and quote little (its :func:`voice_features` ``f``), at least
    ``min_prescriptions`` and ``min_share`` of them prescribe with no reporting verb beside the
    modal ('Congress should investigate ...') and ``min_we_prescriptions`` of those speak for
    'we'/'our' ('Our participation should be in play'): the paper's own voice, where a report
    leaves 'should' and 'we' to those it quotes or attributes, and a long analysis scatters
    an expectation's 'should be' thinly; without 'we', ``min_share_alone`` of them must
    prescribe ('The Senate should vote ...', 'Officials must ...')."""
    s = load_data("opinion-voice")["desk_prescription"]
    if not attributes_little(f, s):
        return None
    modal, reporting = _desk_cues()
    prescribing = [v for v in voice if modal.search(v) and not reporting.search(v)]
    if len(prescribing) < max(s["min_prescriptions"], s["min_share"] * len(voice)):
        return None
    if sum(bool(_WE.search(v)) for v in prescribing) < s["min_we_prescriptions"]:
        if len(prescribing) < s["min_share_alone"] * len(voice):
            return None     # no 'we': only a narration that prescribes throughout
        return "the narrator prescribes in many of its own sentences, attributing little: " \
               "an unsigned editorial's voice"
    return "the narrator prescribes in its own sentences and speaks for 'we'/'our', " \
           "attributing little: an unsigned editorial's voice"

