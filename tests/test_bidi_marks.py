"""QC208 reports a directional mark only where the bidi algorithm lets it reorder what a reader
sees (issue 11): a right-to-left mark pasted with a quoted post between left-to-right words
changes nothing on screen; one beside right-to-left text or its punctuation, or one that sets
its paragraph's direction, can. Overrides, embeddings and isolates are always reported. Our own
snippets."""
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.cli import main
from quotecheck.quotes.invisible import bidi_runs
from quotecheck.text.bidi import can_reorder

RLM, LRM = "\u200f", "\u200e"
HEB = "\u05e9\u05dc\u05d5\u05dd"


def _at(text, c=RLM):
    return can_reorder(text, text.index(c))


def test_a_lone_mark_between_left_to_right_words_reorders_nothing():
    assert not _at(f"A reader wrote: \u201c{RLM}Nothing is gone, we are safe here!\u201d")
    assert not _at(f"We are safe{RLM}.\u201d she wrote.")


def test_a_mark_beside_right_to_left_text_or_its_punctuation_can_reorder():
    assert _at(f"The word is {RLM}, {HEB}, and it means peace.")
    # a right-to-left paragraph: FriBidi shows no change here, but marks in paragraphs with
    # right-to-left text act together in ways the one-mark reading does not follow: counted
    assert _at(f"{HEB} {LRM}, {HEB}", LRM) is True
    assert _at(f"abc {HEB} {LRM}, {HEB} def", LRM)        # left-to-right paragraph: the comma
    assert _at(f"abc {HEB} !{RLM} def")    # the '!' before the mark turns right-to-left


def test_a_mark_that_sets_the_paragraph_direction_can_reorder():
    assert _at(f"{RLM}\u201cNothing is gone,\u201d she wrote.")


def test_digits_that_resolve_by_the_mark_can_reorder():
    assert _at(f"The score was {RLM}12 34 at the end.")


def test_explicit_controls_count_unless_their_paragraph_is_left_to_right_only():
    for c in "\u202b\u202e\u2067":                       # RLE, RLO, RLI: always
        assert can_reorder(f"plain {c}text", 6)
    for c in "\u202a\u202d\u2066\u2068":                 # LRE, LRO, LRI, FSI beside RTL text
        assert can_reorder(f"plain {c}text {HEB}", 6)
    # with no right-to-left letter, Arabic number, R mark or R control in the paragraph every
    # level stays even, so a left-to-right control, matched or not, displays nothing different
    for c in "\u202a\u202c\u202d\u2066\u2068\u2069":
        assert not can_reorder(f"plain {c}text 12", 6)
    text = "The minister said: \u201ccut taxes for \u202eylimaf yreve\u202c this year.\u201d"
    assert len(bidi_runs(text, 0, len(text))) == 2


def test_qc208_not_raised_for_a_lone_mark(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "b.txt").write_text(
        f"Readers replied at once. One wrote: \u201c{RLM}Nothing is gone, and we are all safe "
        f"here.\u201d The post was shared.\n", encoding="utf-8")
    main(["compare", str(tmp_path / "b.txt"), "--format", "json", "--quiet"])
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert "QC208" not in codes


_LTR = st.text(alphabet="abc XYZ.,;:!?()\u201c\u201d'\"-", max_size=20)


@given(_LTR, _LTR, st.sampled_from([RLM, LRM, "\u061c"]))
def test_marks_in_left_to_right_text_without_digits_never_reorder(left, right, mark):
    """Between left-to-right letters and neutrals (no digits, no right-to-left letters) a mark
    changes no resolved level of a visible character, unless it is the first strong one."""
    text = "w " + left + mark + right
    assert not can_reorder(text, len("w " + left))


@given(_LTR, st.sampled_from([RLM, "\u061c"]))
def test_a_right_to_left_mark_first_in_its_paragraph_sets_the_direction(right, mark):
    text = mark + right + " word"
    assert can_reorder(text, 0)


@pytest.mark.parametrize("c", ["\u202a", "\u2066", "\u202e"])
def test_a_mark_in_a_paragraph_with_an_explicit_control_counts(c):
    text = f"abc {c}def\u202c {RLM}ghi"
    assert can_reorder(text, text.index(RLM))


def test_marks_past_the_one_mark_reading_count():
    # GNU FriBidi shows each of these displaying differently without its marks (rv23d)
    assert _at(f"( {RLM}{RLM}", RLM)                   # two marks set the direction together
    assert _at(f"abc {HEB} {LRM}{HEB}", LRM)          # a mark inside right-to-left text
    assert _at(f"The tally {RLM}was 12.", RLM)        # digits in the paragraph of an R mark


def test_an_isolate_beside_a_right_to_left_isolate_counts():
    text = "\u2066@x\u2069\u2067 a\u2069"
    assert can_reorder(text, 0) and can_reorder(text, 3)
