"""A he or she stands for a person, never for a thing described before it (issue 12).

"As the paper noted, …. “…,” he said", "The two states vote …. “…,” he joked", "The ad shows
a clip in which she says …": the described subject of the sentence before is a newspaper, a
number of states, an advertisement; the pronoun goes on to the person named earlier.
"""
from speaker_helpers import speakers_of


def test_a_newspaper_is_no_he():
    text = ("Senator Tom Hale spoke in Ohio on Friday. As the paper noted, the crowd was small. "
            "\u201cWe will win this state,\u201d he said.")
    assert speakers_of(text) == ["Tom Hale"]


def test_a_number_of_things_is_no_he():
    text = ("Governor Tom Hale toured two farms on Monday. The two states vote on March 1. "
            "\u201cI'd vote for me too,\u201d he joked.")
    assert speakers_of(text) == ["Tom Hale"]


def test_an_advertisement_is_no_she():
    text = ("Ruth Vane ran for mayor in 2014. The ad shows a clip of a debate, in which she says "
            "she will cut the \u201cparking tax.\u201d")
    assert speakers_of(text) == ["Ruth Vane"]


def test_a_described_person_still_is():
    text = ("The former mayor toured the docks on Monday. \u201cThese piers will last,\u201d he "
            "said.")
    assert speakers_of(text) == ["former mayor"]


def test_the_owner_of_a_described_thing_is_the_he():
    text = ("Senator Ed Marsh criticized the plan. Governor Tom Hale's decision angered the "
            "union. \u201cI stand by it,\u201d he said.")
    assert speakers_of(text) == ["Tom Hale"]
