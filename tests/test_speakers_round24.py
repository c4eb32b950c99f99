"""Issue 12, round 24: speakers, classes from the Gender Gap Tracker table (the development data
of this round), each with a snippet written for the test in the shape of what was seen (never
corpus text)."""
from speaker_helpers import speaker_of


def test_a_name_inside_a_dash_aside_is_not_the_subject_a_pronoun_means():
    # "he said" went to the object of a verb inside "— X called Y a “…” on Twitter —"
    text = ("Party leader Tom Brooks says the budget is wrong.\n\n"
            "If any of his MPs resort to insults \u2014 Calgary MP Ana Ruiz last week called "
            "Finance Minister Carl Vane a \u201ccoward\u201d on Twitter, for example \u2014 Brooks "
            "insists it is a reaction to the government.\n\n"
            "\u201cWhen we are insulted, it is going to evoke a response,\u201d he said.\n")
    assert speaker_of(text, "evoke a response") == "Tom Brooks"


def test_the_first_name_of_a_dash_aside_may_still_be_the_subject():
    # a guard: "The mayor — Ana Ruiz — said …. “…,” she added" keeps Ruiz
    text = ("The mayor \u2014 Ana Ruiz \u2014 told council on Monday the levy would rise.\n\n"
            "\u201cWe have no other choice,\u201d she added.\n")
    assert speaker_of(text, "no other choice") == "Ana Ruiz"
