#!/usr/bin/env python3
"""The archive's acceptance figures (issue 13) on generated archives (bench/archive_synth.py).

Prints, each with the size it was measured at:
- throughput: articles per CPU-second of ``quotecheck archive update`` end to end (the CLI
  and its workers), and the peak resident memory of any one of its processes;
- recall: planted derived copies and planted independent translations that end up in the
  right story and quote family;
- scaling: CPU time and candidate pairs per article at D and 10 D days, same daily volume;
- incremental: a one-day update of a 100-day archive against a full rebuild of it;
- queries at N articles with a simulated index: the index of a real generated archive
  grown to N articles' worth of rows (families with their full text, documents, edges),
  then a phrase lookup and a family's history (``query quote`` with text and speaker).

Usage: ``python bench/bench_archive.py [--days 20 --per-day 500] [--scale-days 3]
[--scale-per-day 300] [--history-days 100 --history-per-day 40] [--index-articles 1000000]
[--skip throughput,scaling,incremental,queries] [--work DIR]``
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import archive_benchlib as lib  # noqa: E402


def throughput(work: Path, days: int, per_day: int, engine: list) -> None:
    inputs, truth = lib.generate(work / f"gen-{days}x{per_day}", days, per_day)
    archive = work / f"arch-{days}x{per_day}"
    shutil.rmtree(archive, ignore_errors=True)
    run = lib.update(archive, inputs, *engine)
    n = days * per_day
    size = sum(Path(p).stat().st_size for p in inputs) / 2**20
    print(f"throughput: {n:,} articles ({days} days x {per_day}, {size:.0f} MiB of JSON Lines), "
          f"{' '.join(engine) or 'local engine, 1 worker'}: {run['cpu']:.1f} CPU s, "
          f"{run['wall']:.1f} s wall -> {n / run['cpu']:.0f} articles per CPU-second "
          f"(target >= 100); peak RSS {run['rss_mib']:.0f} MiB (target <= 2048)")
    r = lib.recall(archive, truth)
    print(f"recall: {r['copies']:,} planted derived copies: right story {r['copies_story']:.3f}, "
          f"right family {r['copies_family']:.3f}, both {r['copies_both']:.3f} (target 0.99); "
          f"{r['translations']:,} planted translations: right story "
          f"{r['translations_story']:.3f}, family {r['translations_family']:.3f}, both "
          f"{r['translations_both']:.3f} (target 0.95)")


def scaling(work: Path, days: int, per_day: int) -> None:
    cpu, per_article = [], []
    for d in (days, days * 10):
        inputs, _ = lib.generate(work / f"gen-{d}x{per_day}", d, per_day)
        archive = work / f"scale-{d}x{per_day}"
        shutil.rmtree(archive, ignore_errors=True)
        run = lib.update(archive, inputs)
        s = lib.stats(archive)
        cpu.append(run["cpu"])
        per_article.append(s["stages"]["pairs"] / s["documents"])
        print(f"scaling: {d} days x {per_day}: {run['cpu']:.1f} CPU s "
              f"({d * per_day / run['cpu']:.0f} articles/CPU-s), "
              f"{per_article[-1]:.2f} candidate pairs per article, peak RSS "
              f"{run['rss_mib']:.0f} MiB")
    print(f"scaling: 10x the days costs {cpu[1] / cpu[0]:.2f}x the CPU time (target <= 11); "
          f"pairs per article {per_article[0]:.2f} -> {per_article[1]:.2f}")


def incremental(work: Path, days: int, per_day: int) -> None:
    inputs, _ = lib.generate(work / f"gen-{days + 1}x{per_day}", days + 1, per_day)
    archive = work / f"incr-{days}x{per_day}"
    shutil.rmtree(archive, ignore_errors=True)
    first = lib.update(archive, inputs[:-1])
    one_day = lib.update(archive, inputs[-1:])
    rebuilt = work / f"rebuild-{days}x{per_day}"
    shutil.rmtree(rebuilt, ignore_errors=True)
    full = lib.update(rebuilt, inputs)
    print(f"incremental: {days} days x {per_day} built in {first['cpu']:.1f} CPU s; day "
          f"{days + 1} added in {one_day['cpu']:.2f} CPU s ({one_day['wall']:.2f} s wall) vs a "
          f"full rebuild of {days + 1} days in {full['cpu']:.1f} CPU s: "
          f"1/{full['cpu'] / one_day['cpu']:.0f} (target <= 1/20)")


def _grow_index(archive: Path, articles: int, rng: random.Random) -> tuple:
    """Fill the archive's index with ``articles`` articles' worth of rows shaped like its own
    (families: text, variants, data; documents; edges). Returns (families, a sample)."""
    synth = lib.synth()
    namer = synth.Namer(rng)
    con = sqlite3.connect(str(archive / "index.sqlite"), isolation_level=None)
    n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    templates = [json.loads(r[0]) for r in con.execute("SELECT data FROM families")]
    edges = con.execute("SELECT * FROM edges").fetchall()
    per_doc_families = len(templates) / max(1, n_docs)
    per_doc_edges = len(edges) / max(1, n_docs)
    rank = con.execute("SELECT coalesce(max(rank), 0) FROM families").fetchone()[0]
    con.execute("BEGIN")
    sample = []
    for start in range(n_docs, articles, 10_000):
        docs, fams, texts, new_edges = [], [], [], []
        for i in range(start, min(articles, start + 10_000)):
            doc = f"sim-{i:08d}"
            day = f"2027-{1 + i % 12:02d}-{1 + i % 28:02d}"
            docs.append((doc, f"{i:016x}", day, day + "T08:00:00+00:00", "The Sim Post",
                         None, "en", f"simstory-{i // 3}"))
            if rng.random() < per_doc_edges:
                new_edges.append((f"sim-{max(0, i - 1):08d}", doc, "The Sim Post", "The Sim Post",
                                  "rewrite", 0, 0.9, day + "T09:00:00+00:00", day,
                                  f"simstory-{i // 3}"))
            while rng.random() < per_doc_families:
                rank += 1
                data = json.loads(json.dumps(rng.choice(templates)))
                facts = {f"n{k}": w for k, w in enumerate(rng.sample(synth.NOUNS, 4))}
                facts.update(place=namer.place(), small=rng.randint(2, 19), verb="fund",
                             adj="safe", money=f"{rng.randint(2, 900)} million euros")
                text = rng.choice(synth.QUOTES).format(**facts)
                speaker = namer.person()
                data.update(id=f"sim{rank:010d}", text=text, speaker=speaker)
                for v in data["variants"]:
                    v.update(text=text, speaker=speaker, document=doc)
                fams.append((rank, data["id"], speaker, text, doc, "The Sim Post", day,
                             1, len(data["variants"]), json.dumps(data, sort_keys=True)))
                texts.append((rank, speaker, text))
                if len(sample) < 200 and rng.random() < 0.01:
                    sample.append((text, speaker))
                if rng.random() < 0.5:
                    break
        con.executemany("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)", docs)
        con.executemany("INSERT INTO edges VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new_edges)
        con.executemany("INSERT INTO families VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", fams)
        con.executemany("INSERT INTO family_text (rowid, speaker, text) VALUES (?, ?, ?)",
                        texts)
    con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    families = con.execute("SELECT count(*) FROM families").fetchone()[0]
    con.close()
    return families, sample


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def queries(work: Path, articles: int) -> None:
    from quotecheck.archive import queries as q

    inputs, _ = lib.generate(work / "gen-5x200", 5, 200)
    archive = work / f"index-{articles}"
    if not (archive / "done").is_file():
        shutil.rmtree(archive, ignore_errors=True)
        lib.update(archive, inputs)
        started = time.perf_counter()
        families, sample = _grow_index(archive, articles, random.Random(5))
        (archive / "sample.json").write_text(json.dumps(sample))
        (archive / "done").write_text(str(families))
        print(f"queries: index grown to {articles:,} articles ({families:,} families) in "
              f"{time.perf_counter() - started:.0f} s, "
              f"{(archive / 'index.sqlite').stat().st_size / 2**20:.0f} MiB")
    sample = json.loads((archive / "sample.json").read_text())
    rng = random.Random(9)
    phrases = []
    for text, _ in sample[:40]:
        words = text.rstrip(".").split()
        k = rng.randrange(0, max(1, len(words) - 4))
        phrases.append(" ".join(words[k:k + 4]))
    lookup = statistics.median(_median_ms(lambda p=p: q.query_quote(archive, p), 3)
                               for p in phrases)
    common = _median_ms(lambda: q.query_quote(archive, "the best chance"), 5)
    history = statistics.median(
        _median_ms(lambda t=t, s=s: q.query_quote(archive, t, speaker=s), 3)
        for t, s in sample[:40])
    print(f"queries at {articles:,} articles (simulated index): 4-word phrase lookup "
          f"{lookup:.1f} ms median of 40 phrases (target <= 100); a phrase in a quarter of "
          f"all families ('the best chance', first 50) {common:.1f} ms; a family's history "
          f"(full text and speaker) {history:.1f} ms (target <= 10)")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--days", type=int, default=20)
    p.add_argument("--per-day", type=int, default=500)
    p.add_argument("--engine", default="", help="extra update options, e.g. '--workers 2'")
    p.add_argument("--scale-days", type=int, default=3)
    p.add_argument("--scale-per-day", type=int, default=300)
    p.add_argument("--history-days", type=int, default=100)
    p.add_argument("--history-per-day", type=int, default=40)
    p.add_argument("--index-articles", type=int, default=1_000_000)
    p.add_argument("--skip", default="", help="comma-separated parts to skip")
    p.add_argument("--work", type=Path, default=None, help="keep generated data here")
    a = p.parse_args(argv)
    skip = set(filter(None, a.skip.split(",")))
    work = a.work or Path(tempfile.mkdtemp(prefix="bench-archive-"))
    work.mkdir(parents=True, exist_ok=True)
    if "throughput" not in skip:
        throughput(work, a.days, a.per_day, a.engine.split())
    if "scaling" not in skip:
        scaling(work, a.scale_days, a.scale_per_day)
    if "incremental" not in skip:
        incremental(work, a.history_days, a.history_per_day)
    if "queries" not in skip:
        queries(work, a.index_articles)
    if a.work is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
