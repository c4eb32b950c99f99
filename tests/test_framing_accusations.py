"""'allege' in a report of an accusation or an inquiry (issue 15,
quotecheck.framing.accusations): the standard verb for an accuser's, a witness's or a filing's
account, info even where a peer writes 'said'; a political account in a report of no
accusation stays a warning where a peer writes 'said'. Snippets of our own."""
from __future__ import annotations

import pytest

from framing_helpers import story_findings
from quotecheck.framing.verbcontext import verb_data

PEER = "The coach said the drills had been run three times because some players refused."


@pytest.mark.parametrize("claim", [
    # a witness's account where the report tells of an inquiry, two sentences before
    "Investigators interviewed the squad in March. The club has since hired a new trainer. "
    "Several players allege the drills had been run three times because some players refused.",
    # an accuser's account where the report names the allegations earlier on
    "The allegations against the coach surfaced in May. The club has since hired a new "
    "trainer. Several players allege the drills had been run three times because some "
    "players refused.",
    # a parenthetical 'she alleged' in the story of a lawsuit
    "The family filed a lawsuit in June. The club has since hired a new trainer. Later, she "
    "alleged, the drills had been run three times because some players refused.",
])
def test_allege_in_a_report_of_an_accusation_is_info_despite_a_peers_said(ruleset, claim):
    found = story_findings(ruleset, [PEER, claim])
    assert [(i, sev) for i, sev, word in found if word.startswith("alleg")] == [(1, "info")]


def test_allege_in_a_headline_whose_lead_relays_another_report_is_info(ruleset):
    peer = "Players of the city club said he ran the drills three times as a favour."
    claim = ("Players of city club allege he ran drills three times as a favour: Daily Courier\n\n"
             "A coach may have run the drills three times as a favour to the owner, according "
             "to a Daily Courier report.\n")
    found = story_findings(ruleset, [peer, claim])
    assert (1, "info", "allege") in found
    assert (1, "warning", "allege") not in found


def test_a_political_account_in_a_report_of_no_accusation_stays_a_warning(ruleset):
    peer = "The president said on Monday that the riots were carried out by gangs trained abroad."
    claim = ("The president alleged on Monday that the riots were carried out by gangs trained "
             "abroad. Troops patrolled the capital.")
    assert story_findings(ruleset, [peer, claim]) == [(1, "warning", "alleged")]


def test_the_narrators_verdict_keeps_the_warning_in_an_accusation_story(ruleset):
    claim = ("Investigators interviewed the squad in March. The coach alleged, without "
             "evidence, that the players had lied.")
    found = story_findings(ruleset, [claim])
    assert found == [(0, "warning", "alleged")]


def test_claim_keeps_its_drift_warning_in_an_accusation_story(ruleset):
    peer = "Mayor Roe said on Tuesday that the new bridge had been built with cheap steel."
    claim = ("Investigators opened an inquiry in May. Mayor Roe claimed on Tuesday that the new "
             "bridge had been built with cheap steel.")
    assert story_findings(ruleset, [peer, claim]) == [(1, "warning", "claimed")]


def test_the_note_says_why():
    data = verb_data()["standard_usage"]
    assert "accusation" in data["accusation_story_note"]
    assert data["accusation_story_lemmas"] == ["allege"]
