"""Find who a quotation is attributed to, and with which reporting verb, within its sentence.

Uses the word lists of :mod:`quotecheck.attribution_words` (reporting verbs, titles, roles,
pronouns). Works on one sentence at a time with quotes masked, so quoted words never act as
speakers or verbs. Resolving pronouns and descriptions to names is left to
:mod:`quotecheck.coreference`.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from .attribution_words import _ADVERBS, _APOS, Lexicon, lexicon, strip_adverbs  # noqa: F401

PLACEHOLDER = "\u2063"   # masks quoted text (an invisible separator, never a word character)


class Mention(NamedTuple):
    """A phrase that names or points to a speaker: kind is name, pronoun, description or group."""

    start: int
    end: int
    text: str
    kind: str


class Attribution(NamedTuple):
    """A speaker mention and the reporting verb (or phrase) that ties it to quotes."""

    mention: Mention
    verb: Optional[str]
    verb_start: Optional[int]
    verb_end: Optional[int]
    anchor: int          # where the attribution sits: verb start, or the mention's start
    strength: int        # 2 reporting verb or phrase, 1 speech act, 0 punctuation (colon, dash)


def classify_mention(text: str, group: str, lex: Lexicon) -> str:
    """The kind of a matched mention: name, pronoun, description or group."""
    if group == "pron":
        return "pronoun"
    if group == "desc":
        last = text.rsplit(None, 1)[-1].lower()
        return "group" if last in lex.group_roles else "description"
    return "name"


def _trim_mention(m: Mention, lex: Lexicon) -> Optional[Mention]:
    """Drop leading words that cannot start a name; reject possessives and non-names."""
    text = m.text
    if text.endswith(("\u2019", "'", "\u2019s", "'s")):
        return None
    if m.kind != "name":
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


def subject_before(text: str, pos: int, lex: Lexicon, floor: int = 0) -> Optional[Mention]:
    """The mention that ends just before ``pos`` (skipping adverbs and one comma apposition)."""
    lo = max(floor, pos - 160)
    pre = text[lo:pos]
    pre = strip_adverbs(pre)
    if not pre.endswith(","):
        return _mention_ending(pre, lo, lex, True)
    # "Erica Marat, a professor at ..., told" / "The shadow secretary, Angela Rayner, said"
    inner = pre[:-1].rstrip(" \t\u00a0")
    rel = _RELATIVE_TAIL.search(inner)
    if rel is not None and rel.start() > 0:
        # "Ellen Park, a partner at X, which led the round, said": skip the nested clause
        inner = inner[:rel.start()].rstrip(" \t\u00a0")
    appos = _mention_ending(inner, lo, lex, True)
    comma = inner.rfind(",")
    if comma > 0 and len(inner) - comma < 120 and PLACEHOLDER not in inner[comma:]:
        head = _mention_ending(inner[:comma].rstrip(" \t\u00a0"), lo, lex, True)
        if head is not None and (head.kind == "name" or appos is None or appos.kind != "name"):
            return head
        # "Jones, 45, a retired teacher from Hamilton, said": a name two commas back
        comma2 = inner.rfind(",", 0, comma)
        if comma2 > 0 and comma - comma2 < 30 and (appos is None or appos.kind != "name"):
            name = _mention_ending(inner[:comma2].rstrip(" \t\u00a0"), lo, lex, False)
            if name is not None and name.kind == "name":
                return name
    if appos is not None and appos.kind in ("name", "description"):
        return appos
    return None


_RELATIVE_TAIL = re.compile(r",[ \t\u00a0]+(?:which|whose|who|whom|where)\b[^,]*\Z")
_WORDISH = re.compile(rf"[^\W_][\w\-{_APOS}.]*\Z")
_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "this", "that", "one"))
_FUNCTION = frozenset(("and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "at", "for",
                       "with", "by", "from", "that", "which", "who", "as", "than", "if"))


def _name_period(word: str, lex: Lexicon) -> bool:
    """True when a word's final period belongs to a name: J., U.S., Gen."""
    core = word[:-1]
    return len(core) == 1 or "." in core or core.lower() in lex.name_abbreviations


_POSTMODIFIERS = frozenset(("with", "to", "on", "of", "for", "at", "in", "from", "about"))
_LOCATIVE = frozenset(("in", "of", "from", "at", "near", "across", "outside", "inside", "around"))


def _base(word: str) -> str:
    return word[:-2] if word.endswith(("\u2019s", "'s")) else word


def _postmodified(toks: list, j: int, low: str, lex: Lexicon) -> tuple:
    """Extend a description back over a role it modifies: "A source familiar with the talks",
    "an official close to the minister" (the speaker is the source, the official)."""
    for r in range(j - 2, max(-1, j - 4), -1):
        if toks[r + 1][1].lower() in _POSTMODIFIERS and toks[r][1].lower() not in _FUNCTION:
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


def mention_ending(pre: str, base: int, lex: Lexicon) -> Optional[Mention]:
    """The name, description or pronoun that ends ``pre`` (offsets shifted by ``base``)."""
    return _mention_ending(pre, base, lex)


def _mention_ending(pre: str, base: int, lex: Lexicon, generic: bool = False) -> Optional[Mention]:
    """The longest mention (name chain, description or pronoun) that ends ``pre`` exactly.

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
    toks = []
    end = len(window)
    for w in reversed(words):
        st = window.rfind(w, 0, end)
        toks.append((st, w))
        end = st
    toks.reverse()
    last = toks[-1][1]
    if not _WORDISH.match(last) or _possessive(last):
        return None
    k = len(toks) - 1
    low = last.lower()
    if low in lex.pronoun_info and (k == 0 or not toks[k - 1][1][:1].isupper()
                                    or not _WORDISH.match(toks[k - 1][1])
                                    or toks[k - 1][1].endswith(".")):
        return Mention(shift + toks[k][0], shift + len(window), last, "pronoun")
    if last[0].isupper():
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
        if p is not None and (all(_base(t).lower() in lex.place_group for _, t in toks[j:])
                              or toks[p - 1][1][:1].isupper()
                              or toks[p - 1][1].lower() in lex.person_roles):
            # "A hospital trust in the north of England", "Jane Smith from Ohio"
            head = _mention_ending(window[:toks[p][0]].rstrip(), shift, lex, generic)
            if head is not None:
                return head
        s0 = toks[j][0]
        return _trim_mention(Mention(shift + s0, shift + len(window), window[s0:], "name"), lex)
    if low in lex.person_roles or low in lex.group_roles:
        j = _description_start(toks, k, lex)
        if j is None:
            return None
        j, low = _postmodified(toks, j, low, lex)
        s0 = toks[j][0]
        kind = "group" if low in lex.group_roles else "description"
        return Mention(shift + s0, shift + len(window), window[s0:], kind)
    if generic and last.isalpha() and last.islower() and low not in _FUNCTION \
            and low not in _ADVERBS and low not in lex.pronoun_info and k > 0:
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
            while p > 0 and (toks[p - 1][1][:1].isupper() and _WORDISH.match(toks[p - 1][1])):
                p -= 1
            return p
        if wl in _FUNCTION or not _WORDISH.match(w) or mods >= 3 or wl in lex.pronoun_info:
            break
        j -= 1
        mods += 1
    if low in lex.group_roles and (low.endswith("s") or low == "police"):
        return j            # "Kazakh officials", "police": no determiner needed
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


def mention_after(text: str, pos: int, lex: Lexicon, limit: int) -> Optional[Mention]:
    """The mention that starts right after ``pos`` (an inverted "said Putin")."""
    m = lex.mention_at_start.match(text, pos, min(limit, pos + 160))
    if not m:
        return None
    group = m.lastgroup or "chain"
    s, e = m.span(group)
    mention = Mention(s, e, text[s:e], classify_mention(text[s:e], group, lex))
    if group == "desc" and text[s:e].rsplit(None, 1)[-1].lower() in lex.documents:
        source = _DOCUMENT_SOURCE.match(text, e, min(limit, e + 12))
        if source:          # "said a statement from Lakeshore Credit Union": the organisation
            named = lex.appos_re.match(text, source.end(), min(limit, source.end() + 80))
            if named:
                a, b = named.span("name")
                return _trim_mention(Mention(a, b, text[a:b], "name"), lex)
    if group == "desc" and text.startswith(", ", e):
        # "the central bank governor, Ana Lima" names the description
        named = lex.appos_re.match(text, e + 2, min(limit, e + 80))
        if named and (named.end() >= limit or text[named.end()] in ",.;:)"):
            a, b = named.span("name")   # "One voter, retired teacher Bernard Mulenga,"
            return _trim_mention(Mention(a, b, text[a:b], "name"), lex)
    return _trim_mention(mention, lex)


_DOCUMENT_SOURCE = re.compile(r"[ \t\u00a0]+(?:from|by|of)[ \t\u00a0]+(?:the[ \t\u00a0]+)?")


def _is_nominal(text: str, s: int) -> bool:
    """True when the verb-looking word at ``s`` is used as a noun ("the state", "a call")."""
    before = text[max(0, s - 12):s].rstrip().rsplit(None, 1)
    if not before:
        return False
    w = before[-1].lower()
    return w in ("the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my",
                 "of", "whose", "those", "these", "any", "no", "every", "to")


def sentence_attributions(text: str, s0: int, s1: int, lex: Lexicon) -> list[Attribution]:
    """Every (mention, verb) pair in the masked sentence ``text[s0:s1]``, in order."""
    return SentenceAttributions(text, s0, s1, lex).all()


class SentenceAttributions:
    """The attributions of one masked sentence, each worked out only when asked for: a quote
    usually needs the one next to it, not every verb of its sentence."""

    def __init__(self, text: str, s0: int, s1: int, lex: Lexicon):
        self.text, self.s0, self.s1, self.lex = text, s0, s1, lex
        self._verbs = list(lex.verb_re.finditer(text, s0, s1))   # checked when first used
        sentence = text[s0:s1]
        self._phrases = (list(lex.phrase_re.finditer(text, s0, s1))
                         if any(h in sentence for h in lex.phrase_hints) else [])
        items = [(vm.start(), 0, i) for i, vm in enumerate(self._verbs)]
        if self._phrases:
            items += [(pm.start(), 1, i) for i, pm in enumerate(self._phrases)]
            items.sort()
        self._items = items
        self._memo: dict = {}

    def all(self) -> list[Attribution]:
        """Every attribution of the sentence, in order."""
        out = [self._get(kind, i) for _, kind, i in self._items]
        return [a for a in out if a is not None]

    def first_after(self, pos: int) -> Optional[Attribution]:
        """The first attribution anchored at or after ``pos``."""
        for anchor, kind, i in self._items:
            if anchor >= pos:
                a = self._get(kind, i)
                if a is not None:
                    return a
        return None

    def last_before(self, pos: int) -> Optional[Attribution]:
        """The last attribution anchored before ``pos``."""
        for anchor, kind, i in reversed(self._items):
            if anchor < pos:
                a = self._get(kind, i)
                if a is not None:
                    return a
        return None

    def _get(self, kind: int, i: int) -> Optional[Attribution]:
        key = (kind, i)
        if key not in self._memo:
            self._memo[key] = self._verb(i) if kind == 0 else self._phrase(i)
        return self._memo[key][0] if kind == 0 else self._memo[key]

    def _phrase(self, i: int) -> Optional[Attribution]:
        pm = self._phrases[i]
        mention = mention_after(self.text, pm.end(), self.lex, self.s1)
        if mention is None:
            return None
        return Attribution(mention, pm.group(), pm.start(), pm.end(), pm.start(), 2)

    def _previous_subject(self, i: int) -> Optional[Mention]:
        for j in range(i - 1, -1, -1):
            if (0, j) not in self._memo:
                self._memo[(0, j)] = self._verb(j)
            att, is_subject = self._memo[(0, j)]
            if att is not None and is_subject:
                return att.mention
        return None

    def _verb(self, i: int) -> tuple:
        """(Attribution or None, whether its mention is the verb's subject)."""
        text, s0, s1, lex = self.text, self.s0, self.s1, self.lex
        vm = self._verbs[i]
        if not _verb_ok(text, vm, s0):
            return None, False
        vs, ve = vm.span()
        form = vm.group().lower()
        strength = lex.verb_lemma.get(form, (form, 1))[1]
        before = text[max(s0, vs - 200):vs].rstrip(" \t\u00a0")
        if _is_passive(before, form):
            agent = _BY_AGENT.match(text, ve, s1)               # "was described by X as"
            mention = mention_after(text, agent.end(), lex, s1) if agent else None
            att = Attribution(mention, vm.group(), vs, ve, vs, strength) if mention else None
            return att, False
        mention = None
        if form.endswith("ing") and before.endswith(" as"):
            quoted = _QUOTED_AS.search(before[-80:])           # "was quoted by Interfax as saying"
            if quoted:
                at = vs - (len(before[-80:]) - quoted.start()) - (len(text[max(s0, vs - 200):vs])
                                                                  - len(before))
                mention = subject_before(text, at, lex, s0)
        if mention is None and form.endswith("ing") and before.endswith(","):
            mention = self._previous_subject(i)                 # "said, adding"
            if mention is None and lex.verb_lemma.get(form, ("", 0))[0] in _CORE_SPEECH:
                opener = mention_after(text, s0, lex, s1)       # "Musk hit back on X, writing"
                if opener is not None and opener.kind in ("name", "pronoun") and \
                        not text[s0:opener.start].strip(_OPENERS):
                    mention = opener
        if mention is None:
            mention = subject_before(text, vs, lex, s0)
        if mention is None:
            if not before or _AFTER_QUOTE.search(before):
                mention = mention_after(text, ve, lex, s1)      # "..., said Putin"
            elif before.endswith((",", " and", " but")) or form.endswith("ing"):
                mention = self._previous_subject(i)             # "... and vowed"
        if mention is None or not _plausible_speaker(mention, form, lex):
            return None, False
        return Attribution(mention, vm.group(), vs, ve, vs, strength), True


_CORE_SPEECH = frozenset(("say", "tell", "add", "write", "ask", "reply", "respond", "claim",
                          "insist", "warn", "explain", "note", "argue", "admit", "acknowledge",
                          "deny", "complain", "recall", "agree", "describe", "call", "state",
                          "announce", "declare", "tweet", "post", "urge", "vow", "promise"))


def _plausible_speaker(mention: Mention, form: str, lex: Lexicon) -> bool:
    """A description headed by a word outside the role lists ("the farmers", "a competing
    baker") speaks only through a core speech verb, not "began" or "continued"."""
    if mention.kind not in ("description", "group"):
        return True
    head = mention.text.rsplit(None, 1)[-1].lower()
    if head in lex.person_roles or head in lex.group_roles:
        return True
    return lex.verb_lemma.get(form, (form, 0))[0] in _CORE_SPEECH


def _verb_ok(text: str, vm, s0: int) -> bool:
    vs = vm.start()
    if vs > 0 and (text[vs - 1].isalnum() or text[vs - 1] in "-_\u2019'"):
        return False                                            # inside a word ("unsaid")
    if _is_nominal(text, vs):
        return False
    if vm.group()[0].isupper() and text[max(s0, vs - 4):vs].strip(_OPENERS) and \
            text[s0:vs].strip(_OPENERS):
        return False                                            # "United States", not "States"
    return True


_OPENERS = " \t\u00a0\"'\u201c\u2018\u00ab\u201e([\u2014\u2013-"
_QUOTED_AS = re.compile(r"\s(?:was|were|is|are|has been|had been|been)\s+quoted\b[^.;:]*\sas$")
_BE = frozenset(("be", "been", "being", "was", "were", "is", "are", "am", "get", "got", "gets"))
_BY_AGENT = re.compile(r"(?:[ \t\u00a0]+\w+ly)?[ \t\u00a0]+by(?=[ \t\u00a0])")


def _is_passive(before: str, form: str) -> bool:
    """True for "have been accused", "was told": the subject is not the speaker."""
    if form.endswith(("ing", "s")) and form not in ("was",):
        return False
    words = before.rsplit(None, 3)[-3:]
    for w in reversed(words):
        low = w.lower()
        if low in _BE:
            return True
        if low not in _ADVERBS and not (low.endswith("ly") and len(low) > 4):
            return False
    return False


_AFTER_QUOTE = re.compile("[\"'\u201d\u2019\u00bb\u203a],?$|,[\"'\u201d\u2019\u00bb\u203a]$")
_GENERIC = re.compile(r"[ \t\u00a0]*(?:[Tt]he|[Aa]n?|[Oo]ne|[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|"
                      r"[Bb]oth|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Dd]ozens of|[Hh]undreds of|"
                      r"[Tt]housands of)(?:[ \t\u00a0]+[a-z][a-z\-]*){1,3}")


def generic_subject(text: str, s0: int, s1: int, lex: Lexicon,
                     loose: bool = False) -> Optional[Mention]:
    """'The farmers said ...': a determiner and a noun right before a reporting verb (or,
    ``loose``, before any verb or an apposition: "Two company directors, ..., were jailed")."""
    m = _GENERIC.match(text, s0, s1)
    if not m:
        return None
    words = list(re.finditer(r"\S+", m.group()))
    for w in reversed(words[1:]):
        end = m.start() + w.end()
        v = lex.verb_re.match(text, end + 1, s1) if text[end:end + 1] == " " else None
        if not v and loose and w.group().endswith("s") and text[end:end + 1] in (",", " "):
            v = True
        if v:
            start = m.start() + words[0].start()
            head = w.group()
            kind = "group" if head.endswith("s") and not head.endswith("ss") else "description"
            return Mention(start, end, text[start:end], kind)
    return None
