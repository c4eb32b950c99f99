"""Outlet names, domains and state affiliation (``rules/data/outlets.toml``).

The table is generated from the State Media Matrix by ``scripts/gen_outlets.py`` plus a small
curated section for wires the matrix does not list. Affiliation is a label shown beside a
source, never a weight.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional
from urllib.parse import urlparse

from quotecheck.model import Document
from quotecheck.resources.ruledata import load_data
from quotecheck.text.normalize import fold_text


@dataclass(frozen=True)
class Outlet:
    """One outlet with its typology code (SC, ISFM, ..., or private for curated entries)."""

    name: str
    typology: str
    meaning: str
    country: str = ""
    curated: bool = False

    @property
    def affiliation(self) -> str:
        """A short label: 'SC: state-controlled media (Russia)'."""
        where = f" ({self.country})" if self.country else ""
        return f"{self.typology}: {self.meaning}{where}"


def _entries(data: dict):
    """Curated ``[[outlet]]`` tables first, then the matrix rows (pipe-separated)."""
    yield from data.get("outlet", ())
    meaning = data.get("typology", {})
    matrix = data.get("matrix", {})
    columns = matrix.get("columns", [])
    for line in matrix.get("rows", "").splitlines():
        if not line.strip():
            continue
        row = dict(zip(columns, line.split("|")))
        code = row.get("typology", "")
        base = meaning.get(code.rstrip("?"), "")
        yield {"name": row.get("name", ""), "typology": code,
               "meaning": base + (" (uncertain)" if code.endswith("?") and base else ""),
               "country": row.get("country", ""),
               "aliases": [a for a in row.get("aliases", "").split(";") if a],
               "domains": [d for d in row.get("domains", "").split(";") if d]}


@lru_cache(maxsize=1)
def _table() -> tuple[dict, dict]:
    names: dict = {}
    domains: dict = {}
    aliases: dict = {}
    for entry in _entries(load_data("outlets")):
        if not entry.get("name"):
            continue
        outlet = Outlet(entry["name"], entry.get("typology", ""), entry.get("meaning", ""),
                        entry.get("country", ""), bool(entry.get("curated", False)))
        names.setdefault(fold_text(entry["name"]), outlet)
        for alias in entry.get("aliases", ()):
            aliases.setdefault(fold_text(alias), outlet)
        for domain in entry.get("domains", ()):
            domains.setdefault(domain.lower(), outlet)
    for key, outlet in aliases.items():
        names.setdefault(key, outlet)
    return names, domains


def _key(name: str) -> str:
    key = fold_text(" ".join(name.split())).strip(" .,;:")
    return key


def lookup(name: Optional[str]) -> Optional[Outlet]:
    """The outlet called ``name`` (name or alias, any case, with or without 'The')."""
    if not name:
        return None
    names, _ = _table()
    key = _key(name)
    hit = names.get(key)
    if hit is None and key.startswith("the "):
        hit = names.get(key[4:])
    if hit is None and not key.startswith("the "):
        hit = names.get("the " + key)
    return hit


def host_and_parents(url: Optional[str]) -> list[str]:
    """The host of ``url`` without "www." and its parent domains down to two labels.

    "https://news.example.co.uk/x" gives news.example.co.uk, example.co.uk, co.uk: the
    order in which a domain table is searched so a sub-domain falls back to its site."""
    if not url:
        return []
    host = urlparse(url if "//" in url else "//" + url).netloc.lower().split("/")[0]
    host = host[4:] if host.startswith("www.") else host
    hosts = []
    while host:
        hosts.append(host)
        host = host.partition(".")[2] if host.count(".") > 1 else ""
    return hosts


def lookup_domain(url: Optional[str]) -> Optional[Outlet]:
    """The outlet whose domain serves ``url`` (sub-domains fall back to their parents)."""
    _, domains = _table()
    return next((domains[h] for h in host_and_parents(url) if h in domains), None)


def canonical(name: Optional[str]) -> Optional[str]:
    """The table's spelling of an outlet name, or the name itself tidied when unknown."""
    if not name:
        return None
    hit = lookup(name)
    return hit.name if hit else " ".join(name.split()).strip(" .,;:")


def outlet_of(doc: Document) -> Optional[str]:
    """The document's outlet: metadata, else the outlet serving its URL."""
    if doc.meta.outlet:
        return canonical(doc.meta.outlet)
    hit = lookup_domain(doc.meta.url)
    return hit.name if hit else None


def affiliation_of(doc: Document) -> Optional[str]:
    """The document's affiliation: metadata first, else the outlet table."""
    if doc.meta.affiliation:
        return doc.meta.affiliation
    hit = lookup(doc.meta.outlet) or lookup_domain(doc.meta.url)
    return hit.affiliation if hit else None
