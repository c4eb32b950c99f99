"""Archive mode end to end: update, queries, stats, export; incremental equals batch; ingest."""
import json
from pathlib import Path

import jsonschema
import pytest
from archive_articles import articles, write_all, write_days
from archive_helpers import SETTING_ARGS, SETTINGS, run_cli, snapshot

from quotecheck.archive import export, query_copies, query_quote, query_story, stats, update
from quotecheck.archive.engine import LocalEngine
from quotecheck.cli import main

SCHEMA = json.loads((Path(__file__).parent / "data" / "archive.schema.json").read_text())


@pytest.fixture(scope="module")
def records():
    return articles(30)


@pytest.fixture(scope="module")
def batch_archive(tmp_path_factory, records):
    """All 30 days in one update."""
    base = tmp_path_factory.mktemp("batch")
    result = update(base / "archive", [write_all(base / "all.jsonl", records)], settings=SETTINGS)
    assert not result.errors and result.added == len(records)
    return base / "archive"


def test_incremental_equals_batch(tmp_path, records, batch_archive):
    """30 daily updates give the same families, first appearances, edges and stories."""
    archive = tmp_path / "daily"
    days = write_days(tmp_path / "days", records)
    assert len(days) == 30
    for path in days:
        assert not update(archive, [path], settings=SETTINGS).errors
    daily, batch = snapshot(archive), snapshot(batch_archive)
    assert daily["edges"] and daily["families"]
    assert daily == batch


def test_a_story_keeps_its_id_when_a_later_day_extends_it(tmp_path, records, batch_archive):
    """The story id is its first document's: the next day's spun rewrite joins the story
    (new members, a new membership hash) and the id users saw stays; families name it too."""
    days = write_days(tmp_path / "days", records)
    archive = tmp_path / "daily"
    update(archive, [days[0]], settings=SETTINGS)
    before = query_story(archive, "s00-wire.txt")["story"]
    assert "s00-spun.txt" not in {d["id"] for d in before["documents"]}
    update(archive, [days[1]], settings=SETTINGS)
    after = query_story(archive, "s00-wire.txt")["story"]
    assert "s00-spun.txt" in {d["id"] for d in after["documents"]}
    assert after["id"] == before["id"]
    assert after["id"] == query_story(batch_archive, "s00-spun.txt")["story"]["id"]
    assert {e["story"] for e in after["edges"]} == {after["id"]}
    variants = [v for f in query_quote(archive, "wreck")["families"] for v in f["variants"]]
    assert variants and {v["story"] for v in variants} == {after["id"]}


def test_an_index_with_membership_hash_story_ids_is_renamed(tmp_path, records, batch_archive):
    """An archive whose index named stories by their membership hash (before the ids were
    their first document's) gets every story's rows anew on its next update."""
    import shutil
    import sqlite3

    archive = tmp_path / "old"
    shutil.copytree(batch_archive, archive)
    con = sqlite3.connect(str(archive / "index.sqlite"), isolation_level=None)
    for old, sig in list(con.execute("SELECT id, signature FROM stories")):
        con.execute("UPDATE stories SET id = ? WHERE id = ?", (sig[:16], old))
        con.execute("UPDATE edges SET story = ? WHERE story = ?", (sig[:16], old))
        con.execute("UPDATE documents SET story = ? WHERE story = ?", (sig[:16], old))
    con.execute("DELETE FROM meta WHERE key = 'story_ids'")
    con.close()
    assert snapshot(archive) != snapshot(batch_archive)
    assert not update(archive, [], settings=SETTINGS).errors
    assert snapshot(archive) == snapshot(batch_archive)


def test_update_finds_copies_stories_and_quote_families(batch_archive):
    copies = query_copies(batch_archive)
    relations = {(e["source"], e["derived"]): (e["relation"], e["credited"])
                 for e in copies["edges"]}
    # every planted copy: the credited syndication and the uncredited spun rewrite
    for n in range(0, 29, 3):
        assert relations[(f"s{n:02d}-wire.txt", f"s{n:02d}-synd.txt")] == ("syndication", True)
        assert relations[(f"s{n:02d}-indep.txt", f"s{n:02d}-spun.txt")] == ("rewrite", False)
    uncredited = query_copies(batch_archive, uncredited=True)["edges"]
    assert uncredited and all(not e["credited"] for e in uncredited)
    since = query_copies(batch_archive, since="2026-03-10", until="2026-03-12")["edges"]
    assert since and all("2026-03-10" <= e["published"][:10] <= "2026-03-12" for e in since)
    story = query_story(batch_archive, "s03-spun.txt")["story"]
    ids = {d["id"] for d in story["documents"]}
    assert {"s03-wire.txt", "s03-synd.txt", "s03-indep.txt", "s03-spun.txt"} <= ids
    assert not any(i.startswith("s06-") for i in ids)
    # the rewrite's changed quotation: one family, the change typed against its parent
    fams = query_quote(batch_archive, "wreck")["families"]
    assert [f["first"]["document"] for f in fams] == [f"s{n:02d}-indep.txt"
                                                       for n in range(0, 29, 3)]
    fam = fams[0]
    assert fam["first"]["document"] == "s00-indep.txt"
    assert [v["document"] for v in fam["variants"]][:2] == ["s00-indep.txt", "s00-spun.txt"]
    assert fam["variants"][0]["difference"] is None
    assert "'wreck'" in fam["variants"][1]["difference"]
    assert fam["independent_roots"] == 1
    counts = stats(batch_archive)
    assert counts["documents"] == 70 and counts["days"] == 30
    assert counts["edges"] == len(copies["edges"]) and counts["families"] > 0
    for result in (copies, query_story(batch_archive, "s03-spun.txt"), counts,
                   query_quote(batch_archive, "wreck")):
        jsonschema.validate(result, SCHEMA)


@pytest.mark.parametrize("query", [["quote", "wreck"], ["copies", "--uncredited"],
                                   ["story", "s00-wire.txt"]])
@pytest.mark.parametrize("fmt", ["text", "json", "csv"])
def test_cli_queries_in_every_format(batch_archive, capsys, query, fmt):
    assert main(["archive", "query", str(batch_archive), *query, "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        jsonschema.validate(json.loads(out), SCHEMA)
    elif fmt == "csv":
        header = out.splitlines()[0]
        assert header.startswith("family," if query[0] == "quote" else "source,")
        assert len(out.splitlines()) >= 2
    else:
        assert ("wreck" in out) if query[0] == "quote" else ("<-" in out)


def test_cli_stats_and_export(batch_archive, tmp_path, capsys):
    assert main(["archive", "stats", str(batch_archive), "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, SCHEMA)
    assert {k: data[k] for k in ("documents", "days")} == {"documents": 70, "days": 30}
    assert main(["archive", "stats", str(batch_archive)]) == 0
    assert "70 documents" in capsys.readouterr().out
    out = tmp_path / "export"
    assert main(["archive", "export", str(batch_archive), str(out)]) == 0
    import duckdb

    con = duckdb.connect()
    n = lambda t: con.execute(f"SELECT count(*) FROM read_parquet('{out / t}.parquet')"  # noqa
                              ).fetchone()[0]
    assert n("documents") == 70 and n("edges") == data["edges"]
    assert n("families") == data["families"] and n("variants") >= data["families"]
    assert export(batch_archive, out)["stories"] == data["stories"]


def test_unknown_document_and_empty_words_are_usage_errors(batch_archive, capsys):
    assert main(["archive", "query", str(batch_archive), "story", "nope.txt"]) == 2
    assert "no document 'nope.txt'" in capsys.readouterr().err
    assert main(["archive", "query", str(batch_archive), "quote", "  ,, "]) == 2
    assert main(["archive", "query", str(batch_archive), "copies", "--since", "March"]) == 2
    assert "--since 'March'" in capsys.readouterr().err
    assert main(["archive", "stats", str(batch_archive.parent / "missing")]) == 2
    assert "no archive at" in capsys.readouterr().err


def test_quote_query_cannot_inject_fts_syntax(batch_archive):
    assert query_quote(batch_archive, 'wreck" OR "we')["families"] == []
    assert query_quote(batch_archive, "WRECK")["families"]


def test_bad_lines_are_reported_skipped_and_counted(tmp_path):
    good = {"id": "a", "text": "Mayor Jo Bloggs said “we will build it” on Monday.",
            "outlet": "Gazette", "published": "2026-03-01"}
    lines = [json.dumps(good), "{not json", json.dumps({"id": "b", "outlet": "X",
                                                         "published": "2026-03-01"}),
             json.dumps({"id": "c", "text": "Words.", "published": "2026-13-45"}),
             "[1, 2]", json.dumps({**good, "id": "d", "outlet": "Other"})]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n")
    proc = run_cli("update", tmp_path / "a", src, *SETTING_ARGS)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    for needle in (f"{src}:2: invalid JSON", f"{src}:3: article 'b': missing 'text'",
                   f"{src}:4: article 'c': bad date '2026-13-45'", f"{src}:5: not a JSON object"):
        assert needle in proc.stderr
    assert "2 new articles (0 duplicates, 4 bad inputs skipped)" in proc.stderr
    assert stats(tmp_path / "a")["documents"] == 2


def test_exact_duplicates_are_dropped_by_content_hash(tmp_path, records):
    src = write_all(tmp_path / "some.jsonl", records[:8])
    first = update(tmp_path / "a", [src], settings=SETTINGS)
    again = update(tmp_path / "a", [src, src], settings=SETTINGS)
    assert (first.added, again.added, again.duplicates) == (8, 0, 16)
    # the same text from another outlet is syndication, not a duplicate
    copy = dict(records[0], id="elsewhere", outlet="Another Outlet")
    third = update(tmp_path / "a", [write_all(tmp_path / "copy.jsonl", [copy])], settings=SETTINGS)
    assert (third.added, third.duplicates) == (1, 0)
    # a different article under an id already used is an error, not an overwrite
    clash = dict(records[1], text=records[1]["text"] + " Updated.", outlet="New")
    fourth = update(tmp_path / "a", [write_all(tmp_path / "clash.jsonl", [clash])],
                    settings=SETTINGS)
    assert fourth.added == 0 and "already in the archive" in str(fourth.errors[0])


def test_two_workers_give_the_same_archive(tmp_path, records):
    src = write_all(tmp_path / "nine.jsonl", [r for r in records if r["published"] < "2026-03-10"])
    update(tmp_path / "one", [src], settings=SETTINGS)
    with LocalEngine(2) as engine:
        update(tmp_path / "two", [src], settings=SETTINGS, engine=engine)
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")


def test_settings_are_fixed_at_creation(tmp_path, records):
    src = write_all(tmp_path / "few.jsonl", records[:3])
    assert run_cli("update", tmp_path / "a", src, "--window-days", "3", "-q").returncode == 0
    proc = run_cli("update", tmp_path / "a", src, "--window-days", "1")
    assert proc.returncode == 2
    assert "settings are fixed when an archive is created: window_days 1 (archive has 3)" \
        in proc.stderr
    assert json.loads((tmp_path / "a" / "archive.json").read_text())["window_days"] == 3


def test_oversized_groups_are_split_by_sub_window():
    from quotecheck.archive.stories import find_stories

    days = {f"d{i:02d}": f"2026-03-{1 + i // 3:02d}" for i in range(30)}   # 3 a day, 10 days
    chain = [(f"d{i:02d}", f"d{i + 1:02d}") for i in range(29)]             # one long chain
    whole = find_stories(days, chain, window_days=1, max_story=100)
    assert whole == [tuple(sorted(days))]
    split = find_stories(days, chain, window_days=1, max_story=5)
    # blocks of 2 * 1 + 1 = 3 days (9 articles), then runs of at most 5
    assert [len(s) for s in split] == [5, 4, 5, 4, 5, 4, 3]
    assert sorted(d for s in split for d in s) == sorted(days)
    assert find_stories(days, list(reversed(chain)), 1, 5) == split     # order-free
    alone = find_stories({"a": "2026-03-01", "b": "2026-03-01"}, [], 2, 10)
    assert alone == [("a",), ("b",)]


def test_lone_surrogates_become_replacement_characters(tmp_path):
    src = tmp_path / "s.jsonl"
    src.write_text('{"id": "a\\ud800", "text": "Mayor Jo Bloggs said \\u201cwe will \\udc00 build '
                   'it\\u201d today.", "outlet": "X", "published": "2026-03-01"}\n')
    result = update(tmp_path / "a", [src], settings=SETTINGS)
    assert result.added == 1 and not result.errors
    story = query_story(tmp_path / "a", "a\ufffd")["story"]
    assert [d["id"] for d in story["documents"]] == ["a\ufffd"]
    assert query_quote(tmp_path / "a", "build it")["families"][0]["text"] == \
        "we will \ufffd build it"


def test_undated_folder_articles_are_errors_unless_given_a_date(tmp_path, seeds_dir):
    proc = run_cli("update", tmp_path / "a", seeds_dir, "-q")
    assert proc.returncode == 2
    assert "000_b87f51cfc6e39bfa.txt': missing 'published'" in proc.stderr
    assert stats(tmp_path / "a")["documents"] == 1
    proc = run_cli("update", tmp_path / "a", seeds_dir, "--undated", "2022-01-10")
    assert proc.returncode == 0, proc.stderr
    assert "4 new articles (1 duplicates" in proc.stderr
    edges = query_copies(tmp_path / "a")["edges"]
    assert len(edges) == 2 and stats(tmp_path / "a")["stories"] == 1   # as compare finds
    assert run_cli("update", tmp_path / "b", seeds_dir, "--undated", "soon").returncode == 2


def test_an_engine_that_cannot_load_is_a_clear_error(tmp_path, monkeypatch, capsys):
    import quotecheck.archive.engine as engines

    def missing(*args, **kwargs):
        raise ImportError("No module named 'distributed'")

    monkeypatch.setattr(engines, "make_engine", missing)
    src = write_all(tmp_path / "one.jsonl", articles(1))
    assert main(["archive", "update", str(tmp_path / "a"), str(src), "--engine", "dask"]) == 2
    err = capsys.readouterr().err
    assert "--engine dask: No module named 'distributed'" in err and "Traceback" not in err
    assert not (tmp_path / "a").exists()


@pytest.mark.parametrize("parts", [1, 3])
def test_families_do_not_depend_on_the_number_of_partitions(batch_archive, tmp_path, parts):
    import sqlite3

    from quotecheck.archive.families import FamiliesTask, build_families, merged_families

    con = sqlite3.connect(str(batch_archive / "index.sqlite"))
    listing = dict(con.execute("SELECT key, value FROM meta"))["story_list"]
    indexed = [json.loads(r[0]) for r in con.execute("SELECT data FROM families ORDER BY rank")]
    con.close()
    tasks = [FamiliesTask(str(batch_archive), listing, "", "", str(tmp_path / f"r{p}.parquet"),
                          str(tmp_path / f"f{p}.jsonl"), p, parts) for p in range(parts)]
    assert all(not build_families(t).get("unreadable") for t in tasks)
    assert [f for f, _ in merged_families([t.output for t in tasks])] == indexed


def test_quote_query_by_speaker(batch_archive):
    named = [f for f in query_quote(batch_archive, "wreck")["families"] if f["speaker"]]
    assert named
    speaker = named[0]["speaker"]
    found = query_quote(batch_archive, "wreck", speaker=speaker)["families"]
    assert found and all(speaker.casefold() in (f["speaker"] or "").casefold()
                         or any(speaker == v["speaker"] for v in f["variants"]) for f in found)
    assert query_quote(batch_archive, "wreck", speaker="Nobody Atall")["families"] == []
