"""Failure classes of the twentieth framing session (issue 15, the sets' false framing warnings
and the untuned tac2011b reading): 'so-called' introducing a term the text defines by its use
or by an 'in which' clause; a word of horror on a sound, a sight or a scene; the sea's waves
as nature; a reported clause whose named subject carries a relative clause between commas;
an emotive verb of motion with a longer object moved to the ground; 'bandits' among pirates.
Each with the loaded reading beside it, which keeps its warning. Snippets of our own."""
import pytest

from framing_helpers import at_info_only, flagged


# -- so-called: a term defined by its use or by a clause of what it is ---------------------
@pytest.mark.parametrize("text, term", [
    ("Agents found the kennel and a so-called breeding rack used to hold animals still.",
     "so-called"),
    ("Plants near the coast are prone to so-called leaf-curl blight, in which the leaves wither "
     "within days.", "so-called"),
    ("The plant fitted so-called scrubbers designed to clean the smoke before release.",
     "so-called"),
])
def test_so_called_before_a_term_defined_after_it_is_info(ruleset, text, term):
    assert at_info_only(ruleset, text, "QC321", term)


@pytest.mark.parametrize("text", [
    "The so-called rebels used to hold the town before the army came.",
    "Jurors saw footage of one more so-called training session at the ranch.",
    "Most of the so-called reforms were dropped within a year.",
])
def test_so_called_disputing_a_name_stays_a_warning(ruleset, text):
    assert ("QC321", "so-called") in flagged(ruleset, text, "QC321")


# -- a word of horror on what was heard or seen ----------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Neighbours heard a terrible roar when the tower fell.", "terrible"),
    ("Rescuers arrived at a horrific scene of crushed cars and bent girders.", "horrific"),
    ("The trawler sank in a gale, battered by high winds and savage waves.", "savage"),
])
def test_a_word_of_horror_on_a_sound_a_scene_or_the_sea_is_info(ruleset, text, word):
    assert at_info_only(ruleset, text, "QC331", word)


@pytest.mark.parametrize("text, word", [
    ("The council made a terrible decision on the tower.", "terrible"),
    ("The horrific attack on the village was ordered by the governor.", "horrific"),
    ("The savage campaign of the militia drove thousands from their homes.", "savage"),
])
def test_a_word_of_horror_on_an_act_stays_a_warning(ruleset, text, word):
    assert ("QC331", word) in flagged(ruleset, text, "QC331")


# -- a reported clause whose named subject has a relative clause -----------------------------
def test_said_with_a_named_subject_and_a_relative_clause_reports_the_clause(ruleset):
    text = ("Ortega said Norvane, which owns most of the region's relay servers, has a duty to "
            "guard against increasingly insidious intrusions.")
    assert ("QC331", "insidious") not in flagged(ruleset, text, "QC331")


def test_the_same_clause_in_the_narrators_voice_stays_a_warning(ruleset):
    text = ("Norvane, which owns most of the region's relay servers, has a duty to guard against "
            "increasingly insidious intrusions.")
    assert ("QC331", "insidious") in flagged(ruleset, text, "QC331")


# -- an emotive verb of motion ----------------------------------------------------------------
def test_slamming_a_longer_object_to_the_ground_is_a_movement(ruleset):
    text = ("The charge sheet says the men beat the animals, drowning two and slamming the last "
            "two young goats to the ground.")
    assert ("QC302", "slamming") not in flagged(ruleset, text, "QC302")


def test_slamming_a_plan_stays_a_warning(ruleset):
    text = "The senator slammed the tax decision as a giveaway to donors."
    assert ("QC302", "slammed") in flagged(ruleset, text, "QC302")


# -- bandits among pirates ---------------------------------------------------------------------
def test_bandits_among_pirates_are_robbers(ruleset):
    text = ("Pirates seized two more tankers off the cape this month, and the bandits now roam "
            "far from shore.")
    assert ("QC330", "bandits") not in flagged(ruleset, text, "QC330")


def test_bandits_for_rebels_stay_a_warning(ruleset):
    text = ("Government troops fought rebels in the hills, and officials said the bandits would "
            "be crushed. The bandits have become bolder this year.")
    assert ("QC330", "bandits") in flagged(ruleset, text, "QC330")


def test_a_scene_of_an_attack_stays_a_warning(ruleset):
    text = ("A gunman opened fire on the crowd at the parade. Residents watched from their "
            "windows as the horrific scene unfolded.")
    assert ("QC331", "horrific") in flagged(ruleset, text, "QC331")


# -- a wire note to editors on a line of its own is furniture ---------------------------------
_WIRE = ("Markets rally after the vote\n\n{note}\n\nBy JANE ROE\n\nLIMA, Peru (AP) -- Shares rose "
         "on Wednesday after the vote, traders said, and the market closed higher again.\n")


def test_an_editors_note_without_brackets_is_no_narration(ruleset):
    text = _WIRE.format(note="Eds: RECASTS with naming of leftist economist as finance chief, reaction.")
    assert ("QC330", "leftist") not in flagged(ruleset, text, "QC330")


def test_the_same_words_in_the_body_stay_a_warning(ruleset):
    text = _WIRE.format(note="Leftists gathered outside the exchange with bullhorns.")
    assert ("QC330", "Leftists") in flagged(ruleset, text, "QC330")


# -- a plea whose addressees carry a quoted title ---------------------------------------------
def test_begging_fans_of_a_quoted_title_to_join_is_a_plea(ruleset):
    text = ("A student in Bremen wrote online, begging other ``Moon Quest'' fans abroad to come "
            "with him to the premiere.")
    assert ("QC302", "begging") not in flagged(ruleset, text, "QC302")


def test_begging_without_a_plea_to_do_stays_a_warning(ruleset):
    text = "The coach begged fellow ``Moon Quest'' fans that the show go on."
    assert ("QC302", "begged") in flagged(ruleset, text, "QC302")


# -- the 'as' phrase of 'construe': the holder's fear --------------------------------------
def test_being_construed_as_a_label_is_the_holders_view(ruleset):
    text = "The editor feared being construed as a propagandist for the board."
    assert ("QC330", "propagandist") not in flagged(ruleset, text, "QC330")


def test_the_label_in_the_narrators_voice_stays_a_warning(ruleset):
    text = "The editor was a propagandist for the board for a decade."
    assert ("QC330", "propagandist") in flagged(ruleset, text, "QC330")


# -- the perpetrators of a killing the clause states ----------------------------------------
@pytest.mark.parametrize("text, word", [
    ("Police named the second of six terrorists responsible for killing 80 people at the "
     "stadium. The president met the families on Sunday.", "terrorists"),
    ("The toll was the highest since a wave of attacks by Islamic extremists in the spring.",
     "extremists"),
])
def test_the_perpetrators_of_a_stated_killing_are_info(ruleset, text, word):
    assert at_info_only(ruleset, text, "QC330", word)


def test_the_same_words_in_a_conflict_stay_a_warning(ruleset):
    text = ("Rebels in the breakaway region were blamed. Troops hunted the terrorists who bombed "
            "the station.")
    assert ("QC330", "terrorists") in flagged(ruleset, text, "QC330")


# -- the 'as' phrase of a view ends before the main clause's named subject -------------------
def test_a_fronted_as_phrase_ends_before_the_named_subject(ruleset):
    text = ("In what could be seen as an act of defiance, Governor Roe recently ordered "
            "right-wing thugs to guard the capitol.")
    assert ("QC330", "thugs") in flagged(ruleset, text, "QC330")


def test_the_label_inside_the_as_phrase_is_still_the_viewers(ruleset):
    text = "Many voters see the new guards as thugs, and the governor has not replied."
    assert ("QC330", "thugs") not in flagged(ruleset, text, "QC330")


def test_a_list_of_names_inside_an_as_phrase_does_not_end_it(ruleset):
    text = "The paper portrayed him as a friend of Smith, Jones and other thugs."
    assert ("QC330", "thugs") not in flagged(ruleset, text, "QC330")
