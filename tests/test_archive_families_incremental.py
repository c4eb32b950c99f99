"""Quote families are updated, not rebuilt: an update re-links only the speakers whose
renderings changed (and the speakers a story quote group joins to them), keeps every other
family line for line, and gives exactly the families a batch build gives."""
import hashlib
import json

from quotecheck.archive.families import (FamiliesTask, build_families, partition,
                                         read_families)
from quotecheck.archive.store import atomic_write_json, story_file


def sig(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


def story(root, name: str, quotes: list) -> str:
    """A story output with one document per quotation: (document, day, speaker, text[,
    group]) tuples; returns its hash."""
    s = sig(name)
    docs, rows = [], []
    for n, (doc, day, speaker, text, *group) in enumerate(quotes):
        docs.append({"id": doc, "outlet": f"Outlet {doc}", "published": f"{day}T08:00:00Z",
                     "day": day, "root": doc})
        rows.append({"id": f"{doc}-q{n}", "document": doc, "speaker": speaker,
                     "family_speaker": speaker, "text": text, "start": 10 * n,
                     "cluster": group[0] if group else None, "parent": None,
                     "difference": ""})
    atomic_write_json(story_file(root, s), {"version": "2", "story": s, "documents": docs,
                                             "quotes": rows})
    return s


def run(root, tmp, name: str, stories: list, before=None) -> tuple:
    """The families stage over ``stories`` (after the ``before`` run's outputs, if any)."""
    listing = tmp / f"{name}-stories.json"
    atomic_write_json(listing, sorted(stories))
    task = FamiliesTask(str(root), str(listing), before.stories if before else "",
                        before.renderings if before else "", str(tmp / f"{name}.parquet"),
                        str(tmp / f"{name}.jsonl"), 0, 1, before.output if before else "")
    return task, build_families(task)


def lines(path) -> list:
    return [line for line in path.read_text(encoding="utf-8").split("\n") if line]


VETO = "We will not sign any deal that sells the northern harbour to foreign buyers"
VETO2 = "We will never sign a deal that sells the northern harbour to foreign buyers"
BRIDGE = "The bridge over the Salven river opens to traffic in the first week of May"
WAGES = "Wages at the Korvel mill have not kept pace with prices for three years"


def test_an_update_relinks_only_the_speakers_it_touches(tmp_path):
    root = tmp_path / "archive"
    a = story(root, "a", [("a1", "2026-03-01", "Ines Marlow", VETO)])
    b = story(root, "b", [("b1", "2026-03-01", "Tomas Virel", BRIDGE),
                          ("b2", "2026-03-02", "Tomas Virel", BRIDGE)])
    c = story(root, "c", [("c1", "2026-03-02", "Ada Korvel", WAGES, "g1"),
                          ("c2", "2026-03-02", "the mill's owner", WAGES, "g1")])
    first, _ = run(root, tmp_path, "first", [a, b, c])
    # a later story quotes Ines Marlow again: only her renderings are linked again
    d = story(root, "d", [("d1", "2026-03-05", "Ines Marlow", VETO2)])
    second, result = run(root, tmp_path, "second", [a, b, c, d], before=first)
    assert (result["relinked"], result["kept"]) == (2, 2)
    _, batch = run(root, tmp_path, "batch", [a, b, c, d])
    assert batch["relinked"] == 6
    assert lines(tmp_path / "second.jsonl") == lines(tmp_path / "batch.jsonl")
    # the families of Tomas Virel and of the story quote group are the previous lines
    kept = [line for line in lines(tmp_path / "first.jsonl") if "Ines" not in line]
    assert len(kept) == 2 and set(kept) <= set(lines(tmp_path / "second.jsonl"))
    veto = [f for f in read_families(tmp_path / "second.jsonl") if f["speaker"] == "Ines Marlow"]
    assert [v["document"] for v in veto[0]["variants"]] == ["a1", "d1"]


def test_a_story_quote_group_relinks_every_speaker_it_joins(tmp_path):
    root = tmp_path / "archive"
    c = story(root, "c", [("c1", "2026-03-02", "Ada Korvel", WAGES, "g1"),
                          ("c2", "2026-03-02", "the mill's owner", WAGES, "g1")])
    b = story(root, "b", [("b1", "2026-03-01", "Tomas Virel", BRIDGE)])
    first, _ = run(root, tmp_path, "first", [b, c])
    # the story grows (a new hash): its renderings are gone and come back under the new one,
    # and a new rendering of "the mill's owner" alone touches Ada Korvel through the group
    c2 = story(root, "c2", [("c1", "2026-03-02", "Ada Korvel", WAGES, "g1"),
                            ("c2", "2026-03-02", "the mill's owner", WAGES, "g1"),
                            ("c3", "2026-03-03", "the mill's owner", WAGES + " now")])
    second, result = run(root, tmp_path, "second", [b, c2], before=first)
    assert (result["relinked"], result["kept"]) == (3, 1)
    _, batch = run(root, tmp_path, "batch", [b, c2])
    assert lines(tmp_path / "second.jsonl") == lines(tmp_path / "batch.jsonl")
    e = story(root, "e", [("e1", "2026-03-04", "the mill's owner", BRIDGE)])
    third, result = run(root, tmp_path, "third", [b, c2, e], before=second)
    assert (result["relinked"], result["kept"]) == (4, 1)   # Ada Korvel through group g1
    _, batch = run(root, tmp_path, "batch2", [b, c2, e])
    assert lines(tmp_path / "third.jsonl") == lines(tmp_path / "batch2.jsonl")


def test_previous_families_that_do_not_match_are_not_reused(tmp_path):
    root = tmp_path / "archive"
    a = story(root, "a", [("a1", "2026-03-01", "Ines Marlow", VETO)])
    b = story(root, "b", [("b1", "2026-03-01", "Tomas Virel", BRIDGE)])
    first, _ = run(root, tmp_path, "first", [a, b])
    (tmp_path / "first.jsonl").write_text(lines(tmp_path / "first.jsonl")[0] + "\n")
    d = story(root, "d", [("d1", "2026-03-05", "Ines Marlow", VETO2)])
    _, result = run(root, tmp_path, "second", [a, b, d], before=first)
    assert (result["relinked"], result["kept"]) == (3, 0)   # a line is missing: all again
    _, batch = run(root, tmp_path, "batch", [a, b, d])
    assert lines(tmp_path / "second.jsonl") == lines(tmp_path / "batch.jsonl")
    assert json.loads(lines(tmp_path / "second.jsonl")[0])["first"]["document"] == "a1"


def test_a_partition_the_update_does_not_touch_keeps_its_files(tmp_path):
    root = tmp_path / "archive"
    assert (partition("Ines Marlow", 2), partition("Ada Korvel", 2)) == (1, 0)
    a = story(root, "a", [("a1", "2026-03-01", "Ines Marlow", VETO)])
    b = story(root, "b", [("b1", "2026-03-02", "Ada Korvel", BRIDGE)])
    c = story(root, "c", [("c1", "2026-03-03", "Ada Korvel", WAGES)])
    before, after = [], []
    for name, stories, previous in (("first", [a, b], None), ("second", [a, b, c], before)):
        listing = tmp_path / f"{name}-stories.json"
        atomic_write_json(listing, sorted(stories))
        for p in range(2):
            task = FamiliesTask(str(root), str(listing),
                                previous[p].stories if previous else "",
                                previous[p].renderings if previous else "",
                                str(tmp_path / f"{name}{p}.parquet"),
                                str(tmp_path / f"{name}{p}.jsonl"), p, 2,
                                previous[p].output if previous else "")
            result = build_families(task)
            if previous is None:
                before.append(task)
            else:
                after.append(result)
    ada, ines = after
    assert (ada["relinked"], ines["relinked"]) == (2, 0)
    for suffix in ("1.jsonl", "1.parquet"):   # Ines Marlow's partition: the same bytes
        assert (tmp_path / f"second{suffix}").read_bytes() == \
            (tmp_path / f"first{suffix}").read_bytes()


def test_a_quotation_with_a_line_separator_reads_back(tmp_path):
    """JSON keeps U+2028 as it is; the families file splits on newlines only (str.splitlines
    split the line there, so a good file read as corrupt and was rebuilt every update)."""
    root = tmp_path / "archive"
    a = story(root, "a", [("a1", "2026-03-01", "Ines Marlow", VETO + "\u2028 and more")])
    task, _ = run(root, tmp_path, "first", [a])
    families = read_families(task.output)
    assert families and families[0]["text"].endswith("\u2028 and more")
    assert build_families(task) == {"skipped": True}
