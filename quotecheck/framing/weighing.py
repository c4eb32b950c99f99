"""Whether the report weighs a party's stated position or account (issue 15): 'insist' and
'maintain', 'claim' and 'allege'.

'claimed' and 'alleged' put the content itself in doubt; 'insist' and 'maintain' say that
someone holds to a position, and they imply the position is contradicted only where the
report sets something against it. 'The government insists the talks will go on', 'the
Palestinians maintain that the settlements violate the convention' report a stand in a
dispute: a copy editor might prefer 'said', but the narrator doubts nothing, so the finding
is info. The verb is the narrator's weighing, and stays a warning, where the report sets
something against the position: a contrast after it in its own sentence ('X insisted her
vote was about cost alone, but in a later speech ...'), evidence despite which it is
held ('insists, despite the evidence, that ...'), a next sentence that opens with a contrast
or a denial ('... insisted that sales grew. But the study indicates ...'), or a suspicion or
an accusation the report gives before it ('amid suspicions that ... . China insists ...').
The same cues decide for 'claim' and 'allege' (``account_lemmas``): reporting a party's
account, they are info unless the report weighs it (:mod:`quotecheck.framing.accounts`, which
also keeps the warning where another rendering of the report says 'said').
The lemmas of ``verdict_lemmas`` ('maintain', and since the lead's decision of the nineteenth
session 'claim', 'allege' and 'insist': a claim-family verb alone is ambiguous, so severity
follows a second signal) are weighed only by the narrator's own verdict in the verb's clause
(:func:`narrator_verdict`: evidence against it, 'baselessly', 'with no evidence', a so-called
claimant); the discourse cues of :func:`weighing_cues` then leave the finding at info.
The word lists are ``standard_usage`` of rules/data/framing-verbs.toml (``position_lemmas``,
``weighing_joins``, ``weighing_openers``, ``weighing_denials``, ``counter_evidence``,
``suspicions``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.framing.verbcontext import LazyCues, usage_alternation, verb_data
from quotecheck.text.lexicon import word_alternation
from quotecheck.text.sentences import sentence_end

# a sentence's end, or a paragraph's: a quotation masked in the narration hides its full stop
_STOP = re.compile(r"[.!?](?=[\s\"'\u201d\u2019\x00]|$)|\n[ \t]*\n")
_SPACE = re.compile(r"[\s\"'\u201d\u2019\x00]*")
# 'claim to' and an infinitive: "claimed to be undecided", "claim to represent"
_SELF_CLAIM = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|be\s+responsible\b)"
                         r"[a-z]+\b")


def unweighed_position(text: str, sentence_start: int, start: int, end: int,
                       previous: str, lemma: str) -> str:
    """The note for 'insist'/'maintain' at ``[start, end)`` reporting a party's position the
    report does not weigh ('' when the lemma is another or the report weighs it):
    ``previous`` is the sentence before the verb's."""
    data = verb_data().get("standard_usage", {})
    if lemma not in data.get("position_lemmas", ()):
        return ""
    if lemma in data.get("verdict_lemmas", ()):
        if narrator_verdict(text, sentence_start, start, end):
            return ""
    elif weighed(text, sentence_start, start, end, previous, lemma):
        return ""
    return data.get("position_note", "a party's stated position, which the report does not "
                                     "weigh")


def unweighed_account(text: str, sentence_start: int, start: int, end: int,
                      previous: str, lemma: str) -> str:
    """The note for 'claim'/'allege' (``account_lemmas``) at ``[start, end)`` reporting a
    party's account the report does not weigh ('' when the lemma is another or the report
    weighs it): the same cues as for 'insist' and 'maintain'."""
    data = verb_data().get("standard_usage", {})
    if lemma not in data.get("account_lemmas", ()):
        return ""
    if narrator_verdict(text, sentence_start, start, end) if lemma in data.get(
            "verdict_lemmas", ()) else weighed(text, sentence_start, start, end, previous):
        return ""
    if lemma == "claim" and data.get("self_claims") and _SELF_CLAIM.match(text, end) \
            and not _patterns()["suffered"].match(text, end) \
            and not _patterns()["gapped"].match(text, end) \
            and not _position_claimed(text, sentence_start, start, end):
        return ""           # "who claimed to be undecided": a status, not an account
    return data.get("account_note", "a party's account, which the report does not weigh")


def _position_claimed(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether a finite 'claim to be' / 'claim to have' at ``[start, end)`` stands outside a
    relative clause that introduces the claimant ('claims to be the party of the future', not
    'two men who claimed to be engineers'): a party's position or account, not a status the
    verb alone doubts (the lead's decision of issue 15). The participle 'claiming to' is
    left to the status rule."""
    p = _patterns()
    if not p["status_infinitive"].match(text, end) \
            or text[start:end].lower().startswith("claiming"):
        return False
    return not p["relative"].search(text, max(sentence_start, start - 80), start)


def narrator_verdict(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the narrator's own verdict weighs the words at ``[start, end)``, a second
    signal of its doubt beside the verb: evidence against which they are said in their clause
    ('despite the evidence', 'without citing evidence'), the support given set off after the
    verb in the words of the evidence-commentary rule ('claimed, with no evidence, that'), an
    adverb right before the verb or set off right after it ('baselessly claimed', 'claimed,
    absurdly, that'; 'falsely' is the report's finding, info in ``framing.usage``), or a
    so-called marker on the claimant ('the self-styled healer claimed'); the only weighing
    that counts for ``verdict_lemmas``."""
    close = sentence_end(text, _STOP, end, end + 400)
    clause = text.find(";", end, close)
    close = close if clause < 0 else clause
    p = _patterns()
    return bool(p["evidence"].search(text, end, close)
                or p["support"].search(text, end, close)
                or p["adverbs"].search(text, max(sentence_start, start - 40), start)
                or p["adverbs_after"].match(text, end)
                or p["claimant"].search(text, sentence_start, start))


def weighed(text: str, sentence_start: int, start: int, end: int, previous: str,
            lemma: str = "") -> bool:
    """Whether the report sets something against the words reported at ``[start, end)``: a
    contrast after them in their sentence, evidence against which they are said, a next
    sentence opening with a contrast or denying them, a suspicion before them, or the
    speaker's own admission before them ('acknowledged ..., but claims'), or the narrator's
    verdict in an adverb right before the verb ('has falsely claimed'). For ``lemma`` in
    ``denial_lemmas`` ('insist') a suspicion before counts only where the position denies
    (a negation after the verb: 'China insists there was no breach'), the position set against
    it; the accuser's own insistence ('the family insisted he had killed her') is not. For
    ``answered_lemmas`` ('insist') a next sentence that opens with another side answering
    ('But many residents fear ...') gives a dispute, not the narrator's weighing."""
    return next(weighing_cues(text, sentence_start, start, end, previous, lemma), None) \
        is not None


def weighing_cues(text: str, sentence_start: int, start: int, end: int, previous: str,
                  lemma: str = ""):
    """The names of the cues of :func:`weighed` that fire, in order ('joins', 'evidence',
    'openers', 'denials', 'suspicions', 'conceded', 'adverbs'), each tested only when the next
    is asked for (:func:`weighed` stops at the first; bench/doubt_cues.py lists them all)."""
    close = sentence_end(text, _STOP, end, end + 400)
    clause = text.find(";", end, close)         # "...; similarly, ...": another clause
    begin = _SPACE.match(text, close + 1).end()
    following = text[begin:sentence_end(text, _STOP, begin, begin + 300)]
    p = _patterns()
    if p["joins"].search(text, end, close if clause < 0 else clause):
        yield "joins"
    if p["evidence"].search(text, end, close if clause < 0 else clause):
        yield "evidence"            # not after ';': "...; we won't bend, not
                                    # in the face of threats" is the same party's point
    if p["openers"].match(following) and not (
            lemma in _answered_lemmas() and p["answered"].match(following)):
        yield "openers"
    if _denied(p["denials"], following):
        yield "denials"
    if p["suspicions"].search(previous + " " + text[sentence_start:start]) and (
            lemma not in _denial_lemmas() or p["negations"].search(text, end, close)):
        yield "suspicions"
    if p["conceded"].search(text, sentence_start, start):
        yield "conceded"
    if p["adverbs"].search(text, max(sentence_start, start - 40), start):
        yield "adverbs"


@lru_cache(maxsize=1)
def _denial_lemmas() -> frozenset:
    return frozenset(verb_data().get("standard_usage", {}).get("denial_lemmas", ()))


@lru_cache(maxsize=1)
def _answered_lemmas() -> frozenset:
    return frozenset(verb_data().get("standard_usage", {}).get("answered_lemmas", ()))


# (issue 15, DUC 2006 reading) 'denied' in the passive without an agent is 'refused' ("most
# petitions are denied", "he was denied bail"), no denial of the words reported; "the account
# was denied by police" is one
_REFUSED = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+ly\s+)?"
                      r"denied\b(?!\s+by\b)")


def _denied(denials, following: str) -> bool:
    """Whether the next sentence ``following`` denies or contradicts the words reported: a
    denial cue there that is not the passive 'denied' of a refusal (:data:`_REFUSED`)."""
    for m in denials.finditer(following):
        if not (m.group() == "denied" and _REFUSED.search(following, max(0, m.start() - 30),
                                                          m.end() + 4)):
            return True
    return False


def rule_words(rule: str, key: str) -> tuple:
    """A word list of the framing rule ``rules/framing/<rule>.toml`` (reused, not copied)."""
    from quotecheck.resources.ruledata import parse_toml, rules_root

    return tuple(parse_toml(rules_root() / "framing" / f"{rule}.toml").get(key, ()))


def _evidence_words() -> str:
    """The evidence-commentary (QC311) phrases about evidence ('no evidence', 'scant
    evidence'), without a leading 'without' (the counter_evidence cue reads those)."""
    words = [w for w in rule_words("evidence-commentary", "words")
             if w.endswith("evidence") and not w.startswith("without")]
    return word_alternation(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> LazyCues:
    return LazyCues(_sources)


@lru_cache(maxsize=1)
def _sources() -> dict:
    """The cues, built from the word lists."""
    return {
        # a contrast after the position, in its clause and set off: ', but ...', ' - yet'
        # (not after a quotation's close: a masked quotation may have ended the sentence)
        # (not the same party's further point: ', but they have also considered ...')
        # (nor a modal right after 'but', its subject left out: 'insist they have reformed,
        # but will keep their old code', the same party's intention)
        "joins": r"(?:,|\s[-\u2013\u2014])\s*(?:%s)\b(?!\s+(?:he|she|they|it|we)\s+(?:(?:have|"
                 r"has|had|would|will|did|do|does|is|are|was|were)\s+)?also\b)"
                 r"(?!\s+(?:(?:still|also|then)\s+)?(?:%s)\b)"
                 % (usage_alternation("weighing_joins"),
                    usage_alternation("weighing_continuations")),
        # evidence against which it is held: 'despite the evidence', 'contrary to'
        "evidence": r"\b(?:%s)\b" % usage_alternation("counter_evidence"),
        # the next sentence opens with a contrast: 'But the study indicates ...'
        "openers": r"(?:%s)\b" % usage_alternation("weighing_openers"),
        # ... another side answering: 'But many residents fear ...' (answered_lemmas)
        "answered": r"(?:%s)\W+(?:%s)\b" % (usage_alternation("weighing_openers"),
                                            usage_alternation("answering_sides")),
        # 'claim to have been' and a past participle: what was done to the claimant, an
        # account ("claiming to have been attacked"), not a status ('to have been a member')
        "suffered": r"\s+to\s+have\s+been\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|en)|%s)\b"
                    % usage_alternation("self_claim_passive"),
        # 'the voters they claim to represent.': the stock relative clause with its object
        # before it and nothing after, which names whom a party speaks for (issue 11)
        # (issue 15) and so any single verb with nothing after it but a stop, a comma, a
        # bracket or a dash, read as the object left before it ('the workers he claimed to
        # protect.', 'as thrifty as she claims to be.'): what the claimant professes is
        # named, not a status it gives itself (the object itself is not looked for); but
        # 'be' or 'have' before a comma or a dash opens an aside, the status after it ('who
        # claims to be, in effect, an insider')
        "gapped": r"\s+to\s+(?:(?:%s)|(?!(?:%s)\b\s*[,\u2014])[a-z]+)\s*(?=[.,;:!?)\u2014]|\n|$)"
                  % (usage_alternation("self_claim_gapped"),
                     usage_alternation("self_claim_status_verbs")),
        # 'claim to be' / 'claim to have': the status the rule limits to a relative clause
        "status_infinitive": r"\s+to\s+(?:%s)\b" % usage_alternation("self_claim_status_verbs"),
        # the relative clause that introduces the claimant: 'who claimed', ', who has long
        # claimed', 'that now claims' (the pronoun right before the verb but for auxiliaries
        # and adverbs)
        "relative": r"\b(?:%s)\s+(?:(?:%s|[a-z]+ly)\s+){0,3}$"
                    % (usage_alternation("self_claim_relatives"),
                       usage_alternation("self_claim_relative_between")),
        # the next sentence denies or contradicts it
        "denials": r"\b(?:%s)\b" % usage_alternation("weighing_denials"),
        # a suspicion or an accusation before it: the position is a denial set against it
        "suspicions": r"\b(?:%s)\b" % usage_alternation("suspicions"),
        # a position that denies: "insists that there was no breach", "had never hidden"
        "negations": r"(?:\b(?:%s)\b|n't\b|n\u2019t\b)" % usage_alternation("position_negations"),
        # the narrator's verdict in an adverb right before the verb: 'has falsely claimed'
        "adverbs": r"\b(?:%s)\s+(?:(?:has|have|had)\s+)?$" % usage_alternation(
            "weighing_adverbs"),
        # the support the narrator says was given, set off after the verb in the words of
        # the evidence-commentary rule (QC311): 'claimed, with no evidence, that ...'
        "support": r"(?:,|\(|\s[-\u2013\u2014])\s*(?:with|offering|providing|citing|presenting|"
                   r"giving|and\s+offered|but\s+offered)\s+(?:%s)\b" % _evidence_words(),
        # the narrator's adverb set off right after the verb: 'claimed, falsely, that'
        "adverbs_after": r",?\s*(?:%s)\b" % word_alternation(sorted(
            set(verb_data().get("standard_usage", {}).get("weighing_adverbs", ()))
            - {"even", "boldly"}, key=len, reverse=True)),
        # a so-called marker (QC321) on the claimant before the verb: 'the self-styled healer'
        "claimant": r"\b(?:%s)\s+(?:[\w'\u2019.\-]+\s+){0,3}$" % word_alternation(sorted(
            rule_words("so-called", "markers"), key=len, reverse=True)),
        # the claimant's admission first, the account set against it: 'has acknowledged
        # that ..., but claims' (the verb right after 'but', its subject left out)
        "conceded": r"\b(?:%s)\b[^.;!?\x00]{1,240},?\s+but\s+(?:(?:also|still|now)\s+)?$"
                    % usage_alternation("weighing_concessions"),
    }
