"""Narration sentences carried from one text into another nearly word for word.

A paper rewriting agency copy changes most sentences (few shared 5-grams overall) but keeps
some of the agency's own narration as written: a run of the agency's words outside any
quotation, longer than a name and title or an attribution frame. Two reporters of one event
share quotations and names, not the other's narration run; so each such sentence is evidence
of reuse that overall overlap and mean similarity miss.
"""
from __future__ import annotations

import re

from quotecheck.provenance.derivation import DocText, settings
from quotecheck.provenance.sentalign import word_similarity
from quotecheck.provenance.sentence import Sentence


def _grams(s: Sentence, n: int) -> tuple[frozenset, frozenset]:
    """The sentence's word ``n``-grams: those with no quoted word, and all (computed once)."""
    memo = s.memo()
    got = memo.get("grams")
    if got is None or got[0] != n:
        words = s.folded_words()
        quoted = s.words.quoted_flags()
        # the n-gram at k is zip's k-th tuple of the list shifted 0..n-1 times (one loop in C)
        grams = list(zip(*(words[i:] for i in range(n))))
        every = frozenset(grams)
        narration = frozenset(g for g, flags in zip(grams, zip(*(quoted[i:] for i in range(n))))
                              if not any(flags)) if 1 in quoted else every
        got = memo["grams"] = (n, narration, every)
    return got[1], got[2]


_FIRST_PERSON = frozenset(("I", "me", "my", "My", "we", "We", "us", "our", "Our"))
# an opening quotation mark of any style ('single' marks are not quotation regions here):
# a sentence holding one quotes its first person, it does not speak in it
# (the mark first, what stands before it tested behind: re skips ahead to it in C, speed27)
_OPENING_MARK = re.compile("['\u2018\"\u201c`](?<![^\\s(\\[:,].)")


def _first_person_paragraph(dt: DocText, i: int) -> bool:
    """Sentence ``i``, or one before it in its paragraph, speaks in the first person outside
    quotation marks: a statement printed as a block quote (its speaker's words), not the
    outlet's narration (computed once per sentence)."""
    s = dt.sentences[i]
    memo = s.memo()
    got = memo.get("first_person_paragraph")
    if got is None:
        lo = dt.text.rfind("\n", 0, s.start) + 1
        k = i   # back from the sentence to its paragraph's start (sentences in text order)
        while k >= 0 and dt.sentences[k].start >= lo and not _speaks_first_person(
                dt, dt.sentences[k]):
            k -= 1
        got = memo["first_person_paragraph"] = k >= 0 and dt.sentences[k].start >= lo
    return got


def _speaks_first_person(dt: DocText, s: Sentence) -> bool:
    """An unquoted first-person word ("I", "we", "our"; "US" in capitals is a country) in a
    sentence that opens no quotation of any style."""
    memo = s.memo()
    got = memo.get("first_person")
    if got is None:
        got = memo["first_person"] = not _OPENING_MARK.search(dt.text, s.start, s.end) and any(
            not q and w.split("\u2019")[0].split("'")[0] in _FIRST_PERSON
            for w, _, _, q in s.words)
    return got


def _opens_with_quotation(dt: DocText, s: Sentence) -> bool:
    """The sentence opens with a quotation mark (any style; a closer typed as an opener, as
    ASCII wire copy does, included): what follows the quotation is its frame, the speaker's
    name, title and affiliation, which two reporters quoting one speaker write alike
    (computed once)."""
    memo = s.memo()
    got = memo.get("opens_with_quotation")
    if got is None:
        got = memo["opens_with_quotation"] = bool(_LEADING_MARK.match(dt.text, s.start))
    return got


_LEADING_MARK = re.compile("\\s*(?:``|''|[\"\u201c\u2018'\u00ab\u201e])")


def _capitals_line(s: Sentence) -> bool:
    """No word begins in lower case: an agency slug line (time, date, page, catchline) or a
    headline in capitals or title case, never running narration (computed once)."""
    memo = s.memo()
    got = memo.get("capitals_line")
    if got is None:
        got = memo["capitals_line"] = not any(map(str.islower, s.words.initials()))
    return got


def _quotation_first(s: Sentence) -> bool:
    """The sentence opens with its quotation (at most ``quote_first_lead`` words before the
    first quoted one) and more than ``align.quoted_share_max`` of its words are quoted: its
    narration is the attribution after the quotation ("..., Dr Ann Lee, director of the
    state laboratory, said in a statement."), the form a statement's own text dictates and
    every write-up quoting it prints alike. (A speaker introduced before a colon and the
    quotation is the reporter's framing and still counts against an agency's text.)
    Computed once."""
    memo = s.memo()
    got = memo.get("quotation_first")
    if got is None:
        flags = s.words.quoted_flags()
        lead = flags.find(1)
        got = memo["quotation_first"] = 0 <= lead <= settings()["relation"][
            "quote_first_lead"] and flags.count(1) > settings()["align"][
            "quoted_share_max"] * len(flags)
    return got


def name_list(s: Sentence) -> bool:
    """Most of the sentence's unquoted words, after its first, begin in capitals (at least
    ``name_list_min`` of them and ``name_list_share`` of the words): a list of names ("He was
    joined by Chief Justice Ann Lee and Justices Bo Park, Cy Ode and Di Fox."), which two
    reporters naming the same people write alike; its closeness is no sign of copying
    (computed once)."""
    memo = s.memo()
    got = memo.get("name_list")
    if got is None:
        r = settings()["relation"]
        words = [w for w, _, _, q in list(s.words)[1:] if not q and w[:1].isalpha()]
        caps = sum(1 for w in words if w[:1].isupper())
        got = memo["name_list"] = caps >= r["name_list_min"] and \
            caps >= r["name_list_share"] * len(words)
    return got


def lifted_sentences(a: DocText, b: DocText, pairs: list) -> int:
    """How many aligned sentence pairs ``(i, j, sim)`` carry one side's narration over: at
    least ``lifted_min_grams`` of its unquoted word n-grams, and ``lifted_share`` of them,
    are in the other sentence (quoted words and short attribution frames never count)."""
    return lifted_counts(a, b, pairs)[0]


def lifted_counts(a: DocText, b: DocText, pairs: list) -> tuple[int, int, int]:
    """``(lifted, introductions, thin)``: the lifted sentences (:func:`lifted_sentences`), how
    many of them carry only a speaker's introduction (:func:`_speaker_introduced`), and how
    many share too little narration besides names, titles and list items (:func:`_thin_run`)."""
    r = settings()["relation"]
    n, least, share = r["lifted_gram"], r["lifted_min_grams"], r["lifted_share"]
    count = frames = thin = 0
    for i, j, _ in pairs:
        if _capitals_line(a.sentences[i]) or _capitals_line(b.sentences[j]):
            continue   # a slug line or headline: page furniture two copies share, not narration
        if name_list(a.sentences[i]) and name_list(b.sentences[j]):
            continue   # two lists of the same people: written alike by any reporter
        if _first_person_paragraph(a, i) or _first_person_paragraph(b, j):
            continue   # a statement printed without marks: its speaker's words, not narration
        if ((_opens_with_quotation(a, a.sentences[i]) and _opens_with_quotation(b, b.sentences[j])
                or _quotation_first(a.sentences[i]) or _quotation_first(b.sentences[j]))
                and word_similarity(a, i, b, j) < r["light_edit_sim"]):
            continue   # a quotation's frame: one speaker named and titled alike by both
        na, ea = _grams(a.sentences[i], n)
        nb, eb = _grams(b.sentences[j], n)
        for own, other in ((na, eb), (nb, ea)):
            common = len(own & other) if len(own) >= least else 0
            if common >= least and common >= share * len(own):
                count += 1
                frames += _speaker_introduced(a.sentences[i], b.sentences[j],
                                              lambda: (na & eb) | (nb & ea), n, r)
                thin += _thin_run(a.sentences[i], (na & eb) | (nb & ea), n, r)
                break
    return count, frames, thin


def _thin_run(s: Sentence, common, n: int, r: dict) -> bool:
    """The words of ``s`` inside the n-grams shared with the other sentence hold fewer than
    ``lifted_narration_min`` narration words once names and titles (capitalised words),
    figures, function words and stock attribution (``lifted_thin_words``) and the items of a
    charge list ("three counts of reckless endangerment", after ``lifted_list_heads`` + "of") are
    set aside: two reporters naming one person with her title, or one defendant's charges,
    write them alike; a lifted line carries the other's narration."""
    initials = list(s.words.initials())   # a word's first character (never empty)
    folded = s.folded_words()
    inside = set()
    # the n-gram at k is zip's k-th tuple of the list shifted 0..n-1 times (made in C)
    for k, gram in enumerate(zip(*(folded[i:] for i in range(n)))):
        if gram in common:
            inside.update(range(k, k + n))
    stock, heads = _word_sets(r)
    narration, item = 0, 0
    for k in sorted(inside):
        c, f = initials[k], folded[k]
        if f in heads and k + 1 < len(folded) and folded[k + 1] == "of":
            item = r["lifted_list_item"] + 1   # "of" and the item's words after the head
            continue
        if item:
            item -= 1
            if f not in ("and", "or"):
                continue
        if f in stock or c.isupper() or not c.isalpha() or f in heads:
            continue
        narration += 1
    return narration < r["lifted_narration_min"]


_THIN: list = []   # [the two word lists last read, their frozensets]


def _word_sets(r: dict) -> tuple:
    """``lifted_thin_words`` and ``lifted_list_heads`` as sets, built once per pair of lists
    (:func:`_thin_run` runs for every lifted sentence of every pair)."""
    got = (r["lifted_thin_words"], r["lifted_list_heads"])
    if not _THIN or _THIN[0] != got:
        _THIN[:] = [(list(got[0]), list(got[1])), (frozenset(got[0]), frozenset(got[1]))]
    return _THIN[1]


def _speaker_introduced(x: Sentence, y: Sentence, common, n: int, r: dict) -> bool:
    """Both sentences introduce a speaker ("Dr. Ann Lee, director of the state laboratory,
    said ...") and the words they share all lie in that introduction, before the reporting
    verb, while what each says after it (``lifted_frame_rest`` words at least) shares no run:
    a person named with the official title is written alike by reporters quoting her (and by
    one reporter in two stories). Against an agency's own text it still counts (agency copy,
    its introductions included, is written for subscribers to print); between two other texts
    it is no narration carried over. Content carried before a trailing attribution ("...,
    police said.") leaves nothing after the verb. ``common`` gives the n-grams the two
    sentences share (called only when a sentence has such a tail)."""
    verbs = _frame_verbs(r)
    tails = [_frame_tail(s, verbs, n) for s in (x, y)]
    if None in tails:
        return False
    shared = None   # ``common`` is a function: the shared n-grams built only when needed
    for rest, after in tails:
        if rest < r["lifted_frame_rest"]:
            return False
        if shared is None:
            shared = common()
        if after & shared:
            return False
    return True


_VERBS: list = []   # [the verb list last read, its frozenset]


def _frame_verbs(r: dict) -> frozenset:
    """``lifted_frame_verbs`` as a set (tested once per word), built once per verb list."""
    got = r["lifted_frame_verbs"]
    if not _VERBS or _VERBS[0] != got:
        _VERBS[:] = [list(got), frozenset(got)]
    return _VERBS[1]


def _frame_tail(s: Sentence, verbs: frozenset, n: int):
    """``(words after the first reporting verb, their n-grams)`` or None without such a verb
    (:func:`_frame_cut`; computed once per sentence, verb set and ``n``: a sentence lifted
    into many partners is tested once per partner)."""
    memo = s.memo()
    got = memo.get("frame_tail")
    if got is None or got[0] is not verbs or got[1] != n:
        cut = _frame_cut(s, verbs)
        tail = None
        if cut is not None:
            words = s.folded_words()
            tail = (len(words) - cut - 1,
                    frozenset(zip(*(words[cut + 1 + k:] for k in range(n)))))
        got = memo["frame_tail"] = (verbs, n, tail)
    return got[2]


def _frame_cut(s: Sentence, verbs: frozenset):
    """Index of the sentence's first reporting verb outside quotation marks, or None."""
    quoted = s.words.quoted_flags()
    for k, w in enumerate(s.folded_words()):
        if w in verbs and not quoted[k]:
            return k
    return None


def printed_elsewhere(a: DocText, b: DocText, pairs: list, others) -> bool:
    """Whether one of ``others`` (texts of a third outlet) prints a lifted line of ``a`` and
    ``b`` too: at least ``lifted_min_grams`` of the n-grams the two lifted sentences share
    lie in one of its sentences. A line several outlets print alike circulates as an
    agency's copy; two reporters' shared wording stays between the two."""
    r = settings()["relation"]
    n, least = r["lifted_gram"], r["lifted_min_grams"]
    shared: set = set()
    for i, j, sim in pairs:
        if lifted_counts(a, b, [(i, j, sim)])[0]:
            na, ea = _grams(a.sentences[i], n)
            nb, eb = _grams(b.sentences[j], n)
            shared |= (na & eb) | (nb & ea)
    if len(shared) < least:
        return False
    return any(len(_grams(s, n)[1] & shared) >= least for t in others for s in t.sentences)
