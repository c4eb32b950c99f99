"""Other senses of framing words: doubt and emotive verbs where the verb reports no words,
and evaluative adjectives that describe the weather or nature (:func:`nature_sense`).

'claimed victory' (take), 'maintained a lead' (keep), 'the country boasted one of the
fastest growth rates' (have), 'were snapped at a gala' (photographed), a demand ('insisted
that the bill include') or a claim not made ('declined to claim'). The object lists are data
(``[object_sense]`` of ``rules/data/framing-verbs.toml``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.framing.verbcontext import verb_data
from quotecheck.text.lexicon import word_alternation


_OPEN = "[\"'\u201c\u2018]?"
"""An opening quotation mark an object noun may follow."""

# the object is the subject of a reported clause: "claimed victory was stolen"
_NO_VERB_AFTER = (r"(?!\s+(?:is|was|were|are|had|has|have|would|will|could|can|should|"
                  r"might|must|may|did|does)\b)")


@lru_cache(maxsize=1)
def _object_sense() -> tuple[dict, "re.Pattern"]:
    data = verb_data().get("object_sense", {})
    objects = {}
    for lemma, nouns in data.items():
        if isinstance(nouns, list) and lemma not in _NOT_LEMMAS and nouns:
            alternation = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
            objects[lemma] = re.compile(    # the object may be quoted: a "sincere belief";
                r"(?:\s+that(?=\s+(?:%s)\b))?"   # 'that' a determiner: "maintain that margin"
                r"(?:\s+%s(?!that\b)[\w'\-]+){0,3}?\s+%s(?:%s)\b%s"
                % (alternation, _OPEN, _OPEN, alternation, _NO_VERB_AFTER))
    mandative = data.get("mandative", ())
    if mandative:           # "insisted that the bill include", "insist on a recount"
        not_subject = (r"(?!(?:would|will|could|can|should|might|must|may|did|does|do|is|was|"
                       r"were|are|had|has|have|not|they|we|you|i)\b)")
        objects["insist"] = re.compile(     # a singular subject, or 'be' after any
            r"(?:\s+to\s+[\w'.\-]+)?"                      # "insisting to Priebus that"
            r"(?:\s+(?:again|still|also|repeatedly|anew|once\s+more|[a-z]+ly))?"  # "insisting again that"
            r"\s+(?:(?:up)?on\b|that\s+(?:%s[\w'.\-]+\s+){0,2}?%s[\w'.\-]*[^\Ws'.\-]\s+(?:%s)\b"
            r"|that\s+(?:%s[\w'.\-]+\s+){1,3}?(?:be|should|must)\b)"
            % (not_subject, not_subject, "|".join(map(re.escape, mandative)), not_subject))
        # after 'insisted'/'insisting' a base form is the mandative whatever the subject
        # ("insisted that Roberts leave the Navy", "insisting that Panama's leaders sign"; the
        # indicative would be 'left'), and a modal of obligation before a verb of action is a
        # demand without 'that' too ("fans insist delegates must heed"; 'must be' states a
        # position: "insists the party must be a party of ideas")
        objects["insist:past"] = re.compile(
            r"(?:\s+(?:again|still|also|repeatedly|anew|[a-z]+ly))?"
            r"\s+that\s+(?:%s[\w'.\-]+\s+){1,3}?(?:%s)\b" % (
                not_subject, "|".join(map(re.escape, mandative))))
        objects["insist:modal"] = re.compile(
            r"\s+(?:%s[\w'.\-]+\s+){1,3}?(?:must|should)\s+"
            r"(?!(?:(?:not|never)\s+)?(?:be|have|been)\b)[a-z]"
            % not_subject)
    before = data.get("unrealised", ())
    return objects, re.compile(    # an adverb between: "can now boast of", "could rightly claim"
        r"\b(?:%s)\s+(?:(?:\w+ly|now|still|also|even|only|ever)\s+)?$" % "|".join(
            re.escape(w) for w in sorted(before, key=len, reverse=True)) if before else r"(?!x)x")


_NOT_LEMMAS = ("unrealised", "mandative", "stranded_for", "sender_lemmas", "sender_phrases",
               "possession", "photographed", "no_speaker_subjects", "plea", "violent",
               "violence_cues", "crowd", "crowd_subjects", "crowd_targets", "broadcast",
               "broadcast_objects", "possession_subjects", "possession_not_before",
               "possession_examples", "flouted", "flouted_subjects")
# "all but begged reporters to ...": the narrator's figure for an insistent request, its colour
_FIGURATIVE = re.compile(r"\b(?:all\s+but|practically|virtually|nearly|almost|effectively|"
                         r"essentially|literally)\s+$")
# the one begged and a to-infinitive (a quotation may open at 'to'), or the streets begged on
# (issue 15) a quoted title among the ones begged: "begging fellow ``Moon Quest'' fans to join"
_PLEA = re.compile(r"\s+(?:(?:[\w'.\-`\"\u201c\u201d\u2018\u2019]+\s+){1,5}?(?:not\s+)?"
                   r"[\"'\u201c\u2018`]*to\s+[a-z]"
                   r"|(?:on|in)\s+(?:the\s+)?streets?\b)")
# 'for' at a clause's end, its object the noun the clause hangs on (attr29)
_STRANDED_FOR = re.compile(r"\s+for\s*(?:[.,:;!?)\u2014\u2013]|\s-{1,2}\s)")
_AUX = (r"(?:is|was|were|are|had|has|have|would|will|could|can|should|might|must|may|did|"
        r"does|be|been)")
# a noun phrase object closed by punctuation or a preposition, with no verb of a clause in it
# (an amount may come first: "boasts approximately 3 million hectares", "some 40 species")
_NP_OBJECT = re.compile(
    r"(?:\s+(?:approximately|about|nearly|almost|around|roughly|some|over|more\s+than|"
    r"at\s+least|up\s+to)(?=\s+\d))?"
    r"\s+(?:one|a|an|the|its|his|her|their|our|some|more|several|many|any|every|each|"
    r"\d[\d,.]*)\b"
    r"(?:\s+(?!%s\b)[\w'\-]+){0,4}?(?=\s*(?:[.,;:!?)]|$)|\s+(?:of|in|on|at|for|with|as|and|"
    r"but|from|by|since|after|before|over|among|between|during|while|because)\b)" % _AUX)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|was|were|are|be|been|being|get|got|gets)\s+(?:\w+ly\s+)?$")


def _possession(text: str, start: int, end: int, lemma: str) -> bool:
    """'boasted one of the fastest growth rates' (= had), 'maintain the relationship as'
    (= keep), 'were snapped at a gala', 'photographers snapped her', 'snapped a photo'
    (= photographed): no words reported."""
    data = verb_data().get("object_sense", {})
    if lemma in data.get("possession", ()) and (_NP_OBJECT.match(
            text, end, min(len(text), end + 80))
            or _thing_has(text, start, end, data.get("possession_not_before", ()))):
        return True
    if lemma not in data.get("photographed", ()):
        return False
    before = re.search(r"([\w\-]+)\s+$", text[max(0, start - 30):start])
    after = re.match(r"\s+(?:(?:a|an|the|some|more|his|her|their|its)\s+)?([\w\-]+)"
                     r"(?:\s+([\w\-]+))?", text[end:end + 40])
    objects = data.get("photo_objects", ())
    return bool(_PASSIVE_BEFORE.search(text, max(0, start - 30), start)) or bool(
        before and before.group(1).lower() in data.get("photo_takers", ())) or bool(
        after and any(w and w.lower() in objects for w in after.groups()))


_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w\-]*)")


def _thing_has(text: str, start: int, end: int, not_before) -> bool:
    """'the state boasts vast stretches of ranchland': an inanimate subject
    (``possession_subjects``) right before the verb and a bare noun phrase after it (no
    ``possession_not_before`` word ``not_before``, no punctuation): 'has', no speech."""
    after = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    return bool(after) and after.group(1).lower() not in not_before and bool(
        _force_pattern("possession_subjects").search(text, max(0, start - 40), start))


def other_sense(text: str, start: int, end: int, lemma: str, plain: str = "") -> bool:
    """True where a doubt or emotive verb reports no statement (``[object_sense]`` of the
    verb data): 'claimed victory', 'maintained a lead', 'beg for money', a demand ('insisted
    that the bill include', 'insisting that he should release'), a plea ('begged them to
    leave'), a thing begged for before the verb ('the masks they were begging for:'), a
    sender claimed ('texts claiming to be from a friend'), or a claim not made ('declined to
    claim'). ``plain``, the text with quotations unmasked (same offsets), lets a quoted object
    count ('professing a "sincere religious belief"')."""
    objects, unrealised = _object_sense()
    pattern = objects.get(lemma)
    seen = plain or text
    if pattern is not None and pattern.match(seen, end, min(len(seen), end + 60)):
        return True
    if lemma == "insist" and _insist_demand(objects, seen, start, end):
        return True
    if _MEANS_BEFORE.search(text, max(0, start - 30), start):
        means = _means_object(lemma)    # "her path to claim the nomination would run ..."
        if means is not None and means.match(seen, end, min(len(seen), end + 60)):
            return True
    data = verb_data().get("object_sense", {})
    if lemma in data.get("stranded_for", ()) and _STRANDED_FOR.match(
            seen, end, min(len(seen), end + 10)):
        return True         # "the masks nurses were begging for: ...": a thing asked for
    if lemma in data.get("sender_lemmas", ()) and _sender().match(seen, end,
                                                                   min(len(seen), end + 40)):
        return True         # "texts claimed to be from a friend": an impersonated sender
    if lemma in data.get("plea", ()) and _PLEA.match(
            seen, end, min(len(seen), end + 60)) and not _FIGURATIVE.search(
                text, max(0, start - 20), start):
        return True         # "begged them to leave her son alone": the plea itself
    if (_possession(text, start, end, lemma) or _force_subject(seen, start, end, lemma)
            or _motion(text, end, lemma) or _violence(seen, start, lemma)
            or _broadcast(seen, end, lemma)):
        return True
    return bool(unrealised.search(text, max(0, start - 30), start))


@lru_cache(maxsize=1)
def _sender() -> "re.Pattern":
    """A sender given right after the verb (``sender_phrases`` of ``[object_sense]``)."""
    phrases = verb_data().get("object_sense", {}).get("sender_phrases", ())
    return re.compile(r"\s+(?:%s)\b" % "|".join(r"\s+".join(map(re.escape, p.split()))
                                                for p in phrases) if phrases else r"(?!x)x")


def _motion(text: str, end: int, lemma: str) -> bool:
    """'scenes thundered onto the screen', 'the film blasted into theaters', 'snapped fans out
    of their gloom': an emotive verb of motion (``motion`` of ``[object_sense]``) with a path
    right after it, or an object moved 'out of' a state: a movement, no words."""
    pattern = _motion_pattern() if lemma in verb_data().get("object_sense", {}).get(
        "motion", ()) else None
    return bool(pattern and pattern.match(text, end, min(len(text), end + 60)))


@lru_cache(maxsize=1)
def _motion_pattern() -> "re.Pattern":
    """A path right after the verb, or an object then 'out of' (``[object_sense]`` lists)."""
    data = verb_data().get("object_sense", {})
    paths = "|".join(map(re.escape, data.get("motion_paths", ()))) or "(?!x)x"
    out_of = "|".join(map(re.escape, data.get("motion_out_of", ()))) or "(?!x)x"
    return re.compile(r"\s+(?:(?:%s)\b|(?:[\w'\-]+\s+){1,5}?(?:%s)\b)" % (paths, out_of),
                      re.IGNORECASE)


VIOLENCE_CHARS = 250
"""How far either side of an emotive verb of attack (``violent``) a cue of violence is read."""


def _violence(text: str, start: int, lemma: str) -> bool:
    """'young people started lashing out at officers' in a riot: an emotive verb of attack
    (``violent`` of ``[object_sense]``) with violence told within ``VIOLENCE_CHARS`` of it
    (``violence_cues``: thrown bottles, rioters), quotations read too: blows, not words."""
    data = verb_data().get("object_sense", {})
    if lemma not in data.get("violent", ()):
        return False
    return bool(_violence_pattern().search(text, max(0, start - VIOLENCE_CHARS),
                                           min(len(text), start + VIOLENCE_CHARS)))


@lru_cache(maxsize=1)
def _violence_pattern() -> "re.Pattern":
    words = verb_data().get("object_sense", {}).get("violence_cues", ())
    return re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, words)) if words else r"(?!x)x",
                      re.IGNORECASE)


def _force_subject(text: str, start: int, end: int, lemma: str) -> bool:
    """'protests have lashed out against', 'the storm lashed out': the subject right before
    the verb (an auxiliary or an adverb between) is a force that speaks no words
    (``no_speaker_subjects`` of ``[object_sense]``), or, for a verb of ``crowd``, a crowd
    at a condition ('protesters are also lashing out at the corruption': ``crowd_subjects``,
    ``crowd_targets``), or, for a verb of ``flouted``, a rule scoffed at ('parking rules are
    scoffed at': ``flouted_subjects``; the rule ignored, no words)."""
    lo = max(0, start - 40)
    if _force_pattern("no_speaker_subjects").search(text, lo, start):
        return True
    data = verb_data().get("object_sense", {})
    if lemma in data.get("flouted", ()) and _force_pattern("flouted_subjects").search(
            text, lo, start):
        return True
    return lemma in data.get("crowd", ()) and bool(
        _force_pattern("crowd_subjects").search(text, lo, start)) and bool(
        _crowd_target().match(text, end, min(len(text), end + 80)))


@lru_cache(maxsize=1)
def _crowd_target() -> "re.Pattern":
    """A condition within four words after 'at', 'against' or 'over' (``crowd_targets``)."""
    return re.compile(r"\s+(?:at|against|over)\s+(?:[\w'\-]+\s+){0,4}?(?:%s)\b"
                      % _listed("crowd_targets"), re.IGNORECASE)


def _listed(key: str) -> str:
    """An alternation of list ``key`` of ``[object_sense]``, longest first (matching nothing
    when the list is empty or absent)."""
    words = verb_data().get("object_sense", {}).get(key, ())
    return word_alternation(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=2)
def _force_pattern(key: str) -> "re.Pattern":
    """The subjects of list ``key`` of ``[object_sense]`` right before the verb: a closing mark
    may follow a quoted subject ('a "historic blizzard" is expected to slam'), and an
    auxiliary, a modal or a forecast's raising verb may come between ('winds will slam')."""
    return re.compile(r"\b(?:%s)[\"'\u201d\u2019]?\s+(?:(?:have|has|had|have\s+been|"
                      r"had\s+been|also|again|now|still|are|were|is|was|will|would|may|might|"
                      r"(?:expected|forecast|predicted|likely|set)\s+to|[a-z]+ly)\s+){0,3}$"
                      % _listed(key))


def _broadcast(text: str, end: int, lemma: str) -> bool:
    """'blasted out an email to reporters', 'blasting it out on Twitter': the phrasal verb of
    sending (``broadcast`` of ``[object_sense]``), 'out' before a message
    (``broadcast_objects``) or after 'it'/'them': no manner of speech."""
    if lemma not in verb_data().get("object_sense", {}).get("broadcast", ()):
        return False
    return bool(_broadcast_pattern().match(text, end, min(len(text), end + 60)))


@lru_cache(maxsize=1)
def _broadcast_pattern() -> "re.Pattern":
    alternation = _listed("broadcast_objects")
    # not 'blasted out at the statement', a criticism of it
    return re.compile(r"\s+(?:out\s+(?!(?:at|against|on|over)\b)(?:[\w'\-]+\s+){0,3}?"
                      r"(?:%s)\b|(?:it|them)\s+out\b(?!\s+of\b))" % alternation,
                      re.IGNORECASE)


def _insist_demand(objects: dict, text: str, start: int, end: int) -> bool:
    """'insist' of a demand beyond the mandative clause of any form (``[object_sense]``): a
    base form after 'insisted that'/'insisting that' whatever its subject, or 'must'/'should'
    before a verb of action without 'that'."""
    past, modal = objects.get("insist:past"), objects.get("insist:modal")
    if past is None or modal is None:
        return False
    window = min(len(text), end + 60)
    if text[start:end].endswith(("ed", "ing")) and past.match(text, end, window):
        return True
    return bool(modal.match(text, end, window))


# a way or a chance to do it: the verb is the act ("a way to claim the title would
# hinge on ..."), its object the prize even when a verb follows the object
_MEANS_BEFORE = re.compile(r"\b(?:way|ways|path|paths|route|chance|chances|bid|attempt|effort|"
                           r"opportunity|race|fight|battle|push|quest)\s+to\s+$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _means_object(lemma: str) -> "re.Pattern | None":
    """The lemma's object nouns right after it, a verb after them allowed (compiled only when
    a 'way to'/'chance to' comes before the verb, which is rare)."""
    nouns = verb_data().get("object_sense", {}).get(lemma)
    if lemma in _NOT_LEMMAS or not isinstance(nouns, list) or not nouns:
        return None
    alternation = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(r"(?:\s+%s(?!that\b)[\w'\-]+){0,3}?\s+%s(?:%s)\b"
                      % (_OPEN, _OPEN, alternation))


_HEAD_AFTER = re.compile(r"[ \t]+([a-z\-]+)(?:[ \t]+([a-z]+))?\b", re.IGNORECASE)


def nature_sense(nar, start: int, end: int, heads: "re.Pattern | None",
                 cues: "re.Pattern | None") -> bool:
    """Whether an evaluative word at narration ``[start, end)`` describes the weather or
    nature ('crashed in awful conditions' in a race's downpour, 'the bizarre pattern' of an
    iceberg's fragments): its noun (within two words) is one of ``heads`` and its sentence or
    the next names the weather or a natural phenomenon (``cues``). It judges no one."""
    if heads is None or cues is None:
        return False
    m = _HEAD_AFTER.match(nar.text, end)
    if not m or not any(w and heads.fullmatch(w.lower()) for w in m.groups()):
        return False
    s0, s1 = nar.sentence(start)
    s2 = nar.sentence(s1)[1] if s1 < len(nar.text) else s1
    return cues.search(nar.text[s0:s2].lower()) is not None

