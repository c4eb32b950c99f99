"""Query plans of the archive index: lookups that stay fast at a million families.

No timings here (they go in bench/bench_archive.py): the plans must not sort every match
(a phrase found in a quarter of the families) nor scan a table to open the index.
"""
import json

from quotecheck.archive import index as idx
from quotecheck.archive.queries import QUOTE_SQL, query_quote


def plan(con, sql: str, params) -> str:
    return " | ".join(row[-1] for row in con.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_a_phrase_lookup_stops_at_its_limit_without_sorting_every_match(tmp_path):
    con = idx.connect(tmp_path / "index.sqlite")
    steps = plan(con, QUOTE_SQL, ['text : "the best chance"', 50])
    con.close()
    assert "TEMP B-TREE" not in steps
    assert "PRIMARY KEY" in steps


def test_a_phrase_lookup_gives_the_first_families_by_rank(tmp_path):
    from quotecheck.archive.store import open_archive

    archive = open_archive(tmp_path / "archive", create=True)
    con = idx.connect(archive.index_path)
    families = [{"id": f"f{n}", "speaker": "Ana Lind", "text": f"the best chance {n}",
                 "first": {"document": f"d{n}", "outlet": "Post", "published": "2026-01-01"},
                 "independent_roots": 1, "outlets": ["Post"],
                 "variants": [{"document": f"d{n}", "outlet": "Post", "published": "2026-01-01",
                               "text": f"the best chance {n}", "speaker": "Ana Lind",
                               "difference": None}]} for n in range(80)]
    idx._write_families(con, [(f, json.dumps(f)) for f in families])
    con.close()
    found = query_quote(archive.root, "best chance", limit=5)["families"]
    assert [f["id"] for f in found] == ["f0", "f1", "f2", "f3", "f4"]
    found = query_quote(archive.root, "best chance", speaker="Lind")["families"]
    assert len(found) == 50 and found[-1]["id"] == "f49"
