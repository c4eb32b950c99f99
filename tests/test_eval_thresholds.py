"""Regression guard on the held-out evaluation corpora in ``tests/eval/`` (see docs/evaluation.md).

Asserts the figures that held when the corpora were written, with a little margin: extraction
F1 and speaker accuracy, and every ``compare`` and ``check`` case that passed then. Cases that
failed then are listed in KNOWN_FAILING (not asserted; fix them and remove them from the list).
"""
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import eval_check  # noqa: E402
import eval_compare  # noqa: E402
import eval_extraction  # noqa: E402

# First measured at commit 21a3878: F1 0.994, speaker accuracy 0.806; after the extraction
# fixes: F1 1.000, speaker accuracy 0.981 (the corpus then served for tuning, so these floors
# guard against regressions; docs/evaluation.md names the independent measurement).
MIN_F1 = 0.97
MIN_PRECISION = 0.97
MIN_RECALL = 0.97
MIN_SPEAKER_ACCURACY = 0.95

KNOWN_FAILING: set = set()  # every case passed at the last measurement


@pytest.fixture(scope="module")
def extraction():
    return eval_extraction.evaluate()


def test_extraction_span_f1(extraction):
    assert extraction["precision"] >= MIN_PRECISION, extraction["files"]
    assert extraction["recall"] >= MIN_RECALL, extraction["files"]
    assert extraction["f1"] >= MIN_F1


def test_extraction_speaker_accuracy(extraction):
    wrong = {d: e["wrong_speaker"] for d, e in extraction["files"].items() if e["wrong_speaker"]}
    assert extraction["speaker_accuracy"] >= MIN_SPEAKER_ACCURACY, wrong


# The second corpus (tests/eval/extraction2) was written by a tester who never saw the
# extractor's fixtures; measured held out: F1 0.997, speaker accuracy 0.901. After fixes of
# the failure classes it revealed (its texts stayed unseen): F1 1.000, speaker 0.955, then
# 0.990. The third corpus (tests/eval/extraction3), measured held out: F1 1.000, speaker
# 0.848; after fixing its failure classes from new examples: F1 1.000, speaker 0.963 here.
MIN_SPEAKER_ACCURACY_LATER = {"extraction2": 0.97, "extraction3": 0.93}


@pytest.mark.parametrize("corpus", sorted(MIN_SPEAKER_ACCURACY_LATER))
def test_later_corpora_extraction(corpus):
    res = eval_extraction.evaluate(eval_extraction.ROOT / "tests" / "eval" / corpus)
    wrong = {d: e["wrong_speaker"] for d, e in res["files"].items() if e["wrong_speaker"]}
    assert res["f1"] >= MIN_F1
    assert res["speaker_accuracy"] >= MIN_SPEAKER_ACCURACY_LATER[corpus], wrong


def test_extraction_scorer_matches_overlap_rule():
    """The scorer itself: half the gold span must be covered; one prediction, one gold."""
    from types import SimpleNamespace as Q

    gold = [{"start": 10, "end": 20}, {"start": 30, "end": 40}]
    pairs, spurious = eval_extraction.match(gold, [Q(start=14, end=40), Q(start=50, end=60)])
    assert list(pairs) == [1] and spurious == {1}
    pairs, _ = eval_extraction.match(gold, [Q(start=16, end=40)])
    assert list(pairs) == [1]
    assert eval_extraction.speaker_ok("Neil Cutler", "Neil Cutler KC")
    assert not eval_extraction.speaker_ok("Neil Cutler", "Gordon Ashby")
    assert eval_extraction.speaker_ok(None, None) and not eval_extraction.speaker_ok(None, "X")


@pytest.mark.parametrize("story_set", ["ferry", "peso", "ratehold", "volcano"])
def test_compare_story_set(story_set):
    cases = eval_compare.evaluate([story_set])[story_set]
    failing = [f"{c['case']}: {c['detail']}" for c in cases
               if not c["ok"] and c["case"] not in KNOWN_FAILING]
    assert not failing
    assert len(cases) >= 14


@pytest.fixture(scope="module")
def check_results():
    return eval_check.evaluate(in_process=True)


def test_check_drafts(check_results):
    failing = [f"{d}: {c['case']}: {c['detail']}" for d, cases in check_results.items()
               for c in cases if not c["ok"] and c["case"] not in KNOWN_FAILING]
    assert not failing
    assert len(check_results) >= 15


def test_acceptance_corpus_compare_and_check():
    """The fourth held-out corpus (compare story sets, check drafts) through the real CLI.

    Measured held out: 111 of 115; after the explaining-away fix in provenance and the
    place-name fix in speaker resolution, every case passes.
    """
    import subprocess

    out = subprocess.run([sys.executable, str(BENCH / "eval_acceptance.py")],
                         capture_output=True, text=True, check=True).stdout
    totals = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and "/" in parts[1]:
            got, of = parts[1].split("/")
            totals[parts[0]] = (int(got), int(of))
    for group, (got, of) in totals.items():
        assert got == of, (group, out)
    assert "TOTAL" in totals, out
