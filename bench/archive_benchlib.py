"""Shared parts of the archive benchmarks: generated archives, timed CLI runs, recall.

``run_cli`` runs ``python -m quotecheck archive ...`` as a child and returns its wall time,
CPU time and peak resident memory (its own and its workers': ``wait4`` counts descendants
it waited for). ``recall`` scores an archive's index against the generator's truth.
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
_WORD = re.compile(r"\w+")


def synth():
    """bench/archive_synth.py as a module."""
    spec = importlib.util.spec_from_file_location("archive_synth", BENCH / "archive_synth.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def generate(out: Path, days: int, per_day: int, seed: int = 1) -> tuple:
    """The day files (sorted) and the truth of a generated archive in ``out`` (reused)."""
    out = Path(out)
    if not (out / "truth.json").is_file():
        synth().write_archive(out, days, per_day, seed)
    truth = json.loads((out / "truth.json").read_text(encoding="utf-8"))
    return sorted(str(p) for p in out.glob("day-*.jsonl")), truth


def run_cli(*args) -> dict:
    """``quotecheck archive ARGS`` in a child process: wall, cpu (s), peak RSS (MiB), out."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "quotecheck", "archive", *args],
                                 stdout=out, stderr=err, env=env, cwd=str(ROOT))
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if child.returncode not in (0,):
        raise SystemExit(f"quotecheck archive {' '.join(args[:2])} failed "
                         f"({child.returncode}): {stderr[-2000:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
            "rss_mib": usage.ru_maxrss / 1024, "stdout": stdout, "stderr": stderr}


def update(archive: Path, inputs: list, *engine) -> dict:
    return run_cli("update", str(archive), *inputs, "--quiet", *engine)


def stats(archive: Path) -> dict:
    return json.loads(run_cli("stats", str(archive), "--format", "json")["stdout"])


def _index(archive: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{Path(archive) / 'index.sqlite'}?mode=ro", uri=True)


def _words(text: str) -> set:
    return {w.lower() for w in _WORD.findall(text or "")}


def recall(archive: Path, truth: dict) -> dict:
    """Share of planted derived copies and translations found in the right story and family.

    A found family's rendering at a document is labelled with the planted quotation of that
    document it shares most words with; a copy is in the right family when the family holding
    its source's rendering of a planted quotation also holds the copy's rendering of it.
    """
    con = _index(archive)
    story = dict(con.execute("SELECT id, story FROM documents"))
    planted_at: dict = {}   # document -> [(planted family, words)]
    for q in truth["quotations"]:
        for doc in q["documents"]:
            planted_at.setdefault(doc, []).append((q["family"], _words(q["text"])))
    family_at: dict = {}    # (document, planted family) -> found family ids
    for fid, data in con.execute("SELECT id, data FROM families"):
        for v in json.loads(data)["variants"]:
            options = planted_at.get(v["document"])
            if not options:
                continue
            words = _words(v["text"])
            best = max(options, key=lambda o: (len(words & o[1]), o[0]))[0]
            family_at.setdefault((v["document"], best), set()).add(fid)
    con.close()

    def same_family(a: str, b: str, q: str) -> bool:
        return bool(family_at.get((a, q), set()) & family_at.get((b, q), set()))

    copies = {"story": 0, "family": 0, "both": 0, "n": 0, "family_n": 0}
    quotes_of = {}
    for q in truth["quotations"]:
        for doc in q["documents"]:
            quotes_of.setdefault(doc, set()).add(q["family"])
    for d in truth["derived"]:
        src, der = d["source"], d["derived"]
        in_story = story.get(src) is not None and story.get(src) == story.get(der)
        shared = sorted(quotes_of.get(src, set()) & quotes_of.get(der, set()))
        in_family = all(same_family(src, der, q) for q in shared)
        copies["n"] += 1
        copies["story"] += in_story
        copies["family_n"] += bool(shared)
        copies["family"] += bool(shared) and in_family
        copies["both"] += in_story and in_family
    trans = {"story": 0, "family": 0, "both": 0, "n": 0}
    for t in truth["translations"]:
        first, rest = t["documents"][0], t["documents"][1:]
        for doc in rest:
            in_story = story.get(first) is not None and story.get(first) == story.get(doc)
            in_family = same_family(first, doc, t["family"])
            trans["n"] += 1
            trans["story"] += in_story
            trans["family"] += in_family
            trans["both"] += in_story and in_family
    share = lambda k, d, n="n": d[k] / d[n] if d[n] else float("nan")  # noqa: E731
    return {"copies": len(truth["derived"]), "copies_story": share("story", copies),
            "copies_family": share("family", copies, "family_n"),
            "copies_both": share("both", copies),
            "translations": trans["n"], "translations_story": share("story", trans),
            "translations_family": share("family", trans),
            "translations_both": share("both", trans)}
