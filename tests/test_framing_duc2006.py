"""Framing false-alarm classes of an untuned real set (DUC 2006 newswire, issue 11, branch
newset4): a claim the same sentence sets against another side's declaration or denial.
Snippets of our own, shaped like the real text (never corpus text), with the framing uses
beside them that stay warnings."""
from framing_helpers import warnings
from test_framing_reading_sixth import lowered


def test_a_claim_set_against_another_sides_declaration_is_info(ruleset):
    text = ("The settlers claimed that the hill was inside the town's boundary, but soldiers "
            "declared it a closed military zone and told them to leave.")
    assert lowered(ruleset, text, "QC301", "claimed")


def test_the_claimant_going_on_is_info_too(ruleset):
    text = ("The settlers claimed that the hill was inside the town's boundary, but they "
            "declared it sacred.")
    # (issue 15, the lead's decision of the nineteenth session) a contrast, a next sentence's
    # answer, a suspicion or an admission is no second signal of the narrator's doubt: info
    assert lowered(ruleset, text, "QC301", "claimed")


def test_a_side_of_a_debate_insisting_is_info(ruleset):
    """'Skeptics insist ...' is one side's position in a debate, like 'critics claim'."""
    text = ("Skeptics insist there is no way to predict the weather a decade from now. "
            "Climate scientists say the trend is clear.")
    assert lowered(ruleset, text, "QC301", "insist")


def test_a_named_person_insisting_is_info_unless_the_report_weighs_it(ruleset):
    """Issue 15's policy (quotecheck.framing.weighing): a stand the report does not weigh is
    info; a counter-fact after it is info too (the lead's decision of the nineteenth session:
    only the narrator's own verdict in the verb's clause, or verb drift, keeps the warning)."""
    assert lowered(ruleset, "The governor insisted the count was fair.", "QC301", "insisted")
    text = "The governor insisted the count was fair, but 200 ballots were never counted."
    assert lowered(ruleset, text, "QC301", "insisted")
    text = "The governor insisted, despite the evidence, that the count was fair."
    assert ("QC301", "insisted") in warnings(ruleset, text, "QC301")
