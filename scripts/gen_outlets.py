#!/usr/bin/env python3
"""Generate ``rules/data/outlets.toml`` from the State Media Matrix plus a curated section.

Usage: python scripts/gen_outlets.py [--matrix PATH] [--out PATH]

The matrix (a copy in ``tests/data/shared/state-media/State_Media_Matrix.csv``, MIT,
ASD-at-GMF, its LICENSE beside it) gives
outlet names, domains and a typology of state affiliation; the curated section adds the major
wires and outlets the matrix does not list, marked ``curated = true``.
"""
from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MATRIX = ROOT / "tests" / "data" / "shared" / "state-media" / "State_Media_Matrix.csv"
DEFAULT_OUT = ROOT / "rules" / "data" / "outlets.toml"

TYPOLOGY = {
    "SC": "state-controlled media",
    "ISFM": "independent state-funded and state-managed media",
    "ISF": "independent state-funded media",
    "ISM": "independent state-managed media",
    "IP": "independent public media",
    "CaPu": "captured public or state-managed media",
    "CaPr": "captured private media",
}

# Outlets the matrix does not list: names, aliases, domains, and what kind of outlet they are.
CURATED = [
    ("Reuters", ["thomson reuters", "reuters.com"], ["reuters.com"], "private",
     "privately owned news agency (Thomson Reuters)", "United Kingdom"),
    ("Associated Press", ["ap", "the associated press", "apnews.com",
                          "associated press worldstream", "ap worldstream"], ["apnews.com"],
     "private",
     "news cooperative owned by its member outlets", "United States of America"),
    ("Agence France-Presse", ["afp", "agence france presse", "france-presse"], ["afp.com"],
     "public-statute", "news agency with a public statute, funded partly by state contracts",
     "France"),
    ("Financial Times", ["ft", "the financial times", "ft.com"], ["ft.com"], "private",
     "privately owned newspaper", "United Kingdom"),
    ("The Moscow Times", ["moscow times"], ["themoscowtimes.com"], "private",
     "privately owned independent newspaper", "Netherlands"),
    ("Interfax", ["interfax news agency"], ["interfax.ru", "interfax.com"], "private",
     "privately owned news agency", "Russia"),
    ("Bloomberg", ["bloomberg news"], ["bloomberg.com"], "private", "privately owned",
     "United States of America"),
    ("The New York Times", ["new york times", "nyt", "nytimes.com"], ["nytimes.com"],
     "private", "privately owned newspaper", "United States of America"),
    ("The Guardian", ["guardian"], ["theguardian.com"], "private",
     "owned by the Scott Trust", "United Kingdom"),
    ("CNN", ["cable news network"], ["cnn.com"], "private", "privately owned",
     "United States of America"),
    ("The Washington Post", ["washington post"], ["washingtonpost.com"], "private",
     "privately owned newspaper", "United States of America"),
    ("ANSA", ["agenzia nazionale stampa associata", "ansa news agency"], ["ansa.it"],
     "private", "news cooperative owned by Italian publishers", "Italy"),
    ("dpa", ["deutsche presse-agentur", "deutsche presse agentur", "dpa news agency"],
     ["dpa.com"], "private", "news agency owned by German media companies", "Germany"),
    ("Kyodo News", ["kyodo", "kyodo news agency"], ["kyodonews.net"], "private",
     "non-profit news cooperative owned by Japanese media", "Japan"),
    ("Yonhap", ["yonhap news agency", "yonhap news"], ["yna.co.kr"], "public-statute",
     "national news agency, majority-owned by a publicly funded foundation", "South Korea"),
    ("Press Trust of India", ["pti"], ["ptinews.com"], "private",
     "non-profit news cooperative owned by Indian newspapers", "India"),
    ("PA Media", ["press association", "the press association", "pa media group"],
     ["pamediagroup.com"], "private", "privately owned news agency", "United Kingdom"),
    ("United Press International", ["upi"], ["upi.com"], "private",
     "privately owned news agency", "United States of America"),
]

# Short names the matrix does not spell out for outlets it lists.
EXTRA_ALIASES = {
    "Voice of America": ["voa", "voa news"],
    "RIA Novosti": ["ria", "ria-novosti", "ria novosti news agency"],
    "TASS": ["itar-tass", "tass news agency"],
    "Xinhua": ["xinhua news agency"],
    "EFE": ["agencia efe", "efe news agency", "agencia efe news agency"],
    "Anadolu": ["anadolu agency", "anadolu ajansi"],
    "Sputnik News": ["sputnik"],
    "RT": ["russia today"],
    "Radio Free Europe/Radio Liberty": ["rfe/rl", "radio free europe", "radio liberty"],
}


def _toml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _toml_list(values) -> str:
    return "[" + ", ".join(_toml_str(v) for v in values) + "]"


def _name(asset: str) -> str:
    """'News agency: Xinhua' -> 'Xinhua'."""
    return re.sub(r"^[A-Z][A-Za-z ]{2,30}:\s*", "", asset).strip()


def _domain(url: str) -> str:
    url = url.strip()
    if not url:
        return ""
    if "//" not in url:
        url = "//" + url
    host = urlparse(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host


def read_matrix(path: Path) -> tuple[list[dict], int]:
    """Outlets grouped by name; the number of rows skipped for lacking a typology code."""
    outlets: dict[str, dict] = {}
    skipped = 0
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            code = (row.get("Typology") or "").strip()
            base = code.rstrip("?")
            name = _name(row.get("Main assets") or "")
            if base not in TYPOLOGY or not name:
                skipped += 1
                continue
            entry = outlets.setdefault(name.casefold(), {
                "name": name, "aliases": set(), "domains": set(), "country": row["Country"],
                "company": row["Media company"].strip(), "typology": code,
                "meaning": TYPOLOGY[base] + (" (uncertain)" if code.endswith("?") else ""),
            })
            company = entry["company"]
            for alias in (company, re.sub(r"\s*\(.*?\)\s*", " ", company).strip(),
                          *re.findall(r"\((.*?)\)", company),
                          *re.findall(r"\(([A-Z]{2,6})\)", name),
                          re.sub(r"\s*\(.*?\)\s*", " ", name).strip()):
                if alias and alias.casefold() != name.casefold():
                    entry["aliases"].add(alias.casefold())
            entry["aliases"].update(a.casefold() for a in EXTRA_ALIASES.get(name, ()))
            domain = _domain(row.get("URL") or "")
            if domain:
                entry["domains"].add(domain)
    return sorted(outlets.values(), key=lambda e: e["name"].casefold()), skipped


def render(outlets: list[dict], skipped: int, matrix: Path) -> str:
    lines = [
        "# Outlets and their state affiliation (read by quotecheck.load.outlets).",
        "# GENERATED by scripts/gen_outlets.py from the State Media Matrix: do not edit by hand;",
        "# edit the CURATED table in the script and run it again.",
        "",
        'what = "Outlet names, domains and state-affiliation typology for labelling independent roots."',
        'why = "Corroboration counts independent roots; each root is shown with its outlet\'s '
        'affiliation so readers can weigh it (label, never silently down-weight)."',
        f'source = "State Media Matrix ({matrix.name}), public repository '
        'ASD-at-GMF/state-media-profiles, seed data from the State Media Monitor; '
        'curated entries by the quotecheck authors"',
        'licence = "MIT (Copyright (c) 2023 ASD-at-GMF, see shared/data/state-media/LICENSE)"',
        f"rows_skipped = {skipped}",
        "",
        "[typology]",
    ]
    lines += [f"{code} = {_toml_str(meaning)}" for code, meaning in TYPOLOGY.items()]
    lines.append("")
    for name, aliases, domains, code, meaning, country in CURATED:
        lines += ["[[outlet]]", f"name = {_toml_str(name)}", f"aliases = {_toml_list(aliases)}",
                  f"domains = {_toml_list(domains)}", f"country = {_toml_str(country)}",
                  f"typology = {_toml_str(code)}", f"meaning = {_toml_str(meaning)}",
                  "curated = true", ""]
    # The matrix outlets as one literal string of pipe-separated rows: parsed in a few
    # milliseconds, where a thousand TOML tables would cost a tenth of a second per run.
    lines += ["[matrix]", 'columns = ["name", "aliases", "domains", "country", "company", '
              '"typology"]', '# aliases and domains are separated by ";"', "rows = \'\'\'"]
    for o in outlets:
        cells = [o["name"], ";".join(sorted(o["aliases"])), ";".join(sorted(o["domains"])),
                 o["country"], o["company"], o["typology"]]
        lines.append("|".join(c.replace("|", "/").replace("\'\'\'", "'") for c in cells))
    lines += ["\'\'\'", ""]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--matrix", type=Path, default=DEFAULT_MATRIX)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    outlets, skipped = read_matrix(args.matrix)
    args.out.write_text(render(outlets, skipped, args.matrix), encoding="utf-8")
    print(f"{args.out}: {len(outlets)} outlets from the matrix, {len(CURATED)} curated, "
          f"{skipped} rows skipped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
