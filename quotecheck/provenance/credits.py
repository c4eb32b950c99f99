"""Declared credits parsed from an article's own text.

"(Reuters) –" datelines, "AFP contributed reporting", "Some material in this report came from
The Associated Press and Reuters", "Material from X used under licence", "according to the
state-run RIA Novosti". Patterns live in ``rules/data/credits.toml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from quotecheck.load import outlets
from quotecheck.model import Document
from quotecheck.quotes.attribution_words import lexicon
from quotecheck.resources.regexprefilter import guard
from quotecheck.resources.regexruns import run_scoped
from quotecheck.resources.ruledata import load_data
from quotecheck.text.lexicon import trie_alternation

_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\b|&)\s*")


@dataclass(frozen=True)
class Credit:
    """A name an article credits, with the span (original offsets) of the credit text."""

    name: str
    kind: str          # dateline, contributed, material, licence, originally, according-to, told,
    # reporting-by, syndicated (a note that the text is feed copy, naming no one), wire-note
    # (a note that the text draws on unnamed wires)
    start: int
    end: int
    reuse: bool        # declares reuse of the named outlet's copy (not just a statement)
    known: bool        # the name is in the outlet table
    # read by the reuse-without-credit decision only (``decision_only`` in credits.toml): a
    # contributor list or a block quotation's introducer says whose text the page carries in
    # part, not which of two pages came first, so it neither orders a pair nor makes an edge
    decision_only: bool = False


@lru_cache(maxsize=1)
def _patterns() -> tuple:
    """The ``[[pattern]]`` entries of credits.toml, compiled once: per entry (kind, scanner,
    reuse, known_only, people, requires, masthead, label, list, decision_only), in file order
    (:func:`parse_credits` unpacks them in that order)."""
    out = []
    for entry in load_data("credits").get("pattern", ()):
        flags = re.MULTILINE | (re.IGNORECASE if entry.get("ignore_case") else 0)
        # searched only in the runs of words holding its needle ("Ann Lee said": almost every
        # text says "said", and the pattern was tried at every word), else behind its literal
        # prefilter: most texts hold none of a credit's words
        regex = re.compile(entry["regex"].replace("<WIRE>", _wire_names()), flags)
        scan = _Tail(regex, entry["tail"]) if entry.get("tail") else run_scoped(regex) or guard(
            regex)
        out.append((entry["kind"], scan, bool(entry.get("reuse")),
                    bool(entry.get("known_only")), bool(entry.get("people")),
                    tuple(entry.get("requires", ())),
                    "only" if entry.get("masthead_only") else bool(entry.get("masthead")),
                    entry.get("label"), bool(entry.get("list")),
                    bool(entry.get("decision_only"))))
    return tuple(out)


class _Tail:
    """A pattern searched in the last ``size`` characters of a text only (``tail`` in
    credits.toml): a sign-off closes the text, and the engine need not try every position of
    it. Lookbehinds and ``^`` still read the real text before the start (``finditer(text,
    pos)``: ``^`` matches at a real line start only), so the matches are the same."""

    __slots__ = ("regex", "size")

    def __init__(self, regex: re.Pattern, size: int):
        self.regex, self.size = regex, int(size)

    def finditer(self, text: str):
        return self.regex.finditer(text, max(0, len(text) - self.size))


@lru_cache(maxsize=1)
def _wire_names() -> str:
    """``<WIRE>`` in a pattern: any agency name of ``credits.toml [wire]`` ("AP", "PA Media",
    "Agence France-Presse") as one trie alternation (a name is tried before its prefixes:
    "AP" only where "APA" fails), a space matching one to three spaces on a line (bounded: a
    name list repeats it, see tests/test_regex_hostile.py)."""
    names = (n for e in load_data("credits").get("wire", {}).values() for n in e.get("names", ()))
    return "(?:%s)" % trie_alternation(names, space=r"[^\S\n]{1,3}")


@lru_cache(maxsize=1)
def _masthead() -> tuple:
    """``credits.toml [masthead]`` folded once: (words, surnames, person titles)."""
    entry = load_data("credits").get("masthead", {})
    return tuple(frozenset(entry.get(k, ())) for k in ("words", "surnames", "person_titles"))


def masthead_words() -> frozenset:
    """``credits.toml [masthead] words``: the generic words of a masthead ("News", "Times")."""
    return _masthead()[0]


def masthead_shaped(name: str, cued: bool = False) -> bool:
    """A name whose last word (or a hyphenated part of it) is a generic masthead word ("The
    Daily Courier", "Northern Press", "the Valley Journal-Constitution"): read as an outlet
    though the table lacks it or the credit misspells it. Two words at least, so a lone
    "Times" or "Post" is none. A given name or a title before a surname-like masthead word
    ("Emily Post") reads as a person unless ``cued``: the text uses the name as an outlet's
    (see :func:`_outlet_cue`), so "the Charlotte Post reported" is a paper as "the Kelso
    Post reported" is."""
    words = name.split()
    return len(words) >= 2 and any(part in _masthead()[0] for part in words[-1].split(
        "-")) and (cued or not _person_shaped(words))


# the words before an outlet's name ("the", "newspaper") and its products after it ("report")
_BEFORE_OUTLET = r"the|a|an|newspaper|weekly"
_PRODUCTS = r"report|dispatch|story|article|editorial|newspaper"
_CUE_BEFORE = re.compile(rf"\b(?:{_BEFORE_OUTLET})\s+$", re.IGNORECASE)
_CUE_AFTER = re.compile(rf"^(?:'s|\u2019s)?\s+(?:{_PRODUCTS})\b")


def _outlet_cue(text: str, start: int, end: int, name: str) -> bool:
    """The words around a credited name use it as an outlet's, not a person's: an article
    before it ("the Charlotte Post said", "according to a Madison Press report"; a person's
    name takes none) or an outlet's product after it ("a Victoria Times report"). Without
    one, "Charlotte Post said" reads as "Emily Post said" does: a person."""
    return name.split()[0].casefold() == "the" or bool(
        _CUE_BEFORE.search(text[max(0, start - 10):start])) or bool(
        _CUE_AFTER.match(text[end:end + 20])) or _cued_elsewhere(text, name)


_PERSON_CUE = (r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{last}\b|"
               r"(?<!{first} ){last},? (?:said|says|told|added|wrote)\b)")
_OUTLET_CUE = (rf"\b(?i:{_BEFORE_OUTLET})\s+{{name}}\b|\b{{name}}(?:'s|\u2019s)?\s+"
               rf"(?:{_PRODUCTS}|reporter)\b")
_PLACE_CUE = (r"\b(?:in|from|near|outside|across|around)\s+{first}\b(?!\s+{last})|"
              r"\b{first}-based\b|^[^\S\n]*{upper}\b(?:,|\s+[-\u2013\u2014(])")


def _cued_elsewhere(text: str, name: str) -> bool:
    """The text names the outlet as one elsewhere ("the Charlotte Post", "a Charlotte Post
    reporter") or the place its first word is ("in Charlotte", "Charlotte-based", a
    "CHARLOTTE, N.C. -" dateline), and never the surname alone as a person's ("Post said",
    "Ms. Post"): "according to Charlotte Post" in a story from Charlotte is the city's paper,
    as "according to Kelso Post" is; "according to Emily Post" in a story that says "Post
    said" stays a person. One rule for every outlet styled without an article."""
    words = name.split()
    if len(words) < 2:
        return False
    first, last = (re.escape(w) for w in (" ".join(words[:-1]), words[-1]))
    if re.search(_PERSON_CUE.format(first=first, last=last), text):
        return False
    return bool(re.search(_OUTLET_CUE.format(name=re.escape(name)), text) or re.search(
        _PLACE_CUE.format(first=first, last=last, upper=re.escape(words[0].upper())), text,
        re.MULTILINE))


def _person_shaped(words: list) -> bool:
    """A surname that is a masthead word after a given name or a person's title ("Emily
    Post", "Minister Wei Sun", "Dr. Ada Star"): a person, not an outlet."""
    _, surnames, titles = _masthead()
    if words[-1] not in surnames:
        return False
    return words[0].rstrip(".") in titles or any(
        lexicon().is_given_name(w.casefold()) for w in words[:-1])


@lru_cache(maxsize=1)
def _dateline_aliases() -> dict:
    """Abbreviations read as an agency only in a dateline ("(PA) -")."""
    return dict(load_data("credits").get("dateline_aliases", {}))


@lru_cache(maxsize=1)
def _openers() -> frozenset:
    """``credits.toml [name_openers]``: words opening a clause, never an outlet's first."""
    return frozenset(load_data("credits").get("name_openers", {}).get("words", ()))


def _without_openers(raw: str) -> tuple[str, int]:
    """``raw`` without the clause-opening words it begins with ("When CNN" -> "CNN", "But
    Sun" -> "Sun"), and how many characters were cut: a credit pattern reads capitalised
    words before the verb, and a clause's first word is capitalised too."""
    cut = 0
    while True:
        word, sep, rest = raw[cut:].partition(" ")
        if not sep or word not in _openers():
            return raw[cut:], cut
        cut += len(word) + 1


def _names(raw: str) -> list[str]:
    raw = raw.strip().rstrip(".")
    parts = [p.strip(" .") for p in _SPLIT.split(raw) if p and p.strip(" .")]
    return parts


_EMPLOYER = re.compile(r"\s(?:of|from)\s+(?P<outlet>(?:the\s+)?[A-Z].*)$")


def _listed_names(raw: str) -> list[str]:
    """The names of a contributor list (``list`` in credits.toml): its items between
    semicolons, each split as :func:`_names` splits, and of a person named with an employer
    after "of" or "from" ("Ann Lee of the Valley Courier") the employer. People stay in the list; the
    pattern keeps only names the outlet table or the set knows."""
    out = []
    for item in raw.split(";"):
        for part in _names(item):
            m = _EMPLOYER.search(part)
            out.append(m.group("outlet") if m else part)
    return out


def parse_credits(doc: Document, set_outlets: Optional[dict] = None) -> list[Credit]:
    """Every credit ``doc`` declares, in text order; outlet names in the table's spelling, or
    as an outlet of the set spells it (``set_outlets``: outlet_key -> name, see set_outlet_keys:
    "From Solar Weekly Asia." credits the set's "solar-weekly-asia.com")."""
    text = doc.view.text
    seen = set()
    out: list[Credit] = []
    low = None
    for (kind, regex, reuse, known_only, people, requires, masthead, label, listed,
         decision_only) in _patterns():
        if requires:
            low = text.lower() if low is None else low
            if not any(r in low for r in requires):
                continue
        for m in regex.finditer(text):
            if label:   # a note that names no one ("auto-generated from a syndicated feed")
                if (label, kind) not in seen:
                    seen.add((label, kind))
                    out.append(Credit(label, kind, *doc.view.span(m.start(), m.end()), reuse,
                                      False))
                continue
            raw, cut = (m.group("names"), 0) if people else _without_openers(m.group("names"))
            if not raw.strip():
                continue
            names_start = m.start("names") + cut
            names = [raw.strip()] if people else (_listed_names(raw) if listed else _names(raw))
            if not people:   # "AFP/Reuters": two agencies, unless the whole is one name
                names = [p for n in names
                         for p in ([n] if "/" not in n or outlets.lookup(n) else n.split("/"))]
            for name in names:
                hit = None if people else outlets.lookup(name)
                if (hit is not None and kind != "dateline" and name.islower()
                        and not hit.name.islower()):
                    hit = None   # a common word, not the table's capitals: "With map." is no
                    # credit to MAP ("dpa" is, as the table spells it; a dateline's "(xinhua)"
                    # is the agency whatever its case)
                if hit is None and kind == "dateline" and name in _dateline_aliases():
                    hit = outlets.lookup(_dateline_aliases()[name])
                in_set = None if people else _set_outlet(name, set_outlets or {},
                                                         kind == "originally")
                if hit is None and in_set is None and not people:
                    hit, in_set = _section_outlet(name, set_outlets or {})
                # a name the outlet tables or the set know, or one the text uses as an
                # outlet's, is no person ("the Charlotte Post said"), as any masthead. The
                # text is read for such a use (whole-text searches) only where it decides:
                # a masthead-shaped name that a person's name could be ("Emily Post")
                if (known_only and hit is None and in_set is None) or masthead == "only":
                    if not (masthead and masthead_shaped(name, True) and (
                            hit is not None or in_set is not None or masthead_shaped(name)
                            or _outlet_cue(text, names_start, m.end("names"), name))):
                        continue
                if (kind == "dateline" and hit is None and in_set is None
                        and not _looks_like_outlet(name)):
                    continue
                canonical = hit.name if hit else (in_set or name)   # the table's name first:
                # "(Reuters) -" stays the agency whatever the set calls reuters.com
                key = (canonical, kind)
                if key in seen:
                    continue
                seen.add(key)
                s, e = doc.view.span(names_start if cut else m.start(), m.end())
                out.append(Credit(canonical, kind, s, e, reuse,
                                  hit is not None or in_set is not None, decision_only))
    out.sort(key=lambda c: c.start)
    return out


@lru_cache(maxsize=1)
def _section_suffixes() -> tuple:
    """``credits.toml [section_suffix]`` phrases, longest first."""
    phrases = load_data("credits").get("section_suffix", {}).get("phrases", ())
    return tuple(sorted(phrases, key=len, reverse=True))


def _section_outlet(name: str, set_outlets: dict) -> tuple:
    """(table outlet, set outlet) that ``name`` credits through a section printed after the
    outlet's name ("The Valley Times Magazine", "Daily Courier Book Review"): a section of an
    outlet is that outlet ("Politico Magazine" of a set's politico.com). Only an outlet the
    table or the set knows, and not a lone masthead word ("Star Magazine" is no credit to a
    "Star", "The Times Magazine" none to "Times"): a generic word names no one outlet."""
    for suffix in _section_suffixes():
        if name.endswith(" " + suffix):
            base = name[:-len(suffix) - 1].rstrip()
            words = base.split()
            words = words[1:] if words and words[0].casefold() == "the" else words
            if not words or (len(words) == 1 and words[0] in _masthead()[0]):
                return None, None
            hit = outlets.lookup(base)
            got = None if hit else _set_outlet(base, set_outlets)
            if hit or got:
                return hit, got
    return None, None


def _set_outlet(name: str, set_outlets: dict, first_ran: bool = False):
    """The set outlet ``name`` spells, or, in a line saying where the text first ran
    (``first_ran``), the one it names after its city ("This column first appeared in the
    Valleytown Evening Courier." for the set's "evening-courier.com"): such a note names a
    paper by its full masthead, a site by its short one. Two words at least must remain, so
    a city before a one-word name ("Valleytown Times") is no match for a set's "Times"; and
    elsewhere a word before a name makes another outlet ("Australian Associated Press")."""
    got = set_outlets.get(outlet_key(name))
    if got is None and set_outlets and first_ran:
        words = name.split()
        words = words[1:] if words and words[0].casefold() == "the" else words
        for k in range(1, len(words) - 1):
            got = set_outlets.get(outlet_key(" ".join(words[k:])))
            if got is not None:
                break
    return got


def _looks_like_outlet(name: str) -> bool:
    """A dateline credit that is not in the table: one to four capitalised words, no digits;
    not a word a dateline prints in the place's or the time's stead ("UPDATED", "FILE", and
    "UNDATED", a news service's budget line for a story filed from no one place)."""
    words = name.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(
        ch.isdigit() for ch in name) and name.lower() not in {"updated", "update", "file",
                                                               "undated"}


_TLD = re.compile(r"\.[a-z]{2,6}(?:\.[a-z]{2})?$")


def outlet_key(name: str) -> str:
    """A spelling-free key for an outlet name or domain: "pv magazine Australia" and
    "pv-magazine-australia.com" both give "pvmagazineaustralia" ("" for a one-letter name)."""
    low = name.casefold().strip()
    if " " not in low and "." in low:     # a domain: drop "www." and the top-level part
        low = _TLD.sub("", low[4:] if low.startswith("www.") else low)
    low = low[4:] if low.startswith("the ") else low
    key = "".join(ch for ch in low if ch.isalnum())
    return key if len(key) > 1 else ""


def set_outlet_keys(names) -> dict:
    """outlet_key -> name for the outlets of a set (the first spelling of each key wins)."""
    keys: dict = {}
    for name in names:
        if name and outlet_key(name):
            keys.setdefault(outlet_key(name), name)
    return keys


def pair_credits(credits: list[Credit]) -> list[Credit]:
    """The credits that measure and order a pair (every one but ``decision_only``): a
    contributor list or a block quotation's introducer credits the copy for the
    reuse-without-credit decision, and leaves the edges as the page's other credits make them."""
    return [c for c in credits if not c.decision_only]


def syndication_note(credits: list[Credit]) -> bool:
    """The text says it is syndicated copy without naming whose ("auto-generated from a
    syndicated feed", "published from a wire agency feed without modifications"): its reuse
    is declared, so it is no reuse without credit, whichever page its text came through."""
    return any(c.kind == "syndicated" for c in credits)


def wire_note(credits: list[Credit]) -> bool:
    """The text closes with a note that it draws on wire copy, naming no agency ("With wire
    services"): its reuse of an agency's text is declared, though not whose."""
    return any(c.kind == "wire-note" for c in credits)


def reuse_credits(credits: list[Credit]) -> set[str]:
    """Names whose copy the article declares it reuses."""
    return {c.name for c in credits if c.reuse}


def credited_names(credits: list[Credit]) -> set[str]:
    """Every outlet name the article credits, for reuse or for a statement ("according to");
    not a reporter line, nor an outlet a statement was given to ("told the AFP"): a paper
    repeats that mention from the report it rewrites, so it orders no pair and makes no
    shared quotation a shared rendering. It still credits that outlet as a copy's parent."""
    return {c.name for c in credits if c.kind not in ("reporting-by", "told")}
