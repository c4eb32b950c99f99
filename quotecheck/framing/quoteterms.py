"""Words in quotation marks that are terms, names or the source's words, not scare quotes.

Helpers of the scare-quote rule type: a quotation introduced as a name ('known as', 'deemed'),
mentioned as a term ('“foreign agent” labels'), naming a law or list ('the “bathroom bill”',
'so-called fetal heartbeat laws'), a proper-noun nickname, or words quoted at more length
elsewhere in the same document.
"""
from __future__ import annotations

import re
import weakref
from typing import Any

from quotecheck.framing.narration import MASK, Narration, words_of
from quotecheck.text.lexicon import PhraseMatcher


MAX_QUOTES_COMPARED = 500
"""Quotations of a document searched for a short quotation's words (bounds the work)."""


def names_a_term(heads: Any, term: str) -> bool:
    """Whether ``term`` ends with a head noun naming a law, list or measure ('fetal
    heartbeat laws', 'trade blacklist', 'bathroom bill'): a term introduced, not doubted."""
    words = words_of(term)
    return bool(heads is not None and words and heads.value(words[-1].lower()) is not None)


def quoted_elsewhere(nar: Narration, q, content: str) -> bool:
    """Whether the words also occur inside a longer quotation of the document (a policy's
    “hateful conduct”, the Constitution's “actual enumeration”): the source's term."""
    needle = " ".join(words_of(content)).lower()
    index = _quote_texts(nar)
    key = (needle, len(content))
    if key not in index.answers:  # one scan per distinct short quotation, not per quotation
        index.answers[key] = [i for i, (length, words) in enumerate(index.texts)
                              if length > len(content) and needle in words][:2]
    return any(nar.quotes[i] is not q for i in index.answers[key])


class _QuoteTexts:
    """The first quotations of a narration as folded words, and answers already given."""

    def __init__(self, nar: Narration):
        self.texts = [(o.oend - o.ostart,
                       " ".join(words_of(nar.doc.text[o.ostart:o.oend])).lower())
                      for o in nar.quotes[:MAX_QUOTES_COMPARED]]
        self.answers: dict = {}


_INDEX: "weakref.WeakKeyDictionary[Narration, _QuoteTexts]" = weakref.WeakKeyDictionary()


def _quote_texts(nar: Narration) -> _QuoteTexts:
    index = _INDEX.get(nar)
    if index is None:
        index = _INDEX[nar] = _QuoteTexts(nar)
    return index


def proper_nickname(nar: Narration, q, words: list) -> bool:
    """A single capitalised word in mid-sentence ('known to friends as “Scooter”'): a
    proper-noun nickname or a brand, not a word kept at arm's length."""
    if len(words) != 1 or not words[0][:1].isupper() or words[0].isupper():
        return False
    before = nar.view.text[max(0, q.open - 3):q.open].rstrip()
    return bool(before) and before[-1] not in ".!?:\n\u2014"


def capitalised_name(nar: Narration, start: int, end: int) -> bool:
    """Whether the word at narration ``[start, end)`` is capitalised in mid-sentence outside
    a title-case line ('Joycelyn Savage', 'the Grim Reaper'): part of a name."""
    s, e = nar.original(start, end)
    word = nar.doc.text[s:e]
    if not word[:1].isupper() or word.isupper():
        return False
    text = nar.doc.text         # the original: the matching view is case-folded
    before = text[max(0, s - 4):s].rstrip(" \t")
    if not before or before[-1] in ".!?:;\n>\"'\u201c\u2018(\u2014\u2013-":
        return False            # the first word of a sentence, line or quotation
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    words = _CAP_WORD.findall(text[line_start:line_end if line_end >= 0 else len(text)])
    caps = sum(1 for w in words if w[0].isupper())
    plain = sum(1 for w in words if not w[0].isupper() and w.lower() not in _SMALL_WORDS)
    # a headline in Title Case; not a sentence listing names ("The list includes Bob Vander
    # Plaats, Christopher Rants, ...": its lower-case words are content words)
    return not (len(words) <= 20 and caps > 0.6 * len(words) and plain <= 1)


# a title in quotation marks on one line: ``Small Time Crooks,'' / “Hate.com: Extremists on
# the Internet” (straight, curly and the wire's doubled marks)
_TITLE_OPEN = re.compile(r"``|''|\"|\u201c")
_TITLE_CLOSE = re.compile(r"[^\n]{0,100}?(?:''|\"|\u201d)")
TITLE_WORDS = 10
"""Most words in a quoted title."""


def quoted_title(nar: Narration, start: int, end: int) -> bool:
    """Whether the capitalised word at narration ``[start, end)`` sits inside quotation marks
    around a title in Title Case (a film's, a programme's, a book's: ``Small Time Crooks''),
    or inside the single marks a Title Case headline quotes with ('Sparks Backlash For
    ‘Reckless Remarks’ of ...'): the work's name or the quoted words, which label no one in
    the narrator's voice."""
    s, e = nar.original(start, end)
    text = nar.doc.text
    if not text[s:e][:1].isupper():
        return False
    line_start = text.rfind("\n", 0, s) + 1
    inner = _double_marked(text, line_start, s, e)
    if inner is None:
        inner = _single_marked(text, line_start, s, e)
    if inner is None:
        return False
    words = _CAP_WORD.findall(inner)
    if not words or len(words) > TITLE_WORDS or re.search(r"[.!?]\s", inner):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(content) and all(w[0].isupper() for w in content)


def _double_marked(text: str, line_start: int, s: int, e: int) -> "str | None":
    """The text between the double marks around original ``[s, e)`` on its line, or None."""
    opens = list(_TITLE_OPEN.finditer(text, max(line_start, s - 100), s))
    close = _TITLE_CLOSE.match(text, e)
    if not opens or close is None:
        return None
    return text[opens[-1].end():close.end() - (2 if close.group().endswith("''") else 1)]


# (issue 15, baly_202004 reading) a headline's single marks: an opening mark after a
# space, a colon or a dash before a letter, a closing one not inside a word (not "Dole’s"),
# and no closing mark between the opener and the word (not the words after "‘You Lie’ to")
_SINGLE_OPEN = re.compile("(?:(?<=^)|(?<=[\\s(:\u2014]))[\u2018'](?=[^\\W\\d_])", re.M)
_SINGLE_CLOSE = re.compile("[\u2019'](?![^\\W_])")


def _single_marked(text: str, line_start: int, s: int, e: int) -> "str | None":
    """The text between single marks around original ``[s, e)`` on its line, or None."""
    opens = list(_SINGLE_OPEN.finditer(text, max(line_start, s - 100), e))  # (its lookahead)
    if not opens or _SINGLE_CLOSE.search(text, opens[-1].end(), s):
        return None
    line_end = text.find("\n", e)
    close = _SINGLE_CLOSE.search(text, e, min(e + 100, len(text) if line_end < 0 else line_end))
    return None if close is None else text[opens[-1].end():close.start()]


_SMALL_WORDS = frozenset("a an the of in on at to for and or but nor by with as from vs via "
                         "into onto over up out off per than".split())


_CAP_WORD = re.compile(r"[^\W\d_][\w'\-]*")


def ends_with(matcher: PhraseMatcher, text: str) -> bool:
    """Whether ``text`` (before a quotation) ends with one of the matcher's phrases."""
    text = text.rstrip()
    return any(h.end == len(text) for h in matcher.finditer(text))


def mentioned(nar: Narration, q, mentions: PhraseMatcher) -> bool:
    """True when a cue right after the quotation ('“x” label', '“x” and “y” labels') names it
    as a term; quotations joined by 'and'/'or'/commas share the cue."""
    pos = q.close
    for _ in range(4):
        m = _NEXT_WORD.match(nar.text, pos)
        if not m:
            return False
        hit = next(mentions.finditer(nar.text, m.start(1), m.end(1) + 20), None)
        if hit is not None and hit.start == m.start(1):
            return True
        if m.group(1) not in ("and", "or") and not m.group(1).startswith(MASK):
            return False
        pos = m.end()
    return False


_NEXT_WORD = re.compile(r"""[\s,"']*([\w'\-]+|\x00+)["']?""")

# What follows a marker: a quotation, or up to three words (matching view: straight marks).
TERM_AFTER = re.compile(r"""[ \t]*("[^"\n]{1,80}"|'[^'\n]{1,80}'"""
                        r"""|\w[\w'\-]*(?:[ \t]+\w[\w'\-]*){0,2})""")

_NOUN_AFTER = re.compile(r"[ \t]+([a-z][a-z\-]+)\b")
_OR_QUOTED = re.compile(r"""[ \t]+or[ \t]+["'][^"'\n]{1,40}["']""")
_FUNCTION_WORDS = frozenset(
    "in on at of for to from with by as and or but nor that which who whom whose is are was "
    "were be been being have has had will would can could may might must should shall do does "
    "did the a an this these those it they he she we you i its their his her our not also than "
    "then there here when where while if so such into onto over under about after before "
    "against during since until like".split())


def marker_names_a_term(nar: Narration, match, heads: Any) -> bool:
    """Whether the words after 'so-called' (``match`` of ``TERM_AFTER`` over the matching
    view) are a term being introduced: a word naming a law, list or measure among them ('the
    so-called Cadillac tax', 'so-called tax extenders'), or a quotation that modifies the
    noun after it ('so-called “closed” primaries', '“independent expenditure” reports'), or a
    compound term of three words (:func:`_compound_term`)."""
    from quotecheck.framing.verbcontext import verb_class

    term = match.group(1)
    if heads is not None and any(heads.value(w.lower()) is not None for w in words_of(term)):
        return True
    if term[:1] not in "\"'":
        return _cue_closes_name(nar, match, heads) or _compound_term(nar, match, verb_class)

    if _OR_QUOTED.match(nar.view.text, match.end(1)):
        return True         # so-called “rogue” or “free-floating” planets: two names of a term
    nxt = _NOUN_AFTER.match(nar.text, match.end(1))
    if not nxt or nxt.group(1) in _FUNCTION_WORDS:
        return False
    word = nxt.group(1)     # a plural noun may be spelt like a verb ('reports'); 'says' is not
    return verb_class(word) is None or (word.endswith("s") and word != "says")


def _cue_closes_name(nar: Narration, match, cues: Any) -> bool:
    """'so-called defense of marriage act', 'so-called right to work law': a law or measure
    named by three words joined by a preposition, its cue word fourth (``TERM_AFTER`` reads
    three words, so the cue falls just outside them)."""
    words = words_of(match.group(1))
    if cues is None or len(words) != 3 or words[1].lower() not in _NAME_JOINERS:
        return False
    nxt = _NEXT_CUE.match(nar.view.text, match.end(1))
    return nxt is not None and cues.value(nxt.group(1).lower()) is not None


_NAME_JOINERS = frozenset(("of", "to", "on", "for", "and"))
_NEXT_CUE = re.compile(r"[ \t]+([A-Za-z][\w\-]*)\b")


def _compound_term(nar: Narration, match, verb_class) -> bool:
    """Whether three words after 'so-called' (two after 'a so-called', or after 'the
    so-called' when a preposition closes them, 'the so-called greenshoe option of':
    :func:`_two_word_term`) read as one compound term being introduced ('so-called boutique
    investment banks', 'the so-called Whitewater real estate deal', 'a so-called Blue Dog
    Democrat'): no function word, verb or participle among them ('a so-called self-made
    tycoon standing up for' is a label and its clause), and not a proper name followed
    by a common noun ('so-called Islamic State group' doubts the name), nor after a
    possessive ('his so-called coronavirus task force' doubts the owner's name)."""
    s, e = nar.original(match.start(1), match.end(1))
    words = words_of(nar.doc.text[s:e])
    two = (_INDEFINITE_BEFORE.search(nar.text, max(0, match.start() - 12), match.start())
           and _two_word_term(words)) or (
        _DEFINITE_BEFORE.search(nar.text, max(0, match.start() - 16), match.start())
        and words[2:3] and words[2].lower() in _PREPOSITIONS and _two_word_term(words))
    words = two or words
    if len(words) != (2 if two else 3) or _POSSESSIVE_BEFORE.search(
            nar.text, max(0, match.start() - 40), match.start()):
        return False
    for w in words:
        low = w.lower()
        if low in _FUNCTION_WORDS or verb_class(low) is not None or low.endswith(("ed", "ing")):
            return False
    return [w[:1].isupper() for w in words] != [True, True, False]


def _two_word_term(words: list) -> list:
    """After 'a so-called', two lower-case words closed by a preposition or the sentence ('a
    so-called white knight at', 'a so-called illiberal democracy.') read as a term being
    introduced: the two words; [] otherwise (a clause after them, 'a so-called budget hawk
    who', keeps the label)."""
    if len(words) == 3 and (words[2].lower() not in _FUNCTION_WORDS
                            or words[2].lower() in _CLAUSE_OPENERS):
        return []
    if len(words) not in (2, 3) or not all(w.islower() for w in words[:2]):
        return []
    return words[:2]


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+so-called\s*$")
_DEFINITE_BEFORE = re.compile(r"(?<![\w\-])[Tt]he\s+so-called\s*$")
_PREPOSITIONS = frozenset("of in on at for to from with by under over between".split())
_CLAUSE_OPENERS = frozenset("who whom whose which that".split())
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|its|our|my|your|[\w\-]+'s|[\w\-]+s')"
                                r"\s+(?:self-styled|self-proclaimed|so-called)\s*$")


_GENERIC_BEFORE = re.compile(r"(?:\b(?:at|of|against|for|from|to|with|by|among|be)|\bthat)"
                             r"[ \t]+$")
# a fear or a warning of what a kind of person may do ("concerns terrorists were organizing
# there", "fears that extremists would exploit it"): the kind, not a group named
_FEAR_BEFORE = re.compile(r"\b(?:concerns?|fears?|worries|warnings?|suspicions?)"
                          r"(?:[ \t]+that)?[ \t]+$")
_MODAL_AFTER = re.compile(r"(?:[ \t]+[\w\-]+){0,4}?[ \t]+(?:would|could|might|may|can|will)\b")


# the adjective before a bare plural of groups after a preposition ("the digital practices of
# terrorist groups", "a scholar of sects and fringe extremist organizations"): a
# kind of group; not one named after it ("terrorist groups like ...")
_GROUP_HEAD = re.compile(r"[ \t]+(?:groups|organizations|organisations|cells|outfits)\b"
                         r"(?![ \t]+(?:like|such|including)\b)")
_KIND_BEFORE = re.compile(
    r"\b(?:at|of|against|for|from|to|with|by|among|on|about)[ \t]+"
    r"(?:(?!(?:the|these|those|its|their|his|her|our|such)\b)[\w\-]+[ \t]+(?:and|or)[ \t]+)?"
    r"(?:(?!(?:the|these|those|its|their|his|her|our|such)\b)[\w\-]+[ \t]+)?$")


# 'no' or 'any' before the adjective of a group ("no terrorist organization has claimed
# responsibility", "links to any extremist group"): no group is named, a kind is
_NO_OR_ANY = re.compile(r"\b(?:no|any)[ \t]+$", re.IGNORECASE)
_ANY_GROUP_HEAD = re.compile(r"[ \t]+(?:groups?|organi[sz]ations?|cells?|outfits?|networks?)\b")


# a bare plural after a preposition, and the label joined to it ("a haven for criminals and
# terrorists", "faulted the site for hosting extremist groups and terrorists"): one kind
_KIND_AND = re.compile(
    r"\b(?:at|of|against|for|from|to|with|by|among|on|about)[ \t]+"
    r"(?:(?!(?:the|these|those|its|their|his|her|our|such|a|an)\b)[\w\-]+[ \t]+){0,2}"
    r"(?!(?:the|these|those|its|their|his|her|our|such)\b)[\w\-]+s,?[ \t]+(?:and|or)[ \t]+"
    r"(?:[\w]+-[\w\-]+[ \t]+)?$")     # "... and right-wing extremists": a hyphened modifier


def generic_plural(nar: Narration, start: int, end: int) -> bool:
    """Whether a plural label at narration ``[start, end)``, or the adjective before a bare
    plural of groups (``_GROUP_HEAD``), names a kind of person, not a group: bare, after a
    preposition or 'be' ('measures aimed at terrorists', 'said of terrorists', 'could be
    terrorists'), joined to such a plural ('a haven for criminals and terrorists'), after 'no'
    or 'any' before a group noun ('no terrorist organization has claimed'), or the subject of a modal ('that terrorists armed with knives could ...'). 'Terrorists attacked', 'these terrorists' and 'Antifa
    terrorists' name someone and are kept."""
    text = nar.text
    if not text[start:end].endswith("s"):
        if _NO_OR_ANY.search(text, max(0, start - 12), start) and _ANY_GROUP_HEAD.match(
                text, end, min(len(text), end + 40)):
            return True             # "no terrorist organization has claimed responsibility"
        head = _GROUP_HEAD.match(text, end, min(len(text), end + 40))
        return bool(head and _KIND_BEFORE.search(text, max(0, start - 60), start))
    if _KIND_AND.search(text, max(0, start - 60), start):
        return True                 # "a haven for criminals and terrorists"
    if _FEAR_BEFORE.search(text, max(0, start - 30), start):
        return True                 # "citing concerns terrorists were organizing there"
    m = _GENERIC_BEFORE.search(text, max(0, start - 12), start)
    if not m:
        return False
    if m.group().startswith("that"):
        return bool(_MODAL_AFTER.match(text, end, min(len(text), end + 60)))
    return True


def coined_name(term: str, heads: Any) -> bool:
    """Whether ``term`` (the words after 'so-called', original case) is a capitalised name of
    a leak, a file or a legend ('the so-called Panama Papers', 'so-called "Curse of the
    Goat"'): a capitalised word among them is one of ``heads`` (a matcher of lower-case
    words), so the marker introduces a coined name rather than doubting a label."""
    if heads is None:
        return False
    return any(w[:1].isupper() and heads.value(w.lower()) is not None for w in words_of(term))


def words_pattern(words) -> "re.Pattern | None":
    """A whole-word pattern of ``words`` (hyphens count as letters), None when empty."""
    if not words:
        return None
    return re.compile(r"(?<![\w\-])(?:%s)(?![\w\-])" % "|".join(
        re.escape(w) for w in sorted(words, key=len, reverse=True)))
