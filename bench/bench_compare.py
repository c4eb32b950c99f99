#!/usr/bin/env python3
"""Benchmark of quote extraction + grouping + alignment on generated story sets.

Generates 5 source reports and their rewritten (synonyms swapped, American spelling, one
quote changed), syndicated (verbatim with a credit line) and partial (first half) copies, at
100 and 1,000 documents, then times ``extract_story_quotes`` and ``analyse_quotes`` (with the
fallback derivation test, no provenance) and reports peak memory (tracemalloc). Target: at
most 12x the time for 10x the documents.

Usage: ``python bench/bench_compare.py [SIZES...]`` (default 100 1000).
"""
from __future__ import annotations

import random
import re
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotecheck.model import Document, Metadata  # noqa: E402
from quotecheck.text.textview import TextView  # noqa: E402

_SYL = ["ka", "ro", "vi", "tan", "mir", "sol", "dor", "ven", "lu", "zar", "esh", "pol", "bar",
        "nes", "tor", "gal"]
_SYN = {"said": "stated", "protesters": "demonstrators", "government": "administration",
        "began": "started", "officials": "authorities", "violence": "unrest", "large": "big",
        "promised": "vowed", "capital": "main city", "troops": "soldiers"}
_UK_US = {"organised": "organized", "neighbours": "neighbors", "defence": "defense",
          "centre": "center", "colour": "color", "stabilise": "stabilize"}
_QUOTE_SWAPS = [("dangerous", "risky"), ("never", ""), ("most", "some"), ("firm", "strong")]


def _name(rng: random.Random, n: int = 2) -> str:
    return "".join(rng.choice(_SYL) for _ in range(n)).capitalize()


_NOUNS = ["bridge", "market", "harbour", "station", "school", "border", "factory", "airport",
          "river", "valley", "council", "court", "archive", "library", "hospital", "stadium"]
_VERBS = ["inspected", "closed", "reopened", "guarded", "visited", "surrounded", "cleared",
          "repaired", "evacuated", "blocked"]
_TEMPLATES = [
    "We will never accept foreign troops near the {n1} of {region}",
    "This is a dangerous provocation organised by our neighbours against the {n1}",
    "More than {num:,} people were detained near the {n1} in {city}",
    "Our position on the {n1} and the {n2} is firm and will not change",
    "Most of the people of {region} want the {n1} to stay open",
    "We must stabilise the situation at the {n1} before the {n2} reopens",
    "Nobody in {city} should fear the soldiers at the {n1}",
    "The {n1} will be rebuilt with the help of the {n2} workers",
    "Those who attacked the {n1} will answer in court in {city}",
]


_KEEP = {"never", "most", "dangerous", "firm", "organised", "neighbours", "defence", "centre",
         "colour", "stabilise", "will", "said"}


def _localise(text: str, k: int, share: float = 0.7) -> str:
    """Give each source its own vocabulary (real reports share words, not sentences)."""
    def swap(m):
        w = m.group()
        r = random.Random(f"{k}:{w.lower()}")
        if w.lower() in _KEEP or r.random() >= share:
            return w
        new = "".join(r.choice(_SYL) for _ in range(3))
        return new.capitalize() if w[0].isupper() else new
    return re.sub(r"(?<![\w-])[A-Za-z]{4,}(?![\w-])", swap, text)


def source_text(k: int) -> tuple[str, str]:
    """One source report: a leader quoted six times between paragraphs of narration."""
    rng = random.Random(1000 + k)
    leader = f"{_name(rng)}{'abcde'[k]}i {_name(rng, 3)}{'vwxyz'[k]}ov"
    region, city = _name(rng, 3), _name(rng, 2)
    surname = leader.split()[-1]
    quotes = [_localise(t.format(n1=rng.choice(_NOUNS), n2=rng.choice(_NOUNS), region=region,
                                 city=city, num=rng.randint(1500, 9000)), k, 0.5)
              for t in rng.sample(_TEMPLATES, 6)]
    paras = [f"{leader} speaks on the crisis in {region}", ""]
    for i, q in enumerate(quotes):
        noun, verb = rng.choice(_NOUNS), rng.choice(_VERBS)
        paras.append(_localise(
            f"The protesters in the capital {city} {verb} the {noun} as the violence "
            f"began on day {i + 1}, officials said, and the government promised talks "
            f"with {_name(rng, 2)} {_name(rng, 3)}.", k))
        paras.append(_localise(
            f"A large crowd of {rng.randint(100, 900)} people stayed near the "
            f"{_name(rng, 2)} {rng.choice(_NOUNS)} while troops watched.", k))
        paras.append(f"\u201c{q},\u201d {surname} said in a speech in {city}.")
        paras.append("")
    return "\n".join(paras), surname


def rewrite(text: str, rng: random.Random) -> str:
    """A spun copy: narration synonyms, American spelling, one quote word changed."""
    for a, b in _SYN.items():
        if rng.random() < 0.8:
            text = text.replace(a, b)
    for a, b in _UK_US.items():
        text = text.replace(a, b)
    a, b = rng.choice(_QUOTE_SWAPS)
    return text.replace(f" {a} ", f" {b} " if b else " ", 1) + "\nSource link\n"


def make_story_set(n_docs: int) -> list[Document]:
    """5 sources and n_docs - 5 copies of them (rewritten, syndicated, partial)."""
    rng = random.Random(n_docs)
    sources = [source_text(k)[0] for k in range(5)]
    docs = [Document(f"src{k}.txt", f"src{k}.txt", t, TextView.identity(t),
                     Metadata(outlet=f"Source {k}")) for k, t in enumerate(sources)]
    for i in range(n_docs - 5):
        k = i % 5
        kind = ("rewritten", "syndicated", "partial")[(i // 5) % 3]
        text = sources[k]
        if kind == "rewritten":
            text = rewrite(text, rng)
        elif kind == "syndicated":
            text = text + f"\n(Distributed by agency {rng.randint(1, 99)}.)\n"
        else:
            paras = text.split("\n\n")
            text = "\n\n".join(paras[: max(2, len(paras) // 2)])
        did = f"copy{i:04d}_{kind}.txt"
        docs.append(Document(did, did, text, TextView.identity(text),
                             Metadata(outlet=f"Outlet {i}")))
    return docs


def _timed(fn, *args):
    w, c = time.perf_counter(), time.process_time()
    out = fn(*args)
    return out, time.perf_counter() - w, time.process_time() - c


def run(n_docs: int) -> dict:
    """Wall and CPU time of extraction and of grouping+alignment; peak memory on a rerun."""
    from quotecheck.align.analyse import analyse_quotes
    from quotecheck.quotes.extract import extract_story_quotes

    docs = make_story_set(n_docs)
    quotes, ew, ec = _timed(extract_story_quotes, docs)
    result, aw, ac = _timed(analyse_quotes, docs, quotes, None)
    docs = make_story_set(n_docs)  # fresh documents: nothing cached
    tracemalloc.start()
    analyse_quotes(docs, extract_story_quotes(docs), None)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"n": n_docs, "extract": (ew, ec), "align": (aw, ac), "peak": peak,
            "groups": len(result.clusters), "quotes": len(quotes)}


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv[1:]] or [100, 1000]
    rows = [run(n) for n in sizes]
    for r in rows:
        (ew, ec), (aw, ac) = r["extract"], r["align"]
        print(f"{r['n']:>6} docs, {r['quotes']} quotes, {r['groups']} groups: "
              f"extraction {ew:6.2f} s wall / {ec:6.2f} s cpu, "
              f"grouping+alignment {aw:6.2f} s wall / {ac:6.2f} s cpu, "
              f"peak memory {r['peak'] / 1e6:7.1f} MB")
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        docs_x = b["n"] / a["n"]
        for label, k in (("wall", 0), ("cpu", 1)):
            al = b["align"][k] / a["align"][k]
            tot = (b["align"][k] + b["extract"][k]) / (a["align"][k] + a["extract"][k])
            print(f"scaling {docs_x:.0f}x documents ({label}): grouping+alignment {al:.1f}x, "
                  f"extraction+grouping+alignment {tot:.1f}x (target <= 12x for 10x)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
