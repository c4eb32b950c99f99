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



def three_days(out, per_day: int) -> tuple:
    """Three generated days with their keys: the window around the middle day."""
    truth = load_synth().write_archive(out / "gen", DAYS, per_day, seed=7, outlets=80)
    files = []
    for day in range(DAYS):
        name = f"2026-01-0{day + 1}"
        files.append(str(out / f"{name}.parquet"))
        analyse_day(DayTask(name, (str(out / "gen" / f"day-{day:04d}.jsonl"),), files[-1]))
    return out, truth, tuple(files)


@pytest.fixture(scope="module")
def window(tmp_path_factory):
    return three_days(tmp_path_factory.mktemp("pairs"), PER_DAY)


@pytest.fixture(scope="module")
def small_window(tmp_path_factory):
    return three_days(tmp_path_factory.mktemp("pairs"), 300)


def pairs(window, key_cap=KEYCAP, **settings) -> set:
    out, _, files = window
    task = PairsTask("2026-01-02", "2026-01-01", files, str(out / "pairs.parquet"),
                     key_cap=key_cap, min_shared=8, top_k=5, min_share_pct=15, **settings)
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
    assert (settings.key_df_pct, settings.min_weight, settings.weight_scaled) == (0, 0, 0)
    new = open_archive(tmp_path / "new", create=True).settings
    assert new.key_df_pct > 0 and new.weight_scaled == 1
    # an archive made with the fixed bound keeps it, and its pair files' names
    fixed = {**old, "key_df_pct": 10, "min_weight": 45}
    (root / SETTINGS_NAME).write_text(json.dumps(fixed))
    settings = open_archive(root).settings
    assert (settings.min_weight, settings.weight_scaled) == (45, 0)
    assert "weight_scaled" not in settings.signature() and "weight_scaled" in new.signature()


def test_the_rarity_bound_scales_with_the_window(small_window, window):
    """With the default fixed cap of 50 a window of 900 articles has a cap of 90: just
    above the fixed one. A fixed bound of 45 nats there leaves copies in busy stories
    unpaired (their own words are in many of the window's articles); the bound scaled by
    ln(90 / 50) / ln 4 (19.1 nats) pairs them. In a larger window (1,200 articles: 28.4
    nats) it already keeps out a quarter of the chance pairs no bound lets in."""
    copies = planted(small_window)
    fixed = pairs(small_window, key_cap=50, key_df_pct=10, min_weight=45)
    scaled = pairs(small_window, key_cap=50, key_df_pct=10, min_weight=45, weight_scaled=1)
    assert linked(fixed, copies) < 0.95
    assert linked(scaled, copies) >= 0.99

    def cross(found):
        story = window[1]["story_of"]
        return sum(story.get(a) is None or story.get(a) != story.get(b) for a, b in found)

    scaled = pairs(window, key_cap=50, key_df_pct=10, min_weight=45, weight_scaled=1)
    loose = pairs(window, key_cap=50, key_df_pct=10, min_weight=0)
    assert linked(scaled, planted(window)) >= 0.99
    assert cross(scaled) <= 0.8 * cross(loose)   # 106 of 144 (seed 7)


def test_the_scaled_bound_reaches_min_weight_as_the_window_grows():
    from quotecheck.archive.daystage import weight_bound

    def bound(c, scaled=1):
        task = PairsTask("d", "d", (), "", key_cap=50, min_shared=8, top_k=5, key_df_pct=10,
                         min_weight=45, weight_scaled=scaled)
        con = duckdb_connect()
        try:
            return con.execute(f"SELECT {weight_bound(task)} FROM (SELECT {c} AS c)"
                               ).fetchone()[0]
        finally:
            con.close()

    # windows of 500, 900, 1,000, 1,500, 2,000 and 10,000 articles (a cap of 10%)
    assert [bound(c) for c in (50, 90, 100, 150, 200, 1000)] == [0, 1907, 2250, 3566, 4500,
                                                                 4500]
    assert [bound(c, scaled=0) for c in (50, 90)] == [0, 4500]   # archives made before
