"""Framing false-alarm classes of the fifth reading (issue 15, branch framing5): the classes
left on the tuning half and on the newscluster sample, each with a snippet of our own and
the framing use next to it that must stay a warning."""
import pytest

from framing_helpers import doubted, flagged


# -- 'allege' where the report tells of an accusation, a crime or misconduct: the standard,
#    careful verb for a charge not proved (info), not the narrator's doubt -------------------
@pytest.mark.parametrize("text", [
    "The singer has accused the manager of assaulting her. Afterwards, she alleged, she "
    "set up a meeting with him and confronted him.",
    "The singer alleged that her manager had harassed her at a party in 1998.",
    "Dozens of workers alleged that the chain had discriminated against them.",
])
def test_allege_of_an_accusation_is_not_a_warning(ruleset, text):
    assert flagged(ruleset, text) == []


@pytest.mark.parametrize("text, word", [
    ("The senator alleged that the economy was improving faster than forecasts.", "alleged"),
    ("The rebels were accused of looting. The army moved in. Order was restored on Sunday. "
     "The president alleged Monday that the unrest was organised abroad.", "alleged"),
    ("The singer claimed that her manager had harassed her at a party in 1998.", "claimed"),
])
def test_allege_of_no_wrongdoing_and_claim_stay(ruleset, text, word):
    assert ("QC301", word) in doubted(ruleset, text, "QC301")


# -- a claim of an official advisory, of one side of a debate the report names, set against
#    evidence the report cites, or refuted by the next sentence: standard usage (info) --------
@pytest.mark.parametrize("text", [
    "The group issued a travel advisory in May, claiming the carrier 'could subject "
    "passengers to unsafe conditions.'",
    "Not everyone has embraced the scheme, with some opponents claiming it is unfair.",
    "The hotel chain claimed then it does 'not accept prejudice in any form,' but the union "
    "listed several cases that suggest otherwise.",
    "Friends remembered his brother claiming that their father was Swiss. (He was not.) The "
    "brother left in 1970.",
])
def test_a_claim_shown_as_one_side_or_refuted_is_not_a_warning(ruleset, text):
    assert flagged(ruleset, text) == []


@pytest.mark.parametrize("text, word", [
    ("Friends remembered his brother claiming that their father was Swiss. The brother left "
     "in 1970.", "claiming"),
    ("Some fans claimed the ape was trying to protect the boy.", "claimed"),
    ("The mayor claimed the plan was fair. He was not alone in saying so, officials added.",
     "claimed"),
])
def test_a_claim_the_report_leaves_open_stays(ruleset, text, word):
    assert ("QC301", word) in doubted(ruleset, text, "QC301")


# -- the idiom 'the famous and infamous', and 'terrorists attacks' (a plural attributive):
#    no one labelled --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The leak exposed the offshore finances of the world's famous and infamous.",
    "The files exposed the global rich and infamous: a violinist, a boxer and more.",
    "More than any terrorists attacks that shook the region in the weeks after the border "
    "opened, that violent evening stoked fears.",
])
def test_an_idiom_or_a_kind_of_act_is_not_a_label(ruleset, text):
    assert flagged(ruleset, text) == []


@pytest.mark.parametrize("text, word", [
    ("The leak exposed the finances of the infamous banker.", "infamous"),
    ("Officers shot two terrorists who attacked the station in the breakaway region.", "terrorists"),
])
def test_the_label_beside_them_stays(ruleset, text, word):
    assert ("QC330", word) in flagged(ruleset, text, "QC330")


# -- the 'as' phrase of hailing or touting: the hailer's characterisation -----------------
def test_what_proponents_hail_something_as_is_theirs(ruleset):
    text = ("Proponents are hailing the effort as a way of curbing the most savage voices "
            "online.")
    assert flagged(ruleset, text) == []


def test_the_narrators_evaluative_word_stays(ruleset):
    text = "The effort curbed the most savage voices online."
    assert ("QC331", "savage") in flagged(ruleset, text, "QC331")


# -- a ruler of the past labelled by the form of his rule on the record -------------------
@pytest.mark.parametrize("text", [
    "The lobbyist advised Philippine dictator Ferdinand Marcos during the 1980s.",
    "Protests in 2011 ousted longtime autocrat Hosni Mubarak.",
    "Smuggling boomed under military dictator Manuel Noriega in the 1980s.",
    "His father fled the island in 1957 after being beaten by agents for Fulgencio Batista, "
    "the island's dictator.",
])
def test_a_past_rulers_label_is_a_fact_of_record(ruleset, text):
    assert flagged(ruleset, text) == []


@pytest.mark.parametrize("text, word", [
    ("The summit followed a peace gesture by the North Korean dictator.", "dictator"),
    ("In 1999 leftist dictator Hugo Chavez rewrote the charter.", "dictator"),
    ("He will sit beside the mayor who ordered police to attack marchers in 1968 and many "
     "foreign dictators in the annals of history.", "dictators"),
    ("The senator praised the late dictator Fidel Castro.", "dictator"),
])
def test_a_ruler_in_power_a_recent_one_or_a_kind_stays(ruleset, text, word):
    assert ("QC330", word) in flagged(ruleset, text, "QC330")


# -- a label joined to a bare plural kind after a preposition, and the police's category
#    'right-wing extremists': no one in particular ------------------------------------------
@pytest.mark.parametrize("text", [
    "The app became a haven for criminals and terrorists.",
    "Regulators blamed the platform for aiding extremist groups and terrorists.",
])
def test_a_kind_or_a_category_is_not_a_label(ruleset, text):
    assert flagged(ruleset, text) == []


@pytest.mark.parametrize("text", [
    "The raid on the rebels killed the terrorists and their leader.",
    "Police arrested smugglers and terrorists in the restive province on Monday.",
    "The extremists who stormed the building were arrested.",
])
def test_people_labelled_stay(ruleset, text):
    assert [c for c, _ in flagged(ruleset, text, "QC330")] == ["QC330"]


# -- what two speakers 'both called' something is theirs; a designated group named right
#    after the label; rival claimants (one side of a dispute, info) -------------------------
@pytest.mark.parametrize("text", [
    "The prime minister and the defence secretary both called the launch a reckless act.",
    "The students were abducted by the extremist group Boko Haram last year.",
    "The movement is split, and two rival men claim to be in charge of it.",
])
def test_a_speakers_word_a_designation_or_a_rival_claim_is_not_a_warning(ruleset, text):
    assert flagged(ruleset, text) == []


@pytest.mark.parametrize("text, code, word", [
    ("The senator's launch was a reckless act.", "QC331", "reckless"),
    ("The girls were kidnapped by the extremist militia in 2014.", "QC330", "extremist"),
    ("The man claims to be in charge of the group.", "QC301", "claims"),
    ("Ryan insists the party must be a party of ideas, despite the evidence.", "QC301", "insists"),
])
def test_the_narrators_word_beside_them_stays(ruleset, text, code, word):
    assert (code, word) in doubted(ruleset, text, code)


# -- 'leftist' is a loaded label (AP: avoid it for a precise description), a warning --------
@pytest.mark.parametrize("text, word", [
    ("Black-clad leftists gathered outside with bullhorns.", "leftists"),
    ("The actress campaigns for leftist Senator Bernie Sanders.", "leftist"),
])
def test_leftist_is_a_loaded_label(ruleset, text, word):
    assert ("QC330", word) in flagged(ruleset, text, "QC330")


def test_leftist_in_a_quotation_is_the_speakers(ruleset):
    assert flagged(ruleset, "\u201cThey are leftists,\u201d the senator said.") == []


# -- a longer accusation charge: what the accused is said to be ---------------------------
def test_what_the_accused_is_said_to_be_is_the_accusers_word(ruleset):
    assert flagged(ruleset, "The senator accused the governor of being a reckless "
                             "demagogue.") == []


@pytest.mark.parametrize("text, word", [
    ("Critics accused the senator of being reckless, and the senator is a demagogue.",
     "demagogue"),
    ("He was accused of hiring racist staff.", "racist"),
])
def test_the_narrators_word_after_the_charge_stays(ruleset, text, word):
    assert ("QC331", word) in flagged(ruleset, text, "QC331")
