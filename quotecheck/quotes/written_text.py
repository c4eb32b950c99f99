"""Words quoted from a law, an act or a set of regulations are that text's, not no one's.

"The government's law allows assisted dying only for adults “in an advanced stage of …”",
"The Immigration Act of 1910, for example, prohibited immigration by “anyone …”", "that
regulations required “giving the best care …”": no attribution step gave these a speaker, so
they were listed as speech with no speaker (issue 12). PolNeAR annotates such a text as the
source ("The bill", "a Kansas law"): the noun phrase that names the text, right before a verb
of what a text does (allows, prohibits, requires, states, defines, bars, bans, provides,
mandates) earlier in the quotation's sentence and in its clause (no comma between the verb and
the quotation; not a relative clause, "guidelines that allow firms to tell “…”", whose words
are the report's), is the speaker, a description. Only a quotation
no step attributed is given one; run after the partial quotations were carried.
"""
from __future__ import annotations

import re

from quotecheck.quotes.attribution import Attribution
from quotecheck.quotes.mentions import Mention

_SP = r"[ \t\u00a0]+"
_NOUN = r"(?:law|[Aa]ct|statute|bill|[Cc]onstitution|[Cc]harter|treaty|ordinance|[Cc]ode)"
_PLURAL = r"(?:laws|regulations|rules|guidelines|statutes)"
_VERB = (r"(?:allow(?:s|ed)?|permit(?:s|ted)?|prohibit(?:s|ed)?|require(?:s|d)?|state(?:s|d)?|"
         r"bar(?:s|red)?|ban(?:s|ned)?|define(?:s|d)?|provide(?:s|d)?|mandate(?:s|d)?)")
_TEXT = re.compile(
    rf"\b((?:(?:[Tt]he|[Aa]|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[A-Z][\w.-]*[\u2019']s){_SP}"
    rf"(?:[\w\u2019'.-]+{_SP}){{0,5}}?{_NOUN}|(?<![\w-]){_PLURAL}))"
    rf"(?:{_SP}[\w,\u2019'-]+){{0,4}}?{_SP}({_VERB})\b")


def text_speaker(found: list, masked: str, sentences: list) -> None:
    """Give each unattributed direct or partial quotation whose sentence names a law or
    regulations doing something with its words that text as the speaker."""
    for f in found:
        if f.att is not None or f.kind not in ("direct", "partial"):
            continue
        s0 = sentences[f.sentence][0]
        lo = max(s0, f.span.open_start - 200)
        last = None
        for m in _TEXT.finditer(masked, lo, f.span.open_start):
            last = m
        if last is None or any(c in masked[last.end(2):f.span.open_start] for c in ",;:") or \
                masked[last.start(2) - 6:last.start(2)].split()[-1:] in (["that"], ["which"]):
            continue        # the words in another clause; "guidelines that allow firms to …"
        mention = Mention(last.start(1), last.end(1), last.group(1), "description")
        f.att = Attribution(mention, last.group(2), last.start(2), last.end(2), last.start(2), 1)
        f.how = "credit"
