"""Word forms that misled the framing checker on unseen news (issue 15): a puppet that
is an object (a life-sized effigy, a giant puppet carried in a march) labels no one; a place's
possessive before a notorious episode dated long past names no party. The loaded uses stay
warnings. Snippets of our own."""
from __future__ import annotations

import pytest

from framing_helpers import flagged, warned_words


# -- a puppet as an object: an effigy, a figure carried or worked by hand ----------------------
@pytest.mark.parametrize("text", [
    "Outside the hall, a few marchers carried a life-sized puppet of the mayor and waved signs.",
    "The parade ended with a giant puppet of the governor bobbing above the crowd.",
    "Activists floated an inflatable puppet of the minister over the square.",
    "Children made papier-mache puppets of the candidates for the school fair.",
    "A 12-foot puppet of the senator led the march down Main Street.",
])
def test_a_puppet_that_is_an_object_labels_no_one(ruleset, text):
    assert [w for w in warned_words(ruleset, text, "QC330") if w.startswith("puppet")] == []


@pytest.mark.parametrize("text", [
    "The tycoon's puppet on the council voted for the tower again.",
    "The rebels rejected any talks with the puppet government.",
    "The junta installed a puppet government in the capital.",
])
def test_a_puppet_of_a_power_stays_a_warning(ruleset, text):
    assert [w for w in warned_words(ruleset, text, "QC330") if w.startswith("puppet")], text


# -- a place's possessive before a settled episode ---------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("---\ndate: 2018-10-31\n---\nThe machines are the next step since Ohio's infamous "
     "punch cards and broken levers decided the 2000 presidential count.\n", "infamous"),
    ("---\ndate: 2019-05-02\n---\nThe shop stood near the city's notorious 1968 flood line, "
     "where the river broke its banks.\n", "notorious"),
    ("---\ndate: 2017-03-14\n---\nThe county's infamous 1912 ballot fraud is still taught "
     "in the local school.\n", "infamous"),
])
def test_a_places_possessive_names_no_party(ruleset, text, word):
    assert ("QC330", word) not in flagged(ruleset, text, "QC330")


@pytest.mark.parametrize("text, word", [
    ("---\ndate: 2018-10-31\n---\nThe senator's infamous 1991 hearing still follows him "
     "on the trail.\n", "infamous"),
    ("---\ndate: 2018-10-31\n---\nOhio's infamous 2016 purge of the voter rolls left "
     "thousands off the list.\n", "infamous"),
    ("---\ndate: 2020-07-21\n---\nThe mayor revived his notorious 1988 briefings.\n",
     "notorious"),
])
def test_a_partys_possessive_or_a_recent_year_keeps_the_warning(ruleset, text, word):
    assert ("QC330", word) in flagged(ruleset, text, "QC330")


# -- a list of labels after a naming verb: every item is the namer's word ----------------------
@pytest.mark.parametrize("text, word", [
    ("Critics have called the mayor racist, sexist, fascist and hateful for months.", "fascist"),
    ("The mayor was branded a bigot, a fascist and a liar by the protesters.", "fascist"),
    ("Backing the mayor gets you labeled racist, xenophobic, fascist, and so on, by the "
     "people next door.", "fascist"),
])
def test_each_label_of_a_naming_verbs_list_is_the_namers(ruleset, text, word):
    assert ("QC330", word) not in flagged(ruleset, text, "QC330")


@pytest.mark.parametrize("text", [
    "The mayor called the plan a disaster, and the fascist thugs in the street cheered.",
    "The mayor called the plan a disaster, the fascist thugs cheered and left.",
    "The mayor called the plan a disaster, the council voted against it and the fascist "
    "thugs cheered.",
])
def test_a_clause_after_the_naming_verbs_object_stays_the_narrators(ruleset, text):
    assert ("QC330", "fascist") in flagged(ruleset, text, "QC330")


# -- 'notorious' of a place known for swinging: the best-known case of a kind ------------------
@pytest.mark.parametrize("text", [
    "The town sits in a notorious swing county where both parties spend heavily.",
    "Ohio was long the most notorious bellwether of the race.",
    "Volunteers poured into the notorious battleground state in the last week.",
])
def test_a_notorious_swing_place_judges_no_one(ruleset, text):
    assert "notorious" not in warned_words(ruleset, text, "QC330")


def test_a_notorious_campaigner_stays_a_warning(ruleset):
    text = "The notorious campaign manager swung the county for his party."
    assert ("QC330", "notorious") in flagged(ruleset, text, "QC330")
