"""Find the phrase that names or points to a speaker next to a reporting verb: a name chain,
a description ("a spokesman for the ministry") or a pronoun, ending at or starting from an offset.

Works on masked sentences (quoted words replaced by :data:`PLACEHOLDER`); used by
:mod:`quotecheck.quotes.attribution` and :mod:`quotecheck.quotes.coreference`. The mention that
starts after an inverted verb ("said Putin") is found by :mod:`quotecheck.quotes.inverted_mentions`.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from quotecheck.quotes.adverbs import PRE_VERB_WORDS
from quotecheck.quotes.attribution_words import APOSTROPHES, OPENING_WORDS, Lexicon
from quotecheck.quotes.phrase_words import (DETERMINERS as _DETERMINERS, FINITE, cut_at_verb,
                                            verb_after_noun)


class Mention(NamedTuple):
    """A phrase that names or points to a speaker: kind is name, pronoun, description or group."""

    start: int
    end: int
    text: str
    kind: str


def classify_mention(text: str, group: str, lex: Lexicon) -> str:
    """The kind of a matched mention: name, pronoun, description or group."""
    if group == "pron":
        return "pronoun"
    if group == "desc":
        last = text.rsplit(None, 1)[-1].lower()
        return "group" if last in lex.group_roles else "description"
    return "name"


def trim_mention(m: Mention, lex: Lexicon) -> Optional[Mention]:
    """Drop leading words that cannot start a name; reject possessives and non-names."""
    text = m.text
    if text.endswith(("\u2019", "'", "\u2019s", "'s")):
        return None
    if m.kind != "name":
        if m.kind in ("description", "group"):
            cut = cut_at_verb(text, lex)        # "The Ohio senator emailed supporters"
            return m if cut is None else m._replace(end=m.start + cut[0], text=text[:cut[0]],
                                                    kind=cut[1]) if cut[0] else None
        return m
    low = text.lower()
    if low in lex.pronoun_info:
        return Mention(m.start, m.end, text, "pronoun")
    if len(text.split()) == 1 and low in lex.group_roles:
        return Mention(m.start, m.end, text, "group")
    if len(text.split()) == 1 and low in lex.person_roles:
        return Mention(m.start, m.end, text, "description")
    words = text.split()
    offset = 0
    while words and (words[0].lower() in lex.not_names) and len(words) > 1:
        offset = text.index(words[1], offset)
        words = words[1:]
    if not words or (len(words) == 1 and words[0].lower() in lex.not_names):
        return None
    return Mention(m.start + offset, m.end, text[offset:], m.kind)


RELATIVE_CLAUSE_TAIL = re.compile(r",?[ \t\u00a0]+(?:(?:and|but)[ \t\u00a0]+)?(?:which|whose|who|whom)\b[^,]*\Z")
"""A relative clause closing a text (", who ..." to its end, no comma after), to cut off."""
_WORDISH = re.compile(rf"[^\W_][\w\-{APOSTROPHES}.]*\Z")
# "al-Shabaab said", "el-Sisi said": a name written with its lower-case Arabic article
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z]")
_ARTICLES = frozenset(("the", "a", "an"))
INDEFINITE = frozenset(("one", "another"))     # "“…,” one said": an indefinite source
_SOME = frozenset(("some", "others", "many", "several"))
_BEFORE_SOME = frozenset(("and", "but", "while", "as", "where", "when", "yet", "then"))
_NOT_INDEFINITE = frozenset(("no", "every", "any", "some", "which", "this", "that", "the", "each"))
FUNCTION_WORDS = frozenset(("and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "at", "for",
                            "with", "by", "from", "that", "which", "who", "as", "than", "if",
                            "without",      # "attack a friend without saying": no "a friend without"
                            # a verb ends a noun phrase: "if the president is now saying" is no
                            # description ("the president is now")
                            "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                            "would", "can", "could", "should", "might", "must", "does", "did"))


def _name_period(word: str, lex: Lexicon) -> bool:
    """True when a word's final period belongs to a name: J., U.S., Gen."""
    core = word[:-1]
    return len(core) == 1 or "." in core or core.lower() in lex.name_abbreviations


_POSTMODIFIERS = frozenset(("with", "to", "on", "of", "for", "at", "in", "from", "about"))
# "with" too: "Tim Guest with the Water Authority says" (an affiliation, as "of" and "at")
_LOCATIVE = frozenset(("in", "of", "from", "at", "with", "near", "across", "outside", "inside",
                       "around"))


def _base(word: str) -> str:
    return word[:-2] if word.endswith(("\u2019s", "'s")) else word


def _postmodified(toks: list, j: int, low: str, lex: Lexicon) -> tuple:
    """Extend a description back over a role it modifies: "A source familiar with the talks",
    "an official close to the minister" (the speaker is the source, the official)."""
    for r in range(j - 2, max(-1, j - 4), -1):
        if toks[r + 1][1].lower() in _POSTMODIFIERS and toks[r][1].lower() not in FUNCTION_WORDS:
            for h in range(r, max(-1, r - 2), -1):
                word = toks[h][1].lower()
                if word in lex.person_roles or word in lex.group_roles:
                    start = _description_start(toks, h, lex)
                    if start is not None:
                        return start, word
                    break
            break
    return j, low


def _locative_start(toks: list, j: int) -> Optional[int]:
    """Index of the preposition opening a place phrase that ends at ``toks[j]``: the leftmost
    one reachable over lower-case words within five tokens ("in the north of")."""
    found = None
    i = j - 1
    while i >= 1 and j - i <= 5:
        w = toks[i][1]
        if not w.isalpha() or not w.islower():
            break
        if w in _LOCATIVE:
            found = i
        i -= 1
    return found


def _possessive(word: str) -> bool:
    return word.endswith(("\u2019s", "'s", "\u2019", "'"))


def mention_ending(pre: str, base: int, lex: Lexicon, generic: bool = False) -> Optional[Mention]:
    """The longest mention (name chain, description or pronoun) that ends ``pre`` exactly,
    offsets shifted by ``base``. ``generic`` (a clause's subject, :mod:`quotes.subjects`) also
    takes a name before a place ("Jane Smith from Ohio") and any noun after a determiner.

    A backward walk over the last words: a regex searched with an end anchor is far slower.
    """
    if not pre:
        return None
    window = pre[-110:]
    shift = base + len(pre) - len(window)
    if window[-1:].isspace():
        return None
    words = window.rsplit(None, 10)
    if len(words) == 11:
        words = words[1:]
    last = words[-1]
    if not _WORDISH.match(last) or _possessive(last):
        return None         # the last word ends no mention: its earlier words are not needed
    k = len(words) - 1
    low = last.lower()
    # a mention of the last word alone (a pronoun, "another", "others": a third of the calls)
    # needs no word's offset but the last one's: the window ends with it
    alone = shift + len(window) - len(last)
    if low in INDEFINITE and (k == 0 or words[k - 1].lower() not in _NOT_INDEFINITE):
        return Mention(alone, shift + len(window), last, "description")
    if low in _SOME and (k == 0 or not _WORDISH.match(words[k - 1])
                         or words[k - 1].lower() in _BEFORE_SOME):
        # "Some chanted", "“Shame!” others yelled": an indefinite plural source, no name
        return Mention(alone, shift + len(window), last, "group")
    if low in lex.pronoun_info and (k == 0 or not words[k - 1][:1].isupper()
                                    or not _WORDISH.match(words[k - 1])
                                    or words[k - 1].endswith(".")):
        return Mention(alone, shift + len(window), last, "pronoun")
    toks = []           # (offset in the window, word) of each word
    end = len(window)
    for w in reversed(words):
        st = window.rfind(w, 0, end)
        toks.append((st, w))
        end = st
    toks.reverse()
    if last[0].isupper() or _ARABIC_ARTICLE.match(last):
        j = k
        while j > 0:
            w = toks[j - 1][1]
            wl = w.lower()
            if not _WORDISH.match(w) or (w.endswith(".") and not _name_period(w, lex)):
                break
            if w[0].isupper() or wl in lex.titles:
                j -= 1
            elif (wl in ("of", "for") or wl in lex.particles) and j >= 2 and \
                    toks[j - 2][1][:1].isupper():
                j -= 1          # "Secretary of State", "Bank of England"; not "spokesperson for"
            elif wl == "the" and j >= 2 and toks[j - 2][1].lower() == "of":
                j -= 1
            else:
                break
        while j < k and toks[j][1].lower() in ("of", "for", "the"):
            j += 1
        desc = _description_before(toks, j, lex) if j > 1 else None
        if desc is not None:
            s0 = toks[desc][0]
            return Mention(shift + s0, shift + len(window), window[s0:], "description")
        p = _locative_start(toks, j) if generic else None
        if p is not None and toks[p][1] == "from" and j - p <= 2 and _base(toks[p - 1][1]).lower().rstrip(
                "s") in lex.documents:
            p = None    # "A statement from the EU said": the issuer, not a place of the text
        if p is not None and (all(_base(t).lower() in lex.place_group for _, t in toks[j:])
                              or toks[p - 1][1][:1].isupper()
                              or toks[p - 1][1].lower() in lex.person_roles):
            # "A hospital trust in the north of England", "Jane Smith from Ohio"
            head = mention_ending(window[:toks[p][0]].rstrip(), shift, lex, generic)
            if head is not None:
                return head
        s0 = toks[j][0]
        return trim_mention(Mention(shift + s0, shift + len(window), window[s0:], "name"), lex)
    if k >= 2 and toks[k - 1][1] == "of" and toks[k - 2][1].lower() in lex.person_roles \
            and last.isalpha() and last.islower():
        j = _description_start(toks, k - 2, lex)    # "the former secretary of state"
        if j is not None:
            s0 = toks[j][0]
            return Mention(shift + s0, shift + len(window), window[s0:], "description")
    if low in lex.person_roles or low in lex.group_roles:
        j = _description_start(toks, k, lex)
        if j is None:
            return None
        j, low = _postmodified(toks, j, low, lex)
        s0 = toks[j][0]
        kind = "group" if low in lex.group_roles else "description"
        return Mention(shift + s0, shift + len(window), window[s0:], kind)
    if generic and last.replace("-", "").isalpha() and last.islower() and low not in FUNCTION_WORDS \
            and low not in PRE_VERB_WORDS and low not in lex.pronoun_info and low not in FINITE \
            and k > 0:
        # any noun after a determiner names a speaker before a reporting verb ("A competing
        # baker, who asked not to be named, said"); plural nouns are groups ("The farmers said")
        j = _description_start(toks, k, lex)
        if j is not None and (toks[j][1].lower() in _DETERMINERS or _possessive(toks[j][1])
                              or any(_possessive(w) for _, w in toks[j:k])):
            j, low = _postmodified(toks, j, low, lex)
            s0 = toks[j][0]
            kind = "group" if low.endswith("s") and not low.endswith("ss") else "description"
            return Mention(shift + s0, shift + len(window), window[s0:], kind)
        return None
    if low in lex.pronoun_info:
        s0 = toks[k][0]
        return Mention(shift + s0, shift + len(window), last, "pronoun")
    return None


def _description_start(toks: list, k: int, lex: Lexicon) -> Optional[int]:
    """Index of the first word of the description whose role noun is ``toks[k]``."""
    low = toks[k][1].lower()
    j = k
    mods = 0
    while j > 0:
        w = toks[j - 1][1]
        wl = w.lower()
        if wl in _DETERMINERS:
            return j - 1
        if _possessive(w) and w[:1].isupper():
            p = j - 1           # "The European Union’s foreign policy chief"
            while p > 0 and (toks[p - 1][1][:1].isupper() and _WORDISH.match(toks[p - 1][1])) \
                    and toks[p - 1][1] not in OPENING_WORDS:
                p -= 1          # not "But" of "But Ruiz’s team said"
            return p
        if wl == "and" and j >= 2 and toks[j - 2][1].lower() in lex.person_roles:
            j -= 2              # "the Vermont senator and Democratic presidential candidate"
            mods = 0
            continue
        if wl.endswith(",") and j >= 2 and j < k and toks[j - 2][1].lower() in _ARTICLES and \
                _WORDISH.match(w[:-1]) and w[:1].islower() and wl[:-1] not in FUNCTION_WORDS:
            return j - 2        # "the bespectacled, 71-year-old diplomat": two adjectives
        if wl in FUNCTION_WORDS or not _WORDISH.match(w) or mods >= 3 or wl in lex.pronoun_info:
            break
        if j >= 2 and verb_after_noun(wl, toks[j - 2][1], lex):
            return None         # "The senator emailed supporters", "Trump said Fox executives"
        j -= 1
        mods += 1
    if low in lex.group_roles and (low.endswith("s") or low in ("police", "staff")):
        return j            # "Kazakh officials", "police", "Town staff": no determiner needed
    return None


def _description_before(toks: list, j: int, lex: Lexicon) -> Optional[int]:
    """'a spokesman for the Department ...', 'Analysts at Morgan Stanley': a role noun and a
    preposition before the name make the whole phrase one description."""
    i = j - 1
    if toks[i][1].lower() == "the":
        i -= 1
    if i < 1 or toks[i][1].lower() not in ("for", "of", "at", "with"):
        return None
    role = toks[i - 1][1].lower()
    if role not in lex.person_roles and role not in lex.group_roles:
        return None
    return _description_start(toks, i - 1, lex)
