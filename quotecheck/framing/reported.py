"""More shapes of reported words and views, for the narration's reported clauses.

Besides the that-clause of a reporting verb (``narration.Narration.reported``), a label or an
evaluative word is someone else's where the narrator reports a view or a statement as such:

- the that-clause of a noun of saying or thinking after a possessive ('his contention that
  ...', 'the governor's fear that ...'; not 'the notion that', often the narrator's own), and
  of a noun of saying after any determiner ('amid allegations that', 'U.S. perceptions that');
- the to-infinitive of a verb of promising or hoping ('vowed to be tougher by stopping ...',
  'promising to "bomb the hell" out of ...', 'would like to make the election about ...');
- a demand: the mandative clause or the to-infinitive of a verb of demanding or urging
  ('which is demanding he hand over suspected terrorists', 'urging the rebels to hand over');
- the object of a lament or a tirade ('a lament for the "victims" of illegal immigrants');
- a sentence with a parenthetical attribution ('The question, she said, is not ...');
- the 'as' phrase of a verb of regarding or of criticism ('what many voters view as
  dishonest', 'has been widely condemned as fearmongering', 'portrayed her use of the system
  as a reckless danger'): the viewer's or the critic's characterisation;
- the reason a critic gives ('faulted Vane for backing a measure that would have offered
  residency to newcomers'), and the charge of an accusation
  ('accused the leadership of scaremongering': the one word of the charge, or two joined:
  'accused of botching and bungling');
- an official finding ('an inquiry found the force institutionally racist', 'was found to be
  racist': the verdict word; :mod:`quotecheck.framing.findings`);
- the that-clause of a notion someone rejects ('dismissed the idea that she belonged to the
  party's old guard');
- the object of a naming verb in the gerund ('by labeling her an extremist');
- a headline 'Speaker: statement' ('Scarborough: Trump Playing Dumb Is Disqualifying';
  :mod:`headline_statements`), and a digest's subhead over a quotation signed with a dash;
- what someone spoke, testified, wrote or warned of (or raised the specter of), and the theme
  of someone's rhetoric (:mod:`quotecheck.framing.topics`), and a speech verb's
  clause in the gerund after a preposition ('accused Ruiz of hinting that the judges
  were biased', 'the risks of telling voters that they would send terrorists');
- a view given as some people's ('To many, he is a provocateur', 'seemed, to some, selfish',
  'measures that are abhorrent to many parents'; :mod:`quotecheck.framing.viewholders`);
- what someone said or called something ('for what they said were inexcusable lapses'), and a
  noun phrase hedged as an allegation ('the alleged survival of a racist canteen culture'),
  and the content of a view or picture named as such ('stereotypes of victimhood', 'the myth
  of a sinister cabal'; ``view_of_nouns``), and what a work or a person depicts
  ('the ad depicted a global cabal', 'treated the bank as part of a global cabal');
- the that-less clause of a charge or a denial with a pronoun subject ('authorities charged it
  was a brazen act', 'Denying he was a gangster, ...': a participle's up to its comma), and of
  a clausal verb with a named subject and a past verb ('LaRue said Magruder lied').
- the content of a worry, a story, a denial or an agreement ('concerns about men being
  smeared', 'denied bragging about it', 'agreed on: it was ugly';
  :mod:`quotecheck.framing.contents`).

The word lists are data (``[reported]`` and ``[holders]`` of ``rules/data/framing-verbs.toml``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from quotecheck.framing.charges import charge_spans
from quotecheck.framing.contents import content_spans
from quotecheck.framing.findings import finding_spans
from quotecheck.framing.headline_statements import headline_statements, quoted_view_labels
from quotecheck.framing.phrases import capitalised, comma_before_name as by_name
from quotecheck.framing.speechscope import FINITE as _FINITE, scope_end
from quotecheck.framing.testimony import testimony_spans
from quotecheck.framing.thatless import thatless_spans
from quotecheck.framing.topics import speech_verb, topic_spans
from quotecheck.framing.verbcontext import clausal_verbs, verb_data
from quotecheck.framing.viewholders import holder_spans
from quotecheck.resources.regexprefilter import guard
from quotecheck.text.lexicon import word_alternation
from quotecheck.text.wordled import WordLed

# (and a connective set off after the verb: "X said, however, crony practices had not been
# ...", issue 15, first exposure: the clause is still X's), an adverb of degree before an
# adverb (boast30: "He said more broadly, the crisis shows ...")
_TIME = (r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|"
         r"yesterday|earlier|later|again|also|repeatedly|last\s+(?:week|month|year|night)|"
         r"this\s+(?:week|month|year)|on\s+\w+|(?:(?:more|most)\s+)?[a-z]+ly|however|"
         r"meanwhile|nevertheless|nonetheless|moreover|furthermore|instead")
# The clause of 'charge' without 'that': a subject, then a finite verb ("charged the pastor
# had lied", "charged he lied"): group 1 is where it starts.
FINITE_CLAUSE = re.compile(
    r"\s+(\b)(?=(?:he|she|they|it|we|i|you|(?:the|a|an|his|her|their|its)\s+(?:[\w'\-]+\s+){0,2}?"
    r"[\w'\-]+)\s+(?:" + _FINITE + r"|\w+ed)\b)", re.IGNORECASE)
# (issue 15) the clause of a verb of feeling ('auxiliary_only' of [clausal]): a pronoun
# and a finite or past verb ("felt they deserved"), or a noun phrase and an auxiliary, a bare
# plural too ("to feel nefarious forces are moving against him"); not an -ed adjective after a
# noun phrase ("feeling a little frustrated", "feel the brutal heat"), nor a preposition's
# phrase ("all I'm worried about is the weather", "how they feel about it is ...")
AUXILIARY_CLAUSE = re.compile(
    r"\s+(\b)(?=(?:he|she|they|it|we|i|you)\s+(?:" + _FINITE + r"|\w+ed)\b"
    # a third person's present verb: "worry it needs a ...", "feel she owes"
    r"|(?:he|she|it)\s+[a-z]{2,}[^s\W]s\b"
    r"|(?!(?:about|of|for|over|in|on|at|with|from|to|by|like)\b)"
    r"(?:(?:the|a|an|his|her|their|its|many|some|most|all)\s+)?(?:[\w'\-]+\s+){0,2}?"
    r"(?!(?:and|or|but|a|an|the)\b)[\w'\-]+\s+" + _FINITE + r"\b)", re.IGNORECASE)


def finite_clause(text: str, end: int, stop: int, lemma: str):
    """The match of :data:`FINITE_CLAUSE` after a verb whose clause without 'that' is reported
    only with a finite verb after its subject (``finite_only`` of ``[clausal]``: 'charged the
    pastor had lied'; not 'charged the leader with extortion'), of :data:`AUXILIARY_CLAUSE`
    after a verb of feeling (``auxiliary_only``), or None."""
    clausal = verb_data().get("clausal", {})
    if lemma in clausal.get("auxiliary_only", ()):
        return AUXILIARY_CLAUSE.match(text, end, stop)
    if lemma not in clausal.get("finite_only", ()):
        return None
    return FINITE_CLAUSE.match(text, end, stop)


# (issue 15, loaded22: baly_201908 reading) 'need to' is a clause's verb as a modal is ("said
# mentally ill and dangerous people need to be ...")
_FINITE_OR_NEED = r"(?:" + _FINITE + r"|needs?(?=\s+to\b))"
# The clause of a reporting verb without 'that' ("said Monday he would", "reported ISIS has
# been"): group 1 is where it starts.
CLAUSE_AFTER = re.compile(
    r"(?:,?\s+(?:" + _TIME + r")){0,2},?\s+(\b)(?:(?:he|she|they|it|we|i|you|there|the|a|an|"
    r"this|these|those|his|her|their|its|our|no|some|many|most|all|every|[\w'\-]+'s|"
    r"if|when|because|unless|once|both|either|neither)\b"
    # a subject counted roughly: "said about 12,000 to 15,000 fighters have remained"
    r"|(?:(?:about|nearly|almost|around|roughly|over|more\s+than|at\s+least|up\s+to)\s+"
    r"|(?=\d[\d,.]*\s+(?:to|or)\s+\d))\d[\d,.]*(?:\s+(?:to|or)\s+\d[\d,.]*)?"
    r"(?:\s+[\w'.\-]+){0,3}?\s+" + _FINITE + r"\b"
    r"|(?!(?:of|for|about|in|on|over|against|from|with|by|to|at|as|and|or|but|whether|if|"
    r"how|what|why|who|when|where)\b)"
    # the subject, perhaps two nouns joined ("said fighters and weapons are arriving"), the
    # second longer ("believes cloning and bizarre forms of breeding are imminent")
    r"(?:[\w'.\-]+\s+){1,3}(?:and\s+(?:[\w'.\-]+\s+){1,5})?" + _FINITE_OR_NEED + r"\b"
    # (issue 15) a subject, a relative clause in commas: "said Acme, which runs two, has"
    r"|(?:[\w'.\-]+\s+){0,2}[\w'.\-]+,\s+(?:which|who)\s[^;]{1,150}?,\s+" + _FINITE + r"\b"
    # (boast30) a subject holding a possessive, its verb within five words after it: "said
    # illegal workers' conduct during the flood should ...", "said the city’s plan will"
    r"|(?!(?:of|for|about|in|on|over|against|from|with|by|to|at|as|during|after|before|"
    r"and|or|but|whether|if|how|what|why|who|when|where)\b)"
    r"(?:[\w.\-]+\s+){0,2}[\w.\-]+(?:s['\u2019]|['\u2019]s)\s+(?:[\w'.\-\u2019]+\s+){0,4}?"
    + _FINITE_OR_NEED + r"\b"
    # (issue 15) a subject opening with 'any' and its finite verb, perhaps after commas:
    # "said any deal granting residency, or more, to X is a giveaway"; not an
    # object ("reported any kidnappings to the authorities", "denied any wrongdoing")
    r"|any\s(?:(?!(?:which|who|that)\b)[^;.\x00]){1,120}?\s" + _FINITE + r"\b)")
# a reported question: "asked specifically what should be done with ..."
_ASKED = re.compile(r"\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering)\b"
                    # the one asked: "asked Trump if", "asked the candidate whether"
                    r"(?:\s+(?:him|her|them|me|us|you|(?:the\s+)?[\w'.\-]+"
                    r"(?:\s+[A-Z][\w'.\-]+)?))?"
                    r"(?:\s+\w+ly)?\s+(?:what|whether|how|why|who|if)\b")
# a phrase ends at a comma before a new clause or phrase ("as bold moves, the 'Arab Spring'
# was ..."), not at one inside it ("a selfish, greedy landlord", "unrealistic, and even
# dishonest, view")
_PHRASE_END = re.compile(r",(?=\s+(?:the|a|an|this|these|those|he|she|it|they|we|i|his|her|"
                         r"their|its|our|who|which|where|when|while|but|so|yet|according|"
                         r"including|both|as|said|says)\b)")
# a speech verb's clause in the gerund after a preposition, read in the lower-case narration
# ("accused X of implying police officers were ...", "by saying the plan was ...", "wrong for
# saying the senator lied to her": a subject of one to three words and a verb in the past; or
# a subject opened by a determiner or a possessive, a verb in the present and its object, "cited
# a scholar in arguing the judge's dissent obscures the questions ...": the one arguing): its
# subject's words (it scans every narration: behind its literal prefilter)
_GERUND = guard(re.compile(r"\b(?:of|by|for|after|before|while|without|in)\s+([a-z]+ing)\b"
                           r"(?=\s+(?:(?:[a-z]+\s+){0,3}that\b|[a-z]+(?:\s+[a-z]+){0,2}\s+"
                           r"(?:is|was|were|are|had|has|have|would|will|could|[a-z]+ed)\b|"
                           r"(?:the|his|her|their|its|this|(?:[a-z]+\s+)?[a-z][\w\-]*['\u2019]s)\s+"
                           r"(?:[a-z][\w\-]*['\u2019]s\s+)?(?:[a-z][\w\-]*\s+)?"
                           r"[a-z]{2,}[a-rt-z]s\s+(?:the|a|an|that|his|her|their|its|no|to)\b))"))
_COMMA = re.compile(",")
# the end of a noun phrase: a comma, a finite verb or a relative pronoun after it
_NOUN_PHRASE_END = re.compile(r",|\s(?:is|was|were|are|has|had|have|will|would|could|can|may|"
                              r"might|that|which|who|whom|whose|and\s+(?:is|was|were|are))\s")
# the end of a depiction's object: a noun phrase's end or a preposition of manner after it
# ("depict the mayor in so harsh a light": the light is the narrator's reading)
_DEPICTED_END = re.compile(_NOUN_PHRASE_END.pattern + r"|\s(?:in|as|with|by)\s")
_CLAUSE_STOP = re.compile(r"[;\x00]|\s[\u2014\u2013-]{1,2}\s")
_CLAUSE_STOP_ACROSS = re.compile(r";|\s[\u2014\u2013-]{1,2}\s|,?\s(?:but|yet|while|although|"
                                 r"though|whereas)\s")
_PARENTHESIS_BEFORE = re.compile(r",\s+(?:[\w'.\-]+\s+){1,4}$")
_PARENTHESIS_AFTER = re.compile(r"(?:\s+(?:on\s+)?\w+day|\s+\w+ly)?\s*,")


@lru_cache(maxsize=1)
def _data() -> tuple:
    data = verb_data().get("reported", {})
    nouns = sorted(data.get("nouns", ()), key=len, reverse=True)
    regarding = sorted(data.get("regarding", ()), key=len, reverse=True)
    noun_that = re.compile(r"\b(?:his|her|their|its|our|[\w\-]+'s?|[\w\-]+s')\s+(?:[\w\-]+\s+)?"
                           r"(?:%s)(?:\s+(?:was|is|has\s+been|remains))?\s+that\b"
                           % word_alternation(nouns))
    # the 'as' phrase of a verb of regarding; also after an aside closed by a dash,
    # which the narration writes as a hyphen ("casting routine acts-the count-as insidious")
    regard_as = re.compile(r"\b(?:%s)\b(?:\s+[\w'.\-]+){0,8}?(?:\s+as\b|(?<=\w)-{1,2}as\b(?!-))"
                           r"(?!\s+(?:well|much|many|soon|long|far|if|though|part|a\s+result|"
                           r"such|usual|to)\b)"
                           % word_alternation(regarding))
    any_nouns = sorted(data.get("nouns_any", ()), key=len, reverse=True)
    made = word_alternation(data.get("statement_verbs", ()))
    noun_any = re.compile(r"\b(?:%s)(?:\s+(?:he|she|they|it|we|i)\s+(?:had\s+|has\s+|have\s+)?"
                          r"(?:%s)\b(?:\s+[\w'.\-]+){0,6}?)?\s+that\b"
                          % (word_alternation(any_nouns), made))
    aims = list(data.get("promising", ())) + list(data.get("wishing", ()))
    rejected = re.compile(r"\b(?:%s)\s+(?:the|any|a)\s+(?:[\w\-]+\s+)?(?:%s)\s+that\b"
                          % (word_alternation(data.get("rejecting", ())), word_alternation(nouns)))
    promise_to = re.compile(r"\b(?:%s)\s+to\s+(?=[a-z\"'\u201c\u2018\x00])"
                            % word_alternation(aims))
    complaint = re.compile(r"\b(?:%s)\s+(?:for|about|against|over|on|of)\b"
                           % word_alternation(data.get("complaint_nouns", ())))
    critics = data.get("criticising_for", ())
    blamed_for = re.compile(r"\b(?:%s)\b(?:\s+[\w'.\-]+){1,6}?\s+for\b"
                            % word_alternation(critics))
    gerund = re.compile(r"\b(?:%s)\b" % ("|".join(data.get("naming_gerunds", ())) or "(?!x)x"))
    heads = frozenset(data.get("headline_heads_not_speakers", ()))
    # the charge itself, one word ("accused X of scaremongering"; not the object of an act
    # charged: "accused of hiring racist staff" keeps "racist" the narrator's)
    # or what the accused is said to be ("accused the governor of being a reckless
    # demagogue"), up to a comma or a conjunction; a second charge joined to the first
    # ("stood accused of botching and bungling the inquiry")
    charge = re.compile(r"\b(?:%s)\b(?:\s+[\w'.\-]+){0,6}?\s+of\s+(?P<c>(?:(?:being|having"
                        r"\s+been)\s+(?:(?!and\b|or\b|but\b|who\b|which\b)[\w\-]+\s+){0,4})?"
                        r"[\w\-]+(?:\s+(?:and|or)\s+[a-z]+ing\b)?)"
                        % word_alternation(data.get("accusing_of", ())))
    # "for what they said were inexcusable lapses", "what many called a disgraceful ..."
    what_said = re.compile(r"\bwhat\s+(?:[\w'.\-]+\s+){1,3}?(?:%s)\b(?:\s+(?:was|were|is|are|"
                           r"had\s+been|would\s+be|to\s+be))?" % word_alternation(
                               data.get("what_verbs", ())))
    demands = word_alternation(data.get("demanding", ()))
    # "demanding he turn over", "demanded that Smith resign", "urging the rebels to hand over"
    demand = re.compile(r"\b(?:%s)\s+(?:that\s+)?(?:he|she|they|we|you|i)\s+(?!(?:is|was|were|"
                        r"are|has|had|have|did|does|would|will|could|can)\b)[a-z]+\b"
                        r"|\b(?:%s)\s+(?:[\w'.\-]+\s+){1,4}?to\s+(?=[a-z])" % (demands, demands))
    hedged = re.compile(r"\b(?:the|an?|his|her|their|its|this|that)\s+(?:%s)\b" % (
        word_alternation(data.get("allegation_adjectives", ()))))
    # "stereotypes of victimhood", "the myth of a sinister cabal": the view's content
    # (not a bare plural, the group the view is about: "stereotypes of illegal immigrants")
    view_of = re.compile(r"\b(?:%s)\s+of\s+(?!(?!(?:a|an|the)\b)(?:(?!(?:for|in|of|on|to|with|"
                         r"by|at|from|and|or|as)\b)[\w\-]+\s+){0,2}?[\w\-]*[^\Ws]s\b(?![\w\-]))"
                         % word_alternation(data.get("view_of_nouns", ())))
    # "the ad depicted a global cabal", "treated the bank as part of a global cabal"
    depicted = re.compile(r"\b(?:%s)\s+(?!as\b)(?=(?:an?|the|his|her|their|its)\s)"
                          % word_alternation(data.get("depicting", ()))
                          + r"|\b(?:%s)\b(?:\s+[\w'.\-]+){1,8}?\s+as\s+part\s+of\s+"
                          % word_alternation([*data.get("depicting", ()),
                                              *data.get("casting_as_part", ())]))
    # each behind its literal prefilter (most narrations hold none of a list's words); noun_core:
    # the noun and 'that' every match of noun_that and rejected holds
    noun_core = re.compile(r"(?:%s)(?:\s+(?:was|is|has\s+been|remains))?\s+that\b"
                           % word_alternation(nouns))
    # those opening with a word of their list are tried only where one occurs (text.wordled)
    led = {regard_as: regarding, blamed_for: critics, noun_any: any_nouns, promise_to: aims,
           complaint: data.get("complaint_nouns", ()), rejected: data.get("rejecting", ()),
           demand: data.get("demanding", ()),
           depicted: [*data.get("depicting", ()), *data.get("casting_as_part", ())]}
    return tuple(WordLed(guard(p), led[p]) if p in led else guard(p)
                 if isinstance(p, re.Pattern) else p for p in (
        noun_that, regard_as, _ASKED, gerund, heads, blamed_for, noun_any, promise_to,
        complaint, rejected, charge, what_said, hedged, demand, view_of, depicted)) + (noun_core,)


@lru_cache(maxsize=1)
def _pronoun_clause() -> "re.Pattern":
    """A charge's or a denial's clause without 'that' ("charged it was a brazen act",
    "Denying he was a gangster, ..."): a pronoun subject and a finite or past verb right after
    the verb; group ``s`` is where the clause starts."""
    verbs = verb_data().get("reported", {}).get("pronoun_clause_verbs", ())
    return guard(re.compile(r"\b(?i:%s)\s+(?:that\s+)?(?P<s>he|she|it|they|we|i|there)\s+"
                            r"(?:%s|[a-z]+ed)\b" % (word_alternation(verbs), _FINITE)))


def _pronoun_clause_spans(nar: Any) -> list[tuple[int, int]]:
    """The clauses of :func:`_pronoun_clause`; a participle opening its sentence ("Denying he
    was ..., the old man ...") governs its clause up to the comma, not the main clause."""
    spans = []
    for m in _pronoun_clause().finditer(nar.text):
        s0, s1 = nar.sentence(m.start())
        end = scope_end(nar.text, m.start("s"), _clause_end(nar, m.start("s"), s1))
        if nar.text[m.start():m.start("s")].split()[0].lower().endswith("ing") and \
                not nar.text[s0:m.start()].strip(" \"'\u201c\u2018"):
            comma = nar.text.find(",", m.start("s"), end)
            end = comma if comma >= 0 else end
        spans.append((m.start("s"), end))
    return spans


# a named subject and a verb in the past after a clausal verb ("said Magruder lied", "said
# Mayor Ortiz bungled the tender"): CLAUSE_AFTER wants a pronoun, a determiner or an auxiliary;
# the first word may be a courtesy title with its period ("believe Mr. Ortiz inherited a
# cabal": house styles that write 'Mr.' before every name)
_NAMED_SUBJECT = re.compile(r"\s+([\w'\-]+\.?(?:\s+[\w'.\-]+){0,2}?)\s+[a-z]+ed\b")


def named_subject(nar: Any, pos: int, stop: int):
    """The match of :data:`_NAMED_SUBJECT` at ``pos`` ('said Magruder lied') whose subject
    words are all capitalised in the document, or None."""
    m = _NAMED_SUBJECT.match(nar.text, pos, stop)
    return m if m and capitalised(nar, m.start(1), m.end(1)) else None


def _named_clause_spans(nar: Any) -> list[tuple[int, int]]:
    """The clauses of :data:`_NAMED_SUBJECT` whose subject words are all capitalised in the
    document (the narration is case-folded): the named speaker's words, to the clause's end."""
    spans = []
    for hit in nar.speech_verbs:
        if hit.value.split(":", 1)[1] not in clausal_verbs():
            continue
        s0, s1 = nar.sentence(hit.start)
        m = named_subject(nar, hit.end, s1)
        if m:
            end = _clause_end(nar, m.start(1), s1)
            spans.append((m.start(1), scope_end(nar.text, m.start(1), end)))
    return spans


def _clause_end(nar: Any, pos: int, s1: int, stop: "re.Pattern" = _CLAUSE_STOP) -> int:
    """The end of the clause from ``pos``: a semicolon, a dash, a quotation (unless ``stop``
    reads across quotations) or the sentence."""
    m = stop.search(nar.text, pos, s1)
    return m.start() if m else s1


def more_reported_spans(nar: Any) -> list[tuple[int, int]]:
    """Narration spans of views and statements reported as someone's (module docstring)."""
    (noun_that, regard_as, asked, gerund, heads, blamed_for, noun_any, promise_to,
     complaint, rejected, charge, what_said, hedged, demand, view_of, depicted,
     noun_core) = _data()
    text = nar.text
    spans = []
    for pattern in ((noun_that, noun_any, rejected) if noun_core.search(text) else (noun_any,)):
        for m in pattern.finditer(text):
            spans.append((m.end(), _clause_end(nar, m.end(), nar.sentence(m.start())[1])))
    for pattern in (promise_to, complaint):   # 'to "bomb the hell" out of ...': one clause
        for m in pattern.finditer(text):
            spans.append((m.end(), _clause_end(nar, m.end(), nar.sentence(m.start())[1],
                                               _CLAUSE_STOP_ACROSS)))
    for pattern, comma in ((regard_as, _PHRASE_END), (demand, _PHRASE_END), (asked, _COMMA),
                           (gerund, _COMMA), (blamed_for, _COMMA), (what_said, _COMMA),
                           (hedged, _NOUN_PHRASE_END), (view_of, _NOUN_PHRASE_END),
                           (depicted, _DEPICTED_END)):
        # (the 'as' phrase reads across a quotation inside it: 'portrayed X as a man who
        # "fled," evil to the last' is the portrayal to its end, as a naming verb's object is)
        across = _CLAUSE_STOP_ACROSS if pattern is regard_as else _CLAUSE_STOP
        for m in pattern.finditer(text):    # a phrase: up to a comma that ends it
            end = _clause_end(nar, m.end(), nar.sentence(m.start())[1], across)
            stop = comma.search(text, m.end(), end)
            end = stop.start() if stop else end     # or before a name opening the clause:
            spans.append((m.end(), by_name(nar, m, end) if pattern is regard_as else end))
    spans += headline_statements(nar, heads) + quoted_view_labels(nar)
    spans += _pronoun_clause_spans(nar)          # "authorities charged it was a brazen act"
    spans += _named_clause_spans(nar)            # "LaRue said Magruder lied when ..."
    spans += testimony_spans(nar, _clause_end)   # "told the court she had suffered ..."
    spans += thatless_spans(nar, _clause_end)    # "said hiring X is", "accusations he sought"
    spans += finding_spans(nar, _clause_end)     # "an inquiry found the force racist"
    spans += charge_spans(nar, _clause_end)      # "charges of cronyism and incompetence"
    spans += content_spans(nar, _clause_end)     # "concerns about X being smeared"
    spans += topic_spans(nar, _clause_end)   # "spoke of the malaise", "the theme of"
    for m in _GERUND.finditer(text):       # "accused Clinton of implying officers were"
        if speech_verb(m.group(1)):
            spans.append((m.end(), _clause_end(nar, m.end(), nar.sentence(m.start())[1])))
    for m in charge.finditer(text):        # "accused the leadership of scaremongering"
        spans.append((m.start("c"), m.end()))
    spans += holder_spans(nar, _clause_end, _CLAUSE_STOP_ACROSS)   # "To many, X is ..."
    for hit in nar.speech_verbs:
        cls = hit.value.split(":", 1)[0]
        s0, s1 = nar.sentence(hit.start)
        if (_PARENTHESIS_BEFORE.search(text, max(s0, hit.start - 60), hit.start)
                and _PARENTHESIS_AFTER.match(text, hit.end, s1) and cls != "cognition"):
            # "The answer, she said, is far from simple." (not the narrator's gloss
            # after it: ", the minister said, in a bid to ...": speechscope)
            spans.append((s0, scope_end(text, hit.start, s1)))
        if cls == "neutral":          # "The report said X grew ... and that Y made a comeback"
            m = _AND_THAT.search(text, hit.end, s1)
            if m:
                spans.append((m.end(), scope_end(text, m.end(), s1)))
    return spans


def in_critic_reason(nar: Any, start: int) -> bool:
    """Whether ``start`` lies in the reason a critic gives ('faulted the minister for
    going on to claim ...', 'criticised him for boasting'), up to its comma: a doubt or
    emotive verb there is the critic's charge, as the reason's labels are."""
    blamed_for = _data()[5].regex         # (one sentence: no prefilter needed)
    s0, s1 = nar.sentence(start)
    for m in blamed_for.finditer(nar.text, s0, start):
        end = _clause_end(nar, m.end(), s1)
        stop = _COMMA.search(nar.text, m.end(), end)
        if m.end() <= start < (stop.start() if stop else end):
            return True
    return False


# a sentence closed by an attribution: ", <up to four words> <speech verb>" and a short rest
# ("..., the judge added.", "..., police said on Monday.")
TAIL_ATTRIBUTION = re.compile(r",\s+(?:[\w'.\-]+\s+){1,4}?$")
SHORT_REST = re.compile(r"[^,;\x00\"']{0,60}$")
_AND_THAT = re.compile(r",?\s+and\s+that\s")      # a second that-clause of one verb
