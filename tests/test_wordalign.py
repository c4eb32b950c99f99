"""Word alignment: difflib without autojunk, anchored for long spans, opcodes covering both sides."""
import random

from quotecheck.align.wordalign import align, anchors, containment, matched, ratio


def _cover(ops, la, lb):
    i = j = 0
    for tag, i1, i2, j1, j2 in ops:
        assert (i1, j1) == (i, j)
        i, j = i2, j2
    return (i, j) == (la, lb)


def test_swap_and_insertions():
    a = "will be far from the last attempt".split()
    b = "will not be the last attempt".split()
    ops = align(a, b)
    assert _cover(ops, len(a), len(b))
    assert [op[0] for op in ops] == ["equal", "insert", "equal", "delete", "equal"]
    assert matched(ops) == 5


def test_frequent_words_are_not_junked():
    # autojunk would drop "the" (over 1% of a 200+ word text); we must still align it
    rng = random.Random(7)
    a = [rng.choice(["the", "the", "of", "a"]) if k % 2 else f"w{k}" for k in range(300)]
    b = list(a)
    b[100] = "cow"
    ops = align(a, b, anchor_min=10_000)
    assert matched(ops) == len(a) - 1


def test_anchored_alignment_matches_direct_on_long_text():
    rng = random.Random(3)
    a = [f"w{rng.randint(0, 400)}" for _ in range(1500)]
    b = list(a)
    del b[200:230]
    b[700:700] = ["new", "words", "here"]
    b[1000] = "changed"
    ops = align(a, b, anchor_min=50)
    assert _cover(ops, len(a), len(b))
    assert matched(ops) >= len(a) - 32


def test_anchors_are_unique_and_increasing():
    a = "x a b c a d e".split()
    b = "a b y c d e e".split()
    found = anchors(a, b)
    assert found == sorted(found)
    for i, j in found:
        assert a[i] == b[j]
        assert a.count(a[i]) == 1 and b.count(b[j]) == 1


def test_ratio_and_containment():
    a = "in the internal affairs of our states".split()
    b = "we interfere in the internal affairs of our states from outside".split()
    ops = align(a, b)
    assert containment(ops, len(a), len(b)) == 1.0
    assert 0.7 < ratio(ops, len(a), len(b)) < 1.0
    assert ratio(align([], []), 0, 0) == 1.0
    assert align([], ["x"]) == [("insert", 0, 0, 0, 1)]
