"""Candidate pairs (stage 2) keep finding planted copies as the daily volume grows.

A fixed cap on a key's articles per window drops the story's own names once a story or a
word is in more articles than the cap: copies then share too few keys to pair. The cap is
a share of the window's articles (passim's document-frequency bound), and the summed rarity
of the shared keys keeps chance pairs on common words from chaining unrelated stories.
"""
import json

import pytest

from quotecheck.archive.daystage import DayTask, PairsTask, analyse_day, duckdb_connect
from quotecheck.archive.store import SETTINGS_NAME, open_archive
from archive_helpers import load_synth

DAYS, PER_DAY, KEYCAP = 3, 400, 20   # 1,200 articles a window: 60 times the fixed cap



@pytest.fixture(scope="module")
def window(tmp_path_factory):
    """Three generated days with their keys: the window around the middle day."""
    out = tmp_path_factory.mktemp("pairs")
    truth = load_synth().write_archive(out / "gen", DAYS, PER_DAY, seed=7, outlets=80)
    files = []
    for day in range(DAYS):
        name = f"2026-01-0{day + 1}"
        files.append(str(out / f"{name}.parquet"))
        analyse_day(DayTask(name, (str(out / "gen" / f"day-{day:04d}.jsonl"),), files[-1]))
    return out, truth, tuple(files)


def pairs(window, **settings) -> set:
    out, _, files = window
    task = PairsTask("2026-01-02", "2026-01-01", files, str(out / "pairs.parquet"),
                     key_cap=KEYCAP, min_shared=8, top_k=5, min_share_pct=15, **settings)
    from quotecheck.archive.daystage import window_pairs

    window_pairs(task)
    con = duckdb_connect()
    try:
        return set(con.execute(f"SELECT a, b FROM read_parquet('{task.output}')").fetchall())
    finally:
        con.close()


def planted(window) -> list:
    """Planted derived copies whose later article is on the middle day."""
    _, truth, _ = window
    found = []
    for d in truth["derived"]:
        a, b = sorted((d["source"], d["derived"]))
        if b.startswith("d0001-") and a[:5] in ("d0000", "d0001"):
            found.append((a, b))
    assert len(found) > 20
    return found


def linked(found: set, copies: list) -> float:
    """Share of ``copies`` whose two articles the pairs connect (as stories are made)."""
    parent: dict = {}

    def root(x):
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for a, b in found:
        parent[root(a)] = root(b)
    return sum(root(a) == root(b) for a, b in copies) / len(copies)


def test_copies_pair_when_keys_are_in_more_articles_than_the_fixed_cap(window):
    copies = planted(window)
    old = pairs(window)   # the fixed cap alone (archives made before the relative cap)
    new = pairs(window, key_df_pct=10, min_weight=45)
    assert linked(old, copies) < 0.5
    assert linked(new, copies) >= 0.99


def test_the_relative_cap_does_not_pair_unrelated_stories(window):
    _, truth, _ = window
    story = truth["story_of"]
    new = pairs(window, key_df_pct=10, min_weight=45)
    same = sum(story.get(a) is not None and story.get(a) == story.get(b) for a, b in new)
    assert same / len(new) >= 0.95
    loose = pairs(window, key_df_pct=10, min_weight=0)   # no rarity bound: chance pairs
    assert len(loose) > len(new)


def test_an_archive_made_before_the_relative_cap_keeps_its_linking(tmp_path):
    root = tmp_path / "old"
    root.mkdir()
    old = {"format": "quotecheck-archive/1", "window_days": 2, "key_cap": 50,
           "min_shared": 8, "min_share_pct": 15, "top_k": 5, "max_story": 200}
    (root / SETTINGS_NAME).write_text(json.dumps(old))
    settings = open_archive(root).settings
    assert (settings.key_df_pct, settings.min_weight) == (0, 0)
    assert open_archive(tmp_path / "new", create=True).settings.key_df_pct > 0
