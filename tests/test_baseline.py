"""Baselines: fingerprints survive edits elsewhere; only new findings are reported."""
import json

import pytest

from quotecheck.errors import InputError
from quotecheck.lint.baseline import fingerprint, new_findings, read_baseline, write_baseline
from quotecheck.load.loader import load_text
from quotecheck.model import Finding

TEXT = "Intro line.\n\nPutin claimed the troops would leave soon. Another sentence.\n"


def find(doc, needle, code="QC301"):
    s = doc.text.index(needle)
    return Finding(code, "attribution-verb", "warning", "attribution-verb", doc.id, s,
                   s + len(needle), "m")


def test_fingerprint_ignores_line_moves_but_not_text_changes():
    a = load_text(TEXT, "draft.md", path="x/draft.md")
    b = load_text("A new first paragraph.\n\nMore.\n\n" + TEXT.replace("Intro", "Lead"),
                  "draft.md", path="y/draft.md")
    c = load_text(TEXT.replace("soon", "later"), "draft.md", path="x/draft.md")
    fa, fb, fc = (fingerprint(find(d, "claimed"), d) for d in (a, b, c))
    assert fa == fb
    assert fa != fc  # the sentence changed
    assert fa != fingerprint(find(a, "claimed", "QC302"), a)


def test_write_then_only_new_findings(tmp_path):
    doc = load_text(TEXT, "draft.md")
    docs = {doc.id: doc}
    old = [find(doc, "claimed")]
    path = tmp_path / "baseline.json"
    assert write_baseline(str(path), old, docs) == 1
    data = json.loads(path.read_text())
    assert data["schema"] == "quotecheck-baseline/1" and data["findings"][0]["code"] == "QC301"
    edited = load_text("New intro.\n\n" + TEXT + "\nHe alleged it.\n", "draft.md")
    later = [find(edited, "claimed"), find(edited, "alleged")]
    remaining = new_findings(later, read_baseline(str(path)), {edited.id: edited})
    assert [edited.text[f.start:f.end] for f in remaining] == ["alleged"]


def test_duplicates_are_counted(tmp_path):
    text = "He claimed it.\n\nHe claimed it.\n"
    doc = load_text(text, "d.md")
    first = find(doc, "claimed")
    s2 = text.index("claimed", first.end)
    second = Finding("QC301", "n", "warning", "c", doc.id, s2, s2 + 7, "m")
    path = tmp_path / "b.json"
    write_baseline(str(path), [first], {doc.id: doc})
    assert len(new_findings([first, second], read_baseline(str(path)), {doc.id: doc})) == 1


@pytest.mark.parametrize("content", ["{not json", '{"schema": "other", "findings": []}', "[]"])
def test_bad_baseline_is_an_input_error(tmp_path, content):
    path = tmp_path / "b.json"
    path.write_text(content)
    with pytest.raises(InputError) as exc:
        read_baseline(str(path))
    assert str(path) in str(exc.value)
