"""A claim that answers another side in a debate the report presents (issue 15, doubt24,
quotecheck.framing.stances): the claimant's own rebuttal or defence before the participle
('dispute that, claiming', 'defended the plan, claiming') and an election campaign as the
claimant. 'claimed' is then one side's verb, info even where a peer's 'said' (verb drift) would
keep the warning; the narrator's own verdict keeps it, and so do a refusal ('declined ...,
claiming'), 'claiming instead' alone (a euphemism set against what the report says) and a
forecast or assurance quoted right after the verb (measured and dropped: it silenced the
held-out acceptance draft's 'claimed that "nobody's pension will be touched"').
Snippets of our own, each a drift pair so that the baseline is a warning."""
from __future__ import annotations

from framing_helpers import pair_findings as _pair


PORT_PEER = ("Dock workers' groups said the backlog at the harbour had been made worse by "
             "the new customs checks.")


def test_a_rebuttal_before_the_participle_is_one_sides_reply(ruleset):
    text = ("Harbour officials blame the weather, but dock workers' groups dispute that, "
            "claiming that the backlog at the harbour had been made worse by the new customs "
            "checks.")
    assert _pair(ruleset, PORT_PEER, text) == [(1, "info", "claiming")]


def test_a_defence_before_the_participle_is_one_sides_reply(ruleset):
    peer = "The mayor said on Friday that the budget keeps every library in the county open."
    text = ("The mayor defended the budget on Friday, claiming that it keeps every library in "
            "the county open.")
    assert _pair(ruleset, peer, text) == [(1, "info", "claiming")]


def test_claiming_instead_alone_keeps_the_drift_warning(ruleset):
    peer = ("The coach said after the loss that the referee had cost the team the match in "
            "the second half.")
    text = ("The coach spoke to reporters after the loss, claiming instead that the referee had "
            "cost the team the match in the second half.")
    assert _pair(ruleset, peer, text) == [(1, "warning", "claiming")]


def test_a_campaign_as_the_claimant_is_one_side_of_the_contest(ruleset):
    peer = ("The Lindqvist campaign said that its housing plan also amounted to rent control "
            "for every tenant.")
    text = ("The Lindqvist campaign claimed that its housing plan also amounted to rent control "
            "for every tenant, and the rival camp pounced.")
    assert _pair(ruleset, peer, text) == [(1, "info", "claimed")]


def test_a_refusal_before_the_participle_keeps_the_drift_warning(ruleset):
    peer = ("The governor skipped the opening on Monday and said that the new ferry terminal "
            "on the east shore was a waste of public money.")
    text = ("The governor declined to attend the opening on Monday, claiming that the new ferry "
            "terminal on the east shore was a waste of public money.")
    assert _pair(ruleset, peer, text) == [(1, "warning", "claiming")]


def test_a_campaigns_claim_with_the_narrators_verdict_keeps_the_warning(ruleset):
    peer = ("The Lindqvist campaign said that thousands of postal ballots in the north had "
            "been forged.")
    text = ("The Lindqvist campaign claimed, without evidence, that thousands of postal ballots "
            "in the north had been forged.")
    assert _pair(ruleset, peer, text) == [(1, "warning", "claimed")]


TOWN_HALL_PEER = ("The senator said at the town hall that tougher licensing will not change "
                  "which rifles people buy.")


def test_a_forecast_in_a_quotation_after_the_verb_keeps_the_drift_warning(ruleset):
    text = ("At the town hall the senator claimed \u201ctougher licensing will not change which "
            "rifles people buy.\u201d")
    assert _pair(ruleset, TOWN_HALL_PEER, text) == [(1, "warning", "claimed")]
