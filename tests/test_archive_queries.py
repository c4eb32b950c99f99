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


def family(n: int, words: str = "the best chance") -> dict:
    return {"id": f"f{n}", "speaker": "Ana Lind", "text": f"{words} {n}",
            "first": {"document": f"d{n}", "outlet": "Post", "published": "2026-01-01"},
            "independent_roots": 1, "outlets": ["Post"],
            "variants": [{"document": f"d{n}", "outlet": "Post", "published": "2026-01-01",
                          "text": f"{words} {n}", "speaker": "Ana Lind", "difference": None}]}


def table(con) -> tuple:
    return (list(con.execute("SELECT * FROM families ORDER BY rank")),
            list(con.execute("SELECT rowid, speaker, text FROM family_text ORDER BY rowid")),
            list(con.execute("SELECT rowid FROM family_text WHERE family_text MATCH "
                             "'text : \"moved chance\"' ORDER BY rowid")))


def test_an_update_rewrites_only_the_families_that_changed(tmp_path):
    before = [family(n) for n in range(30)]
    # one family dropped, one inserted before others (ranks shift), one changed, one added
    after = before[:5] + [family(99, "moved chance")] + before[6:12] + before[13:]
    after[20] = family(int(after[20]["id"][1:]), "moved chance")
    after.append(family(100))
    rows = lambda fams: [(f, json.dumps(f)) for f in fams]  # noqa: E731
    con = idx.connect(tmp_path / "a.sqlite")
    idx._write_families(con, rows(before), chunk=7)
    idx._write_families(con, rows(after), chunk=7)
    fresh = idx.connect(tmp_path / "b.sqlite")
    idx._write_families(fresh, rows(after), chunk=7)
    assert table(con) == table(fresh)
    assert len(table(con)[2]) == 2
    changes = con.total_changes
    idx._write_families(con, rows(after), chunk=7)   # nothing changed: nothing written
    assert con.total_changes == changes
    assert table(con) == table(fresh)
