"""Claims that state a party's position, not a fact the narrator could doubt (issue 15):
'claimed' or 'alleged' is then the standard verb for one side, and the finding is info.

The lead's standard for QC301 (twenty-first session): 'claim' for a party's contested
position is standard usage; the narrator casting doubt on a statement of fact is the doubt
verb the rule is for. Four kinds of claim read as a position from the words alone:

- a forecast or a normative reading: a modal of ``forecast_modals`` (will, would, could,
  should, must) is the verb of the claim's clause, within ``forecast_words`` words of the verb
  and before any comma ('the growers fight the quarry, claiming it will spoil the water', 'claimed
  the ruling could end means testing', 'claimed the statute should have left the agency
  more room'). A forecast or what ought to be is an argument, not a fact a narrator vouches
  for or doubts; 'claim to' and an infinitive (a status) is not read here, nor a claim set
  with 'But' against another side's 'said' in the sentence before (``previous``: 'Critics
  said the plan would fail. But the mayor claimed it would pay for itself' takes a side);
- a party's own tally of its support: 'claim to have' and a figure of members, supporters,
  signatures or votes (``tally_nouns``: 'the group claims to have some 30 members',
  'claimed to have 2.4 million signatures'): a count only the claimant can give, which the
  report cannot check (a count of other things, 'claims to have 110 clubs', stays: a status), the standard verb as for a combatant's claim of losses
  (``combat_note``) or a threat claimed (``threat_note``);
- a claim relayed from another report: the claim's sentence closes with a publication's tail
  attribution ('..., the Wall Street Journal writes.') or the next sentence introduces the
  other report's words ('Per the Washington Post:'): the verb may be that report's, as after
  an opening 'According to X, ...' (``according_note``).

- a claim that answers another side: the claimant's own rebuttal or defence before the
  participle in its sentence ('advocacy groups dispute that, claiming that ...', 'defended his
  rhetoric, claiming ...'; ``rebuttal_verbs``; 'claiming instead' is not read, see the
  data), or an election campaign as the claimant ('Harris' campaign claimed that its
  plan ...'; ``campaign_claimants``): one side's reply in a debate (doubt24). A forecast
  quoted right after the verb is not one of them: 'claimed that "nobody's pension will be
  touched"' is an assurance the narrator doubts as much as any statement.

- a party's reading or counter-blame (claim23): a characterisation as the claim's verb
  ('claims charging residents for care amounts to privatisation'; ``reading_verbs``) or a
  cleft that moves the blame ('claimed that it was the Speaker -- not the president -- who
  ...'); ``reading_note``. So is a power or a right held as the claim's predicate ('claimed
  he had the sole authority to', ``reading_holdings``) and a denial of blame in the
  claim's sentence ('an act of nature unrelated to the dredging', ``blame_denials``).

- a claim relayed by the claimant quoting another source before the participle ('quoted a TV
  show, claiming ...'; ``relay_participle_verbs``), as a relayed report (``according_note``),
  and a claim in a conditional clause ('If the party claims to be ...';
  ``conditional_openers``): a hypothetical reports no one's words.

A piece of writing named right before the verb as the claimant ('a story claiming that ...',
'a tweet that claimed') gives what it says, as a letter or a report does (``contexts`` of
:mod:`quotecheck.framing.usage`, which reads those words anywhere before the verb).

The narrator's own verdict in the verb's clause ('claimed, without evidence, that Democrats
would ...', 'had the temerity to claim') keeps the warning: the caller checks
:func:`quotecheck.framing.weighing.narrator_verdict` first. The word lists are
``[standard_usage]`` of rules/data/framing-verbs.toml.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.framing.verbcontext import usage_alternation, verb_data

# a sentence's end, or a paragraph's (a quotation masked in the narration hides its stop)
_END = re.compile(r"[.!?](?=[\s\"'\u201d\u2019\x00]|$)|\n[ \t]*\n")
_SPAN = 400


def stance_usage(text: str, sentence_start: int, start: int, end: int, lemma: str,
                 previous: str = "") -> str:
    """The note where the claim at ``[start, end)`` states a party's position (module
    docstring): a piece of writing as the claimant, a forecast or a normative reading, a
    party's own tally, or a claim relayed from another report; '' otherwise (and for a lemma not in ``stance_lemmas``)."""
    data = verb_data().get("standard_usage", {})
    if lemma not in data.get("stance_lemmas", ()):
        return ""
    p = _patterns()
    if p["document"].search(text, max(sentence_start, start - 40), start):
        return data.get("context_note", "a document's claim")
    if p["campaign"].search(text, max(sentence_start, start - 40), start):
        return data.get("campaign_note", "an election campaign's claim")
    if p["conditional"].search(text[sentence_start:start]):
        return data.get("conditional_note", "a claim in a conditional clause, a hypothetical")
    if text[start:end].endswith("ing") and p["rebuttal"].search(
            text, max(sentence_start, start - 160), start):
        return data.get("dispute_note", "one side of a dispute the report itself presents")
    if text[start:end].endswith("ing") and p["quoting"].search(
            text, max(sentence_start, start - 120), start):
        return data.get("according_note", "the sentence relays another report")
    if lemma == "claim" and p["tally"].match(text, end):
        return data.get("tally_note", "a party's own count, which the report cannot check")
    if not p["infinitive"].match(text, end) and p["forecast"].match(text, end) and not (
            p["contrast"].match(text, sentence_start, start) and p["said"].search(previous)):
        return data.get("forecast_note", "a party's forecast or argument, not a statement of "
                                         "fact the report could doubt")
    stop = _END.search(text, end, min(len(text), end + _SPAN))
    close = stop.end() if stop else min(len(text), end + _SPAN)
    if p["reading"].match(text, end) or p["blame_shift"].match(text, end) \
            or p["legal_reading"].match(text, end) or p["holding"].match(text, end) \
            or p["blame_denial"].search(text, end, close):
        return data.get("reading_note", "a party's reading or its blame set against another "
                                        "side's, not a statement of fact the report could doubt")
    if p["tail"].search(text[end:close]) or p["relay_next"].match(text, close):
        return data.get("according_note", "the sentence relays another report")
    return ""


@lru_cache(maxsize=1)
def _patterns() -> dict:
    """The stance patterns, built once from ``[standard_usage]`` of framing-verbs.toml."""
    data = verb_data().get("standard_usage", {})
    words = usage_alternation   # a [standard_usage] list, longest first

    n = int(data.get("forecast_words", 0))
    never = re.compile(r"(?!x)x")

    def clause(least: int = 0) -> str:
        """The claim's clause up to its verb: 'that' perhaps, then ``least`` to ``n`` words
        with no comma, stop or masked quotation (a quotation is the claimant's own words)."""
        return r"(?:[ \t]+that)?(?:[ \t]+[^\s,;:.!?\x00]+){%d,%d}?" % (least, n)

    return {
        # 'claimed (that) the ruling could end ...': a modal as the clause's verb, no comma,
        # stop or masked quotation before it (a quotation is the claimant's own words); not a
        # noun ('the will of the people'; 'may' is not listed: the view is lower-cased, and
        # 'May figures' is a month)
        # ... the subject may carry one appositive set off by commas or dashes ('claimed his
        # rival, the city's mayor -- a newcomer -- would ruin it'; qc301_27)
        "forecast": re.compile(clause() +
                               r"(?:[ \t]*(?:,|[ \t]-{1,2}|\u2014|\u2013)[^;:.!?\x00]{1,120}?"
                               r"(?:,|[ \t]-{1,2}|\u2014|\u2013))?[ \t]+(?:%s)\b"
                               r"(?![ \t]+(?:of|the|a|an)\b)" % words("forecast_modals"))
        if n else never,
        "infinitive": re.compile(r"[ \t]+to[ \t]"),
        # 'claims charging residents for care amounts to privatisation': a characterisation
        # as the verb of the claim's clause, before any comma or stop (claim23); not a sum
        # ('claimed the damage amounted to $3 million': a figure the report could check)
        "reading": re.compile(clause() + r"[ \t]+(?:%s)\b"
                              r"(?![ \t]+(?:(?:%s)[ \t]+)?(?:[$\u00a3\u20ac\u00a5\d]|(?:%s)\b))"
                              % (words("reading_verbs"), words("tally_approximators"),
                                 words("tally_numbers"))) if n else never,
        # 'claimed the contract was invalid', 'claims the levy is unlawful': a legal or blame
        # verdict as the claim's predicate (``reading_predicates``), a party's reading (qc301_27)
        "legal_reading": re.compile(clause(1) + r"[ \t]+"
                                    r"(?:is|are|was|were|had[ \t]+been|has[ \t]+been|have"
                                    r"[ \t]+been|would[ \t]+be)[ \t]+(?:not[ \t]+)?(?:%s)\b"
                                    % words("reading_predicates"))
        if n and data.get("reading_predicates") else never,
        # 'claimed he had the sole authority to', 'claims the board has no power over':
        # a power or a right held as the claim's predicate, a reading of the law
        "holding": re.compile(clause(1) + r"[ \t]+(?:has|have|had|holds|hold|held)"
                              r"(?:[ \t]+[^\s,;:.!?\x00]+){0,2}?[ \t]+(?:%s)[ \t]+(?:to|over)\b"
                              % words("reading_holdings"))
        if n and data.get("reading_holdings") else never,
        # 'claimed the flood was an act of nature unrelated to the dredging': a denial of
        # blame in the claim's sentence, in the narration
        "blame_denial": re.compile(r"\b(?:%s)\b" % words("blame_denials"))
        if data.get("blame_denials") else never,
        # 'If the party claims to be ...', ', unless they claim ...': the verb inside a
        # conditional clause opening the sentence or after a comma, no comma between
        "conditional": re.compile(r"(?:^|[,;])[\s\"'\u201c\u201d\u2018\u2019\x00(]*(?:%s)[ \t]+"
                                  r"[^,;:.!?\x00]{1,80}$" % words("conditional_openers"),
                                  re.IGNORECASE) if data.get("conditional_openers") else never,
        # the claimant quoting or reposting another source before the participle, in its
        # clause ('quoted a TV show, claiming'; the comma may sit inside the masked quotation)
        "quoting": re.compile(r"\b(?:%s)\b[^;.!?]{0,80}?[,\x00\"\u201d\u2019][ \t]*$"
                              % words("relay_participle_verbs"), re.IGNORECASE)
        if data.get("relay_participle_verbs") else never,
        # 'claimed that it was the Speaker -- not the president -- who refused to budge': a
        # cleft that moves the blame from one side to the other (claim23); its 'who' or 'that'
        # after the other side ('claimed it was safe, not harmful, to drink' moves no blame)
        "blame_shift": re.compile(r"(?:[ \t]+that)?[ \t]+it[ \t]+(?:was|is|has[ \t]+been|had"
                                  r"[ \t]+been)[ \t]+[^,;.!?\x00]{1,60}?[ \t]*(?:,|--|\u2014|"
                                  r"\u2013)[ \t]*not[ \t][^,;.!?\x00]{1,60}?[ \t]*(?:,|--|"
                                  r"\u2014|\u2013)?[ \t]*\b(?:who|that)\b"),
        # ... not a claim set with 'But' against another side's 'said' in the sentence before
        # ('Critics said the plan would fail. But the mayor claimed it would pay for itself'):
        # one side 'said', the other 'claimed' takes a side
        "contrast": re.compile(r"[\s\"'\u201c\u201d\x00]*(?:but|yet|however)\b", re.IGNORECASE),
        "said": re.compile(r"\b(?:said|says|say)\b", re.IGNORECASE),
        # a piece of writing as the claimant, right before the verb ('a story claiming that',
        # 'a tweet that claimed'): what it says, as for a letter or a report (``contexts``)
        "document": re.compile(r"\b(?:%s)[ \t]+(?:(?:that|which)[ \t]+)?$"
                               % words("document_claimants"), re.IGNORECASE),
        # an election campaign as the claimant right before the verb ('Harris' campaign
        # claimed', 'the campaign has claimed')
        "campaign": re.compile(r"\b(?:%s)[ \t]+(?:(?:has|have|had|also|long|still|again|"
                               r"now|then)[ \t]+)*$" % words("campaign_claimants"),
                               re.IGNORECASE),
        # the claimant's rebuttal or defence before the participle, in its clause ('groups
        # dispute that, claiming', 'defended his rhetoric on immigration, claiming')
        "rebuttal": re.compile(r"\b(?:%s)\b[^;.!?\x00]{0,120},[ \t]*$" % words("rebuttal_verbs"),
                               re.IGNORECASE),
        # 'claims to have some 30 members', 'claimed to have 2.4 million signatures'
        # (a count of the party's own support: a noun of tally_nouns within three words of
        # the figure; 'claims to have 110 clubs in schools', a status, stays a warning)
        "tally": re.compile(r"[ \t]+to[ \t]+(?:%s)[ \t]+(?:(?:%s)[ \t]+)?(?:\d[\d,.]*|%s)"
                            r"(?:[ \t]+(?:million|billion|thousand|hundred))?"
                            r"(?:[ \t]+[\w'\u2019\-]+){0,3}?[ \t]+(?:%s)\b"
                            % (words("tally_verbs"), words("tally_approximators"),
                               words("tally_numbers"), words("tally_nouns")), re.IGNORECASE),
        # '..., the Wall Street Journal writes.' closing the claim's sentence (the narration
        # is the lower-cased matching view: a name is any word there)
        "tail": re.compile(r"[,\x00][\s\"'\u201d\u2019\x00]*(?:[\w.&'\u2019\-]+[ \t]+){1,5}"
                           r"(?:%s)[ \t]*[.!?]?[\s\x00]*$" % words("relay_verbs"), re.IGNORECASE),
        # the next sentence introduces the other report: 'Per the Washington Post:'
        "relay_next": re.compile(r"[\s\"'\u201d\u2019\x00]*(?:%s)[ \t]+[^.:\n\x00]{1,60}:"
                                 r"[ \t]*(?:\n|$)" % words("relay_openers"), re.IGNORECASE),
    }
