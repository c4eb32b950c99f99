"""Meaning kinds read from the words of one edit region: emphasis only added, a negation carried
by coordination, and single-word swaps of modality, tense, scope, number or entity.
Split from :mod:`quotecheck.align.difftype`, whose ``type_region`` asks these in turn.
"""
from __future__ import annotations

from quotecheck.align.meaningwords import is_content
from quotecheck.align.orthography import singular


def emphasis_only(a: list[str], b: list[str], window: list[str], lex) -> bool:
    """True when one side only adds emphasis to the other ("clearly", "obviously"; a degree
    word only before a negator: "absolutely nothing"): the same claim, stressed. A dropped
    hedge, a replaced scalar word or a degree word before anything else is no such case (nor,
    in the caller, stress on another scalar word: "very likely" is not "likely").
    ``window`` is the adding side's region widened by a word on each side."""
    if a and b:
        return False
    added = a or b
    after = window[-1] if window[-len(added):] != added else ""   # the word after the region
    k, found = 0, False
    while k < len(added):
        for n in range(min(lex.max_expr, len(added) - k), 0, -1):
            expr = tuple(added[k:k + n])
            nxt = added[k + n] if k + n < len(added) else after
            if expr in lex.emphasis or (expr in lex.negation_stress and nxt in lex.negators):
                k, found = k + n, True
                break
        else:
            return False
    return found


def coordinated(a: list[str], b: list[str], neg_a: int, neg_b: int) -> bool:
    """True when a negation is carried by coordination: "won't X and won't Y" = "won't X or Y".

    The side with one negator fewer joins with "or"/"nor" where the other repeats the
    negator after "and".
    """
    fewer, more = (a, b) if neg_a < neg_b else (b, a)
    return abs(neg_a - neg_b) == 1 and ("or" in fewer or "nor" in fewer) and "and" in more \
        and "and" not in fewer


def word_kind(a, b, a_caps, b_caps, lex, prev) -> str | None:
    """Meaning kinds read from single-word swaps: modality, tense, scope, number, entity."""
    ma = [w for w in a if w in lex.modals]
    mb = [w for w in b if w in lex.modals]
    if ma != mb and ma and mb:
        return "modality" if set(ma) - {"will", "shall"} or set(mb) - {"will", "shall"} else "tense"
    ta = {lex.tense[w] for w in a if w in lex.tense}
    tb = {lex.tense[w] for w in b if w in lex.tense}
    if ta and tb and ta != tb:
        return "tense"
    pa = [lex.pronouns[w] for w in a if w in lex.pronouns]
    pb = [lex.pronouns[w] for w in b if w in lex.pronouns]
    if pa and pb and pa != pb:
        return "scope"
    da = [lex.deictics[w] for w in a if w in lex.deictics]
    db = [lex.deictics[w] for w in b if w in lex.deictics]
    if da and db and da != db:
        return "scope"
    if len(a) == len(b):
        for x, y in zip(a, b):
            if x == y:
                continue
            sx, sy = singular(x), singular(y)
            if (sx and sx == y) or (sy and sy == x):
                return "number"
    if len(a) == 1 and len(b) == 1 and prev in lex.pronouns and is_content(a[0]) \
            and is_content(b[0]) and bool(singular(a[0])) != bool(singular(b[0])):
        return "scope"  # "our states" -> "our country": who is meant changed
    if any(a_caps) or any(b_caps):
        names_a = {without_possessive(w) for w, c in zip(a, a_caps) if c}
        names_b = {without_possessive(w) for w, c in zip(b, b_caps) if c}
        if names_a != names_b:
            return "entity"
    return None


_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")


def without_possessive(word: str) -> str:
    """A name without its possessive ending: "Dupont's fault" / "the fault of Dupont"
    name one person (a genitive rephrased is a wording change, not another entity)."""
    for end in _POSSESSIVE:
        if word.endswith(end) and len(word) > len(end) + 1:
            return word[:-len(end)]
    return word


def one_term_inflected(a, b, whole_a, whole_b) -> bool:
    """Two quoted terms of at most two words that differ only in a word's number ("ping" /
    "pings", "electronic handshake" / "electronic handshakes"; ``whole_a``/``whole_b`` the
    two renderings) in reports that are no copy of each other (independent, or a partial
    reuse quoting in its own voice): one term each outlet put in marks, its number set by the
    sentence around it. A copy that changes the number of its parent's term still changes
    it, and so does a word inside a longer quotation."""
    if len(a) != 1 or len(b) != 1 or len(whole_a) > 2 or len(whole_b) > 2:
        return False
    return singular(a[0]) == b[0] or singular(b[0]) == a[0]


MOVED_WINDOW = 4
"""How many words either side of a region a moved negator may stand (:func:`moved_negation`)."""


def moved_negation(fa: list[str], fb: list[str], box: tuple, ops, negators) -> bool:
    """True when each negator one side of region ``box`` (``i1, i2, j1, j2``) has more of than
    the other stands, on the side with fewer, within ``MOVED_WINDOW`` words of the region and
    outside every aligned stretch: the negation moved, it was not added or dropped ("There are
    not the seats in the chamber" / "The seats are not in the chamber"; rn25, issue 11,
    baly_201310 reading). A negator that only an aligned stretch holds ("we will go and we
    will not stay" / "we will not go and we will stay") is another clause's: the meaning still
    changes."""
    i1, i2, j1, j2 = box
    ra, rb = fa[i1:i2], fb[j1:j2]
    uneven = [w for w in set(ra + rb) if w in negators and ra.count(w) != rb.count(w)]
    if not uneven:
        return False
    sides = ((fa, i1, i2, {i for op in ops if op[0] == "equal" for i in range(op[1], op[2])}),
             (fb, j1, j2, {j for op in ops if op[0] == "equal" for j in range(op[3], op[4])}))
    for w in uneven:
        words, s, e, aligned = sides[0] if ra.count(w) < rb.count(w) else sides[1]
        near = list(range(max(0, s - MOVED_WINDOW), s)) + list(
            range(e, min(len(words), e + MOVED_WINDOW)))
        if not any(words[k] == w and k not in aligned for k in near):
            return False
    return True


def repeated_run(words: list[str], sentence_starts, s: int, e: int, most: int) -> bool:
    """``words[s:e]`` (one to ``most`` words, left out by the other rendering) repeats the
    words right before or right after it inside one sentence ("will not, not sign"): the
    other rendering prints the speaker's repeat once. A repeat across a sentence start
    ("said no. No one came") is two words, and stays."""
    n = e - s
    if not 0 < n <= most:
        return False
    for t in (s - n, e):       # the twin run before, then after
        if t >= 0 and t + n <= len(words) and words[t:t + n] == words[s:e] and \
                not set(sentence_starts).intersection(range(min(s, t) + 1, max(e, t + n))):
            return True
    return False
