"""Labels that state a fact of record, not the narrator's judgement (loaded-label rule).

'terrorist' or 'extremist' stating the designation of a group on the UN Security Council's
ISIL and Al-Qaida sanctions list ('the Islamic State terrorist network'), and a ruler of an
era the record closed ('Philippine dictator Ferdinand Marcos in the 1980s', 'the former
Chilean dictator ... his 17-year regime'). The word lists are the rule's data
(``rules/framing/loaded-label.toml``).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from quotecheck.framing.narration import Narration


def designated_pattern(names) -> "re.Pattern | None":
    """One pattern of the names of groups a label may state a designation of (None if none)."""
    names = sorted((n.lower() for n in names), key=len, reverse=True)
    # a hyphen the copy broke with a space or a line end still joins the name ('al- Qaida')
    alts = (re.escape(n).replace(r"\-", r"-\s?") for n in names)
    return re.compile(r"\b(?:%s)(?:'s)?(?![\w\-])" % "|".join(alts)) if names else None


_LABEL_HEAD = re.compile(r"[ \t]+([a-z]+)\b")
_LIKE = re.compile(r"[ \t,]+(?:like|such[ \t]+as|including)[ \t]+(?:the[ \t]+)?")
_APPOSED = re.compile(r",?[ \t]+")     # "the extremist group Boko Haram": its name after it


def designated_group(nar: Narration, start: int, end: int, names: "re.Pattern",
                     heads) -> bool:
    """Whether a label at narration ``[start, end)`` states the designation of a group on the
    UN sanctions list named right before it ('Islamic State terrorists', 'the Islamic State
    terrorist network') or, before a head noun ('the terrorist group'), in this sentence or
    the one before, or right after the head ('extremist groups like the Islamic State', 'the
    extremist group Boko Haram'): a
    fact of record, like 'the terrorist plot' a court named."""
    text = nar.text
    head = _LABEL_HEAD.match(text, end)
    headed = bool(head and head.group(1) in heads)
    like = (_LIKE.match(text, head.end()) or _APPOSED.match(text, head.end())) if headed \
        else None
    if like and names.match(text, like.end()):
        return True                 # "extremist groups like the Islamic State"
    s0, _ = nar.sentence(start)
    p0 = nar.sentence(s0 - 1)[0] if s0 > 0 else s0
    last = None
    for last in names.finditer(text, p0, start):
        pass
    if last is None:
        return False
    return headed or not text[last.end():start].strip()    # "Islamic State terrorists"


# a definite or possessive determiner, or a definite possessive ("the group's robust
# propaganda machine", "the world's foremost terrorist network"), one adjective at most between
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|its|their|(?:the|its|their)[ \t]+[a-z][\w\-]*"
    r"(?:'s|s'|\u2019s|s\u2019))[ \t]+(?:[a-z][\w\-]*[ \t]+)?$", re.IGNORECASE)
# a capitalised name's possessive right before the label, read in the original's case: the
# group's leader named ('Omar Haddad's terrorist network')
_NAME_POSSESSIVE_BEFORE = re.compile(r"\b[A-Z][\w\-]*(?:'s|\u2019s)[ \t]+$")


def designated_earlier(nar: Narration, start: int, names: "re.Pattern",
                       product: bool = False) -> bool:
    """Whether a label at narration ``start`` refers back, with a definite or possessive
    determiner ('the terrorist group', 'the extremists', 'its propaganda', 'the group's
    robust propaganda machine', 'the world's foremost terrorist network'), to a group on the
    sanctions list the narration named earlier, however far back ('the Islamic State' in the
    first paragraph): probably the designation again, but the text does not decide it, so
    the finding is info rather than a warning. A ``product`` label ('propaganda') is the
    group's own when the group is named before it in its sentence ('ISIS has released a
    propaganda video')."""
    if product and names.search(nar.text, nar.sentence(start)[0], start):
        return True     # "ISIS has released a propaganda video": the group's own product
    if not _DETERMINER_BEFORE.search(nar.text, max(0, start - 40), start):
        o = nar.original(start, start)[0]
        if not _NAME_POSSESSIVE_BEFORE.search(nar.doc.text, max(0, o - 40), o):
            return False
    return names.search(nar.text, 0, start) is not None


# a year or a decade before 1990 ("in 1957", "in the 1980s", "the '70s") or a named era of
# then (WWII, the Cold War): a rule the record closed a generation ago
_PAST_DATE = re.compile(r"\b(?:18\d\d|19[0-8]\d)s?\b|(?<![\w'])'[0-8]0s\b"
                        # an era closed long ago, named: "during WWII", "the Second World War"
                        r"|\bWW ?(?:II|I|1|2)\b|\bWorld War (?:II|I|One|Two|1|2)\b"
                        r"|\b(?:First|Second) World War\b|\bCold War\b", re.IGNORECASE)


class PastRule(NamedTuple):
    """Patterns of a rule the record closed (:func:`past_patterns`)."""

    markers: "re.Pattern"       # a word of the rule's end: "former", "ousted", "ex-"
    former: "re.Pattern"        # a ruler so named: "the former Chilean dictator"
    eras: "re.Pattern"          # an era's adjective right before the label: "Soviet-dominated"


def past_patterns(markers, labels, eras) -> "PastRule | None":
    """The :class:`PastRule` of the rule's ``past_markers``, ``past_ruler_labels`` and
    ``past_eras`` (None without markers). A marker ending in a hyphen ('ex-', 'then-') is a
    prefix, so a word may follow it directly ('the ex-Chilean dictator')."""
    if not markers:
        return None

    def alternation(words):
        return "|".join(re.escape(w) + ("" if w.endswith("-") else r"(?![\w\-])")
                        for w in sorted(words, key=len, reverse=True)) or "(?!x)x"

    marker = r"(?<![\w\-])(?:%s)" % alternation(markers)
    label = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True)) or "(?!x)x"
    return PastRule(re.compile(marker, re.IGNORECASE),
                    re.compile(r"%s[ \t]*(?:[\w'\-]+[ \t]+){0,2}?(?:%s)(?![\w\-])"
                               r"|(?<![\w\-])(?:%s)[ \t]+who[ \t]+(?:was|had[ \t]+been)[ \t]+%s"
                               % (marker, label, label, marker), re.IGNORECASE),
                    re.compile(r"(?<![\w\-])(?:%s)[ \t]+$" % alternation(eras), re.IGNORECASE))


def past_ruler(nar: Narration, start: int, end: int, past: "PastRule | None") -> bool:
    """A label of a ruler of the past or his rule, its form on the record ('Philippine
    dictator Ferdinand Marcos in the 1980s', 'toppled longtime autocrat Hosni Mubarak',
    'their Soviet-dominated regime'): a date before 1990 in the sentence, a word of the rule's
    end just before the label, an era's adjective right before it, or a ruler the report
    calls former in this sentence or the one before ('the former Chilean dictator was
    arrested ... during his 17-year regime', '... the ex-dictator. His lawyers challenged
    Spain's right to try the dictator', 'the longtime dictator who was deposed in 1989. ...
    during his regime'): that rule, already on the record as ended."""
    s0, s1 = nar.sentence(start)
    if _PAST_DATE.search(nar.view.text, s0, s1):
        return True
    if past is None:
        return False
    if past.markers.search(nar.text[max(s0, start - 50):start]):
        return True
    if past.eras.search(nar.text, max(s0, start - 40), start):
        return True
    p0 = nar.sentence(s0 - 1)[0] if s0 > 0 else s0
    return any(m.end() <= start or m.start() >= start     # 'the dictator who was deposed'
               for m in past.former.finditer(nar.text, p0, s1))


def military_rule(nar: Narration, start: int, end: int, cues: "re.Pattern | None") -> bool:
    """Whether a label at narration ``[start, end)`` ('regime') names a government the report
    itself calls military, in the label's phrase ('Burma's military regime') or anywhere before
    it ('the military government of Burma ... discontent with the regime'): the word then names
    the form of rule the report states, as every outlet's copy does ('military regime'), not
    the narrator's verdict. A cue inside a quotation (masked in the narration) is a speaker's."""
    return cues is not None and cues.search(nar.text, 0, end) is not None
