"""QC301 claims read as a party's position (issue 15, quotecheck.framing.stances): a
power or a right the claimant holds as the claim's predicate, a denial of blame in the claim's
sentence, a claim relayed by the claimant quoting another source, and a claim in a conditional
clause. Each is built as a drift pair (a peer says 'said'), so that the code before the change
keeps a warning; controls keep the warning where the form is absent. Snippets of our own."""
from __future__ import annotations

from framing_helpers import pair_findings as _pair


def test_a_power_held_is_a_reading_of_the_law(ruleset):
    peer = ("The mayor said on Friday he had the final authority to close the harbour road "
            "to lorries.")
    text = ("The mayor claimed on Friday he had the final authority to close the harbour road "
            "to lorries.")
    assert _pair(ruleset, peer, text) == [(1, "info", "claimed")]


def test_a_right_held_over_a_body_is_a_reading_of_the_law(ruleset):
    peer = "The ferry board said that it has every right over the pier and its moorings."
    text = "The ferry board claimed that it has every right over the pier and its moorings."
    assert _pair(ruleset, peer, text) == [(1, "info", "claimed")]


def test_power_without_to_or_over_stays_a_warning(ruleset):
    # power restored: a fact the report could doubt, not a reading of the law
    peer = ("The landlord said the tenants had the power restored by Monday morning after the "
            "storm.")
    text = ("The landlord claimed the tenants had the power restored by Monday morning after "
            "the storm.")
    assert _pair(ruleset, peer, text) == [(1, "warning", "claimed")]


def test_a_blame_denial_is_counter_blame(ruleset):
    peer = ("The port minister said on Tuesday that the spill was a freak tide unrelated to "
            "the dredging by his cousin's firm.")
    text = ("The port minister claimed on Tuesday that the spill was a freak tide unrelated to "
            "the dredging by his cousin's firm.")
    assert _pair(ruleset, peer, text) == [(1, "info", "claimed")]


def test_a_blame_denial_with_nothing_to_do_with(ruleset):
    peer = "The depot manager said the blackout had nothing to do with the new wiring contract."
    text = "The depot manager claimed the blackout had nothing to do with the new wiring contract."
    assert _pair(ruleset, peer, text) == [(1, "info", "claimed")]


def test_a_blame_denial_inside_quotation_marks_is_not_read(ruleset):
    peer = ("The port minister said on Tuesday that the spill was a freak tide, and that it "
            "was \"unrelated to the dredging\" of his cousin's firm.")
    text = ("The port minister claimed on Tuesday that the spill was a freak tide, and that it "
            "was \"unrelated to the dredging\" of his cousin's firm.")
    assert _pair(ruleset, peer, text) == [(1, "warning", "claimed")]


def test_a_claim_relayed_by_quoting_another_source(ruleset):
    # the comma inside the quotation marks of the show's name
    peer = "The senator quoted \"Harbour Nights,\" saying the witness lied about the fire."
    text = "The senator quoted \"Harbour Nights,\" claiming the witness lied about the fire."
    assert _pair(ruleset, peer, text) == [(1, "info", "claiming")]


def test_a_claim_relayed_by_reposting_a_show(ruleset):
    peer = ("The senator retweeted \"Harbour Nights,\" saying the witness lied about the "
            "night of the fire.")
    text = ("The senator retweeted \"Harbour Nights,\" claiming the witness lied about the "
            "night of the fire.")
    assert _pair(ruleset, peer, text) == [(1, "info", "claiming")]


def test_a_claim_citing_or_praising_a_source_stays_a_warning(ruleset):
    # 'citing' gives the claimant's own evidence, 'praised' relays nothing
    for verb in ("cited", "praised"):
        peer = f"The senator {verb} \"Harbour Nights,\" saying the witness lied about the fire."
        text = f"The senator {verb} \"Harbour Nights,\" claiming the witness lied about the fire."
        assert _pair(ruleset, peer, text) == [(1, "warning", "claiming")]


def test_a_conditional_claim_reports_no_words(ruleset):
    peer = "The council said it is the voice of the harbour towns, and the vote is its test."
    text = ("If the council claims it is the voice of the harbour towns, the vote in May is "
            "its test.")
    assert _pair(ruleset, peer, text) == [(1, "info", "claims")]


def test_a_conditional_self_claim_reports_no_words(ruleset):
    peer = "The council said it was the voice of the harbour towns, and should act like it."
    text = ("If the council members claim to be the voice of the harbour towns then they "
            "should act like it.")
    assert _pair(ruleset, peer, text)[0][1] == "info"


def test_if_as_an_indirect_question_stays_a_warning(ruleset):
    # 'not clear if' opens no conditional: no sentence start or comma right before 'if'
    peer = "The board said the mayor had sold the pier to a relative before the vote."
    text = ("It is not clear if the mayor claimed the pier was sold to a relative before "
            "the vote.")
    assert _pair(ruleset, peer, text) == [(1, "warning", "claimed")]


def test_if_anything_with_a_comma_stays_a_warning(ruleset):
    peer = "The board said the mayor had sold the pier to a relative before the vote."
    text = "If anything, the mayor claimed the pier was sold to a relative before the vote."
    assert _pair(ruleset, peer, text) == [(1, "warning", "claimed")]


def test_a_comma_between_if_and_the_verb_stays_a_warning(ruleset):
    # 'If elected, she claimed, ...': the claim is reported, only its content is conditional
    peer = "The candidate said she would rebuild the pier within a year of taking office."
    text = ("If elected, the candidate claimed, the pier would be rebuilt and paid for by the "
            "state grant within a year.")
    assert _pair(ruleset, peer, text) == [(1, "warning", "claimed")]
