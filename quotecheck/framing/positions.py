"""A party's position in a dispute the report presents: where 'insist', 'maintain' or 'claim'
is the usual verb for one side's stand, not the narrator's doubt (issue 15, DUC 2006 reading).

'While state officials worry that ..., the tribes insist ...' (the other side given first in
the sentence), 'Berman refuted that position, insisting ...', 'Anti-evolutionists insist
...' (a side named by what it opposes), 'Cole, though, maintains ...' after another's view,
'X is arguing that ... . It also maintains ...' (a party's argument continued), 'Moscow
claims it is part of Russia' (a territorial claim), a group's claim to have carried out an
attack (claimed responsibility), a threat ('claimed to have a bomb'), a combatant's claim of
battlefield results, a claim a 'However ...' sentence refutes two sentences on, and 'insist' or
'maintain' of a demand ('insisted that a deal ... must include', 'insist that the measure be
tied to') or inside another's indirect speech ('senators said Obama continues to insist'). The
word lists are ``standard_usage`` of rules/data/framing-verbs.toml.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.framing.verbcontext import LazyCues, usage_alternation, verb_data
from quotecheck.text.sentences import sentence_end

_PRONOUN = r"(?:he|she|they|it|we|i)\b"
# a word of a demand's subject: no modal or auxiliary (the indicative 'will be', 'can be' is a
# statement, not the subjunctive 'be')
_NOT_SUBJECT = (r"(?!(?:will|would|could|can|may|might|must|should|shall|did|does|do|is|was|"
                r"were|are|had|has|have|not|cannot)\b)")


def _demand_words() -> int:
    return int(verb_data().get("standard_usage", {}).get("demand_words", 10))


def position_usage(text: str, head: str, previous: str, start: int, end: int, close: int,
                   lemma: str) -> str:
    """Why the doubt verb at ``[start, end)`` states one side's position ('' when it does not):
    ``head`` is its sentence up to the verb, ``previous`` the sentence before (quotations
    masked as NUL: a quoted view is a position too), ``close`` the end of its sentence."""
    data = verb_data().get("standard_usage", {})
    note = data.get("dispute_note", "one side of a dispute the report itself presents")
    p = _patterns()
    if lemma in data.get("reply_lemmas", ()):
        if p["while_first"].match(head) or p["refuted_first"].search(head):
            return note             # "While X worry that ..., Y insist", "refuted ..., insisting"
        if p["aside"].match(head) and (p["positions"].search(previous) or "\x00" in previous):
            return note             # "Critics said ... . Cole, though, maintains"; or a quotation
        if p["also"].match(head) and p["arguments"].search(previous):
            return data.get("argument_note", note)   # "X is arguing ... . It also maintains"
    if lemma in data.get("side_lemmas", ()) and p["side_prefix"].search(head):
        return note                 # "Anti-evolutionists insist"
    if lemma in data.get("position_lemmas", ()):
        if p["demand"].match(text, end, close):
            return data.get("demand_note", note)    # "insisted that a deal ... must include"
        if p["nested"].search(head):                # "senators said Obama continues to insist"
            return data.get("nested_note", note)
    if lemma == "claim":
        clause = text[end:close]
        if p["territorial"].match(clause):
            return data.get("territorial_note", note)
        if p["attack"].match(clause) or _own_attack(p, head, clause):
            return data.get("attack_note", note)    # "each claimed to have planted the bomb"
        if p["casualties"].search(clause) and p["combat"].search(previous + " " + head + clause):
            return data.get("combat_note", note)
    return ""


def _own_attack(p: LazyCues, head: str, clause: str) -> bool:
    """A group's claim, in a clause, of its own attack: its subject the claimant ('they',
    'it', 'its fighters'), a verb of attack ('carried out', 'planted'), or of using a weapon
    ('used', 'fired') where the claimant is a party to fighting ('the rebels claimed they used
    drones in the attack'), and an attack or a weapon named in the clause."""
    if not p["attack_words"].search(clause):
        return False
    return bool(p["own_attack"].match(clause) or (
        p["own_weapon_use"].match(clause) and p["combat"].search(head)))


def threat_claimed(original: str, end: int) -> bool:
    """Whether the 'claim' ending at ``end`` of the document's own text ``original`` (its
    quotations unmasked: "claiming to have 'explosives'") claims a threat: 'to have a bomb'."""
    return bool(_patterns()["threat"].match(original, end))


def refuted_later(text: str, close: int) -> bool:
    """The sentence two on opens with 'However'/'But' and refutes the claim ('... claimed only
    220 were funded. Any other building was private, an adviser said. However that statement
    was refuted by ...')."""
    nxt = _STOP.search(text, close + 1, min(len(text), close + 400))
    if not nxt:
        return False
    second = text[nxt.end():sentence_end(text, _STOP, nxt.end(), nxt.end() + 300)]
    return bool(_patterns()["refuting"].match(second))


_STOP = re.compile(r"[.!?](?=\s|$)")
# the claimant as the subject of the claimed clause ("that they", "it", "its fighters",
# "their own men"), then an auxiliary of the past
_OWN_SUBJECT = (r"\s+(?:that\s+)?(?:they|it|we|(?:its|their|our)\s+(?:[\w\-]+\s+){1,2}?)"
                r"\s*(?:(?:had|have|has)\s+)?")


@lru_cache(maxsize=1)
def _patterns() -> LazyCues:
    """The cues of :func:`position_usage`, each compiled when first used."""
    return LazyCues(_sources)


@lru_cache(maxsize=1)
def _sources() -> dict:
    """The regular expressions of the cues, built from the word lists."""
    positions = usage_alternation("position_verbs") + "|" + usage_alternation("concerns")
    return {
        # the other side's position opening the sentence in a 'While' clause
        "while_first": (r"\W*(?:while|whereas)\b[^;.\x00]{0,160}?\b(?:%s)\b[^;.]{0,200},\s*(?!%s)"
            r"(?:[\w'.\-]+\s+){1,4}?(?:(?:still|also|have|has|had)\s+)?$" % (positions, _PRONOUN)),
        # a participle after refuting another's position ("refuted that position, insisting")
        "refuted_first": (r"\b(?:%s)\b[^;.\x00]{0,120},\s*$" % usage_alternation("refutations")),
        # a named subject with a contrast aside ("Cole, though, maintains")
        "aside": (r"\W*(?!%s)(?:[\w'.\-]+\s+){0,3}[\w'.\-]+,\s*(?:though|however|"
                            r"for (?:his|her|its|their) part),\s*(?:(?:still|also)\s+)?$"
                            % _PRONOUN),
        "positions": (r"\b(?:%s)\b" % positions),
        # the same party's argument continued ("It also maintains")
        "also": (r"\W*(?:[\w'.\-]+\s+){1,4}?also\s+$"),
        "arguments": (r"\b(?:%s)\b" % usage_alternation("argument_verbs")),
        # a side named by what it opposes or backs ("anti-evolutionists", "pro-choice groups")
        "side_prefix": (r"\b(?:anti|pro)-[a-z]+(?:\s+(?:groups|activists|forces))?"
                                  r"\s+(?:(?:have|has|had|also|long|still)\s+)*$"),
        "territorial": (r"\s+(?:that\s+)?(?:[\w'.\-]+\s+){1,4}?(?:%s)\b"
                                  % usage_alternation("territorial")),
        "attack": (r"\s+to\s+have\s+(?:%s)\b" % usage_alternation("attack_acts")),
        # (claim25) the same in a clause whose subject is the claimant: "claimed that they
        # carried out the ambush", "claimed its fighters planted the bomb", and the use of a
        # weapon: "claimed they used drones in the attack" (see _own_attack)
        "own_attack": (_OWN_SUBJECT + r"(?:%s)\b" % usage_alternation("attack_acts")),
        "own_weapon_use": (_OWN_SUBJECT + r"(?:%s)\b" % usage_alternation("attack_uses")),
        "attack_words": (r"\b(?:%s)\b" % usage_alternation("attack_words")),
        # a threat: "claimed to have a bomb", "claiming to have 'explosives'" (read in the
        # document's own text: a quoted word is masked in the narration)
        "threat": (r"\s+to\s+(?:have|be\s+carrying|be\s+armed\s+with)\s+(?:an?\s+)?"
                   r"[\"'\u2018\u2019\u201c\u201d`]*(?:%s)\b" % usage_alternation("threat_objects")),
        # a demand: an obligation modal before a verb of action (not 'must be a party of ideas',
        # a position; 'must be tied' is a demand) or a subjunctive 'be' and a participle,
        # after a subject of up to demand_words words ("insist that such a measure be tied to")
        "demand": (r"(?:\s+(?:again|still|also|repeatedly|[a-z]+ly))?\s+(?:that\s+)?"
                   r"(?:%s[\w'.\-\u2019]+\s+){1,%d}?(?:(?:%s)\s+(?!(?:not\s+|never\s+)?"
                   r"(?:be|have|been)\b(?!\s+[a-z]+(?:ed|en)\b))|be\s+[a-z]+(?:ed|en)\b)"
                   % (_NOT_SUBJECT, _demand_words(), usage_alternation("demand_modals"))),
        # inside another's indirect speech: a reporting verb, then the insisting party (a
        # few words) and the verb ("senators said Obama continues to insist")
        "nested": (r"\b(?:%s)\s+(?:that\s+)?(?:%s[\w'.\-\u2019]+\s+){1,4}?(?:(?:continues?|"
                   r"continued|still|also|again|long|repeatedly|has|have|had)\s+)*(?:to\s+)?$"
                   % (usage_alternation("nesting_verbs"), _NOT_SUBJECT)),
        "casualties": (r"\b(?:%s)\b" % usage_alternation("casualties")),
        "combat": (r"\b(?:%s)\b" % usage_alternation("combatants")),
        "refuting": (r"\s*(?:however|but)\b[^.!?]{0,120}?\b(?:%s)\b"
                               % usage_alternation("disputes")),
    }
