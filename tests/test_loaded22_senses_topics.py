"""Framing words that are not the narrator's verdict (issue 15, loaded22 reading of the 38
open sets): 'brutal' of an electoral race (very hard, no conduct judged), ('hard-left' and
'hard-right' moved to QC332 placement info: tests/test_fair22_placement.py), and the
topic of what someone spoke of after an adverb or a time ('spoke repeatedly during the
service of ...'). Snippets of our own, shaped like the copy read (never corpus text)."""
import pytest

from framing_helpers import at_info_only, warnings


@pytest.mark.parametrize("text, word", [
    ("The early sniping points to a brutal race ahead as the trailing hopefuls try to "
     "catch up.", "brutal"),
    ("She survived a brutal Senate primary in the spring and now leads the polls.", "brutal"),
])
def test_a_hard_race_or_a_factions_placement_is_info(ruleset, text, word):
    assert at_info_only(ruleset, text, "QC331", word)


@pytest.mark.parametrize("text, word", [
    ("The town has a long memory of brutal race riots in the summer of its strike.",
     "brutal"),
    ("The regime answered the protests with brutal force.", "brutal"),
])
def test_a_verdict_on_conduct_or_people_stays_a_warning(ruleset, text, word):
    assert ("QC331", word) in warnings(ruleset, text, "QC331")


@pytest.mark.parametrize("text", [
    "The vicar spoke repeatedly during Thursday's vigil of the grief and the evil which now "
    "haunts the village.",
    "The bishop wrote bluntly after Sunday's funeral of the vile abuse the boys had suffered.",
    "The judge spoke at length of the vile abuse the boys had suffered.",
])
def test_what_someone_spoke_of_after_an_adverbial_is_theirs(ruleset, text):
    assert [w for w in warnings(ruleset, text, "QC331") if w[0] == "QC331"] == []


@pytest.mark.parametrize("text, word", [
    ("The envoy spoke to critics of the evil regime at the embassy on Friday.", "evil"),
    # (rv25a) an occasion with an article or none owns its 'of': no topic
    ("The president spoke at the funeral of the victims of the brutal attack on the market.",
     "brutal"),
    ("The mayor warned at the start of the vile campaign that it would divide the town.",
     "vile"),
    ("The minister spoke after reports of the brutal killings reached the capital.", "brutal"),
    ("She wrote during the height of the brutal crackdown that she feared for her family.",
     "brutal"),
])
def test_a_nouns_of_after_a_to_phrase_or_an_occasion_is_no_topic(ruleset, text, word):
    assert ("QC331", word) in warnings(ruleset, text, "QC331")


@pytest.mark.parametrize("text", [
    "Yet critics see a more sinister purpose behind the new rules on the ferry service.",
    "At the fair the governor said truly despicable and violent men need to be locked away.",
])
def test_a_view_critics_see_or_a_clause_with_need_to_is_theirs(ruleset, text):
    assert [w for w in warnings(ruleset, text, "QC331") if w[0] == "QC331"] == []


@pytest.mark.parametrize("text, word", [
    ("Crowds saw the brutal beating on a phone video.", "brutal"),
])
def test_an_event_people_saw_stays_the_narrators(ruleset, text, word):
    assert ("QC331", word) in warnings(ruleset, text, "QC331")


def test_the_leftist_vote_in_a_headline_is_a_placement(ruleset):
    # (a headline 'worries two rivals will split leftist vote' now reads as the worriers' view,
    # which takes the word out of the narration altogether; this test is about the placement)
    text = ("As the race heats up, two rivals could split leftist vote\n\n"
            "The two senators held rallies at the fair last week and drew big crowds.")
    assert at_info_only(ruleset, text, "QC330", "leftist")


def test_a_label_in_the_clause_of_an_emotive_verb_is_the_narrators(ruleset):
    text = ("The senator griped at the forum on Monday that too many illegal immigrants were "
            "released before their hearings.")
    assert ("QC330", "illegal immigrants") in warnings(ruleset, text, "QC330")


@pytest.mark.parametrize("text", [
    "The senator said at the forum on Monday that too many illegal immigrants were released.",
    "The mayor griped that the ruling was outrageous.",
])
def test_a_neutral_verbs_clause_or_an_emotive_verbs_verdict_stays_the_speakers(ruleset, text):
    assert warnings(ruleset, text, "QC33") == []


def test_a_race_compound_after_brutal_is_no_electoral_race(ruleset):
    """(rv25a) 'race-based', 'race-baiting': a hyphened compound is no electoral race."""
    assert ("QC331", "brutal") in warnings(
        ruleset, "The brutal race-based attacks on the shopkeepers went on for months.", "QC331")
