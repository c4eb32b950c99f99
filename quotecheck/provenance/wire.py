"""Wire services: which agency's copy a text carries, by its credits or by its own site.

Copies of one AP, Reuters, AFP, PA, DPA, EFE, ANSA, UPI, Xinhua, Bloomberg, press-release
(PR Newswire, Business Wire, GlobeNewswire) or national agency (Kyodo, Yonhap, Anadolu, TASS,
...) wire story are recognised by the conventions the
carriers print: datelines ("WASHINGTON (Reuters) -", "(AP) —", "/PRNewswire/ --"), bylines
("By Reuters", "Associated Press" on a line of its own, "Lucas Shaw, Bloomberg"), copyright
and credit lines. Agencies, their aliases and their domains live in one table,
``credits.toml [wire]``, so every rule reads every agency alike.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Optional

from quotecheck.load import outlets as outlet_table
from quotecheck.model import Document
from quotecheck.provenance.credits import Credit, outlet_key
from quotecheck.resources.ruledata import load_data
from quotecheck.text.normalize import fold_text

# credit kinds that say whose copy the whole text is (a "contributed reporting" note or an
# "according to" attribution does not make the text the agency's copy)
_COPY_KINDS = ("dateline", "byline", "copyright", "material", "licence", "source-line",
               "originally")


@lru_cache(maxsize=1)
def _table() -> tuple[dict, dict]:
    """(folded name -> agency key, domain -> agency key) from ``credits.toml [wire]``."""
    names: dict = {}
    domains: dict = {}
    for key, entry in load_data("credits").get("wire", {}).items():
        for name in entry.get("names", ()):
            names[_fold(name)] = key
            hit = outlet_table.lookup(name)
            if hit is not None:
                names.setdefault(_fold(hit.name), key)
        for domain in entry.get("domains", ()):
            domains[domain.lower()] = key
    return names, domains


def _fold(name: str) -> str:
    name = " ".join(name.replace("-", " ").split()).casefold()
    return name[4:] if name.startswith("the ") else name


def agency_key(name: Optional[str]) -> Optional[str]:
    """The agency key ("AP", "Reuters", ...) a credited name stands for, or None."""
    if not name:
        return None
    return _table()[0].get(_fold(name))


def agency_of_outlet(outlet: Optional[str], doc: Optional[Document] = None) -> Optional[str]:
    """The agency whose own site or name ``outlet`` is (apnews.com, "Reuters", or a service
    of it named with a ``credits.toml [wire_service]`` suffix: "Associated Press Worldstream"),
    or None."""
    key = agency_key(outlet) or _service_agency(outlet)
    if key:
        return key
    domains = _table()[1]
    for raw in (outlet, doc.meta.url if doc is not None else None):
        for host in outlet_table.host_and_parents(raw):
            if host in domains:
                return domains[host]
    return None


def _service_agency(outlet: Optional[str]) -> Optional[str]:
    """The agency ``outlet`` names with a service word after it ("AP Online"), or None."""
    if not outlet:
        return None
    name = _fold(outlet)
    for suffix in _service_suffixes():
        if name.endswith(" " + suffix):
            key = _table()[0].get(name[:-len(suffix) - 1].strip())
            if key:
                return key
    return None


@lru_cache(maxsize=1)
def _service_suffixes() -> tuple:
    """``credits.toml [wire_service] suffixes``, folded, longest first."""
    raw = load_data("credits").get("wire_service", {}).get("suffixes", ())
    return tuple(sorted({_fold(s) for s in raw}, key=len, reverse=True))


def own_agency_text(outlet: Optional[str], doc: Optional[Document], credits: list) -> Optional[str]:
    """The agency whose own text this is: its site or name is the outlet and the text credits
    that agency's copy (its dateline) or no one's (a slug line and staff byline only), or None."""
    key = agency_of_outlet(outlet, doc)
    if key and (wire_of(credits) == key or not copy_credits(credits)):
        return key
    return None


@lru_cache(maxsize=1)
def _url_wire_path() -> Optional["re.Pattern"]:
    raw = load_data("credits").get("url_wire_path")
    return re.compile(raw) if raw else None


def url_credits(doc: Document) -> list:
    """A credit read from the page's address: a site's wire section ("/wires/pa/article-...")
    files the agency's copy there, so the page credits that agency's story as a credit line
    would (the credit has no span in the text: start = end = 0)."""
    pattern, url = _url_wire_path(), getattr(doc.meta, "url", None)
    m = pattern.search(url) if pattern is not None and url else None
    key = agency_key(m.group("slug")) if m else None
    return [Credit(display_name(key), "source-line", 0, 0, True, True)] if key else []


def copy_credits(credits: list) -> list[str]:
    """Names the text credits as whose copy it carries (datelines, bylines, copyright...)."""
    return [c.name for c in credits if c.reuse and c.kind in _COPY_KINDS]


def wire_of(credits: list) -> Optional[str]:
    """The agency key of the wire the text says it carries (most credited; None without)."""
    keys = Counter(k for k in map(agency_key, copy_credits(credits)) if k)
    if not keys:
        return None
    return sorted(keys.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def syndicator_of(credits: list) -> Optional[str]:
    """Whose copy a text carries: a wire agency key, else the outlet a dateline names
    ("(CNN) -": CNN's syndicated copy), else None."""
    wire = wire_of(credits)
    if wire:
        return wire
    return next((c.name for c in credits if c.kind == "dateline" and c.reuse), None)


def news_service(outlet: Optional[str]) -> bool:
    """Whether ``outlet`` is a news service (``credits.toml [news_service]``): a newspaper's
    syndicate that sells its own copy to client papers, as an agency sells its wire."""
    if not outlet:
        return False
    suffixes, names = _news_service_names()
    name = _fold(outlet)
    return any(name.endswith(s) for s in suffixes) or name in names


@lru_cache(maxsize=1)
def _news_service_names() -> tuple:
    """``credits.toml [news_service]`` folded once: (suffixes, names)."""
    entry = load_data("credits").get("news_service", {})
    return (tuple(_fold(s) for s in entry.get("suffixes", ())),
            frozenset(_fold(n) for n in entry.get("names", ())))


def display_name(key: str) -> str:
    """A readable agency name for messages: the first name listed ("Associated Press")."""
    entry = load_data("credits").get("wire", {}).get(key)
    return entry["names"][0] if entry and entry.get("names") else key


def credits_agency(credits: list, key: str, any_kind: bool = False) -> bool:
    """True when any reuse credit of the text names agency ``key`` (any kind of credit; with
    ``any_kind`` also a statement's attribution, "according to X", but no reporter line)."""
    return any((c.reuse or (any_kind and c.kind not in _MENTION_KINDS))
               and (agency_key(c.name) == key or c.name == key) for c in credits)


# credits that name an outlet without saying the text draws on its copy: a reporter line, and
# a statement given to an outlet ("told the AFP"), which a paper's own story repeats as well as
# its copies do; they credit the outlet they name only when it is the copy's parent
_MENTION_KINDS = ("reporting-by", "told")


def dateline_outlet(credits: list) -> Optional[str]:
    """Without metadata, a wire dateline ("(Reuters) –") or a copyright line names whose copy
    the text is."""
    return next((c.name for c in credits if c.kind in ("dateline", "copyright")), None)


def same_wire(ca: list, cb: list, wires: Optional[tuple] = None) -> Optional[str]:
    """The wire both texts say they carry (dateline, byline or copyright line), or None;
    ``wires``: their two :func:`wire_of`, when the caller has them (pairs meet a text often)."""
    wa, wb = wires if wires is not None else (wire_of(ca), wire_of(cb))
    if wa and wa == wb:
        return display_name(wa)
    wa = {c.name for c in ca if c.kind == "dateline"}
    return next(iter(sorted(wa & {c.name for c in cb if c.kind == "dateline"})), None)


def names_parent(child_credits: list, parent_outlet: Optional[str]) -> bool:
    """The copy names its parent's outlet (as the table or the set spells it: "Reuters" names
    "www.reuters.com"); when that outlet is unknown, any reuse credit."""
    if not parent_outlet:
        return any(c.reuse for c in child_credits)
    key = outlet_key(parent_outlet)
    return any(c.name == parent_outlet or (key and outlet_key(c.name) == key)
               for c in child_credits)


def own_credits(child_text: str, credits: list, parent_text: str) -> list:
    """The copy's credits less each statement credit ("told X") it carries over from its
    parent: a sentence printed in both, "A spokesperson told Windpower Weekly that ...", is
    the parent's own reporting copied, not a credit; a copy that tells in its own words whom a
    statement was given to ("Amazon told Newsweek", where the parent wrote "informed
    Newsweek") names its source. Carried over: the credit with the three words before it
    stands in the parent's text (case, spacing and quotation-mark style aside)."""
    if not any(c.kind == "told" for c in credits):
        return credits
    parent = " ".join(fold_text(parent_text).split())
    out = []
    for c in credits:
        if c.kind == "told":
            before = child_text[max(0, c.start - 80):c.start].split()[-3:]
            clause = fold_text(" ".join(before + child_text[c.start:c.end].split()))
            if clause in parent:
                continue
        out.append(c)
    return out


def shares_named_wire(child_credits: list, parent_text: str) -> bool:
    """The copy names a wire as its source ("..., the Associated Press reported"; any credit
    but a reporter line) and the parent's text names that wire too ("records obtained by The
    Associated Press"): both carry the wire's story, and the copy credits it."""
    keys = {k for c in child_credits if c.kind not in _MENTION_KINDS and (k := agency_key(c.name))}
    return any(_name_pattern(k).search(parent_text) for k in sorted(keys))


@lru_cache(maxsize=None)
def _name_pattern(key: str) -> "re.Pattern":
    """The names of agency ``key`` (``credits.toml [wire]``) as whole words, as spelt there
    (names are proper nouns: "AP", never the letters of a word)."""
    names = load_data("credits").get("wire", {}).get(key, {}).get("names", ()) or (key,)
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(n) for n in sorted(names, key=len,
                                                                          reverse=True)))


_OWN_KINDS = ("reporting-by", "told", "dateline", "byline", "copyright")


def credits_elsewhere(child, parent, child_credits: list, outlets: dict, edge,
                      agency_copy: bool = False) -> bool:
    """The copy on ``edge`` credits an outlet for what it shares with ``parent`` (named as the
    table, the set or a masthead spells it; not its own outlet, a reporter line or an
    interview given to it), and "without credit" cannot be said: the credit names the
    parent's outlet shortened, two or more of its words in order within the parent's name
    ("the Valley Times said" for "Valley Evening Times News Service"); or the parent's text
    names that outlet too, outside the credit's own clause ("... writes for the Valley
    Journal" against "the Valley Journal reported Tuesday": a paper's story its news service
    carried); or, in an agency's own text (``agency_copy``), it names a news agency no outlet
    of the set is (``_unseen_agency``: agencies take each other's reports, so both may carry
    that agency's story; a paper or site naming a wire stays told, as before). A credit
    clause the parent prints too ("Channel 9 News reported Monday ...") is the parent's
    reporting copied, no credit; and a paper's name inside a shared sentence alone is none
    either (an agency copy may name a paper for one fact and take the rest from another
    agency)."""
    own = outlet_key(outlets.get(edge.derived) or "")
    pwords = ptext = None
    text = child.doc.text
    for c in child_credits:
        if c.kind in _OWN_KINDS or (own and outlet_key(c.name) == own):
            continue
        if ptext is None:     # the parent's words, once, and only for a credit to test
            pwords = fold_text(outlets.get(edge.source) or "").split()
            ptext = f" {_plain(parent.text)} "
        bare = _plain(_THE.sub("", c.name))
        # carried over: the clause, or the name with three words on either side, in the parent
        before = _plain(text[max(0, c.start - 60):c.start]).split()[-3:]
        after = _plain(text[c.end:c.end + 60]).split()[:3]
        near = [_plain(text[c.start:c.end])] + [" ".join(k) for k in (
            before + [bare], [bare] + after) if len(k) == 4]
        carried = any(f" {k} " in ptext for k in near)
        if _in_order(bare.split(), pwords) or (f" {bare} " in ptext and not carried) or (
                agency_copy and not carried and _unseen_agency(c.name, outlets)):
            return True
    return False


def _unseen_agency(name: str, outlets: dict) -> bool:
    """``name`` is a news agency (``credits.toml [wire]``, or a name with an ``[agencies]``
    ending) no outlet of the
    set is: an agency supplies its copy to other agencies and papers, so text a copy shares
    with a parent may be the credited agency's, carried by both, and the set cannot show
    otherwise ("..., according to a Northern Press Agency report" in one agency's story, the
    same sentence without the credit in another's)."""
    if not (agency_key(name) or any(_fold(name).endswith(s) for s in _agency_suffixes())):
        return False
    key, agency = outlet_key(name), agency_key(name)
    return not any(o and (outlet_key(o) == key or (agency and agency_of_outlet(o) == agency))
                   for o in set(outlets.values()))


@lru_cache(maxsize=1)
def _agency_suffixes() -> frozenset:
    """Folded name endings of ``credits.toml [agencies]`` ("news agency")."""
    raw = load_data("credits").get("agencies", {}).get("suffixes", ())
    return frozenset(_fold(n) for n in raw)


_THE = re.compile(r"^[Tt]he ")
_PLAIN_WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")


def _plain(text: str) -> str:
    """Folded words, punctuation left out, one space between."""
    return " ".join(_PLAIN_WORD.findall(fold_text(text)))


def _in_order(words: list, name: list) -> bool:
    """At least two words, all of them in ``name`` in this order (a shortened name)."""
    it = iter(name)
    return len(words) >= 2 and all(w in it for w in words)


@lru_cache(maxsize=1)
def _photo_credit() -> tuple:
    """(joiner regex, folded photo-agency names) from ``credits.toml [photo_credit]``."""
    table = load_data("credits").get("photo_credit", {})
    joins = "|".join(re.escape(j) for j in sorted(table.get("joiners", ()), key=len, reverse=True))
    return (re.compile(rf"\s*(?:{joins})\s*", re.I) if joins else None,
            frozenset(_fold(n) for n in table.get("agencies", ())))


def agency_credit(text: str) -> bool:
    """``text`` is a photo-caption credit a scrape kept inline: agency names of the ``[wire]``
    tables (or listed photo agencies) alone or joined by "-", "/" or " via " ("AP-Yonhap",
    "Reuters/Yonhap", "AFP via Getty Images"). Furniture, never a fragment of a sentence."""
    join, photo = _photo_credit()
    text = text.strip().rstrip(".").strip("()[] ")
    if not text:
        return False
    if agency_key(text) is not None:
        return True
    parts = join.split(text) if join is not None else [text]
    return len(parts) > 1 and all(p and (agency_key(p) is not None or _fold(p) in photo)
                                  for p in parts)


def reused_agencies(credits: list) -> set:
    """The agency keys the text's reuse credits name (any kind: a dateline, "contributed")."""
    return {k for c in credits if c.reuse and (k := agency_key(c.name))}


def agency_client_copy(child_credits: list, child_outlet: Optional[str], parent_credits: list,
                       parent_outlet: Optional[str], parent_agency_text: bool) -> bool:
    """The copy credits a news agency for its text (a reuse credit: "The Associated Press
    contributed to this report", an "(AP)" dateline) that is not its own outlet, and its
    parent is another client's page that credits no one else for its copy (neither the
    agency's own text, nor a news service's, nor a page naming another source): what the two
    share may be the agency's text, which its clients print with or without naming it, so
    "without credit" cannot be said of the page that names the agency. The parent's silence
    is the parent's matter. The same for every agency and every outlet."""
    agencies = reused_agencies(child_credits)
    agencies.discard(agency_of_outlet(child_outlet))
    if not agencies or parent_agency_text or news_service(parent_outlet) or agency_of_outlet(
            parent_outlet):
        return False
    return all(agency_key(c.name) in agencies for c in parent_credits if c.reuse)
