"""Time the framing rules (QC3xx): cold rule compilation, and checking the seeds.

Prints figures, asserts nothing: run ``python bench/bench_framing.py`` from the repository.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    t0 = time.perf_counter()
    from quotecheck.plugins.manager import get_plugin_manager
    from quotecheck.resources.ruledata import rules_root
    from quotecheck.rules.schema import load_rules

    types = get_plugin_manager().rule_types()
    t1 = time.perf_counter()
    rs, errors = load_rules([rules_root() / "framing"], types)
    t2 = time.perf_counter()
    print(f"imports and plugin manager: {(t1 - t0) * 1000:.1f} ms")
    print(f"load + compile {len(rs)} framing rules (cold): {(t2 - t1) * 1000:.1f} ms"
          + (f", {len(errors)} errors" if errors else ""))

    from quotecheck.load.loader import load_paths, load_text
    from quotecheck.story import Story

    docs = load_paths(sorted((ROOT / "seeds").glob("0*.txt"))).documents
    try:
        quotes = Story(docs).quotes      # the extractor's time is not ours
    except Exception as exc:             # an extractor being edited: scan marks instead
        print(f"(extractor unavailable: {type(exc).__name__}; quotations found by marks)")
        quotes = []
    rules = rs.all()

    def run(documents, qs) -> int:
        story = Story(documents, quotes=qs)
        return sum(1 for d in documents for r in rules
                   for _ in rs.rule_type(r.type).check_document(r, rs.compiled(r), d, story))

    t = time.perf_counter()
    run(docs, quotes)
    print(f"first check of the 5 seeds (lazy verb lexicon built): "
          f"{(time.perf_counter() - t) * 1000:.1f} ms")
    times = []
    for _ in range(9):
        t = time.perf_counter()
        n = run(docs, quotes)
        times.append(time.perf_counter() - t)
    chars = sum(len(d.text) for d in docs)
    print(f"check 5 seeds ({chars} chars, {len(rules)} rules): median "
          f"{statistics.median(times) * 1000:.1f} ms, {n} detections")
    big = load_text("\n\n".join(d.text for d in docs) * 20, id="big")
    t = time.perf_counter()
    n = run([big], [])
    dt = time.perf_counter() - t
    print(f"one {len(big.text)}-char document, marks scanned: {dt * 1000:.0f} ms "
          f"({len(big.text) / dt / 1e6:.2f} M chars/s), {n} detections")


if __name__ == "__main__":
    main()
