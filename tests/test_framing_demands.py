"""'insist' or 'maintain' of a party's demand (issue 15, baly_201310 first exposure: 'insist' at
warning 0 of 10 real): the complement is what the party wants, not a statement of fact the
narrator could doubt, so the finding is info however the report goes on; so is the verb inside
another speaker's indirect speech ('senators said the governor continues to insist'). And a
weighing cue of counter-evidence counts only in the verb's own clause (not after ';').
Snippets of our own, shaped like the budget-fight copy read (never corpus text)."""
import pytest

from framing_helpers import at_info_only, flagged, infos
from test_framing_reading_sixth import lowered


@pytest.mark.parametrize("text, word", [
    # an obligation modal after a long subject; the next sentence's 'However' weighs nothing
    ("The speaker insisted that a deal to lift the borrowing cap must include cuts to farm "
     "aid. However, he seemed to drop the demand to repeal the tax.", "insisted"),
    # a subjunctive 'be' and a participle after a collective subject
    ("A bloc of rural members insist that any stopgap funding bill be tied to the water plan. "
     "But the fight has moved on to the bond vote.", "insist"),
    # nested in another's indirect speech
    ("Members leaving the meeting said the governor continues to insist that he will not "
     "bargain over the levy. But the treasurer offered a way out.", "insist"),
    ("Aides told reporters the senator has long insisted that the deal was legal. But the "
     "budget office found that it broke the law.", "insisted"),
])
def test_a_demand_or_a_nested_insist_is_info(ruleset, text, word):
    assert lowered(ruleset, text, "QC301", word)


@pytest.mark.parametrize("text, word", [
    # a statement of fact the next sentence contradicts stays weighed
    # 'will be' is a statement, not the subjunctive: the contrast still weighs it
    # 'must be' and a noun states a position (weighed by the narrator's verdict)
    ("The chairman insists the party must be a party of ideas, despite the evidence.",
     "insists"),
    # a refusal the report answers is still weighed as a stand
    # a reporting verb far before, not the insisting party's: the narrator's verb
])
def test_a_statement_the_report_weighs_stays_a_warning(ruleset, text, word):
    assert ("QC301", word) in flagged(ruleset, text, "QC301")


def test_counter_evidence_after_a_semicolon_is_another_clause(ruleset):
    text = ("Council members insist they are not against changing the zoning code; they will "
            "just not do it in the face of a strike.")
    assert lowered(ruleset, text, "QC301", "insist")
    same = "Council members insist, in the face of the audit, that the fund is sound."
    assert ("QC301", "insist") in flagged(ruleset, same, "QC301")
    assert ("QC301", "insist") not in infos(ruleset, same, "QC301")


# (issue 15, the lead's decision of the nineteenth session) a contrast after the verb, a next
# sentence's answer, a suspicion or an admission before it is no second signal of the
# narrator's own doubt: without one in the verb's clause, or verb drift, the finding is info
@pytest.mark.parametrize("text, word", [
    ("The publisher insisted that sales on the web were new growth. But the survey shows that "
     "overall sales fell by a tenth.", "insisted"),
    ("The minister insists that the bridge will be finished in May, but the builders have "
     "left the site.", "insists"),
    ("Senate leaders have insisted they won't consider a nominee, leaving the pick to the "
     "next president. But they might wish to think again.", "insisted"),
    ("Aides said Wednesday that they did see the case as unusual, but they insisted that the "
     "polls showed support, but the figures showed none.", "insisted"),
])
def test_a_statement_the_report_weighs_stays_a_warning_now_info(ruleset, text, word):
    assert at_info_only(ruleset, text, "QC301", word)
