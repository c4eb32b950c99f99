"""bench/drift_matches.py: the features of each verb-drift match (issue 15, drift22). Own
snippets only."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import drift_matches as dm  # noqa: E402


def test_in_order_and_pairs():
    a = ["fund", "loot", "manager", "dubai"]
    assert dm._in_order(a, ["manager", "fund", "loot", "dubai"]) == 3
    assert dm._pairs(a, ["the", "fund", "loot", "by", "manager", "dubai"]) == 2
    assert dm._in_order([], a) == 0 and dm._pairs(a, []) == 0


def test_records_a_drift_match_with_its_features(tmp_path):
    story = tmp_path / "story"
    story.mkdir()
    (story / "a.txt").write_text(
        "The minister claimed that the fund had been looted by its managers in Dubai.\n",
        encoding="utf-8")
    (story / "b.txt").write_text(
        "The minister said on Monday that the fund had been looted by its managers in "
        "Dubai.\n", encoding="utf-8")
    out = tmp_path / "drift.json"
    assert dm.main([str(story), str(out)]) == 0
    record = json.loads(out.read_text())
    assert list(record) == ["a.txt:13"]
    hit = record["a.txt:13"]
    assert hit["lemma"] == "claim" and hit["subject"] == dm_subject()
    (match,) = hit["matches"]
    assert match["doc"] == "b.txt" and match["named"] and match["speaker"]
    assert match["shared"] >= 4 and match["in_order"] == match["shared"]


def dm_subject() -> str:
    from quotecheck.framing.accounts import _key
    return _key("minister")
