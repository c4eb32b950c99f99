"""Doubt verbs in a court report (issue 11, METER set): each side's account takes the
standard verb ('Sergeant X claimed that ...'), even where its own and the next sentence name
no court; the same sentence in a report of anything else stays a warning. Snippets are made
up in the shape of UK court copy."""
import pytest

from quotecheck.framing.courts import court_report
from quotecheck.load.loader import load_text
from quotecheck.plugins.run import run_checks
from quotecheck.story import Story
from framing_helpers import doubt_codes

COURT_REPORT = (
    "A NURSE was cleared yesterday of stealing painkillers from a hospital ward.\n\n"
    "Magistrates in Leeds heard that 40 doses went missing over six weeks last spring.\n\n"
    "Ms Roe said she had reported the losses herself.\n\n"
    "The ward's pharmacist {verb} that the nurse had signed for every missing dose.\n\n"
    "Ms Roe, 41, has worked at the hospital since 2009.\n\n"
    "District Judge Ann Grey said the prosecution had not proved its case.\n")
OTHER_REPORT = (
    "A NURSE has been promoted to run a hospital ward in Leeds.\n\n"
    "Ms Roe said she had reported the losses herself.\n\n"
    "The ward's pharmacist {verb} that the nurse had signed for every missing dose.\n\n"
    "The hospital said the ward would reopen next month.\n")


def run(rs, text):
    doc = load_text(text, id="example")
    found = run_checks(Story([doc]), rs.with_selection(select="QC301"), documents=[doc])
    return doubt_codes(found)   # a plain claim outside a court report: the narrator's doubt


@pytest.mark.parametrize("verb", ["claimed", "alleged", "maintained"])
def test_a_sides_claim_in_a_court_report_is_info(ruleset, verb):
    assert run(ruleset, COURT_REPORT.format(verb=verb)) == [("QC301", "info")]


@pytest.mark.parametrize("verb", ["claimed", "alleged"])
def test_the_same_claim_in_another_report_stays_a_warning(ruleset, verb):
    assert run(ruleset, OTHER_REPORT.format(verb=verb)) == [("QC301", "warning")]


def test_court_words_only_in_quotations_or_in_capitals_make_no_court_report(ruleset):
    quoted = ('COURTS NEWS\n\nThe mayor said: "This is not a trial, a jury or a court."\n\n'
              "The council's treasurer claimed that the budget was balanced.\n")
    assert run(ruleset, quoted) == [("QC301", "warning")]
    assert not court_report("COURTS COURT OF APPEAL JURY\n\nThe budget was balanced.")


def test_a_court_report_names_the_proceedings_in_its_lead():
    lead = "The council met on Tuesday to set the budget for next year. " * 12
    later = "A judge, a jury and the prosecution were named in a separate trial."
    assert court_report("Magistrates heard the case. " + lead + later)
    assert not court_report(lead + later)


SHORT_COURT_REPORT = (
    "A NURSE was cleared of stealing painkillers from a hospital ward yesterday.\n\n"
    "Ms Roe {verb} that the pharmacist had signed for every missing dose.\n\n"
    "She wept as the court accepted her account.\n")
SHORT_OTHER_REPORT = (
    "A NURSE was cleared of blame by her ward manager yesterday.\n\n"
    "Ms Roe {verb} that the pharmacist had signed for every missing dose.\n\n"
    "She will return to work next month.\n")


@pytest.mark.parametrize("verb", ["claimed", "alleged"])
def test_a_verdict_in_the_lead_and_one_more_court_word_make_a_court_report(ruleset, verb):
    """Issue 15: a short story names the court once after its verdict lead."""
    assert run(ruleset, SHORT_COURT_REPORT.format(verb=verb)) == [("QC301", "info")]


@pytest.mark.parametrize("verb", ["claimed", "alleged"])
def test_a_verdict_word_alone_is_no_court_report(ruleset, verb):
    assert run(ruleset, SHORT_OTHER_REPORT.format(verb=verb)) == [("QC301", "warning")]
