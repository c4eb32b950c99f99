"""The furniture line kinds are kept in the warm start's word table
(resources.warmtables.data_table): a later process classifies the same lines alike without
testing their shapes again; a stored value that is not a line kind is a miss."""
from __future__ import annotations

from quotecheck.load import furniture
from quotecheck.resources.warmstart import WarmStart
from quotecheck.resources.warmtables import data_table

TEXT = ("Harbor Town Votes on the New Bridge\n\nBy Ana Ortiz and Tom Reyes\n\n"
        "PORTLAND, Maine (AP) \u2014 The council met on Tuesday to weigh the plan.\n\n"
        "Photo: A view of the river at dusk (Jo Ek/Reuters)\n\n"
        "Members said the vote would come next month, after a hearing.\n\n"
        "Related: City budget passes after long debate\n\n"
        "var x = function() { return {a: 1}; };\n\n" + "word " * 300 + "\n")


def _fresh_kinds(text):
    furniture._SHAPES.clear()
    return furniture.classify(text)


def _counted(monkeypatch):
    calls = []
    real = furniture._shape

    def shape(line, r):
        calls.append(line)
        return real(line, r)
    monkeypatch.setattr(furniture, "_shape", shape)
    return calls


def test_kinds_replayed_equal_and_not_tested_again(tmp_path, monkeypatch):
    want = _fresh_kinds(TEXT)
    with WarmStart(tmp_path):
        furniture._SHAPES.clear()
        assert furniture.classify(TEXT) == want
    furniture._SHAPES.clear()
    calls = _counted(monkeypatch)
    with WarmStart(tmp_path):
        assert furniture.classify(TEXT) == want
    long_line = TEXT.splitlines()[-1].strip()
    assert calls == [long_line] and len(long_line) > 1000     # only the long line: not kept


def test_long_line_not_kept(tmp_path, monkeypatch):
    text = "x " * 800 + "end."
    with WarmStart(tmp_path):
        want = _fresh_kinds(text)
    furniture._SHAPES.clear()
    calls = _counted(monkeypatch)
    with WarmStart(tmp_path):
        assert furniture.classify(text) == want
    assert len(calls) == 1


def test_bad_value_is_a_miss(tmp_path, monkeypatch):
    want = _fresh_kinds(TEXT)
    line = "By Ana Ortiz and Tom Reyes"
    with WarmStart(tmp_path):
        furniture._SHAPES.clear()
        furniture.classify(TEXT)
        table = data_table("furniture-shape", "furniture")
        assert table[line] == "byline"
        table[line] = "headline"        # not a kind a line's shape gives
        table["Members said nothing."] = "nonsense"
    furniture._SHAPES.clear()
    calls = _counted(monkeypatch)
    with WarmStart(tmp_path):
        assert furniture.classify(TEXT) == want
    assert line in calls


def test_without_warm_start_as_before():
    assert data_table("furniture-shape", "furniture") is None
    assert _fresh_kinds(TEXT) == _fresh_kinds(TEXT)
