"""Framing false-alarm classes of the sixth reading (issue 15, branch framing6): the classes of
the newscluster framing warnings and the tuning half, each with a snippet of our own (shaped
like the real text, never corpus text) and the framing use beside it that stays a warning."""
import pytest

from framing_helpers import doubted, flagged
from quotecheck.load.loader import load_text
from quotecheck.plugins.run import run_checks
from quotecheck.story import Story


def infos(rs, text, select="QC3"):
    """(code, flagged words) of each info-level finding ``text`` raises."""
    doc = load_text(text, id="example")
    found = run_checks(Story([doc]), rs.with_selection(select=select), documents=[doc])
    return [(f.code, doc.text[f.start:f.end]) for f in found if f.severity == "info"]


def lowered(rs, text, code, word):
    """The word is reported, at info, and raises no warning."""
    return flagged(rs, text, code) == [] and (code, word) in infos(rs, text, code)


# -- a designated group the report named far back, referred to again with 'the' or 'its' -----
@pytest.mark.parametrize("text, word", [
    ("The Islamic State has urged its followers to use cars as weapons. Police counted the "
     "dead. The mayor spoke on Monday. Whether the driver acted at the behest of the terrorist "
     "group was unclear.", "terrorist"),
    ("The Islamic State has urged its followers to use cars as weapons. Police counted the "
     "dead. The mayor spoke on Monday. He may have been inspired by its propaganda.",
     "propaganda"),
    ("The students were abducted in 2018 by the extremist group Boko Haram. Talks dragged on "
     "for weeks. Ninety were released. More than 100 had been taken by the extremists.",
     "extremists"),
])
def test_a_designated_group_named_earlier_is_info(ruleset, text, word):
    assert lowered(ruleset, text, "QC330", word)


@pytest.mark.parametrize("text, word", [
    ("Police counted the dead in the restive province. Whether the driver acted at the behest of the terrorist group "
     "was unclear.", "terrorist"),
    ("The Islamic State claimed the attack. Separatist terrorists later bombed a bridge.",
     "terrorists"),
])
def test_a_label_with_no_designated_antecedent_stays(ruleset, text, word):
    assert ("QC330", word) in flagged(ruleset, text, "QC330")


# -- a category after 'and' with a hyphened modifier, a kind after a fear or a warning -------
@pytest.mark.parametrize("text", [
    "Saturday's marches by anti-immigrant groups and right-wing extremists drew crowds.",
    "In March, the government banned the service, citing concerns terrorists were plotting on it.",
])
def test_a_kind_of_person_is_not_a_label(ruleset, text):
    assert flagged(ruleset, text, "QC330") == []


def test_right_wing_extremists_named_stay(ruleset):
    assert ("QC330", "extremists") in flagged(
        ruleset, "The mayor met the right-wing extremists on Friday.", "QC330")


# -- a claim the report itself shows false, 'what X claimed to be', another report relayed,
#    a rumour the report calls unconfirmed, some of a group set against the rest: info ------
@pytest.mark.parametrize("text, word", [
    ("The man who claimed to be a prince in order to run an email scam was arrested in Ohio.",
     "claimed"),
    ("Searchers said the shaft turned out to be empty. Crews were sent in after his parents "
     "claimed he had slipped into it on Sunday.", "claimed"),
    ("The regime launched what it claimed to be a new long-range missile.", "claimed"),
    # the sentence itself says the claim failed
    ("An engineer saw that the device was not the breakthrough it claimed to be and left.",
     "claimed"),
    ("According to a technology site, industry sources claim the company is working on a new "
     "camera.", "claim"),
    ("She claims the two tablets are said to be almost the same. Rumours of the launch "
     "continue to spread.", "claims"),
    ("The race was stopped again, with some drivers, including the eventual winner, claiming "
     "the track was fine.", "claiming"),
])
def test_a_claim_the_report_frames_itself_is_info(ruleset, text, word):
    assert lowered(ruleset, text, "QC301", word)


@pytest.mark.parametrize("text, word", [
    ("The senator claimed that the economy was growing.", "claimed"),
    ("The senator, claiming that the economy was growing, left the hall.", "claiming"),
    ("The senator claimed that the scheme had created jobs.", "claimed"),
    ("The senator claimed, according to his aides, that the bill would pass.", "claimed"),
])
def test_a_narrators_claim_stays(ruleset, text, word):
    assert ("QC301", word) in doubted(ruleset, text, "QC301")


# -- 'so-called' before two names of one term, or a term naming an option or initiative -----
@pytest.mark.parametrize("text, word", [
    ("The planets are so-called \u201crogue\u201d or \u201cfree-floating\u201d planets that "
     "drift between stars.", "so-called"),
    ("With the so-called greenshoe option of up to 15% of the offer, the sale could raise more.",
     "so-called"),
    ("The so called \u201cImplementation Initiative\u201d was put to voters in February.",
     "so called"),
])
def test_so_called_introducing_a_term_is_info(ruleset, text, word):
    assert lowered(ruleset, text, "QC321", word)


def test_so_called_before_a_quoted_label_stays(ruleset):
    assert ("QC321", "so-called") in flagged(
        ruleset, "The protests were the latest of the so-called \u201ccolor revolutions\u201d "
                 "in the region.", "QC321")


# -- an evaluative word on the weather or nature judges no one: info -------------------------
@pytest.mark.parametrize("text, word", [
    ("The driver crashed in awful conditions. He could not cope with the endless downpour.",
     "awful"),
    ("The bizarre pattern was caused by warm water. It kept the sea free of ice.", "bizarre"),
])
def test_an_evaluative_word_on_the_weather_is_info(ruleset, text, word):
    assert lowered(ruleset, text, "QC331", word)


@pytest.mark.parametrize("text, word", [
    ("Political inmates were held in awful conditions at the jail.", "awful"),
    ("The senator gave a bizarre speech in the rain.", "bizarre"),
])
def test_an_evaluative_word_on_people_stays(ruleset, text, word):
    assert ("QC331", word) in flagged(ruleset, text, "QC331")


# -- a ruler of an era closed long ago, named ('during WWII', 'the Second World War') --------
@pytest.mark.parametrize("text", [
    "Nazi dictator Adolf Hitler ordered the invasion during WWII.",
    "The museum shows how the dictator ruled the island in the Second World War.",
])
def test_a_ruler_of_a_named_past_era_is_a_fact_of_record(ruleset, text):
    assert flagged(ruleset, text, "QC330") == []


def test_a_dictator_today_stays(ruleset):
    assert ("QC330", "dictator") in flagged(
        ruleset, "The dictator met the delegation on Monday.", "QC330")


# -- a claim the next sentence sets another's statement against ('However, X said'): info ----
def test_a_claim_the_next_sentence_contradicts_is_info(ruleset):
    text = ("The shop claimed that it sold the first jeans in the state. However, the museum "
            "said the first pair was sold elsewhere.")
    assert lowered(ruleset, text, "QC301", "claimed")


def test_a_claim_the_claimant_goes_on_with_is_info(ruleset):
    text = "The senator claimed the plan would work. But he said it would take time."
    # (issue 15, the lead's decision of the nineteenth session) a contrast, a next sentence's
    # answer, a suspicion or an admission is no second signal of the narrator's doubt: info
    assert lowered(ruleset, text, "QC301", "claimed")


# -- a fascist of a named past era is on the record; a group today stays a label -------------
def test_a_fascist_of_a_past_era_is_a_fact_of_record(ruleset):
    assert flagged(ruleset, "The WWII fascist led the militia in the north.", "QC330") == []


def test_fascist_groups_today_stay(ruleset):
    assert ("QC330", "fascist") in flagged(ruleset, "The fascist groups marched on Sunday.",
                                            "QC330")
