"""bench/provenance_pooled.py: sums the eval outputs' counts (not their F1s), lists failures
with their pair labels. Eval outputs and labels invented."""
from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "provenance_pooled", Path(__file__).resolve().parents[1] / "bench" / "provenance_pooled.py")
pooled_mod = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(pooled_mod)


def _output(gold: tuple, pred: int, tp: int, mh: tuple, missed: str = "", false: str = "") -> str:
    lines = [
        "set /tmp/x (quotecheck 0.2.0)",
        f"(a) derived pairs: 9 articles, 36 pairs, labelled 20 (wholly {gold[0]}, partially "
        f"{gold[1]}, non 5); unlabelled pairs count as non",
        "    method                 threshold  pred   TP      P      R     F1  recall",
        f"    quotecheck edges       -         {pred:5} {tp:4}  0.9  0.9  0.9  1/1 / 1/1",
        "    quotecheck components  -            99   99  0.1  0.1  0.1  1/1 / 1/1",
        f"    MinHash word 5-gram    >= 0.25   {mh[0]:5} {mh[1]:4}  1.0  0.1  0.1  1/1 / 1/1",
    ]
    if missed:
        lines.append(f"    missed by quotecheck: {missed}")
    if false:
        lines.append(f"    quotecheck false edges: {false}")
    return "\n".join(lines) + "\n"


def test_counts_are_summed_over_sets_before_the_ratios(tmp_path):
    (tmp_path / "big.txt").write_text(_output((10, 80), 90, 81, (30, 30)))
    (tmp_path / "small.txt").write_text(_output((0, 10), 2, 1, (1, 1)))
    run = pooled_mod.read_run(tmp_path, ["big", "small", "absent"])
    assert set(run) == {"big", "small"}
    total = pooled_mod.pooled(run)
    assert total == {"gold": 100, "pred": 92, "tp": 82, "mh_pred": 31, "mh_tp": 31}
    p, r, f = pooled_mod.prf_counts(total["tp"], total["pred"], total["gold"], empty=0.0)
    assert round(p, 3) == 0.891 and r == 0.82 and round(f, 3) == 0.854


def test_failures_carry_the_pair_label_and_note(tmp_path):
    out, labels = tmp_path / "out", tmp_path / "labels"
    out.mkdir()
    labels.mkdir()
    (out / "s.txt").write_text(_output((1, 2), 3, 2, (1, 1), missed="b.txt ~ a.txt",
                                       false="c.txt ~ d.txt; e.txt ~ f.txt"))
    (labels / "s_pairs.csv").write_text("doc_a,doc_b,label,direction,note\n"
                                        "a.txt,b.txt,partially,,one line reused\n")
    (labels / "s_pairs_pool2.csv").write_text("doc_a,doc_b,label,direction,note\n"
                                              "d.txt,c.txt,non,,quotation only\n")
    rows = list(pooled_mod.failures(out, ["s"], labels))
    assert rows == [("miss", "s", "b.txt", "a.txt", "partially", "one line reused"),
                    ("false", "s", "c.txt", "d.txt", "non", "quotation only"),
                    ("false", "s", "e.txt", "f.txt", "unlab", "")]
