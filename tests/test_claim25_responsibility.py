"""'claim' in the sense of taking responsibility or a prize (issue 15, claim25, the
baly_201906 reading of a belligerent's claim of a drone attack): a group's claim of its own
attack in a clause ('the rebels claimed they used drones in the attack') is the standard
verb (info), and 'claimed the attack', 'the bombing' or 'a record' before a relative clause
takes the act or the record (no statement, no finding). A claim about an attack and a
person's claim stay warnings. Snippets of our own, each built as a drift pair so that the
baseline is a warning."""
from __future__ import annotations

import pytest

from framing_helpers import doubted, pair_findings


def _drift(ruleset, text):
    """The QC301 findings of ``text`` beside a peer that renders it with 'said'."""
    return pair_findings(ruleset, text.replace("claimed", "said"), text)


@pytest.mark.parametrize("text", [
    "The hill rebels claimed they used armed drones in the strike on the airfield.",
    "The insurgents claimed that their fighters carried out the ambush on the convoy.",
    "The little-known group claimed that it had planted the bomb outside the depot.",
])
def test_a_groups_claim_of_its_own_attack_is_info(ruleset, text):
    assert _drift(ruleset, text) == [(1, "info", "claimed")]


@pytest.mark.parametrize("text", [
    "The northern faction claimed the attack that had killed nine guards on Sunday.",
    "The cell claimed the bombing that was carried out near the harbour market.",
    "The sprinter claimed the record that had been held by her own coach.",
])
def test_claiming_an_act_or_a_record_is_no_statement(ruleset, text):
    assert doubted(ruleset, text, "QC301") == []
    assert _drift(ruleset, text) == []


@pytest.mark.parametrize("text", [
    # a claim about an attack, not of one's own
    "The faction claimed the attack was revenge for the raids on its camps.",
    # a weapon used, but no party to fighting claims it
    "The senator claimed they used drones to watch his farm during the dispute.",
    # an act of the claimant, but no attack or weapon in the clause
    "The mayor claimed that they carried out a purge of the zoning board.",
])
def test_a_statement_about_an_attack_stays_a_warning(ruleset, text):
    assert _drift(ruleset, text) == [(1, "warning", "claimed")]
