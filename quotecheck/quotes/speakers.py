"""Speaker identity: parse names out of titles, compare names, and the gender a name states.

"Putin", "Vladimir Putin" and "Russian President Vladimir Putin" are one person; so are
"Kassym-Jomart Tokayev" and "Kassym Jomart-Tokayev", or a name with and without diacritics.
Names are compared with titles and diacritics folded, using jellyfish string and phonetic
similarity; two names whose courtesy titles or given names state different genders are two
people ("Mrs. Keller" is not "Dennis Keller"). Also the cached per-chain name facts that
:mod:`quotecheck.quotes.coreference` indexes (descriptors, places, likely gender). The names of
a story's documents are unified by :mod:`quotecheck.quotes.unify`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import jellyfish

from quotecheck.quotes.adverbs import PRONOUN_AUX
from quotecheck.quotes.attribution_words import Lexicon, lexicon
from quotecheck.quotes.chainstore import kept_chain

_NONSPACE = re.compile(r"\S+")
_TOKEN = re.compile(r"[^\W_]+(?:[.\u2019'][^\W_]+)*\.?", re.UNICODE)
POSSESSIVE_END = re.compile("[\u2019']s?$")
"""A possessive ending at a word's end ('s, \u2019s or a bare apostrophe), to strip or test."""
_HONORIFICS = frozenset(("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen", "gen.", "sen",
                         "sen.", "rep", "rep.", "gov", "gov.", "prof", "prof.", "sir", "dame"))


@lru_cache(maxsize=8192)
def fold_name(word: str) -> str:
    """``word`` case-folded, diacritics dropped, as names are compared (cached: the same names
    and roles are folded over and over while a document's speakers are resolved)."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class ParsedName:
    """A capitalised chain split into descriptors (titles, places, possessives) and the name."""

    name: str               # the name as written, titles removed ("Vladimir Putin")
    descriptors: tuple      # folded words describing the person ("russian", "president")
    kind: str               # person, org or unknown
    offset: int = 0         # where the name starts inside the chain


NAME_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "my", "our", "this",
                              "that", "one"))
"""Determiners and possessive pronouns that open a name's chain or description, never part of it."""
NAME_CONNECTORS = frozenset(("of", "for", "from", "at", "in", "with", "the", "and"))
"""Small words that join a name to what follows it ("Mitch McConnell of Kentucky")."""
_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"))
_COURTESY = frozenset(("mr", "mrs", "ms", "miss", "mx", "dr"))
COURTESY_TITLES = frozenset(("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss"))
"""The titles that state a gender; which one is ``[gender]`` male/female of attribution.toml."""
_OFFICES = frozenset(("president", "speaker", "chairman", "chairwoman", "chair", "secretary",
                      "mayor", "ambassador", "minister", "prime", "vice", "justice", "governor",
                      "senator", "commissioner", "chief", "sen", "rep", "gov", "gen", "prof"))


def parse_name(chain: str, lex: Optional[Lexicon] = None) -> ParsedName:
    """Split ``chain`` into descriptors and name (cached; see :func:`_parse_name`)."""
    if lex is None or lex is lexicon():
        return _parse_name_cached(chain)
    return _parse_name(chain, lex)


@lru_cache(maxsize=16384)
def _parse_name_cached(chain: str) -> ParsedName:
    return _parse_name(chain, lexicon())


def _parse_name(chain: str, lex: Lexicon) -> ParsedName:
    """Split ``chain`` ("Kazakhstan’s President Kassym-Jomart Tokayev") into descriptors and name.

    Titles, places, possessives and determiners before the name are descriptors; a connector
    after the name ("Mitch McConnell of Kentucky") ends it. Organisations keep the whole chain.
    """
    words = [(m.group(), m.start()) for m in _NONSPACE.finditer(chain)]
    folded = [fold_name(w).strip(",") for w, _ in words]
    n = len(words)

    pre = [f in lex.titles or POSSESSIVE_END.sub("", f) != f or f in lex.place_group
           or f in lex.not_names or f in NAME_CONNECTORS or f.rstrip(".") in lex.titles
           for f in folded]
    for k in range(1, n):       # "Theresa May", "Ms. May": a month after a given name or a
        if pre[k] and folded[k] in lex.not_names and words[k][0][:1].isupper() \
                and folded[k] not in NAME_CONNECTORS and (lex.is_given_name(folded[k - 1])
                                                      or folded[k - 1].rstrip(".") in _COURTESY):
            pre[k] = False      # courtesy title is a surname

    j = n          # a connector after a name word ends the name ("McConnell of Kentucky")
    seen_name = False
    for k, f in enumerate(folded):
        if f in NAME_CONNECTORS and seen_name and f not in lex.particles:
            j = k
            break
        if not pre[k]:
            seen_name = True
    i = 0
    for k in range(j):
        if pre[k]:
            i = k + 1
    for k in range(i - 1, 0, -1):   # "Mr. King", "Ms. Boxer": a courtesy title's next word is
        if folded[k - 1].rstrip(".") in _COURTESY and folded[k].rstrip(".") not in _OFFICES \
                and words[k][0][:1].isupper() and POSSESSIVE_END.sub("", folded[k]) == folded[k]:
            i = k                   # a surname, though it is also a title or a role
            break
    if i >= n >= 2 and j == n and not pre[-2] and POSSESSIVE_END.sub("", folded[-1]) \
            == folded[-1] and folded[-1] not in lex.place_group and folded[-1] not in \
            lex.not_names and words[-1][0][:1].isupper():
        i = max((k + 1 for k in range(n - 2) if pre[k]), default=0)
        # "Matthew Prince", "Larry King": a title word after a given name ends the name
    descriptors = tuple(POSSESSIVE_END.sub("", f) for f in folded[:i] if f not in NAME_CONNECTORS)
    tail = tuple(f for f in folded[j:] if f not in NAME_CONNECTORS)
    name_part = folded[i:j]
    if any(f in lex.org_cues for f in name_part) or (name_part and name_part[-1] in lex.group_roles) \
            or (n >= 2 and j == n and folded[-1] in lex.org_cues):   # "Nova Scotia Health"
        k = 0
        while k < n - 1 and folded[k] in ("the", "a", "an"):
            k += 1
        return ParsedName(chain[words[k][1]:], tuple(folded[:k]), "org", words[k][1])
    if i >= n:
        return ParsedName("", descriptors, "unknown", len(chain))
    off = words[i][1]
    end = words[j - 1][1] + len(words[j - 1][0])
    name = chain[off:end]
    kind = "person" if any(d in lex.titles or d.rstrip(".") in lex.titles
                           for d in descriptors) else "unknown"
    if j - i >= 2 and kind == "unknown":
        kind = "person"
    return ParsedName(name, descriptors + tail, kind, off)


@lru_cache(maxsize=8192)
def _name_tokens(name: str) -> tuple:
    return tuple(name_tokens_uncached(name))


def name_tokens(name: str) -> list[str]:
    """Folded name tokens with titles and possessives dropped; hyphens split words."""
    return list(_name_tokens(name))


def name_tokens_uncached(name: str) -> list[str]:
    """Folded name tokens with titles and possessives dropped; hyphens split words."""
    lex = lexicon()
    parsed = parse_name(name, lex)
    if parsed.name and parsed.kind != "org":
        name = parsed.name
    out, last = [], ""
    for m in _TOKEN.finditer(name.replace("-", " ").replace("\u2010", " ")):
        w = last = POSSESSIVE_END.sub("", fold_name(m.group()))
        if w and (w not in lex.titles and w.rstrip(".") not in lex.titles
                  or out and w.rstrip(".") not in _SUFFIXES):
            out.append(w)       # a title word after a given name is a surname ("Larry King")
    if not out and last and name[:1].isupper():
        out.append(last)        # "Mr. King": the surname is a title word too
    return out


@lru_cache(maxsize=8192)
def speaker_key(name: str) -> str:
    """A folded key for a name: lower case, no diacritics, titles dropped, hyphens as spaces."""
    return " ".join(name_tokens(name))


def _similar(a: str, b: str, threshold: float) -> bool:
    if a == b:
        return True
    if jellyfish.jaro_winkler_similarity(a, b) >= threshold:
        return True
    return len(a) > 3 and len(b) > 3 and a[0] == b[0] and jellyfish.metaphone(a) == jellyfish.metaphone(b)


@lru_cache(maxsize=16384)
def same_speaker(a: str, b: str) -> bool:
    """True when two speaker names denote the same person or organisation: similar names
    whose known genders do not differ ("Mrs. Shepard" is not "Dennis Shepard")."""
    if not _same_name(a, b):
        return False
    ga = name_gender(a)
    return ga is None or name_gender(b) in (None, ga)


COUPLE_HEAD = r"Mr\.?[ \t\u00a0]+(?:and|&)[ \t\u00a0]+Mrs"
"""'Mr. and Mrs', with the blanks between the words (a no-break space or two spaces as well as
one): the head of :func:`quotecheck.quotes.entities.couple_name`'s pattern too, so the name it
returns, kept as written, is a couple here."""
_COUPLE = re.compile(COUPLE_HEAD)


def is_couple(name: str) -> bool:
    """True for "Mr. and Mrs. Shepard": both speak (a copy may give the words to one of them,
    so :func:`same_speaker` allows it; unifying keeps the couple's name apart)."""
    return name.startswith("Mr") and _COUPLE.match(name) is not None


@lru_cache(maxsize=8192)
def name_gender(name: str) -> Optional[str]:
    """The gender a name states: its courtesy title (Mr., Mrs., Ms., Miss) or a given name
    found in one list only (not a unisex name); None when unknown or when the two disagree."""
    parsed, lex = parse_name(name), lexicon()
    titles = {d for d in parsed.descriptors if d in COURTESY_TITLES}
    found = {g for g, words in (("male", lex.male), ("female", lex.female)) if titles & words}
    words = (parsed.name or name).split() + [""]    # "Mark-Viverito": no given name "Mark"
    given = fold_name(words[0]) if words[1] else ""
    if given and given not in lex.unisex_names:
        found |= {g for g, names in (("female", lex.female_names), ("male", lex.male_names))
                  if given in names}
    return found.pop() if len(found) == 1 else None


def _same_name(a: str, b: str) -> bool:
    """True when two names are forms of one name (titles and diacritics folded)."""
    if not a or not b:
        return False
    ka, kb = speaker_key(a).split(), speaker_key(b).split()
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if "".join(ka) == "".join(kb):
        return True
    if _surname_only(a, ka, kb) or _surname_only(b, kb, ka):
        return True
    if not _similar(ka[-1], kb[-1], 0.93):
        return False
    if len(ka) == 1 or len(kb) == 1:
        return True
    fa, fb = ka[0], kb[0]
    if fa[0] != fb[0]:
        return False
    if len(fa.rstrip(".")) == 1 or len(fb.rstrip(".")) == 1:
        return True
    return _similar(fa, fb, 0.85)


def _surname_only(name: str, key: list, other: list) -> bool:
    """True when ``name`` is one hyphenated word ("Ferrán-Olabe") that is the tail of the
    other, longer name ("Ines Ferran-Olabe"): a surname-only mention of that person."""
    core = parse_name(name).name or name
    if len(key) < 2 or len(other) <= len(key) or len(core.split()) != 1:
        return False
    tail = other[-len(key):]
    return "".join(key) == "".join(tail) or (
        key[:-1] == tail[:-1] and _similar(key[-1], tail[-1], 0.93))


@dataclass(frozen=True)
class ChainInfo:
    """What a scanned capitalised chain says, independent of the document (cached)."""

    name: str
    descriptors: tuple
    places: tuple
    kind: str
    offset: int
    single: bool
    acronym: bool


@lru_cache(maxsize=32768)
def chain_info(chain: str):
    """(ChainInfo, name tokens, has a strong person title) for a chain, or None if no name."""
    lex = lexicon()
    parsed = parse_name(chain, lex)
    if not parsed.name:
        return None
    tokens = tuple(name_tokens(parsed.name))
    courtesy = any(d.rstrip(".") in _COURTESY for d in parsed.descriptors)   # "Ms. May"
    if not tokens or (not courtesy and all(t in lex.not_names or t in lex.place_group
                                           for t in tokens)):
        return None
    strong = any(d in lex.person_roles or d in _HONORIFICS for d in parsed.descriptors)
    places = tuple(d for d in parsed.descriptors if d not in lex.titles and d not in NAME_CONNECTORS
                   and d not in lex.not_names and d not in lex.person_roles)
    single = len(parsed.name.split()) == 1
    acronym = parsed.name.isupper() and len(parsed.name) > 1
    kind = "org" if single and acronym else parsed.kind       # CSTO, NATO
    info = ChainInfo(parsed.name, parsed.descriptors, places, kind, parsed.offset, single, acronym)
    return info, tokens, strong


@lru_cache(maxsize=32768)
def index_chain(chain: str) -> tuple:
    """(:func:`chain_info` of ``chain``, whether a document's index takes its name): not a
    place ("Fort Wayne", "Mich."), a contracted pronoun ("They’re") or a place-headed chain
    ("Lake Cowichan"). Cached, as the chain's facts are: every scan meets the same chains
    (and across processes under a warm start, :mod:`.chainstore`)."""
    return kept_chain(chain, _index_chain, ChainInfo)


def _index_chain(chain: str) -> tuple:
    info = chain_info(chain)
    return info, info is not None and names_someone(info, lexicon())


def names_someone(info: tuple, lex: Lexicon) -> bool:
    """False when a chain's name is a place, a contracted pronoun or a place-headed chain."""
    parsed, tokens, _ = info
    return not (fold_name(parsed.name).rstrip(".") in lex.place_names or
                PRONOUN_AUX.fullmatch(parsed.name) or
                (parsed.kind != "org" and len(tokens) > 1 and tokens[0] in lex.place_heads))


def title_words_before(text: str, start: int, lex: Lexicon) -> str:
    """Lower-case titles right before a name ("former president ", "press secretary ")."""
    pos = start
    taken = 0
    while taken < 3 and pos > 1 and text[pos - 1] == " ":
        prev_space = text.rfind(" ", max(0, pos - 30), pos - 1)
        word = text[prev_space + 1:pos - 1]
        if not word or not word.islower() or word not in lex.titles:
            break
        pos = prev_space + 1
        taken += 1
    return text[pos:start]


def stated_gender(parsed, tokens: tuple, lex: Lexicon) -> Optional[str]:
    """Gender from a role word (spokeswoman, Mr) or a common given name, else None."""
    if parsed.kind == "org":
        return None
    for d in parsed.descriptors:
        if d in lex.female:
            return "female"
        if d in lex.male:
            return "male"
    if len(tokens) >= 2:
        if tokens[0] in lex.female_names:
            return "female"
        if tokens[0] in lex.male_names:
            return "male"
    return None


def name_words(text: str) -> tuple:
    """The words of ``text`` folded with :func:`fold_name`, possessive endings dropped."""
    return tuple(POSSESSIVE_END.sub("", fold_name(w)) for w in text.split())


# a US party-state tag right after a name: ", R-Iowa", " (D-N.Y.)", ", I-Vt."
_PARTY_TAG = re.compile(r"(?:,[ \t\u00a0]+|[ \t\u00a0]*\()(?:R|D|I|Ind)\.?[\-\u2013]"
                        r"(?P<state>[A-Z][A-Za-z.]*(?:[ \t\u00a0][A-Z][a-z]+)?)")


def party_state(masked: str, end: int, lex: Lexicon) -> tuple:
    """The state words of a party-state tag after a name ending at ``end`` ("Sen. Ana Ruiz,
    R-Iowa": ("iowa",); "(D-N.Y.)": ("york",)), or () when there is none; a description
    naming another state ("the Florida senator") then skips that person."""
    m = _PARTY_TAG.match(masked, end, end + 24)
    if m is None:
        return ()
    state = lex.party_states.get(m.group("state").lower().rstrip("."))
    if state is None:
        state = lex.party_states.get(m.group("state").split()[0].lower().rstrip("."))
    return tuple(w for w in state.split() if w not in ("new", "north", "south", "west")) \
        if state else ()


def same_place(a: str, b: str, lex: Lexicon) -> bool:
    """True when two folded place words name one place (one place group, or five first letters)."""
    ga, gb = lex.place_group.get(a), lex.place_group.get(b)
    if ga is not None and ga == gb:
        return True
    if len(a) >= 5 and len(b) >= 5:
        return a[:5] == b[:5]
    return a == b


def strip_determiner(text: str) -> str:
    """``text`` without a leading the/a/an/one ("one of the players" stays whole)."""
    parts = text.split(None, 1)
    if len(parts) == 2 and parts[0].lower() in ("the", "a", "an", "one") and not (
            parts[0].lower() == "one" and parts[1].startswith("of ")):
        return parts[1]     # "the senator" -> "senator"; "one of the players" stays whole
    return text
