"""Find who a quotation is attributed to, and with which reporting verb, within its sentence.

Uses the word lists of :mod:`quotecheck.quotes.attribution_words` (reporting verbs, titles, roles,
pronouns). Works on one sentence at a time with quotes masked, so quoted words never act as
speakers or verbs. Resolving pronouns and descriptions to names is left to
:mod:`quotecheck.quotes.coreference`.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from quotecheck.quotes.attribution_words import (_ADVERBS, _APOS, Lexicon, lexicon,  # noqa: F401
                                                 strip_adverbs)
from quotecheck.quotes.mentions import (_RELATIVE_TAIL, PLACEHOLDER, Mention,  # noqa: F401
                                        _mention_ending, classify_mention, generic_after,
                                        mention_after, mention_ending)


class Attribution(NamedTuple):
    """A speaker mention and the reporting verb (or phrase) that ties it to quotes."""

    mention: Mention
    verb: Optional[str]
    verb_start: Optional[int]
    verb_end: Optional[int]
    anchor: int          # where the attribution sits: verb start, or the mention's start
    strength: int        # 2 reporting verb or phrase, 1 speech act, 0 punctuation (colon, dash)


def subject_before(text: str, pos: int, lex: Lexicon, floor: int = 0) -> Optional[Mention]:
    """The mention that ends just before ``pos`` (skipping adverbs and one comma apposition)."""
    lo = max(floor, pos - 160)
    pre = strip_adverbs(text[lo:pos])   # again only when a party tag goes (else the same)
    pre = strip_adverbs(_drop_party_tag(pre)) if pre.endswith((")", "),")) else pre
    if not pre.endswith(","):
        return _mention_ending(pre, lo, lex, True)
    # "Erica Marat, a professor at ..., told" / "The shadow secretary, Angela Rayner, said"
    inner = pre[:-1].rstrip(" \t\u00a0")
    rel = _relative_tail(inner)
    while rel is not None and rel.start() > 0:
        # "Ellen Park, a partner at X, which led the round, said": skip the nested clause;
        # "One engineer who was let go, and who asked ..., said": both of them
        inner = _drop_party_tag(inner[:rel.start()].rstrip(" \t\u00a0"))
        rel = _relative_tail(inner)
    appos = _mention_ending(inner, lo, lex, True)
    comma = inner.rfind(",")
    if comma > 0 and _PARTICIPLE_APPOS.match(inner, comma + 1):
        # "The letters, seen by the Courier, say" / "The lawsuit, filed in X Court, alleges":
        # the participial phrase's agent or place is no speaker; the noun before it is
        head = _mention_ending(inner[:comma].rstrip(" \t\u00a0"), lo, lex, True)
        return head if head is not None and head.kind != "pronoun" else None
    if comma > 0 and len(inner) - comma < 120 and PLACEHOLDER not in inner[comma:]:
        head = _mention_ending(inner[:comma].rstrip(" \t\u00a0"), lo, lex, True)
        if head is not None and appos is not None and appos.kind == "name" and \
                _GOVERNED.search(text, max(lo, head.start - 12), head.start):
            return appos        # "Of Carson, Levine, who backs Rubio, said": Levine
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


_GOVERNED = re.compile(r"\b(?:[Oo]f|[Oo]n|[Aa]bout|[Tt]o|[Ff]or|[Ww]ith|[Aa]gainst|[Ll]ike|[Uu]nlike|"
                       r"[Aa]s for)[ \t\u00a0]+\Z")


# "Gov. Ida Marsh (R-OK) said", "Sen. Al Rook (D-R.I.), said": a party and state tag
_PARTY_TAG = re.compile(r"(?<=\w)[ \t\u00a0]*\([A-Z][\w.\- ]{0,18}\),?\Z")


def _drop_party_tag(pre: str) -> str:
    """``pre`` without a final party tag; only a text ending in ')' or '),' can have one, the
    others skip the search (an end-anchored search still tries every offset)."""
    return _PARTY_TAG.sub("", pre) if pre.endswith((")", "),")) else pre


def _relative_tail(inner: str):
    """_RELATIVE_TAIL's match in ``inner``: it holds no comma but a first one, so it starts at
    or after the last comma, where the search starts."""
    return _RELATIVE_TAIL.search(inner, max(0, inner.rfind(",")))


_PARTICIPLE_APPOS = re.compile(
    r"[ \t\u00a0]*(?:first[ \t\u00a0]+|also[ \t\u00a0]+|later[ \t\u00a0]+)?"
    r"(?:seen|obtained|reviewed|filed|released|published|issued|sent|signed|dated|leaked|"
    r"posted|shared|written|prepared|commissioned|submitted|presented|tabled|made|given|"
    r"viewed|delivered|distributed|circulated|drafted|unveiled|launched)[ \t\u00a0]")


def _is_nominal(text: str, s: int) -> bool:
    """True when the verb-looking word at ``s`` is used as a noun ("the state", "a call")."""
    before = text[max(0, s - 40):s].rstrip().rsplit(None, 2)
    if not before:
        return False
    w = before[-1].lower()
    if len(before) >= 2 and before[-1][:1].isupper() and before[-1][-1:].isalnum() and \
            before[-2].lower() in ("a", "an", "his", "her", "its", "their", "our", "my"):
        return True         # "a Twitter comment", "a Trump-style retort": a noun
    return w in _NOMINAL_DETS


_NOMINAL_DETS = ("the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my",
                 "whose", "of", "those", "these", "any", "no", "every", "to")


def sentence_attributions(text: str, s0: int, s1: int, lex: Lexicon) -> list[Attribution]:
    """Every (mention, verb) pair in the masked sentence ``text[s0:s1]``, in order."""
    return SentenceAttributions(text, s0, s1, lex).all()


_CALL_NOUN = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)"
                        r"[ \t\u00a0]+[a-z]+(?<!s)|\w-[a-z]+|\b(?:phone|press|conference))"
                        r"[ \t\u00a0]+\Z")
_NOUN_VERBS = frozenset(("state", "states", "order", "orders"))
_VERB_NEXT = re.compile(r"[ \t\u00a0]*(?:[,.;:!?\u2014\u2013\"\u201c\u2063]|(?:that|in|on|to|as|"
                        r"it|this|the)\b)")


def noun_use(text: str, vm) -> bool:
    """True for "state" or "order" used as a noun ("his home state of Ohio", "an executive order
    signed by", "state Sen. Vale"): the verb is followed by a clause, a quote, "that" or "in"
    ("the Saudis state in a paper", "the memo states: …")."""
    if vm.group() == "call":    # "during a phone call", "a wake-up call", "on a press call"
        return _CALL_NOUN.search(text, max(0, vm.start() - 40), vm.start()) is not None
    if vm.group().lower() not in _NOUN_VERBS:
        return False
    return _VERB_NEXT.match(text, vm.end()) is None


class SentenceAttributions:
    """The attributions of one masked sentence, each worked out only when asked for: a quote
    usually needs the one next to it, not every verb of its sentence."""

    def __init__(self, text: str, s0: int, s1: int, lex: Lexicon, verbs: Optional[list] = None,
                 phrases: bool = True):
        """``verbs``: the sentence's verb matches when the caller scanned the whole text once;
        ``phrases`` False when the text holds no phrase hint at all."""
        self.text, self.s0, self.s1, self.lex = text, s0, s1, lex
        # checked when first used
        self._verbs = [vm for vm in (lex.verbs_in(text, s0, s1) if verbs is None
                                     else verbs) if not noun_use(text, vm)]
        self._phrases = (list(lex.phrase_re.finditer(text, s0, s1)) if phrases and any(
            text.find(h, s0, s1) >= 0 for h in lex.phrase_hints) else [])
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

    def words_before(self, pos: int) -> list:
        """The verb and phrase words (as written) anchored before ``pos``: a cheap look
        before working out any attribution."""
        return [(self._verbs[i] if kind == 0 else self._phrases[i]).group()
                for anchor, kind, i in self._items if anchor < pos]

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
        if form == "read" and before and not _after_quote(before):
            return None, False      # "a statement read in court": only "“…,” read a statement"
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
                else:       # "Speaking in Salem, New Hampshire, Trump went after Bush, calling"
                    mention = _clause_subject(text, s0, vs, lex)
        if mention is None:
            mention = subject_before(text, vs, lex, s0)
            if mention is None or _LOCATIVE_BEFORE.search(text, max(s0, mention.start - 8),
                                                          mention.start):
                mention = _after_quote_subject(text, s0, vs, lex) or mention
        if mention is None and before.endswith((" and", " but")):
            acted = _ACTED_AND.search(before)       # "Ms. Sherry smiled and said"
            if acted and (acted.group(1).endswith("ed") or lex.is_verb_form(acted.group(1))):
                mention = subject_before(text, vs - len(before) + acted.start(), lex, s0)
        if mention is None:
            if not before or _after_quote(before):
                mention = mention_after(text, ve, lex, s1)      # "..., said Putin"
                if (mention is None or mention.text.lower() in ("one", "another")) and \
                        lex.verb_lemma.get(form, ("", 0))[0] in _CORE_SPEECH:
                    mention = generic_after(text, ve, lex, s1) or mention
            elif before.endswith((",", " and", " but")) or form.endswith("ing"):
                mention = self._previous_subject(i)             # "... and vowed"
        if mention is None or not _plausible_speaker(mention, form, lex):
            return None, False
        return Attribution(mention, vm.group(), vs, ve, vs, strength), True


def _clause_subject(text: str, s0: int, vs: int, lex: Lexicon) -> Optional[Mention]:
    """The subject of the main clause before a participle: the first name or pronoun, at the
    sentence start or after one of its first commas, followed by a lower-case verb."""
    starts = [s0]
    for _ in range(3):
        c = text.find(",", starts[-1], vs)
        if c == -1:
            break
        starts.append(c + 1)
    for p in starts:
        m = mention_after(text, p, lex, vs)
        if m is None or m.kind not in ("name", "pronoun") or text[p:m.start].strip(_OPENERS):
            continue
        nxt = _NEXT_LOWER.match(text, m.end, vs)
        if nxt and (nxt.group(1).endswith("ed") or nxt.group(1) in IRREGULAR_PAST
                    or lex.is_verb_form(nxt.group(1))) and \
                PLACEHOLDER not in text[p:m.start]:
            return m
    return None


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|near)[ \t\u00a0]+\Z")
_CLOSE_MARKS = "\"'\u201d\u2019\u00bb\u203a, \t\u00a0"


def _after_quote_subject(text: str, s0: int, vs: int, lex: Lexicon) -> Optional[Mention]:
    """'“…,” Mr. Danilov, now 81 and retired in Cambridge, Mass., said': the name or
    description right after the quotation, before its commas, speaks."""
    q = text.rfind(PLACEHOLDER, s0, vs)
    if q == -1 or vs - q > 160:
        return None
    p = q + 1
    while p < vs and text[p] in _CLOSE_MARKS:
        p += 1
    m = mention_after(text, p, lex, vs)
    if m is None or m.kind not in ("name", "description") or m.start - p > 1 or \
            not text.startswith(",", m.end):
        return None
    return m


IRREGULAR_PAST = frozenset((
    "went", "got", "took", "made", "gave", "came", "began", "ran", "held", "kept", "left", "met",
    "put", "set", "sent", "spent", "stood", "brought", "thought", "found", "felt", "lost", "won",
    "spoke", "struck", "threw", "drew", "fought", "hit", "led", "saw", "sought", "shot", "stuck",
    "tore", "rose", "broke", "chose", "dug", "flew", "grew", "knew", "paid", "sat", "laid",
    "built", "bought", "caught", "sold", "heard", "meant", "became", "wore", "swore", "fled",
    "lent", "bent", "sang", "rang", "slept", "dealt", "forgot", "forgave", "overcame"))
_NEXT_LOWER = re.compile(r"[ \t\u00a0]+([a-z]+)\b")
_ACTED_AND = re.compile(r"[ \t\u00a0]+([a-z]+)(?:[ \t\u00a0]+[a-z]+)?[ \t\u00a0]+(?:and|but)\Z")
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
    if head in lex.documents or (head.endswith("s") and head[:-1] in lex.documents):
        return True         # "The lawsuit ... alleges", "The notices ... warn"
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


def _after_quote(before: str) -> bool:
    """``before`` ends with a closing mark (and a comma): two characters and a final line
    break at most, so only its last three are searched."""
    return _AFTER_QUOTE.search(before, max(0, len(before) - 3)) is not None


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
