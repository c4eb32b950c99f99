"""The synthetic archive generator (bench/archive_synth.py): deterministic, and its truth holds.

The archive benchmarks and the engine-equivalence test score the archive against this truth,
so the truth must describe the text: copies after and apart from their source, syndication
verbatim, credits where said, translations with no sentence in common, quotations where told.
"""
import datetime as dt
import json

import pytest

from archive_helpers import load_synth

DAYS, PER_DAY = 6, 60

synth = load_synth()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    out = tmp_path_factory.mktemp("synth")
    truth = synth.write_archive(out, DAYS, PER_DAY, seed=7, outlets=80)
    articles = {}
    for day in range(DAYS):
        for line in (out / f"day-{day:04d}.jsonl").read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            article["day"] = day
            articles[article["id"]] = article
    return out, truth, articles


def test_the_same_seed_gives_the_same_bytes(archive, tmp_path):
    out, _, _ = archive
    again = tmp_path / "again"
    synth.write_archive(again, DAYS, PER_DAY, seed=7, outlets=80)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(p.name for p in again.iterdir())
    assert names == [f"day-{d:04d}.jsonl" for d in range(DAYS)] + ["truth.json"]
    for name in names:
        assert (out / name).read_bytes() == (again / name).read_bytes(), name
    other = tmp_path / "other"
    synth.write_archive(other, DAYS, PER_DAY, seed=8, outlets=80)
    assert (other / "day-0000.jsonl").read_bytes() != (out / "day-0000.jsonl").read_bytes()


def test_every_day_has_the_daily_volume_in_the_input_format(archive):
    _, truth, articles = archive
    assert len(articles) == DAYS * PER_DAY == truth["articles"] == len(truth["story_of"])
    per_day = {}
    start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    for article in articles.values():
        per_day[article["day"]] = per_day.get(article["day"], 0) + 1
        assert {"id", "text", "outlet", "published", "language"} <= set(article)
        published = dt.datetime.fromisoformat(article["published"])
        assert (published - start).days == article["day"], article["id"]
        assert article["text"].strip() and article["id"] in truth["story_of"]
    assert set(per_day.values()) == {PER_DAY}


def test_stories_have_power_law_sizes(archive):
    _, truth, _ = archive
    sizes = {}
    for story in truth["story_of"].values():
        sizes[story] = sizes.get(story, 0) + 1
    counts = sorted(sizes.values())
    assert counts.count(1) > len(counts) / 3, "most stories are a single article"
    assert counts[-1] >= 10, "and a few are large"
    assert set(truth["filler"]) <= set(truth["story_of"])


def _paragraphs(text):
    return [p for p in text.split("\n\n") if p.strip()]


def test_derived_copies_follow_their_source(archive):
    _, truth, articles = archive
    relations = {d["relation"] for d in truth["derived"]}
    assert relations == {"syndication", "rewrite", "spun"}
    assert {d["credited"] for d in truth["derived"]} == {True, False}
    assert {d["mutation"] for d in truth["derived"] if d["relation"] == "spun"} == {
        "changed-words", "dropped-negation", "moved-boundary"}
    for d in truth["derived"]:
        source, copy = articles[d["source"]], articles[d["derived"]]
        assert truth["story_of"][d["source"]] == truth["story_of"][d["derived"]]
        assert source["published"] < copy["published"]
        assert source["outlet"] != copy["outlet"]
        if d["relation"] == "syndication":
            body = _paragraphs(source["text"])
            assert all(p in copy["text"] for p in body[2:]), d   # verbatim (a dateline aside)
        else:
            assert copy["text"] != source["text"]
        assert (source["outlet"] in copy["text"]) == d["credited"], d


def test_translations_share_no_sentence(archive):
    _, truth, articles = archive
    assert truth["translations"]
    for planted in truth["translations"]:
        docs = planted["documents"]
        assert len(docs) >= 2
        assert len({articles[i]["outlet"] for i in docs}) == len(docs)
        for i, a in enumerate(docs):
            for b in docs[i + 1:]:
                shared = set(_paragraphs(articles[a]["text"])) & set(
                    _paragraphs(articles[b]["text"]))
                assert not shared, (a, b, shared)


def test_quotations_appear_where_the_truth_says(archive):
    _, truth, articles = archive
    spun = {d["derived"] for d in truth["derived"] if d["relation"] == "spun"}
    source_of = {d["derived"]: d["source"] for d in truth["derived"]}

    def carries_a_spin(doc):
        while doc is not None:
            if doc in spun:
                return True
            doc = source_of.get(doc)
        return False

    for family in truth["quotations"]:
        assert family["documents"] and family["text"] and family["speaker"]
        if family["translated"]:
            continue
        for doc in family["documents"]:
            assert family["text"] in articles[doc]["text"] or carries_a_spin(doc), (family, doc)
            assert truth["story_of"][doc] == family["story"]
