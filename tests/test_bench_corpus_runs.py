"""bench/corpus_runs.py, the review check for corpus text left in the tree: it finds runs of n
words a scanned file shares with a corpus folder, across line breaks and comment markers, and
merges overlapping hits into one run. Invented texts only (no corpus text)."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus_runs  # noqa: E402

CORPUS = ("The harbour board met on Tuesday and voted to close the old pier at the end of the "
          "month, citing the cost of repairs to its wooden frame.")


def _scan(tmp_path, text, n=8):
    corpus = tmp_path / "corpus" / "setA"
    corpus.mkdir(parents=True)
    (corpus / "doc1.txt").write_text(CORPUS)
    (corpus / "doc1.ann").write_text(text)          # annotations are not corpus text
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "mod.py").write_text(text)
    return corpus_runs.scan([tree / "mod.py"], [corpus], n, root=tmp_path)


def test_a_copied_run_is_found_across_comment_markers_and_merged(tmp_path):
    text = ('x = 1\n# as in "voted to close the old pier at the end\n# of the month, citing"\n'
            'y = "the harbour board met"\n')
    found = _scan(tmp_path, text)
    (start, end, count, span, labels), = found["tree/mod.py"]
    assert count == 13 and labels == {"setA"}
    assert span.startswith("voted") and span.endswith("citing")
    assert text[start:end] == span


def test_a_short_shared_phrase_is_not_a_run(tmp_path):
    assert _scan(tmp_path, "# the harbour board met on Tuesday and left\n") == {}


def test_a_shorter_length_finds_it(tmp_path):
    found = _scan(tmp_path, "# the harbour board met on Tuesday and left\n", n=6)
    assert [r[2] for r in found["tree/mod.py"]] == [7]


def test_curly_apostrophes_match_straight_ones():
    assert [w for w, _ in corpus_runs.words("it\u2019s the board's pier")] == [
        "it's", "the", "board's", "pier"]


def test_the_default_corpora_are_the_open_sets_never_a_reserve(tmp_path):
    realnews, labels = tmp_path / "realnews", tmp_path / "labels"
    for name in ("setA", "setB", "setC", "setD"):
        (realnews / name).mkdir(parents=True)
    labels.mkdir()
    for name in ("setA", "setB", "setC"):
        (labels / f"{name}_pairs.csv").write_text("a,b,label\n")
    (labels / "reserve.txt").write_text("# held out\nsetB\n")
    found = corpus_runs.open_sets(realnews, labels)
    assert [p.name for p in found] == ["setA", "setC"]     # setB reserved, setD unlabelled


def test_a_label_file_named_itself_is_read(tmp_path):
    labels = tmp_path / "bench" / "labels"
    labels.mkdir(parents=True)
    note = labels / "setA_judgements.csv"
    note.write_text("id,class\n1,voted to close the old pier at the end of the month\n")
    assert corpus_runs.tree_files([note]) == [note]
    assert corpus_runs.tree_files([tmp_path / "bench"]) == []
