"""Every quotation extract_quotes finds (all fields, JSON lines) on folders of articles, for a
byte comparison of two code versions: a speed change that claims identical output runs this
with each version first on PYTHONPATH and compares the files (``cmp``), or the printed digests.

    PYTHONPATH=TREE_A python bench/extract_dump.py seeds tests/eval /tmp/polnear/dev --out a.jsonl
    PYTHONPATH=TREE_B python bench/extract_dump.py seeds tests/eval /tmp/polnear/dev --out b.jsonl

Each folder is loaded as ``quotecheck`` loads it (``load_paths``), each document extracted on
its own; ``--bench`` adds the 1,000 quote-dense and 1,000 seed articles of bench_extract.py.
Prints one digest per folder and the CPU seconds of extraction (loading excluded).
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def dump_docs(label: str, docs: list, out) -> None:
    """Write every quote of ``docs`` as a JSON line; print the folder's digest and CPU time."""
    from quotecheck.quotes.extract import extract_quotes

    digest = hashlib.sha256()
    cpu = 0.0
    n = 0
    for doc in docs:
        c0 = time.process_time()
        quotes = extract_quotes(doc)
        cpu += time.process_time() - c0
        for q in quotes:
            line = json.dumps({"doc": doc.path, **dataclasses.asdict(q)}, ensure_ascii=False,
                              sort_keys=True) + "\n"
            digest.update(line.encode())
            out.write(line)
            n += 1
    print(f"{label}: {len(docs)} documents, {n} quotes, {cpu:.2f} s CPU, "
          f"sha256 {digest.hexdigest()[:16]}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*")
    ap.add_argument("--out", required=True)
    ap.add_argument("--bench", action="store_true", help="also the bench_extract.py articles")
    args = ap.parse_args(argv)
    from quotecheck.load.loader import load_paths
    from quotecheck.model import Document
    from quotecheck.text.textview import TextView

    print("quotecheck from", __import__("quotecheck").__file__, file=sys.stderr)
    with open(args.out, "w", encoding="utf-8") as out:
        for folder in args.folders:
            result = load_paths([folder])
            dump_docs(folder, result.documents, out)
        if args.bench:
            sys.path.insert(0, str(ROOT / "bench"))
            import bench_extract

            for label, texts in (("bench dense", bench_extract.corpus()),
                                 ("bench seeds", bench_extract.seed_corpus())):
                docs = [Document(f"d{i}", f"d{i}.txt", t, TextView.identity(t))
                        for i, t in enumerate(texts)]
                dump_docs(label, docs, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
