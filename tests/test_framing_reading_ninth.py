"""Framing false-alarm classes of the ninth reading (issue 15, branch framing9): 'regime' of a
government the report itself calls military, 'insist' in a court report and a contempt
motion's 'alleging', a speech gerund's clause with a verb in the past ('wrong for saying the
senator lied'), a blogger's voice without "I", what someone said or called something, a noun
phrase hedged by 'alleged', activists' claims (one side of a debate), and a headline's claim
over a lead that tells of proceedings. Snippets are our own, in the shape of the
news copy read; beside each, the framing use that must stay a warning."""
import pytest

from framing_helpers import doubted, infos, flagged
from quotecheck.framing.genre import opinion_reason
from quotecheck.framing.narration import Narration
from quotecheck.load.loader import load_text


# -- 'regime' of a government the report calls military: the form of rule it states, the
#    usual wording of every outlet ('military regime' neutral; a later 'the regime' info) ------
@pytest.mark.parametrize("text", [
    "Western pressure on Burma's military regime to hold talks with the opposition has grown.",
    "She won the prize for her struggle against the military regime in the capital.",
])
def test_military_regime_is_the_form_of_rule(ruleset, text):
    assert flagged(ruleset, text, "QC330") == []


@pytest.mark.parametrize("text", [
    "The military government refused to convene parliament. Anger at the regime runs deep "
    "over its failure to curb prices.",
    "The generals barred the envoys. The country's military junta has ruled since 2021, and "
    "the EU has placed sanctions on the regime.",
])
def test_a_regime_the_report_calls_military_is_info(ruleset, text):
    assert flagged(ruleset, text, "QC330") == []
    assert ("QC330", "regime") in infos(ruleset, text, "QC330")


@pytest.mark.parametrize("text", [
    "The regime in the capital arrested the protest leaders on Monday.",
    "The EU placed sanctions on the regime. Later the military government in the capital "
    "refused the visas.",
    "Officials said \"the military government\" had fallen. The regime in the capital "
    "arrested them.",
])
def test_a_regime_of_no_stated_form_stays(ruleset, text):
    assert ("QC330", "regime") in flagged(ruleset, text, "QC330")


# -- 'insist' in a court report: a witness holding to his evidence, a party to the case -------
COURT = ("The antitrust trial resumed before the judge on Monday with testimony from a rival's "
         "executive. Under cross-examination, the witness conceded that no contract said so. "
         "But he insisted that the overall effect would be to kill the product. The company "
         "insists there is no evidence that the rival paid more.")


def test_insist_in_a_court_report_is_info(ruleset):
    assert flagged(ruleset, COURT, "QC301") == []
    assert [w for c, w in infos(ruleset, COURT, "QC301")] == ["insisted", "insists"]


@pytest.mark.parametrize("text", [
    "The mayor met the council on Monday. He insisted that the plan would pay for itself, despite the evidence.",
    # a court named as an institution only: a nomination story, not a court report
    "Senate leaders have brazenly insisted they won't hold hearings for any Supreme Court pick, handing "
    "the seat to whoever wins in November. They might think again. "
    + "Polls show voters split on the question. " * 18
    + "Lower courts have split, and a trial of the law is years away.",
])
def test_insist_outside_a_court_report_stays(ruleset, text):
    assert ("QC301", "insisted") in flagged(ruleset, text, "QC301")


def test_a_contempt_motion_alleging_is_info(ruleset):
    text = ("Dec. 17 - The Justice Department asks Roe to hold the company in contempt, "
            "alleging that the changes fail to meet the terms of the order.")
    assert flagged(ruleset, text, "QC301") == []
    assert ("QC301", "alleging") in infos(ruleset, text, "QC301")


# -- the clause of a speech gerund with a verb in the past: the sayer's words ----------------
@pytest.mark.parametrize("text", [
    "The mother was wrong for saying the senator lied to her about the attack.",
    "He was criticised after telling reporters the rival lied about the attack.",
])
def test_a_speech_gerund_clause_is_the_sayers(ruleset, text):
    assert flagged(ruleset, text, "QC331") == []


def test_the_narrators_lied_stays(ruleset):
    text = "The senator lied to the committee about the attack, and he was fined for it."
    assert ("QC331", "lied") in flagged(ruleset, text, "QC331")


# -- a blogger's voice without "I": 'you', 'let's', a question, a stance adverb all marked ----
FILLER = " ".join(["The studio announced the sequel on Tuesday and named a new director."] * 16)


def _reason(text):
    doc = load_text(text, id="example")
    return opinion_reason(doc, Narration(doc))


def test_a_blogger_addressing_the_reader_is_the_authors_voice(ruleset):
    text = (FILLER + "\n\nSince then, you could see the director would return. Will he? Of "
            "course, this might all be guesswork. Let's not be hysterical about this yet, "
            "folks.\n")
    assert "blogger" in (_reason(text) or "")
    assert flagged(ruleset, text, "QC331") == []


def test_news_with_some_of_those_marks_stays_news(ruleset):
    text = (FILLER + "\n\nSince then, you could see the director would return. Will he? "
            "Critics said the delay was hysterical.\n")
    assert _reason(text) is None
    text += "The studio's hysterical campaign went on.\n"
    assert ("QC331", "hysterical") in flagged(ruleset, text, "QC331")


# -- what someone said or called something, and a noun phrase hedged as an allegation: the
#    sayer's or the allegation's words ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Pundits pilloried the ministry for what they said were inexcusable delays in "
    "the flood response.",
    "Voters punished what many called a disgraceful handling of the crisis.",
    "The report will reopen the row over the alleged persistence of a racist locker-room "
    "culture in the fire service.",
])
def test_what_someone_called_it_and_an_alleged_phrase_are_not_the_narrators(ruleset, text):
    assert flagged(ruleset, text, "QC331") == []


@pytest.mark.parametrize("text, word", [
    ("The alleged plot was uncovered, and the racist campaign went on.", "racist"),
    ("What the mayor said was true, but the disgraceful handling went on.", "disgraceful"),
])
def test_the_narrators_word_after_those_phrases_stays(ruleset, text, word):
    assert ("QC331", word) in flagged(ruleset, text, "QC331")


# -- activists and campaigners are a side of a debate, like critics: their 'claim' is one
#    side's argument (info); fans or residents are not a side -----------------------------------
@pytest.mark.parametrize("text", [
    "Village elders and pro-democracy activists claim that these raids are tied "
    "to the army's land grab.",
    "Environmental campaigners have claimed the mine will poison the river.",
])
def test_a_claim_of_activists_is_one_sides_argument(ruleset, text):
    assert flagged(ruleset, text, "QC301") == []
    assert infos(ruleset, text, "QC301")


def test_a_claim_of_fans_stays(ruleset):
    text = "Some fans claimed the ape was trying to protect the boy."
    assert ("QC301", "claimed") in doubted(ruleset, text, "QC301")


# -- a headline's claim over a lead that tells of proceedings or a dispute: the lead is the
#    headline's next sentence, read as the body's next sentence is ----------------------------
def test_a_headline_claim_over_a_filing_is_info(ruleset):
    text = ("Marianne Roe claims husband Newt took 'valuable assets'\n\nATLANTA _ The estranged "
            "wife of the former speaker has asked a county judge to freeze the pair's holdings "
            "while the divorce is pending.\n")
    assert flagged(ruleset, text, "QC301") == []
    assert ("QC301", "claims") in infos(ruleset, text, "QC301")


def test_a_headline_claim_over_a_plain_lead_stays(ruleset):
    text = ("Marianne Roe claims husband Newt took 'valuable assets'\n\nThe estranged wife of "
            "the former speaker wants the couple's assets frozen.\n")
    assert ("QC301", "claims") in doubted(ruleset, text, "QC301")


# -- a rule the report shows ended by its deposing ('after deposing the colonel's regime') ----
def test_a_regime_deposed_in_a_gerund_is_on_the_record(ruleset):
    text = ("The president blamed the allies for the failure in Libya after deposing the "
            "colonel's regime.")
    assert flagged(ruleset, text, "QC330") == []


# -- the fear someone voices: what they raised the specter of is theirs ------------------------
def test_what_someone_raised_the_specter_of_is_theirs(ruleset):
    assert flagged(ruleset, "Two governors raised the specter of ugly fights over "
                             "convention seats.", "QC331") == []


def test_the_narrators_specter_stays(ruleset):
    text = "The specter of ugly jockeying loomed over the convention."
    assert ("QC331", "ugly") in flagged(ruleset, text, "QC331")
