"""Helpers of the archive tests: a built archive's comparable contents, the CLI in a process."""
from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from quotecheck.archive.store import Settings

# The small test set: a window holds ~12 articles, so template words shared by all synthetic
# stories must not link them (the default cap of 50 is for real volumes).
SETTINGS = Settings(key_cap=4)
SETTING_ARGS = ["--key-cap", "4"]
ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


def load_synth():
    """bench/archive_synth.py, the synthetic archive generator, as a module."""
    spec = importlib.util.spec_from_file_location("archive_synth", BENCH / "archive_synth.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def snapshot(archive) -> dict:
    """What must not depend on how articles arrived: families (with first appearances and
    variants), edges, stories (as sets of documents) and documents."""
    con = sqlite3.connect(str(Path(archive) / "index.sqlite"))
    try:
        families = [json.loads(r[0])
                    for r in con.execute("SELECT data FROM families ORDER BY rank")]
        edges = list(con.execute("SELECT * FROM edges ORDER BY source, derived"))
        members: dict = {}
        for doc, story in con.execute("SELECT id, story FROM documents ORDER BY id"):
            members.setdefault(story, []).append(doc)
        docs = list(con.execute("SELECT id, hash, day, published, outlet FROM documents "
                                "ORDER BY id"))
    finally:
        con.close()
    return {"families": families, "edges": edges, "documents": docs,
            "stories": sorted(members.values()),
            "story_ids": sorted(members)}


def cli_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (env.get("PYTHONPATH"), str(ROOT)) if p)
    return env


def run_cli(*args, **kw) -> subprocess.CompletedProcess:
    """``python -m quotecheck archive ARGS`` in a child process (text output captured)."""
    return subprocess.run([sys.executable, "-m", "quotecheck", "archive", *map(str, args)],
                          capture_output=True, text=True, env=cli_env(), timeout=600, **kw)


def start_cli(*args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "quotecheck", "archive", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=cli_env())
