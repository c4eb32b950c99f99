"""Issue 11 (baly_201904 untuned reading): page furniture read as the narrator's voice. A
passage the capture prints twice is read once, and a pull quote set with its speaker's name on
its line is the speaker's. Own snippets."""
from __future__ import annotations

import re

import pytest
from framing_helpers import by_severity, flagged
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.framing.quotespans import _repeated_part
from quotecheck.framing.repeats import read_once
from quotecheck.model import Detection

TEASER = ("Mayor weighs a new levy on river freight\n\n"
          "The levy would help, officials say. On Tuesday Mayor Ana Ruiz blasted the council "
          "over the budget and left the hall.\n\n"
          "The council will vote next week on the levy, which would fund the new docks.\n\n"
          "It would be the first in the region. On Tuesday Mayor Ana Ruiz blasted the council "
          "over the budget and its plan for the docks.\n")


def test_a_passage_printed_twice_is_reported_once(ruleset):
    found = by_severity(ruleset, TEASER, "QC302")
    assert found["warning"] == [("QC302", "blasted")]
    assert ("QC302", "blasted") in found["info"]


def test_the_same_word_in_other_words_is_reported_each_time(ruleset):
    text = TEASER.replace("region. On Tuesday Mayor Ana Ruiz blasted the council over the budget",
                          "region. Later the mayor blasted the board over its own budget")
    found = by_severity(ruleset, text, "QC302")
    assert found["warning"] == [("QC302", "blasted"), ("QC302", "blasted")]


def _det(start, end, severity=None):
    return Detection(rule_type="existence", category="label", document="d", start=start,
                     end=end, severity=severity, args={"note": ""})


def test_read_once_keeps_offsets_and_order_and_lowers_only_the_later_copy():
    text = "one two three four bad five six seven eight. one two three four bad five six seven eight"
    a, b = text.index("bad"), text.rindex("bad")
    out = read_once([_det(b, b + 3), _det(a, a + 3)], text)
    assert [(d.start, d.severity) for d in out] == [(b, "info"), (a, None)]
    assert f"first at offset {a}" in out[0].args["note"]


def test_a_copy_already_lowered_does_not_lower_the_other():
    text = "one two three four bad five six seven eight. one two three four bad five six seven eight"
    a, b = text.index("bad"), text.rindex("bad")
    out = read_once([_det(a, a + 3, "info"), _det(b, b + 3)], text)
    assert [d.severity for d in out] == ["info", None]


def test_too_few_shared_words_is_no_repeat():
    text = "bad one. bad one."
    out = read_once([_det(0, 3), _det(9, 12)], text)
    assert [d.severity for d in out] == [None, None]


_WORDS = st.lists(st.sampled_from(["the", "vote", "Bo", "Sands", "said", "it", "was", "a",
                                   "sham", "of", "Media", "Group", ",", "."]),
                  min_size=0, max_size=30).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(a=_WORDS, b=_WORDS)
def test_read_once_never_moves_or_drops_a_detection(a, b):
    text = a + " sham " + b + " sham " + a
    spans = [(i, i + 4) for i in range(len(text)) if text.startswith("sham", i)]
    out = read_once([_det(s, e) for s, e in spans], text)
    assert [(d.start, d.end) for d in out] == spans
    assert out[0].severity is None


PULL = ("The council met on Tuesday to discuss the leaked documents about the budget.\n\n"
        "It is a disgraceful smear designed to hurt the mayor before the vote Bo Sands, "
        "Civic League\n\n"
        "\u201cIt is a disgraceful smear designed to hurt the mayor before the vote. We will not "
        "dignify it,\u201d said Bo Sands, president of the Civic League, a watchdog.\n")


def test_a_pull_quote_with_its_speakers_name_on_its_line_is_the_speakers(ruleset):
    assert flagged(ruleset, PULL, "QC331") == []


def test_the_same_line_without_the_quotation_is_the_narrators(ruleset):
    text = PULL.replace("It is a disgraceful smear designed to hurt the mayor before the "
                        "vote. We", "We")
    assert ("QC331", "disgraceful") in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("line,end", [
    ("it was a sham from the start of the vote Bo Sands, Civic Group", 40),
    ("it was a sham from the start of the vote", 40),
    ("it was a sham from the start of the vote and more", None),   # tail not a name
    ("it was a sham from the Bo Sands", None),                      # fewer than 8 words
    ("a sham from the start of the vote Bo Sands, Civic Group Of The Town", None),
])
def test_repeated_part_takes_a_short_capitalised_tail_only(line, end):
    quoted = [" so they said it was a sham from the start of the vote and we left "]
    hit = _repeated_part(line, quoted)
    assert (hit[1] if hit else None) == end


@settings(max_examples=200, deadline=None)
@given(line=_WORDS, quote=_WORDS)
def test_repeated_part_ends_on_a_word_the_quotation_holds(line, quote):
    quoted = [" %s " % " ".join(w.lower() for w in quote.split() if w.strip(",."))]
    hit = _repeated_part(line, quoted)
    if hit is not None:
        part = [w.lower() for w in line[:hit[1]].split() if w.strip(",.")]
        assert len(part) >= 8 and " %s " % " ".join(part) in quoted[0]
        rest = re.search(r"[^\W_]", line[hit[1]:])
        assert rest is None if hit[1] == len(line) else rest.group().isupper()


def test_the_headline_printed_again_after_a_caption_is_read_once(ruleset):
    text = ("Mayor Ana Ruiz blasted the council over its plan for the river docks\n\n"
            "The mayor at the hall on Monday. | Photo Desk/Agency Mayor Ana Ruiz blasted the "
            "council over its plan for the river docks\n\n"
            "The council will vote next week on the levy, which would fund the new docks.\n")
    found = by_severity(ruleset, text, "QC302")
    assert found["warning"] == [("QC302", "blasted")]


def test_read_once_counts_shared_words_either_side():
    # three words before and five after the span: eight shared, a repeat
    text = "x a b c bad d e f g h y. z a b c bad d e f g h w"
    a, b = text.index("bad"), text.rindex("bad")
    assert [d.severity for d in read_once([_det(a, a + 3), _det(b, b + 3)], text)] == \
        [None, "info"]
    text = text.replace("f g h w", "f q q w")    # six shared: two uses, not a repeat
    assert [d.severity for d in read_once([_det(a, a + 3), _det(b, b + 3)], text)] == \
        [None, None]
