"""Framing false-alarm classes of the third reading (issue 15, branch framing3): the shapes
left on the measuring samples last time and those of a fresh tuning sample, each with a
snippet of our own and the framing use next to it that must stay a warning."""
import pytest

from framing_helpers import doubted, flagged


# -- reported views and statements the clause finder missed -------------------------------
@pytest.mark.parametrize("text", [
    "The host's contention was that the party had been hijacked by the so-called alt-right.",
    "It echoed a charge he had levelled in a floor speech that the minister lied to "
    "parliament.",
    "He roused the audience by vowing to \"wipe out\" every last Islamic State terrorist.",
    "The mayor launched into a lament for the \"forgotten families\" who are \"victims of "
    "crime\" by illegal immigrants who are \"dangerous.\"",
    "Some interpret the governor's pardon as self-serving.",
    "The White House would like to make the election about competence versus incompetence.",
    "Senators' latest warning: Hacked files could hold Russian lies.\n\nThe party spoke on Monday.",
])
def test_a_view_or_statement_reported_as_someones_is_not_a_warning(ruleset, text):
    assert flagged(ruleset, text) == []


@pytest.mark.parametrize("text, code, word", [
    ("The mayor vowed to act, but the thugs blocked the road.", "QC330", "thugs"),
    ("Police wanted to intervene but were overruled by their woke superiors.", "QC331", "woke"),
    ("The left only wants to teach your kids why America is evil.", "QC331", "evil"),
    ("Thugs block the road to the capital.\n\nPolice said two people were hurt.", "QC330",
     "Thugs"),
    ("His contention was dismissed, and the thugs stayed in the square.", "QC330", "thugs"),
])
def test_the_narrators_word_beside_a_wish_a_promise_or_a_title_stays(ruleset, text, code,
                                                                       word):
    assert flagged(ruleset, text, code) == [(code, word)]


# -- 'so-called' introducing a compound term of three words -------------------------------
@pytest.mark.parametrize("text", [
    "Mid-sized firms now hire so-called boutique investment banks for merger work.",
    "The inquiry began with the so-called Whitewater real estate deal in Arkansas.",
    "She is a so-called Blue Dog Democrat from Georgia.",
])
def test_so_called_before_a_compound_term_is_not_a_warning(ruleset, text):
    assert flagged(ruleset, text, "QC321") == []


@pytest.mark.parametrize("text", [
    "This comes in response to members of his so-called coronavirus task force suggesting "
    "another shutdown.",
    "The attack was claimed by the so-called Islamic State group on Sunday.",
    "Lopez sought to puncture the picture of Vance as a so-called blue-collar billionaire who "
    "stands up for ordinary workers.",
    "He railed against the so-called experts who had misled the public.",
    "Fighters of the so-called moderate rebels attacked the town.",
])
def test_sceptical_so_called_stays_a_warning(ruleset, text):
    assert flagged(ruleset, text, "QC321") == [("QC321", "so-called")]


# -- names read as framing words -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The list includes Bob Vander Plaats, Christopher Rants, Danny Carroll.",
    "The former Iowa House speaker, Christopher Rants, said he would back the senator.",
    "The justice, known to her fans as Notorious RBG, spoke at the college on Monday.",
])
def test_a_name_is_not_a_framing_word(ruleset, text):
    assert flagged(ruleset, text) == []


@pytest.mark.parametrize("text, code, word", [
    ("The mayor rants about the press at every meeting.", "QC302", "rants"),
    ("Mayor Rants About The Press Again\n\nThe mayor spoke on Monday.", "QC302", "Rants"),
    ("The regime's notorious prison was closed on Monday.", "QC330", "notorious"),
])
def test_the_word_in_its_own_sense_stays(ruleset, text, code, word):
    assert (code, word) in flagged(ruleset, text, code)


# -- other senses of doubt verbs: a professed belief, a demand ----------------------------
@pytest.mark.parametrize("text", [
    "The measure would have let clerks professing a \"firm religious belief\" to refuse "
    "licences.",
    "The host pressed the chairman on the subject, insisting to him that the nominee should "
    "release his returns.",
])
def test_a_belief_held_or_a_demand_is_not_a_doubted_statement(ruleset, text):
    assert flagged(ruleset, text, "QC301") == []


@pytest.mark.parametrize("text, word", [
    ("He insisted to reporters that the count was rigged, despite the evidence.", "insisted"),
    ("The senator professed that he had never met the donor.", "professed"),
])
def test_a_doubted_statement_stays_a_warning(ruleset, text, word):
    assert flagged(ruleset, text, "QC301") == [("QC301", word)]


# -- an op-ed's author's note with a capitalised role --------------------------------------
_OPED_BODY = ("The talks stalled again this week.\n\nOpponents are galvanized by the "
              "chancellor's heavy-handed tactics, and the deal is flawed in ways that matter."
              "\n\nMember states resent the deal and want it renegotiated before summer.\n\n")


def test_an_authors_note_with_a_capitalised_role_is_the_authors_voice(ruleset):
    text = _OPED_BODY + "Mr. Roe is Director of the Centre for Conflict Studies at a university."
    assert flagged(ruleset, text) == []


def test_the_same_text_without_the_note_still_warns(ruleset):
    assert flagged(ruleset, _OPED_BODY) == [("QC331", "heavy-handed")]


# -- second tuning sample: a rejected notion, a gerund's clause, a noun ---------------------
@pytest.mark.parametrize("text", [
    "Mr. Roe firmly rejected the notion that he belonged to the so-called Labour "
    "establishment.",
    "They would have to weigh the danger of telling likely supporters that they'd house hardened "
    "terrorists in their towns.",
    "That was an expansion of the mogul's by-now-familiar claims that his rival is "
    "unqualified.",
])
def test_a_rejected_notion_a_gerunds_clause_or_a_noun_is_silent(ruleset, text):
    assert flagged(ruleset, text) == []


@pytest.mark.parametrize("text, code, word", [
    ("Mr. Roe rejected the plan, and the regime arrested him.", "QC330", "regime"),
    ("The senator's aide claims that the vote was rigged.", "QC301", "claims"),
    ("Throughout the anti-racism protests that have rocked the country, the president and "
     "his obedient sycophants have engaged in fear-mongering.", "QC331", "sycophants"),
])
def test_the_narrators_word_beside_them_stays(ruleset, text, code, word):
    assert (code, word) in doubted(ruleset, text, code)


# -- the designation of a group on the UN sanctions list -----------------------------------
@pytest.mark.parametrize("text", [
    "The bombing was later claimed by the Islamic State terrorist network.",
    "Ministers overlook the Islamic State's moves in Libya and Mali. \"They plan on a world "
    "scale,\" he said of the terrorist group.",
    "The strikes hit Islamic State terrorists near the border.",
])
def test_the_designation_of_a_listed_group_is_not_a_loaded_label(ruleset, text):
    assert flagged(ruleset, text, "QC330") == []


@pytest.mark.parametrize("text, word", [
    ("Terrorists attacked the airport in the breakaway region overnight.", "Terrorists"),
    ("The rebels, whom officials met on Monday, are a terrorist group.", "terrorist"),
    ("The Islamic State lost ground. The regime's forces advanced on Monday.", "regime"),
])
def test_a_label_of_an_unlisted_group_stays(ruleset, text, word):
    assert flagged(ruleset, text, "QC330") == [("QC330", word)]


# -- third tuning sample: a finding, a document's claim, a claim the report shows false -----
@pytest.mark.parametrize("text", [
    "Prices settled soon after, when the story was revealed to be a hoax.",
    "In the 1970s, the service placed magazine pieces alleging that the West had made "
    "the disease.",
    "The mogul, later alleging - again falsely - that the governor wanted to admit 250,000 "
    "refugees, said he would deport them.",
    "The senator stretched the truth a bit during the debate, when she claimed that the group "
    "had used the mogul in its recruitment.",
    "For a decade, extremist groups like the Islamic State have exploited that "
    "policy.",
])
def test_a_finding_a_documents_claim_or_a_claim_shown_false_is_not_a_warning(ruleset, text):
    assert flagged(ruleset, text) == []


@pytest.mark.parametrize("text, code, word", [
    ("The index fell on the report, a hoax the senator's allies spread.", "QC331", "hoax"),
    ("The candidate claimed that the count was rigged.", "QC301", "claimed"),
    ("Extremist groups like the local militia have taken advantage of that stance.", "QC330",
     "Extremist"),
])
def test_the_verdict_or_doubt_beside_them_stays(ruleset, text, code, word):
    assert (code, word) in doubted(ruleset, text, code)
