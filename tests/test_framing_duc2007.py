"""Framing false-alarm classes of an untuned real set (DUC 2007 newswire, issue 11, branch newset3): an
emotive verb whose aim is a subordinate clause's ('lashed out when approached for'), 'maintain'
of keeping power, and 'bragging rights' (a prize). Snippets of our own, shaped like the real
text (never corpus text), with the framing uses beside them that stay warnings."""
import pytest

from framing_helpers import doubted, warnings
from test_framing_reading_sixth import lowered


@pytest.mark.parametrize("text, code", [
    # a blow, not words: the preposition belongs to the clause after 'when'
    ("The defense described the mechanic as a man who lashed out when approached for money in "
     "a bar.", "QC302"),
    # keeping power, not saying anything ('that' a determiner)
    ("Since the coup the generals have relied on forced labour to maintain that power and to "
     "build roads.", "QC301"),
    ("The host called the night \u201cmagical.\u201d\n\nChannel Six won bragging rights with 23 "
     "awards. Channel Nine had 20.", "QC302"),
])
def test_another_sense_is_no_reporting_verb(ruleset, text, code):
    assert warnings(ruleset, text, code) == []


@pytest.mark.parametrize("text, code, word", [
    ("The senator lashed out at the governor over the budget.", "QC302", "lashed out"),
    ("The senator lashed out when asked about the budget, calling it a fraud.", "QC302",
     "lashed out"),
    ("The general has maintained that power was handed over lawfully, despite the evidence.", "QC301", "maintained"),
    ("The coach bragged that his team would win by ten points.", "QC302", "bragged"),
])
def test_the_reporting_sense_stays_a_warning(ruleset, text, code, word):
    assert (code, word) in warnings(ruleset, text, code)


def test_a_claim_the_report_says_it_could_not_confirm_is_info(ruleset):
    """The wire says in so many words that it could not check the claim: 'claimed' marks it
    as unconfirmed, the standard verb there (info, not a warning)."""
    text = ("Also on Sunday, an exiles group claimed that 12 officers had been arrested for "
            "meeting the opposition leader. The group's report could not be independently "
            "confirmed and a government spokesman was not available for comment.")
    assert lowered(ruleset, text, "QC301", "claimed")
    plain = "Also on Sunday, an exiles group claimed that 12 officers had been arrested."
    assert ("QC301", "claimed") in doubted(ruleset, plain, "QC301")


def test_claims_as_the_object_of_a_verb_is_a_noun(ruleset):
    """'to examine claims that ...': the claims are what a team examines, no verb of the
    outlet's; 'the group claims that ...' stays a verb."""
    text = ("The inspectors are visiting the reserve to examine claims that its wetlands are "
            "being damaged by the new quarry.")
    assert doubted(ruleset, text, "QC301") == []
    verb = "The inspectors visited the reserve. The group claims that its wetlands are damaged."
    assert ("QC301", "claims") in doubted(ruleset, verb, "QC301")
