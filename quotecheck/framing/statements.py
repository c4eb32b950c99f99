"""Doubt and emotive verbs inside someone else's statement (issue 15): in the clause of a
neutral speech verb ('Trump said that the governor begged him'), or in a sentence that an
attribution closes ('He had also boasted ..., the judge added.', '..., according to
witnesses.') or an 'According to X,' opens (attr24), or in the pluperfect of a reported
clause past its commas ('He noted the man ..., and had bragged about it'): the verb is the
attributed speaker's characterisation, not the narrator's."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from quotecheck.framing.contents import in_content
from quotecheck.framing.reported import (CLAUSE_AFTER, SHORT_REST, TAIL_ATTRIBUTION,
                                         in_critic_reason, named_subject)
from quotecheck.framing.verbcontext import clausal_verbs, verb_data

# 'that' right after the verb, or after a listener or a time ("told reporters that", "said
# Monday that"); not a relative clause ("wrote language that informed ...")
# (a time phrase may come between: "told reporters before her testimony that ...")
# (or 'to' and the listener: "admitted to podcast host Jo Ray on Monday that ...")
_THAT_NEXT = re.compile(r"(?:,?\s+(?:him|her|them|us|me|reporters|journalists|voters|"
                        r"supporters|[A-Z][\w.'\-]*|on\s+\w+|\w+day|\w+ly|"
                        r"to(?:\s+[\w.'\-]+){1,5}?|"
                        r"(?:before|after|during)(?:\s+[\w'\-]+){1,4}?)){0,2},?\s+that\b")
# (doubt23, baly_201610 reading) an indirect question: 'whether' or 'if' after 'ask' and at
# most three words (the one asked: "went on to ask whether the donor is truly as
# open-handed as he claims to be"): the doubt is the asker's, not the narrator's
# (issue 15, attr29: baly_202005 reading) or a wh-word ("asked why the administration was
# boasting about its numbers"): the narrator's paraphrase of the question, its verb the asker's
_WHETHER_NEXT = re.compile(r"(?:\s+[\w.'\-]+){0,3}?,?\s+(?:whether|if|why|how|what)\b")
# (not 'and' before a second verb of one subject: "that he had admitted it and had boasted")
# (nor a comma before a clause of reason or time inside the statement: "said they called him
# X, since he was always boasting")
# (nor a second that-clause of the same report, with or without its comma: "said that the
# envoy was involved and that he claimed to ...", ", but that ..."; scope24: not a
# demonstrative 'that' with its verb, "and that was when he claimed ...", a new clause)
_THAT_CLAUSE = (r"\s+that\s+(?!(?:is|was|were|are|'s|would|will|has|had|could|may|might|"
                r"must|should|seems?|seemed|means?|meant|makes?|made|did|does|became|"
                r"remains?|remained)\b)")
_INNER_STOP = re.compile(r"[;:\x00]|\s[\u2014\u2013-]{1,2}\s"
                         r"|,(?!\s+(?:since|because)\s|\s+(?:and|but)" + _THAT_CLAUSE + r")"
                         r"|\s(?:and(?!\s+(?:had|has|have|was|were|is|are|would|could|will|"
                         r"did)\s|" + _THAT_CLAUSE + r")|but(?!" + _THAT_CLAUSE + r")|yet|while|"
                         r"although|though|whereas|so)\s")


# the verbs whose clause is a statement: the neutral ones, and an admission ("admitted that it
# was wrong for the network to claim ...": the doubt verb is in the admission; issue 15,
# first exposure)
_STATING = ("neutral:", "culpability:")


def _closing_verbs() -> tuple:
    """The verbs of a closing attribution (``closing_verbs`` of ``[reported]``)."""
    return tuple(verb_data().get("reported", {}).get("closing_verbs", ()))


def inside_statement(nar: Any, start: int, cls: str = "") -> bool:
    """Whether ``start`` lies in the clause of a neutral speech verb, with or without 'that',
    or of an indirect question ('asked whether he is as rich as he claims', 'asked why the
    agency was boasting'), before any comma,
    conjunction or dash ('Trump said that the governor begged him', 'friends said Jones would
    boast of ...'): a doubt or emotive verb there is the speaker's
    characterisation, not the narrator's. For an emotive verb (``cls`` "emotive") the clause
    of a doubt verb counts too ('She claimed he sneered'): the manner is in her claim."""
    s0, s1 = nar.sentence(start)
    verbs = nar.speech_verbs
    stating = _STATING + (("doubt:",) if cls == "emotive" else ())
    for hit in verbs[bisect_left(verbs, s0, key=lambda h: h.start):]:   # this sentence only
        if hit.start >= start:
            break
        if not hit.value.startswith(stating):
            continue
        lemma = hit.value.split(":", 1)[1]
        m = _THAT_NEXT.match(nar.text, hit.end, start)
        if not m and lemma in clausal_verbs():
            m = CLAUSE_AFTER.match(nar.text, hit.end, start)   # "said Jones would boast"
            if m and "," in nar.text[hit.end:m.end()]:
                m = None        # "the crash was reported, the operator claims": a new clause
            if not m:
                n = named_subject(nar, hit.end, s1)
                if n and n.end(1) < start < n.end():
                    return True     # "who said Stone boasted about ...": the named one's verb
        if not m and lemma == "ask":
            m = _WHETHER_NEXT.match(nar.text, hit.end, start)   # "ask whether X is as ..."
        if m and not _inner_stop(nar, m.end(), start):
            return True
    if in_content(nar, start):
        return True         # "denied bragging about it", "a story about how he boasted"
    if in_critic_reason(nar, start):
        return True         # "faulted the minister for going on to claim": the charge
    return _backshifted(nar, start, s0) or _hypothetical(nar, start, s0, stating)


# the pluperfect of indirect speech: "had bragged", "had also boasted"
_HAD_BEFORE = re.compile(r"\bhad\s+(?:(?:also|earlier|previously|once|repeatedly|often|even|"
                         r"openly|publicly)\s+)?$")


def _backshifted(nar: Any, start: int, s0: int) -> bool:
    """Whether the verb at ``start`` is in the pluperfect inside the reported clause of a
    neutral speech verb before it in its sentence, past commas ('He noted the man not only
    shot the guard, ..., and had bragged about it'): the backshift of indirect speech marks it
    as the report's, up to the narrator's return (:mod:`quotecheck.framing.speechscope`)."""
    if not _HAD_BEFORE.search(nar.text, max(s0, start - 30), start):
        return False
    if not nar.in_reported(start, start + 1):
        return False
    return any(h.value.startswith("neutral:") and s0 <= h.start < start
               for h in nar.speech_verbs)


# (issue 15) a modal opening a hypothetical act ("fear the sheriff could be pushed to lash out",
# "argued that she could have waited, then blasting the council"): the act did not happen; it is in the
# reported clause of the one who fears, argues or predicts it
_MODAL = re.compile(r"\b(?:would|could|might|may|should|will)\b")
# what may stand between the modal and the verb it governs: no clause stop, and a comma or a
# conjunction only as a step of the same chain ("..., then blasting", "and blast")
_CHAIN_BREAK = re.compile(r"[;:\x00]|\s[\u2014\u2013-]{1,2}\s|,(?!\s+(?:(?:and|or)\s+)?then\s)"
                          r"|\s(?:but|yet|while|although|though|whereas|so|because|since|"
                          r"before|after|when|who|which|that)\s")
# a finite verb after the modal opens a clause of its own ("would veto it and is blasting ...");
# 'have' and 'be' after the modal are its chain
_FINITE_AFTER = re.compile(r"\b(?:is|are|was|were|has|had|does|did)\b")
_HAVE_BE = re.compile(r"\b(?:have|has|had|be|been)\s+(?:[a-z]+ly\s+)?$")
_LOWER_WORD = re.compile(r"[a-z]+")      # the verb read at a warning's start


def _hypothetical(nar: Any, start: int, s0: int, stating: tuple) -> bool:
    """Whether the verb at ``start`` is an act a modal makes hypothetical in the reported
    clause of a speech or cognition verb before it in its sentence ('fear the sheriff could be
    pushed to lash out', 'argued that she could have ..., then blasting the council'): the act did not
    happen; it is what the speaker fears, argues or predicts. The verb must be in the modal's
    chain (its base form, a gerund or a participle after 'have' or 'be', no clause stop or
    finite verb between; a conjunction may join the chain's parts or nouns);
    a finite past verb after it is a new act ('said he would veto it and blasted ...'), and
    a participle after a bare comma the narrator's ('..., blasting Democrats')."""
    if not nar.in_reported(start, start + 1):
        return False
    word = _LOWER_WORD.match(nar.text, start, start + 30)
    if not word:
        return False
    stating = stating + ("cognition:",)
    for hit in reversed(nar.speech_verbs[:bisect_left(nar.speech_verbs, start,
                                                      key=lambda h: h.start)]):
        if hit.start < s0:
            return False
        if not hit.value.startswith(stating):
            continue
        if hit.value.endswith(":ask"):
            return False    # a question's modal is the asker's doubt (_WHETHER_NEXT reads it)
        modals = list(_MODAL.finditer(nar.text, hit.end, start))
        if not modals:
            continue
        if _NEW_CLAUSE.search(nar.text, hit.end, modals[-1].start()):
            return False    # "say X bragged, and he will ...": the modal opens a new clause
        between = nar.text[modals[-1].end():start]
        if _CHAIN_BREAK.search(between) or _FINITE_AFTER.search(between):
            return False
        w = word.group()
        return w.endswith("ing") or not w.endswith(("ed", "s")) or bool(
            _HAVE_BE.search(between))
    return False


_SHORT_QUOTE = 30
"""Characters of a quoted name or term inside a statement ("said they nicknamed him "Big
Shot," since ...") that do not end it; a longer quotation is a speaker's words of its own."""


def _inner_stop(nar: Any, pos: int, end: int) -> bool:
    """Whether a stop (:data:`_INNER_STOP`) ends the statement between ``pos`` and ``end``;
    a short quotation is a term within it (a comma US style puts inside its marks too)."""
    while True:
        m = _INNER_STOP.search(nar.text, pos, end)
        if not m:
            return False
        q = nar.quote_at(m.start()) if m.group() == "\x00" else None
        if q is None or q.end - q.start > _SHORT_QUOTE:
            return True
        pos = q.end
        while pos < end and nar.text[pos] in "\"'`\u201d\u2019":
            pos += 1         # its closing marks


# a sentence closed by 'according to' its source ("..., they railed against the president,
# according to witnesses.")
_ACCORDING_TAIL = re.compile(r",\s+according\s+to\s+[^,;:\x00]{1,60}?[.!?]?[\s\"')\]]*$")
# (issue 15, attr24) the same source opening the sentence ("According to the Ledger, after the
# dinner the developer bragged ..."): the verb is that report's account, as with the tail
# (a source of one to eight words, no finite verb: not "According to him the deal was fair, ...")
_ACCORDING_OPENING = re.compile(r"[\s\"'(\u201c\u2018]*according\s+to(?:\s+(?!(?:is|was|were|are|"
                                r"has|had|have|will|would)\b)[^\s,;:!?\x00]+){1,8},", re.IGNORECASE)


# strictly (a doubt verb's sentence): no conjunction opening the tail, a new clause (", but
# soldiers declared it ..."), and at most three words after its verb (", the agency added on
# Monday."; not ", the governor said about the movement that parents may choose.")
_NEW_CLAUSE = re.compile(r",\s+(?:but|and|yet|while|whereas|although|though|so|or)\s")
_CLOSING_REST = re.compile(r"(?:\s+[\w'.\-]+){0,3}[.!?]?[\s\"')\]\u201d\u2019]*$")


def closed_by_attribution(nar: Any, start: int, strict: bool = False) -> bool:
    """Whether ``start`` lies in a sentence that a neutral speech verb closes as its
    attribution ('He had also boasted he wanted to kill a cop, the judge added.'): an
    emotive or doubt verb there is the attributed speaker's characterisation ("The minister
    insisted ..., the agency added."), not the narrator's; so is one in a sentence closed by
    'according to' its source ("They railed against the president, according to witnesses.")
    or opened by it ("According to witnesses, they railed against ...": not with ``strict``).
    ``strict`` (for doubt verbs) reads only a closing attribution (:data:`_CLOSING_REST`) with
    a verb of saying (``closing_verbs``)."""
    s0, s1 = nar.sentence(start)
    tail = _ACCORDING_TAIL.search(nar.text, start, s1)
    if tail and nar.quote_at(tail.start()) is None:
        return True
    if not strict and _ACCORDING_OPENING.match(nar.text, s0, start):
        return True     # (a doubt verb there is info: usage's according_note)
    verbs = nar.speech_verbs
    for hit in verbs[bisect_left(verbs, start, key=lambda h: h.start):]:
        if hit.start >= s1:
            break
        if not hit.value.startswith("neutral:") or (strict and hit.value.split(":", 1)[1]
                                                     not in _closing_verbs()):
            continue
        tail = TAIL_ATTRIBUTION.search(nar.text, s0, hit.start)
        if tail and tail.start() > start and (_CLOSING_REST if strict else SHORT_REST).match(
                nar.text, hit.end, s1) and not (strict and _NEW_CLAUSE.match(nar.text,
                                                                              tail.start())):
            return True
    return False
