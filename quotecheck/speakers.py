"""Speaker identity: parse names out of titles, compare names, resolve pronouns and descriptions.

"Putin", "Vladimir Putin" and "Russian President Vladimir Putin" are one person; so are
"Kassym-Jomart Tokayev" and "Kassym Jomart-Tokayev", or a name with and without diacritics.
Names are compared with titles and diacritics folded, using jellyfish string and phonetic
similarity. Pronouns and descriptions ("he", "the Kazakh leader") resolve to the nearest
compatible named mention in the document.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

import jellyfish

from .attribution import PLACEHOLDER, Lexicon, Mention, lexicon, mention_after

_NONSPACE = re.compile(r"\S+")
_TOKEN = re.compile(r"[^\W_]+(?:[.\u2019'][^\W_]+)*\.?", re.UNICODE)
_POSSESSIVE = re.compile("[\u2019']s?$")
_HONORIFICS = frozenset(("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen", "gen.", "sen",
                         "sen.", "rep", "rep.", "gov", "gov.", "prof", "prof.", "sir", "dame"))


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class ParsedName:
    """A capitalised chain split into descriptors (titles, places, possessives) and the name."""

    name: str               # the name as written, titles removed ("Vladimir Putin")
    descriptors: tuple      # folded words describing the person ("russian", "president")
    kind: str               # person, org or unknown
    offset: int = 0         # where the name starts inside the chain


_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "this", "that", "one"))
_CONNECTORS = frozenset(("of", "for", "from", "at", "in", "with", "the", "and"))


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
    folded = [_fold(w).strip(",") for w, _ in words]
    n = len(words)

    def is_pre(f: str) -> bool:
        return (f in lex.titles or _POSSESSIVE.sub("", f) != f or f in lex.place_group
                or f in lex.not_names or f in _CONNECTORS or f.rstrip(".") in lex.titles)

    j = n          # a connector after a name word ends the name ("McConnell of Kentucky")
    seen_name = False
    for k, f in enumerate(folded):
        if f in _CONNECTORS and seen_name and f not in lex.particles:
            j = k
            break
        if not is_pre(f):
            seen_name = True
    i = 0
    for k in range(j):
        if is_pre(folded[k]):
            i = k + 1
    pre = tuple(_POSSESSIVE.sub("", f) for f in folded[:i] if f not in _CONNECTORS)
    tail = tuple(f for f in folded[j:] if f not in _CONNECTORS)
    if any(f in lex.org_cues for f in folded[i:]) or (i < n and folded[-1] in lex.group_roles):
        k = 0
        while k < n - 1 and folded[k] in ("the", "a", "an"):
            k += 1
        return ParsedName(chain[words[k][1]:], tuple(folded[:k]), "org", words[k][1])
    if i >= n:
        return ParsedName("", pre, "unknown", len(chain))
    off = words[i][1]
    end = words[j - 1][1] + len(words[j - 1][0])
    name = chain[off:end]
    kind = "person" if any(d in lex.titles or d.rstrip(".") in lex.titles for d in pre) else "unknown"
    if j - i >= 2 and kind == "unknown":
        kind = "person"
    return ParsedName(name, pre + tail, kind, off)


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
    out = []
    for m in _TOKEN.finditer(name.replace("-", " ").replace("\u2010", " ")):
        w = _POSSESSIVE.sub("", _fold(m.group()))
        if w and w not in lex.titles and w.rstrip(".") not in lex.titles:
            out.append(w)
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
    """True when two speaker names denote the same person or organisation."""
    if not a or not b:
        return False
    ka, kb = speaker_key(a).split(), speaker_key(b).split()
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if "".join(ka) == "".join(kb):
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


def fullest(names) -> str:
    """The most complete name form: most name tokens, then most frequent, then first seen."""
    counts: dict = {}
    order: dict = {}
    for i, n in enumerate(names):
        counts[n] = counts.get(n, 0) + 1
        order.setdefault(n, i)
    return max(counts, key=lambda n: (len(name_tokens(n)), counts[n], len(n), -order[n]))


@dataclass(eq=False)
class Entity:
    """A person or organisation named in one document."""

    names: list = field(default_factory=list)
    descriptors: set = field(default_factory=set)
    kind: str = "unknown"
    gender: Optional[str] = None
    places: set = field(default_factory=set)   # nationality and affiliation words
    ends: list = field(default_factory=list)   # where mentions end (appositions follow)
    described: bool = False

    @property
    def display(self) -> str:
        return fullest(self.names)


@dataclass(frozen=True)
class NamedMention:
    start: int
    end: int
    entity: int
    sentence: int


class SpeakerResolver:
    """Named people and organisations of one document, and resolution of mentions to them."""

    def __init__(self, masked: str, sentences: list, lex: Optional[Lexicon] = None):
        self.lex = lex or lexicon()
        self.masked = masked
        self.sentences = sentences
        self._sent_starts = [s for s, _ in sentences]
        self.entities: list[Entity] = []
        self.mentions: list[NamedMention] = []
        self._subjects: dict = {}
        self._scan()

    # -- index ---------------------------------------------------------------------------
    def sentence_index(self, pos: int) -> int:
        return max(0, bisect_right(self._sent_starts, pos) - 1)

    def _scan(self) -> None:
        lex = self.lex
        text = self.masked
        surname_of: dict = {}
        for m in lex.scan_re.finditer(text):
            ms = m.start()
            if ms > 0 and (text[ms - 1].isalnum() or text[ms - 1] in "-_.\u2019'"):
                continue
            prefix = _extend_back(text, ms, lex) if ms > 1 and text[ms - 1] == " " else ""
            info = _chain_info(prefix + m.group())
            if info is None:
                continue
            parsed, tokens, strong = info
            if parsed.single and parsed.acronym:
                parsed = parsed.as_org
            elif parsed.single and not strong and parsed.kind != "org":
                known = surname_of.get(tokens[-1])
                if (known is None or self.entities[known].kind != "person") and \
                        not self._followed_by_verb(m.end()):
                    continue
            index = self._entity_for(parsed, tokens, surname_of)
            ent = self.entities[index]
            ent.descriptors.update(parsed.descriptors)
            ent.places.update(parsed.places)
            ent.ends.append(m.end())
            start = ms - len(prefix) + parsed.offset
            self.mentions.append(NamedMention(start, m.end(), index, self.sentence_index(start)))
        self._starts = [nm.start for nm in self.mentions]

    def _followed_by_verb(self, end: int) -> bool:
        text = self.masked
        words = text[end:end + 40].split(None, 3)
        for w in words[:3]:
            if self.lex.verb_re.fullmatch(w.rstrip(",.")):
                return True
            if w.lower() not in _SKIPPABLE and not (w.endswith("ly") and w.islower()):
                return False
        return False

    def _entity_for(self, parsed: "ChainInfo", tokens: tuple, surname_of: dict) -> int:
        """Index of the entity this name belongs to (a new one when none matches)."""
        is_org = parsed.kind == "org"
        exact = surname_of.get(tokens[-1])
        order = ([exact] if exact is not None else []) + list(range(len(self.entities) - 1, -1, -1))
        for i in order:
            ent = self.entities[i]
            if (ent.kind == "org") != is_org:
                continue
            if any(same_speaker(parsed.name, n) for n in ent.names[-3:]):
                ent.names.append(parsed.name)
                if parsed.kind == "person":
                    ent.kind = "person"
                return i
        kind = parsed.kind
        if kind == "unknown" and len(tokens) >= 2:
            kind = "person"
        self.entities.append(Entity([parsed.name], set(), kind, _gender(parsed, tokens, self.lex)))
        index = len(self.entities) - 1
        if kind == "person":
            surname_of[tokens[-1]] = index
        elif kind == "org":
            surname_of.setdefault(tokens[-1], index)
        return index

    def _describe(self, ent: "Entity") -> None:
        """Add the appositions after an entity's mentions (", Kazakhstan’s president,")."""
        if ent.described:
            return
        ent.described = True
        for end in ent.ends:
            appos = self._apposition(end)
            ent.descriptors.update(appos)
            ent.places.update(d for d in appos if d not in self.lex.titles
                              and d not in self.lex.person_roles and d not in _CONNECTORS)

    def _apposition(self, end: int) -> set:
        """Descriptors from ", Kazakhstan’s president," or ", head of the ... Council," after a name."""
        text = self.masked
        if not text.startswith(", ", end):
            return set()
        stop = text.find(",", end + 2, end + 120)
        seg = text[end + 2: stop if stop != -1 else min(len(text), end + 80)]
        if PLACEHOLDER in seg or self.lex.verb_re.search(seg):
            return set()
        raw = re.findall(r"[\w\u2019'\-.]+", seg)[:8]
        if not raw:
            return set()
        lead = _fold(raw[0])
        if not (lead in ("a", "an", "the") or lead in self.lex.titles or raw[0][:1].isupper()
                or lead in self.lex.person_roles):
            return set()
        words = [_POSSESSIVE.sub("", _fold(w)) for w in raw]
        return {w for w in words if w in self.lex.titles or w in self.lex.person_roles
                or w in self.lex.place_group or (w[:1].isalpha() and w not in self.lex.not_names
                                                 and len(w) > 3)}

    # -- resolution ----------------------------------------------------------------------
    def resolve(self, mention: Mention, exclude_after: Optional[int] = None) -> tuple[str, Optional[int]]:
        """(speaker string, entity index or None) for a mention found by attribution."""
        if mention.kind == "name":
            parsed = parse_name(mention.text, self.lex)
            if not parsed.name:
                return self._resolve_description(mention, parsed.descriptors)
            for nm in self.mentions:
                if nm.start <= mention.start + parsed.offset < nm.end or (
                        mention.start <= nm.start < mention.end):
                    return self.entities[nm.entity].display, nm.entity
            for i in range(len(self.entities) - 1, -1, -1):
                if any(same_speaker(parsed.name, n) for n in self.entities[i].names):
                    return self.entities[i].display, i
            return parsed.name, None
        if mention.kind == "pronoun":
            return self._resolve_pronoun(mention)
        words = tuple(_POSSESSIVE.sub("", _fold(w)) for w in mention.text.split())
        return self._resolve_description(mention, words)

    def _candidates(self, pos: int, want_person: bool = True):
        """Named mentions before ``pos`` within a dozen sentences, in text order."""
        si = self.sentence_index(pos)
        out = []
        for k in range(bisect_left(self._starts, pos) - 1, -1, -1):
            nm = self.mentions[k]
            if si - nm.sentence > 12:
                break
            if (self.entities[nm.entity].kind == "org") != want_person:
                out.append(nm)
        out.reverse()
        return out

    def _resolve_pronoun(self, mention: Mention) -> tuple[str, Optional[int]]:
        """he/she: the first compatible person (named, or a described subject) in the nearest
        sentence that has one; it/they: the nearest organisation."""
        word = mention.text.lower()
        info = self.lex.pronoun_info.get(word)
        if info in ("male", "female"):
            si = self.sentence_index(mention.start)
            for sj in range(si, max(-1, si - 10), -1):
                best = self._first_person(sj, mention.start, info)
                if best is None:
                    continue
                if isinstance(best, Mention):
                    return self._resolve_description(best, _words(best.text))
                ent = self.entities[best.entity]
                if ent.gender is None and ent.kind == "person":
                    ent.gender = info
                return ent.display, best.entity
            return mention.text, None
        if info in ("neuter", "plural"):
            cands = self._candidates(mention.start, want_person=False)
            if cands:
                si = cands[-1].sentence
                best = next(nm for nm in cands if nm.sentence == si)
                return self.entities[best.entity].display, best.entity
        return mention.text, None

    def _first_person(self, sj: int, before: int, gender: str):
        """The leftmost gender-compatible person of sentence ``sj`` before ``before``: a named
        mention or a described subject ("One witness, ...", "Klein's lawyer")."""
        s0, s1 = self.sentences[sj]
        best = None
        for k in range(bisect_left(self._starts, s0), len(self.mentions)):
            nm = self.mentions[k]
            if nm.start >= min(s1, before):
                break
            ent = self.entities[nm.entity]
            if ent.kind != "org" and ent.gender in (None, gender):
                best = nm
                break
        subj = self._subject_description(sj)
        if subj is not None and subj.start < before and (best is None or subj.start < best.start):
            head = subj.text.rsplit(None, 1)[-1].lower()
            other = "female" if gender == "male" else "male"
            if head not in (self.lex.female if other == "female" else self.lex.male):
                return subj
        return best

    def _subject_description(self, sj: int) -> Optional[Mention]:
        """A person description opening sentence ``sj`` ("One witness", "The mayor")."""
        if sj not in self._subjects:
            s0, s1 = self.sentences[sj]
            m = mention_after(self.masked, s0, self.lex, s1)
            ok = m is not None and m.kind == "description"
            self._subjects[sj] = m if ok else None
        return self._subjects[sj]

    def _resolve_description(self, mention: Mention, words: tuple) -> tuple[str, Optional[int]]:
        """A definite description resolves to the best matching named entity before it."""
        lex = self.lex
        text = mention.text
        first = words[0] if words else ""
        content = [w for w in words if w not in _DETERMINERS]
        head = content[-1] if content else ""
        if first in ("a", "an", "one", "some", "another"):
            return _strip_determiner(text), None
        raw_first = text.split(None, 1)[0]
        if _POSSESSIVE.search(raw_first) and self._is_person_name(_POSSESSIVE.sub("", raw_first)):
            return text, None                       # "Klein's lawyer" is not Klein
        if head in lex.group_roles or mention.kind == "group":
            if first in ("the", "its", "this") and not head.endswith("s"):
                org = self._nearest_org(mention.start, content)
                if org is not None:
                    return self.entities[org].display, org
            return _strip_determiner(text), None
        raw = mention.text.split()
        places = {w for w, r in zip(words, raw) if w not in _DETERMINERS and w != head
                  and (w in lex.place_group or (r[:1].isupper() and w not in lex.titles))}
        roles = lex.role_synonyms.get(head, frozenset()) | {head}
        best, best_score = None, 0.0
        si = self.sentence_index(mention.start)
        seen = set()
        for rank, nm in enumerate(reversed(self._candidates(mention.start))):
            if nm.entity in seen:
                continue
            seen.add(nm.entity)
            ent = self.entities[nm.entity]
            self._describe(ent)
            score = 0.0
            if places:
                if any(_same_place(p, q, lex) for p in places for q in ent.places):
                    score += 3
                elif ent.places:
                    continue
            if roles & ent.descriptors:
                score += 1.5
            gap = si - nm.sentence
            score += 1.0 if gap <= 3 else 0.5 if gap <= 6 else 0.0
            score -= 0.01 * rank
            if score > best_score:
                best, best_score = nm, score
        if best is not None and best_score >= 0.9:
            return self.entities[best.entity].display, best.entity
        return _strip_determiner(text), None

    def _nearest_org(self, pos: int, content: list) -> Optional[int]:
        """The organisation that "the agency" / "the defence ministry" most likely points back to:
        one whose name holds every word of the description, or for a bare noun the nearest."""
        si = self.sentence_index(pos)
        fallback = None
        for nm in reversed(self._candidates(pos, want_person=False)):
            ent = self.entities[nm.entity]
            if any(all(w in _fold(n) for w in content) for n in ent.names):
                return nm.entity
            if fallback is None and len(content) == 1 and si - nm.sentence <= 2:
                fallback = nm.entity
        return fallback

    def _is_person_name(self, word: str) -> bool:
        return any(ent.kind == "person" and any(same_speaker(word, n) for n in ent.names[:2])
                   for ent in self.entities)

    def first_person_in(self, si: int) -> Optional[NamedMention]:
        """The first named person of sentence ``si`` (the subject of most news sentences)."""
        for nm in self.mentions:
            if nm.sentence == si and self.entities[nm.entity].kind == "person":
                return nm
            if nm.sentence > si:
                break
        return None


_SKIPPABLE = frozenset(("also", "later", "then", "has", "had", "have", "once", "previously",
                        "recently", "again", "earlier", "reportedly", "allegedly", "on", "monday",
                        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


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

    @property
    def as_org(self) -> "ChainInfo":
        return ChainInfo(self.name, self.descriptors, self.places, "org", self.offset,
                         self.single, self.acronym)


@lru_cache(maxsize=32768)
def _chain_info(chain: str):
    """(ChainInfo, name tokens, has a strong person title) for a chain, or None if no name."""
    lex = lexicon()
    parsed = parse_name(chain, lex)
    if not parsed.name:
        return None
    tokens = tuple(name_tokens(parsed.name))
    if not tokens or all(t in lex.not_names or t in lex.place_group for t in tokens):
        return None
    strong = any(d in lex.person_roles or d in _HONORIFICS for d in parsed.descriptors)
    places = tuple(d for d in parsed.descriptors if d not in lex.titles and d not in _CONNECTORS
                   and d not in lex.not_names and d not in lex.person_roles)
    info = ChainInfo(parsed.name, parsed.descriptors, places, parsed.kind, parsed.offset,
                     " " not in parsed.name, parsed.name.isupper() and len(parsed.name) > 1)
    return info, tokens, strong


def _trim_chain(chain: str, lex: Lexicon) -> str:
    """Drop trailing lower-case title words and possessive-free tails from a scanned chain."""
    words = chain.split()
    n = len(words)
    while words and words[-1][:1].islower():
        words.pop()
    return chain if len(words) == n else chain[:_prefix_len(chain, words)]


def _prefix_len(chain: str, words: list) -> int:
    pos = 0
    for w in words:
        pos = chain.index(w, pos) + len(w)
    return pos


def _extend_back(text: str, start: int, lex: Lexicon) -> str:
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


def _gender(parsed, tokens: tuple, lex: Lexicon) -> Optional[str]:
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


def _words(text: str) -> tuple:
    return tuple(_POSSESSIVE.sub("", _fold(w)) for w in text.split())


def _same_place(a: str, b: str, lex: Lexicon) -> bool:
    ga, gb = lex.place_group.get(a), lex.place_group.get(b)
    if ga is not None and ga == gb:
        return True
    if len(a) >= 5 and len(b) >= 5:
        return a[:5] == b[:5]
    return a == b


def _strip_determiner(text: str) -> str:
    parts = text.split(None, 1)
    if len(parts) == 2 and parts[0].lower() in ("the", "a", "an"):
        return parts[1]
    return text


def unify_speakers(names: list) -> dict:
    """Map every speaker name to a canonical display name shared by all names of one person."""
    groups: list[list] = []
    for name in dict.fromkeys(n for n in names if n):
        target = None
        for g in groups:
            if any(same_speaker(name, other) for other in g):
                if target is None or len(name_tokens(name)) > 1:
                    target = g
                    break
        if target is None:
            groups.append([name])
        else:
            target.append(name)
    out = {}
    for g in groups:
        members = [n for n in names if n in g]
        canonical = fullest(members)
        for n in g:
            out[n] = canonical
    return out
