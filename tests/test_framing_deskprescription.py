"""An unsigned editorial that prescribes in its own sentences and speaks for 'we'/'our' reads
as opinion (issue 11/15, edit30): the examples of ``[desk_prescription]`` in
``rules/data/opinion-voice.toml`` run; a report whose 'should' and 'we' sit in quotations or
attributed sentences stays news, and so does the editorial's text without its 'our'.
Snippets of our own (never corpus text)."""
import pytest

from framing_helpers import assert_opinion_example, narration_opinion as read
from quotecheck.resources.ruledata import load_data

DESK = "the narrator prescribes in its own sentences and speaks for 'we'/'our'"


@pytest.mark.parametrize("example", load_data("opinion-voice")["desk_prescription"]["examples"])
def test_desk_prescription_rule_examples(example):
    assert_opinion_example(example, DESK)


def _editorial(we: bool, attributed: bool = False) -> str:
    """A short unsigned editorial on a port authority: three own prescriptions; ``we`` puts
    the paper's 'our' in one of them, ``attributed`` hangs each on a senator."""
    said = ", a senator said" if attributed else ""
    our = "Our harbour towns" if we else "The harbour towns"
    lines = ["The port authority missed its dredging deadline on March 3, its fourth miss since 2015.",
             "Its dredging contract rose from $40 million to $85 million in 2019 without a public vote.",
             "Ships waited an average of 2.1 days at anchor last year, according to the shipping council.",
             "On June 12 the authority's director blamed the weather for the delays.",
             "In September he blamed the unions, and in January the tides.",
             "The cranes at berths 4 and 5 sat idle on 140 nights in 2022.",
             "The board meets in private and published its May minutes in October.",
             "Its seven members are appointed by the governor for terms of twelve years.",
             "A harbour pilot told a hearing in April that \u201cnobody\u201d answers his letters.",
             f"The legislature should open the books before the July vote{said}.",
             f"The board must publish its minutes within a week{said}.",
             f"{our} should not pay the 2024 toll rise until the berths are cleared{said}.",
             "The cranes were bought with $30 million of public money in 2012.",
             "They ought to run at night as they do in the three rival ports.",
             "The tides have not changed since 1890, when the first berth opened.",
             "Importers paid $12 million in waiting fees in 2022.",
             "Two shipping lines moved their calls to a rival port in 2023.",
             "A third is weighing the same move before its contract ends in May.",
             "The board has not replied to either line."]
    return "Open the Port's Books\n\n" + " ".join(lines) + "\n"


def test_unsigned_editorial_with_our_reads_as_opinion():
    assert DESK in (read(_editorial(we=True)) or "")


def test_same_editorial_without_our_is_not_taken_by_this_cue():
    assert DESK not in (read(_editorial(we=False)) or "")


def test_attributed_prescriptions_stay_news():
    assert DESK not in (read(_editorial(we=True, attributed=True)) or "")


def test_prescriptions_scattered_over_a_long_report_stay_news():
    """The same three prescriptions among many more reported sentences (a long analysis
    whose 'should' is an expectation spread thin) fall under ``min_share``."""
    filler = " ".join(f"Race {k} in district {k} was decided by {k + 2} points in 2016."
                      for k in range(1, 61))
    text = _editorial(we=True).rstrip("\n") + " " + filler + "\n"
    assert DESK not in (read(text) or "")


ALONE = "the narrator prescribes in many of its own sentences"


def test_editorial_prescribing_throughout_without_our_reads_as_opinion():
    """Four own prescriptions in nineteen sentences (over ``min_share_alone``) read
    as an editorial without the paper's 'our'."""
    assert (read(_editorial(we=False)) or "").startswith(ALONE)


def test_prescriptions_without_our_under_the_share_stay_news():
    filler = " ".join(f"Berth {k} handled {k + 20} ships in 2021." for k in range(1, 11))
    text = _editorial(we=False).rstrip("\n") + " " + filler + "\n"
    assert read(text) is None
