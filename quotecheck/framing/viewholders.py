"""A view given as some people's, not the narrator's (issue 15): 'To many, he is a provocateur',
'seemed, to some, selfish', 'measures that are abhorrent to many parents', 'But for her
defenders, Roe is ...', 'Some may find this outrageous': the evaluative word is the holders'.

The word lists are ``[holders]`` of ``rules/data/framing-verbs.toml``, read on first use (not
at import) like the other rule data; :mod:`quotecheck.framing.reported` adds these spans to
the narration's reported ones.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, NamedTuple

from quotecheck.framing.verbcontext import verb_data
from quotecheck.resources.regexprefilter import guard
from quotecheck.text.wordled import WordLed


class HolderPatterns(NamedTuple):
    """The holder patterns of :func:`holder_patterns`."""
    to_holders: Any
    to_group: re.Pattern
    for_holders: re.Pattern
    among_holders: re.Pattern
    in_camp: re.Pattern
    in_camp_places: tuple
    reaction: Any
    find_holders: Any


@lru_cache(maxsize=1)
def holder_patterns() -> HolderPatterns:
    """The view-holder patterns, built once from ``[holders]`` of framing-verbs.toml."""
    words = verb_data().get("holders", {})

    def holders(key: str, after: str = "") -> str:
        """An alternation of the ``key`` list in its order, each word followed by ``after``
        (a space in a phrase is any run of spaces)."""
        return "|".join(re.escape(w).replace("\\ ", r"\s+") + after for w in words[key])

    # a view given as some people's: "To many, X is a provocateur", "Tyranny, to them, is
    # personal" ("to" first, then a look back for start, space or comma: 2.5x faster than a
    # leading lookbehind)
    to_holders = re.compile(r"to(?<![^\s,]to)\s+(?:" + holders("to_view") + "|"
                            + holders("to_view_quantifiers", r"\s+\w+") + "),"
                            # a parenthesis: "Tyranny, to them, is personal"
                            r"|(?<=,)\s*to\s+(?:" + holders("to_view_pronouns") + "),")
    # (issue 15, baly_201610 reading) "To the party's activists, the talks were more proof of
    # sinister ties", "To Lane and other party figures, it was less sinister": the view of the
    # group named, heading the sentence (a plural of people, not "To the east, ...")
    # (issue 15, loaded21: baly_202002 reading) "To Lee and other fans, the host is ...", "To
    # his listeners, ...": an audience is a group of holders too
    # (baly_201909 reading) the group may name its cause: "To critics of the tariff,
    # the verdict shows a scornful cabinet" (one or two words after 'of', perhaps 'the')
    to_group = re.compile(r"to\s+(?:(?:the|his|her|their|its|[\w'\-]+\s+and\s+other)\s+)?"
                          r"(?:[\w'\-]+\s+){0,2}?(?:" + holders("to_groups") + r")"
                          r"(?:\s+of\s+(?:the\s+)?[\w'\-]+(?:\s+[\w'\-]+)?)?,")
    # (issue 15) "But for her defenders, Roe is the champion of ...": the view of the holders
    # named, heading the sentence (perhaps after a conjunction; not "a rally for supporters")
    for_holders = re.compile(r"(?:(?:but|and|yet)\s+)?for\s+(?:(?:his|her|their|its|the)\s+)?"
                             r"(?:" + holders("for_groups") + "),")
    # (issue 15, DUC 2007 main D0735-D0745 reading) "Among marine conservation groups, the port
    # is notorious for ...": a reputation held by the holders named, heading the sentence
    among_holders = re.compile(r"(?:(?:but|and|yet)\s+)?among\s+(?:[\w'\-]+\s+){0,3}?"
                               r"(?:" + holders("among_groups") + "),")
    # (issue 15, baly_201906 reading) "In liberal America, the judge is seen as
    # ...", "In conservative circles, ...": a political camp's view, heading the sentence
    in_camp = re.compile(r"(?:(?:but|and|yet)\s+)?in\s+(?:the\s+)?(?:" + holders("in_camps")
                         + r")\s+(?:" + holders("in_camp_places") + "),")
    # (issue 15, loaded21: baly_201811 reading) a word of feeling that a linking verb gives as
    # some people's reaction ("measures that are abhorrent to many parents", "seemed offensive
    # to some"): the word (group 1) is theirs; not 'lies to many voters' (no linking verb)
    # (baly_201812 reading) and a word of repugnance or of absurdity before a pronoun
    # ("was abhorrent to her": her feeling; not 'was brutal to her', how she was treated)
    reaction = re.compile(r"\b(?:is|are|was|were|be|been|being|seems?|seemed|appears?|appeared|"
                          r"sounds?|sounded|remains?|remained|becomes?|became)\s+(?:\w+ly\s+)?"
                          r"(?:([\w\-]+)\s+to\s+(?:" + holders("reaction_quantifiers") + r")|("
                          + holders("reaction_words") + r")\s+to\s+(?:"
                          + holders("reaction_pronouns") + r"))\b")
    # (issue 15) what some people may find it ("Some may find this outrageous, but ..."): their
    # view; (loaded22, baly_201908 reading) what critics see in it ("Yet critics see a more
    # insidious effect"): the present of a view held, not 'saw' (an event watched)
    find_holders = re.compile(r"\b(?:" + holders("find_subjects") + r")\s+"
                              r"(?:(?:may|might|would|will|could|can)\s+)?(?:well\s+)?find\b"
                              r"|\b(?:" + holders("see_subjects") + r")\s+(?:also\s+|now\s+)?"
                              r"see\b")
    # each scanning every narration sits behind its literal prefilter (most hold none of its
    # words); the three that head a sentence are tried only where their word is found
    # (what holders find or see: tried only where a subject occurs, text.wordled, speed34)
    return HolderPatterns(guard(to_holders), to_group, for_holders, among_holders, in_camp,
                          tuple(words["in_camp_places"]),
                          guard(reaction), WordLed(guard(find_holders), [
                              *words["find_subjects"], *words["see_subjects"]]))


def holder_spans(nar: Any, clause_end: Callable, across: re.Pattern) -> list[tuple[int, int]]:
    """Narration spans of views given as some people's: the sentence a 'to many' view is in,
    the reaction word, the sentence a group of holders heads, and the clause after what
    holders find or see (to its end by ``clause_end`` with ``across``, which reads across
    quotations)."""
    p = holder_patterns()
    text = nar.text
    spans = [nar.sentence(m.start()) for m in p.to_holders.finditer(text)]
    spans += [m.span(m.lastindex) for m in p.reaction.finditer(text)]  # "abhorrent to many"
    spans += _heading(nar, p.to_group, "to ")     # "To the GOP populists, X was ..."
    spans += _heading(nar, p.for_holders)         # "But for her defenders, Roe is ..."
    spans += _heading(nar, p.among_holders, "among ")    # "Among wildlife groups, X is"
    if any(place + "," in text for place in p.in_camp_places):   # (most texts: none)
        spans += _heading(nar, p.in_camp, "in ")     # "In liberal America, she is ..."
    for m in p.find_holders.finditer(text):  # "Some may find this outrageous, but ..."
        spans.append((m.end(), clause_end(nar, m.end(), nar.sentence(m.start())[1], across)))
    return spans


def _heading(nar: Any, pattern: re.Pattern, word: str = "for ") -> list[tuple[int, int]]:
    """Sentences that ``pattern`` opens (a cheap find of ``word`` first: most texts hold
    none; each sentence tried once, the next find after its end)."""
    out, text = [], nar.text
    pos = text.find(word)
    while pos >= 0:
        s0, s1 = nar.sentence(pos)
        if pattern.match(text, s0):
            out.append((s0, s1))
        pos = text.find(word, max(pos + len(word), s1))
    return out
