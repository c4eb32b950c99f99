#!/usr/bin/env python3
"""Provenance over generated story sets: time and peak memory at 100 and 1,000 documents.

Usage: python bench/bench_provenance.py [SIZES...]   (default: 100 1000)

Each story has four documents (wire report, independent report, spun copy, credited
syndicated copy), each story with its own vocabulary. Prints documents, edges found, edges
expected, wrong edges, seconds, peak MiB (tracemalloc) and seconds per document, so scaling
can be read off: near-linear means the per-document time stays flat.
"""
from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from provenance_synth import story_set  # noqa: E402

from quotecheck.provenance.infer import infer_provenance  # noqa: E402


def corpus(n_docs: int) -> list:
    docs = []
    seed = 1
    while len(docs) < n_docs:
        docs += list(story_set(seed, prefix=f"s{seed:05d}-").values())
        seed += 1
    return docs[:n_docs]


def expected_edges(docs) -> set:
    ids = {d.id for d in docs}
    out = set()
    for d in docs:
        prefix = d.id.split("-")[0] + "-"
        if d.id.endswith("spun.txt") and prefix + "indep.txt" in ids:
            out.add((prefix + "indep.txt", d.id))
        if d.id.endswith("synd.txt") and prefix + "wire.txt" in ids:
            out.add((prefix + "wire.txt", d.id))
    return out


def run(n_docs: int) -> dict:
    docs = corpus(n_docs)
    tracemalloc.start()
    t0 = time.perf_counter()
    c0 = time.process_time()
    result = infer_provenance(docs, [])
    cpu = time.process_time() - c0
    wall = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    got = {(e.source, e.derived) for e in result.edges}
    want = expected_edges(docs)
    return {"docs": n_docs, "edges": len(got), "expected": len(want),
            "missing": len(want - got), "wrong": len(got - want), "wall_s": wall, "cpu_s": cpu,
            "peak_mib": peak / 2 ** 20, "ms_per_doc": 1000 * cpu / n_docs}


def main(argv: list) -> int:
    sizes = [int(a) for a in argv] or [100, 1000]
    print(f"{'docs':>6} {'edges':>6} {'expect':>6} {'miss':>5} {'wrong':>5} "
          f"{'wall s':>8} {'cpu s':>8} {'peak MiB':>9} {'cpu ms/doc':>10}")
    for n in sizes:
        r = run(n)
        print(f"{r['docs']:>6} {r['edges']:>6} {r['expected']:>6} {r['missing']:>5} "
              f"{r['wrong']:>5} {r['wall_s']:>8.2f} {r['cpu_s']:>8.2f} {r['peak_mib']:>9.1f} "
              f"{r['ms_per_doc']:>10.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
