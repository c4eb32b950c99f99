"""Topics and themes of someone's words: what they spoke, testified or wrote about, what they
reminded people of, and the theme their rhetoric returns to.

A framing word in the topic of a speech act is the speaker's characterisation, set down by the
narrator without quotation marks (issue 15): 'spoke of the malaise, ..., the horrific
violence', 'testifies before Congress about racist treatment' (the headline of a story quoting
her 'racist treatment'), 'spoke at length from the bench about the awful rule the
majority made' (a dissent), 'reminding voters of her infamous statements', 'raised the specter
of ugly jockeying'. The verb may be followed by a short adverbial before 'about' (at length,
on Tuesday, before a committee, in the chamber, in her dissent; before 'of' only an adverb, 'at
length', or an occasion with a possessive ('spoke again during Friday's vigil of the evil'):
in 'spoke to critics of his order', 'spoke at the funeral of' the 'of' is a noun's). Not the
author's own writing ('I've already written extensively about ...': the narrator's words).
The topic of a speech someone gives is the speaker's too ('has given talks about the duty to
guard the village from shady strangers', attr24; 'about' only). A text's mention of
something is its words too ('the note made no reference to the shootings, except the reference
to greedy people'); the narrator's gloss of a quotation ('a reference to the murdered
teenager', 'in an apparent reference to') is not (:mod:`quotecheck.framing.speechscope`).

The theme of someone's rhetoric is theirs as well ('She keeps harping on the theme of a
spiteful elite fixing the count', 'his familiar refrain of a corrupt press', 'the candidate's
narrative of a sinister elite'): a rhetoric noun (``rhetoric_nouns`` of ``[reported]`` in
``rules/data/framing-verbs.toml``) after a person's possessive, or after a verb of returning to
or repeating it (``rhetoric_verbs``) whose subject is a personal pronoun. Not after 'its' or a
subject that is a thing ('The film returns to the theme of a corrupt police force': the
narrator's summary), and not 'rhetoric about' (a narrator's label for what the rhetoric is
about: 'years of heated rhetoric about tax policy').

What someone compares a person or a thing to is the comparer's figure ('the party has compared
the governor to a dictator', 'by comparing the mayor to a strongman', 'likened him to a
demagogue'; ``comparing_verbs``), up to a comma: an object of one to five words must stand
between the verb and 'to' or 'with' ('compared with last year' is the narrator's measure);
in the passive only the verbs that state a view ('is not equated with lawlessness and evil',
'often likened to a prison'; ``passive_comparing``, attr24).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from quotecheck.framing.verbcontext import SPEECH_CLASSES, verb_class, verb_data
from quotecheck.resources.regexprefilter import guard
from quotecheck.text.lexicon import word_alternation

# a short adverbial between the verb and 'about' ("spoke at length in the courtroom about",
# "testified on Tuesday about", "testifies before Congress about", "wrote in her dissent
# about"): up to three of them; 'of' only right after the verb ("spoke to critics of his
# order", "spoke on condition of anonymity": the 'of' of a noun, no topic)
_ADVERBIAL = (r"(?:\s+(?:at\s+length|at\s+a\s+[\w\-]+|on\s+\w+|[a-z]+ly|again|"
              r"(?:in|before|to)\s+(?:(?:the|a|an|his|her|their|its)\s+)?[\w'\-]+"
              r"(?:\s+[\w'\-]+){0,2}?)){0,3}?")
# before 'of' (issue 15, loaded22: baly_201904 reading) an adverb, 'at length', or an occasion
# with a possessive ("spoke again during Friday's vigil of the grief and the evil"); not a 'to'
# or 'on' phrase, nor an occasion with an article or none (rv25a), whose noun owns the 'of'
# ("spoke to critics of his order", "spoke on condition of anonymity", "spoke at the funeral
# of the victims", "warned at the start of", "spoke after reports of")
_OF_ADVERBIAL = (r"(?:\s+(?:[a-z]+ly|again|at\s+length|(?:during|at|after)\s+(?:his|her|their|"
                 r"its|[\w\-]+['\u2019]s)\s+[\w\-]+(?:\s+[\w\-]+)?)){1,3}?")
# what someone spoke, testified or wrote of or about ("Francis spoke of the malaise, ..., the
# horrific violence"), and a text's mention of something (module docstring)
TOPIC = guard(re.compile(
    r"\b(spoke|speaks|speak|spoken|speaking|talked|talks|talking|wrote|writes|asked|"
    r"written|writing|warned|warns|warning|complained|complains|"
    r"testified|testifies|testify|testifying)(?:\s+(?:of|about)|" + _ADVERBIAL + r"\s+about"
    r"|" + _OF_ADVERBIAL + r"\s+of)\b"
    r"|\b(?:made|makes|make|making|contained|contains|included|includes|"
    r"except(?:\s+for)?)\s+(?:(?:no|a|an|the|one|any|several|its|his|her|"
    r"their)\s+)?(?:(?:direct|brief|passing|oblique|veiled)\s+)?"
    r"(references?|mentions?)\s+(?:to|of)\b"
    # (attr24) the topic of a speech someone gives ("has given talks about the duty to guard the
    # village from shady strangers"): 'about' only ('a speech on Tuesday' is a date)
    r"|\b(?:made|makes|make|making|gave|gives|give|given|giving|delivered|delivers|deliver|"
    r"delivering)\s+(?:(?:a|an|the|his|her|their|several|many|two|three)\s+)?(?:[a-z\-]+\s+)?"
    r"(speech(?:es)?|address(?:es)?|remarks)\s+about\b"))
# what someone reminds people of ("a post reminding Americans of the rival's most infamous
# statements") or raises the specter of: the reminder's words
REMINDED = guard(re.compile(
    r"\b(?:remind|reminds|reminded|reminding)\s+(?:[\w'.\-]+\s+){1,3}?of\b"
    # the fear someone voices: "some members raised the specter of a messy fight"
    r"|\b(?:raise|raises|raised|raising)\s+the\s+spect(?:er|re)\s+of\b"))


@lru_cache(maxsize=1)
def _theme() -> "re.Pattern":
    """The theme of someone's rhetoric (module docstring): group-less, ends at 'of'."""
    data = verb_data().get("reported", {})
    nouns = word_alternation(data.get("rhetoric_nouns", ()))
    verbs = word_alternation(data.get("rhetoric_verbs", ()))
    return guard(re.compile(
        r"\b(?:(?:his|her|their|[\w\-]+'s|[\w\-]+s')\s+(?:[\w\-]+\s+)?"
        r"|(?:he|she|they)\s+(?:(?:has|have|had|again|often|repeatedly|always)\s+){0,2}"
        r"(?:%s)\s+(?:the|a|his|her|their)\s+(?:[\w\-]+\s+)?)(?:%s)\s+of\b" % (verbs, nouns)))


@lru_cache(maxsize=1)
def _comparison() -> "re.Pattern":
    """A verb of comparing, its object and 'to'/'with' (module docstring); ends at 'to'."""
    data = verb_data().get("reported", {})
    verbs = word_alternation(data.get("comparing_verbs", ()))
    passive = word_alternation(data.get("passive_comparing", ()))
    return guard(re.compile(r"\b(?:%s)\s+(?!(?:to|with)\b)(?:[\w'.\-]+\s+){1,5}?(?:to|with)\b"
                            r"|\b(?:is|are|was|were|be|been|being|often|widely|not)\s+(?:%s)\b"
                            % (verbs, passive)))


# the subject is the author ("I've already written extensively about ..."): no one else's words
_FIRST_PERSON = re.compile(r"\b(?:i|we)(?:'ve|\u2019ve|'d|\u2019d|\s+have|\s+had|\s+also|"
                           r"\s+already|\s+often)*\s*$")


def speech_verb(word: str) -> bool:
    """Whether ``word`` is a form of a verb that reports words (not of cognition)."""
    return verb_class(word) in SPEECH_CLASSES


def topic_spans(nar: Any, clause_end: Callable[..., int]) -> list[tuple[int, int]]:
    """Narration spans of the topics and themes of someone's words (module docstring), each to
    the end of its clause (``clause_end(nar, pos, sentence_end)``); a theme to a comma too."""
    text = nar.text
    spans = []
    for m in TOPIC.finditer(text):          # "spoke of the malaise, ..., the horrific"
        if (m.group(1) or m.group(3)) and _FIRST_PERSON.search(text, max(0, m.start() - 30),
                                                                m.start()):
            continue    # "I've already written extensively about": the author's own words
        if m.group(2) or m.group(3) or speech_verb(m.group(1)):
            spans.append((m.end(), clause_end(nar, m.end(), nar.sentence(m.start())[1])))
    for m in REMINDED.finditer(text):       # "reminding voters of her infamous statements"
        spans.append((m.end(), clause_end(nar, m.end(), nar.sentence(m.start())[1])))
    for m in _theme().finditer(text):       # "harping on the theme of a spiteful ..."
        spans.append(_to_comma(nar, m, clause_end))
    for m in _comparison().finditer(text):  # "compared the governor to a dictator"
        if not _FIRST_PERSON.search(text, max(0, m.start() - 30), m.start()):
            spans.append(_to_comma(nar, m, clause_end))
    return spans


def _to_comma(nar: Any, m: "re.Match", clause_end: Callable[..., int]) -> tuple[int, int]:
    """From the end of ``m`` to its clause's end or the first comma before it (a theme's
    or a comparison's figure)."""
    end = clause_end(nar, m.end(), nar.sentence(m.start())[1])
    comma = nar.text.find(",", m.end(), end)
    return m.end(), comma if comma >= 0 else end
