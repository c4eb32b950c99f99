"""Issue 12, twelfth round: speaker classes seen on real news (PolNeAR train), each with a
snippet written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import speaker_of


def test_two_surnames_joined_by_a_hyphen_are_a_ticket_not_a_person():
    text = ("Third party\n\nAna Ruiz and Tom Vane spoke in Dover. The Ruiz-Vane ticket drew a "
            "crowd.\n\nOn the stump, Vane describes the party as “a road down the middle,” and "
            "Ruiz talks about unity.\n")
    assert speaker_of(text, "road down the middle") == "Tom Vane"


def test_a_hyphenated_surname_of_one_person_still_joins_its_mentions():
    text = ("Port deal\n\nInes Ferran-Olabe runs the port. Critics say it is slow.\n\n"
            "Ferran-Olabe called the plan “a step forward” on Monday.\n")
    assert speaker_of(text, "step forward") == "Ines Ferran-Olabe"


def test_a_participle_after_a_possessed_speech_noun_speaks_for_the_subject():
    text = ("Campus visit\n\nThe students interrupted her speech, shouting that they “want "
            "answers now.”\n")
    assert speaker_of(text, "want answers") == "students"


def test_the_owner_of_a_call_still_speaks_in_it_with_no_participle_between():
    text = ("Campus visit\n\nMany voters liked Vane’s call for “a fresh start” in the town, "
            "citing the budget.\n")
    assert speaker_of(text, "fresh start") == "Vane"
