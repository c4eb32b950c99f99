"""Whole-text integrity: garbles and drift in a derived copy (debris in any text: ``debris``).

Relative to a parent (aligned sentence pairs from :mod:`quotecheck.provenance.derivation`): orphaned
fragments glued after a sentence, hedges added or dropped, grammatical number flipped, time
expressions moved. A fragment is reported only where it cannot be read as part of its
sentence (a capitalised function word at the end) or where the parent's sentence ends right
before it; time words, headlines, bylines and names after an abbreviation never are.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from quotecheck.model import Detection, Related
from quotecheck.provenance.debris import text_debris
from quotecheck.provenance.derivation import DocText, settings
from quotecheck.provenance.hedgecontext import attributed_instead, names_a_term
from quotecheck.provenance.numberflips import number_flips
from quotecheck.provenance.sentalign import Alignment
from quotecheck.provenance.wire import agency_credit
from quotecheck.resources.ruledata import load_data
from quotecheck.text.lexicon import trie_alternation
from quotecheck.text.normalize import fold_text

__all__ = ["copy_integrity", "text_debris"]   # text_debris lives in ``debris``

_WORDS = re.compile(r"\w+(?:['\u2019-]\w+)*")


@lru_cache(maxsize=1)
def _cfg() -> dict:
    data = load_data("provenance")["integrity"]
    return {
        "hedges": frozenset(data["hedges"]),
        "fragment_ok": frozenset(data["fragment_ok"]),
        "interjections": frozenset(data.get("interjections", ())),
        "function_words": frozenset(data["function_words"]),
        "introducers": frozenset(data["name_introducers"]),
        "time_phrases": tuple(sorted(data["time_phrases"], key=len, reverse=True)),
        "aux": frozenset(data["auxiliaries"]),
        "clause_verbs": frozenset(data.get("clause_verbs", ())),
        "object_openers": frozenset(data.get("object_openers", ())),
        "hedge_similarity": float(data.get("hedge_min_similarity", 0.0)),
        "attributions": frozenset(data.get("hedge_attributions", ())),
    }


def _det(dt: DocText, rule_type: str, category: str, s: int, e: int, args: dict,
         related: tuple = ()) -> Detection:
    """A detection on ``dt``'s own text with no severity of its own: the rule's severity in
    the run applies (``severity`` in the configuration can raise or lower it)."""
    o0, o1 = dt.doc.view.span(s, e)
    return Detection(rule_type, category, dt.doc.id, o0, o1, args, related)


def _related(dt: DocText, s: int, e: int, message: str) -> Related:
    o0, o1 = dt.doc.view.span(s, e)
    return Related(dt.doc.id, o0, o1, message)


# -- a derived copy against its parent ---------------------------------------------------
def copy_integrity(child: DocText, parent: DocText, alignment: Alignment,
                   fragments_only: bool = False, own_version: bool = False) -> list[Detection]:
    """Fragments, hedge drift, number flips and moved times in ``child`` relative to ``parent``.

    ``alignment`` pairs parent sentences (``a``) with child sentences (``b``). A partial reuse
    rewrites in its own voice, so only fragments are looked for there (``fragments_only``).
    ``own_version``: both are one outlet's; its number changes are its own editing.
    """
    out: list[Detection] = []
    aligned_children = {j for _, j, _ in alignment.pairs}
    if not alignment.pairs:
        return out
    hedge_floor = _cfg()["hedge_similarity"]
    for i, j, sim in alignment.pairs:
        ps, cs = parent.sentences[i], child.sentences[j]
        out += _orphan(child, cs, parent, ps)
        if fragments_only:
            continue
        if sim >= hedge_floor:   # a loosely matched pair is two sentences, not one rendered twice
            out += _hedges(child, cs, parent, ps)
        out += _number_flips(child, cs, parent, ps, own_version)
        out += _time_shift(child, cs, parent, ps)
    return out + _orphan_sentences(child, parent, alignment, aligned_children)


def _orphan_sentences(child, parent, alignment, aligned_children: set) -> list[Detection]:
    """Fragments standing alone at the end of a sentence run in one paragraph, typically after
    a closing quote mark (``…has to.” By.``); the nearest earlier aligned pair gives the
    parent sentence shown beside it."""
    out: list[Detection] = []
    sents = child.sentences
    parent_of = {j: i for i, j, _ in alignment.pairs}
    last_parent = None
    for k, nxt in enumerate(sents):
        if k in aligned_children:
            last_parent = parent.sentences[parent_of[k]]
            continue
        if k == 0 or len(nxt.words) > 2 or "\n" in child.text[sents[k - 1].end:nxt.start]:
            continue
        ps = last_parent or (parent.sentences[0] if parent.sentences else None)
        if ps is not None:
            out += _orphan_sentence(child, nxt, parent, ps)
    return out


def _parent_words(parent: DocText, ps) -> set:
    """Folded words of parent sentence ``ps`` and their hyphen/apostrophe parts (kept on the
    sentence: a parent sentence is looked at once per child that copies it)."""
    memo = ps.memo()
    if "parent_words" not in memo:
        words = set()
        for f in ps.folded_words():
            words.add(f)
            words.update(re.split(r"[-'\u2019]", f))
        memo["parent_words"] = words
    return memo["parent_words"]


def _parent_text_words(parent: DocText) -> set:
    """Folded words of the whole parent text (for fragments no parent sentence lines up with)."""
    if parent._text_words is None:
        parent._text_words = {fold_text(w) for w in _WORDS.findall(parent.text)}
    return parent._text_words


def _narrated_tail(child, cs) -> Optional[list]:
    """The sentence's narrated words when it could end in a glued fragment (a capitalised
    last word outside quotation marks right before the final mark), else None; the child's
    own test, kept on the sentence (a child sentence meets every parent it is aligned with)."""
    memo = cs.memo()
    if "narrated_tail" not in memo:
        words = None
        if cs.words and not cs.words[-1][3] and cs.words[-1][0][:1].isupper():
            words = [w for w in cs.words if not w[3]]
            if (len(words) < 4 or words[-1][2] < cs.end - 3
                    or not re.fullmatch(r"[.!?]?", child.text[words[-1][2]:cs.end])):
                words = None
        memo["narrated_tail"] = words
    return memo["narrated_tail"]


def _orphan(child, cs, parent, ps) -> list[Detection]:
    cfg = _cfg()
    words = _narrated_tail(child, cs)
    if words is None:
        return []
    pw = _parent_words(parent, ps)
    k = len(words)
    function_word = False
    while k > 1:
        w, s, e, _ = words[k - 1]
        gap = child.text[words[k - 2][2]:s]
        if not w[:1].isupper() or w in cfg["fragment_ok"] or gap.strip():
            break
        if w not in cfg["function_words"] and fold_text(w) in pw:
            break
        k -= 1
        if w in cfg["function_words"]:
            function_word = True
            break  # a glued function word is the whole fragment ("allied with Moscow By.")
    if k == len(words):
        return []
    before = words[k - 1][0]
    if function_word and k < len(words) - 1 and before in cfg["introducers"]:
        return []  # "according to The Associated Press.": a phrase, not a glued fragment
    if not function_word and not before[:1].islower() and fold_text(before) not in pw:
        return []  # a run of names the parent lacks: new content, not a fragment
    if not function_word and fold_text(before) in settings()["stopwords"]:
        return []  # "told reporters in Moscow.": a phrase the copy added, not a fragment
    if not function_word and not _parent_ends_with(parent, ps, before):
        # a capitalised word can end a sentence ("said in a statement Friday", "met
        # Putin"): debris only where the parent's sentence ends right before it
        return []
    if _headline(words) or _after_abbreviation(child.text, words[k - 1]):
        return []  # a headline in title case; a name after "D.A." or "Gov."
    s, e = words[k][1], words[-1][2]
    frag = child.text[s:e]
    if agency_credit(frag):
        return []  # an inline photo-caption credit ("AP-Yonhap"): furniture, not a fragment
    return [_det(child, "garble", "garble", s, e,
                 {"kind": "orphaned-fragment", "text": frag, "parent": parent.doc.id},
                 (_related(parent, ps.start, ps.end, "parent sentence"),))]


def _orphan_sentence(child, nxt, parent, ps) -> list[Detection]:
    """A fragment standing alone after an aligned sentence in the same paragraph, typically
    after a closing quote mark (``…has to.” By.``): one or two capitalised words, a function
    word or words the parent sentence lacks, and nothing else."""
    cfg = _cfg()
    words = nxt.words
    if not 1 <= len(words) <= 2 or any(w[3] for w in words):
        return []
    s, e = words[0][1], words[-1][2]
    if child.text[nxt.start:s].strip() or not re.fullmatch(r"[.!?]?", child.text[e:nxt.end]):
        return []
    if not all(w[0][:1].isupper() and w[0] not in cfg["fragment_ok"] for w in words):
        return []
    if words[0][0] == "By" and len(words) == 2:
        return []  # a byline ("By Reuters")
    if len(words) == 1 and _interjection(words[0][0], cfg["interjections"]):
        return []  # the writer's own "Hmmm.": a sentence of its own voice, not copied debris
    if agency_credit(child.text[s:e]):
        return []  # an inline photo-caption credit ("AP-Yonhap", "Reuters/Yonhap")
    prev = child.text[max(0, nxt.start - 12):nxt.start].rstrip()
    if _ABBREVIATION_END.search(prev) and _is_abbreviation(_ABBREVIATION_END.search(prev)[0]):
        return []  # "the county D.A. Ana Ruiz.": a name the sentence splitter cut off
    if words[0][0] not in cfg["function_words"]:
        pw = _parent_text_words(parent)
        if any(fold_text(w[0]) in pw for w in words):
            return []
    return [_det(child, "garble", "garble", s, e,
                 {"kind": "orphaned-fragment", "text": child.text[s:e], "parent": parent.doc.id},
                 (_related(parent, ps.start, ps.end, "parent sentence"),))]


def _interjection(word: str, interjections: frozenset) -> bool:
    """``word`` is a listed interjection, folded, perhaps with a letter drawn out ("Hmmm",
    "Wowww": a run of three or more of one letter read as two, then as one)."""
    w = fold_text(word)
    if w in interjections:
        return True
    two = _DRAWN_OUT.sub(r"\1\1", w)
    return two != w and (two in interjections or _DRAWN_OUT2.sub(r"\1", two) in interjections)


_DRAWN_OUT = re.compile(r"([^\W\d_])\1{2,}")
_DRAWN_OUT2 = re.compile(r"([^\W\d_])\1")
_ABBREVIATION_END = re.compile(r"[\w.]+\.$")
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")


def _is_abbreviation(word: str) -> bool:
    """Dotted initials ("D.A.", "U.S.") or a listed abbreviation ("Gov.", "Jr.")."""
    return bool(_DOTTED.fullmatch(word)) or \
        word.lower().rstrip(".") in settings()["abbreviations"]


def _after_abbreviation(text: str, word) -> bool:
    """The word right before a fragment is an abbreviation a name can follow."""
    w, s, e, _ = word
    return _is_abbreviation(text[s:e + 1].rstrip() if text[e:e + 1] == "." else w)


def _parent_ends_with(parent: DocText, ps, word: str) -> bool:
    """The parent's aligned sentence ends with ``word`` (a clean boundary the copy ran on
    from: "when the violence began." → "when the violence began Chairmanship.")."""
    narration = [w for w in ps.words if not w[3]] or ps.words
    return bool(narration) and fold_text(narration[-1][0]) == fold_text(word)


def _headline(words) -> bool:
    """Most words capitalised: a headline or title, not a sentence with a glued fragment."""
    caps = sum(1 for w in words if w[0][:1].isupper())
    return caps >= 0.7 * len(words)


def _hedge_words(dt: DocText, sent, narration_only: bool):
    """``(folded, start, end)`` of the sentence's hedges (found once per sentence: a parent
    sentence meets every child aligned with it; most sentences share one empty list)."""
    memo = sent.memo()
    if "hedges" not in memo:
        hedges = _cfg()["hedges"]
        stop = settings()["stopwords"]   # a so-called that introduces a term is no hedge
        memo["hedges"] = [(f, s, e, q) for f, (s, e, q) in zip(sent.folded_words(),
                                                               sent.words.offsets())
                          if f in hedges and not (f == "so-called" and names_a_term(
                              dt.text, e, stop))] or _NO_HEDGES
    return [(f, s, e) for f, s, e, q in memo["hedges"] if not (narration_only and q)]


_NO_HEDGES: list = []


def _hedges(child, cs, parent, ps) -> list[Detection]:
    out = []
    in_parent = {f for f, _, _ in _hedge_words(parent, ps, False)}
    in_child = {f for f, _, _ in _hedge_words(child, cs, False)}
    for f, s, e in _hedge_words(child, cs, True):
        if not in_parent and _qualified_kept(cs, s, ps) and not attributed_instead(
                cs, ps, _cfg()["attributions"]):
            out.append(_det(child, "hedge-drift", "hedge", s, e,
                            {"change": "added", "text": child.text[s:e], "word": child.text[s:e],
                             "parent": parent.doc.id},
                            (_related(parent, ps.start, ps.end, "parent sentence"),)))
    for f, s, e in _hedge_words(parent, ps, True):
        if not in_child and _qualified_kept(ps, s, cs) and not attributed_instead(
                ps, cs, _cfg()["attributions"]):
            out.append(_det(child, "hedge-drift", "hedge", cs.start, cs.end,
                            {"change": "dropped", "word": parent.text[s:e],
                             "text": parent.text[s:e],
                             "parent": parent.doc.id},
                            (_related(parent, s, e, "hedge in the parent"),)))
    return out


def _qualified_kept(sent, at: int, other) -> bool:
    """The words a hedge at ``at`` qualifies (the first two content words after it in its
    sentence) stand in the ``other`` sentence too: a hedge dropped or added together with its
    clause ("..., when a boy was reportedly hanged in 1647," cut from a shorter version) leaves
    no claim whose certainty changed."""
    stop = settings()["stopwords"]
    after = [f for f, (s, _, _) in zip(sent.folded_words(), sent.words.offsets())
             if s > at and f.isalpha() and f not in stop][:2]
    return not after or bool(set(after) & set(other.folded_words()))


def _number_flips(child, cs, parent, ps, own_version: bool = False) -> list[Detection]:
    """A narrated noun's number changed, the phrase around it kept (:mod:`numberflips`)."""
    return [_det(child, "garble", "garble", s, e,
                 {"kind": "number-flip", "text": child.text[s:e],
                  "parent_text": parent.text[ps0:pe0], "parent": parent.doc.id},
                 (_related(parent, ps0, pe0, "parent wording"),))
            for s, e, ps0, pe0 in number_flips(child, cs, ps, _cfg(), own_version)]



@lru_cache(maxsize=1)
def _time_regex() -> re.Pattern:
    # a character trie of the (lower-cased) phrases: at each position it tries the longest
    # phrase first and backs off to shorter ones, as the alternation of the phrases longest
    # first did (the same matches), reading each character once, not once per phrase (2x)
    phrases = _cfg()["time_phrases"]
    return re.compile(r"\b(?:" + trie_alternation(p.lower() for p in phrases) + r")\b",
                      re.IGNORECASE)


def _time_spans(dt: DocText, sent) -> list:
    """``(phrase, start, end)`` of the time expressions in ``sent`` (a sentence of ``dt``),
    found once per sentence."""
    memo = sent.memo()
    if "time_spans" not in memo:
        memo["time_spans"] = [(m.group().lower(), m.start(), m.end())
                              for m in _time_regex().finditer(dt.text, sent.start, sent.end)]
    return memo["time_spans"]


def _neighbours(dt: DocText, sent, s: int, e: int) -> set:
    before = [fold_text(w) for w, ws, we, _ in sent.words if we <= s][-3:]
    after = [fold_text(w) for w, ws, we, _ in sent.words if ws >= e][:3]
    return {w for w in before + after if len(w) > 3}


def _time_shift(child, cs, parent, ps) -> list[Detection]:
    out = []
    ptimes = {}
    for phrase, s, e in _time_spans(parent, ps):
        ptimes.setdefault(phrase, (s, e))
    for phrase, s, e in _time_spans(child, cs):
        if phrase in ptimes:
            p0, p1 = ptimes[phrase]
            if _neighbours(child, cs, s, e) & _neighbours(parent, ps, p0, p1):
                continue
            change, rel = "moved", (_related(parent, p0, p1, "where the parent puts it"),)
        else:
            change, rel = "added", (_related(parent, ps.start, ps.end, "parent sentence"),)
        out.append(_det(child, "garble", "garble", s, e,
                        {"kind": "time-shift", "change": change, "text": child.text[s:e],
                         "parent": parent.doc.id}, rel))
    return out
