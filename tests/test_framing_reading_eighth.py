"""Framing false-alarm classes of the eighth reading (issue 15, branch framing8): a ruler or
a rule the record closed, 'insist' of a demand, an agentless passive 'alleged', an
accusation told by 'allegation', 'insisting' that answers fears the report gives, and an
interview printed inside an article with Title Case labels. Snippets are our own, in the
shape of the news copy read; beside each, the framing use that must stay a warning."""
import pytest

from framing_helpers import doubted, flagged
from quotecheck.framing.turns import transcript_turns


# -- a ruler or a rule the record closed: one the report calls former, an era's adjective ---
@pytest.mark.parametrize("text", [
    "The former dictator was arrested in London for abuses during his 17-year regime.",
    "The former dictator was arrested in London last year. His lawyers challenged Spain's "
    "right to try the dictator.",
    "The hearing on the charges against the ex-Chilean dictator began yesterday.",
    "The torture took place in the final months of the general's 17-year regime, after the "
    "former strongman had lost the referendum.",
    "The Poles rose up against their Soviet-dominated regime.",
    "When the Czechs rose against their regime in 1968, the West stayed out.",
])
def test_a_rule_the_record_closed_is_not_a_label(ruleset, text):
    assert flagged(ruleset, text, "QC330") == []


@pytest.mark.parametrize("text, word", [
    ("The regime in the capital arrested the protest leaders on Monday.", "regime"),
    ("The former president met the press. The regime in the capital has refused the talks.",
     "regime"),
    ("The senator praised the late dictator Fidel Castro.", "dictator"),
    ("The dictator met the delegation on Monday.", "dictator"),
])
def test_a_rule_in_power_stays_a_label(ruleset, text, word):
    assert ("QC330", word) in flagged(ruleset, text, "QC330")


# -- 'insist' of a demand: a mandative after 'insisted that' whatever the subject, 'must' ----
@pytest.mark.parametrize("text", [
    "He changed his name, but his partner insisted that Jones leave the Navy.",
    "The agency struck too, insisting that the island's leaders sign the stalled agreements.",
    "Union members insist leaders must follow the wishes of the rank and file.",
    "The mayor insists residents must not panic.",
])
def test_insist_of_a_demand_is_not_a_doubt_verb(ruleset, text):
    assert flagged(ruleset, text, "QC301") == []


@pytest.mark.parametrize("text, word", [
    ("The senator insisted that the Democrats have the votes, despite the evidence.", "insisted"),
    ("The officials insisted that the talks were over, despite the evidence.", "insisted"),
    ("The chairman insists the party must be a party of ideas, despite the evidence.", "insists"),
    ("The chairman insists the party should not be a party of ideas, despite the evidence.", "insists"),
])
def test_insist_of_a_statement_stays(ruleset, text, word):
    assert ("QC301", word) in flagged(ruleset, text, "QC301")


# -- 'alleged' in the agentless passive: the caution 'allegedly' gives (info) ----------------
@pytest.mark.parametrize("text", [
    "A secret relationship was alleged to have developed between the two during the summer.",
    "One man was forced to take drugs it is alleged and another was locked in a cage.",
])
def test_an_agentless_passive_alleged_is_a_hedge(ruleset, text):
    assert flagged(ruleset, text, "QC301") == []


def test_an_allegation_someone_makes_stays(ruleset):
    text = "The minister alleged that the fund had been looted."
    assert doubted(ruleset, text, "QC301") == [("QC301", "alleged")]


# -- 'allege' beside an 'allegation' the report tells of ------------------------------------
def test_allege_beside_an_allegation_is_the_standard_verb(ruleset):
    text = ("Ex-coaches have alleged that recruits were paid by donors. The one "
            "reference to the club in the audit is an allegation that $800 went to a "
            "trainee.")
    assert flagged(ruleset, text, "QC301") == []


# -- 'insisting' that answers fears or concerns the sentence gives first --------------------
def test_insisting_against_fears_the_report_gives_is_info(ruleset):
    text = ("In Brussels, officials tried to calm market fears that the crisis was spreading, "
            "insisting it was a unique case.")
    assert flagged(ruleset, text, "QC301") == []


def test_insisting_with_no_other_side_is_info_unless_weighed(ruleset):
    """Issue 15: no rejection before it, and no weighing after it: a stand, info."""
    text = "In Brussels, officials met on Monday, insisting it was a unique case."
    assert flagged(ruleset, text, "QC301") == []
    answered = ("In Brussels, officials met on Monday, insisting it was a unique case. But the "
                "debts of two more states rose.")
    # (issue 15, the lead's decision of the nineteenth session) a contrast, a next sentence's
    # answer, a suspicion or an admission is no second signal of the narrator's doubt: info
    assert flagged(ruleset, answered, "QC301") == []
    weighed = "In Brussels, officials met on Monday, insisting absurdly it was a unique case."
    assert flagged(ruleset, weighed, "QC301") == [("QC301", "insisting")]


# -- an interview printed inside an article, Title Case labels: each turn a paragraph -------
PANEL = ("A panel of reporters agreed on Saturday that the plan was naive.\n\n"
         "Alex Roe: She is right on all these things. You are going to feel terrible the next "
         "day.\n\n"
         "Lucy Lin: Saying to people 'speculation' is hard.\n\n"
         "Matthews: Well, speculation is bad.\n\n"
         "Lin: Well, no one is like that.\n\n"
         "Matthews: Here is the irony of our time.\n\n"
         "To be clear, most of the tax would be paid by the rich, a terrible fact for them.\n")


def test_title_case_turns_are_the_speakers_and_end_with_their_paragraph(ruleset):
    turns = transcript_turns(PANEL)
    assert len(turns) == 5
    assert PANEL[turns[-1][0]:turns[-1][1]] == "Matthews: Here is the irony of our time."
    # the turn's 'awful' is the panelist's; the prose after the last turn is the narrator's
    text = PANEL.replace("feel terrible", "feel awful")
    assert flagged(ruleset, text, "QC331") == [("QC331", "terrible")]


@pytest.mark.parametrize("text", [
    "Update: The county gave figures.\n\nNote: Times are local.\n\nUpdate: More.\n\n"
    "Note: Again.\n\nPhoto: A file picture.\n",
    "Alex Roe: one line only.\n\nThe rest is prose about the plan, told by the reporter.\n",
])
def test_page_furniture_and_a_single_label_make_no_transcript(text):
    assert transcript_turns(text) == []


# -- a category or an intensifier, not a verdict: 'petty offender', 'a crazy amount of' ------
@pytest.mark.parametrize("text", [
    "It took the woman, a petty offender, several weeks to convince officers.",
    "The film made a crazy amount of money for the studio.",
])
def test_a_category_or_an_idiom_is_not_an_evaluative_word(ruleset, text):
    assert flagged(ruleset, text, "QC331") == []


def test_petty_as_a_verdict_stays(ruleset):
    assert flagged(ruleset, "The petty dispute went on for weeks.", "QC331") == [
        ("QC331", "petty")]


# -- 'maintain' after the speaker concedes the other side's point; news broadcasts' claims --
def test_maintain_after_a_concession_is_info(ruleset):
    text = ("Lee spoke about the fire. Although he acknowledged that the loss was terrible, he "
            "maintained that it does not alter his earlier remarks.")
    assert flagged(ruleset, text, "QC301") == []


def test_maintain_after_a_clause_that_concedes_nothing_stays(ruleset):
    text = "Although he was tired, he maintained that the plan would work, despite the evidence."
    assert flagged(ruleset, text, "QC301") == [("QC301", "maintained")]


def test_a_claim_of_news_broadcasts_relayed_is_info(ruleset):
    text = ("Clashes go on in the north, while news broadcasts claim the army is "
            "gathering its troops.")
    assert flagged(ruleset, text, "QC301") == []


# -- other senses and kinds: a cult series, things turning ugly, a conditional 'useless',
#    terrorist accounts (a kind of content) -----------------------------------------------
@pytest.mark.parametrize("text", [
    "He helped persuade the director to create a new chapter of the cult series.",
    "When the fund is wrong, things can turn very ugly for its investors.",
    "Yet a firewall is useless unless it is patched often.",
    "The platform depends on tips from users to root out terrorist accounts.",
])
def test_another_sense_or_a_kind_of_content_is_not_framing(ruleset, text):
    assert flagged(ruleset, text) == []


@pytest.mark.parametrize("text, code, word", [
    ("The senator's party is a cult that controls its members.", "QC330", "cult"),
    ("The plan is useless and the senator knows it.", "QC331", "useless"),
    ("The ugly campaign went on for weeks.", "QC331", "ugly"),
])
def test_the_framing_sense_stays(ruleset, text, code, word):
    assert (code, word) in flagged(ruleset, text)


# -- a group on the sanctions list referred to again, and its propaganda (info) -------------
@pytest.mark.parametrize("text", [
    "The Islamic State lost ground in Iraq. Ministers seek allies to counter the "
    "group's powerful propaganda machine.",
    "ISIS last week put out a propaganda, recruitment video that mentions the senator.",
    "The Islamic State lost ground. Contenders argued over how to fight what is now the "
    "world's leading terrorist network.",
])
def test_a_designated_group_referred_to_again_is_info(ruleset, text):
    assert flagged(ruleset, text, "QC330") == []


@pytest.mark.parametrize("text", [
    "The governor lost ground. Officials want to push back against the group's propaganda.",
    "The senator has recently released a propaganda video that names the candidate.",
])
def test_propaganda_of_anyone_else_stays(ruleset, text):
    assert flagged(ruleset, text, "QC330") == [("QC330", "propaganda")]


def test_a_definite_label_with_no_designated_group_named_stays(ruleset):
    text = ("The governor lost ground. Contenders argued over how to fight what is now the "
            "world's leading terrorist network.")
    assert flagged(ruleset, text, "QC330") == [("QC330", "terrorist")]
