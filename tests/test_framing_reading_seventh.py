"""Framing false-alarm classes of the seventh reading (issue 15, branch framing7): 'insist'
and 'maintain' answering a position the report gives first, another side's judgement with
'called', a demand after an adverb, a kind of group after 'no'/'any', a claim an
investigation found unsupported. Each class with snippets of our own (shaped like the real
text, never corpus text) and the framing uses beside it that stay warnings."""
import pytest

from framing_helpers import doubted, flagged
from test_framing_reading_sixth import lowered


# -- 'insist'/'maintain' replying to a position the report sets out first: the verb says the
#    speaker held to a position against it, which the reader has been shown: info -----------
@pytest.mark.parametrize("text, word", [
    ("Care home operators welcomed the ruling because it moves some costs to councils. But "
     "Jane Roe, a policy adviser at the nurses' union, insisted that the ruling was wrong in law.",
     "insisted"),
    ("\u201cIt is a step forward for the town,\u201d said Mr Ortiz. However Ana Pell, a shop "
     "owner who opposes the ban, insisted: \u201cIt will ruin the high street.\u201d", "insisted"),
    ("An opposition leader said there had been reports that ministers were weighing a deal, "
     "although the ministry has previously insisted the review was purely technical.",
     "insisted"),
    ("The minister rejected the council's request for mediation, insisting the matter was one "
     "for the courts.", "insisting"),
    ("Critics said the plan would double the deficit. Yet the mayor maintained that it would "
     "pay for itself.", "maintained"),
])
def test_insist_answering_a_position_the_report_gives_is_info(ruleset, text, word):
    assert lowered(ruleset, text, "QC301", word)


@pytest.mark.parametrize("text, word", [
    # no other side shown: 'insisted' implies a contradiction the reader has not seen
    ("The governor insisted the count was fair, despite the evidence.", "insisted"),
    ("The deficit grew for a third year. But the mayor insisted the town was in good shape, despite the evidence.",
     "insisted"),
    # the speaker going on, not another side
    ("The mayor said the plan was sound. But he insisted the plan would pay for itself, despite the evidence.",
     "insisted"),
    # 'claimed' doubts the content itself: one side 'said', the other 'claimed' takes a side
    ("Critics said the plan would double the deficit. But the mayor claimed it would pay for "
     "itself.", "claimed"),
])
def test_insist_or_claim_with_no_side_shown_stays_a_warning(ruleset, text, word):
    assert ("QC301", word) in doubted(ruleset, text, "QC301")


# -- the other side's judgement given with 'called' -----------------------------------------
def test_a_claim_set_against_another_calling_it_something_is_info(ruleset):
    text = ("While the senator has maintained that the provision amounted to a giveaway, her "
            "rival has nevertheless called the vote a responsible one.")
    assert lowered(ruleset, text, "QC301", "maintained")


# -- 'insist' of a demand with an adverb before its clause ----------------------------------
def test_a_demand_after_an_adverb_is_no_statement(ruleset):
    text = ("The president stepped up his attack on the league, insisting again that it should "
            "bench players who kneel.")
    assert flagged(ruleset, text, "QC301") == []


def test_a_statement_after_an_adverb_stays(ruleset):
    assert flagged(ruleset, "He insisted again that the count was rigged, despite the evidence.", "QC301") == [
        ("QC301", "insisted")]


# -- a kind of group after 'no' or 'any': no group is named ---------------------------------
@pytest.mark.parametrize("text", [
    "So far no terrorist organization has yet claimed responsibility for the blast.",
    "Police said they had not found links to any extremist group.",
])
def test_a_kind_of_group_after_no_or_any_is_not_a_label(ruleset, text):
    assert flagged(ruleset, text, "QC330") == []


def test_a_named_terrorist_group_stays(ruleset):
    assert ("QC330", "terrorist") in flagged(
        ruleset, "The terrorist group claimed responsibility for the blast in the breakaway region.", "QC330")


# -- a claim an investigation the report names found unsupported ----------------------------
def test_a_claim_an_investigation_found_unsupported_is_info(ruleset):
    text = ("He claimed to hold a doctorate from a bible college in Iowa. The state's center "
            "for investigative reporting found no evidence to support that.")
    assert lowered(ruleset, text, "QC301", "claimed")


def test_the_narrators_own_verdict_on_evidence_stays(ruleset):
    text = "He claimed, offering little evidence, that the vote had been rigged."
    assert ("QC301", "claimed") in flagged(ruleset, text, "QC301")


# -- a way or a chance to claim a prize, a verb after the prize ------------------------------
def test_a_path_to_claim_a_prize_is_no_statement(ruleset):
    text = "Her only path to claim the nomination would run through the big states in June."
    assert flagged(ruleset, text, "QC301") == []


def test_a_claim_that_a_prize_would_stays(ruleset):
    text = "The senator claimed the nomination was decided before the convention."
    assert doubted(ruleset, text, "QC301") == [("QC301", "claimed")]


# -- reported: a question put to someone named, a view given as theirs in a parenthesis ------
@pytest.mark.parametrize("text, code", [
    ("During the town hall, the host asked the candidate if he planned to deport all illegal "
     "immigrants or only the violent ones.", "QC330"),
    ("The senators distrust a strong executive. Tyranny, to them, is personal.", "QC331"),
])
def test_a_question_put_to_someone_and_their_view_are_reported(ruleset, text, code):
    assert flagged(ruleset, text, code) == []


def test_the_narrators_label_beside_a_question_stays(ruleset):
    text = "The host asked the candidate about the border. Illegal immigrants crossed it daily."
    assert ("QC330", "Illegal immigrants") in flagged(ruleset, text, "QC330")


# -- both sides of a dispute given the same doubt verb: the narrator takes no side ---------
@pytest.mark.parametrize("text, word", [
    ("Moscow claims the drone was shot down over its territory, while Kyiv claims it hit its "
     "target.", "claims"),
    ("The landlord claimed the tenants had stopped paying, but the tenants' union claims the "
     "rent was never due.", "claimed"),
])
def test_both_sides_claiming_alike_is_info(ruleset, text, word):
    assert lowered(ruleset, text, "QC301", word)


@pytest.mark.parametrize("text", [
    # the claim answers the other side and stands: the doubt is the narrator's (a claim the
    # report answers after it, 'X claims ..., while Y says ...', is info: the dispute shown)
    "Kyiv says the drone hit its target, while Moscow claims it was shot down.",
    "Moscow claims the drone was shot down, but it claims many things.",
])
def test_one_side_claiming_stays_a_warning(ruleset, text):
    assert ("QC301", "claims") in doubted(ruleset, text, "QC301")
