"""bench/first_exposure.py: the rows a judgements file held after its first commit, what
raised each one, and the weak-class contexts' word lists (issue 15). Own snippets only."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import first_exposure as fe  # noqa: E402

HEADER = "fingerprint,document,code,start,verdict,class\n"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                   cwd=repo, check=True, capture_output=True)


def test_first_rows_are_those_of_the_first_commit(tmp_path):
    _git(tmp_path, "init", "-q")
    path = tmp_path / "labels.csv"
    path.write_text(HEADER + "aa,doc1.txt,QC301,10,false,a party's account\n"
                    "bb,doc2.txt,QC331,5,real,\n", encoding="utf-8")
    _git(tmp_path, "add", "labels.csv")
    _git(tmp_path, "commit", "-q", "-m", "first labelling")
    path.write_text(path.read_text(encoding="utf-8") + "cc,doc3.txt,QC330,7,real,\n",
                    encoding="utf-8")
    _git(tmp_path, "commit", "-q", "-am", "judged after a fix")
    rows = fe.first_rows("labels.csv", cwd=tmp_path)
    assert [(r["fingerprint"], r["verdict"]) for r in rows] == [("aa", "false"), ("bb", "real")]
    assert [r["fingerprint"] for r in fe.first_rows("labels.csv", tmp_path, commits=2)] == \
        ["aa", "bb", "cc"]
    assert fe.first_rows("missing.csv", cwd=tmp_path) == []


@pytest.mark.parametrize("code, text, described", [
    ("QC301", "claimed that the plan failed", ("doubt verb", "doubt:claim", "claimed")),
    ("QC301", "insisting it was safe", ("doubt verb", "doubt:insist", "insisting")),
    ("QC302", "lashed out at critics", ("emotive verb", "emotive:lash out", "lashed")),
    ("QC330", "terrorists attacked the post", ("descriptive label", "QC330:terrorist",
                                               "terrorists")),
    ("QC330", "regime change", ("descriptive label", "QC330:regime", "regime")),
    ("QC331", "fiasco. The", ("evaluative: bad faith", "QC331:blatant", "fiasco")),
    ("QC331", "liars, he", ("epithet", "QC331:liar", "liars")),
    ("QC321", "so-called reform", ("so-called", "QC321:so-called", "so-called")),
    ("QC501", "", ("not framing", "QC501", "")),
])
def test_what_raised_a_row(code, text, described):
    assert fe.Lexicon().describe(code, text) == described


def test_tally_and_policy_keys():
    keys = fe.keys_of("QC331", "evaluative-word", ("epithet", "QC331:liar", "liars"))
    assert keys["rule"] == "QC331 evaluative-word" and keys["word"] == "QC331:liars"
    tally = fe.Tally()
    tally.add(keys, "real")
    tally.add(keys, "false")
    tally.add(keys, None)
    assert tally.counts[("class", "epithet")] == [1, 1, 1]
    assert fe.demoted(keys, {"class:epithet"}) and not fe.demoted(keys, {"class:hedge"})
    assert fe.share(1, 3) == "25%" and fe.share(0, 0) == "-"


def test_weak_class_contexts_list_their_groups_words():
    """The info-by-default tables of framing-referents.toml name the groups of the label
    lists whole: a word added to a weak group is lowered with it."""
    contexts = {c["name"].split(" (")[0]: set(c["words"])
                for c in fe._toml("framing-referents")["contexts"]}
    labels = {g["words"][0]: g["words"] for g in fe._toml("framing-labels")["labels"]}
    evaluative = {g["words"][0]: g["words"] for g in fe._toml("framing-evaluative")["labels"]}
    weak = {
        "a descriptive label in the body of a report":
            [labels[k] for k in ("terrorist", "extremist", "regime", "leftist", "cult")],
        "a condemning label in the body of a report":
            [labels[k] for k in ("thug", "propaganda", "martyr")],
        "ridicule, imputed bad faith or an epithet in the body of a report":
            [evaluative[k] for k in ("bizarre", "blatant", "liar")],
        "a placement label in the body of a report":
            [evaluative["hard-left"]],
    }
    for name, groups in weak.items():
        assert contexts[name] == {w for g in groups for w in g}, name


def _row(code, verdict, fp, start=0, s="setA"):
    return {"set": s, "fingerprint": fp, "document": "d.txt", "start": str(start),
            "code": code, "verdict": verdict}


def test_fate_of_a_row_by_fingerprint_or_position():
    seen = {("setA", "f1"): "warning", ("setA", "d.txt", "QC501", 40): "error",
            ("setA", "f3"): "info"}
    assert fe.fate_of(_row("QC301", "real", "f1"), seen) == "warning"
    assert fe.fate_of(_row("QC501", "false", "moved", 40), seen) == "warning"   # position
    assert fe.fate_of(_row("QC331", "false", "f3"), seen) == "info"
    assert fe.fate_of(_row("QC331", "false", "f4"), seen) == "gone"
    assert fe.fate_of(_row("QC331", "false", "f1", s="setB"), seen) == "gone"  # other set


def test_fate_counts_kept_lost_and_removed_per_code():
    seen = {("setA", "a"): "warning", ("setA", "b"): "info", ("setA", "c"): "warning"}
    rows = [_row("QC501", "real", "a"), _row("QC501", "real", "b"),
            _row("QC501", "false", "c"), _row("QC501", "false", "gone"),
            _row("QC331", "false", "x"), _row("QC331", "", "a2")]
    counts = fe.fate_counts(rows, seen)
    assert counts["QC501"] == [1, 1, 1, 1, 0]      # real kept/lost, false kept/removed
    assert counts["QC331"] == [0, 0, 0, 1, 1]
    assert counts["other"] == [1, 1, 1, 1, 0] and counts["framing"] == [0, 0, 0, 1, 1]
    assert counts["all"] == [1, 1, 1, 2, 1]
    out = io.StringIO()
    fe.print_fate(counts, out=out)
    assert "QC501" in out.getvalue() and "50% ->   50%" in out.getvalue()


def test_doubt_rows_keyed_by_the_cue_that_keeps_them(tmp_path):
    (tmp_path / "setA.cues.json").write_text(json.dumps({
        "d.txt:10": {"lemma": "claim", "cues": ["joins", "drift"], "usage": ""},
        "d.txt:20": {"lemma": "insist", "cues": [], "usage": "a party's stated position"},
        "d.txt:30": {"lemma": "purport", "cues": [], "usage": ""}}), encoding="utf-8")
    rows = [dict(_row("QC301", "real", f"f{i}", start), keys={"code": "QC301"})
            for i, start in enumerate((10, 20, 30, 40))]
    rows.append(dict(_row("QC501", "real", "g", 10), keys={"code": "QC501"}))
    fe.add_cues(rows, tmp_path)
    assert rows[0]["keys"]["cues"] == "claim joins+drift"
    assert rows[0]["keys"]["cue joins"] == "claim joins" and rows[0]["keys"]["any drift"] == "drift"
    assert rows[1]["keys"]["cues"] == "insist info"
    assert rows[2]["keys"]["cues"] == "purport lemma"
    assert rows[3]["keys"]["cues"] == "not raised now"
    assert "cues" not in rows[4]["keys"]


@pytest.mark.parametrize("text, cues", [
    ("The mayor claimed the fund was safe, but the audit counted losses. Then rain fell.",
     ["joins"]),
    ("The mayor claimed the fund was safe. But the audit counted losses.", ["openers"]),
    ("The mayor baselessly claimed the fund was safe. Rain fell.", ["adverbs"]),
    ("The mayor claimed the fund was safe. Rain fell.", []),
])
def test_doubt_cues_name_the_weighing_cue(text, cues):
    import doubt_cues
    start = text.index("claimed")
    assert doubt_cues.cues_at(text, 0, start, start + len("claimed"), "") == cues


@pytest.mark.parametrize("text, cues", [
    # a suspicion weighs 'insist' only where the position denies it
    ("Amid suspicions of a leak, the firm insisted there was no breach. Rain fell.",
     ["suspicions"]),
    ("Amid suspicions of a leak, the family insisted he had taken it. Rain fell.", []),
    # another side answering in the next sentence is no weighing of 'insist'
    ("The rebels insisted they had changed. But many parents fear the old rules.", []),
    ("The rebels insisted they had changed. But a new survey found the old rules.",
     ["openers"]),
])
def test_doubt_cues_apply_the_lemma_bound_conditions(text, cues):
    import doubt_cues
    start = text.index("insisted")
    assert doubt_cues.cues_at(text, 0, start, start + len("insisted"), "", "insist") == cues
