"""bench/lost_classes.py: the mechanism an info finding's message names, the class it falls
in, and the trade table (issues 11 and 15). Own snippets only."""
from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import lost_classes as lc  # noqa: E402


def test_mechanism_reads_the_weak_class_the_note_and_the_genre():
    weak = ("'bizarre' ridicules; neutral: describe what happened (info: an evaluative word of "
            "a weak class at first exposure (24-47% real))")
    assert lc.mechanism(weak) == "weak class default (24-47% real)"
    note = ("'claimed' casts doubt; neutral: 'said' (info: 'claim' or 'allege' reporting a "
            "party's account)")
    assert lc.mechanism(note) == "note: 'claim' or 'allege' reporting a party's account"
    genre = "'stupid' ridicules; neutral: describe it (a column: labelled as opinion at the top)"
    assert lc.mechanism(genre) == "genre or furniture"
    assert lc.mechanism("'so-called' distances; neutral: drop it ('what X calls ...')") == \
        "hint: 'what X calls ...'"


def test_klass_groups_by_mechanism_and_code():
    assert lc.klass("QC331", "weak class default (24-47% real)").startswith("A ")
    assert lc.klass("QC301", "note: 'contend' in a dispute").startswith("B ")
    assert lc.klass("QC330", "genre or furniture").startswith("C ")
    assert lc.klass("QC104", "gone").startswith("F1 ")
    assert lc.klass("QC501", "gone") == "F2 gone: figures or provenance (QC501)"
    assert lc.klass("QC331", "gone").startswith("F3 ")


def test_print_tables_flags_a_class_that_loses_more_real_than_false():
    tab = {("QC331", "weak class default (24% real)"): [5, 2, 7, 3, 40],
           ("QC301", "note: a court filing"): [1, 9, 2, 12, 30],
           ("QC202", "hint: an info rule"): [0, 0, 0, 0, 800]}
    out = io.StringIO()
    lc.print_tables(tab, out)
    text = out.getvalue()
    flagged = [line for line in text.splitlines() if "loses more real" in line]
    assert len(flagged) == 1 and flagged[0].startswith("A ")
    assert "QC202" not in text                  # never a judged warning: left out


def test_a_set_without_its_report_is_an_error(tmp_path, capsys):
    # (it counted every first-exposure row of the set as gone)
    with pytest.raises(SystemExit) as exit_:
        lc.main(["--sets", "allsides", "--reports", str(tmp_path)])
    assert exit_.value.code == 2
    assert "no saved report for allsides" in capsys.readouterr().err
