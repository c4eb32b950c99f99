"""Every stage stays near-linear in document size on hostile shapes (issue 17).

No timings: the work of a stage is counted as Python line events in quotecheck's own code
(deterministic) on an input and on one four times as large; near-linear code does about four
times the work, the quadratic paths this replaced did sixteen. Regex hot spots are checked by
shape (a search cannot restart inside a run) and against the patterns they replaced.
Speed figures are in bench/bench_hostile.py.
"""
from __future__ import annotations

import re
import sys

import pytest

from quotecheck.load.loader import load_text
from quotecheck.story import Story

SEED_TEXT = "The ministry said 300 soldiers arrived on Monday. “We are ready,” he said.\n"


def work(fn, *args) -> int:
    """Line events executed in quotecheck's code while ``fn(*args)`` runs."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        name = frame.f_code.co_filename
        if "quotecheck" not in name:
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        fn(*args)
    finally:
        sys.settrace(None)
    return count


def ratio(make, run, n: int) -> float:
    """Work on ``make(4n)`` over work on ``make(n)`` (after a warm-up run)."""
    run(make(n))
    return work(run, make(4 * n)) / max(1, work(run, make(n)))


def _doc(text: str):
    return load_text(text, id="hostile")


def _provenance(text: str):
    docs = [_doc(text), load_text(SEED_TEXT, id="seed")]
    return Story(docs).provenance


def _figures(text: str):
    from quotecheck.provenance.derivation import prepare
    from quotecheck.provenance.figures import extract_figures

    return extract_figures(prepare(_doc(text)))


def _lint_figures(text: str):
    from quotecheck.lint.figures import context_at, figures_in

    doc = _doc(text)
    cache: dict = {}
    return [context_at(doc, f.start, f.end, cache) for f in figures_in(doc, [])]


def _split(text: str):
    from quotecheck.provenance.derivation import split_sentences

    return split_sentences(text)


def _fingerprints(text: str):
    from quotecheck.lint.baseline import fingerprint
    from quotecheck.model import Finding

    doc = _doc(text)
    spans = [m.span() for m in re.finditer(r"claimed", text)]
    return [fingerprint(Finding("QC301", "doubt-verb", "warning", "x", doc.id, s, e, "m"), doc)
            for s, e in spans]


def _stance(text: str):
    from quotecheck.plugins.manager import load_ruleset
    from quotecheck.plugins.run import run_checks

    doc = _doc(text)
    return run_checks(Story([doc]), load_ruleset()[0].with_selection(select="QC3"),
                      documents=[doc])


CASES = {
    # name: (unit repeated, pipeline, repeats: large enough that windows of a fixed reach
    # (a figure's sentence, a fingerprint's) no longer cover the whole text)
    "figures in one long sentence": ("1,000 troops ", _figures, 60),
    "compare figures": ("1,000 troops on Monday, ", _provenance, 200),
    "lint figure contexts": ("1,000 troops ", _lint_figures, 300),
    "fingerprints of a run-on text": ("they claimed, ", _fingerprints, 400),
    "stance verbs beside many quotations": ("“Yes,” he claimed. ", _stance, 200),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_work_grows_linearly(name):
    unit, run, n = CASES[name]
    assert ratio(lambda k: unit * k, run, n) < 5.5


def test_a_sentence_is_read_once_for_all_its_figures(monkeypatch):
    """Source, time and years of a sentence were worked out (a scan of the whole sentence)
    once per figure in it."""
    from quotecheck.provenance import figures

    calls = []
    real = figures._time
    monkeypatch.setattr(figures, "_time", lambda text: calls.append(1) or real(text))
    found = _figures("1,000 troops " * 200)
    assert len(found) > 100 and len(calls) == 1


def test_abbreviations_do_not_rescan_the_sentence(monkeypatch):
    """derivation.split_sentences searched the slice since the last sentence end again for
    every skipped "Mr." (quadratic); what it hands to regex searches stays linear."""
    from quotecheck.provenance import derivation

    handed = []

    class Counting:
        def __getattr__(self, name):
            return getattr(re, name)

        def search(self, pattern, string, *args):
            handed.append(len(string))
            return re.search(pattern, string, *args)

    monkeypatch.setattr(derivation, "re", Counting())
    text = "Mr. " * 2000 + "Smith left. He came back."
    spans = derivation.split_sentences(text)
    assert spans[-1] == (len(text) - len("He came back."), len(text))
    assert sum(handed) <= 2 * len(text)


def test_fingerprint_sentence_is_bounded_in_run_on_text():
    from quotecheck.lint.baseline import SENTENCE_REACH, sentence_around

    text = "they claimed, " * 2000
    s, e = sentence_around(text, 14_000, 14_007)
    assert e - s <= 2 * SENTENCE_REACH + 7


def test_quoted_keys_are_found_by_bisection():
    from quotecheck.lint.wordkeys import Key, keys_in

    keys = [Key(f"w{i}", 10 * i, 10 * i + 5) for i in range(1000)]
    assert [k.key for k in keys_in(keys, 100, 135)] == ["w10", "w11", "w12", "w13"]
    assert work(keys_in, keys, 5000, 5025) < 40  # not one step per key


def test_span_index_agrees_with_a_scan():
    from quotecheck.text.spanindex import SpanIndex

    spans = [(0, 5), (3, 9), (20, 22), (21, 30), (40, 41)]
    index = SpanIndex(spans)
    for pos in range(-2, 45):
        assert index.holds(pos) == any(s <= pos < e for s, e in spans), pos


# -- regex hot spots -----------------------------------------------------------------------
def test_paragraphs_match_the_old_line_break_pattern():
    """quotemarks._paragraphs finds the spaces before a line break by a walk; the spans are
    those of the old pattern, which rescanned long runs of spaces."""
    from quotecheck.text import quotemarks

    assert not quotemarks._LINE_BREAK.pattern.startswith("[")
    old = re.compile(r"[ \t\r]*\n\s*")

    def reference(text):
        out, start = [], 0
        for m in old.finditer(text):
            b = m.start()
            if "\n" not in m.group()[1:]:
                line_start = text.rfind("\n", 0, b) + 1
                last = text[b - 1] if b > 0 else "."
                if b - line_start >= 60 and last not in quotemarks._HARD_END:
                    continue
            out.append((start, b))
            start = m.end()
        out.append((start, len(text)))
        return out

    samples = ["a \nb", "  \n\n  x", "x" * 70 + "  \ny", "a.\t\r\n  b\n\nc", " \n", "\n \n a",
               "one\r\n two   \n\nthree", "x" * 61 + " \n \ny", "   "]
    for text in samples:
        assert quotemarks._paragraphs(text) == reference(text), repr(text)


# sentences._BOUNDARY opens with its first character's class (a faster search), its
# look-behinds after it: the plain pattern it must agree with, less the look-behind
_WITHOUT_LOOKBEHIND = {"quotecheck.text.sentences": (
    "[.!?\u2026]+[\"'\u201c\u201d\u2018\u2019\u00bb\u203a)\\]]*"
    "(?=[ \t\u00a0]+[\"'\u201c\u2018\u00ab(\\[\\d\\w])"
    "|\\n[ \t\r]*\\n|\\n(?=[ \t\r]*[\"'\u201c\u2018\u00ab\\w])")}


@pytest.mark.parametrize("module, name", [("quotecheck.text.sentences", "_BOUNDARY"),
                                          ("quotecheck.framing.narration", "_BOUNDARY"),
                                          ("quotecheck.provenance.derivation", "_SENT_END")])
def test_sentence_ends_never_start_inside_a_run_of_dots(module, name):
    import importlib

    pattern = getattr(importlib.import_module(module), name)
    text = "He left" + "." * 50 + " Then she came... And so on!! “Yes?” No."
    assert pattern.match(text, 20) is None  # inside the run: a search cannot restart there
    # the matches are those of the pattern without the lookbehind (leading, or looking back
    # from after the run's first mark)
    old = re.compile(_WITHOUT_LOOKBEHIND[module] if module in _WITHOUT_LOOKBEHIND else
                     re.sub(r"\(\?<![^)]*\)", "", pattern.pattern, count=1))
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in old.finditer(text)]


def test_suppression_comments_walk_white_space_once():
    """Each ``ignore`` comment walked the white space after it to the next block; with
    thousands of comments before one block that was quadratic."""
    from quotecheck.lint.suppress import parse_suppressions

    def run(k):
        doc = load_text("<!-- quotecheck: ignore[QC301] -->\n" * k + "“Yes,” he said.\n",
                        id="s.md", fmt="markdown")
        return parse_suppressions(doc)

    assert len(run(10)[0]) == 10
    assert ratio(lambda k: k, run, 200) < 5.5


def test_from_original_bisects_the_pieces():
    from quotecheck.text.textview import TextView

    pieces = [(i, 2 * i, 2 * i + 1, True) for i in range(1000)]  # every other character kept
    view = TextView("x" * 1000, pieces, 2000)
    assert [view.from_original(o) for o in (0, 1, 2, 1998, 1999, 2000)] == \
        [0, 1, 1, 999, 1000, 1000]
    assert work(view.from_original, 1500) < 40


def test_span_index_covers_agrees_with_a_scan():
    from quotecheck.text.spanindex import SpanIndex

    spans = [(0, 5), (3, 9), (20, 22), (21, 30), (40, 41)]
    index = SpanIndex(spans)
    for start in range(-1, 44):
        for end in range(start, 46):
            assert index.covers(start, end) == any(a <= start and end <= b
                                                   for a, b in spans), (start, end)


def test_mixed_spelling_outside_quotations_is_linear():
    """Substitution rules asked every quotation for every word (quadratic; 10 MB compare)."""
    from quotecheck.plugins.manager import load_ruleset
    from quotecheck.plugins.run import run_checks

    def run(k):
        doc = _doc("The colour of the “color” and the color. " * k)
        return run_checks(Story([doc]), load_ruleset()[0].with_selection(select="QC901"),
                          documents=[doc])

    assert run(5)
    assert ratio(lambda k: k, run, 100) < 5.5


def test_a_drafts_sentence_is_tokenised_once_for_all_its_figures(monkeypatch):
    """The event of each figure in a draft ('1,000 troops were killed') read the words of its
    whole sentence again, once per figure: quadratic in a run-on sentence of figures."""
    import quotecheck.lint.figures as lint_figures

    calls = []
    real = lint_figures._TOKEN

    class Counting:
        def finditer(self, *args):
            calls.append(args[1:])
            return real.finditer(*args)

    monkeypatch.setattr(lint_figures, "_TOKEN", Counting())
    doc = _doc("1,000 troops " * 50 + "were sent.\n")
    assert len(lint_figures.figures_in(doc, [])) == 50
    assert len(calls) == 1
