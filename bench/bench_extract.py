"""Benchmark: quote extraction over 1,000 news-length articles on one core (target <= 2 s).

Two corpora: the five seed articles replicated (real copy, ~15 quotes each), and the annotated
articles of tests/test_attribution.py joined into news-length texts (~30 quotes each, a
quote-dense worst case); names are varied so caches do not flatter the figure. Prints CPU time
of extract_quotes and the extraction figures (precision, recall, speaker accuracy) on the
annotated articles. Run: python bench/bench_extract.py
"""
from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotecheck.model import Document  # noqa: E402
from quotecheck.quotes.extract import extract_quotes  # noqa: E402
from quotecheck.text.textview import TextView  # noqa: E402

N = 1000
SURNAMES = ["Putin", "Tokayev", "Blinken", "Kortunov", "Marat", "Kydykbayev", "Smith", "Okafor"]


def _annotated():
    spec = importlib.util.spec_from_file_location("test_attribution", ROOT / "tests" / "test_attribution.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["test_attribution"] = mod
    spec.loader.exec_module(mod)
    return mod


def corpus(min_chars: int = 3500) -> list[str]:
    """1,000 news-length articles: seed and annotated texts joined to at least ``min_chars``."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("0*.txt"))]
    mod = _annotated()
    texts += [a.text for a in mod.ARTICLES + mod.HELD_OUT]
    out = []
    j = 0
    for i in range(N):
        parts, size = [], 0
        while size < min_chars:
            parts.append(texts[j % len(texts)])
            size += len(parts[-1])
            j += 1
        text = "\n\n".join(parts)
        k = i % 26
        for name in SURNAMES:  # vary names so per-name caches are exercised like new text
            text = text.replace(name, f"{name[:-1]}{chr(97 + k)}{name[-1]}")
        out.append(text)
    return out


def seed_corpus() -> list[str]:
    """1,000 copies of the five seed articles (real news copy with its chrome), names varied."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("0*.txt"))]
    out = []
    for i in range(N):
        text = seeds[i % len(seeds)]
        for name in SURNAMES:
            text = text.replace(name, f"{name[:-1]}{chr(97 + i % 26)}{name[-1]}")
        out.append(text)
    return out


def time_extraction(label: str, texts: list[str]) -> None:
    """Print CPU time for extracting from ``texts`` (first run, then best of three)."""
    docs = [Document(f"d{i}", f"d{i}.txt", t, TextView.identity(t)) for i, t in enumerate(texts)]
    chars = sum(len(t) for t in texts)
    extract_quotes(docs[0])  # load lexicons and compile patterns outside the timing
    runs = []
    for _ in range(3):  # first run with cold name caches, then warm; CPU time of this process
        t0, c0 = time.perf_counter(), time.process_time()
        n_quotes = sum(len(extract_quotes(d)) for d in docs)
        runs.append((time.process_time() - c0, time.perf_counter() - t0))
    print(f"{label}: {len(docs)} articles, mean {chars // len(docs):,} characters and "
          f"{n_quotes / len(docs):.1f} quotes per article")
    for run, (cpu, wall) in (("first run", runs[0]), ("best run", min(runs))):
        print(f"  {run}: {cpu:.3f} s CPU ({wall:.3f} s wall), {1000 * cpu / len(docs):.2f} ms/article "
              f"(target <= 2 s total on one core)")


def main() -> int:
    time_extraction("seed articles replicated", seed_corpus())
    time_extraction("annotated test articles joined (quote-dense)", corpus())
    mod = _annotated()
    for label, articles in (("annotated", mod.ARTICLES), ("held-out", mod.HELD_OUT)):
        figures = mod.evaluate(articles)
        print(f"{label} articles: " + ", ".join(
            f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
