"""Word senses and settled episodes: a body slammed against a wall, a notorious
episode dated 15 or more years back (a stated span, a year after 'her'), a conspiracy theory
the report names as such."""
from __future__ import annotations

from framing_helpers import flagged


# -- 'slam' against a hard surface: a body thrown, no words -------------------------------------
def test_slamming_prisoners_against_walls_is_a_movement(ruleset):
    text = ("The guards used harsh methods at the camp, including slamming prisoners against "
            "walls and keeping them awake for days.")
    assert ("QC302", "slamming") not in flagged(ruleset, text, "QC302")


def test_slamming_sanctions_against_a_people_stays_speech(ruleset):
    text = "The minister slammed the new sanctions against the islanders as cruel."
    assert ("QC302", "slammed") in flagged(ruleset, text, "QC302")


# -- a settled episode dated 15 or more years back ---------------------------------------------
def test_an_episode_eighteen_years_back_is_settled(ruleset):
    text = ("---\ndate: 2018-11-09\n---\nThe new count puts the county back in the spotlight "
            "18 years after an infamous tally left the race open for weeks.\n")
    assert ("QC330", "infamous") not in flagged(ruleset, text, "QC330")


def test_a_year_after_her_dates_the_episode(ruleset):
    text = ("---\ndate: 2018-09-25\n---\nShe admired the governor who stood up to Senator "
            "Hale, the infamous blacklister, in her 1950 address to the chamber.\n")
    assert ("QC330", "infamous") not in flagged(ruleset, text, "QC330")


def test_a_spelled_compound_span_counts(ruleset):
    text = ("The quarry became notorious twenty-five years ago, when the owners dumped waste "
            "in the creek.\n")
    assert ("QC330", "notorious") not in flagged(ruleset, text, "QC330")


def test_a_recent_span_beside_an_old_one_keeps_the_warning(ruleset):
    text = "The quarry became notorious five years ago, much like a mill 40 years ago.\n"
    assert ("QC330", "notorious") in flagged(ruleset, text, "QC330")


def test_an_episode_thirteen_years_back_stays_a_warning(ruleset):
    text = ("---\ndate: 2016-10-20\n---\nThe lawyer was referring to the infamous land deal of "
            "2003 between the mayor and a builder.\n")
    assert ("QC330", "infamous") in flagged(ruleset, text, "QC330")


# -- a conspiracy theory the report names as such ----------------------------------------------
def test_an_infamous_conspiracy_theory_is_its_reputation(ruleset):
    text = "Readers were taken in by the infamous Lakeside conspiracy theory about the mayor."
    assert ("QC330", "infamous") not in flagged(ruleset, text, "QC330")


def test_a_notorious_conspiracy_theorist_stays_a_warning(ruleset):
    text = "The notorious conspiracy theorist spoke at the rally."
    assert ("QC330", "notorious") in flagged(ruleset, text, "QC330")


# -- a view's that-clause: the view's words ----------------------------------------------------
def test_an_emotive_verb_in_a_notion_that_clause_is_the_views(ruleset):
    text = ("The volunteers are giving the lie to the notion that students are idlers who "
            "would rather whine about problems than fix them.")
    assert ("QC302", "whine") not in flagged(ruleset, text, "QC302")


def test_an_emotive_verb_after_the_view_noun_and_a_new_clause_stays(ruleset):
    text = "The myth endured, and the mayor boasted about the budget at every stop."
    assert ("QC302", "boasted") in flagged(ruleset, text, "QC302")


# -- a rule scoffed at: the rule flouted, no words ---------------------------------------------
def test_parking_rules_scoffed_at_are_flouted(ruleset):
    text = "Parking rules are scoffed at in the old town, where drivers leave cars on the kerb."
    assert ("QC302", "scoffed") not in flagged(ruleset, text, "QC302")


def test_a_speaker_scoffing_at_a_law_stays_a_warning(ruleset):
    text = "Council members scoffed at the law as a gift to landlords."
    assert ("QC302", "scoffed") in flagged(ruleset, text, "QC302")
