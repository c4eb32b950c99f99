"""Word lists for attribution, compiled: reporting verbs in all forms, titles, roles, pronouns,
places and organisation cues from ``rules/data/attribution.toml``, and the patterns built
from them (verb scan, name chains, descriptions). Loaded once per process.
"""
from __future__ import annotations

import re
from functools import cached_property, lru_cache
from typing import Optional

from quotecheck.resources.ruledata import load_data
from quotecheck.resources.warmstart import data_key, remembered
from quotecheck.text.lexicon import trie_alternation

# Capital letters as a few code-point ranges: Basic Latin and Latin-1 capitals exactly; the
# Latin Extended, Greek, Cyrillic and Vietnamese blocks whole (their capitals and small letters
# alternate, and a small letter of those blocks rarely starts a word in news copy). Listing the
# 833 capitals one by one made every pattern on the class slow to compile (~0.6 ms each use).
UP = ("[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u0386-\u03ab\u03cf-\u03ff"
      "\u0400-\u042f\u0460-\u052f\u0531-\u0556\u10a0-\u10cd\u1e00-\u1fff]")
_SP = "[ \t\u00a0]+"
APOSTROPHES = "\u2019'"
"""The apostrophes, typographic and straight, as the inside of a character class."""
_VERB_LEFT = r"(?<![\w\-])"   # a reporting verb starts no word's middle
PLACEHOLDER = "\u2063"   # masks quoted text (an invisible separator, never a word character)
_MASK_RUN = re.compile(PLACEHOLDER + "+")



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


# a sentence's capitalised first word that starts no name before a possessive ("But Ruiz’s
# team said"): the possessive name's words stop there
OPENING_WORDS = frozenset(("But", "And", "Or", "Yet", "So", "Then", "Now", "Still", "Also", "When",
                           "While", "If", "As", "In", "On", "At", "For", "With", "From", "After",
                           "Before", "Since", "Meanwhile", "However", "Instead", "Even", "Only"))


def _alternation(words) -> str:
    """A regex alternation of ``words`` factored as a trie (fast in ``re``, longest first)."""
    return trie_alternation(words)


# the characters ``re`` matches, case-insensitively, for each ASCII letter ("K" also matches
# the Kelvin sign, "s" the long s, "i" the dotted capital and the dotless small i)
_CASE_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _caseless(alternation: str) -> str:
    """``(?i:alternation)`` of a word trie written without the flag: each ASCII letter a class
    of the characters it matches case-insensitively ("[Pp]"). ``re`` skips a branch opening
    with a class in C, but enters every branch opening with a case-insensitive letter; other
    characters keep the flag."""
    out = []
    escaped = False
    for ch in alternation:
        if escaped or ch == "\\":
            out.append(ch)
            escaped = not escaped
        elif ch.isascii() and ch.isalpha():
            low = ch.lower()
            out.append("[" + low + low.upper() + _CASE_EXTRA.get(low, "") + "]")
        elif ch.lower() != ch.upper():    # "é": its own cases, as re has them
            out.append("(?i:" + ch + ")")
        else:
            out.append(ch)
    return "".join(out)


def _after_first(abbreviations) -> str:
    """The capitalised ``abbreviations`` less their first letter, each branch checking that
    letter behind it: ``(?<=G)(?:en|ov)|…`` matches after "G" what ``Gen|Gov`` matches at it."""
    rests: dict = {}
    for a in abbreviations:
        a = a.capitalize()
        if a:
            rests.setdefault(a[0], []).append(a[1:])
    alts = []
    for first in sorted(rests):
        words = [w for w in rests[first] if w]
        body = _alternation(words) if words else ""
        if words and len(words) < len(rests[first]):
            body = f"(?:{body})?"
        alts.append(f"(?<={re.escape(first)}){body}")
    if not alts:
        return "(?!)"
    # every branch is a look-behind, which ``re`` enters one by one at each capital; a
    # look-ahead for what any rest and its dot look like (a run of the rests' characters)
    # fails first at most capitals ("Smith"), with the same matches
    rest = [r for rs in rests.values() for r in rs]
    chars = "".join(sorted({ch for r in rest for ch in r}))
    run = f"[{re.escape(chars)}]{{{min(map(len, rest))},{max(map(len, rest))}}}" if chars else ""
    return f"(?={run}\\.)(?:" + "|".join(alts) + ")"


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
        self.stance_verbs = frozenset(
            f for lemma in verbs.get("stance", ())
            for f in (list(irregular[lemma]) + [lemma] if lemma in irregular else _inflect(lemma)))
        self.after_quote_verbs = frozenset(
            f for lemma in verbs.get("after_quote", ()) for f in _inflect(lemma))
        phrases = data.get("phrases", {})
        self.source_before = [p.lower() for p in phrases.get("source_before", ())]
        # cheap substring test before the phrase regex: each phrase's longest word, less its
        # first letter (so "According" and "according" both hit)
        self.phrase_hints = tuple(max(p.split(), key=len)[1:] for p in self.source_before)
        pron = data["pronouns"]
        self.pronoun_info = {}
        for key in ("male", "female", "plural", "neuter", "first"):
            for p in pron.get(key, ()):
                self.pronoun_info[p] = key
        self.not_relative_heads = frozenset(pron.get("not_relative_heads", ()))
        titles = data["titles"]
        self.titles = frozenset(t.lower() for t in titles["person"])
        self.person_roles = frozenset(titles["person_roles"])
        self.documents = frozenset(titles.get("documents", ()))
        self.epithets = frozenset(titles.get("epithets", ()))
        self.relatives = frozenset(titles.get("relatives", ()))
        self.public_bodies = frozenset(titles.get("public_bodies", ()))
        self.group_roles = frozenset(titles["group_roles"]) | frozenset(
            r + "s" for r in titles["person_roles"] if not r.endswith(("man", "s")))
        self.role_synonyms: dict[str, frozenset] = {}
        for group in titles.get("role_synonyms", ()):
            for w in group:
                self.role_synonyms[w] = self.role_synonyms.get(w, frozenset()) | frozenset(group)
        gender = data.get("gender", {})
        self.male = frozenset(gender.get("male", ()))
        self.female = frozenset(gender.get("female", ()))
        self.female_relatives = frozenset(gender.get("female_relatives", ()))
        self.male_relatives = frozenset(gender.get("male_relatives", ()))
        self.female_names = frozenset(gender.get("female_names", ()))
        self.male_names = frozenset(gender.get("male_names", ()))
        self.unisex_names = frozenset(gender.get("unisex_names", ()))
        self.org_cues = frozenset(w.lower() for w in data["organisations"]["cues"])
        self.platforms = frozenset(data.get("platforms", {}).get("names", ()))
        names = data["names"]
        self.particles = frozenset(names["particles"])
        self.family_first = frozenset(names.get("family_first", ()))
        self.not_names = frozenset(names["not_names"])
        self.name_adjectives = frozenset(names.get("adjectives", ()))
        self.name_abbreviations = frozenset(a.rstrip(".") for a in names.get("abbreviations", ()))
        self.place_names = frozenset(data.get("place_names", {}).get("names", ()))
        self.place_heads = frozenset(data.get("place_names", {}).get("heads", ()))
        self.party_states = dict(data.get("party_tags", {}).get("states", {}))
        self.party_states.update((s, s) for s in list(self.party_states.values()))
        self.place_group: dict[str, int] = {}
        for gi, group in enumerate(data.get("places", {}).get("groups", ())):
            for w in group:
                self.place_group[w.lower()] = gi
        # the number after the prefix changes whenever _pattern_sources does
        self._sources = remembered("attribution-patterns:13:" + data_key(data),
                                   self._pattern_sources)
        verb, _, at_start, scan = self._sources[:4]
        # the look-behind makes every position inside a word fail at once (faster scans)
        self.verb_re = re.compile(verb)
        self.mention_at_start = re.compile(at_start)
        # scanning a whole text: start on a capital, no look-behind (checked by the caller)
        self.scan_re = re.compile(scan)

    def is_reporting(self, form: str) -> bool:
        """Whether ``form`` is a form of a reporting verb ('said', 'adds'), not only of a
        speech act: the test pronoun and description resolution make of a verb beside them."""
        return self.verb_lemma.get(form, ("", 0))[1] == 2

    def is_given_name(self, word: str) -> bool:
        """True for a common given name of either gender (folded, as in the lists)."""
        return word in self.male_names or word in self.female_names

    def is_verb_form(self, word: str) -> bool:
        """True for a reporting-verb form as written ("said", "Said"; not "SAID")."""
        return word in self.verb_lemma or (word[:1].isupper() and word[1:].islower()
                                           and word.lower() in self.verb_lemma)

    def verbs_in(self, text: str, pos: int = 0, endpos: int = -1) -> list:
        """The matches of :attr:`verb_re` in ``text[pos:endpos]``, exactly as
        ``list(verb_re.finditer(text, pos, endpos))``, found about twice as fast: a form can
        only start after a character that is no ASCII letter, digit, ``_`` or ``-``, which
        ``re`` skips to in C; each hit is confirmed by ``verb_re`` (whose ``\\w`` is Unicode)."""
        return list(self.iter_verbs(text, pos, endpos))

    def iter_verbs(self, text: str, pos: int = 0, endpos: int = -1):
        """:meth:`verbs_in`'s matches one at a time: a caller that needs only the first
        verbs does not scan the rest of the range."""
        if endpos < 0:
            endpos = len(text)
        verb_re = self.verb_re
        if self._verb_scan is None:
            yield from verb_re.finditer(text, pos, endpos)
            return
        # stretch by stretch between runs of the mask: the scan would stop at every masked
        # character (no letter, so a candidate) to try the word list after it
        scan = self._verb_scan
        shortest = self._scan_shortest
        vm = verb_re.match(text, pos, endpos)
        while True:
            if vm is not None:
                yield vm
            run = text.find(PLACEHOLDER, pos, endpos)
            stop = endpos if run < 0 else run
            # a stretch shorter than a hit (the '“' or '.”' between quotes: a quarter of
            # them) is not scanned
            for m in (scan.finditer(text, pos, stop) if stop - pos >= shortest else ()):
                vm = verb_re.match(text, m.start() + 1, endpos)
                if vm is not None:
                    yield vm
            if run < 0:
                return
            pos = _MASK_RUN.match(text, run, endpos).end()     # a form right after the run
            vm = verb_re.match(text, pos, endpos) if pos < endpos else None

    @cached_property
    def _verb_scan(self) -> "Optional[re.Pattern]":
        """:attr:`verb_re` with the character before the form consumed (any but an ASCII
        word character or ``-``) instead of looked behind at; None (scan with ``verb_re``)
        if a form is not all ASCII letters (a hit could then hide the start of another; a
        space between a verb and its particle is allowed: "shot back")."""
        if not all(w.isascii() and w.replace(" ", "").isalpha() for w in self.verb_lemma):
            return None
        # a form's first letter looked at once (quoted words are masked by runs of one
        # character: the word list is never tried inside them), and the trie of the forms
        # with that letter's case only (re walks the branches of the trie's first level
        # one by one): the same hits as _VERB_LEFT's class consumed before verb_re's trie
        forms = set(self.verb_lemma) | {f.capitalize() for f in self.verb_lemma}
        parts = []
        for case in (str.islower, str.isupper):
            group = [w for w in forms if case(w[0])]
            firsts = "".join(sorted({w[0] for w in group}))
            parts.append(f"(?=[{firsts}]){_alternation(group)}")
        return re.compile(r"[^A-Za-z0-9_\-](?:" + "|".join(parts) + r")(?![\w\-])")

    @cached_property
    def _scan_shortest(self) -> int:
        """The fewest characters a hit of :attr:`_verb_scan` spans (the character before
        the form and the shortest form)."""
        return 1 + min(len(w) for w in self.verb_lemma)

    # patterns few texts need are compiled on first use
    @cached_property
    def phrase_re(self) -> "re.Pattern":
        """'according to', 'in the words of' (case-insensitive)."""
        return re.compile(self._sources[1], re.IGNORECASE)

    @cached_property
    def role_re(self) -> "re.Pattern":
        """A determiner and a person role ("the minister", "an aide")."""
        return re.compile(self._sources[4])

    @cached_property
    def appos_re(self) -> "re.Pattern":
        """A name chain after a description ("the governor, Ana Lima")."""
        return re.compile(self._sources[5])

    def _pattern_sources(self) -> tuple:
        """The pattern strings (verb scan, phrase, mention at a position, text scan, role,
        apposition): built once and remembered across processes (warm start)."""
        forms = list(self.verb_lemma) + [f.capitalize() for f in self.verb_lemma]
        verb = _VERB_LEFT + "(?:" + _alternation(forms) + r")(?![\w\-])"
        phrase = r"(?<!\w)(?:" + _alternation(self.source_before) + r")(?!\w)"
        abbrev = _alternation(a.capitalize() for a in self.name_abbreviations)
        cap = (rf"(?:{UP}\.(?:{UP}\.)+|(?:{abbrev})\.(?=[ \t\u00a0]+{UP})|{UP}[\w{APOSTROPHES}\-]*\w"
               rf"|{UP}\.?)")
        titles_lc = [t for t in self.titles if t.isalpha() and " " not in t]
        title_lc = rf"(?:{_alternation(titles_lc)})(?![\w\-])"
        particle = _alternation(self.particles)     # "van der", "de la": two in a row
        connect = rf"(?:of{_SP}the|of|for|{particle}(?:{_SP}{particle})?)"
        chain = rf"(?<![\w\-{APOSTROPHES}.])(?:(?:{cap}|{title_lc})(?:{_SP}{connect}{_SP}|{_SP}))*{cap}(?![\w\-])"
        dets = (r"(?:[Tt]he|[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Mm]y|[Oo]ur|[Tt]his|"
                r"[Tt]hat|[Oo]ne)")
        # "Clinton’s", "Ana Ruiz’s" ("Ana Ruiz’s top aide rallied supporters, saying")
        opening = rf"(?:{_alternation(OPENING_WORDS)})(?![\w\-])"
        poss = rf"(?:(?!{opening}){cap}{_SP}){{0,2}}{cap}[{APOSTROPHES}]s?"
        func = r"(?:and|or|but|the|a|an|of|to|in|on|at|for|with|by|from|that|which|who|as)"
        mod = rf"(?!{func}(?![\w\-]))[\w\-{APOSTROPHES}.]+"
        roles = _alternation(self.person_roles | self.group_roles | self.documents)
        role = rf"(?:{roles})(?![\w\-])"
        groups = _alternation([g for g in self.group_roles if g.endswith("s") or g == "police"])
        desc = (rf"(?<![\w\-{APOSTROPHES}])(?:(?:{dets}|{poss}){_SP}(?:{mod}{_SP}){{0,4}}{role}"
                rf"(?:{_SP}(?:for|of|at){_SP}(?:the{_SP})?{chain})?"
                rf"|(?:{cap}{_SP}|{mod}{_SP})?{_caseless(groups)}(?![\w\-]))")
        pron = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)(?![\w\-])"
        lw = (r"(?!(?:on|in|at|of|for|to|by|with|from|the|a|an|that|this|during|after|"
              r"before|and|or|but|as|when|while|if)[ \t\u00a0])(?:[a-z][a-z\-]*|\d[\d/\-]*"
              r"(?:-[a-z]+)*)")
        # "said 9/11 widow Ann Ruiz", "42-year-old", "said oil and gas worker Mike Dorn"
        lead = rf"(?:{lw}[ \t\u00a0]+(?:and[ \t\u00a0]+{lw}[ \t\u00a0]+)?){{0,2}}"
        person_roles = _alternation(self.person_roles)
        # (?<![\w\-])(?:[Tt]he|[Aa]n?) opened by the class of its first letters: re skips to
        # the next candidate in C instead of trying the pattern at every offset
        role_src = (rf"[TtAa](?<![\w\-][TtAa])(?:(?<=[Tt])he|(?<=[Aa])n?)"
                    rf"(?:{_SP}[a-z][\w\-]*){{0,2}}?{_SP}(?:{person_roles})(?![\w\-])")
        appos = rf"{lead}(?P<name>{chain})"
        the_title = rf"(?:[Tt]he{_SP}(?=(?:{abbrev})\.|{title_lc}))?"   # said the Rev. Ann Lee
        indef = (r"(?:[Oo]ne|[Aa]nother)(?:[ \t\u00a0]+of[ \t\u00a0]+(?:them|the[ \t\u00a0]+"
                 r"[a-z]+))?(?![\w\-])")                         # said another, one of them said
        at_start = (rf"[ \t\u00a0]*(?:(?P<desc>{desc}|{indef})|(?P<chain>{the_title}{lead}{chain})"
                    rf"|(?P<pron>{pron}))")
        # ``cap`` with its capital taken first (each abbreviation's own first letter looked
        # behind at): a pattern opening with a class lets ``re`` skip to the next capital in C
        first_cap = (rf"{UP}(?:\.(?:{UP}\.)+|{_after_first(self.name_abbreviations)}\."
                     rf"(?=[ \t\u00a0]+{UP})|[\w{APOSTROPHES}\-]*\w|\.?)")
        # one run of spaces taken before the connector, titles and capital of each next word
        # (not one before each; no branch opens with a space) and each next capital tested
        # once, as ``first_cap`` does, not once per branch of ``cap``: the same matches as
        # ``(?:(?:SP connect)?(?:SP title)*SP cap)*`` (tests/test_scan_equivalence.py), with
        # fewer steps where a name stops before a lower-case word
        scan = rf"{first_cap}(?:{_SP}(?:{connect}{_SP}|)(?:{title_lc}{_SP})*{first_cap})*"
        return (verb, phrase, at_start, scan, role_src, appos)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The attribution lexicon from ``rules/data/attribution.toml``."""
    return Lexicon(load_data("attribution"))
