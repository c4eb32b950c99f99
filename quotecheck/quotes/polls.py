"""A share of a poll's respondents says what the poll found: the poll is the source.

'In a national poll released Monday, 31% of Republicans said they were “extremely
enthusiastic”' and 'The Q poll also finds that 37 percent of voters say he is “very
responsible”' report a finding: the words are the survey's answer options, spoken by no one
of the respondents. A partial quotation whose speaker is a share of a group ("31% of", "25 percent of",
"six in 10", "a majority of") in a sentence that names a poll or survey takes that poll as its
speaker (a description: 'national CNN/ORC poll'). A share with no poll named stays as it was.
Used by :mod:`quotecheck.quotes.extract`.
"""
from __future__ import annotations

import re

from quotecheck.quotes.attribution import Attribution
from quotecheck.quotes.mentions import Mention

# a share of a group right before or inside the speaker mention ("31% of", "six in 10", "most of the")
_SHARE = re.compile(
    r"(?:\b\d+(?:\.\d+)?[ \t\u00a0]*(?:%|percent|per[ \t\u00a0]+cent)|"
    r"\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|\d+)"
    r"[ \t\u00a0]+in[ \t\u00a0]+(?:10|ten|\d+)|"
    r"\b(?:[Aa][ \t\u00a0]+|[Tt]he[ \t\u00a0]+)?(?:slim[ \t\u00a0]+|clear[ \t\u00a0]+)?"
    r"(?:majority|plurality|minority))"
    r"(?:[ \t\u00a0]+of)?(?:[ \t\u00a0]+(?:the|all))?\b")
# the poll's words before 'poll' or 'survey': capitalised, numerals, or describing a poll
_POLL_WORD = re.compile(r"(?:[A-Z][\w/&.'\u2019-]*|new|latest|national|fresh|recent|statewide|"
                        r"nationwide|online|telephone|exit|separate|same|\d{4})\Z")
_POLL_NOUN = re.compile(r"\b(?:poll|survey)\b")
_WORD = re.compile(r"\S+")
# what a share leaves right before the mention ("31% of ", "a majority of the ", "six in 10 ")
_SHARE_ENDS = ("of ", "of\u00a0", "the ", "all ")
# a share inside the mention ("…, 22 percent", "vast majority")
_SHARE_WORD = re.compile(r"%|percent|per cent|majority|plurality|minority")
_NOT_PART = frozenset(("In", "The", "A", "An", "According", "But", "And", "Yet", "Still", "Meanwhile"))


def poll_findings(partials: list, masked: str, sentences: list) -> None:
    """Give each partial quotation (a finding is quoted as a fragment of the narrator's
    sentence) spoken by a share of respondents the poll its sentence names."""
    if "poll" not in masked and "survey" not in masked:
        return          # most articles: two scans of the text cost less than a look per quote
    for f in partials:
        a = f.att
        if a is None or a.mention.kind == "pronoun":
            continue
        pre = masked[max(0, a.mention.start - 4):a.mention.start]
        if not (pre.endswith(_SHARE_ENDS) or pre[-2:-1].isdigit()
                or _SHARE_WORD.search(a.mention.text)):
            continue        # a cheap look for what a share leaves before the mention
        s0, s1 = sentences[f.sentence]
        if masked.find("poll", s0, s1) < 0 and masked.find("survey", s0, s1) < 0:
            continue
        noun = _POLL_NOUN.search(masked, s0, s1)
        if noun is None:
            continue        # "polling", "surveyed": no poll named
        start = a.mention.start
        share = _SHARE.search(masked, max(0, start - 40), a.mention.end)
        while share is not None and share.end() < start and masked[share.end():start].strip():
            share = _SHARE.search(masked, share.end(), a.mention.end)   # not right before it
        if share is None:
            continue    # "31% of Republicans", or a mention that holds the share ("…, 22 percent")
        at = noun.start()
        for w in reversed(list(_WORD.finditer(masked, max(s0, at - 80), at))[-5:]):
            if w.end() + 1 != at or not _POLL_WORD.match(w.group()) or w.group() in _NOT_PART:
                break       # up to five words right before it ("national CNN/ORC poll")
            at = w.start()
        mention = Mention(at, noun.end(), masked[at:noun.end()], "description")
        f.att, f.how = Attribution(mention, a.verb, a.verb_start, a.verb_end, a.anchor,
                                   a.strength), "poll-finding"
