"""Find who a quotation is attributed to, and with which reporting verb, within its sentence.

Reads the word lists in ``rules/data/attribution.toml``: reporting verbs (all forms), titles,
roles, pronouns and organisation cues. Works on one sentence at a time with quotes masked, so
quoted words never act as speakers or verbs. Resolving pronouns and descriptions to names is
left to :mod:`quotecheck.speakers`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .ruledata import load_data

_UPPER = "".join(chr(c) for c in range(0x41, 0x2000) if chr(c).isupper() and chr(c).isalpha())
UP = "[" + re.escape(_UPPER) + "]"
_SP = "[ \t\u00a0]+"
_APOS = "\u2019'"
PLACEHOLDER = "\u2063"   # masks quoted text (an invisible separator, never a word character)


@dataclass(frozen=True)
class Mention:
    """A phrase that names or points to a speaker: kind is name, pronoun, description or group."""

    start: int
    end: int
    text: str
    kind: str


@dataclass(frozen=True)
class Attribution:
    """A speaker mention and the reporting verb (or phrase) that ties it to quotes."""

    mention: Mention
    verb: Optional[str]
    verb_start: Optional[int]
    verb_end: Optional[int]
    anchor: int          # where the attribution sits: verb start, or the mention's start
    strength: int        # 2 reporting verb or phrase, 1 speech act, 0 punctuation (colon, dash)


def _inflect(lemma: str) -> list[str]:
    """Regular forms of a verb lemma: -s, -ed, -ing."""
    forms = [lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.append(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms.append(lemma[:-1] + "ies")
    else:
        forms.append(lemma + "s")
    if lemma.endswith("e"):
        forms += [lemma + "d", lemma[:-1] + "ing"]
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms += [lemma[:-1] + "ied", lemma + "ing"]
    else:
        forms += [lemma + "ed", lemma + "ing"]
    return forms


def _alternation(words) -> str:
    """A regex alternation of ``words`` factored as a trie (fast in ``re``, longest first)."""
    trie: dict = {}
    for w in set(words):
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie) or "(?!)"


def _trie_regex(node: dict) -> str:
    end = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return "(?:" + body + ")?"
    return body


class Lexicon:
    """Compiled word lists and patterns for attribution; built once per process."""

    def __init__(self, data: dict):
        verbs = data["verbs"]
        irregular = verbs.get("irregular", {})
        self.verb_lemma: dict[str, tuple[str, int]] = {}
        for strength, key in ((1, "speech_acts"), (2, "reporting")):
            for lemma in verbs.get(key, ()):
                forms = list(irregular[lemma]) + [lemma] if lemma in irregular else _inflect(lemma)
                for f in forms:
                    old = self.verb_lemma.get(f)
                    if old is None or old[1] < strength:
                        self.verb_lemma[f] = (lemma, strength)
        phrases = data.get("phrases", {})
        self.source_before = [p.lower() for p in phrases.get("source_before", ())]
        forms = list(self.verb_lemma) + [f.capitalize() for f in self.verb_lemma]
        self.verb_re = re.compile(r"(?:" + _alternation(forms) + r")(?![\w\-])")
        self.phrase_re = re.compile(r"(?<!\w)(?:" + _alternation(self.source_before) + r")(?!\w)",
                                    re.IGNORECASE)
        pron = data["pronouns"]
        self.pronoun_info = {}
        for key in ("male", "female", "plural", "neuter", "first"):
            for p in pron.get(key, ()):
                self.pronoun_info[p] = key
        titles = data["titles"]
        self.titles = frozenset(t.lower() for t in titles["person"])
        self.person_roles = frozenset(titles["person_roles"])
        self.group_roles = frozenset(titles["group_roles"]) | frozenset(
            r + "s" for r in titles["person_roles"] if not r.endswith(("man", "s")))
        self.role_synonyms: dict[str, frozenset] = {}
        for group in titles.get("role_synonyms", ()):
            for w in group:
                self.role_synonyms[w] = self.role_synonyms.get(w, frozenset()) | frozenset(group)
        gender = data.get("gender", {})
        self.male = frozenset(gender.get("male", ()))
        self.female = frozenset(gender.get("female", ()))
        self.female_names = frozenset(gender.get("female_names", ()))
        self.male_names = frozenset(gender.get("male_names", ()))
        self.org_cues = frozenset(w.lower() for w in data["organisations"]["cues"])
        names = data["names"]
        self.particles = frozenset(names["particles"])
        self.not_names = frozenset(names["not_names"])
        self.name_abbreviations = frozenset(a.rstrip(".") for a in names.get("abbreviations", ()))
        self.place_group: dict[str, int] = {}
        for gi, group in enumerate(data.get("places", {}).get("groups", ())):
            for w in group:
                self.place_group[w.lower()] = gi
        self._build_patterns()

    def _build_patterns(self) -> None:
        abbrev = _alternation(a.capitalize() for a in self.name_abbreviations)
        cap = (rf"(?:{UP}\.(?:{UP}\.)+|(?:{abbrev})\.(?=[ \t\u00a0]+{UP})|{UP}[\w{_APOS}\-]*\w"
               rf"|{UP}\.?)")
        titles_lc = [t for t in self.titles if t.isalpha() and " " not in t]
        title_lc = rf"(?:{_alternation(titles_lc)})(?![\w\-])"
        connect = rf"(?:of{_SP}the|of|for|{_alternation(self.particles)})"
        chain = rf"(?<![\w\-{_APOS}.])(?:(?:{cap}|{title_lc})(?:{_SP}{connect}{_SP}|{_SP}))*{cap}(?![\w\-])"
        self.chain_re = re.compile(chain)
        dets = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Oo]ne)"
        poss = rf"{cap}[{_APOS}]s?"
        func = r"(?:and|or|but|the|a|an|of|to|in|on|at|for|with|by|from|that|which|who|as)"
        mod = rf"(?!{func}(?![\w\-]))[\w\-{_APOS}.]+"
        roles = _alternation(self.person_roles | self.group_roles)
        role = rf"(?:{roles})(?![\w\-])"
        groups = _alternation([g for g in self.group_roles if g.endswith("s") or g == "police"])
        desc = (rf"(?<![\w\-{_APOS}])(?:(?:{dets}|{poss}){_SP}(?:{mod}{_SP}){{0,3}}{role}"
                rf"(?:{_SP}(?:for|of|at){_SP}(?:the{_SP})?{chain})?"
                rf"|(?:{cap}{_SP}|{mod}{_SP})?(?i:{groups})(?![\w\-]))")
        pron = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)(?![\w\-])"
        self.mention_at_start = re.compile(rf"[ \t\u00a0]*(?:(?P<desc>{desc})|(?P<chain>{chain})"
                                           rf"|(?P<pron>{pron}))")
        # scanning a whole text: start on a capital, no look-behind (checked by the caller)
        self.scan_re = re.compile(rf"{cap}(?:(?:{_SP}{connect})?(?:{_SP}{title_lc})*{_SP}{cap})*")


_ADVERBS = frozenset((
    "also", "later", "then", "has", "have", "had", "was", "were", "is", "are", "would", "will",
    "could", "may", "might", "once", "previously", "recently", "again", "further", "earlier",
    "reportedly", "allegedly", "not", "never", "himself", "herself", "themselves", "itself",
    "first", "last", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "today", "yesterday", "tonight", "on", "just", "still", "already", "often",
    "frequently", "sometimes", "all", "both", "too", "had", "be", "been", "being",
))
_AUX_PHRASES = (" can be heard", " could be heard", " was heard", " were heard", " is heard",
                " was quoted as", " is quoted as", " were quoted as", " are quoted as",
                " is reported to have", " was reported to have", " is said to have",
                " was said to have", " is understood to have", " is believed to have")


_TIME_TAIL = re.compile(
    r"[ \t\u00a0]+(?:(?:at|on|in|during|over|for|earlier|later|last|this|next|that|each|every)"
    r"[ \t\u00a0]+)?(?:the[ \t\u00a0]+)?(?:same[ \t\u00a0]+)?(?:time|week|month|year|weekend|"
    r"morning|afternoon|evening|night|day|moment|meeting|briefing|conference|interview|event|"
    r"[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|\d{4})$")


def strip_adverbs(pre: str) -> str:
    """``pre`` without trailing adverbs and auxiliaries ("has also", "later", "on Monday")."""
    while True:
        pre = pre.rstrip(" \t\u00a0")
        tm = _TIME_TAIL.search(pre, max(0, len(pre) - 45))
        if tm and tm.start() > 0:
            pre = pre[:tm.start()]
            continue
        if pre.endswith(_AUX_PHRASES):
            for phrase in _AUX_PHRASES:
                if pre.endswith(phrase):
                    pre = pre[:len(pre) - len(phrase)]
                    break
            continue
        cut = max(pre.rfind(" "), pre.rfind("\t"), pre.rfind("\u00a0"))
        word = pre[cut + 1:]
        low = word.lower()
        if low in _ADVERBS or (len(low) > 4 and low.endswith("ly") and low.isalpha()
                               and word[0].islower()):
            if cut < 0:
                return ""
            pre = pre[:cut]
            continue
        return pre


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The attribution lexicon from ``rules/data/attribution.toml``."""
    return Lexicon(load_data("attribution"))


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
        return _mention_ending(pre, lo, lex)
    # "Erica Marat, a professor at ..., told" / "The shadow secretary, Angela Rayner, said"
    inner = pre[:-1].rstrip(" \t\u00a0")
    appos = _mention_ending(inner, lo, lex)
    comma = inner.rfind(",")
    if comma > 0 and len(inner) - comma < 120 and PLACEHOLDER not in inner[comma:]:
        head = _mention_ending(inner[:comma].rstrip(" \t\u00a0"), lo, lex)
        if head is not None and (head.kind == "name" or appos is None or appos.kind != "name"):
            return head
    if appos is not None and appos.kind in ("name", "description"):
        return appos
    return None


_WORDISH = re.compile(rf"[^\W_][\w\-{_APOS}.]*\Z")
_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "this", "that", "one"))
_FUNCTION = frozenset(("and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "at", "for",
                       "with", "by", "from", "that", "which", "who", "as", "than", "if"))


def _name_period(word: str, lex: Lexicon) -> bool:
    """True when a word's final period belongs to a name: J., U.S., Gen."""
    core = word[:-1]
    return len(core) == 1 or "." in core or core.lower() in lex.name_abbreviations


def _possessive(word: str) -> bool:
    return word.endswith(("\u2019s", "'s", "\u2019", "'"))


def _mention_ending(pre: str, base: int, lex: Lexicon) -> Optional[Mention]:
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
            elif (wl in ("of", "for") or wl in lex.particles) and j >= 2 and (
                    toks[j - 2][1][:1].isupper() or toks[j - 2][1].lower() in lex.titles):
                j -= 1
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
        s0 = toks[j][0]
        return _trim_mention(Mention(shift + s0, shift + len(window), window[s0:], "name"), lex)
    if low in lex.person_roles or low in lex.group_roles:
        j = _description_start(toks, k, lex)
        if j is None:
            return None
        s0 = toks[j][0]
        kind = "group" if low in lex.group_roles else "description"
        return Mention(shift + s0, shift + len(window), window[s0:], kind)
    if low in lex.pronoun_info and (last != "I" or True):
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
        if wl in _DETERMINERS or (_possessive(w) and w[:1].isupper()):
            return j - 1
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
    if group == "desc" and text.startswith(", ", e):
        # "the central bank governor, Ana Lima" names the description
        named = lex.chain_re.match(text, e + 2, min(limit, e + 80))
        if named and (named.end() >= limit or text[named.end()] in ",.;:)"):
            return _trim_mention(Mention(named.start(), named.end(), named.group(), "name"), lex)
    return _trim_mention(mention, lex)


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
    out: list[Attribution] = []
    prev_subject: Optional[Mention] = None
    for vm in lex.verb_re.finditer(text, s0, s1):
        vs, ve = vm.span()
        if vs > 0 and (text[vs - 1].isalnum() or text[vs - 1] in "-_\u2019'"):
            continue                                            # inside a word ("unsaid")
        if _is_nominal(text, vs):
            continue
        if vm.group()[0].isupper() and text[s0:vs].strip(_OPENERS):
            continue                                            # "United States", not "States"
        form = vm.group().lower()
        lemma, strength = lex.verb_lemma.get(form, (form, 1))
        before = text[s0:vs].rstrip(" \t\u00a0")
        if _is_passive(before, form):
            agent = _BY_AGENT.match(text, ve, s1)               # "was described by X as"
            mention = mention_after(text, agent.end(), lex, s1) if agent else None
            if mention is not None:
                out.append(Attribution(mention, vm.group(), vs, ve, vs, strength))
            continue
        if form.endswith("ing") and prev_subject is not None and before.endswith(","):
            mention = prev_subject                              # "said, adding"
        else:
            mention = subject_before(text, vs, lex, s0)
        if mention is None:
            if not before or _AFTER_QUOTE.search(before):
                mention = mention_after(text, ve, lex, s1)      # "..., said Putin"
            elif prev_subject is not None and (before.endswith((",", " and", " but"))
                                               or form.endswith("ing")):
                mention = prev_subject                          # "said, adding", "... and vowed"
        if mention is None:
            continue
        prev_subject = mention
        out.append(Attribution(mention, vm.group(), vs, ve, vs, strength))
    for pm in lex.phrase_re.finditer(text, s0, s1):
        mention = mention_after(text, pm.end(), lex, s1)
        if mention is not None:
            out.append(Attribution(mention, pm.group(), pm.start(), pm.end(), pm.start(), 2))
    out.sort(key=lambda a: a.anchor)
    return out


_OPENERS = " \t\u00a0\"'\u201c\u2018\u00ab\u201e([\u2014\u2013-"
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
_COLON_SPEAKER = re.compile(r"[ \t\u00a0]*:[ \t\u00a0]*$")
_DASH_SPEAKER = re.compile("[ \t\u00a0]*[\u2013\u2014-][ \t\u00a0]*")


def punctuation_attribution(text: str, open_start: int, close_end: Optional[int],
                            s0: int, s1: int, lex: Lexicon) -> Optional[Attribution]:
    """'X: “quote”' (colon) or '“quote” – X' at the end of a headline (dash)."""
    pre = text[s0:open_start]
    if _COLON_SPEAKER.search(pre):
        colon = pre.rindex(":")
        m = _mention_ending(pre[:colon].rstrip(), s0, lex)
        if m is not None and (m.kind != "pronoun"):
            return Attribution(m, None, None, None, m.start, 0)
    if close_end is not None:
        dm = _DASH_SPEAKER.match(text, close_end, s1)
        if dm:
            m = mention_after(text, dm.end(), lex, s1)
            if m is not None and m.kind == "name" and text[m.end:s1].strip(" .") == "":
                return Attribution(m, None, None, None, m.start, 0)
    return None
