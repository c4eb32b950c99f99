"""Claims that state a party's position, not a fact the narrator could doubt (issue 15,
doubt23, quotecheck.framing.stances): a forecast or a normative reading, a party's own tally,
a claim relayed from another report. 'claimed' is then one side's verb, info even where a
peer's 'said' (verb drift) would keep the warning; the narrator's own verdict keeps it. Also a
claim negated right before the verb ('didn't claim to'), which reports no words. Snippets of
our own, each built as a drift pair so that the baseline is a warning."""
from __future__ import annotations

from framing_helpers import doubted, pair_findings as _pair


FORECAST_PEER = ("The growers' union said on Monday that the new levy will ruin small farms "
                 "across the valley.")


def test_a_fact_claimed_keeps_the_drift_warning(ruleset):
    peer = "The growers' union said on Monday that the new levy ruined small farms in the valley."
    text = "The growers' union claimed on Monday that the new levy ruined small farms in the valley."
    assert _pair(ruleset, peer, text) == [(1, "warning", "claimed")]


def test_a_forecast_claimed_is_info(ruleset):
    text = ("The growers' union claimed on Monday that the new levy will ruin small farms "
            "across the valley.")
    assert _pair(ruleset, FORECAST_PEER, text) == [(1, "info", "claimed")]


def test_a_participle_giving_a_partys_forecast_is_info(ruleset):
    peer = "The growers oppose the levy and said it would ruin small farms across the valley."
    text = "The growers oppose the levy, claiming it would ruin small farms across the valley."
    assert _pair(ruleset, peer, text) == [(1, "info", "claiming")]


def test_a_normative_reading_is_info(ruleset):
    peer = ("The mayor said the budget law passed by the council in spring should have covered "
            "the pension payments.")
    text = ("The mayor claimed that the budget law passed by the council in spring should "
            "have covered the pension payments.")
    assert _pair(ruleset, peer, text) == [(1, "info", "claimed")]


def test_a_forecast_with_the_narrators_verdict_keeps_the_warning(ruleset):
    text = ("The growers' union claimed, without evidence, that the new levy will ruin small "
            "farms across the valley.")
    assert _pair(ruleset, FORECAST_PEER, text) == [(1, "warning", "claimed")]
    # without the commas the modal is the claim's verb: a forecast, yet the verdict still
    # keeps the warning
    text = ("The growers' union claimed without evidence that the new levy will ruin small "
            "farms across the valley.")
    assert _pair(ruleset, FORECAST_PEER, text) == [(1, "warning", "claimed")]


def test_the_temerity_to_claim_is_the_narrators_verdict(ruleset):
    peer = "The governor said he could see ten years into the state's finances."
    text = ("No governor before had the temerity to claim he could see ten years into the "
            "state's finances.")
    assert _pair(ruleset, peer, text) == [(1, "warning", "claim")]


def test_a_modal_after_a_comma_is_not_the_claims_verb(ruleset):
    peer = ("The union said the levy ruined small farms in the valley, and the minister said "
            "talks would resume.")
    text = ("The union claimed that the levy ruined small farms in the valley, and the minister "
            "said talks would resume.")
    assert _pair(ruleset, peer, text) == [(1, "warning", "claimed")]


def test_a_month_is_no_modal(ruleset):
    peer = "The union said May figures showed the levy ruined small farms in the valley."
    text = "The union claimed that May figures showed the levy ruined small farms in the valley."
    assert _pair(ruleset, peer, text) == [(1, "warning", "claimed")]


def test_a_partys_own_tally_is_info(ruleset):
    peer = "The rebel caucus said it has about 30 members ready to vote against the chair."
    text = "The rebel caucus claims to have about 30 members ready to vote against the chair."
    assert _pair(ruleset, peer, text) == [(1, "info", "claims")]


def test_a_status_claimed_keeps_the_warning(ruleset):
    peer = "The healer said he had cured patients of the fever with herbs."
    text = "The healer claims to have cured patients of the fever with herbs."
    assert _pair(ruleset, peer, text) == [(1, "warning", "claims")]
    # a modal after 'claim to' and an infinitive is inside the status, no forecast
    peer = "The healer said he was a doctor who will cure the fever with herbs."
    text = "The healer claims to be a doctor who will cure the fever with herbs."
    assert _pair(ruleset, peer, text) == [(1, "warning", "claims")]


RELAY_PEER = "The envoy said in his memoir that the king had asked for a secret loan."


def test_a_claim_relayed_with_a_publications_tail_is_info(ruleset):
    text = ("The envoy also claims that the king \u201chad asked for a secret loan to pay the "
            "guards,\u201d the Daily Courier writes.")
    assert _pair(ruleset, RELAY_PEER, text) == [(1, "info", "claims")]


def test_a_claim_whose_next_sentence_introduces_another_report_is_info(ruleset):
    text = ("The envoy also claimed that the king had asked for a secret loan. Per the Daily "
            "Courier:\n\nThe loan was never repaid.")
    assert _pair(ruleset, RELAY_PEER, text) == [(1, "info", "claimed")]


def test_a_claim_not_made_reports_nothing(ruleset):
    peer = "The singer said she agreed with the senator about many things."
    text = "The singer didn't claim to agree with the senator about everything."
    assert _pair(ruleset, peer, text) == []
    curly = "The singer didn\u2019t claim to agree with the senator about everything."
    assert _pair(ruleset, peer, curly) == []


def test_a_doubt_verb_inside_an_indirect_question_is_the_askers(ruleset):
    peer = "The lawyer said the donor had given $2 million to the museum fund."
    text = ("So the lawyer went on to ask whether the donor is truly as open-handed as he "
            "claims to be.")
    assert _pair(ruleset, peer, text) == []
    plain = "The donor is not as open-handed as he claims to be."
    # found outside the question; at info: its object before it and nothing after, what the
    # claimant professes set beside the report's own finding (issue 15, the gapped 'claim to')
    assert _pair(ruleset, peer, plain) == [(1, "info", "claims")]
    # a status by the verb alone only in a relative clause that introduces the claimant
    status = "The fund thanked the donor, who claims to be the most open-handed man in the city."
    assert _pair(ruleset, peer, status) == [(1, "warning", "claims")]
    position = "The donor claims to be the most open-handed man in the city."
    assert _pair(ruleset, peer, position) == [(1, "info", "claims")]


def test_a_story_as_the_claimant_is_info(ruleset):
    peer = "A tabloid story said that the mayor's book was handed out at the shelter."
    text = "A reporter quit after a story claiming that the mayor's book was handed out at the shelter."
    assert _pair(ruleset, peer, text) == [(1, "info", "claiming")]


def test_a_count_of_other_things_is_a_status_and_stays(ruleset):
    peer = "The founder said he has 110 clubs in schools across the state."
    text = "The founder claims to have 110 clubs in schools across the state."
    assert _pair(ruleset, peer, text) == [(1, "warning", "claims")]
    peer = "The drive said it had 2.4 million signatures by Friday."
    text = "The drive claimed to have 2.4 million signatures by Friday."
    assert _pair(ruleset, peer, text) == [(1, "info", "claimed")]


def test_a_forecast_set_against_another_sides_said_stays_doubted(ruleset):
    # one side 'said', the other 'claimed' takes a side: the account policy's info (doubted),
    # not the forecast's note
    text = "Critics said the plan would double the deficit. But the mayor claimed it would pay for itself."
    assert doubted(ruleset, text, "QC301") == [("QC301", "claimed")]
    alone = "The mayor claimed it would pay for itself."
    assert doubted(ruleset, alone, "QC301") == []
