"""Grammatical number flipped in a derived copy ("the governor said" / "the governors said"):
where a narrated noun's other number form stands in the parent sentence, the phrase around it
kept. Split from :mod:`quotecheck.provenance.integrity`, which reports what this finds.
"""
from __future__ import annotations

from quotecheck.provenance.agreement import disagrees
from quotecheck.provenance.derivation import settings


def _forms(word: str) -> set:
    if word.endswith("ies"):
        return {word[:-3] + "y"}
    if word.endswith("es") and word[:-2].endswith(("s", "x", "ch", "sh")):
        return {word[:-2]}
    if word.endswith("s") and not word.endswith("ss"):
        return {word[:-1]}
    return {word + "s", word + "es", word[:-1] + "ies" if word.endswith("y") else word + "s"}


def _narrated_words(sent) -> tuple[list, set]:
    """``(folded, start, end)`` of the sentence's words outside quotation marks and the set
    of those folded words (not kept: memory for large sets)."""
    words = [(f, s, e) for f, (s, e, q) in zip(sent.folded_words(), sent.words.offsets())
             if not q]
    return words, {w for w, _, _ in words}


def _could_flip(cs, ps) -> bool:
    """A narrated child word (4+ letters, not in the parent's narration) has another number
    form there: the cheap test before the positions are read (most pairs have none)."""
    pset = {f for f, q in zip(ps.folded_words(), ps.words.quoted_flags()) if not q}
    return any(not q and len(w) >= 4 and w.isalpha() and w not in pset and _forms(w) & pset
               for w, q in zip(cs.folded_words(), cs.words.quoted_flags()))


def number_flips(child, cs, ps, cfg: dict, own_version: bool = False) -> list[tuple]:
    """``(start, end, parent_start, parent_end)`` of each narrated noun of child sentence ``cs``
    whose number changed from parent sentence ``ps``, the phrase around it kept; in one outlet's
    own version only where it breaks agreement (:mod:`~quotecheck.provenance.agreement`).
    ``cfg``: the integrity settings (``aux``, ``object_openers``, ``clause_verbs``)."""
    if not _could_flip(cs, ps):
        return []
    aux = cfg["aux"]
    pwords, pset = _narrated_words(ps)
    cwords, cset = _narrated_words(cs)
    out = []
    for k, (w, s, e) in enumerate(cwords):
        if len(w) < 4 or not w.isalpha() or w in pset or not child.text[s].islower():
            continue
        for other in _forms(w) & pset:
            if other in cset:
                continue
            pk = next(i for i, x in enumerate(pwords) if x[0] == other)
            prev_same = k > 0 and pk > 0 and cwords[k - 1][0] == pwords[pk - 1][0]
            c_next = cwords[k + 1][0] if k + 1 < len(cwords) else ""
            p_next = pwords[pk + 1][0] if pk + 1 < len(pwords) else ""
            if prev_same and (c_next == p_next or c_next in aux or p_next in aux) and not (
                    c_next and c_next == p_next and child.text[cwords[k + 1][1]].islower()
                    and _modifier_or_verb(c_next, cfg)) and not (
                    own_version and not disagrees(cwords, k, len(w) > len(other))):
                out.append((s, e, pwords[pk][1], pwords[pk][2]))
    return out


def _modifier_or_verb(following: str, cfg: dict) -> bool:
    """The word after a flip, the same on both sides, shows the flipped word counts nothing:
    it opens a verb's object (the flip is that verb's agreement: "create/creates a crust") or
    it is the noun the flipped word modifies ("drugs raid" / "drug raid": a kind, not a
    number; house styles differ). A clause verb, an auxiliary, a stopword or an -ed form after
    it leaves the flip a subject's number ("the governor said" / "the governors said")."""
    if following in cfg["object_openers"]:
        return True
    return following.isalpha() and len(following) > 2 and not (
        following in cfg["clause_verbs"] or following in cfg["aux"]
        or following in settings()["stopwords"] or following.endswith("ed"))
