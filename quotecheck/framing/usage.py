"""Where a doubt verb is the standard verb, not the narrator's doubt: a court filing's or a
document's claim, one side of a dispute the report presents, an accusation ('allege').

The word lists are the ``standard_usage`` table of rules/data/framing-verbs.toml; the
finding stays, at info, with the reason as its note.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.framing.positions import position_usage, refuted_later
from quotecheck.framing.refutations import short_denial
from quotecheck.framing.verbcontext import verb_data, word_pattern
from quotecheck.framing.weighing import unweighed_position
from quotecheck.text.lexicon import inflect
from quotecheck.text.sentences import sentence_end


def standard_usage(text: str, sentence_start: int, start: int, end: int,
                   lemma: str) -> str:
    """Why a doubt verb is the standard verb here ('' when it is not): a court filing's or
    a document's claim ('the ACLU alleged in a court filing', 'filed a lawsuit claiming',
    'a letter claiming that', a claim in court proceedings the sentence before or after
    names), a lemma that names one side of a dispute ('contend'), or a claim its own or the
    next sentence reports as denied or as an accusation ('... but she denied')."""
    data = verb_data().get("standard_usage", {})
    if lemma in data.get("lemmas", ()):
        return data.get("lemma_note", "the usual verb for one side's argument in a dispute")
    if lemma in data.get("reply_lemmas", ()) and _answers_a_position(
            text[sentence_start:start], _previous_sentence(text, sentence_start)):
        return data.get("reply_note", "holding to a position against another side the report "
                                      "gives first")
    if lemma in data.get("side_lemmas", ()) and _side_claimant().search(
            text, max(sentence_start, start - 40), start):
        return data.get("dispute_note", "one side of a dispute the report itself presents")
    close = sentence_end(text, _SENTENCE_END, end, end + 240)
    position = position_usage(text, text[sentence_start:start],
                              _previous_sentence(text, sentence_start), start, end, close, lemma)
    if position:
        return position             # a party's stand: 'While X worry ..., Y insist', ...
    if lemma in data.get("reply_lemmas", ()) and _GOING_ON.match(text[sentence_start:start]):
        earlier = _earlier_use(text, sentence_start, lemma)
        if earlier:                 # "X insisted ... . He also insisted ...": the same stand
            return standard_usage(text, earlier[0], earlier[1], earlier[2], lemma)
    stance = unweighed_position(text, sentence_start, start, end,
                                _previous_sentence(text, sentence_start), lemma)
    if stance:
        return stance               # "The Palestinians maintain ...": a stand, not weighed
    if lemma not in data.get("verbs", ()):
        return ""
    if lemma in data.get("passive_lemmas", ()) and _agentless_passive(text, sentence_start,
                                                                      start, end):
        return data.get("passive_note", "an agentless passive ('it is alleged'), a hedge like "
                                        "'allegedly'")
    if lemma == "claim" and _IMPERSONAL_IT.search(text, max(sentence_start, start - 20), start) \
            and _THAT_AFTER.match(text, end):
        return data.get("passive_note", "an agentless passive ('it is alleged'), a hedge like "
                                        "'allegedly'")   # "It's claimed that": no one
    if _ACCORDING_BEFORE.search(text, sentence_start, start):
        return data.get("according_note", "the sentence relays another report ('according "
                                          "to'), whose verb it may be")
    contexts = _usage_contexts()
    if contexts.search(text[max(sentence_start, start - 160):start]):
        return data.get("context_note", "a court filing's or a document's claim")
    if (_side_claimant().search(text, max(sentence_start, start - 40), start)
            or (text[start:end].endswith("ing") and _WITH_SOME.search(text, sentence_start, start))
            or (_THEY.match(text, sentence_start, start) and _side_opens().match(
                _previous_sentence(text, sentence_start)))):
        return data.get("dispute_note", "one side of a dispute the report itself presents")
    if _IN_FILING.match(text, end, min(len(text), end + 60)):
        return data.get("context_note", "a court filing's or a document's claim")
    following = text[close:sentence_end(text, _SENTENCE_END, close + 1, close + 300)]
    # the claim itself denied later on, or an accusation before it; never the accused's own
    # reply ("X, accused of lying, claimed ...", "critics accused X ..., and X claimed ...":
    # 'claimed' there doubts the accused)
    head = text[max(sentence_start, start - 160):start]
    if (_listed("disputes").search(text[end:close] + following) or _accusation_before(head)
            or _RIVALS.search(head) or _both_sides_claim(head, text[end:close], lemma)
            or _contrary_statement(head, text[end:close]) or short_denial(following)
            or _contrary_next(following) or refuted_later(text, close)):
        return data.get("dispute_note", "one side of a dispute the report itself presents")
    before = _previous_sentence(text, sentence_start)
    if _WHAT_CLAIMED.search(head) and lemma in ("claim", "purport"):
        return data.get("unverified_note", "'what X claimed', an assertion the report cannot "
                                           "verify")
    if (_listed("falsified").search(" ".join((before, text[sentence_start:close], following)))
            or (_NOT_AS_CLAIMED.search(head) and text[start:end].lower().endswith("ed")
                and lemma in ("claim", "purport"))):
        return data.get("falsified_note", "a claim the report itself shows to be false")
    if _listed("hearsay").search(text[sentence_start:close] + " " + following):
        return data.get("hearsay_note", "a rumour or a leak the report itself calls unconfirmed")
    if _listed("identity_claimants").search(text, max(sentence_start, start - 40), start) \
            and _IDENTITY.match(text, end) and _CLAIMANT_END.search(text, sentence_start, start):
        return data.get("identity_note", "a claim of identity by someone unnamed")
    if _product_claim(text, sentence_start, start, end):
        return data.get("product_note", "what a product's label says")
    if lemma in data.get("accusation_lemmas", ()) and _listed("wrongdoing").search(
            " ".join((before, text[sentence_start:close], following))):
        return data.get("accusation_note", "the standard verb for an accusation")
    if _listed("proceedings").search(before + " " + following):
        return data.get("context_note", "a court filing's or a document's claim")
    return ""


# the claimant right before the verb ('someone claiming', 'a caller who claimed'), and the
# identity claimed after it ('to be a member', 'to be from the group')
_CLAIMANT_END = re.compile(r"(?:\b(?:someone|somebody|man|woman|person|callers?|voice|statement|"
                           r"letter|note)(?:[ \t]+(?:who|that))?[ \t]+)$", re.IGNORECASE)
_IDENTITY = re.compile(r"[ \t]+to[ \t]+(?:be[ \t]+(?:an?|the|from|with|one[ \t]+of)|come[ \t]+from)"
                       r"\b", re.IGNORECASE)   # a who, not a state ('claimed to be undecided')
_GOING_ON = re.compile(r"\W*(?:he|she|they|it)\s+also\s+$", re.IGNORECASE)


def _earlier_use(text: str, sentence_start: int, lemma: str) -> "tuple[int, int, int] | None":
    """(sentence start, start, end) of the same verb in the sentence before, when there is one
    ('He also insisted ...' goes on from it), else None."""
    lo = max(0, sentence_start - 300)
    stops = list(_PREVIOUS_STOP.finditer(text, lo, max(lo, sentence_start - 2)))
    begin = stops[-1].end() if stops else lo
    hits = list(_forms_pattern(lemma).finditer(text[begin:sentence_start]))
    if not hits:
        return None
    return begin, begin + hits[-1].start(), begin + hits[-1].end()


@lru_cache(maxsize=None)
def _forms_pattern(lemma: str) -> "re.Pattern":
    """The lemma's forms (:func:`~quotecheck.text.lexicon.inflect`) as whole words."""
    return re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, inflect(lemma))))


HEADLINE_LEAD_CHARS = 700
"""How much of the story after a headline is read as its lead (:func:`headline_usage`)."""


def headline_usage(text: str, headline_end: int, lemma: str) -> str:
    """Why a doubt verb in a headline is the standard verb ('' when it is not): the story's
    lead, the headline's next sentence, tells of a dispute or of proceedings ('Wife claims
    husband took assets' over '... wants a judge to freeze the couple's assets ... denied the
    allegation'), as the next sentence does for a claim in the body."""
    data = verb_data().get("standard_usage", {})
    if lemma not in data.get("verbs", ()):
        return ""
    lead = text[headline_end:headline_end + HEADLINE_LEAD_CHARS]
    if _listed("disputes").search(lead) or _listed("proceedings").search(lead):
        return data.get("headline_note", "a headline's claim the story's lead presents as one "
                                         "side of a dispute or of proceedings")
    return ""


# "it is alleged", "was alleged to have developed", "are also alleged to": no one named
_PASSIVE_BE = re.compile(r"\b(?:is|are|was|were|be|been|being)[ \t]+(?:(?:also|not|further|"
                         r"[a-z]+ly)[ \t]+)?$", re.IGNORECASE)
# 'claim' in the impersonal passive with expletive 'it' ("It's claimed that ..."; issue 15):
# no one's words doubted (not 'the lives claimed', 'was claimed by', which take or name a party)
_IMPERSONAL_IT = re.compile(r"\bit(?:['\u2019]s|[ \t]+(?:is|was|has[ \t]+been|had[ \t]+been))"
                            r"[ \t]+(?:also[ \t]+)?$", re.IGNORECASE)
_THAT_AFTER = re.compile(r"[ \t]+that\b", re.IGNORECASE)
_AGENT_AFTER = re.compile(r"(?:[ \t]+[\w'\-]+){0,3}?[ \t]+by\b", re.IGNORECASE)


def _agentless_passive(text: str, sentence_start: int, start: int, end: int) -> bool:
    """'It is alleged', 'a relationship was alleged to have developed': the verb in the
    passive with no one named as its agent (no 'by' after it) says what 'allegedly' says,
    the caution for an accusation not proved, not a doubt of someone's words."""
    return bool(_PASSIVE_BE.search(text, max(sentence_start, start - 30), start)
                and not _AGENT_AFTER.match(text, end, min(len(text), end + 40)))


def _both_sides_claim(head: str, rest: str, lemma: str) -> bool:
    """Both sides of a dispute given the same doubt verb in one sentence ('Moscow claims the
    drone was shot down, while Kyiv claims it hit its target'): the narrator doubts both
    alike and takes no side (not the speaker going on: '..., but he claims')."""
    forms = _LEMMA_FORMS.get(lemma)
    if not forms:
        return False
    join = r"(?:,?\s+(?:while|whereas|but)|;)\s+(?!(?:he|she|they|it|we|i)\b)"
    return bool(re.search(r"%s(?:[\w'.\-]+\s+){1,6}?(?:has\s+|have\s+|also\s+)?(?:%s)\b"
                          % (join, forms), rest, re.IGNORECASE)
                or re.search(r"\b(?:%s)\b[^.;\x00]{0,200}?%s(?:[\w'.\-]+\s+){1,6}?"
                             r"(?:(?:has|have|also)\s+)?$" % (forms, join), head, re.IGNORECASE))


_LEMMA_FORMS = {"claim": "claims|claimed|claim", "allege": "alleges|alleged|allege",
                "maintain": "maintains|maintained|maintain"}


def _previous_sentence(text: str, sentence_start: int) -> str:
    """The sentence before ``sentence_start`` (its last 300 characters at most)."""
    before = text[max(0, sentence_start - 300):sentence_start].rstrip().rstrip(".!?")
    stops = list(_PREVIOUS_STOP.finditer(before))
    return before[stops[-1].end():] if stops else before


previous_sentence = _previous_sentence    # for quotecheck.framing.accounts


def _answers_a_position(head: str, previous: str) -> bool:
    """'insist'/'maintain' holding to a position against another side the report gives first:
    the sentence opens with 'But'/'However' (not a pronoun: the speaker going on) after a
    sentence reporting a position ('X said ... . But Y insisted'), or joins the clause to
    one reported before it in the sentence ('X said ..., although Y has insisted'), follows
    a rejection of another's request ('rejected the request, insisting'), or follows the
    speaker's concession of the other side's point ('Although he acknowledged the attack was
    tragic, he maintained ...')."""
    openers, joins, verbs, rejections, concessions = _reply_patterns()
    if re.match(r"\W*(?:although|though|even\s+though|while)\b[^;.\x00]{0,160}?\b(?:%s)\b"
                r"[^;.\x00]{0,160},\s*(?:[\w'.\-]+\s+){1,4}?(?:(?:has|had|still|also)\s+)?$"
                % concessions, head, re.IGNORECASE):
        return True     # "Although he acknowledged the attack was tragic, he maintained ..."
    if re.match(r"\W*(?:%s)\b,?\s+(?!(?:he|she|they|it|we|i)\b)[A-Za-z]" % openers, head,
                re.IGNORECASE):
        return bool(re.search(r"\b(?:%s)\b" % verbs, previous, re.IGNORECASE))
    if re.search(r"\b(?:%s)\b[^;.\x00]{0,120},\s*$" % rejections, head):
        return True     # "rejected the council's request ..., insisting": the request's side
    return bool(re.search(r"\b(?:%s)\b[^;\x00]*?,\s*(?:%s)\s+(?!(?:he|she|they|it|we|i)\b)"
                          r"[A-Za-z][^,;]{0,80}$" % (verbs, joins), head, re.IGNORECASE))


@lru_cache(maxsize=1)
def _reply_patterns() -> tuple:
    """Alternations of the ``reply_openers``, ``reply_joins``, ``position_verbs``,
    ``reply_rejections`` and ``reply_concessions`` lists."""
    data = verb_data().get("standard_usage", {})
    return tuple("|".join(re.escape(w) for w in sorted(data.get(key, ()), key=len,
                                                       reverse=True)) or "(?!x)x"
                 for key in ("reply_openers", "reply_joins", "position_verbs",
                             "reply_rejections", "reply_concessions"))


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
# "with some drivers, including the winner, claiming conditions were fine": some of a group,
# set against the rest, one side of a division the report presents
_WITH_SOME = re.compile(r"\bwith[ \t]+(?:some|many|several|most)[ \t]+[^.;:]{0,80}$", re.IGNORECASE)
# "According to Tech Radar, industry sources claim ...": the clause is the other report's
_ACCORDING_BEFORE = re.compile(r"\baccording to\b[^.!?;]{1,80},", re.IGNORECASE)
# "launched what it claimed to be its first lunar probe": the item only as its maker names it
_WHAT_CLAIMED = re.compile(r"\bwhat[ \t]+(?:[\w'\-]+[ \t]+){1,3}$", re.IGNORECASE)
# "was not the breakthrough it claimed to be": the sentence itself says the claimed identity
# was not so (a past claim of what a thing was), the narrator reports what was said and what
# was found; "is not as open-handed as he claims to be" is the narrator's own verdict on a
# present claim and stays
_NOT_AS_CLAIMED = re.compile(r"(?:\bnot|\bnever|n't)[ \t]+(?:the|a|an)[ \t]+"
                             r"(?:[\w'\-]+[ \t]+){1,3}?(?:(?:that|which)[ \t]+)?"
                             r"(?:it|he|she|they|we)[ \t]+(?:had[ \t]+)?$", re.IGNORECASE)
# a sentence's end before the previous sentence, not an abbreviation ("against Mr. Roe"); the
# mark first and the abbreviations looked back at from after it (leading lookbehinds made
# the engine try them at every character: the same matches, 25x the time)
_PREVIOUS_STOP = re.compile(r"[.!?](?<!\bMr.)(?<!\bMrs.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\bJr.)"
                            r"(?<!\bSr.)(?<!\b[A-Z].)\s", re.IGNORECASE)
# rival claimants: "two rival chiefs claim to lead the council"
_RIVALS = re.compile(r"\b(?:two|three|both|rival|competing)\s+(?:[\w\-]+\s+){0,2}$",
                     re.IGNORECASE)
_APPOSITIVE = re.compile(r",[^,;]{0,120},\s*(?:[\w'\-]+\s+){0,2}$")
_SUBJECT = re.compile(r"([a-z][\w'\-]{2,})\s+(?:(?:has|have|had|also|then|again)\s+)*$")


def _accusation_before(head: str) -> bool:
    """A dispute word before the verb that is not about the claimant: not in an appositive
    of the subject, and the subject is not named after it (the accused replying)."""
    last = None
    for last in _listed("disputes").finditer(head):
        pass
    if last is None:
        return False
    appositive = _APPOSITIVE.search(head)
    if appositive and appositive.start() < last.start() < head.rfind(","):
        return False            # "the senator, accused of lying, claimed"
    subject = _SUBJECT.search(head)
    return not (subject and re.search(r"\b%s\b" % re.escape(subject.group(1)),
                                      head[last.end():subject.start()]))


# "Environmentalists say ... . They claim ...": the side named in the sentence before goes on
_THEY = re.compile(r"\W*they\s+(?:(?:have|had|also|still|long)\s+)*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _side_opens() -> "re.Pattern":
    """A sentence whose subject is a side of a debate ('A group of 29 rights organizations
    said ...')."""
    sides = verb_data().get("standard_usage", {}).get("sides", ())
    return re.compile(r"\W*(?:[\w'.\-]+\s+){0,5}?(?:%s)\b" % (
        "|".join(map(re.escape, sides)) or "(?!x)x"), re.IGNORECASE)


@lru_cache(maxsize=1)
def _side_claimant() -> "re.Pattern":
    """The claimant a side of a debate, right before the verb ('some critics claiming')."""
    sides = verb_data().get("standard_usage", {}).get("sides", ())
    return re.compile(r"\b(?:%s)\s+(?:(?:have|has|had|also|long|still)\s+)*$" % (
        "|".join(map(re.escape, sides)) or "(?!x)x"), re.IGNORECASE)


def _contrary_statement(head: str, rest: str) -> bool:
    """A claim the sentence sets against someone else's statement: 'even as X claimed ...,
    a former prosecutor said ...', 'X claimed ..., but officials said ...' (not the claimant
    going on: '..., but he said')."""
    contrary = _contrary_pattern()
    if _CONTRAST_BEFORE.search(head):
        return bool(re.search(r"(?:,|\x00)[\"'\u201d\u2019\x00]*\s+(?!(?:he|she|they|it|we|i)\b)"
                              r"(?:[\w'.\-]+\s+){1,8}?(?:%s)\b" % contrary, rest))
    return bool(re.search(r",?\s+(?:but|yet|while)\s+(?!(?:he|she|they|it|we|i)\b)"
                          r"(?:[\w'.\-]+\s+){1,6}?(?:%s)\b" % contrary, rest))


def _contrary_next(following: str) -> bool:
    """The next sentence sets another's statement against the claim: '... claimed it was the
    first. However, the museum said ...', 'But officials noted ...' (not the claimant going on:
    'But he said')."""
    return bool(re.match(r"[.!?]?[\s\"'\u201d\u2019]*(?:however|but|yet|in fact)\b,?\s+"
                         r"(?!(?:he|she|they|it|we|i)\b)(?:[\w'.\-]+\s+){1,8}?(?:%s)\b"
                         % _contrary_pattern(), following, re.IGNORECASE))


# a juxtaposition, not a concession ('although X has maintained ..., Y said' grants the claim)
_CONTRAST_BEFORE = re.compile(r"\b(?:even\s+as|while|whereas)\b[^,;]*$",
                              re.IGNORECASE)


@lru_cache(maxsize=1)
def _contrary_pattern() -> str:
    words = verb_data().get("standard_usage", {}).get("contrary_verbs", ())
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"


@lru_cache(maxsize=4)
def _product_claim(text: str, sentence_start: int, start: int, end: int) -> bool:
    """A product claiming to be something ('foods claiming to be organic are labeled ...'):
    its label's claim, no speaker's words doubted; the product word right before the verb."""
    if not _TO_BE.match(text, end):
        return False
    words = tuple(verb_data().get("standard_usage", {}).get("product_claimants", ()))
    return bool(words) and _product_end(words).search(
        text, max(sentence_start, start - 40), start) is not None


_TO_BE = re.compile(r"[ \t]+to[ \t]+be\b")


@lru_cache(maxsize=2)
def _product_end(words: tuple) -> "re.Pattern":
    return re.compile(r"\b(?:%s)(?:[ \t]+(?:that|which))?[ \t]+$" % "|".join(
        re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)


def _listed(key: str) -> "re.Pattern":
    """Whole-word pattern of a ``standard_usage`` word list (never matches when empty)."""
    words = tuple(verb_data().get("standard_usage", {}).get(key, ()))
    return word_pattern(words) if words else re.compile(r"(?!x)x")


@lru_cache(maxsize=1)
def _usage_contexts() -> "re.Pattern":
    return _listed("contexts")


_IN_FILING = re.compile(
    r"(?:\s+\w+){0,2}?\s+(?:in|before|to)\s+(?:a|an|the|its|his|her|their)?\s*"
    r"(?:[\w\-]+\s+)?(?:court|lawsuit|suit|complaint|filing|motion|petition|brief|"
    r"indictment|testimony|appeal|judge|justices|jury|documents|papers|hearing)\b")
