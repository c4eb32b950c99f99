"""A long essay's argument without 'I' or a label (issue 15, genre29/genre30): a long
narration that hardly attributes or quotes, reasoning in general terms with no news anchors.

A column that never says 'I', asks nothing and comments with no stock phrase still argues:
its own sentences weigh what can, should or must be done, generalise ('any', 'every',
'these'), explain ('because', 'the fact') and grade ('only', 'even', 'too', 'simply'), while
a report's sentences hang on the day, the date and the titled official ('on Tuesday', 'last
week', 'Sen.', 'percent'). :func:`essay_reason` weighs the share of own sentences with an
essay cue less the share with a news anchor, plus the voice marks and stance rate of
:mod:`~quotecheck.framing.voicescore`, and reads it only on a long narration (50 own
sentences or more) that attributes and quotes almost nothing: a news feature of that length
still attributes every few sentences. A shorter variant (15 own sentences, a higher score)
was measured and dropped: on the open real-news sets 4 of the 5 pages it added were news
(a methodology note, an analysis, a regional feature, a science news page). A shorter
argument piece that also turns to the reader ('we', 'you', a question) and attributes little
is read by :func:`argument_reason` (genre31): the personal mark is what the dropped variant
lacked. Cues and thresholds are rule data (``[essay]`` of
``rules/data/opinion-voice.toml``), the same for every outlet.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from quotecheck.framing.standfirst import standfirst_reason
from quotecheck.framing.voicescore import (attributes_little, desk_prescription_reason,
                                              voice_marks)
from quotecheck.load.sections import path_segment_in
from quotecheck.resources.ruledata import load_data
from quotecheck.text.lexicon import word_alternation


@lru_cache(maxsize=None)
def _cues():
    """The compiled essay cues and news anchors of ``[essay]`` (lower-case words)."""
    data = load_data("opinion-voice")["essay"]
    return tuple(re.compile("\\b(?:" + "|".join(data[key]) + ")\\b")
                 for key in ("cues", "anchors"))


def essay_rates(voice: list) -> tuple:
    """The shares of the narrator's own sentences (lower case) holding an essay cue and a
    news anchor."""
    cues, anchors = _cues()
    n = max(len(voice), 1)
    return (sum(bool(cues.search(s)) for s in voice) / n,
            sum(bool(anchors.search(s)) for s in voice) / n)


def essay_reason(f: dict, voice: list, stance: Callable[[], float],
                 url: Optional[str] = None, headline: str = "") -> Optional[str]:
    """Why the narration reads as a long essay's argument (its
    :func:`~quotecheck.framing.voicescore.voice_features` ``f``, its own sentences ``voice``
    and its stance rate, asked last), or None: at least ``min_voice`` own sentences, at most
    ``max_attributions`` reporting verbs a sentence and ``max_quoted`` of the characters
    quoted, and essay cues less news anchors plus marks and stance at ``min_score`` or more;
    else the shorter argument of :func:`argument_reason`, else the unattributed one of
    :func:`unattributed_reason`, else, on a page filed under a blog (``url``), the weaker bar
    of :func:`blog_reason`, else the unsigned editorial's prescriptions in its own 'we' of
    :func:`~quotecheck.framing.voicescore.desk_prescription_reason`, else the verdicts of
    :func:`verdict_density_reason`, else the argument under an imperative thesis ``headline``
    of :func:`thesis_headline_reason`, else the verdict ``headline`` of
    :func:`verdict_headline_reason`, else the thesis standfirst under a picture's credit of
    :func:`~quotecheck.framing.standfirst.standfirst_reason` (``headline``: the page's opening
    text)."""
    s = load_data("opinion-voice")["essay"]
    rates = lru_cache(maxsize=None)(lambda: essay_rates(voice))   # read once for all readings
    if _argues(f, rates, stance, s):
        return "the narrator reasons in general terms ('should', 'any', 'because', " \
               "'only') and leaves the news anchors out (days, dates, officials): an essay"
    return argument_reason(f, rates, stance) or \
        unattributed_reason(f, rates, stance, lambda: figure_rate(voice)) or \
        blog_reason(f, voice, rates, stance, url) or desk_prescription_reason(f, voice) or \
        verdict_density_reason(f, voice, rates) or \
        thesis_headline_reason(f, rates, stance, headline) or \
        verdict_headline_reason(f, rates, stance, headline) or standfirst_reason(f, headline)


def figure_rate(voice: list) -> float:
    """The share of the narrator's own sentences that hold a figure (a digit): a dated
    report's or a data explainer's sentences carry counts, dates and polls, an argument's
    seldom do."""
    return sum(any(c.isdigit() for c in s) for s in voice) / max(len(voice), 1)


def _essay_score(f: dict, rates: Callable[[], tuple], stance: Callable[[], float]) -> float:
    """Essay cues less news anchors plus the marks and the stance rate: the score of the long
    essay's reading and of the blog's weaker bar (``rates``: :func:`essay_rates`)."""
    essay, anchored = rates()
    return essay - anchored + voice_marks(f) + stance()


def _argues(f: dict, rates: Callable[[], tuple], stance: Callable[[], float], s: dict) -> bool:
    """Whether the narration attributes and quotes little by the bars of ``s`` and its
    :func:`_essay_score` reaches ``s["min_score"]``: the gate of the essay's and the headline
    readings."""
    return attributes_little(f, s) and _essay_score(f, rates, stance) >= s["min_score"]


def argument_reason(f: dict, rates: Callable[[], tuple],
                    stance: Callable[[], float]) -> Optional[str]:
    """Why a shorter narration reads as an argument piece (``[essay.argument]``, issue 11/15,
    genre31), or None: at least ``min_voice`` own sentences, at most ``max_attributions``
    reporting verbs a sentence and ``max_quoted`` quoted, a personal mark ('we', 'you', a
    question ...) at a rate of ``min_marks`` or more, and essay cues less news anchors plus
    marks and stance less ``attribution_weight`` times the attribution rate at ``min_score``
    or more: a column's thesis argued to the reader, where a report attributes and anchors
    (``rates``: the :func:`essay_rates` of the own sentences, read when first asked)."""
    s = load_data("opinion-voice")["essay"]["argument"]
    marks = voice_marks(f)
    if not attributes_little(f, s) or marks < s["min_marks"]:
        return None
    essay, anchored = rates()
    score = essay - anchored + marks - s["attribution_weight"] * f["attributions"]
    if score + stance() < s["min_score"]:
        return None
    return "the narrator argues a thesis to the reader ('we', 'you', questions) in general " \
           "terms, attributes little and leaves the news anchors out: an argument piece"


def unattributed_reason(f: dict, rates: Callable[[], tuple], stance: Callable[[], float],
                        figures: Callable[[], float]) -> Optional[str]:
    """Why a narration that attributes almost nothing reads as an argument
    (``[essay.unattributed]``, issue 11/15, opin24, opin25), or None: at least ``min_voice``
    own sentences, at most ``max_attributions`` reporting verbs a sentence (one in twenty) and
    ``max_quoted`` quoted, and essay cues less news anchors plus the marks other than
    questions (an explainer's headings ask) and stance at ``min_score`` or more, or at
    ``low_score`` or more on a page of ``low_min_voice`` own sentences that marks the author
    ('I', 'we', 'you', '!' at ``low_min_marks``) and whose share with a figure is at most
    ``low_max_figures`` (a dated report or a poll explainer scores there too, on sentences
    full of counts and dates; a third-person telling of a history too): an editorial or a
    thesis column that reasons without telling who said what, where a report, a feature or an
    explainer of that length attributes (``rates``: the :func:`essay_rates` of the own sentences,
    ``figures``: their :func:`figure_rate`, each read when first asked)."""
    s = load_data("opinion-voice")["essay"]["unattributed"]
    if not attributes_little(f, s):
        return None
    essay, anchored = rates()
    person = voice_marks(f) - f["question"]
    score = essay - anchored + person + stance()
    if score < s["min_score"] and (score < s["low_score"] or f["voice"] < s["low_min_voice"]
                                   or person < s["low_min_marks"]
                                   or figures() > s["low_max_figures"]):
        return None
    return "the narrator argues in general terms and attributes almost nothing (no 'said', " \
           "no 'according to'), leaving the news anchors out: an editorial's argument"


def blog_segment(url: Optional[str]) -> bool:
    """Whether a whole segment of the path of ``url`` is one of ``[essay.blog] segments``
    ("/blog/2019/03/11/..."): never a word inside a segment, the host or the query."""
    return path_segment_in(url, _blog_segments())


@lru_cache(maxsize=1)
def _blog_segments() -> frozenset:
    """``[essay.blog] segments``, folded."""
    segments = load_data("opinion-voice")["essay"]["blog"]["segments"]
    return frozenset(str(s).lower() for s in segments)


@lru_cache(maxsize=None)
def _verdict():
    """A short sentence passing the narrator's verdict on an argument or a position ("This
    argument is deeply flawed.", "Maher is right.", "He's half right."): ``[essay.blog]
    verdicts`` after a present-tense 'is'/'are' and a few grading words, nothing after it."""
    words = load_data("opinion-voice")["essay"]["blog"]["verdicts"]
    return re.compile(r"\W*(?:and |but |so )?[\w.'\u2019 \-]{1,40}?\b(?:is|are|'s|\u2019s|'re|"
                      r"\u2019re)(?: (?:\w+ly|so|just|dead|flat|half|only|partly|not|also|still))* "
                      r"(?:%s)\W*$" % word_alternation(words))


@lru_cache(maxsize=1)
def _reporting() -> "re.Pattern":
    """``[essay.blog] reporting``: a verb that makes a verdict sentence someone's."""
    words = load_data("opinion-voice")["essay"]["blog"]["reporting"]
    return re.compile("\\b(?:" + "|".join(words) + ")\\b")


def verdict_sentence(voice: list, most_words: int) -> bool:
    """Whether one of the narrator's own sentences ``voice`` (lower case) of at most
    ``most_words`` words is a verdict on an argument (:func:`_verdict`) with no reporting verb
    in it (the verdict is then someone's: 'she said he is wrong')."""
    verdict, reporting = _verdict(), _reporting()
    return any(len(s.split()) <= most_words and verdict.match(s) and not reporting.search(s)
               for s in voice)


def blog_reason(f: dict, voice: list, rates: Callable[[], tuple], stance: Callable[[], float],
                url: Optional[str]) -> Optional[str]:
    """Why a page filed under a blog (``url``, :func:`blog_segment`) reads as an argued post
    (``[essay.blog]``, issue 11/15, opin29), or None: the address alone files news too, so it
    lowers the bar of the argument readings instead of deciding: at least ``min_voice`` own
    sentences, at most ``max_attributions`` reporting verbs a sentence and ``max_quoted``
    quoted, and essay cues less news anchors plus marks and stance at ``min_score`` or more,
    or a short verdict sentence of its own on an argument (:func:`verdict_sentence`). A news
    desk's blog brief anchors on days, figures and officials and passes no verdict."""
    if not blog_segment(url):
        return None
    s = load_data("opinion-voice")["essay"]["blog"]
    if not attributes_little(f, s):
        return None
    if verdict_sentence(voice, s["verdict_words"]):
        return "a blog post that passes its own verdict on an argument ('This argument is " \
               "deeply flawed.'): an argued post"
    if _essay_score(f, rates, stance) < s["min_score"]:
        return None
    return "a blog post that argues in general terms and attributes little: an argued post"


@lru_cache(maxsize=1)
def _verdict_words():
    """The QC331 lexicon (``framing-evaluative``) as one lower-case pattern, and its
    exceptions ('petty cash', 'brutally honest'), which are cut from a sentence first."""
    groups = load_data("framing-evaluative")["labels"]
    words = sorted({w.lower() for g in groups for w in g["words"]}, key=lambda w: (-len(w), w))
    spared = sorted({w.lower() for g in groups for w in g.get("exceptions", ())},
                    key=lambda w: (-len(w), w))
    return (re.compile(r"\b(?:%s)\b" % word_alternation(words)),
            re.compile(r"\b(?:%s)\b" % word_alternation(spared)))


def verdict_density_reason(f: dict, voice: list, rates: Callable[[], tuple]) -> Optional[str]:
    """Why a narration reads as an argued piece by the verdicts it passes in its own sentences
    (``[verdict_density]``, issue 11/15), or None: over at least ``min_voice`` own
    sentences ``voice`` (lower case) that attribute and quote little (``f``: its
    :func:`~quotecheck.framing.voicescore.voice_features`), at least ``min_words`` different
    evaluative words of the QC331 lexicon ('shameful', 'preposterous', 'hypocritical') stand
    in at least ``min_share`` of them, and its essay cues less news anchors plus the voice
    marks (``rates``: the :func:`essay_rates`, read when first asked) reach ``min_score``: a
    column's verdicts, where a report that names a slur or a 'fiasco' attributes the
    judgement or anchors it in days and officials."""
    s = load_data("opinion-voice")["verdict_density"]
    if not attributes_little(f, s):
        return None
    verdict, spared = _verdict_words()
    found, judging = set(), 0
    for sentence in voice:
        hits = verdict.findall(spared.sub(" ", sentence))
        found.update(hits)
        judging += bool(hits)
    if len(found) < s["min_words"] or judging < s["min_share"] * len(voice):
        return None
    essay, anchored = rates()
    if essay - anchored + voice_marks(f) < s["min_score"]:
        return None
    return "the narrator passes its own verdicts ('shameful', 'preposterous') in many of its " \
           "sentences, attributes little and leaves the news anchors out: an argued piece"


@lru_cache(maxsize=1)
def _thesis_headline() -> "re.Pattern":
    """A headline that tells the reader to stop or not to do something ("Stop Pretending
    ...", "Don't Count on ...", "Let's Not ..."): ``[essay.thesis_headline] openers``, matched
    on the headline's first words with their capital, not inside quotation marks."""
    words = load_data("opinion-voice")["essay"]["thesis_headline"]["openers"]
    return re.compile(r"[ \t]*(?:%s)[ \t]+[A-Za-z]" % "|".join(words))


def thesis_headline_reason(f: dict, rates: Callable[[], tuple], stance: Callable[[], float],
                           headline: str) -> Optional[str]:
    """Why a narration under an imperative thesis headline (``headline``: the page's first
    line) reads as an argument (``[essay.thesis_headline]``, issue 11/15), or None:
    the headline alone files a news analysis too, so it lowers the bar of the argument
    readings instead of deciding: at least ``min_voice`` own sentences, at most
    ``max_attributions`` reporting verbs a sentence and ``max_quoted`` quoted, and essay cues
    less news anchors plus marks and stance at ``min_score`` or more."""
    if not headline or not _thesis_headline().match(headline):
        return None
    s = load_data("opinion-voice")["essay"]["thesis_headline"]
    if not _argues(f, rates, stance, s):
        return None
    return "an imperative thesis headline ('Stop Pretending ...') over a narration that " \
           "argues in general terms and attributes little: an argument piece"


# a quotation in a headline: double marks, or single ones that open and close on no letter
# ('fake news' but not the apostrophe of Trump's)
_HEADLINE_QUOTATION = re.compile("[\"\u201c][^\"\u201c\u201d]*[\"\u201d]"
                                 "|(?<!\\w)['\u2018][^'\u2018\u2019\\n]*['\u2019](?!\\w)")


def headline_verdict(headline: str) -> bool:
    """Whether the first line of ``headline`` passes a verdict of its own: a word of the QC331
    lexicon (:func:`_verdict_words`, its exceptions cut first) outside quotation marks
    ("Nathan Roe is a liar", "The Idiotic Fight over ..."), where a quoted verdict is someone's."""
    line = headline.split("\n", 1)[0]
    verdict, spared = _verdict_words()
    return bool(verdict.search(spared.sub(" ", _HEADLINE_QUOTATION.sub(" ", line).lower())))


def verdict_headline_reason(f: dict, rates: Callable[[], tuple], stance: Callable[[], float],
                            headline: str) -> Optional[str]:
    """Why a narration under a headline that passes its own verdict (:func:`headline_verdict`)
    reads as an argument (``[essay.verdict_headline]``, issue 11/15), or None: the
    headline alone files news too (a report may name a 'debacle' or a 'sham'), so it lowers the
    bar instead of deciding: at least ``min_voice`` own sentences, at most ``max_attributions``
    reporting verbs a sentence and ``max_quoted`` quoted, and essay cues less news anchors plus
    marks and stance at ``min_score`` or more (a report under such a headline attributes or
    anchors on days and officials)."""
    if not headline or not headline_verdict(headline):
        return None
    s = load_data("opinion-voice")["essay"]["verdict_headline"]
    if not _argues(f, rates, stance, s):
        return None
    return "a headline passing its own verdict ('... Is a Liar') over a narration that argues " \
           "in general terms and attributes little: an argument piece"
