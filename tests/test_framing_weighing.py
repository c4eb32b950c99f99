"""Issue 15's policy for 'insist' and 'maintain' (quotecheck.framing.weighing): a party's
stated position the report does not weigh is info; the report's weighing keeps the warning.
Snippets of our own, shaped like the wire and newspaper copy read (never corpus text)."""
import pytest

from framing_helpers import at_info_only, doubted, infos, flagged
from test_framing_reading_sixth import lowered


@pytest.mark.parametrize("text, word", [
    ("The Palestinians maintain that the new homes violate the treaty. The treaty bans the "
     "seizure of land.", "maintain"),
    ("The airline insists that demand for seats has not dropped since the crash.", "insists"),
    ("Chisum, however, maintains that his study shows the risk.", "maintains"),
    ("Officials say they understand the boy's ordeal, but insist that they are doing all they "
     "can.", "insist"),
    # a contrast in a later clause after a semicolon is another clause's, not a weighing
    ("Most guests said they had met bias, but insisted they were not hurt by it; similarly, "
     "some said they had bad days, but most were happy.", "insisted"),
    # the speaker's own accusation in the next sentence weighs nothing
    ("She insisted she would not step down. She accuses her rivals of defending privilege.",
     "insisted"),
])
def test_a_stand_the_report_does_not_weigh_is_info(ruleset, text, word):
    assert lowered(ruleset, text, "QC301", word)


@pytest.mark.parametrize("text, word", [
    # a contrast after it in its sentence
    # evidence despite which it is held
    ("The ministry insists, despite mounting evidence, that no one was held.", "insists"),
    ("The board members insist the plan will work, the poor polling notwithstanding.",
     "insist"),
    # a next sentence that opens with a contrast or denies it
    # a suspicion or an accusation before it: a denial set against it
])
def test_a_stand_the_report_weighs_stays_a_warning(ruleset, text, word):
    assert ("QC301", word) in flagged(ruleset, text, "QC301")


def test_claim_follows_the_account_policy(ruleset):
    """'claimed' of a party's account the report does not weigh is info (issue 15, the
    account policy of quotecheck.framing.accounts); weighed as 'insist' is, it stays a
    warning (the seeds' 'claimed' stay warnings by verb drift: test_framing_accounts.py)."""
    text = "Putin claimed that protesters had used foreign help."
    assert flagged(ruleset, text, "QC301") == []
    assert ("QC301", "claimed") in infos(ruleset, text, "QC301")
    answered = text[:-1] + ", but monitors counted none."
    # (issue 15, the lead's decision of the nineteenth session) a contrast, a next sentence's
    # answer, a suspicion or an admission is no second signal of the narrator's doubt: info
    assert flagged(ruleset, answered, "QC301") == []
    weighed = "Putin claimed, without offering evidence, that protesters had used foreign help."
    assert ("QC301", "claimed") in flagged(ruleset, weighed, "QC301")


def test_the_finding_names_why_it_is_info(ruleset):
    from quotecheck.load.loader import load_text
    from quotecheck.plugins.run import run_checks
    from quotecheck.story import Story

    doc = load_text("The airline insists that demand has not dropped.", id="example")
    found = run_checks(Story([doc]), ruleset.with_selection(select="QC301"), documents=[doc])
    assert [f.severity for f in found] == ["info"]
    assert "does not weigh" in found[0].message and "'said or repeated'" in found[0].message


# -- claims in their standard use (issue 15, the eleventh reading's other classes) -----------
@pytest.mark.parametrize("text, word", [
    # law enforcement's charge: the legal verb
    ("Federal authorities allege the blasts were planned by a Saudi exile.", "allege"),
    # a group's claim of an attack: 'claimed responsibility'
    ("Three far-right groups each claimed to have planted the bomb that hurt 20 people.",
     "claimed"),
    # claims the report says are to be checked
    ("An investigator said several people claiming to have seen the crash had come forward and "
     "that their accounts would be checked.", "claiming"),
    # leaked papers as the subject
    ("The leaked Lagos Papers claim the firm had dealings with two indicted officials.",
     "claim"),
    # a side of a debate named in the sentence before goes on as 'they'
    ("Environmentalists say polls show most voters oppose the mine. They claim that the "
     "government is out of touch.", "claim"),
    ("A group of 12 rights organizations said the law stirs tension. They claimed the country "
     "had failed its minorities.", "claimed"),
])
def test_a_claim_in_its_standard_use_is_not_a_warning(ruleset, text, word):
    assert flagged(ruleset, text, "QC301") == []


@pytest.mark.parametrize("text, word", [
    ("The governor said polls show most voters oppose the mine. They claimed that the "
     "government was out of touch.", "claimed"),
    ("The firm claimed to have planned the merger for a year.", "claimed"),
    ("The minister alleged that the unrest was organised abroad.", "alleged"),
])
def test_the_claims_beside_them_stay_warnings(ruleset, text, word):
    assert ("QC301", word) in doubted(ruleset, text, "QC301")


# -- words in another sense: a robber, a place known for a disease ---------------------------
@pytest.mark.parametrize("text, code", [
    ("A month ago a masked bandit made off with diamonds worth millions from a hotel in the "
     "south. A lone robber entered through a side door.", "QC330"),
    ("Doctors in the province, a notorious malaria-prevalent region in the past, have studied "
     "how the disease spreads.", "QC330"),
])
def test_a_word_in_its_plain_sense_is_silent(ruleset, text, code):
    assert flagged(ruleset, text, code) == []


@pytest.mark.parametrize("text, word", [
    ("Armed bandits attacked two villages in the north, and the army sent troops.", "bandits"),
    ("Police questioned three men over the country's most notorious racist crime.",
     "notorious"),
])
def test_the_loaded_sense_stays(ruleset, text, word):
    assert [w for _, w in flagged(ruleset, text, "QC33")] == [word]


# -- 'so-called' introducing a term it defines, or a technical term among scientists ----------
@pytest.mark.parametrize("text", [
    "Regulators have challenged so-called horizontal mergers, that is, those between rivals.",
    'The government now relies less upon the so-called "Plan A", which involves talks.',
    "In the 1990s, astronomers found the first planets of other stars. But all these "
    "so-called exoplanets lie inside our galaxy.",
])
def test_so_called_introducing_a_term_is_info(ruleset, text):
    assert lowered(ruleset, text, "QC321", "so-called")


@pytest.mark.parametrize("text", [
    "The scientists met in June. Critics mocked the so-called experts for a week.",
    'Astronomers met in June. The so-called "Federation of Student Unions", an illegal group, '
    "met too.",
    "The so-called experts were wrong again.",
])
def test_so_called_of_a_name_or_a_label_stays(ruleset, text):
    assert ("QC321", "so-called") in flagged(ruleset, text, "QC321")


# (issue 15, the lead's decision of the nineteenth session) a contrast after the verb, a next
# sentence's answer, a suspicion or an admission before it is no second signal of the
# narrator's own doubt: without one in the verb's clause, or verb drift, the finding is info
@pytest.mark.parametrize("text, word", [
    ("He insisted that his view had nothing to do with faith, but in an interview he said the "
     "opposite.", "insisted"),
    ("The mayor insists he is hopeful, but polls give little sign of support.", "insists"),
    ("The publisher insisted that sales online were new growth. But a new survey indicates "
     "that sales fell.", "insisted"),
    ("The talks stalled amid suspicions that the tankers were moving oil at sea. The country "
     "insists that there was no breach.", "insists"),
])
def test_a_stand_the_report_weighs_stays_a_warning_now_info(ruleset, text, word):
    assert at_info_only(ruleset, text, "QC301", word)


# (issue 15, the lead's decision of the nineteenth session) the second signal of the
# narrator's own doubt that keeps a claim-family verb a warning: the evidence-commentary words
# set off after the verb, an adverb set off right after it, a so-called marker on the claimant
@pytest.mark.parametrize("text, word", [
    ("The mayor claimed, with no evidence, that the count had been rigged.", "claimed"),
    ("The mayor alleged, offering scant evidence, that the count had been rigged.", "alleged"),
    ("The mayor insisted, absurdly, that the count had been rigged.", "insisted"),
    ("The self-styled healer claimed that the tonic cured the fever.", "claimed"),
    ("The mayor baselessly claimed that the count had been rigged.", "claimed"),
])
def test_a_second_signal_of_the_narrators_doubt_keeps_the_warning(ruleset, text, word):
    assert ("QC301", word) in flagged(ruleset, text, "QC301")


@pytest.mark.parametrize("text, word", [
    # the report's own finding that the claim is false: a claim it shows false, at info,
    # whether the adverb is 'falsely' or 'wrongly' (the two had differed)
    ("The mayor falsely claimed that the count had been rigged.", "claimed"),
    ("The mayor claimed, falsely, that the count had been rigged.", "claimed"),
    ("The mayor wrongly claimed that the count had been rigged.", "claimed"),
    ("The mayor has incorrectly alleged that the count was rigged.", "alleged"),
    ("The mayor insisted, falsely, that the count had been rigged.", "insisted"),
])
def test_a_claim_the_report_finds_false_is_info(ruleset, text, word):
    assert at_info_only(ruleset, text, "QC301", word)


@pytest.mark.parametrize("text, word", [
    # the qualifier inside the claim is the claimant's words, not the narrator's verdict
    ("The mayor claimed that there was no evidence of fraud in the count.", "claimed"),
    ("The mayor insisted the charges were baseless.", "insisted"),
])
def test_a_qualifier_inside_the_claim_is_no_second_signal(ruleset, text, word):
    assert at_info_only(ruleset, text, "QC301", word)
